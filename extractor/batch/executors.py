"""Running tasks: in this process (``jobs=0``) or in a supervised pool of worker processes.

The pool is pebble's ``ProcessPool``: it starts each worker with an
initializer (model loaded once), kills a worker whose task runs past its
timeout and starts a new one, and reports a worker that died.  Workers are
forked from a fork server that has already loaded the model, so starting
or replacing one is quick and the model's memory is shared.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Protocol

from extractor.batch.tasks import Outcome, Task, WorkerOptions, crash_error, internal_error, timeout_error

RECYCLE_AFTER = 1000  # tasks per worker: keeps spaCy's growing string store in check
_PRELOAD = ["extractor.batch.preload"]


class Executor(Protocol):
    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]: ...
    def close(self) -> None: ...
    def stop(self) -> None: ...


class InlineExecutor:
    """One file after the other in this process: for debugging; no time or memory limit."""

    def __init__(self, options: WorkerOptions) -> None:
        from extractor.batch.worker import run_task

        self._run_task = run_task
        self._options = options

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        for task in tasks:
            yield self._run_task(task, self._options)

    def close(self) -> None:
        pass

    def stop(self) -> None:
        pass


class PoolExecutor:
    """``jobs`` worker processes; at most two tasks per worker are waiting at any time."""

    def __init__(self, jobs: int, options: WorkerOptions, timeout: float) -> None:
        self._pool = new_pool(jobs, options)
        self._options = options
        self._timeout = timeout or None
        self._window = 2 * jobs

    def run(self, tasks: Iterable[Task]) -> Iterator[Outcome]:
        pending: dict[Future, Task] = {}
        for task in tasks:
            future = self._pool.schedule(run_in_worker, (task, self._options), timeout=self._timeout)
            pending[future] = task
            if len(pending) >= self._window:
                yield from _completed(pending, self._timeout)
        while pending:
            yield from _completed(pending, self._timeout)

    def close(self) -> None:
        self._pool.close()
        self._pool.join()

    def stop(self) -> None:
        self._pool.stop()
        self._pool.join()


def new_pool(jobs: int, options: WorkerOptions):
    """A pebble pool whose workers load the model once and then limit their memory."""
    from pebble import ProcessPool

    return ProcessPool(max_workers=jobs, max_tasks=RECYCLE_AFTER, initializer=init_in_worker,
                       initargs=(options,), context=worker_context())


def worker_context() -> multiprocessing.context.BaseContext:
    """A fork server with the model preloaded where there is one (Linux, macOS), else spawn."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(_PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def start_worker_server() -> None:
    """Start the fork server now: it loads the model while this process goes on (the first worker waits for it)."""
    if worker_context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


# Pebble sends the pool its functions by name: these two import the worker (spaCy, the model) in the
# worker processes only, so the parent process never loads spaCy (0.5 s of a run's serial part).

def init_in_worker(options: WorkerOptions) -> None:
    from extractor.batch.worker import init_worker

    init_worker(options)


def run_in_worker(task: Task, options: WorkerOptions) -> Outcome:
    from extractor.batch.worker import run_task

    return run_task(task, options)


def _completed(pending: dict[Future, Task], timeout: float | None) -> Iterator[Outcome]:
    done, _ = wait(pending, return_when=FIRST_COMPLETED)
    for future in done:
        yield outcome_of(future, pending.pop(future), timeout)


def outcome_of(future: Future, task: Task, timeout: float | None) -> Outcome:
    """The task's outcome, or an error outcome for a killed, crashed or failing worker."""
    from pebble import ProcessExpired

    try:
        return future.result()
    except BrokenProcessPool as err:  # no worker could start (e.g. the model does not load): stop the batch
        raise RuntimeError(f"The worker processes could not start ({err}); run with --jobs 0 to see why.") from err
    except TimeoutError:
        return Outcome(task.path, task.doc_id, timeout_error(task, timeout or 0))
    except ProcessExpired as err:
        return Outcome(task.path, task.doc_id, crash_error(task, err.exitcode))
    except Exception as err:  # the task could not be sent, or its result not returned
        return Outcome(task.path, task.doc_id, internal_error(task, err))
