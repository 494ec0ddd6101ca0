"""Which archive state the tables in an output folder were written from.

A run that changed nothing in the archive leaves current tables alone: on
an archive of 20,000 documents, writing the workbook again would take longer
than finding out that nothing changed.
"""
from __future__ import annotations

import os
from pathlib import Path

STAMP = ".protokoll-tables"


def tables_current(out_dir: Path, state: str) -> bool:
    """Were the tables in ``out_dir`` written from ``state``, and are all those files still there?"""
    stamp = out_dir / STAMP
    if not stamp.exists():
        return False
    first, *files = stamp.read_text(encoding="utf-8").splitlines()
    return first == state and bool(files) and all((out_dir / name).exists() for name in files)


def write_stamp(out_dir: Path, state: str, written: list[Path]) -> None:
    tmp = out_dir / f"{STAMP}.tmp"
    tmp.write_text("\n".join([state, *(p.name for p in written)]) + "\n", encoding="utf-8")
    os.replace(tmp, out_dir / STAMP)
