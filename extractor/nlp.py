"""Build the German spaCy pipeline: the shipped model (or another), then our stages."""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from functools import lru_cache, partial
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import extractor.stages.actions  # noqa: F401  (registers the factory)
import extractor.stages.decisions  # noqa: F401  (registers the factory)
from extractor.stages.doers import named_by_model

DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "models" / "de_protokoll"
STAGES = ("protokoll_decisions", "protokoll_actions")
# ``protokoll extract --model`` sets this, so that worker processes load the same pipeline.
MODEL_ENV = "PROTOKOLL_MODEL"


class ModelNotFound(RuntimeError):
    """The chosen spaCy pipeline is not installed or not a folder."""


def chosen_model() -> str | None:
    return os.environ.get(MODEL_ENV) or None


def check_model(model: str | None) -> None:
    """Fail before any file is read when the chosen pipeline is not there."""
    if model in (None, "", "default", "blank"):
        return
    if Path(model).exists():
        if not (Path(model) / "meta.json").exists():
            raise ModelNotFound(f"{model!r} is a folder but no spaCy pipeline (no meta.json in it).")
        return
    if not spacy.util.is_package(model):
        raise ModelNotFound(_not_installed(model))


def build_pipeline(model: str | None = None) -> Language:
    """``model``: None (``$PROTOKOLL_MODEL``, else the shipped model), "blank", a path, or a package name."""
    return _build(model or chosen_model())


@lru_cache(maxsize=4)
def _build(model: str | None) -> Language:
    nlp = _load(model)
    for stage in STAGES:
        if stage not in nlp.pipe_names:
            nlp.add_pipe(stage)
    return nlp


def _load(model: str | None) -> Language:
    if model in (None, "", "default"):
        if (DEFAULT_MODEL / "meta.json").exists():
            return spacy.load(DEFAULT_MODEL, exclude=["lemmatizer"])  # our stages need no lemmas
        return spacy.blank("de")
    if model == "blank":
        return spacy.blank("de")
    try:
        return spacy.load(model)
    except OSError as err:
        raise ModelNotFound(_not_installed(model)) from err


def _not_installed(model: str) -> str:
    return (f"spaCy pipeline {model!r} is not installed. Install it (for de_core_news_md: "
            f"'python -m spacy download de_core_news_md'), pass a folder, or omit --model "
            f"to use the shipped model in {DEFAULT_MODEL}.")


def people_gazetteer(names: list[str]) -> frozenset[str]:
    """Lower-case first names, surnames, handles (with and without "@") and initials of the attendees."""
    parts: set[str] = set()
    for name in names:
        words = [w for w in re.split(r"[\s]+", name) if w]
        parts.update(w.lower().strip(".,") for w in words if len(w.strip(".")) > 1)
        parts.update(p.lower() for w in words if "-" in w for p in w.split("-") if len(p) > 2)
        parts.update(w.lower().lstrip("@") for w in words if w.startswith("@"))
        parts.update(w.lower() for w in words if w.startswith("@"))  # marks a handle: "Mara" is short for it
        initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
        if len(initials) >= 2:
            parts.add(initials.lower())
    return frozenset(parts)


def run_stages(nlp: Language, texts: list[str], people: frozenset[str],
               contexts: list[tuple[str, ...]] | None = None, few_listed: bool = False) -> Iterator[Doc]:
    """``nlp.pipe`` with the document's attendees and each clause's parent lines on every Doc.

    Where an attendance list exists it is the gazetteer and the statistical
    components' entities would go unused (``extractor.stages.doers``), so only
    our stages run: the same records at about two thirds of the cost.
    """
    contexts = contexts or [()] * len(texts)
    docs = (_with_context(nlp.make_doc(text), people, context, few_listed) for text, context in zip(texts, contexts))
    for name, component in nlp.pipeline:
        if people and name not in STAGES:
            continue
        docs = component.pipe(docs) if hasattr(component, "pipe") else map(component, docs)
    for doc in docs:
        if people and doc._.action and not doc._.named:
            # a task whose doer is not on the list ("Johanna Reiß informiert …" under a head count)
            doc._.named = named_by_model(doc.text, people, partial(_entities, nlp))
        yield doc


def _entities(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name not in STAGES:
            doc = component(doc)
    return doc


def _with_context(doc: Doc, people: frozenset[str], context: tuple[str, ...], few_listed: bool = False) -> Doc:
    doc.user_data["people"] = people
    doc.user_data["context"] = context
    doc.user_data["few_listed"] = few_listed
    return doc
