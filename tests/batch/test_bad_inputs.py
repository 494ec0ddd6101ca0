"""Every kind of bad file gets a clear error row; the good files around it are fully extracted."""
from __future__ import annotations

import time
from pathlib import Path

import pandas as pd
import pytest

from extractor import extract
from extractor.batch.settings import BatchSettings
from extractor.cli import main

from batch_faults import HOOK
from conftest import make_bad_files, german, write_text

POOL = dict(jobs=1, timeout=2, max_memory_mb=300, worker_hook=HOOK)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory):
    """One batch on a worker pool: good files, every bad file, a hanging and a hungry one."""
    folder = tmp_path_factory.mktemp("gemischt")
    expected = make_bad_files(folder)
    for day in (5, 12):
        write_text(folder, f"gut-2024-03-{day:02d}.txt", german(day))
    write_text(folder, "gut-latin1.txt", german(19), encoding="latin-1")
    write_text(folder, "hang-2024-03-20.txt", german(20))
    write_text(folder, "hungry-2024-03-21.txt", german(21))
    expected |= {"hang-2024-03-20.txt": "timeout", "hungry-2024-03-21.txt": "memory"}
    started = time.monotonic()
    result = extract([folder], BatchSettings(**POOL))
    return result, expected, time.monotonic() - started


@pytest.mark.parametrize("name, kind", [
    ("kaputt.pdf", "corrupt"),
    ("geschuetzt.pdf", "encrypted"),
    ("scan.pdf", "no_text_layer"),
    ("leer.txt", "empty"),
    ("bild.txt", "binary"),
    ("riesig.txt", "too_large"),
    ("bombe.docx", "zip_bomb"),
    ("minutes-english.txt", "not_german"),
    ("hang-2024-03-20.txt", "timeout"),
    ("hungry-2024-03-21.txt", "memory"),
])
def test_each_bad_file_has_a_clear_error_row(mixed, name: str, kind: str) -> None:
    result, _, _ = mixed
    rows = result.tables["errors"][result.tables["errors"]["file"].str.endswith(name)]
    assert list(rows["kind"]) == [kind]
    row = rows.iloc[0]
    assert name in row["message"] and len(row["hint"]) > 10


def test_scan_message_says_ocr_is_needed(mixed) -> None:
    errors = mixed[0].tables["errors"].set_index("kind")
    assert "OCR" in errors.loc["no_text_layer", "hint"]


def test_good_files_fully_extracted(mixed) -> None:
    result, expected, seconds = mixed
    meetings = result.tables["meetings"].set_index("doc_id")
    assert sorted(meetings.index) == ["gut-2024-03-05", "gut-2024-03-12", "gut-latin1"]
    assert len(result.tables["errors"]) == len(expected)
    for doc_id in meetings.index:
        assert meetings.loc[doc_id, "location"] == "Gemeindehaus, Kirchstraße 3"
        assert (result.tables["decisions"]["doc_id"] == doc_id).sum() >= 1
    assert seconds < 30  # the hanging file costs its timeout, not a minute


def test_latin1_is_read_not_refused(mixed) -> None:
    attendees = mixed[0].tables["attendees"]
    names = set(attendees[attendees["doc_id"] == "gut-latin1"]["name"])
    assert "Jürgen Öztürk" in names
    assert "Kirchstraße" in mixed[0].tables["meetings"].set_index("doc_id").loc["gut-latin1", "location"]


def test_too_large_is_refused_without_reading(tmp_path: Path) -> None:
    make_bad_files(tmp_path)
    started = time.monotonic()
    result = extract([tmp_path / "riesig.txt"], BatchSettings(max_file_mb=100))
    assert [e.kind for e in result.errors] == ["too_large"]
    assert "200 MB" in result.errors[0].message and "100 MB" in result.errors[0].message
    assert time.monotonic() - started < 2


def test_cli_mixed_batch_summary(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    make_bad_files(folder)
    write_text(folder, "gut.txt", german())
    code = main(["extract", str(folder), "--out", str(tmp_path / "out"), "--jobs", "1", "--progress", "off"])
    out = capsys.readouterr().out
    assert code == 1
    assert "1 documents extracted, 8 failed" in out
    for kind in ("corrupt", "encrypted", "no_text_layer", "empty", "binary", "too_large", "zip_bomb", "not_german"):
        assert f"{kind} 1" in out
    errors = pd.read_csv(tmp_path / "out" / "errors.csv")
    assert len(errors) == 8 and list(errors.columns) == ["file", "doc_id", "kind", "message", "hint"]
    assert len(pd.read_csv(tmp_path / "out" / "meetings.csv")) == 1


def test_missing_input_is_an_error_row_not_archived(tmp_path: Path) -> None:
    write_text(tmp_path, "gut.txt", german())
    result = extract([tmp_path / "gut.txt", tmp_path / "fehlt.txt"], BatchSettings(archive=tmp_path / "a.sqlite"))
    assert [(e.doc_id, e.kind) for e in result.errors] == [("fehlt", "not_found")]
    assert list(result.tables["errors"]["kind"]) == ["not_found"]
    assert len(result.tables["meetings"]) == 1
