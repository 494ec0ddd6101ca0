"""Write the tables as CSV, one XLSX workbook and Parquet, atomically and formula-safe.

A cell that starts with ``= + - @``, a tab or a carriage return could run as a
formula when the file is opened in a spreadsheet program (OWASP "CSV
injection"); protocols are full of lines like "- Kasse prüfen".
CSV: such a cell gets an apostrophe in front, as OWASP recommends; rows end
in CRLF (RFC 4180), so a carriage return inside a cell is quoted.
XLSX: every text cell is written as a text cell (never a formula), and a risky
one also carries Excel's "quote prefix" style, so the value stays as written
and editing it in Excel does not turn it into a formula.
Parquet: raw values; it is read by programs, not spreadsheet programs.
"""
from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE as _ILLEGAL
from openpyxl.styles import Font

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
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_string_dtype(out[column]) or out[column].dtype == object:
            out[column] = out[column].map(neutralise, na_action="ignore")
    return out


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path, formats: tuple[str, ...] = FORMATS) -> list[Path]:
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
    """One sheet per table, streamed (openpyxl write-only): text cells are always text."""
    book = Workbook(write_only=True)
    for name, frame in tables.items():
        sheet = book.create_sheet(name[:31])
        sheet.append([_cell(sheet, str(column), bold=True) for column in frame.columns])
        if len(frame) >= EXCEL_MAX_ROWS:
            log.warning("table %s has %d rows; the workbook shows the first %d, the CSV and Parquet files all",
                        name, len(frame), EXCEL_MAX_ROWS - 1)
            frame = frame.head(EXCEL_MAX_ROWS - 1)
        for row in _records(frame):
            sheet.append([_cell(sheet, value) for value in row])
    book.save(path)


def _records(frame: pd.DataFrame) -> Iterator[tuple]:
    plain = frame.astype(object).where(frame.notna(), None)
    return plain.itertuples(index=False, name=None)


def _cell(sheet, value: object, bold: bool = False) -> object:
    """Plain values stay plain (fast); text that openpyxl would take for a formula becomes a text cell."""
    if not isinstance(value, str) or not (bold or value.startswith(FORMULA_TRIGGERS) or _ILLEGAL.search(value)):
        return value
    cell = WriteOnlyCell(sheet, value=_ILLEGAL.sub("", value))
    cell.data_type = "s"  # openpyxl would store "=..." as a formula
    if value.startswith(FORMULA_TRIGGERS):
        cell.quotePrefix = True
    if bold:
        cell.font = Font(bold=True)
    return cell


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
