"""The one settings object of a batch run, checked when it is made."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROGRESS_MODES = ("auto", "bar", "log", "off")


@dataclass(frozen=True)
class BatchSettings:
    """How a batch runs; ``jobs=0`` runs in this process (for debugging, no limits).

    ``timeout``, ``max_memory_mb`` and ``max_file_mb`` of 0 switch that limit
    off; ``min_german_share`` of 0 switches the language check off.
    ``archive=None`` keeps the archive in memory for this run only.
    """

    jobs: int = 0
    timeout: float = 120.0
    max_memory_mb: int = 2048
    max_file_mb: float = 100.0
    min_german_share: float = 0.05
    archive: Path | None = None
    reextract: bool = False
    retry_failed: bool = False
    prune: bool = False
    scheduler: str | None = None
    progress: str = "off"
    keep_extractions: bool = True
    worker_hook: str | None = None  # "module:function" called with each path in the worker (fault injection in tests)

    def __post_init__(self) -> None:
        _check_at_least("jobs", self.jobs, 0)
        for name in ("timeout", "max_memory_mb", "max_file_mb"):
            _check_at_least(name, getattr(self, name), 0)
        if not 0 <= self.min_german_share < 1:
            raise ValueError(f"min_german_share must be in [0, 1); got {self.min_german_share!r}")
        if self.progress not in PROGRESS_MODES:
            raise ValueError(f"Unknown progress mode {self.progress!r}; expected one of: {', '.join(PROGRESS_MODES)}")
        if self.worker_hook is not None and ":" not in self.worker_hook:
            raise ValueError(f"worker_hook must look like 'module:function'; got {self.worker_hook!r}")
        if self.archive is not None:
            object.__setattr__(self, "archive", Path(self.archive))

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 2**20)


def default_jobs() -> int:
    """All cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def _check_at_least(name: str, value: float, low: float) -> None:
    if not isinstance(value, (int, float)) or isinstance(value, bool) or value < low:
        raise ValueError(f"{name} must be a number >= {low}; got {value!r}")
