"""The ``protokoll`` command: one subcommand per module in ``extractor.commands``."""
from __future__ import annotations

import argparse
import sys

from extractor.commands import audit, extract, report

COMMANDS = (extract, audit, report)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="protokoll", description="German meeting protocols to tidy tables.")
    sub = parser.add_subparsers(dest="command", required=True)
    for command in COMMANDS:
        command.register(sub)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
