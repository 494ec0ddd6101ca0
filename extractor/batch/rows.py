"""An ``Extraction`` as plain rows for the archive, in the column order of ``extractor.tables``.

``build_tables`` makes pandas frames (tens of milliseconds per call); the
archive needs tuples per document, so the same mapping is done here without
pandas.  ``tests/batch/test_archive.py`` checks that both give equal tables.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from extractor.records import ErrorRecord, Extraction, Provenance
from extractor.tables import COLUMNS, ERROR_COLUMNS, PROVENANCE_COLUMNS

Row = tuple[object, ...]
TABLE_COLUMNS: dict[str, list[str]] = {
    name: columns + (PROVENANCE_COLUMNS if name != "action_item_persons" else [])
    for name, columns in COLUMNS.items()
}
TABLE_COLUMNS["errors"] = ERROR_COLUMNS


def extraction_rows(ex: Extraction) -> dict[str, list[Row]]:
    date = ex.meeting.date
    rows: dict[str, list[dict]] = {name: [] for name in COLUMNS}
    rows["meetings"].append(_record(ex.meeting, date, pages=ex.pages, words=ex.words, format=ex.format))
    for name, records in (("agenda_items", ex.agenda_items), ("attendees", ex.attendees),
                          ("decisions", ex.decisions), ("appointments", ex.appointments)):
        rows[name] += [_record(r, date) for r in records]
    for item in ex.action_items:
        rows["action_items"].append(_record(item, date, responsible="; ".join(item.responsible)))
        rows["action_item_persons"] += [
            {"doc_id": item.doc_id, "action_id": item.action_id, "meeting_date": date, "person": p}
            for p in item.responsible]
    return {name: [_tuple(r, TABLE_COLUMNS[name]) for r in records] for name, records in rows.items()}


def error_rows(error: ErrorRecord) -> dict[str, list[Row]]:
    return {"errors": [tuple(getattr(error, c) for c in ERROR_COLUMNS)]}


def _record(record: object, meeting_date: dt.date | None, **extra: object) -> dict:
    row = {f.name: getattr(record, f.name) for f in dataclasses.fields(record) if f.name != "source"}
    row.update(extra)
    row["meeting_date"] = meeting_date
    source: Provenance | None = getattr(record, "source", None)
    if source is not None:
        row.update(source_file=source.file, page=source.page, char_start=source.char_start,
                   char_end=source.char_end, quote=source.quote, found_by=source.found_by)
    return row


def _tuple(row: dict, columns: list[str]) -> Row:
    return tuple(_plain(row.get(c)) for c in columns)


def _plain(value: object) -> object:
    """What SQLite stores: dates as ISO text, everything else as it is."""
    return value.isoformat() if isinstance(value, dt.date) else value
