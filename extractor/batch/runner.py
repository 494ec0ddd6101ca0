"""A batch run: decide what needs extracting, run it on workers, store each result as it comes."""
from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.batch.archive import Archive, Entry, StoredDocument, file_sha256
from extractor.batch.executors import Executor, InlineExecutor, PoolExecutor, start_worker_server
from extractor.batch.inputs import assign_doc_ids
from extractor.batch.progress import Progress
from extractor.batch.settings import BatchSettings
from extractor.batch.tasks import Outcome, Task, WorkerOptions
from extractor.batch.versions import model_fingerprint, tool_version
from extractor.records import ErrorRecord, Extraction

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class _Planned:
    """A file that needs extracting, with what the archive will key it by."""

    task: Task
    key: str
    sha256: str
    size: int


@dataclass
class Plan:
    todo: list[_Planned] = field(default_factory=list)
    refused: list[Entry] = field(default_factory=list)  # too large: stored without reading the file
    unchanged: int = 0
    missing: list[ErrorRecord] = field(default_factory=list)


@dataclass
class BatchReport:
    """What a run did; per worker process: the highest resident memory and the CPU time used."""

    files: int = 0
    extracted: int = 0
    unchanged: int = 0
    pages: int = 0
    words: int = 0
    seconds: float = 0.0
    new_errors: Counter = field(default_factory=Counter)
    pruned: list[str] = field(default_factory=list)
    missing: list[ErrorRecord] = field(default_factory=list)
    extractions: list[Extraction] = field(default_factory=list)
    peak_rss_mb: dict[int, float] = field(default_factory=dict)
    cpu_seconds: dict[int, float] = field(default_factory=dict)  # per worker process


def open_archive(settings: BatchSettings) -> Archive:
    return Archive(settings.archive, tool_version(), model_fingerprint())


def run_batch(files: list[Path], settings: BatchSettings, archive: Archive) -> BatchReport:
    """Extract what is new or changed among ``files`` into ``archive``; one transaction per document."""
    plan = make_plan(files, settings, archive)
    if plan.todo and settings.jobs and not settings.scheduler:
        _start_workers_early()
    report = BatchReport(files=len(files), unchanged=plan.unchanged, missing=plan.missing)
    progress = Progress(len(plan.todo) + len(plan.refused), settings.progress)
    try:
        for entry in plan.refused:
            _store(archive, entry, report, progress)
        if plan.todo:
            _run(plan, settings, archive, report, progress)
    finally:
        progress.close()
    report.seconds = progress.elapsed
    if settings.prune:
        report.pruned = archive.prune()
    return report


def _start_workers_early() -> None:
    """The fork server loads the model (seconds) while this process loads pandas for ``final_tables``."""
    start_worker_server()
    import pandas  # noqa: F401


def make_plan(files: list[Path], settings: BatchSettings, archive: Archive) -> Plan:
    plan = Plan()
    stored = archive.documents()
    for path, doc_id in assign_doc_ids(files).items():
        try:
            stat = path.stat()
        except OSError as err:
            plan.missing.append(ErrorRecord(str(path), doc_id, "not_found", f"{path}: {err.strerror or err}",
                                            "Check the path."))
            continue
        key = str(path.resolve())
        if settings.max_file_bytes and stat.st_size > settings.max_file_bytes:
            _plan_refusal(plan, archive, stored.get(key), path, key, doc_id, stat, settings)
            continue
        sha = file_sha256(path)
        previous = stored.get(key)
        if archive.is_current(previous, sha, doc_id) and not settings.reextract \
                and not (settings.retry_failed and previous.status == "error"):
            plan.unchanged += 1
        else:
            plan.todo.append(_Planned(Task(str(path), doc_id), key, sha, stat.st_size))
    return plan


def _plan_refusal(plan: Plan, archive: Archive, previous: StoredDocument | None, path: Path, key: str, doc_id: str,
                  stat: os.stat_result, settings: BatchSettings) -> None:
    """A file over the size limit is refused from its size alone, keyed by size and time."""
    sha = f"stat:{stat.st_size}:{stat.st_mtime_ns}"
    if archive.is_current(previous, sha, doc_id) and not settings.reextract:
        plan.unchanged += 1
        return
    error = ErrorRecord(
        str(path), doc_id, "too_large",
        f"{path.name} has {stat.st_size / 2**20:,.0f} MB; the limit is {settings.max_file_mb:g} MB. "
        "It was not read.",
        "Split the file or remove embedded images, or raise --max-size (MB).")
    plan.refused.append(Entry(key, str(path), sha, stat.st_size, doc_id, error))


def _run(plan: Plan, settings: BatchSettings, archive: Archive, report: BatchReport, progress: Progress) -> None:
    planned = {item.task.path: item for item in plan.todo}
    executor = make_executor(settings)
    try:
        for outcome in executor.run(item.task for item in plan.todo):
            item = planned.pop(outcome.path)
            entry = Entry(item.key, item.task.path, item.sha256, item.size, item.task.doc_id, outcome.result,
                          outcome.seconds)
            _store(archive, entry, report, progress, outcome)
            if settings.keep_extractions and isinstance(outcome.result, Extraction):
                report.extractions.append(outcome.result)
    except BaseException:
        executor.stop()
        raise
    executor.close()
    order = {item.task.doc_id: i for i, item in enumerate(plan.todo)}
    report.extractions.sort(key=lambda ex: order[ex.doc_id])


def make_executor(settings: BatchSettings) -> Executor:
    options = WorkerOptions(settings.min_german_share, settings.max_memory_mb, settings.worker_hook)
    if settings.scheduler:
        from extractor.batch.cluster import DaskExecutor

        return DaskExecutor(settings.scheduler, options, settings.timeout)
    if settings.jobs == 0:
        return InlineExecutor(options)
    return PoolExecutor(settings.jobs, options, settings.timeout)


def _store(archive: Archive, entry: Entry, report: BatchReport, progress: Progress,
           outcome: Outcome | None = None) -> None:
    archive.store(entry)
    result = entry.outcome
    if isinstance(result, ErrorRecord):
        report.new_errors[result.kind] += 1
    else:
        report.extracted += 1
        report.pages += result.pages
        report.words += result.words
    if outcome is not None and outcome.pid:
        report.peak_rss_mb[outcome.pid] = max(report.peak_rss_mb.get(outcome.pid, 0.0), outcome.peak_rss_mb)
        report.cpu_seconds[outcome.pid] = max(report.cpu_seconds.get(outcome.pid, 0.0), outcome.cpu_seconds)
    progress.advance(result.pages if isinstance(result, Extraction) else 0, isinstance(result, ErrorRecord))


def final_tables(archive: Archive, report: BatchReport) -> dict[str, pd.DataFrame]:
    """The archive's tables, with this run's missing inputs added to ``errors``."""
    import pandas as pd

    from extractor.tables import ERROR_COLUMNS

    from extractor.series_people import spell_out_series_initials

    tables = spell_out_series_initials(archive.tables())
    if report.missing:
        missing = pd.DataFrame([[getattr(e, c) for c in ERROR_COLUMNS] for e in report.missing],
                               columns=ERROR_COLUMNS).astype(tables["errors"].dtypes.to_dict())
        tables["errors"] = pd.concat([tables["errors"], missing], ignore_index=True)
    return tables
