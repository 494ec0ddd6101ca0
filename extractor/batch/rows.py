"""An ``Extraction`` as plain rows for the archive, in the column order of ``extractor.tables``.

``build_tables`` makes pandas frames (tens of milliseconds per call); the
archive needs tuples per document, so the same mapping is done here without
pandas.  ``tests/batch/test_archive.py`` checks that both give equal tables.
"""
from __future__ import annotations

import datetime as dt

from extractor.records import ErrorRecord, Extraction
from extractor.tables import COLUMNS, ERROR_COLUMNS, record_rows, table_columns

Row = tuple[object, ...]
TABLE_COLUMNS: dict[str, list[str]] = {name: table_columns(name) for name in COLUMNS}
TABLE_COLUMNS["errors"] = ERROR_COLUMNS


def extraction_rows(ex: Extraction) -> dict[str, list[Row]]:
    return {name: [_tuple(r, TABLE_COLUMNS[name]) for r in records] for name, records in record_rows(ex).items()}


def error_rows(error: ErrorRecord) -> dict[str, list[Row]]:
    return {"errors": [tuple(getattr(error, c) for c in ERROR_COLUMNS)]}


def _tuple(row: dict, columns: list[str]) -> Row:
    """What SQLite stores: dates as ISO text, everything else as it is."""
    return tuple([value.isoformat() if isinstance(value, dt.date) else value for value in map(row.get, columns)])
