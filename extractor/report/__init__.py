"""Annual report: a German workbook of meetings, attendance, decisions and tasks with their audit status."""
from __future__ import annotations

from extractor.report.figures import ReportData, build_report
from extractor.report.workbook import build_workbook, write_report

__all__ = ["ReportData", "build_report", "build_workbook", "write_report"]
