"""``protokoll report INPUT... --year YEAR --out bericht-YEAR.xlsx [--as-of DATE]``."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from extractor.commands.audit import iso_date


def register(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser("report", help="annual report workbook (XLSX, German) with charts")
    cmd.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    cmd.add_argument("--year", type=int, required=True, help="meetings held in this year count")
    cmd.add_argument("--out", type=Path, required=True, help="the workbook to write, e.g. bericht-2024.xlsx")
    cmd.add_argument("--as-of", type=iso_date, help="judge deadlines on this date (default: 31 December "
                     "of YEAR, or today if that lies ahead)")
    group = cmd.add_mutually_exclusive_group()
    group.add_argument("--series", metavar="NAME", help="treat all inputs as one series called NAME")
    group.add_argument("--series-map", type=Path, metavar="FILE", help="CSV of 'pattern,series' rows")
    cmd.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from extractor.audit import audit, read_mapping  # heavy (spaCy, pandas): only when the command runs
    from extractor.report import build_report, write_report  # heavy (spaCy, pandas): only when the command runs
    as_of = args.as_of or min(dt.date(args.year, 12, 31), dt.date.today())
    mapping = read_mapping(args.series_map) if args.series_map else None
    result = audit(args.inputs, series=args.series, mapping=mapping, as_of=as_of)
    report = build_report(result.extraction.tables, result.tables, args.year, as_of)
    write_report(report, args.out)
    for error in result.extraction.errors:
        print(f"error: {error.file}: {error.kind}: {error.message}", file=sys.stderr)
    print(f"{len(report.meetings)} meetings in {args.year}, {len(report.decisions)} decisions, "
          f"{len(report.tasks)} tasks; report in {args.out}")
    return 1 if result.extraction.errors else 0
