"""What runs in a worker process: read one file, check it, extract it, report how it went.

Every failure becomes an ``ErrorRecord`` here, so a worker only dies when the
supervisor kills it (timeout) or the system does (memory, crash).
"""
from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one process per core: no BLAS threads on top

import dataclasses
import importlib
import logging
import resource
import sys
import tempfile
import time
from pathlib import Path

from extractor.batch.language import check_german
from extractor.batch.tasks import Outcome, Task, WorkerOptions, internal_error, memory_error
from extractor.errors import DocumentError
from extractor.ingest import read_document
from extractor.ingest.document import Document
from extractor.nlp import build_pipeline
from extractor.pipeline import process_document
from extractor.records import ErrorRecord, Extraction

log = logging.getLogger(__name__)


def init_worker(options: WorkerOptions) -> None:
    """Pool initializer: load the model once, then cap what one file may add to memory."""
    build_pipeline()
    if options.max_memory_mb:
        limit_memory(options.max_memory_mb)


def limit_memory(extra_mb: int) -> None:
    """Address space = what the loaded worker uses now + ``extra_mb``: a limit per file, not per model."""
    soft = _address_space() + extra_mb * 2**20
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _address_space() -> int:
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:  # not Linux: count the resident set instead
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def run_task(task: Task, options: WorkerOptions) -> Outcome:
    started = time.perf_counter()
    result = _extract(task, options)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return Outcome(task.path, task.doc_id, result, time.perf_counter() - started, os.getpid(), peak_rss_mb(),
                   usage.ru_utime + usage.ru_stime)


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _extract(task: Task, options: WorkerOptions) -> Extraction | ErrorRecord:
    path = Path(task.path)
    try:
        if options.hook:
            _call_hook(options.hook, path)
        document = _read(task)
        check_german(document.text, path, options.min_german_share)
        return process_document(document, task.doc_id, build_pipeline())
    except DocumentError as err:
        return ErrorRecord(task.path, task.doc_id, err.kind, err.message, err.hint)
    except FileNotFoundError:
        return ErrorRecord(task.path, task.doc_id, "not_found", f"{path}: no such file", "Check the path.")
    except MemoryError:
        return memory_error(task)
    except Exception as err:  # a bug in a stage must not cost the rest of the batch
        log.exception("internal error on %s", path)
        return internal_error(task, err)


def _read(task: Task) -> Document:
    """The file itself, or its shipped bytes under the same name (provenance keeps the real path)."""
    if task.content is None:
        return read_document(task.path, max_bytes=None)  # the planner applied --max-size already
    with tempfile.TemporaryDirectory(prefix="protokoll-") as folder:
        copy = Path(folder) / Path(task.path).name
        copy.write_bytes(task.content)
        return dataclasses.replace(read_document(copy, max_bytes=None), path=Path(task.path))


def _call_hook(hook: str, path: Path) -> None:
    module, _, name = hook.partition(":")
    getattr(importlib.import_module(module), name)(path)
