"""The annual report: figures recomputed with pandas, the workbook read back, LibreOffice opens it."""
import csv
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from extractor.audit import audit
from extractor.cli import main
from extractor.lang.de.followup import REPORT_LABELS as L
from extractor.report import build_report, write_report

EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
YEAR = 2024


@pytest.fixture(scope="module")
def audited():
    return audit([EXAMPLES], as_of=dt.date(YEAR, 12, 31))


@pytest.fixture(scope="module")
def report(audited):
    return build_report(audited.extraction.tables, audited.tables, YEAR, dt.date(YEAR, 12, 31))


@pytest.fixture(scope="module")
def workbook(report, tmp_path_factory):
    path = write_report(report, tmp_path_factory.mktemp("bericht") / f"bericht-{YEAR}.xlsx")
    return path


def _held_in_year(audited) -> pd.DataFrame:
    meetings = audited.extraction.tables["meetings"]
    return meetings[pd.to_datetime(meetings["date"]).dt.year == YEAR]


def test_figures_agree_with_the_tables(audited, report):
    docs = set(_held_in_year(audited)["doc_id"])
    tables, items = audited.extraction.tables, audited.tables["audit"]
    tasks = items[(items["item_kind"] == "action_item") & items["doc_id"].isin(docs)]
    expected = {
        L["meetings_total"]: len(docs),
        L["decisions_total"]: int(tables["decisions"]["doc_id"].isin(docs).sum()),
        L["tasks_created"]: int(tables["action_items"]["doc_id"].isin(docs).sum()),
        L["tasks_done"]: int((tasks["last_status"] == "done").sum()),
        L["tasks_open"]: int(tasks["last_status"].isin(["open", "in_progress", "unreported"]).sum()),
        L["tasks_overdue"]: int(tasks["overdue"].sum()),
    }
    assert dict(zip(report.figures.iloc[:, 0], report.figures.iloc[:, 1])) == expected


def test_meetings_per_month_add_up(audited, report):
    held = _held_in_year(audited)
    by_month = pd.to_datetime(held["date"]).dt.strftime("%Y-%m").value_counts()
    assert report.per_month[L["count"]].sum() == len(held)
    for month, count in zip(report.per_month[L["month"]], report.per_month[L["count"]]):
        assert by_month.get(month, 0) == count


def test_attendance_counts_come_from_the_attendees(audited, report):
    docs = set(_held_in_year(audited)["doc_id"])
    attendees = audited.extraction.tables["attendees"]
    present = attendees[attendees["doc_id"].isin(docs) & (attendees["status"] == "present")]
    counts = present.groupby("name")["doc_id"].nunique()
    rates = report.attendance_rate.set_index(L["person"])
    for name, count in counts.items():
        assert rates.loc[name, L["present"]] == count
    assert (rates[L["rate"]].dropna() <= 1).all()


def test_workbook_sheets_charts_and_no_formulas(workbook, report):
    book = openpyxl.load_workbook(workbook)
    assert book.sheetnames == [L["overview"], L["meetings"], L["attendance"], L["decisions"], L["tasks"], L["charts"]]
    assert len(book[L["charts"]]._charts) == 3
    overview = {row[0]: row[1] for row in book[L["overview"]].iter_rows(min_row=5, max_row=10, values_only=True)}
    assert overview == dict(zip(report.figures.iloc[:, 0], report.figures.iloc[:, 1]))
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row)
    assert book[L["tasks"]].max_row == len(report.tasks) + 1


def test_protocol_text_never_becomes_a_formula(report, tmp_path):
    report.tasks.loc[0, "Aufgabe"] = '=HYPERLINK("http://example.org","klick")'
    book = openpyxl.load_workbook(write_report(report, tmp_path / "b.xlsx"))
    cell = book[L["tasks"]].cell(row=2, column=list(report.tasks.columns).index("Aufgabe") + 1)
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK") and cell.quotePrefix


def test_command(tmp_path, capsys):
    out = tmp_path / "bericht.xlsx"
    series = sorted(EXAMPLES.glob("bv-eichenkamp-vorstand-2024-*.md"))
    assert main(["report", *map(str, series), "--year", "2024", "--out", str(out)]) == 0
    assert out.exists() and "6 meetings in 2024" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_opens_the_workbook(workbook, report, tmp_path):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", str(tmp_path), str(workbook)],
                   check=True, capture_output=True, timeout=180)
    rows = list(csv.reader((tmp_path / workbook.with_suffix(".csv").name).open(encoding="utf-8")))
    figures = {r[0]: r[1] for r in rows if len(r) > 1}
    assert figures[L["meetings_total"]] == str(len(report.meetings))
    assert figures[L["tasks_created"]] == str(len(report.tasks))
