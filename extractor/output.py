"""Write the tables as CSV, one XLSX workbook and Parquet, atomically and formula-safe."""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd

# OWASP "CSV injection": a cell starting with one of these may run as a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Prefix a risky text cell with an apostrophe, as spreadsheet programs expect."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_string_dtype(out[column]) or out[column].dtype == object:
            out[column] = out[column].map(neutralise, na_action="ignore")
    return out


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path, formats: tuple[str, ...] = ("csv", "xlsx", "parquet")) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    if "csv" in formats:
        for name, frame in tables.items():
            path = out_dir / f"{name}.csv"
            _atomic(path, lambda tmp, f=frame: safe_frame(f).to_csv(tmp, index=False, encoding="utf-8"))
            written.append(path)
    if "parquet" in formats:
        for name, frame in tables.items():
            path = out_dir / f"{name}.parquet"
            _atomic(path, lambda tmp, f=frame: f.to_parquet(tmp, index=False))
            written.append(path)
    if "xlsx" in formats:
        path = out_dir / "protokoll.xlsx"
        _atomic(path, lambda tmp: _write_xlsx(tables, tmp))
        written.append(path)
    return written


def _write_xlsx(tables: dict[str, pd.DataFrame], path: Path) -> None:
    with pd.ExcelWriter(path, engine="openpyxl") as writer:
        for name, frame in tables.items():
            safe_frame(frame).to_excel(writer, sheet_name=name[:31], index=False)


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Write to a temporary file beside ``path`` and rename it: readers never see half a file."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.stem}.tmp-", suffix=path.suffix, dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
