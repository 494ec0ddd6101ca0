"""Batch extraction: paths in, tables out; one bad file never stops the batch."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from extractor.errors import DocumentError
from extractor.ingest import SUPPORTED_SUFFIXES
from extractor.pipeline import process_file
from extractor.records import ErrorRecord, Extraction
from extractor.tables import build_tables

log = logging.getLogger(__name__)
_SKIP_NAMES = (".gold.json", ".series.json")


@dataclass
class Result:
    """The tables of a batch, the documents read and the files that failed."""

    tables: dict[str, pd.DataFrame]
    extractions: list[Extraction] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)


def collect_files(inputs: Iterable[Path | str]) -> list[Path]:
    """Files given directly, plus every protocol-like file below given folders."""
    files: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            files += sorted(p for p in item.rglob("*") if p.is_file() and _is_protocol(p))
        else:
            files.append(item)
    return list(dict.fromkeys(files))


def _is_protocol(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith(".") \
        and not path.name.endswith(_SKIP_NAMES) and path.name.upper() not in ("README.MD", "LICENSE.MD")


def assign_doc_ids(files: list[Path]) -> dict[Path, str]:
    """The file stem, made unique with the parent folder (then a counter) when stems clash."""
    ids: dict[Path, str] = {}
    taken: set[str] = set()
    stems = [f.stem for f in files]
    for f in files:
        doc_id = f.stem if stems.count(f.stem) == 1 else f"{f.parent.name}-{f.stem}"
        base, n = doc_id, 2
        while doc_id in taken:
            doc_id, n = f"{base}-{n}", n + 1
        taken.add(doc_id)
        ids[f] = doc_id
    return ids


def iter_extract(files: list[Path]) -> Iterator[Extraction | ErrorRecord]:
    for path, doc_id in assign_doc_ids(files).items():
        yield extract_one(path, doc_id)


def extract_one(path: Path, doc_id: str) -> Extraction | ErrorRecord:
    try:
        return process_file(path, doc_id)
    except DocumentError as err:
        return ErrorRecord(str(path), doc_id, err.kind, err.message, err.hint)
    except FileNotFoundError:
        return ErrorRecord(str(path), doc_id, "not_found", f"{path}: no such file", "Check the path.")
    except Exception as err:  # a bug in a stage must not cost the rest of the batch
        log.exception("internal error on %s", path)
        return ErrorRecord(str(path), doc_id, "internal", f"{type(err).__name__}: {err}",
                           "Please report this file as a bug.")


def extract(inputs: Iterable[Path | str]) -> Result:
    """Extract every protocol below ``inputs`` and return the tidy tables."""
    extractions: list[Extraction] = []
    errors: list[ErrorRecord] = []
    for outcome in iter_extract(collect_files(inputs)):
        (errors if isinstance(outcome, ErrorRecord) else extractions).append(outcome)
    return Result(build_tables(extractions, errors), extractions, errors)
