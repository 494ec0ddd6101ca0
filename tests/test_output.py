"""No formula injection through CSV or XLSX; Parquet keeps raw values; files written atomically."""
from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from extractor.output import neutralise, write_tables

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
    texts = [row[0].value for row in book["decisions"].iter_rows(min_row=2)]
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
