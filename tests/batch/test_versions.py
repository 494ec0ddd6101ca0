"""The archive's tool version changes with the rules, so stale extractions are redone."""
from __future__ import annotations

from pathlib import Path

from extractor.batch import versions


def test_fingerprint_follows_the_code(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "lang").mkdir()
    rules = tmp_path / "lang" / "findings.py"
    rules.write_text('TODO_CUES = ("TODO",)\n', encoding="utf-8")
    monkeypatch.setattr(versions, "_PACKAGE", tmp_path)
    versions.rules_fingerprint.cache_clear()
    before = versions.rules_fingerprint()
    rules.write_text('TODO_CUES = ("TODO", "Aufgabe")\n', encoding="utf-8")
    versions.rules_fingerprint.cache_clear()
    assert versions.rules_fingerprint() != before
    versions.rules_fingerprint.cache_clear()


def test_tool_version_names_release_and_rules() -> None:
    release, _, rules = versions.tool_version().partition("+")
    assert release and len(rules) == 10
