"""Protocol-style training sentences and name-swap augmentation.

The templates and word lists in ``models/templates/`` were written for this
project (no third-party name lists).  ``generate`` fills the templates with
random names, organisations and places and returns :class:`convert.Sent`
records tokenised with spaCy's German tokenizer, so the training text looks
exactly like what the pipeline will see at run time.

``swap_person_names`` replaces the PER spans of corpus sentences with random
names from the same lists, to widen the name vocabulary the model sees.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from convert import Sent, iob_to_spans, spans_to_iob

TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"

_SLOT = re.compile(r"\{([A-Z]+)\}")


def _read_list(path: Path) -> list[str]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return out


@dataclass
class Lexicon:
    first: list[str]
    last: list[str]
    orgs: list[str]
    places: list[str]
    topics: list[str]
    templates: list[str]

    @classmethod
    def load(cls, root: Path = TEMPLATE_DIR) -> "Lexicon":
        return cls(
            first=_read_list(root / "vornamen.txt"),
            last=_read_list(root / "nachnamen.txt"),
            orgs=_read_list(root / "organisationen.txt"),
            places=_read_list(root / "orte.txt"),
            topics=_read_list(root / "themen.txt"),
            templates=_read_list(root / "saetze.txt"),
        )


ANREDEN = ["Frau", "Herr", "Herrn", "Hr.", "Fr.", "Frau Dr.", "Herr Dr.", "Dr.", "Prof.",
           "Frau Prof.", "Bürgermeisterin", "Bürgermeister", "Kollegin", "Kollege", "Pfarrer"]
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]


class Filler:
    """Produces slot fillers; each returns (text, label-or-None, (start, end) of the entity in text)."""

    def __init__(self, lex: Lexicon, rng: random.Random, pseudo: float = 0.2):
        self.lex, self.rng, self.pseudo = lex, rng, pseudo

    def first(self) -> str:
        if self.rng.random() < self.pseudo:
            return pseudo_name(self.rng, self.lex.first)
        return self.rng.choice(self.lex.first)

    def last(self) -> str:
        if self.rng.random() < self.pseudo:
            return pseudo_name(self.rng, self.lex.last)
        name = self.rng.choice(self.lex.last)
        if self.rng.random() < 0.04:
            name += "-" + self.rng.choice(self.lex.last)
        return name

    def person(self, kind: str) -> tuple[str, tuple[int, int]]:
        r = self.rng
        if kind == "P":
            kind = r.choice(["PV", "PV", "PN", "PF", "PI", "PA", "PA"])
        if kind == "PV":
            name = self.first() + " " + self.last()
            if r.random() < 0.08:
                name = self.first() + " " + name
            return name, (0, len(name))
        if kind == "PN":
            name = self.last()
            return name, (0, len(name))
        if kind == "PF":
            name = self.first()
            return name, (0, len(name))
        if kind == "PI":
            f = self.first()
            name = f[0] + ". " + self.last()
            if r.random() < 0.1:
                name = f[0] + "." + self.first()[0] + ". " + self.last()
            return name, (0, len(name))
        if kind == "PA":
            a = r.choice(ANREDEN)
            name = self.last() if r.random() < 0.8 else self.first() + " " + self.last()
            text = a + " " + name
            return text, (len(a) + 1, len(text))
        raise KeyError(kind)

    def attendance(self) -> list[tuple[str, Optional[str], Optional[tuple[int, int]]]]:
        """Pieces of an attendance list: a list of (text, label, span) fragments."""
        r = self.rng
        n = r.randint(2, 7)
        style = r.choice(["PI", "PV", "PA", "P"])
        parts: list[tuple[str, Optional[str], Optional[tuple[int, int]]]] = []
        for i in range(n):
            if i:
                sep = " und " if (i == n - 1 and r.random() < 0.3) else (", " if r.random() < 0.85 else "; ")
                parts.append((sep, None, None))
            text, span = self.person(style if r.random() < 0.8 else "P")
            parts.append((text, "PER", span))
            if r.random() < 0.3:
                org = r.choice(self.lex.orgs)
                parts.append((" (", None, None))
                parts.append((org, "ORG", (0, len(org))))
                parts.append((")", None, None))
        return parts

    def date(self) -> str:
        r = self.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), r.randint(2015, 2027)
        return r.choice([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {MONATE[m - 1]} {y}",
                         f"{d}. {MONATE[m - 1]}", f"{d:02d}.{m:02d}."])

    def time(self) -> str:
        r = self.rng
        h, mi = r.randint(8, 21), r.choice([0, 0, 15, 30, 45])
        return r.choice([f"{h}:{mi:02d}", f"{h}.{mi:02d}", f"{h}"])


def fill_template(template: str, filler: Filler) -> tuple[str, list[tuple[int, int, str]]]:
    """Fill one template; returns the text and character entity spans."""
    r = filler.rng
    out: list[str] = []
    ents: list[tuple[int, int, str]] = []
    pos = 0
    # _SLOT.split alternates literal text and slot names
    pieces = _SLOT.split(template)
    for idx, piece in enumerate(pieces):
        if idx % 2 == 0:
            out.append(piece)
            pos += len(piece)
            continue
        frags: list[tuple[str, Optional[str], Optional[tuple[int, int]]]]
        if piece in ("P", "PV", "PN", "PF", "PI", "PA"):
            text, span = filler.person(piece)
            frags = [(text, "PER", span)]
        elif piece == "LISTE":
            frags = filler.attendance()
        elif piece == "O":
            org = r.choice(filler.lex.orgs)
            frags = [(org, "ORG", (0, len(org)))]
        elif piece == "L":
            loc = r.choice(filler.lex.places)
            frags = [(loc, "LOC", (0, len(loc)))]
        elif piece == "D":
            frags = [(filler.date(), None, None)]
        elif piece == "U":
            frags = [(filler.time(), None, None)]
        elif piece == "N":
            frags = [(str(r.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 15, 20, 250, 1500, 2019])), None, None)]
        elif piece == "T":
            frags = [(r.choice(filler.lex.topics), None, None)]
        else:
            raise KeyError(f"unknown slot {{{piece}}} in {template!r}")
        for text, label, span in frags:
            if label is not None and span is not None:
                ents.append((pos + span[0], pos + span[1], label))
            out.append(text)
            pos += len(text)
    return "".join(out), ents


def text_to_sent(nlp, text: str, ents: list[tuple[int, int, str]], source: str) -> Optional[Sent]:
    doc = nlp.make_doc(text)
    spans = []
    for s, e, lab in ents:
        span = doc.char_span(s, e, label=lab, alignment_mode="expand")
        if span is None:
            return None
        spans.append((span.start, span.end, lab))
    spans.sort()
    for (s1, e1, _), (s2, _, _) in zip(spans, spans[1:]):
        if s2 < e1:
            return None
    words = [t.text for t in doc]
    return Sent(words, spans_to_iob(len(words), spans), source,
                {"spaces": [bool(t.whitespace_) for t in doc]})


def generate(n: int, nlp, seed: int = 0, lex: Optional[Lexicon] = None) -> list[Sent]:
    """``n`` protocol-style sentences from the templates (uniform over templates)."""
    lex = lex or Lexicon.load()
    rng = random.Random(seed)
    filler = Filler(lex, rng)
    out: list[Sent] = []
    tries = 0
    while len(out) < n and tries < n * 3:
        tries += 1
        tpl = rng.choice(lex.templates)
        text, ents = fill_template(tpl, filler)
        # a little noise in casing/punctuation as in real minutes
        if rng.random() < 0.15 and text.endswith("."):
            text = text[:-1]
        sent = text_to_sent(nlp, text, ents, "templates")
        if sent is not None:
            out.append(sent)
    return out


def pseudo_name(rng: random.Random, names: list[str]) -> str:
    """A new, unseen name glued from the head of one list name and the tail of another.

    Such names are out of every vocabulary (and of the Brown cluster table),
    so the model has to learn to recognise a name from context and shape.
    """
    for _ in range(10):
        a, b = rng.choice(names), rng.choice(names)
        if " " in a or " " in b or len(a) < 3 or len(b) < 3:
            continue
        head = a[: rng.randint(2, max(2, len(a) - 1))]
        tail = b[rng.randint(1, len(b) - 2):]
        name = (head + tail.lower())[:14]
        if len(name) >= 3:
            return name[0].upper() + name[1:]
    return rng.choice(names)


def swap_person_names(sent: Sent, rng: random.Random, lex: Lexicon,
                      pseudo: float = 0.0) -> Optional[Sent]:
    """Copy of ``sent`` whose PER spans are replaced by random names (None if no PER).

    With probability ``pseudo`` each name part is a made-up name (:func:`pseudo_name`).
    """
    spans = iob_to_spans(sent.tags)
    if not any(lab == "PER" for _, _, lab in spans):
        return None
    words: list[str] = []
    tags: list[Optional[str]] = []
    spaces_in = sent.meta.get("spaces")
    spaces: list[bool] = []
    i = 0
    per = {(s, e) for s, e, lab in spans if lab == "PER"}
    starts = {s: e for s, e in per}
    while i < len(sent.words):
        if i in starts:
            e = starts[i]
            n = e - i
            orig = sent.words[i:e]
            def pick(names: list[str]) -> str:
                return pseudo_name(rng, names) if rng.random() < pseudo else rng.choice(names)
            if n == 1:
                new = [pick(lex.last if rng.random() < 0.75 else lex.first)]
                if orig[0].endswith("s") and len(orig[0]) > 3 and rng.random() < 0.3:
                    new[0] += "s"
            else:
                new = [pick(lex.first) for _ in range(n - 1)] + [pick(lex.last)]
                # keep abbreviated initials ("R. Meier")
                new = [o if (len(o) == 2 and o.endswith(".")) else w for o, w in zip(orig, new)]
            # multi-word surnames ("de Vries") become several tokens
            flat = " ".join(new).split(" ")
            words += flat
            tags += ["B-PER"] + ["I-PER"] * (len(flat) - 1)
            spaces += [True] * (len(flat) - 1) + [spaces_in[e - 1] if spaces_in else True]
            i = e
        else:
            words.append(sent.words[i])
            tags.append(sent.tags[i])
            spaces.append(spaces_in[i] if spaces_in else True)
            i += 1
    meta = dict(sent.meta)
    if spaces_in:
        meta["spaces"] = spaces
    else:
        meta.pop("spaces", None)
    return Sent(words, tags, sent.source + "+swap", meta)
