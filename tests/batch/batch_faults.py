"""Fault injection for the batch tests, called in the worker before a file is read.

A file whose name contains "hang" sleeps, "hungry" allocates far more
than any test memory limit, "killme" kills its own process, as a crash
or a ``kill -9`` of the whole run would.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

HOOK = "batch_faults:misbehave"


def misbehave(path: Path) -> None:
    if "hang" in path.name:
        time.sleep(60)
    if "hungry" in path.name:
        hoard = bytearray(4 * 2**30)  # 4 GB: beyond any limit set in the tests
        hoard[::4096] = b"x" * len(hoard[::4096])
    if "killme" in path.name:
        os.kill(os.getpid(), signal.SIGKILL)
