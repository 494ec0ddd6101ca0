"""Build the de_protokoll pipeline: convert corpora, train, package.

    OMP_NUM_THREADS=1 python models/train.py --data ../shared/data --out models/de_protokoll

Steps
1. convert the openly licensed corpora in ``--data`` (see models/README.md)
   to DocBin files in ``--corpus`` (default models/corpus/, gitignored);
2. ``spacy train models/config.cfg`` into ``--workdir`` (default models/training/);
3. copy ``model-best`` to ``--out`` with filled-in meta.json.

Every choice that changes the data is an argument, so a run is reproduced by
its command line (printed into ``--corpus``/recipe.json).
"""
from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import convert  # noqa: E402
import functions  # noqa: E402,F401  (registers protokoll.brown_cluster_norms.v1)
import synth  # noqa: E402

MODEL_NAME = "protokoll"
MODEL_VERSION = "0.1.0"


def parse_args(argv=None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, required=True, help="shared data folder (with ner/ and ud/)")
    p.add_argument("--out", type=Path, default=HERE / "de_protokoll", help="where the packaged pipeline goes")
    p.add_argument("--config", type=Path, default=HERE / "config.cfg")
    p.add_argument("--corpus", type=Path, default=HERE / "corpus", help="DocBin output folder")
    p.add_argument("--workdir", type=Path, default=HERE / "training", help="spacy train output folder")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--max-steps", type=int, default=None, help="override [training] max_steps")
    p.add_argument("--eval-frequency", type=int, default=None)
    p.add_argument("--width", type=int, default=None, help="override tok2vec width")
    p.add_argument("--depth", type=int, default=None, help="override tok2vec depth")
    p.add_argument("--embed-rows", type=str, default=None,
                   help="override embed rows, comma-separated for NORM,LOWER,PREFIX,SUFFIX,SHAPE")
    p.add_argument("--ler-sentences", type=int, default=5000,
                   help="subsample of the LER train split (0 = none, -1 = all)")
    p.add_argument("--template-sentences", type=int, default=4000,
                   help="protocol-style sentences generated from models/templates/")
    p.add_argument("--swap-copies", type=float, default=2.0,
                   help="name-swapped copies of GermEval/SmartData sentences with PER, per sentence")
    p.add_argument("--pseudo-names", type=float, default=0.4,
                   help="share of made-up names in the name-swapped copies")
    p.add_argument("--dropout", type=float, default=None, help="override [training] dropout")
    p.add_argument("--smartdata", action=argparse.BooleanOptionalAction, default=True,
                   help="use SmartData v1 (train+test) as extra training data")
    p.add_argument("--news-repeat", type=int, default=2,
                   help="how often the news/Wikipedia-like sentences (GermEval, SmartData) enter the training set")
    p.add_argument("--germeval-dev-in-train", type=int, default=1700,
                   help="sentences of GermEval dev moved into training; the rest is the dev set")
    p.add_argument("--limit", type=int, default=0,
                   help="keep only N sentences per source (tiny smoke runs / tests)")
    p.add_argument("--skip-convert", action="store_true", help="reuse existing DocBins in --corpus")
    p.add_argument("--skip-train", action="store_true", help="only convert")
    return p.parse_args(argv)


# --------------------------------------------------------------------------
# 1. conversion
# --------------------------------------------------------------------------

def build_corpora(args) -> dict:
    import spacy

    rng = random.Random(args.seed)
    data: Path = args.data
    nlp = spacy.blank("de")
    lim = (lambda xs: xs[: args.limit]) if args.limit else (lambda xs: xs)
    parts: dict[str, list] = {}
    dev_parts: dict[str, list] = {}

    ge_dev = convert.load_germeval(data, "dev")
    ge_test = convert.load_germeval(data, "test")
    rng.shuffle(ge_dev)
    k = min(args.germeval_dev_in_train, len(ge_dev) - 200) if args.germeval_dev_in_train > 0 else 0
    parts["germeval-test"] = lim(ge_test)
    if k > 0:
        parts["germeval-dev-part"] = lim(ge_dev[:k])
    dev_parts["germeval-dev"] = lim(ge_dev[k:])

    if args.ler_sentences != 0:
        ler = convert.load_ler(data)
        train = ler["train"]
        if args.ler_sentences > 0:
            train = convert.subsample(train, args.ler_sentences, rng)
        parts["ler-train"] = lim(train)
        dev_parts["ler-dev"] = lim(rng.sample(ler["dev"], 400))

    mobie = convert.load_mobie(data)
    parts["mobie-train"] = lim(mobie["train"])
    dev_parts["mobie-dev"] = lim(rng.sample(mobie["dev"], 300))

    if args.smartdata:
        parts["smartdata-v1"] = lim(convert.load_smartdata_v1(data, nlp))

    if args.swap_copies > 0:
        lex = synth.Lexicon.load()
        swapped = []
        for name in ("germeval-test", "germeval-dev-part", "smartdata-v1"):
            for s in parts.get(name, []):
                n = int(args.swap_copies) + (1 if rng.random() < args.swap_copies % 1 else 0)
                for _ in range(n):
                    x = synth.swap_person_names(s, rng, lex, pseudo=args.pseudo_names)
                    if x is not None:
                        swapped.append(x)
        parts["name-swap"] = swapped

    if args.template_sentences > 0:
        n = args.template_sentences if not args.limit else min(args.limit, args.template_sentences)
        parts["templates"] = synth.generate(n, nlp, seed=args.seed)
        dev_parts["templates"] = synth.generate(max(1, n // 20), nlp, seed=args.seed + 1)

    train = [s for xs in parts.values() for s in xs]
    for _ in range(args.news_repeat - 1):
        train += [s for name in ("germeval-test", "germeval-dev-part", "smartdata-v1") for s in parts.get(name, [])]
    dev = [s for xs in dev_parts.values() for s in xs]
    rng.shuffle(train)
    args.corpus.mkdir(parents=True, exist_ok=True)
    convert.write_docbin(train, args.corpus / "train.spacy")
    convert.write_docbin(dev, args.corpus / "dev.spacy")

    def stats(d):
        return {name: {"sentences": len(xs), "tokens": sum(len(s.words) for s in xs),
                       "entities": dict(convert.entity_counts(xs))} for name, xs in d.items()}
    summary = {"train": stats(parts), "dev": stats(dev_parts),
               "args": {k: str(v) for k, v in vars(args).items()}}
    (args.corpus / "recipe.json").write_text(json.dumps(summary, indent=2, ensure_ascii=False), encoding="utf-8")
    for split in ("train", "dev"):
        for name, st in summary[split].items():
            print(f"[{split}] {name:20s} {st['sentences']:7d} sents {st['tokens']:8d} toks {st['entities']}")
    return summary


# --------------------------------------------------------------------------
# 2. training
# --------------------------------------------------------------------------

def overrides_from_args(args) -> dict:
    ov: dict = {
        "paths.train": str(args.corpus / "train.spacy"),
        "paths.dev": str(args.corpus / "dev.spacy"),
        "system.seed": args.seed,
    }
    if args.max_steps is not None:
        ov["training.max_steps"] = args.max_steps
        ov["training.patience"] = max(args.max_steps, 1)
    if args.dropout is not None:
        ov["training.dropout"] = args.dropout
    if args.eval_frequency is not None:
        ov["training.eval_frequency"] = args.eval_frequency
    if args.width is not None:
        ov["components.tok2vec.model.encode.width"] = args.width
    if args.depth is not None:
        ov["components.tok2vec.model.encode.depth"] = args.depth
    if args.embed_rows:
        ov["components.tok2vec.model.embed.rows"] = [int(x) for x in args.embed_rows.split(",")]
    return ov


def train(args) -> Path:
    from spacy.cli.train import train as spacy_train

    if args.workdir.exists():
        shutil.rmtree(args.workdir)
    t0 = time.time()
    spacy_train(args.config, output_path=args.workdir, overrides=overrides_from_args(args), use_gpu=-1)
    print(f"training took {time.time() - t0:.0f}s")
    best = args.workdir / "model-best"
    return best if best.exists() else args.workdir / "model-last"


# --------------------------------------------------------------------------
# 3. packaging
# --------------------------------------------------------------------------

def package(model_dir: Path, out: Path, summary: dict | None) -> None:
    import spacy

    nlp = spacy.load(model_dir)
    meta = nlp.meta
    meta.update({
        "name": MODEL_NAME,
        "version": MODEL_VERSION,
        "description": "German pipeline for meeting protocols: sentencizer, NER (PER/ORG/LOC/MISC), "
                       "lookup lemmatizer. Trained with models/train.py; see models/README.md.",
        "author": "protokoll",
        "license": "CC BY 4.0 (trained on CC BY 4.0 corpora; attribution and caveats in models/README.md)",
        "sources": [
            {"name": "GermEval 2014 NER (dev+test)", "license": "CC BY 4.0",
             "author": "Benikova, Biemann, Reznicek (2014)"},
            {"name": "German Legal Entity Recognition (LER)", "license": "CC BY 4.0",
             "author": "Leitner, Rehm, Moreno-Schneider (2019)"},
            {"name": "MobIE", "license": "CC BY 4.0", "author": "Hennig, Truong, Gabryszak (2021)"},
            {"name": "SmartData v1", "license": "CC BY 4.0",
             "author": "Schiersch et al. (2018)"},
            {"name": "spacy-lookups-data (German lemma table)", "license": "MIT (package)",
             "author": "Explosion"},
            {"name": "protokoll templates and name lists (models/templates/)", "license": "project",
             "author": "protokoll"},
        ],
    })
    if summary is not None:
        meta["training_data"] = {k: {"sentences": v["sentences"], "entities": v["entities"]}
                                 for k, v in summary["train"].items()}
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    print(f"packaged {model_dir} -> {out}")


def main(argv=None) -> int:
    args = parse_args(argv)
    summary = None
    if not args.skip_convert:
        summary = build_corpora(args)
    elif (args.corpus / "recipe.json").exists():
        summary = json.loads((args.corpus / "recipe.json").read_text(encoding="utf-8"))
    if args.skip_train:
        return 0
    best = train(args)
    package(best, args.out, summary)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
