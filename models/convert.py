"""Corpus converters for the de_protokoll training recipe.

Every reader takes the *text* of a corpus file (so the functions can be tested
on tiny inline fixtures) and returns a list of :class:`Sent` records: the
tokens, and one tag per token in IOB2 with the four target labels
PER, ORG, LOC, MISC (``"O"`` outside, ``None`` = annotation unknown/missing).

The ``*_MAP`` dictionaries document the label mapping of each corpus; a fine
label that maps to ``None`` is dropped (its tokens become ``O``).

``to_doc`` / ``write_docbin`` turn the records into spaCy ``Doc`` objects and
``.spacy`` files for ``spacy train``.
"""
from __future__ import annotations

import gzip
import json
import random
import zipfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

LABELS = ("PER", "ORG", "LOC", "MISC")


@dataclass
class Sent:
    words: list[str]
    tags: list[Optional[str]]  # IOB2 with LABELS, "O", or None (= missing)
    source: str = ""
    meta: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if len(self.words) != len(self.tags):
            raise ValueError(f"{len(self.words)} words but {len(self.tags)} tags")


# --------------------------------------------------------------------------
# label maps
# --------------------------------------------------------------------------

# GermEval 2014, outer column: OTH -> MISC; *deriv / *part dropped (CoNLL-like).
GERMEVAL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}

# LER fine classes -> coarse PER/LOC/ORG; the legal classes (laws, ordinances,
# EU norms, regulations, contracts, court decisions, literature) are dropped.
LER_MAP = {
    "PER": "PER", "RR": "PER", "AN": "PER",
    "LD": "LOC", "ST": "LOC", "STR": "LOC", "LDS": "LOC",
    "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "ORG",
    "GS": None, "VO": None, "EUN": None, "VS": None, "VT": None,
    "RS": None, "LIT": None,
}

# MobIE / SmartData: location* -> LOC, organization* -> ORG, person -> PER,
# everything else (dates, triggers, numbers, ...) dropped.
def mobie_label(fine: str) -> Optional[str]:
    fine = fine.lower().replace("_", "-")
    if fine.startswith("location"):
        return "LOC"
    if fine.startswith("organization"):
        return "ORG"
    if fine == "person":
        return "PER"
    return None


IDENTITY_MAP = {lab: lab for lab in LABELS}


# --------------------------------------------------------------------------
# tag helpers
# --------------------------------------------------------------------------

def map_iob(tags: Sequence[str], label_map: Callable[[str], Optional[str]] | dict,
            iob1: bool = False) -> list[str]:
    """Map the entity types of an IOB tag sequence.

    Spans whose type maps to None become ``O``.  With ``iob1=True`` a span also
    starts at an ``I-`` tag that follows ``O`` or another type (IOB1 input).
    The output is always IOB2.
    """
    get = label_map.get if isinstance(label_map, dict) else label_map
    spans = iob_to_spans(tags, iob1=iob1)
    out = ["O"] * len(tags)
    for start, end, label in spans:
        new = get(label)
        if new is None:
            continue
        out[start] = "B-" + new
        for i in range(start + 1, end):
            out[i] = "I-" + new
    return out


def iob_to_spans(tags: Sequence[Optional[str]], iob1: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, label) token spans of an IOB2 (or IOB1) sequence.

    A span starts at ``B-X``, or at ``I-X`` when the previous tag is ``O``,
    missing or a different type (so stray ``I-`` tags in IOB2 files are
    repaired the usual way).  ``iob1`` is accepted for clarity; both formats
    are decoded by the same rule.
    """
    spans: list[tuple[int, int, str]] = []
    start = None
    label = None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag is None or tag == "O" or tag == "" or tag == "-":
            prefix, typ = "O", None
        else:
            prefix, _, typ = tag.partition("-")
            if prefix not in ("B", "I", "E", "S", "L", "U"):
                raise ValueError(f"bad tag {tag!r}")
        starts_new = prefix in ("B", "S", "U") or (prefix in ("I", "E", "L") and typ != label)
        if label is not None and (prefix == "O" or starts_new):
            spans.append((start, i, label))
            label = None
        if prefix != "O" and (label is None):
            start, label = i, typ
    return spans


def spans_to_iob(n: int, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * n
    for s, e, lab in spans:
        tags[s] = "B-" + lab
        for i in range(s + 1, e):
            tags[i] = "I-" + lab
    return tags


# --------------------------------------------------------------------------
# readers (text in, list[Sent] out)
# --------------------------------------------------------------------------

def _blocks(text: str) -> Iterable[list[str]]:
    block: list[str] = []
    for line in text.splitlines():
        line = line.rstrip("\r")
        if not line.strip():
            if block:
                yield block
                block = []
            continue
        block.append(line)
    if block:
        yield block


def read_germeval(text: str, source: str = "germeval") -> list[Sent]:
    """GermEval 2014 TSV: ``#\\tURL\\t[date]`` comment, then idx, token, outer, inner."""
    sents = []
    for block in _blocks(text):
        words, tags, meta = [], [], {}
        for line in block:
            cols = line.split("\t")
            if cols[0] == "#":
                meta["url"] = cols[1] if len(cols) > 1 else ""
                continue
            words.append(cols[1])
            tags.append(cols[2])
        if words:
            sents.append(Sent(words, map_iob(tags, GERMEVAL_MAP), source, meta))
    return sents


def read_conll_space(text: str, label_map, source: str, iob1: bool = False) -> list[Sent]:
    """``token<space>tag`` CoNLL-2002 files (LER, Europarl ixa test)."""
    sents = []
    for block in _blocks(text):
        words, tags = [], []
        for line in block:
            parts = line.split()
            tok, tag = (parts[0], parts[-1]) if len(parts) > 1 else (parts[0], "O")
            words.append(tok)
            tags.append(tag)
        sents.append(Sent(words, map_iob(tags, label_map, iob1=iob1), source))
    return sents


def read_ler(text: str, source: str = "ler") -> list[Sent]:
    return read_conll_space(text, LER_MAP, source)


def read_mobie(text: str, source: str = "mobie") -> list[Sent]:
    """MobIE CoNLL-2003 TSV: token, STTS, chunk, NE; ``-DOCSTART-`` lines."""
    sents = []
    doc_id = ""
    for block in _blocks(text):
        words, tags = [], []
        for line in block:
            if line.startswith("-DOCSTART-"):
                doc_id = line.split()[1] if len(line.split()) > 1 else ""
                continue
            cols = line.split("\t")
            if len(cols) < 4:
                cols = line.split()
            tok = cols[0]
            # tweets: "#DeutscheBahn" -> "DeutscheBahn" (hashtags are names/words)
            if tok.startswith("#") and len(tok) > 1 and tok[1:2].isalnum():
                tok = tok[1:]
            words.append(tok)
            tags.append(cols[-1])
        if words:
            sents.append(Sent(words, map_iob(tags, mobie_label), source, {"doc": doc_id}))
    return sents


def read_uner(text: str, source: str = "uner") -> list[Sent]:
    """UNER iob2: comments (``# sent_id``, ``# text``), idx, token, tag, -, -."""
    sents = []
    for block in _blocks(text):
        words, tags, meta = [], [], {}
        for line in block:
            if line.startswith("#"):
                key, _, val = line[1:].partition("=")
                meta[key.strip()] = val.strip()
                continue
            cols = line.split("\t")
            words.append(cols[1])
            tags.append(cols[2])
        if words:
            sents.append(Sent(words, map_iob(tags, IDENTITY_MAP), source, meta))
    return sents


def read_europarl_pado(text: str, source: str = "europarl-pado") -> list[Sent]:
    """Faruqui & Padó Europarl TSV (token, lemma, POS, chunk, NE) in IOB1."""
    sents = []
    for block in _blocks(text):
        words, tags = [], []
        for line in block:
            cols = line.split("\t")
            words.append(cols[0])
            tags.append(cols[-1])
        sents.append(Sent(words, map_iob(tags, IDENTITY_MAP, iob1=True), source))
    return sents


def read_europarl_ixa(text: str, source: str = "europarl-ixa") -> list[Sent]:
    return read_conll_space(text, IDENTITY_MAP, source)


def iter_json_stream(text: str) -> Iterable[dict]:
    """Documents of a stream of concatenated JSON values (SmartData files)."""
    dec = json.JSONDecoder()
    i, n = 0, len(text)
    while True:
        while i < n and text[i].isspace():
            i += 1
        if i >= n:
            return
        obj, i = dec.raw_decode(text, i)
        yield obj


def _unwrap(v):
    """Avro-JSON wraps optional values as {"string": ...} / {"array": [...]}."""
    if isinstance(v, dict) and len(v) == 1:
        return next(iter(v.values()))
    return v


def smartdata_mention_ok(surface: str, label: str) -> bool:
    """Heuristic filter for SmartData mentions that are proper names.

    SmartData also annotates nominal mentions ("Gruppe", "Flugbegleiter") and
    adjectives ("deutschen", "beiden Richtungen") as entities.  Those are not
    names in the GermEval/UNER sense; they are marked *missing* instead.
    """
    s = surface.strip()
    if not s or not s[0].isupper() and not s[0].isdigit():
        return False
    toks = s.split()
    # a single capitalised word ending like a German adjective ("Deutsche")
    if len(toks) == 1 and label in ("LOC", "ORG") and s.lower().endswith(("ische", "ischen", "ischer", "isches")):
        return False
    if len(toks) == 1 and s.lower() in _SMARTDATA_NOMINALS:
        return False
    return True


_SMARTDATA_NOMINALS = {
    "gruppe", "konzern", "unternehmen", "firma", "flugbegleiter", "polizei",
    "regierung", "verein", "stadt", "land", "bank", "verband", "partei",
    "deutsche", "deutschen", "deutscher", "europäische", "europäischen",
}


def read_smartdata(text: str, tokenize: Callable[[str], list[tuple[str, int, bool]]],
                   split_sents: Callable[[list[tuple[str, int, bool]]], list[tuple[int, int]]],
                   source: str = "smartdata") -> list[Sent]:
    """SmartData v1 JSON stream -> sentences.

    ``tokenize(text)`` returns (token, char offset, trailing space) triples and
    ``split_sents(tokens)`` returns (start, end) token ranges.  Mentions are
    mapped with :func:`mobie_label`; mentions that fail
    :func:`smartdata_mention_ok` or do not align to tokens are marked missing.
    """
    sents = []
    for doc in iter_json_stream(text):
        body = _unwrap(doc.get("text")) or ""
        toks = tokenize(body)
        if not toks:
            continue
        starts = {off: i for i, (_, off, _) in enumerate(toks)}
        ends = {off + len(t): i for i, (t, off, _) in enumerate(toks)}
        tags: list[Optional[str]] = ["O"] * len(toks)
        mentions = _unwrap(doc.get("conceptMentions")) or []
        for m in mentions:
            lab = mobie_label(m.get("type", ""))
            span = m.get("span", {})
            s, e = span.get("start"), span.get("end")
            surface = body[s:e]
            # trim whitespace/punctuation at the edges
            while s < e and not body[s].isalnum():
                s += 1
            while e > s and body[e - 1] in " \n\t.,;:!?\"'“”„)":
                e -= 1
            i, j = starts.get(s), ends.get(e)
            if lab is None:
                continue
            if i is None or j is None or any(t is not None and t != "O" for t in tags[i:j + 1]):
                # cannot align: mark the covered tokens missing
                for k, (t, off, _) in enumerate(toks):
                    if off < e and off + len(t) > s:
                        tags[k] = None
                continue
            if not smartdata_mention_ok(surface, lab):
                for k in range(i, j + 1):
                    tags[k] = None
                continue
            tags[i] = "B-" + lab
            for k in range(i + 1, j + 1):
                tags[k] = "I-" + lab
        for a, b in split_sents(toks):
            words = [t for t, _, _ in toks[a:b]]
            if not any(w.strip() for w in words):
                continue
            st = tags[a:b]
            if st and st[0] is not None and st[0].startswith("I-"):
                st[0] = "B-" + st[0][2:]
            sents.append(Sent(words, st, source, {"spaces": [sp for _, _, sp in toks[a:b]]}))
    return sents


# --------------------------------------------------------------------------
# LER official train split
# --------------------------------------------------------------------------

def ler_train_from_courts(courts: list[Sent], dev: list[Sent], test: list[Sent]) -> list[Sent]:
    """Courts multiset minus the official dev+test multiset (matched on tokens)."""
    held = Counter(tuple(s.words) for s in dev + test)
    out = []
    for s in courts:
        key = tuple(s.words)
        if held[key] > 0:
            held[key] -= 1
            continue
        out.append(s)
    return out


def subsample(sents: list[Sent], n: int, rng: random.Random,
              entity_share: float = 0.6) -> list[Sent]:
    """Take ``n`` sentences, ``entity_share`` of them from sentences with entities."""
    if n >= len(sents):
        return list(sents)
    with_ents = [s for s in sents if any(t not in ("O", None) for t in s.tags)]
    without = [s for s in sents if all(t in ("O", None) for t in s.tags)]
    k = min(len(with_ents), int(n * entity_share))
    pick = rng.sample(with_ents, k) + rng.sample(without, min(len(without), n - k))
    rng.shuffle(pick)
    return pick


# --------------------------------------------------------------------------
# spaCy objects
# --------------------------------------------------------------------------

_NO_SPACE_BEFORE = set(".,;:!?)]}%“'") | {"'s", "...", "…", "n't"}
_NO_SPACE_AFTER = set("([{„‚\"") - {'"'}


def guess_spaces(words: Sequence[str]) -> list[bool]:
    """Plausible trailing-whitespace flags for gold-tokenised text."""
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is None:
            spaces.append(False)
        elif nxt in _NO_SPACE_BEFORE or w in _NO_SPACE_AFTER:
            spaces.append(False)
        else:
            spaces.append(True)
    return spaces


def to_doc(vocab, sent: Sent):
    from spacy.tokens import Doc, Span

    words = [w if w else "_" for w in sent.words]
    # spaCy cannot hold whitespace-only tokens with trailing space flags well
    spaces = sent.meta.get("spaces") or guess_spaces(words)
    doc = Doc(vocab, words=words, spaces=list(spaces))
    ents = []
    for s, e, lab in iob_to_spans(sent.tags):
        ents.append(Span(doc, s, e, label=lab))
    missing = [Span(doc, i, i + 1) for i, t in enumerate(sent.tags) if t is None]
    doc.set_ents(ents, missing=missing, default="outside")
    # one sentence per record: mark the boundary for components that learn it
    for i, tok in enumerate(doc):
        tok.is_sent_start = i == 0
    return doc


def write_docbin(sents: Iterable[Sent], path: Path, lang: str = "de") -> int:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank(lang)
    # NORM is *not* stored: the pipeline computes it from its own lookup table
    # (Brown clusters, see functions.py); a stored token NORM would override it.
    db = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SENT_START"], store_user_data=False)
    n = 0
    for s in sents:
        db.add(to_doc(nlp.vocab, s))
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return n


def entity_counts(sents: Iterable[Sent]) -> Counter:
    c: Counter = Counter()
    for s in sents:
        for _, _, lab in iob_to_spans(s.tags):
            c[lab] += 1
    return c


# --------------------------------------------------------------------------
# file-level loaders for /work/shared/data (or --data)
# --------------------------------------------------------------------------

def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def load_germeval(data: Path, split: str) -> list[Sent]:
    return read_germeval(_read(data / "ner" / "germeval2014" / f"NER-de-{split}.tsv"), f"germeval-{split}")


def load_ler(data: Path) -> dict[str, list[Sent]]:
    root = data / "ner" / "legal-ner-ler"
    dev = read_ler(_read(root / "ler_dev.conll"), "ler-dev")
    test = read_ler(_read(root / "ler_test.conll"), "ler-test")
    courts = []
    for p in sorted((root / "courts").glob("*.conll")):
        courts += read_ler(_read(p), "ler-" + p.stem)
    return {"train": ler_train_from_courts(courts, dev, test), "dev": dev, "test": test}


def load_mobie(data: Path) -> dict[str, list[Sent]]:
    out = {}
    with zipfile.ZipFile(data / "ner" / "mobie" / "ner_conll03_formatted.zip") as zf:
        for name in zf.namelist():
            stem = Path(name).name
            for split in ("train", "dev", "test"):
                if stem == f"{split}.conll2003":
                    out[split] = read_mobie(zf.read(name).decode("utf-8"), f"mobie-{split}")
    return out


def load_smartdata_v1(data: Path, nlp) -> list[Sent]:
    """Both v1 files (train+test); v3 is never mixed in (same documents)."""
    tok = _spacy_tokenize(nlp)
    out = []
    for split in ("train", "test"):
        p = data / "ner" / "smartdata" / "v1_20180119" / f"{split}.json.gz"
        with gzip.open(p, "rt", encoding="utf-8") as fh:
            out += read_smartdata(fh.read(), tok, _split_by_sentencizer(nlp), f"smartdata-v1-{split}")
    return out


def load_uner_pud(data: Path) -> list[Sent]:
    return read_uner(_read(data / "ner" / "uner-german-pud" / "de_pud-ud-test.iob2"), "uner-pud")


def load_europarl(data: Path) -> dict[str, list[Sent]]:
    return {
        "pado-test": read_europarl_pado(_read(data / "ner" / "europarl-faruqui-pado" / "test.tsv"), "europarl-pado-test"),
        "ixa-test": read_europarl_ixa(_read(data / "ner" / "europarl-ixa-test" / "de-europarl.test.conll02"), "europarl-ixa-test"),
    }


def _spacy_tokenize(nlp):
    def tokenize(text: str):
        doc = nlp.make_doc(text)
        out = []
        for t in doc:
            if t.is_space:
                if "\n" in t.text:  # keep line breaks as boundary markers
                    out.append(("\n", t.idx, False))
                continue
            out.append((t.text, t.idx, bool(t.whitespace_) and "\n" not in t.whitespace_))
            if "\n" in t.whitespace_:
                out.append(("\n", t.idx + len(t.text), False))
        return out
    return tokenize


def _split_by_sentencizer(nlp):
    """Sentence ranges: newline = boundary, plus spaCy's sentencizer punctuation."""
    from spacy.pipeline import Sentencizer
    punct = set(Sentencizer.default_punct_chars)

    def split(toks):
        ranges, start = [], 0
        for i, (t, off, _) in enumerate(toks):
            if t == "\n":
                ranges.append((start, i))
                start = i + 1
                continue
            end_here = t in punct and not (i + 1 < len(toks) and toks[i + 1][0] in "\"“”'»)")
            if i + 1 < len(toks) and toks[i + 1][0][:1].islower():
                end_here = False
            if end_here or t in ("\"", "“", "”", "»") and i > start and toks[i - 1][0] in punct:
                ranges.append((start, i + 1))
                start = i + 1
        if start < len(toks):
            ranges.append((start, len(toks)))
        return [r for r in ranges if r[1] > r[0]]
    return split
