"""``protokoll extract INPUT... --out DIR``."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extractor.api import extract
from extractor.output import write_tables


def register(sub: argparse._SubParsersAction) -> None:
    ex = sub.add_parser("extract", help="extract tables from protocol files and folders")
    ex.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    ex.add_argument("--out", type=Path, required=True, help="folder for the tables")
    ex.add_argument("--format", dest="formats", action="append", choices=("csv", "xlsx", "parquet"),
                    help="output format (repeatable; default: all three)")
    ex.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    result = extract(args.inputs)
    write_tables(result.tables, args.out, tuple(args.formats or ("csv", "xlsx", "parquet")))
    for error in result.errors:
        print(f"error: {error.file}: {error.kind}: {error.message}", file=sys.stderr)
    print(f"{len(result.extractions) + len(result.errors)} documents read, "
          f"{len(result.errors)} failed; tables in {args.out}")
    return 1 if result.errors else 0
