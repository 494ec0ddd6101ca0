"""``protokoll report INPUT... --year YEAR --out FILE.xlsx`` (placeholder until the report lands)."""
from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser("report", help="annual report workbook")
    cmd.set_defaults(func=lambda args: 2)
