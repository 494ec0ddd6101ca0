"""Running the batch on a Dask cluster (``--scheduler ADDRESS``).

The client reads each file and sends its bytes with the task, so workers
need no shared file system; results come back to the client, which stores
them in its archive.  On each Dask worker the file is extracted in the same
supervised pool as on one machine (timeout, memory limit, model loaded once
per process), unless the worker is a daemonic process (Dask's default for
workers started by a nanny), which may not start processes: there the file
is extracted in the worker's own thread, once per process loaded model,
without the time and memory limits (start workers with
``DASK_DISTRIBUTED__WORKER__DAEMON=False`` to keep them).
"""
from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from extractor.batch.executors import new_pool, outcome_of
from extractor.batch.tasks import Outcome, Task, WorkerOptions

log = logging.getLogger(__name__)
_pools: dict[WorkerOptions, object] = {}
_pools_lock = threading.Lock()


class DaskExecutor:
    """Sends tasks to the cluster at ``address``; keeps about two tasks per worker thread in flight."""

    def __init__(self, address: str, options: WorkerOptions, timeout: float) -> None:
        from distributed import Client

        self._client = Client(address)
        self._options = options
        self._timeout = timeout

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        from distributed import as_completed

        window = max(2 * sum(self._client.nthreads().values()), 2)
        running = as_completed()
        for task in tasks:
            running.add(self._submit(task))
            if running.count() >= window:
                yield next(running).result()
        for future in running:
            yield future.result()

    def _submit(self, task: Task):
        shipped = dataclasses.replace(task, content=Path(task.path).read_bytes())
        return self._client.submit(run_on_worker, shipped, self._options, self._timeout, pure=False)

    def close(self) -> None:
        try:
            self._client.run(close_worker_pools)
        finally:
            self._client.close()


def run_on_worker(task: Task, options: WorkerOptions, timeout: float) -> Outcome:
    """Runs on a Dask worker: the task in this worker's supervised pool, or inline where that cannot be."""
    from extractor.batch.worker import run_task

    pool = _worker_pool(options)
    if pool is None:
        return run_task(task, options)
    future = pool.schedule(run_task, (task, options), timeout=timeout or None)
    return outcome_of(future, task, timeout)


def _worker_pool(options: WorkerOptions):
    if multiprocessing.current_process().daemon:
        return None
    from distributed import get_worker

    threads = get_worker().state.nthreads
    with _pools_lock:
        if options not in _pools:
            _pools[options] = new_pool(threads, options)
        return _pools[options]


def close_worker_pools() -> None:
    with _pools_lock:
        for pool in _pools.values():
            pool.close()
            pool.join()
        _pools.clear()
