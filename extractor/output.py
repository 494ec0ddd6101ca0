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
import math
import multiprocessing
import numbers
import os
import re
import shutil
import sys
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO
from xml.sax.saxutils import quoteattr

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_ROWS = 1_048_576  # per sheet, the header row included
EXCEL_MAX_CHARS = 32_767  # per cell; openpyxl cut longer text there too
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
    """Every table in every format; the workbook, the slowest part, is written beside the CSV and Parquet files."""
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise ValueError(f"Unknown output format {unknown[0]!r}; expected one of: {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    workbook = out_dir / WORKBOOK
    if "xlsx" in formats:
        workbook_done = _in_background(lambda: atomic_write(workbook, lambda tmp: write_xlsx(tables, tmp)))
    written: list[Path] = []
    try:
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
    except BaseException:
        if "xlsx" in formats:
            workbook_done(check=False)  # it ends and removes its temporary file
        raise
    if "xlsx" in formats:
        workbook_done()
        written.append(workbook)
    return written


def _in_background(job: Callable[[], None]) -> Callable[..., None]:
    """Start ``job`` in a forked copy of this process; returns ``done(check=True)``, which waits for it.

    The copy shares the tables without pickling them and runs on a second
    core (a thread would not: the work holds the GIL).  Only on Linux and
    only while this process runs no other thread, where forking is safe;
    elsewhere ``job`` runs right here, before this returns.
    """
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        job()
        return lambda check=True: None
    process = multiprocessing.get_context("fork").Process(target=job, daemon=True)
    process.start()

    def done(check: bool = True) -> None:
        process.join()
        if check and process.exitcode != 0:
            raise RuntimeError(f"Writing {WORKBOOK} failed (exit code {process.exitcode}); the error is above.")

    return done


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    """RFC 4180 line ends: a cell with a carriage return is quoted, not taken for the end of a row."""
    safe_frame(frame).to_csv(path, index=False, encoding="utf-8", lineterminator="\r\n")


def write_xlsx(tables: dict[str, pd.DataFrame], path: Path) -> None:
    """One sheet per table, written as SpreadsheetML directly: text cells are always inline text.

    The same cells, types and styles as openpyxl's write-only mode gave, five
    times faster (openpyxl makes a cell object per value).  Each sheet is
    built in a temporary file and compressed in a thread (zlib lets go of
    the GIL) while the next one is built.
    """
    stamp = time.localtime()[:6]
    with zipfile.ZipFile(path, "w") as book, ThreadPoolExecutor(1) as packer:
        packed = [packer.submit(_pack, book, _member(f"xl/worksheets/sheet{number}.xml", stamp),
                                _sheet_file(_within_limit(name, frame)))
                  for number, (name, frame) in enumerate(tables.items(), 1)]
        for done in packed:
            done.result()
        for name, text in _package_parts([name[:31] for name in tables]).items():
            book.writestr(_member(name, stamp), text)


def _within_limit(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    if len(frame) < EXCEL_MAX_ROWS:
        return frame
    log.warning("table %s has %d rows; the workbook shows the first %d, the CSV and Parquet files all",
                name, len(frame), EXCEL_MAX_ROWS - 1)
    return frame.head(EXCEL_MAX_ROWS - 1)


def _sheet_file(frame: pd.DataFrame) -> IO[bytes]:
    sheet = tempfile.TemporaryFile()
    try:
        for part in _sheet_xml(frame):
            sheet.write(part.encode("utf-8"))
    except BaseException:
        sheet.close()
        raise
    return sheet


def _pack(book: zipfile.ZipFile, member: zipfile.ZipInfo, sheet: IO[bytes]) -> None:
    """Copy a finished sheet into the workbook, compressing it."""
    with sheet:
        member.file_size = sheet.tell()  # tells zipfile whether the member needs ZIP64
        sheet.seek(0)
        with book.open(member, "w") as out:
            shutil.copyfileobj(sheet, out, 1 << 20)


def _member(name: str, stamp: tuple) -> zipfile.ZipInfo:
    member = zipfile.ZipInfo(name, stamp)
    member.compress_type = zipfile.ZIP_DEFLATED
    member.external_attr = 0o600 << 16
    return member


def _sheet_xml(frame: pd.DataFrame) -> Iterator[str]:
    """The worksheet in pieces of ``_ROWS_PER_PIECE`` rows: a bold header, then one row per record."""
    letters = [_column_letter(i) for i in range(frame.shape[1])]
    header = "".join(_text_cell(f"{letter}1", str(column), header=True)
                     for letter, column in zip(letters, frame.columns))
    yield f'<worksheet xmlns="{_MAIN_NS}"><sheetData><row r="1">{header}</row>'
    for start in range(0, len(frame), _ROWS_PER_PIECE):
        piece = frame.iloc[start:start + _ROWS_PER_PIECE]
        columns = [_cells(_plain_values(piece.iloc[:, i]), letter, start + 2) for i, letter in enumerate(letters)]
        yield "".join(f'<row r="{row}">{"".join(cells)}</row>' for row, cells in enumerate(zip(*columns), start + 2))
    yield "</sheetData></worksheet>"


def _plain_values(column: pd.Series) -> list:
    """Python values, missing ones as None."""
    return column.astype(object).where(column.notna(), None).tolist()


def _cells(values: list, letter: str, first_row: int) -> list[str]:
    """One column's cells; an empty value is no cell at all.  Text columns, the bulk, take the fast way."""
    present = [value for value in values if value is not None]
    kinds = set(map(type, present))
    if kinds == {int}:
        return ["" if value is None else f'<c r="{letter}{row}" t="n"><v>{value}</v></c>'
                for row, value in enumerate(values, first_row)]
    if kinds - {str}:
        return ["" if value is None else _cell(f"{letter}{row}", value) for row, value in enumerate(values, first_row)]
    texts = iter(_clean_texts(present))
    cells = []
    for row, value in enumerate(values, first_row):
        if value is None:
            cells.append("")
            continue
        text = next(texts)
        style = ' s="2"' if value.startswith(FORMULA_TRIGGERS) else ""
        if not text:
            cells.append(f'<c r="{letter}{row}"{style} t="inlineStr"/>')
        else:
            space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
            cells.append(f'<c r="{letter}{row}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>')
    return cells


def _clean_texts(texts: list[str]) -> list[str]:
    """Texts as XML content: what XML cannot hold removed, cut to Excel's length, escaped; in bulk, as one string."""
    if _ILLEGAL.search("".join(texts)):
        texts = [_ILLEGAL.sub("", text) for text in texts]
    if texts and max(map(len, texts)) > EXCEL_MAX_CHARS:
        texts = [text[:EXCEL_MAX_CHARS] for text in texts]
    joined = "\x00".join(texts)  # no text holds U+0000 any more
    return _escape(joined).split("\x00") if texts else []


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _cell(ref: str, value: object) -> str:
    if isinstance(value, str):
        return _text_cell(ref, value)
    if isinstance(value, (bool, np.bool_)):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, numbers.Integral):
        return f'<c r="{ref}" t="n"><v>{int(value)}</v></c>'
    if isinstance(value, numbers.Real) and math.isfinite(value):
        return f'<c r="{ref}" t="n"><v>{float(value):.16g}</v></c>'
    return _text_cell(ref, str(value))  # dates, infinities, anything else: as text


def _text_cell(ref: str, value: str, header: bool = False) -> str:
    """A text cell, never a formula; a risky one carries Excel's quote prefix (style 2, or 3 in the header)."""
    text = _clean_texts([value])[0]
    style = _STYLE[header, value.startswith(FORMULA_TRIGGERS)]
    if not text:
        return f'<c r="{ref}"{style} t="inlineStr"/>'
    space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
    return f'<c r="{ref}"{style} t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _package_parts(sheets: list[str]) -> dict[str, str]:
    """The workbook's other parts: content types, relationships, sheet list, styles."""
    sheet_type = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    types = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{sheet_type}.worksheet+xml"/>'
                    for n in range(1, len(sheets) + 1))
    entries = "".join(f'<sheet name={quoteattr(name)} sheetId="{n}" r:id="rId{n}"/>'
                      for n, name in enumerate(sheets, 1))
    links = "".join(f'<Relationship Id="rId{n}" Type="{_REL_NS}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                    for n in range(1, len(sheets) + 1))
    styles_id = len(sheets) + 1
    return {
        "[Content_Types].xml":
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{sheet_type}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{sheet_type}.styles+xml"/>{types}</Types>',
        "_rels/.rels":
            f'<Relationships xmlns="{_PACKAGE_REL_NS}"><Relationship Id="rId1" '
            f'Type="{_REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml":
            f'<workbook xmlns="{_MAIN_NS}" xmlns:r="{_REL_NS}"><sheets>{entries}</sheets></workbook>',
        "xl/_rels/workbook.xml.rels":
            f'<Relationships xmlns="{_PACKAGE_REL_NS}">{links}<Relationship Id="rId{styles_id}" '
            f'Type="{_REL_NS}/styles" Target="styles.xml"/></Relationships>',
        "xl/styles.xml": _STYLES,
    }


_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_ROWS_PER_PIECE = 10_000
# XML 1.0 has no place for these: control characters (as openpyxl refuses them), surrogates, U+FFFE, U+FFFF
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# cell styles: 0 plain, 1 bold (header), 2 quote prefix, 3 both
_STYLE = {(False, False): "", (True, False): ' s="1"', (False, True): ' s="2"', (True, True): ' s="3"'}
_STYLES = (
    f'<styleSheet xmlns="{_MAIN_NS}">'
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b val="1"/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
    '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>'
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" quotePrefix="1"/></cellXfs>'
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')


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
