"""``protokoll audit INPUT... --out DIR [--as-of DATE] [--series NAME | --series-map FILE]``."""
from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path



def register(sub: argparse._SubParsersAction) -> None:
    cmd = sub.add_parser("audit", help="follow tasks and decisions through a series of protocols")
    cmd.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    cmd.add_argument("--out", type=Path, required=True, help="folder for followups.csv, audit.csv, series.csv")
    cmd.add_argument("--as-of", type=iso_date, help="judge deadlines on this date (YYYY-MM-DD); "
                     "default: the last meeting of each series")
    group = cmd.add_mutually_exclusive_group()
    group.add_argument("--series", metavar="NAME", help="treat all inputs as one series called NAME")
    group.add_argument("--series-map", type=Path, metavar="FILE",
                       help="CSV of 'pattern,series' rows (doc_id or glob) that assign documents to series")
    cmd.set_defaults(func=run)


def iso_date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2024-06-30") from err


def run(args: argparse.Namespace) -> int:
    from extractor.audit import audit, read_mapping  # heavy (spaCy, pandas): only when the command runs
    from extractor.output import atomic_write, safe_frame  # heavy (spaCy, pandas): only when the command runs
    mapping = read_mapping(args.series_map) if args.series_map else None
    result = audit(args.inputs, series=args.series, mapping=mapping, as_of=args.as_of)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, frame in result.tables.items():
        atomic_write(args.out / f"{name}.csv",
                lambda tmp, f=frame: safe_frame(f).to_csv(tmp, index=False, encoding="utf-8"))
    errors = result.extraction.errors
    for error in errors:
        print(f"error: {error.file}: {error.kind}: {error.message}", file=sys.stderr)
    audit_table = result.tables["audit"]
    print(f"{len(result.series)} series, {len(audit_table)} items, {len(result.links)} follow-ups, "
          f"{int(audit_table['overdue'].sum())} overdue; tables in {args.out}")
    return 1 if errors else 0
