"""Result tables in minutes: one row per decision or task ("| TOP | Art | Inhalt | Wer | Bis |").

Many secretaries keep the results as a table instead of prose; each row is
read with its columns, so "Wer" names the responsible person and "Bis" the
deadline without any guessing from the sentence.
"""
from __future__ import annotations

from dataclasses import dataclass

from extractor.lang.de.findings import NO_DEADLINE, ROW_KINDS, TABLE_COLUMNS
from extractor.structure.lines import Line, is_table_rule, table_cells

_COLUMN_BY_HEADER = {header: column for column, headers in TABLE_COLUMNS.items() for header in headers}


@dataclass(frozen=True)
class ResultRow:
    line: Line
    text: str
    kind: str | None  # decision | action | info | None (not said)
    who: str | None
    due: str | None
    agenda_item: str | None


def find_result_rows(lines: list[Line]) -> list[ResultRow]:
    rows: list[ResultRow] = []
    columns: dict[str, int] | None = None
    for line in lines:
        if line.kind != "table":
            columns = None
            continue
        if is_table_rule(line):
            continue
        cells = table_cells(line)
        if columns is None:
            columns = _columns(cells)
            continue
        if columns:
            row = _row(line, cells, columns)
            if row is not None:
                rows.append(row)
    return rows


def _columns(header: list[str]) -> dict[str, int]:
    """Column positions by meaning; a table without a content column is not a result table."""
    found = {}
    for index, cell in enumerate(header):
        column = _COLUMN_BY_HEADER.get(cell.lower().strip(" :"))
        if column and column not in found:
            found[column] = index
    return found if "content" in found and len(found) >= 2 else {}


def _row(line: Line, cells: list[str], columns: dict[str, int]) -> ResultRow | None:
    cell = lambda name: (cells[columns[name]].strip() or None) if name in columns and columns[name] < len(cells) else None  # noqa: E731
    text = cell("content")
    if not text:
        return None
    kind = ROW_KINDS.get((cell("kind") or "").lower().strip(" ."))
    due = cell("due")
    if due is not None and due.lower() in NO_DEADLINE:
        due = None
    return ResultRow(line, text, kind, cell("who"), due, cell("agenda"))
