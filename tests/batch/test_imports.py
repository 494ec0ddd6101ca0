"""The batch's own process stays light: spaCy loads only in the workers, pandas only when tables are made."""
from __future__ import annotations

import subprocess
import sys
import textwrap


def test_parent_loads_neither_spacy_nor_pandas_before_it_needs_them(tmp_path) -> None:
    script = f"""
        import sys
        from pathlib import Path
        from extractor.batch.executors import PoolExecutor
        from extractor.batch.runner import make_plan, open_archive
        from extractor.batch.settings import BatchSettings
        from extractor.batch.tasks import WorkerOptions

        settings = BatchSettings(jobs=2, archive=Path({str(tmp_path / "a.sqlite")!r}))
        with open_archive(settings) as archive:
            make_plan([], settings, archive)
        PoolExecutor(2, WorkerOptions(), 10).close()
        print(sorted(name for name in ("spacy", "pandas") if name in sys.modules))
    """
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
