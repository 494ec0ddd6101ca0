"""Evaluate a pipeline's NER on held-out sets it was never trained on.

    python models/evaluate.py --data ../shared/data [--model models/de_protokoll] [--json out.json]

Sets
* ``pud``: UNER German-PUD test (CC BY-SA 3.0), PER/ORG/LOC.  The set has no
  MISC, so predicted MISC spans are dropped before scoring (a gold PER/ORG/LOC
  span predicted as MISC still counts as a miss).
* ``europarl-pado``: Faruqui & Padó Europarl test (SuperGLEBer split), PER/ORG/LOC/MISC.
* ``europarl-ixa``: Agerri et al. Europarl test, PER/ORG/LOC/MISC.
  The Europarl annotation licences are not stated: evaluation only.

Scoring is exact span match (CoNLL style).  Two modes (``--mode``):

* ``text`` (default, PUD only): the pipeline runs on the raw sentence
  (``# text`` line) with its own tokenizer, as it does in protokoll; gold and
  predicted entities are compared as character spans.  Gold token offsets are
  found by aligning the UNER tokens to the text (UD splits contractions like
  "am" -> "an dem" and hyphenated words like "Gordon-Levitt" -> "Gordon - Levitt";
  entities that cannot be aligned stay in the gold set and count as misses).
* ``gold``: each sentence is built as a ``Doc`` from the gold tokens (what
  ``spacy evaluate`` does).  The Europarl sets have no raw text and always use
  this mode.

Per-label precision/recall/F1 and the micro average over the labels of the
set are printed.
"""
from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import convert  # noqa: E402

SETS = {
    "pud": (lambda d: convert.load_uner_pud(d), ("PER", "ORG", "LOC")),
    "europarl-pado": (lambda d: convert.load_europarl(d)["pado-test"], ("PER", "ORG", "LOC", "MISC")),
    "europarl-ixa": (lambda d: convert.load_europarl(d)["ixa-test"], ("PER", "ORG", "LOC", "MISC")),
}


def predict_spans(nlp, sents: list[convert.Sent], batch_size: int = 256) -> list[set]:
    from spacy.tokens import Doc

    docs = (Doc(nlp.vocab, words=s.words, spaces=convert.guess_spaces(s.words)) for s in sents)
    out = []
    for doc in nlp.pipe(docs, batch_size=batch_size):
        out.append({(e.start, e.end, e.label_) for e in doc.ents})
    return out


def align_tokens(text: str, words: list[str]) -> list[tuple[int, int] | None]:
    """Character offsets of ``words`` in ``text`` (None where a word is not in the text).

    Words are matched left to right.  A word may skip over a short non-space
    stretch only right after an unmatched word: that is the surface form of a
    UD multiword token ("am" for "an dem", "zum" for "zu dem").
    """
    offsets: list[tuple[int, int] | None] = []
    pos = 0
    for w in words:
        idx = text.find(w, pos)
        ok = False
        if idx >= 0:
            skipped = text[pos:idx].strip()
            ok = skipped == "" or (len(skipped) <= 5 and " " not in skipped
                                   and bool(offsets) and offsets[-1] is None)
        if ok:
            offsets.append((idx, idx + len(w)))
            pos = idx + len(w)
        else:
            offsets.append(None)
    return offsets


def gold_char_spans(sent: convert.Sent) -> tuple[set, int]:
    """Gold entities of a UNER sentence as (start_char, end_char, label); + count not aligned."""
    text = sent.meta["text"]
    offs = align_tokens(text, sent.words)
    spans, unaligned = set(), 0
    for a, b, lab in convert.iob_to_spans(sent.tags):
        if offs[a] is None or offs[b - 1] is None:
            unaligned += 1
            spans.add((-1 - a, -1 - b, lab))  # cannot be predicted: a guaranteed miss
        else:
            spans.add((offs[a][0], offs[b - 1][1], lab))
    return spans, unaligned


def predict_char_spans(nlp, sents: list[convert.Sent], batch_size: int = 256) -> list[set]:
    texts = (s.meta["text"] for s in sents)
    return [{(e.start_char, e.end_char, e.label_) for e in doc.ents}
            for doc in nlp.pipe(texts, batch_size=batch_size)]


def score(gold: list[set], pred: list[set], labels: tuple[str, ...]) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    for g, p in zip(gold, pred):
        g = {x for x in g if x[2] in labels}
        p = {x for x in p if x[2] in labels}
        for x in g & p:
            tp[x[2]] += 1
        for x in p - g:
            fp[x[2]] += 1
        for x in g - p:
            fn[x[2]] += 1

    def prf(t, f_p, f_n):
        p = t / (t + f_p) if t + f_p else 0.0
        r = t / (t + f_n) if t + f_n else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "tp": t, "fp": f_p, "fn": f_n}

    res = {lab: prf(tp[lab], fp[lab], fn[lab]) for lab in labels}
    res["micro"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return res


def evaluate(nlp, data: Path, which: list[str], mode: str = "text") -> dict:
    results = {}
    for name in which:
        load, labels = SETS[name]
        sents = load(data)
        use_text = mode == "text" and all("text" in s.meta for s in sents)
        if use_text:
            gold, unaligned = [], 0
            for s in sents:
                g, u = gold_char_spans(s)
                gold.append(g)
                unaligned += u
            pred = predict_char_spans(nlp, sents)
        else:
            gold = [set(convert.iob_to_spans(s.tags)) for s in sents]
            pred = predict_spans(nlp, sents)
            unaligned = 0
        results[name] = score(gold, pred, labels)
        results[name]["sentences"] = len(sents)
        results[name]["mode"] = "text" if use_text else "gold"
        results[name]["unaligned_gold"] = unaligned
    return results


def format_table(results: dict) -> str:
    lines = []
    for name, res in results.items():
        lines.append(f"== {name} ({res['sentences']} sentences, {res['mode']} tokens"
                     + (f", {res['unaligned_gold']} gold entities not alignable)" if res["unaligned_gold"] else ")"))
        lines.append(f"{'label':6s} {'P':>6s} {'R':>6s} {'F1':>6s} {'gold':>6s}")
        for lab, v in res.items():
            if not isinstance(v, dict):
                continue
            lines.append(f"{lab:6s} {v['p']:6.3f} {v['r']:6.3f} {v['f']:6.3f} {v['tp'] + v['fn']:6d}")
    return "\n".join(lines)


def main(argv=None) -> int:
    import spacy

    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--model", type=str, default=str(HERE / "de_protokoll"))
    p.add_argument("--sets", default="pud,europarl-pado,europarl-ixa")
    p.add_argument("--mode", choices=("text", "gold"), default="text",
                   help="PUD: run on raw text (default) or on the gold tokens")
    p.add_argument("--json", type=Path, default=None, help="also write the results as JSON")
    p.add_argument("--errors", type=int, default=0, help="print N PUD sentences with errors")
    args = p.parse_args(argv)

    nlp = spacy.load(args.model)
    results = evaluate(nlp, args.data, [s for s in args.sets.split(",") if s], args.mode)
    print(f"model: {args.model} ({nlp.meta.get('name')} {nlp.meta.get('version')})")
    print(format_table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    if args.errors:
        sents = convert.load_uner_pud(args.data)
        pred = predict_char_spans(nlp, sents)
        shown = 0
        for s, pr in zip(sents, pred):
            g, _ = gold_char_spans(s)
            pr = {x for x in pr if x[2] != "MISC"}
            if g != pr:
                t = s.meta["text"]
                miss = [(t[a:b] if a >= 0 else "<unaligned>", l) for a, b, l in sorted(g - pr)]
                extra = [(t[a:b], l) for a, b, l in sorted(pr - g)]
                print(f"- {t}\n    missed {miss}\n    extra  {extra}")
                shown += 1
                if shown >= args.errors:
                    break
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
