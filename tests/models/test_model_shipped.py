"""The shipped pipeline in models/de_protokoll (skips if it has not been built)."""
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

MODEL = Path(__file__).resolve().parents[2] / "models" / "de_protokoll"

pytestmark = pytest.mark.skipif(not (MODEL / "config.cfg").exists(), reason="models/de_protokoll not built")


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(MODEL)


def test_size_and_components(nlp):
    size = sum(p.stat().st_size for p in MODEL.rglob("*") if p.is_file())
    assert size < 40 * 1024 * 1024
    assert nlp.pipe_names == ["sentencizer", "tok2vec", "ner", "lemmatizer"]
    assert set(nlp.get_pipe("ner").labels) == {"PER", "ORG", "LOC", "MISC"}


def test_protocol_sentences(nlp):
    doc = nlp("Hr. Sternal ruft Frau Schmidt an.")
    assert {e.text for e in doc.ents if e.label_ == "PER"} == {"Sternal", "Schmidt"}
    doc = nlp("Anwesend: R. Meier, K. Yilmaz (Caritas), Anna Schulz")
    pers = {e.text for e in doc.ents if e.label_ == "PER"}
    assert {"R. Meier", "K. Yilmaz"} <= pers
    doc = nlp("Die nächste Sitzung findet am 3. März in Köln statt. TODO Anna: Raum buchen.")
    assert len(list(doc.sents)) == 2
    assert ("Köln", "LOC") in {(e.text, e.label_) for e in doc.ents}


def test_lemmas(nlp):
    doc = nlp("Die Kinder gingen in die Häuser.")
    assert doc[1].lemma_ == "Kind"
