"""The training recipe, end to end on a tiny slice of the shared corpora.

Skips when the shared data folder (sibling of the repo root) is absent.  Runs
conversion + ``spacy train`` (a few steps, tiny width) + packaging, then loads
the packaged pipeline, runs it and the evaluation script on it.
"""
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
DATA = SHARED / "data"

pytestmark = pytest.mark.skipif(not (DATA / "ner").is_dir(), reason="shared/data not available")


def test_recipe_end_to_end(tmp_path):
    import evaluate
    import train

    out = tmp_path / "de_protokoll"
    rc = train.main([
        "--data", str(DATA), "--out", str(out),
        "--corpus", str(tmp_path / "corpus"), "--workdir", str(tmp_path / "training"),
        "--limit", "8", "--ler-sentences", "200", "--template-sentences", "8",
        "--max-steps", "4", "--eval-frequency", "2",
        "--width", "8", "--depth", "1", "--embed-rows", "64,64,32,32,32",
    ])
    assert rc == 0
    assert (tmp_path / "corpus" / "train.spacy").exists()
    assert (tmp_path / "corpus" / "recipe.json").exists()

    nlp = spacy.load(out)
    assert nlp.pipe_names == ["sentencizer", "tok2vec", "ner", "lemmatizer"]
    assert set(nlp.get_pipe("ner").labels) <= {"PER", "ORG", "LOC", "MISC"}
    assert nlp.meta["name"] == "protokoll"
    doc = nlp("Hr. Sternal ruft Frau Schmidt an. Anwesend: R. Meier, K. Yilmaz (Caritas).")
    assert len(list(doc.sents)) == 2
    assert doc[1].lemma_  # lookup lemmatizer ran

    results = evaluate.evaluate(nlp, DATA, ["pud"])
    assert set(results["pud"]) >= {"PER", "ORG", "LOC", "micro"}
    assert results["pud"]["sentences"] == 1000
