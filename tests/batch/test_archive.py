"""The archive: same tables as ``build_tables``, one transaction per document, resumable after kill -9."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from extractor import extract
from extractor.batch.archive import Archive, Entry
from extractor.batch.versions import DEFAULT_MODEL, model_fingerprint
from extractor.batch.settings import BatchSettings
from extractor.nlp import DEFAULT_MODEL as NLP_DEFAULT_MODEL
from extractor.records import ErrorRecord
from extractor.tables import build_tables

from conftest import german, write_text

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "examples"
HERE = Path(__file__).resolve().parent


def test_tables_from_archive_equal_build_tables() -> None:
    result = extract([EXAMPLES])
    expected = build_tables(result.extractions, result.errors)
    assert len(result.extractions) >= 10
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(result.tables[name], frame, obj=name)


def test_store_replaces_a_documents_rows(tmp_path: Path) -> None:
    with Archive(tmp_path / "a.sqlite", "1", "m") as archive:
        error = ErrorRecord("x.txt", "x", "empty", "x.txt is empty", "hint")
        archive.store(Entry("/abs/x.txt", "x.txt", "h1", 0, "x", error))
        archive.store(Entry("/abs/x.txt", "x.txt", "h2", 0, "x", error))
        assert len(archive.errors()) == 1
        assert archive.documents()["/abs/x.txt"].sha256 == "h2"


def test_model_path_matches_nlp() -> None:
    assert DEFAULT_MODEL == NLP_DEFAULT_MODEL
    assert model_fingerprint(Path("/nonexistent")) == "blank-de"
    assert model_fingerprint("blank") == "blank-de"
    assert model_fingerprint("de_core_news_md").startswith("de_core_news_md")
    assert model_fingerprint(DEFAULT_MODEL).startswith("de_")


def _run(script: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(script)], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_kill_during_a_transaction_leaves_no_partial_document(tmp_path: Path) -> None:
    """The process dies in the middle of storing a document's rows, before its commit."""
    write_text(tmp_path, "eins.txt", german(5))
    write_text(tmp_path, "zwei.txt", german(12))
    done = _run("""
        import os, signal
        from pathlib import Path
        from extractor import extract
        from extractor.batch.archive import Archive
        from extractor.batch.settings import BatchSettings
        real_insert = Archive._insert
        def insert_then_die(self, table, path, rows):
            real_insert(self, table, path, rows)
            if path.endswith("zwei.txt") and table == "attendees":
                os.kill(os.getpid(), signal.SIGKILL)
        Archive._insert = insert_then_die
        extract([Path("eins.txt"), Path("zwei.txt")], BatchSettings(archive=Path("a.sqlite")))
    """, tmp_path)
    assert done.returncode == -9
    db = sqlite3.connect(tmp_path / "a.sqlite")
    assert db.execute("SELECT source FROM documents").fetchall() == [("eins.txt",)]
    assert db.execute("SELECT DISTINCT doc_id FROM attendees").fetchall() == [("eins",)]


def test_kill_9_halfway_resumes_where_it_stopped(tmp_path: Path) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir()
    for n, name in enumerate(["a-01", "a-02", "a-03-killme", "a-04", "a-05"], start=1):
        write_text(folder, f"{name}.txt", german(n))
    killed = _run("""
        from pathlib import Path
        from extractor import extract
        from extractor.batch.settings import BatchSettings
        extract([Path("archiv")], BatchSettings(archive=Path("a.sqlite"), worker_hook="batch_faults:misbehave"))
    """, tmp_path)
    assert killed.returncode == -9  # the hook killed the whole run at the third file
    with Archive(tmp_path / "a.sqlite", "x", "y") as archive:
        assert sorted(Path(p).name for p in archive.documents()) == ["a-01.txt", "a-02.txt"]
    result = extract([folder], BatchSettings(archive=tmp_path / "a.sqlite"))
    assert (result.report.extracted, result.report.unchanged) == (3, 2)
    assert list(result.tables["meetings"]["doc_id"]) == ["a-01", "a-02", "a-03-killme", "a-04", "a-05"]


def test_changed_columns_start_the_rows_afresh(good_folder: Path, tmp_path: Path) -> None:
    """A column added to the tables: documents archived without it are extracted again."""
    archive = tmp_path / "a.sqlite"
    extract([good_folder], BatchSettings(archive=archive))
    db = sqlite3.connect(archive)
    db.execute("ALTER TABLE decisions DROP COLUMN kind")  # as archived by an older protokoll
    db.commit()
    db.close()
    result = extract([good_folder], BatchSettings(archive=archive))
    assert (result.report.extracted, result.report.unchanged) == (5, 0)
    assert "kind" in result.tables["decisions"].columns
