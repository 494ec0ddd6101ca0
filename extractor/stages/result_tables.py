"""Result tables in minutes: one row per decision or task ("| TOP | Art | Inhalt | Wer | Bis |").

Many secretaries keep the results as a table instead of prose; each row is
read with its columns, so "Wer" names the responsible person and "Bis" the
deadline without any guessing from the sentence.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from extractor.lang.de.findings import DECISION_COLUMNS, NO_DEADLINE, NUMBERED_TOPIC, ROW_KINDS, TABLE_COLUMNS
from extractor.structure.lines import Line, is_table_rule, table_cells

_NUMBERED_TOPIC = re.compile(NUMBERED_TOPIC)
_COLUMNS_BY_HEADER: dict[str, tuple[str, ...]] = {}
for _column, _headers in TABLE_COLUMNS.items():
    for _header in _headers:
        _COLUMNS_BY_HEADER[_header] = (*_COLUMNS_BY_HEADER.get(_header, ()), _column)


@dataclass(frozen=True)
class ResultRow:
    line: Line
    text: str
    kind: str | None  # decision | action | info | None (not said)
    who: str | None
    due: str | None
    agenda_item: str | None
    status: str | None = None  # "erledigt", "in Arbeit": the row reports on a task
    date: str | None = None  # the day of a scheduled event ("07.03.")
    topic: str | None = None  # "Klimaaktionstag: Presse" beside the result: the row is an agenda item
    votes: str | None = None  # "Ja: 9, Nein: 0, Enthaltungen: 1" from the count columns, "10/0/1" from a vote column

    @property
    def scheduled(self) -> bool:
        """A row of a schedule ("| 07.03. | Passwortmanager | merle |"): an event on a day, who speaks."""
        return self.date is not None and self.due is None and self.kind is None


def find_result_rows(lines: list[Line]) -> list[ResultRow]:
    rows: list[ResultRow] = []
    columns: dict[str, int] | None = None
    item: str | None = None
    for line in lines:
        if line.kind != "table":
            columns, item = None, None
            continue
        if is_table_rule(line):
            continue
        cells = table_cells(line)
        if columns is None:
            columns = _columns(cells)
            resolutions = bool(columns) and cells[columns["content"]].lower().strip(" :.") in DECISION_COLUMNS
            continue
        if columns:
            row = _row(line, cells, columns)
            if row is not None and resolutions and row.kind is None:
                row = dataclasses.replace(row, kind="decision")  # "| Nr. | TOP | Beschluss | Ja | Nein | Enth. |"
            if row is not None and "agenda" not in columns:
                row, item = _numbered_topic(row, item)
            if row is not None:
                rows.append(row)
    return rows


def _numbered_topic(row: ResultRow, item: str | None) -> tuple[ResultRow, str | None]:
    """The item number from the topic cell ("1. Protokoll"); a row with an empty topic goes on with the item above."""
    if row.topic is None:
        return dataclasses.replace(row, agenda_item=item), item
    numbered = _NUMBERED_TOPIC.match(row.topic)
    if numbered is None:
        return row, None
    return dataclasses.replace(row, agenda_item=numbered.group(1), topic=numbered.group(2)), numbered.group(1)


def _columns(header: list[str]) -> dict[str, int]:
    """Column positions by meaning; a table without a content column is not a result table.

    A header of two meanings ("Punkt": the agenda item, or the point itself)
    takes the one no clearer header has claimed.
    """
    # "Stand 12.05.": the status column, dated
    meanings = [_COLUMNS_BY_HEADER.get(re.sub(r"\s+\d{1,2}\.\d{1,2}\.(?:\d{2,4})?$", "", cell.lower().strip(" :")), ())
                for cell in header]
    found: dict[str, int] = {}
    for clear in (True, False):
        for index, columns in enumerate(meanings):
            if (len(columns) == 1) != clear or index in found.values():
                continue
            free = [column for column in columns if column not in found]
            if free:
                found[free[0]] = index
    if "place" in found and "due" in found and "who" not in found and "date" not in found:
        found["date"] = found.pop("due")  # "| Was | Wann | Wo |": a schedule, its "Wann" the day of each event
    return found if "content" in found and len(found) >= 2 else {}


def _row(line: Line, cells: list[str], columns: dict[str, int]) -> ResultRow | None:
    cell = lambda name: (cells[columns[name]].strip() or None) if name in columns and columns[name] < len(cells) else None  # noqa: E731
    text = cell("content")
    if not text:
        return None
    kind = ROW_KINDS.get((cell("kind") or "").lower().strip(" ."))
    due, who = cell("due"), cell("who")
    if due is not None and due.lower() in NO_DEADLINE:
        due = None
    if who is not None and who.lower() in NO_DEADLINE:
        who = None  # "| – |": nobody named
    agenda = cell("agenda")
    if agenda is not None and re.fullmatch(r"[A-Z]\d{1,3}", agenda):
        agenda = None  # "B3", "A1": the row's own number
    return ResultRow(line, text, kind, who, due, agenda, cell("status"), cell("date"), cell("topic"),
                     cell("votes") or _votes(cell("yes"), cell("no"), cell("abstain")))


def _votes(yes: str | None, no: str | None, abstain: str | None) -> str | None:
    """"| 6 | 2 | 1 |" as words the vote stage reads; "| einstimmig | | |" as it stands."""
    if yes is not None and not yes.strip().isdigit():
        return yes
    counts = [f"{label}: {value.strip()}" for label, value in (("Ja", yes), ("Nein", no), ("Enthaltungen", abstain))
              if value is not None and value.strip().isdigit()]
    return ", ".join(counts) or None
