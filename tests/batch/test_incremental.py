"""Re-runs: only new or changed files are extracted; tables are (re)written from the archive."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from extractor import extract
from extractor.batch.archive import Archive
from extractor.batch.settings import BatchSettings
from extractor.cli import main

from conftest import ENGLISH, german, write_text


def _run(folder: Path, archive: Path, **kwargs) -> object:
    return extract([folder], BatchSettings(archive=archive, **kwargs))


def test_rerun_extracts_nothing(good_folder: Path, tmp_path: Path) -> None:
    first = _run(good_folder, tmp_path / "a.sqlite")
    again = _run(good_folder, tmp_path / "a.sqlite")
    assert (first.report.extracted, again.report.extracted, again.report.unchanged) == (5, 0, 5)
    for name, frame in first.tables.items():
        pd.testing.assert_frame_equal(again.tables[name], frame, obj=name)


def test_changed_file_replaces_its_rows(good_folder: Path, tmp_path: Path) -> None:
    first = _run(good_folder, tmp_path / "a.sqlite")
    write_text(good_folder, "vorstand-2024-03-05.txt", german(5).replace("Gemeindehaus, Kirchstraße 3", "Rathaus"))
    result = _run(good_folder, tmp_path / "a.sqlite")
    assert (result.report.extracted, result.report.unchanged) == (1, 4)
    meetings = result.tables["meetings"].set_index("doc_id")
    assert len(meetings) == 5 and meetings.loc["vorstand-2024-03-05", "location"] == "Rathaus"
    for name in ("decisions", "attendees", "agenda_items"):  # replaced, not added to
        assert len(result.tables[name]) == len(first.tables[name]) > 0


def test_deleted_file_kept_until_pruned(good_folder: Path, tmp_path: Path) -> None:
    _run(good_folder, tmp_path / "a.sqlite")
    (good_folder / "vorstand-2024-03-12.txt").unlink()
    kept = _run(good_folder, tmp_path / "a.sqlite")
    assert "vorstand-2024-03-12" in set(kept.tables["meetings"]["doc_id"])
    pruned = _run(good_folder, tmp_path / "a.sqlite", prune=True)
    assert [Path(p).name for p in pruned.report.pruned] == ["vorstand-2024-03-12.txt"]
    assert "vorstand-2024-03-12" not in set(pruned.tables["meetings"]["doc_id"])
    assert not (pruned.tables["attendees"]["doc_id"] == "vorstand-2024-03-12").any()


@pytest.mark.parametrize("change, extracted", [
    ({"reextract": True}, 5),
    ({"tool_version": "0.0.1-old"}, 5),  # archived by another version: extracted again
    ({"model": "de_protokoll-0.9-old"}, 5),  # archived with another model
    ({}, 0),
])
def test_reextract_on_request_or_new_version(good_folder: Path, tmp_path: Path, change: dict, extracted: int,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "a.sqlite"
    if "tool_version" in change:
        monkeypatch.setattr("extractor.batch.runner.tool_version", lambda: change["tool_version"])
    if "model" in change:
        monkeypatch.setattr("extractor.batch.runner.model_fingerprint", lambda: change["model"])
    _run(good_folder, archive)
    monkeypatch.undo()
    result = _run(good_folder, archive, reextract=change.get("reextract", False))
    assert result.report.extracted == extracted
    with Archive(archive, "?", "?") as opened:
        assert {d.tool_version for d in opened.documents().values()} != {"0.0.1-old"}


def test_failed_files_retried_on_request(tmp_path: Path) -> None:
    write_text(tmp_path, "english.txt", ENGLISH)
    archive = tmp_path / "a.sqlite"
    assert [e.kind for e in _run(tmp_path / "english.txt", archive).errors] == ["not_german"]
    assert _run(tmp_path / "english.txt", archive).report.extracted == 0
    forced = _run(tmp_path / "english.txt", archive, retry_failed=True, min_german_share=0)
    assert forced.errors == [] and forced.report.extracted == 1


def test_cli_rerun_keeps_current_tables(good_folder: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out"
    args = ["extract", str(good_folder), "--out", str(out), "--jobs", "0", "--progress", "off"]
    assert main(args) == 0
    assert (out / "protokoll.sqlite").exists()
    written = (out / "meetings.csv").stat().st_mtime_ns
    capsys.readouterr()
    assert main(args) == 0
    printed = capsys.readouterr().out
    assert "0 extracted now" in printed and "5 unchanged" in printed and "Tables up to date" in printed
    assert (out / "meetings.csv").stat().st_mtime_ns == written
    (out / "decisions.csv").unlink()  # a missing table is written again
    assert main(args) == 0 and (out / "decisions.csv").exists()
