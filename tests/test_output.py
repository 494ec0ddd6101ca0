"""No formula injection through CSV or XLSX; Parquet keeps raw values; files written atomically."""
from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from openpyxl.utils.escape import unescape

from extractor.output import neutralise, write_tables

# Excel (and xlsxwriter) store a carriage return in text as "_x000D_", which Excel and LibreOffice
# read back as "\r"; openpyxl leaves it as it is, so read-back through openpyxl decodes it with unescape.
RISKY = ["=HYPERLINK(\"http://x\",\"klick\")", "+49 30 1234", "- Kasse prüfen", "@SUMME(A1)", "\tTab", "\rCR",
         "=1+1"]
PLAIN = ["Kasse prüfen", "TOP 3", "", "Jürgen Öztürk"]


@pytest.fixture
def written(tmp_path: Path) -> Path:
    frame = pd.DataFrame({
        "text": pd.array(RISKY + PLAIN + [None], dtype="string"),
        "votes": pd.array(list(range(len(RISKY) + len(PLAIN))) + [None], dtype="Int64"),
    })
    write_tables({"decisions": frame, "errors": frame.head(2)}, tmp_path)
    return tmp_path


def test_xlsx_has_no_formula_and_keeps_values(written: Path) -> None:
    book = openpyxl.load_workbook(written / "protokoll.xlsx")
    cells = [cell for sheet in book for row in sheet.iter_rows() for cell in row]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    texts = [unescape(row[0].value or "") for row in book["decisions"].iter_rows(min_row=2)]
    assert texts[:len(RISKY)] == RISKY  # readable, exactly as written
    for row in book["decisions"].iter_rows(min_row=2, max_row=len(RISKY) + 1):
        assert row[0].data_type == "s" and row[0].quotePrefix  # Excel keeps it text when edited
    assert book["decisions"]["B2"].value == 0 and book["decisions"]["A1"].value == "text"


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"),
    ("- Kasse prüfen", "'- Kasse prüfen"),
    ("+49 30", "'+49 30"),
    ("@SUMME(A1)", "'@SUMME(A1)"),
    ("\tTab", "'\tTab"),
    ("\rCR", "'\rCR"),
    ("Kasse prüfen", "Kasse prüfen"),
    ("3 - 1", "3 - 1"),  # only the first character counts
    (7, 7),
])
def test_neutralise(value: object, expected: object) -> None:
    assert neutralise(value) == expected


def test_csv_cells_cannot_start_a_formula(written: Path) -> None:
    with (written / "decisions.csv").open(encoding="utf-8", newline="") as handle:
        cells = [row[0] for row in csv.reader(handle)][1:]
    assert cells[:len(RISKY)] == ["'" + value for value in RISKY]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]


def test_parquet_keeps_raw_values(written: Path) -> None:
    frame = pd.read_parquet(written / "decisions.parquet")
    assert list(frame["text"][:len(RISKY)]) == RISKY


def test_atomic_and_readable(written: Path) -> None:
    assert not list(written.glob(".*tmp*"))
    assert (written / "decisions.csv").stat().st_mode & 0o044  # not only the owner (mkstemp's 0600)


def test_unknown_format_names_choices(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="Unknown output format 'ods'; expected one of: csv, xlsx, parquet"):
        write_tables({}, tmp_path, ("ods",))


def test_workbook_stops_at_the_sheet_row_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("extractor.output.EXCEL_MAX_ROWS", 3)
    frame = pd.DataFrame({"text": pd.array(["a", "b", "c", "d"], dtype="string")})
    write_tables({"decisions": frame}, tmp_path, ("xlsx", "csv"))
    assert openpyxl.load_workbook(tmp_path / "protokoll.xlsx")["decisions"].max_row == 3
    assert len(pd.read_csv(tmp_path / "decisions.csv")) == 4


def test_xlsx_cells_keep_their_types_and_text(tmp_path: Path) -> None:
    texts = ["a & b < c > d", " lead", "trail ", "x\ry", "two\nlines", "bad\x01char", "", "x" * 40_000, "#N/A",
             "Jürgen 😀", "_x000D_ as typed", None]
    frame = pd.DataFrame({
        "text": pd.array(texts, dtype="string"),
        "count": pd.array([*range(len(texts) - 1), None], dtype="Int64"),
        "flag": pd.array([True, False, None, *[True] * (len(texts) - 3)], dtype="boolean"),
        "mixed": pd.Series(["=x", 7, 2.5, None, *["y"] * (len(texts) - 4)], dtype=object),
    })
    write_tables({"decisions": frame}, tmp_path, ("xlsx",))
    sheet = openpyxl.load_workbook(tmp_path / "protokoll.xlsx")["decisions"]
    rows = list(sheet.iter_rows())
    assert [c.value for c in rows[0]] == list(frame.columns) and all(c.font.b for c in rows[0])
    assert [row[0].value and unescape(row[0].value) for row in rows[1:]] == [
        "a & b < c > d", " lead", "trail ", "x\ry", "two\nlines", "badchar", "", "x" * 32_767, "#N/A",
        "Jürgen 😀", "_x000D_ as typed", None]  # what XML cannot hold is dropped; Excel's cell limit is 32,767
    assert all(row[0].data_type == "s" for row in rows[1:-1] if row[0].value is not None)
    assert [row[1].value for row in rows[1:]] == [*range(len(texts) - 1), None]
    assert [row[2].value for row in rows[1:4]] == [True, False, None] and rows[1][2].data_type == "b"
    assert [row[3].value for row in rows[1:5]] == ["=x", 7, 2.5, None]
    assert rows[1][3].data_type == "s" and rows[1][3].quotePrefix and not rows[2][3].quotePrefix


def test_xlsx_reads_back_as_the_tables(tmp_path: Path) -> None:
    frame = pd.DataFrame({"name": pd.array(["Anna", "Jonas"], dtype="string"), "page": pd.array([1, 2], dtype="Int64")})
    write_tables({"attendees": frame, "errors": frame.head(0)}, tmp_path, ("xlsx",))
    sheets = pd.read_excel(tmp_path / "protokoll.xlsx", sheet_name=None)
    assert list(sheets) == ["attendees", "errors"] and sheets["errors"].empty
    assert sheets["attendees"].to_dict("list") == {"name": ["Anna", "Jonas"], "page": [1, 2]}


def test_csv_neutralises_text_in_object_columns(tmp_path: Path) -> None:
    frame = pd.DataFrame({"mixed": pd.Series(["=1+1", 3, None, "ok"], dtype=object)})
    write_tables({"decisions": frame}, tmp_path, ("csv",))
    assert (tmp_path / "decisions.csv").read_text(encoding="utf-8").splitlines() == ["mixed", "'=1+1", "3", '""', "ok"]


def test_all_formats_are_written_and_listed(tmp_path: Path) -> None:
    frame = pd.DataFrame({"text": pd.array(RISKY + PLAIN, dtype="string")})
    written = write_tables({"decisions": frame}, tmp_path)
    assert [p.name for p in written] == ["decisions.csv", "decisions.parquet", "protokoll.xlsx"]
    sheet = openpyxl.load_workbook(tmp_path / "protokoll.xlsx")["decisions"]
    assert [unescape(row[0].value) for row in sheet.iter_rows(min_row=2)] == RISKY + PLAIN  # "" stays a text cell


def test_a_failing_workbook_fails_the_write_and_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(tables: dict, path: Path) -> None:
        path.write_bytes(b"half a workbook")
        raise OSError("disk full")

    monkeypatch.setattr("extractor.output.write_xlsx", broken)
    frame = pd.DataFrame({"text": pd.array(["a"], dtype="string")})
    with pytest.raises(OSError, match="disk full"):
        write_tables({"decisions": frame}, tmp_path)
    assert not (tmp_path / "protokoll.xlsx").exists() and not list(tmp_path.glob(".*tmp*"))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_reads_the_workbook(written: Path, tmp_path: Path) -> None:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path / "lo"),
                    str(written / "protokoll.xlsx")], check=True, capture_output=True, timeout=180)
    with (tmp_path / "lo" / "protokoll.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["text", "votes"]
    assert [row[0] for row in rows[1:]] == RISKY + PLAIN  # the first sheet, text as written (no empty last row)
    assert [row[1] for row in rows[1:]] == [str(n) for n in range(len(RISKY) + len(PLAIN))]
