"""The normalised text of one protocol, with a map back to its source pages."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Document:
    """Readers produce this: one text in light Markdown, every offset traceable.

    Every reader renders structure the same way, so later stages parse one
    notation: headings as ``# Titel`` (DOCX heading styles become ``#``),
    bullets as ``- ``, numbered list items as written (``1. ``), table rows
    as ``| a | b |``, bold labels as ``**Anwesend:**``.  ``page_starts[i]``
    is the offset in ``text`` where page ``i + 1`` begins (``(0,)`` for
    formats without pages).
    """

    path: Path
    format: str
    text: str
    page_starts: tuple[int, ...] = (0,)
    encoding: str | None = None
    warnings: tuple[str, ...] = field(default_factory=tuple)

    def page_at(self, offset: int) -> int:
        """1-based page number of the character at ``offset``."""
        return bisect.bisect_right(self.page_starts, offset)

    @property
    def pages(self) -> int:
        return len(self.page_starts)
