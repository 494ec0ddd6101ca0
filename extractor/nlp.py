"""Build the German spaCy pipeline: the shipped model (or another), then our stages."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

import extractor.stages.actions  # noqa: F401  (registers the factory)
import extractor.stages.decisions  # noqa: F401

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "de_protokoll"
STAGES = ("protokoll_decisions", "protokoll_actions")


class ModelNotFound(RuntimeError):
    """The chosen spaCy pipeline is not installed or not a folder."""


@lru_cache(maxsize=4)
def build_pipeline(model: str | None = None) -> Language:
    """``model``: None (the shipped model, else a blank German pipeline), a path, or a package name."""
    nlp = _load(model)
    for stage in STAGES:
        if stage not in nlp.pipe_names:
            nlp.add_pipe(stage)
    return nlp


def _load(model: str | None) -> Language:
    if model in (None, "", "default"):
        if (DEFAULT_MODEL / "meta.json").exists():
            return spacy.load(DEFAULT_MODEL, exclude=["parser", "tagger", "morphologizer", "attribute_ruler"])
        return spacy.blank("de")
    if model == "blank":
        return spacy.blank("de")
    try:
        return spacy.load(model)
    except OSError as err:
        raise ModelNotFound(
            f"spaCy pipeline {model!r} is not installed. Install it (for de_core_news_md: "
            f"'python -m spacy download de_core_news_md') or pass a folder, or omit --model "
            f"to use the shipped model in {DEFAULT_MODEL}.") from err
