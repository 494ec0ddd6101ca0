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
