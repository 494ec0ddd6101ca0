"""The one place where records become tidy pandas tables.

pandas is imported where frames are made: the archive uses this module's
columns and rows, and a run that finds nothing new never loads pandas.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from typing import TYPE_CHECKING

from extractor.records import ErrorRecord, Extraction, Provenance

if TYPE_CHECKING:
    import pandas as pd

PROVENANCE_COLUMNS = ["source_file", "page", "char_start", "char_end", "quote", "found_by"]

COLUMNS: dict[str, list[str]] = {
    "meetings": ["doc_id", "title", "kind", "body", "date", "start_time", "end_time", "location",
                 "format", "pages", "words"],
    "agenda_items": ["doc_id", "meeting_date", "position", "number", "title", "level",
                     "body_start", "body_end"],
    "attendees": ["doc_id", "meeting_date", "name", "status", "role", "affiliation"],
    "decisions": ["doc_id", "decision_id", "meeting_date", "agenda_item", "text", "kind",
                  "votes_yes", "votes_no", "votes_abstain", "unanimous"],
    "action_items": ["doc_id", "action_id", "meeting_date", "agenda_item", "task", "responsible",
                     "deadline_text", "deadline"],
    "action_item_persons": ["doc_id", "action_id", "meeting_date", "person"],
    "appointments": ["doc_id", "meeting_date", "title", "date", "start_time", "end_time", "location"],
}
ERROR_COLUMNS = ["file", "doc_id", "kind", "message", "hint"]
TABLES = tuple(COLUMNS)
_INT_COLUMNS = {"votes_yes", "votes_no", "votes_abstain", "page", "char_start", "char_end", "position",
                "level", "body_start", "body_end", "pages", "words"}


def build_tables(extractions: list[Extraction], errors: list[ErrorRecord] = ()) -> dict[str, pd.DataFrame]:
    import pandas as pd

    from extractor.series_people import spell_out_series_initials

    rows: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    for ex in extractions:
        for name, records in record_rows(ex).items():
            rows[name] += records
    tables = {name: _frame(rows[name], table_columns(name)) for name in COLUMNS}
    tables["errors"] = pd.DataFrame([dataclasses.asdict(e) for e in errors], columns=ERROR_COLUMNS)
    return spell_out_series_initials(tables)


def table_columns(name: str) -> list[str]:
    return COLUMNS[name] + (PROVENANCE_COLUMNS if name != "action_item_persons" else [])


def record_rows(ex: Extraction) -> dict[str, list[dict]]:
    """One document's records as rows (dicts) per table: the mapping both pandas and the archive use."""
    date = ex.meeting.date
    rows: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    rows["meetings"].append(_row(ex.meeting, date, pages=ex.pages, words=ex.words, format=ex.format))
    for name, records in (("agenda_items", ex.agenda_items), ("attendees", ex.attendees),
                          ("decisions", ex.decisions), ("appointments", ex.appointments)):
        rows[name] += [_row(r, date) for r in records]
    for item in ex.action_items:
        rows["action_items"].append(_row(item, date, responsible="; ".join(item.responsible)))
        rows["action_item_persons"] += [
            {"doc_id": item.doc_id, "action_id": item.action_id, "meeting_date": date, "person": p}
            for p in item.responsible]
    return rows


def _row(record: object, meeting_date: dt.date | None, **extra: object) -> dict:
    row = {name: getattr(record, name) for name in _fields(type(record))}
    row.update(extra)
    row["meeting_date"] = meeting_date
    source: Provenance | None = getattr(record, "source", None)
    if source is not None:
        row.update(source_file=source.file, page=source.page, char_start=source.char_start,
                   char_end=source.char_end, quote=source.quote, found_by=source.found_by)
    return row


@functools.cache
def _fields(cls: type) -> tuple[str, ...]:
    """A record class's fields but its source (asking ``dataclasses.fields`` per record costs a third of the time)."""
    return tuple(f.name for f in dataclasses.fields(cls) if f.name != "source")


def _frame(rows: list[dict], columns: list[str]) -> pd.DataFrame:
    import pandas as pd

    frame = pd.DataFrame(rows, columns=columns)
    for column in frame.columns:
        if column in _INT_COLUMNS:
            frame[column] = frame[column].astype("Int64")
        elif column == "unanimous":
            frame[column] = frame[column].astype("boolean")
        elif column in ("date", "meeting_date", "deadline"):
            frame[column] = frame[column].map(lambda d: d.isoformat() if isinstance(d, dt.date) else None)
            frame[column] = frame[column].astype("string")
        else:
            frame[column] = frame[column].astype("string")
    return frame
