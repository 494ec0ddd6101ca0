"""What travels between the batch and its workers: tasks, options, outcomes, and the errors a supervisor reports.

Kept free of spaCy and pandas, so that a run with nothing to do starts fast.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from extractor.records import ErrorRecord, Extraction


@dataclass(frozen=True)
class Task:
    """One file to extract; ``content`` carries the bytes to workers that cannot see the file."""

    path: str
    doc_id: str
    content: bytes | None = None


@dataclass(frozen=True)
class WorkerOptions:
    min_german_share: float = 0.05
    max_memory_mb: int = 0
    hook: str | None = None  # "module:function" called with each path before it is read


@dataclass(frozen=True)
class Outcome:
    """The result of one task, with what the worker measured."""

    path: str
    doc_id: str
    result: Extraction | ErrorRecord
    seconds: float = 0.0
    pid: int = 0
    peak_rss_mb: float = 0.0
    cpu_seconds: float = 0.0  # of the worker process so far


def memory_error(task: Task, detail: str = "") -> ErrorRecord:
    return ErrorRecord(
        task.path, task.doc_id, "memory",
        f"{Path(task.path).name} needed more memory than the limit allows{detail}; it was skipped.",
        "Raise --max-memory (MB per file) if the machine has it, or split the file.")


def timeout_error(task: Task, seconds: float) -> ErrorRecord:
    return ErrorRecord(
        task.path, task.doc_id, "timeout",
        f"{Path(task.path).name} took longer than {seconds:g} s; its worker was stopped and replaced.",
        "Check the file (very long, or damaged so that the reader loops); raise --timeout to allow more time.")


def crash_error(task: Task, exitcode: int | None) -> ErrorRecord:
    if exitcode == -9:  # SIGKILL from outside: on Linux almost always the out-of-memory killer
        return memory_error(task, " (the system killed its worker)")
    return ErrorRecord(
        task.path, task.doc_id, "internal",
        f"The worker reading {Path(task.path).name} crashed (exit code {exitcode}); it was replaced.",
        "Please report this file as a bug; the rest of the batch was not affected.")


def internal_error(task: Task, error: BaseException) -> ErrorRecord:
    return ErrorRecord(task.path, task.doc_id, "internal", f"{type(error).__name__}: {error}",
                       "Please report this file as a bug; the rest of the batch was not affected.")
