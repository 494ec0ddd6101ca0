"""Worker processes give the same tables as one process; progress is reported."""
from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from extractor import extract
from extractor.batch.progress import Progress
from extractor.batch.settings import BatchSettings


def test_two_workers_equal_in_process(good_folder: Path) -> None:
    inline = extract([good_folder])
    pooled = extract([good_folder], BatchSettings(jobs=2))
    assert len(pooled.extractions) == 5 and pooled.report.peak_rss_mb
    for name, frame in inline.tables.items():
        pd.testing.assert_frame_equal(pooled.tables[name], frame, obj=name)
    assert [e.doc_id for e in pooled.extractions] == [e.doc_id for e in inline.extractions]


def test_log_lines_when_not_a_terminal() -> None:
    stream = io.StringIO()
    progress = Progress(2, "auto", stream)
    progress.advance(3)
    progress.advance(1, failed=True)
    progress.close()
    assert stream.getvalue().startswith("2/2 documents, 4 pages, 1 failed,")
    assert "pages/s" in stream.getvalue() and "left" in stream.getvalue()


def test_bar_on_a_terminal() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Terminal()
    progress = Progress(3, "auto", stream)
    for pages in (2, 2, 1):
        progress.advance(pages)
    progress.close()
    assert "3/3" in stream.getvalue() and "5 pages" in stream.getvalue()
