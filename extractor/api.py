"""Batch extraction: paths in, tables out; one bad file never stops the batch."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.batch.inputs import assign_doc_ids, collect_files
from extractor.batch.settings import BatchSettings
from extractor.records import ErrorRecord, Extraction

if TYPE_CHECKING:
    import pandas as pd

    from extractor.batch.runner import BatchReport

__all__ = ["BatchSettings", "Result", "assign_doc_ids", "collect_files", "extract", "extract_one"]


@dataclass
class Result:
    """The tables of a batch, the documents read and the files that failed."""

    tables: dict[str, pd.DataFrame]
    extractions: list[Extraction] = field(default_factory=list)
    errors: list[ErrorRecord] = field(default_factory=list)
    report: BatchReport | None = None


def extract(inputs: Iterable[Path | str], settings: BatchSettings | None = None) -> Result:
    """Extract every protocol below ``inputs`` and return the tidy tables.

    By default the files are read one after the other in this process and the
    archive lives in memory; ``BatchSettings(jobs=4, archive=Path("a.sqlite"))``
    runs four worker processes and keeps the results for the next run.
    """
    from extractor.batch.runner import final_tables, open_archive, run_batch

    settings = settings or BatchSettings()
    with open_archive(settings) as archive:
        report = run_batch(collect_files(inputs), settings, archive)
        tables = final_tables(archive, report)
        errors = archive.errors() + report.missing
    return Result(tables, report.extractions, errors, report)


def extract_one(path: Path, doc_id: str) -> Extraction | ErrorRecord:
    """One file in this process, every problem as an ``ErrorRecord``."""
    from extractor.batch.tasks import Task, WorkerOptions
    from extractor.batch.worker import run_task

    return run_task(Task(str(path), doc_id), WorkerOptions()).result
