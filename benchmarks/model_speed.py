"""Words per second of the shipped pipeline with ``nlp.pipe`` on one core.

    python benchmarks/model_speed.py [--model models/de_protokoll] [--data ../shared/data]
                                     [--sentences 4000] [--repeat 3]

Text: raw sentences of GermEval 2014 test (news/Wikipedia, detokenised) when
the shared data folder is found, otherwise protocol-style sentences generated
from models/templates/.  The sentences are grouped into documents of ~10
sentences, like paragraphs of a protocol.  Runs in a single process with one
BLAS thread and without torch; prints words/s (non-whitespace tokens) of the
median and of the best of ``--repeat`` runs after a warm-up (on a shared
machine the best run is the least disturbed one).
"""
from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
MODELS = REPO / "models"
DEFAULT_DATA = REPO.parent / "shared" / "data"


def load_texts(data: Path, n: int) -> tuple[list[str], str]:
    sys.path.insert(0, str(MODELS))
    import convert

    path = data / "ner" / "germeval2014" / "NER-de-test.tsv"
    if path.exists():
        sents = convert.read_germeval(path.read_text(encoding="utf-8"))[:n]
        texts = ["".join(w + (" " if sp else "") for w, sp in zip(s.words, convert.guess_spaces(s.words)))
                 for s in sents]
        return texts, "GermEval 2014 test sentences"
    import spacy
    import synth

    sents = synth.generate(n, spacy.blank("de"), seed=1)
    texts = ["".join(w + (" " if sp else "") for w, sp in zip(s.words, s.meta["spaces"])) for s in sents]
    return texts, "protocol-style template sentences"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--model", default=str(MODELS / "de_protokoll"))
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--sentences", type=int, default=4000)
    p.add_argument("--per-doc", type=int, default=10, help="sentences per document")
    p.add_argument("--batch-size", type=int, default=64)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)

    import spacy

    nlp = spacy.load(args.model)
    texts, what = load_texts(args.data, args.sentences)
    docs_text = [" ".join(texts[i:i + args.per_doc]) for i in range(0, len(texts), args.per_doc)]
    n_words = sum(1 for d in nlp.make_doc(" ".join(docs_text)) if not d.is_space)

    list(nlp.pipe(docs_text[:20]))  # warm-up
    rates = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        count = 0
        for doc in nlp.pipe(docs_text, batch_size=args.batch_size):
            count += sum(1 for t in doc if not t.is_space)
        dt = time.perf_counter() - t0
        rates.append(count / dt)
    assert "torch" not in sys.modules, "benchmark must run without torch"
    print(f"model: {args.model}  pipeline: {nlp.pipe_names}")
    print(f"text: {what}, {len(texts)} sentences in {len(docs_text)} docs, {n_words} words")
    print(f"runs (words/s): {', '.join(f'{r:,.0f}' for r in rates)}")
    print(f"words/s: {statistics.median(rates):,.0f} (median), {max(rates):,.0f} (best)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
