"""protokoll: German meeting protocols to tidy tables."""
from __future__ import annotations

from extractor.api import Result, extract
from extractor.temporal import resolve_deadline

__all__ = ["extract", "Result", "resolve_deadline"]
__version__ = "0.1.0"
