"""Write the tables as CSV, one XLSX workbook and Parquet, atomically and formula-safe.

A cell that starts with ``= + - @``, a tab or a carriage return could run as a
formula when the file is opened in a spreadsheet program (OWASP "CSV
injection"); protocols are full of lines like "- Kasse prüfen".
CSV: such a cell gets an apostrophe in front, as OWASP recommends; rows end
in CRLF (RFC 4180), so a carriage return inside a cell is quoted.
XLSX (xlsxwriter): every text cell is written as a text cell (never a
formula), and a risky one also carries Excel's "quote prefix" style, so the
value stays as written and editing it in Excel does not turn it into a formula.
Parquet: raw values; it is read by programs, not spreadsheet programs.
"""
from __future__ import annotations

import logging
import math
import numbers
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

log = logging.getLogger(__name__)

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_ROWS = 1_048_576  # per sheet, the header row included
FORMATS = ("csv", "xlsx", "parquet")
WORKBOOK = "protokoll.xlsx"


def neutralise(value: object) -> object:
    """Prefix a risky text cell with an apostrophe, as spreadsheet programs expect."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every risky text cell neutralised; text columns in bulk (8x faster than per cell)."""
    out = frame.copy()
    for index, column in enumerate(out.columns):
        values = out.iloc[:, index]
        if isinstance(values.dtype, pd.StringDtype):
            risky = values.str.startswith(FORMULA_TRIGGERS).fillna(False).astype(bool)
            if risky.any():
                out.isetitem(index, values.mask(risky, "'" + values))
        elif pd.api.types.is_string_dtype(values) or values.dtype == object:
            out.isetitem(index, values.map(neutralise, na_action="ignore"))
    return out


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path, formats: tuple[str, ...] = FORMATS) -> list[Path]:
    """Every table in every format."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"Unknown output format {unknown[0]!r}; expected one of: {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if "csv" in formats:
        for name, frame in tables.items():
            path = out_dir / f"{name}.csv"
            atomic_write(path, lambda tmp, f=frame: write_csv(f, tmp))
            written.append(path)
    if "parquet" in formats:
        for name, frame in tables.items():
            path = out_dir / f"{name}.parquet"
            atomic_write(path, lambda tmp, f=frame: f.to_parquet(tmp, index=False))
            written.append(path)
    if "xlsx" in formats:
        path = out_dir / WORKBOOK
        atomic_write(path, lambda tmp: write_xlsx(tables, tmp))
        written.append(path)
    return written


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """RFC 4180 line ends: a cell with a carriage return is quoted, not taken for the end of a row."""
    safe_frame(frame).to_csv(path, index=False, encoding="utf-8", lineterminator="\r\n")


def write_xlsx(tables: dict[str, pd.DataFrame], path: Path) -> None:
    """One sheet per table: a bold header, then one row per record; text is always a text cell.

    xlsxwriter's constant_memory mode streams each row to disk as it is
    written, so memory stays flat however long the tables are.
    """
    with xlsxwriter.Workbook(path, _XLSX_OPTIONS) as book:
        bold = book.add_format({"bold": True})
        bold_quoted = book.add_format({"bold": True, "quote_prefix": True})
        quoted = book.add_format({"quote_prefix": True})
        for name, frame in tables.items():
            sheet = book.add_worksheet(name[:31])
            frame = _within_limit(name, frame)
            for col, column in enumerate(frame.columns):
                _write_text(sheet, 0, col, _ILLEGAL.sub("", str(column)), bold, bold_quoted)
            columns = [_plain_values(frame.iloc[:, i]) for i in range(frame.shape[1])]
            for row, values in enumerate(zip(*columns), 1):  # constant_memory: rows strictly in order
                for col, value in enumerate(values):
                    if value is not None:
                        _write_cell(sheet, row, col, value, quoted)


def _within_limit(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    if len(frame) < EXCEL_MAX_ROWS:
        return frame
    log.warning("table %s has %d rows; the workbook shows the first %d, the CSV and Parquet files all",
                name, len(frame), EXCEL_MAX_ROWS - 1)
    return frame.head(EXCEL_MAX_ROWS - 1)


def _plain_values(column: pd.Series) -> list:
    """Python values, missing ones as None; characters XML cannot hold dropped from text (checked in bulk)."""
    values = column.astype(object).where(column.notna(), None).tolist()
    if _ILLEGAL.search("".join(value for value in values if isinstance(value, str))):
        values = [_ILLEGAL.sub("", value) if isinstance(value, str) else value for value in values]
    return values


def _write_cell(sheet: Worksheet, row: int, col: int, value: object, quoted: Format) -> None:
    if isinstance(value, str):
        _write_text(sheet, row, col, value, None, quoted)
    elif isinstance(value, (bool, np.bool_)):
        sheet.write_boolean(row, col, bool(value))
    elif isinstance(value, numbers.Real) and math.isfinite(value):
        sheet.write_number(row, col, value)
    else:  # dates, infinities, anything else: as text
        _write_text(sheet, row, col, _ILLEGAL.sub("", str(value)), None, quoted)


def _write_text(sheet: Worksheet, row: int, col: int, text: str, plain: Format | None, quoted: Format) -> None:
    """A text cell, never a formula; a risky one carries Excel's quote prefix.  xlsxwriter cuts it to Excel's 32,767."""
    sheet.write_string(row, col, text, quoted if text.startswith(FORMULA_TRIGGERS) else plain)


# never formulas, links or numbers from text; ZIP64 only if a sheet needs it (over 4 GB)
_XLSX_OPTIONS = {"constant_memory": True, "strings_to_formulas": False, "strings_to_urls": False,
                 "strings_to_numbers": False, "use_zip64": True}
# XML 1.0 has no place for these: control characters (as openpyxl refuses them), surrogates, U+FFFE, U+FFFF
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def atomic_write(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``path`` and rename it: readers never see half a file."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.tmp-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes files only the owner can read
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
