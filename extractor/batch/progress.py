"""Progress of a batch: a tqdm bar on a terminal, a log line every few seconds otherwise."""
from __future__ import annotations

import datetime as dt
import logging
import sys
import time
from typing import TextIO

from tqdm import tqdm

log = logging.getLogger("extractor.batch")
LOG_EVERY = 10.0  # seconds between plain progress lines


class _Bar(tqdm):
    """No monitor thread: the bar is updated once per document, and a process without threads may fork."""

    monitor_interval = 0


class Progress:
    """Counts documents and pages; ``mode`` is auto, bar, log or off."""

    def __init__(self, total: int, mode: str = "auto", stream: TextIO | None = None) -> None:
        self.total = total
        self.done = 0
        self.pages = 0
        self.failed = 0
        self._stream = stream or sys.stderr
        self._started = time.monotonic()
        self._last_line = self._started
        if mode == "auto":
            mode = "bar" if self._stream.isatty() else "log"
        self._mode = mode
        self._bar = _Bar(total=total, unit="doc", file=self._stream, dynamic_ncols=True,
                         smoothing=0.1) if mode == "bar" and total else None

    def advance(self, pages: int, failed: bool = False) -> None:
        self.done += 1
        self.pages += pages
        self.failed += failed
        if self._bar is not None:
            self._bar.set_postfix_str(f"{self.pages} pages, {self.pages / self.elapsed:.1f} pages/s", refresh=False)
            self._bar.update(1)
        elif self._mode == "log" and (time.monotonic() - self._last_line >= LOG_EVERY or self.done == self.total):
            self._last_line = time.monotonic()
            print(self.line(), file=self._stream, flush=True)

    @property
    def elapsed(self) -> float:
        return max(time.monotonic() - self._started, 1e-9)

    def line(self) -> str:
        rate = self.done / self.elapsed
        left = (self.total - self.done) / rate if rate else 0.0
        return (f"{self.done}/{self.total} documents, {self.pages} pages, {self.failed} failed, "
                f"{rate:.1f} docs/s, {self.pages / self.elapsed:.1f} pages/s, "
                f"about {dt.timedelta(seconds=round(left))} left")

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
