"""Write ``ReportData`` as a German Excel workbook with native charts.

Text from protocols is always stored as a string cell (never a formula), and
a cell starting with "=", "+", "-" or "@" also gets Excel's quotePrefix, so
Excel and LibreOffice show it as text.  Charts (openpyxl.chart) read their
data from ranges on the sheet "Diagramme".
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, PieChart, Reference
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from extractor.lang.de.followup import REPORT_LABELS as L
from extractor.output import FORMULA_TRIGGERS, atomic_write
from extractor.report.figures import ReportData

_HIDDEN_COLUMNS = ("status_code", "overdue_flag")
_MAX_WIDTH = 60


def write_report(report: ReportData, path: Path) -> Path:
    """Write the workbook atomically (beside ``path``, then renamed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(path, lambda tmp: build_workbook(report).save(tmp))
    return path


def build_workbook(report: ReportData) -> Workbook:
    book = Workbook()
    _overview(book.active, report)
    for key, frame in (("meetings", report.meetings), ("attendance", report.attendance),
                       ("decisions", report.decisions), ("tasks", report.tasks)):
        sheet = book.create_sheet(L[key])
        _table(sheet, frame.drop(columns=[c for c in _HIDDEN_COLUMNS if c in frame.columns]), 1, 1)
        sheet.freeze_panes = "A2"
    _charts(book.create_sheet(L["charts"]), report)
    return book


def _overview(sheet: Worksheet, report: ReportData) -> None:
    sheet.title = L["overview"]
    _put(sheet, 1, 1, L["title"].format(year=report.year), bold=True)
    as_of = report.as_of.isoformat() if report.as_of else ""
    _put(sheet, 2, 1, L["as_of"])
    _put(sheet, 2, 2, as_of)
    row = _table(sheet, report.figures, 4, 1) + 2
    _put(sheet, row, 1, L["meetings_by_body"], bold=True)
    row = _table(sheet, report.by_body, row + 1, 1) + 2
    _put(sheet, row, 1, L["attendance_rate"], bold=True)
    _table(sheet, report.attendance_rate, row + 1, 1)


def _charts(sheet: Worksheet, report: ReportData) -> None:
    """Three blocks of data, each with its chart to the right."""
    blocks = ((report.per_month, L["meetings_per_month"], "bar"),
              (report.attendance_rate[[L["person"], L["present"]]], L["attendance_per_person"], "bar"),
              (report.task_status, L["task_status"], "pie"))
    row = 1
    for frame, title, kind in blocks:
        _put(sheet, row, 1, title, bold=True)
        end = _table(sheet, frame, row + 1, 1)
        chart = _chart(sheet, kind, title, row + 1, end)
        sheet.add_chart(chart, f"D{row}")
        row = max(end + 2, row + 18)


def _chart(sheet: Worksheet, kind: str, title: str, header_row: int, last_row: int) -> BarChart | PieChart:
    chart = BarChart() if kind == "bar" else PieChart()
    chart.title = title
    data = Reference(sheet, min_col=2, min_row=header_row, max_row=max(last_row, header_row + 1))
    labels = Reference(sheet, min_col=1, min_row=header_row + 1, max_row=max(last_row, header_row + 1))
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(labels)
    chart.height, chart.width = 8, 16
    if isinstance(chart, BarChart):
        chart.legend = None
    return chart


def _table(sheet: Worksheet, frame: pd.DataFrame, top: int, left: int) -> int:
    """Header and rows from (top, left); returns the last row written."""
    for j, column in enumerate(frame.columns):
        _put(sheet, top, left + j, str(column), bold=True)
        _widen(sheet, left + j, str(column))
    plain = frame.astype(object).where(frame.notna(), None)
    percent = {j for j, column in enumerate(frame.columns) if column == L["rate"]}
    for i, values in enumerate(plain.itertuples(index=False, name=None), start=1):
        for j, value in enumerate(values):
            _put(sheet, top + i, left + j, value)
            _widen(sheet, left + j, value)
            if j in percent:
                sheet.cell(row=top + i, column=left + j).number_format = "0%"
    return top + len(frame)


def _put(sheet: Worksheet, row: int, column: int, value: object, bold: bool = False) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
        cell.data_type = "s"  # openpyxl would store "=..." as a formula
        if value.startswith(FORMULA_TRIGGERS):
            cell.quotePrefix = True
    elif isinstance(value, (dt.date, pd.Timestamp)):
        cell.value = value.isoformat()[:10]
        cell.data_type = "s"
    elif value is not None and not (isinstance(value, float) and pd.isna(value)):
        cell.value = value.item() if hasattr(value, "item") else value
    if bold:
        cell.font = Font(bold=True)


def _widen(sheet: Worksheet, column: int, value: object) -> None:
    letter = get_column_letter(column)
    width = min(len(str(value)) + 2 if value is not None else 0, _MAX_WIDTH)
    if width > (sheet.column_dimensions[letter].width or 0):
        sheet.column_dimensions[letter].width = width
