"""Choosing the spaCy pipeline: the shipped model, another one, or none, with clear errors."""
from __future__ import annotations

import pytest

from extractor.cli import main
from extractor.nlp import DEFAULT_MODEL, ModelNotFound, build_pipeline, check_model


def test_shipped_model_is_the_default() -> None:
    nlp = build_pipeline()
    assert "ner" in nlp.pipe_names and nlp.pipe_names[-2:] == ["protokoll_decisions", "protokoll_actions"]
    assert (DEFAULT_MODEL / "meta.json").exists()


def test_blank_runs_the_rules_alone() -> None:
    nlp = build_pipeline("blank")
    assert nlp.pipe_names == ["protokoll_decisions", "protokoll_actions"]


@pytest.mark.parametrize("model, message", [
    ("de_core_news_md", "not installed"),
    ("/", "no meta.json"),
])
def test_missing_model_is_named(model: str, message: str) -> None:
    with pytest.raises(ModelNotFound, match=message):
        check_model(model)


def test_cli_says_which_model_is_missing(tmp_path, capsys) -> None:
    protocol = tmp_path / "p.txt"
    protocol.write_text("Protokoll der Sitzung am 01.02.2024\n\nTOP 1: Begrüßung\n", encoding="utf-8")
    assert main(["extract", str(protocol), "--out", str(tmp_path / "out"), "--model", "de_core_news_md"]) == 2
    assert "python -m spacy download de_core_news_md" in capsys.readouterr().err


def test_the_model_names_a_doer_the_attendance_list_does_not_know() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """Protokoll der Mitgliederversammlung am 08.02.2025

Versammlungsleitung: Katrin Oswald
Anwesend: 31 Mitglieder

TOP 1 Beiträge

- Der Beitrag steigt ab April auf 20 €. Angenommen mit 25 Ja-Stimmen.
- Johanna Reiß informiert alle Mitglieder bis Ende Februar schriftlich über die neuen Beiträge.
- Matthias Trepper soll zum nächsten Jubiläum eingeladen werden.
"""
    tasks = process_document(Document(Path("mv.md"), "markdown", text), "mv").action_items
    named = {t.task[:16]: t.responsible for t in tasks}
    assert named["Johanna Reiß inf"] == ["Johanna Reiß"]
    assert named.get("Matthias Trepper", []) == []  # the subject of a passive is no doer


def test_with_a_head_count_the_doer_is_named_as_written() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """# Plenum 18.01.2025

Anwesend: 14 Leute
Moderation: Svenja
Protokoll: Tobi

## 1. Depots

- Henne organisiert bis zum Mitmachtag Suppe und Brot für alle
- Svenja schreibt die Einladung
"""
    tasks = process_document(Document(Path("p.md"), "markdown", text), "p").action_items
    assert [t.responsible for t in tasks] == [["Henne"], ["Svenja"]]


def test_the_model_reads_only_clauses_that_may_name_someone_in_full() -> None:
    from extractor.stages.doers import named_by_model

    def model(text: str):
        raise AssertionError(f"the model ran on {text!r}")
    assert named_by_model("Die Kassenprüfung muss vor der Versammlung stattfinden.", frozenset(), model) == []
    assert named_by_model("Flyer für das Sommerfest drucken lassen", frozenset(), model) == []
