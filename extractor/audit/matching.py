"""Score how well a passage of a later protocol reports on an earlier item.

The score is a soft, IDF-weighted overlap of terms (``terms.py``) between the
item with its context (agenda item, enclosing lines) and the passage with
its context, plus evidence that is not about words: the same person, a
review section ("Kontrolle des Protokolls vom 13.02."), a date that names
the item's meeting, a status word.  Every piece of evidence that counted is
kept in ``Candidate.found_by``.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass

from extractor.audit.items import Item
from extractor.audit.outline import Context, Passage, in_review_section
from extractor.audit.status import has_cue
from extractor.audit.terms import term_similarity, terms
from extractor.temporal import find_dates

_NAME_PART = re.compile(r"[^\W\d_]+", re.UNICODE)
_FEW = 3


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts; ``threshold`` is the score a link needs."""

    core: float = 1.0
    line: float = 0.6
    parent: float = 0.6
    agenda: float = 0.4
    section: float = 0.3  # the other lines under the same agenda item
    topic: float = 0.1  # the later agenda item is titled with a rare noun of the item
    topic_rare: float = 0.05  # "rare": in at most this share of the series' passages (or 3 of them)
    person: float = 0.15
    person_needs: float = 0.1  # a shared name counts only beside shared words
    review: float = 0.1
    same_meeting: float = 0.25
    cue: float = 0.05
    threshold: float = 0.35
    terms_needs: float = 0.05  # no link without shared words, however strong the other evidence
    share: float = 0.85  # a passage also reports on a second item scoring this share of the best
    item_focus: float = 1.0  # > 1: covering the item counts more than covering the passage (F-beta)

    def __post_init__(self) -> None:
        if not 0 < self.threshold < 2:
            raise ValueError(f"threshold {self.threshold!r} must lie between 0 and 2")


@dataclass(frozen=True)
class Profile:
    """The weighted terms of a text with its context, and the people it names."""

    weights: tuple[tuple[str, float], ...]
    people: frozenset[str]
    around: tuple[tuple[str, float], ...] = ()  # the other lines of its agenda item: found there, not sought
    nouns: frozenset[str] = frozenset()  # the nouns of the text itself, without context
    title: frozenset[str] = frozenset()  # the terms of its agenda item's title


@dataclass(frozen=True)
class Candidate:
    item: Item
    passage: Passage
    score: float
    found_by: str
    fit: float = 0.0  # the part of ``score`` that depends on the item (words, person, its meeting named)
    lexical: float = 0.0  # the shared words alone


class Idf:
    """Inverse document frequency of terms over the passages of one series."""

    def __init__(self, profiles: list[Profile]) -> None:
        self.n = max(len(profiles), 1)
        self.df = Counter(t for p in profiles for t in {t for t, _ in p.weights})

    def rare(self, term: str, share: float) -> bool:
        """Whether at most ``share`` of the passages use ``term``; in a short series, at most three."""
        return self.df.get(term, 0) <= max(_FEW, share * self.n)

    def __call__(self, term: str) -> float:
        return math.log(1 + self.n / (1 + self.df.get(term, 0))) ** 2


def profile(text: str, context: Context, names: frozenset[str], weights: Weights = Weights(),
            extra_people: tuple[str, ...] = ()) -> Profile:
    parts = [(text, weights.core), (context.line, weights.line)]
    parts += [(p, weights.parent) for p in context.parents[:2]]
    parts.append((context.agenda_title, weights.agenda))
    bag: dict[str, float] = {}
    for part, weight in parts:
        for term, kind_weight in terms(part, names):
            bag[term] = max(bag.get(term, 0.0), weight * kind_weight)
    people = _people(" ".join([text, context.line, *context.parents[:1]]), names)
    people |= {w.lower() for p in extra_people for w in _NAME_PART.findall(p) if w.lower() in names}
    nouns = frozenset(t for t, w in terms(text, names) if w == 1.0)
    title = frozenset(t for t, _ in terms(context.agenda_title, names))
    return Profile(tuple(bag.items()), frozenset(people), (), nouns, title)


def section_terms(texts: list[str], names: frozenset[str], weight: float) -> tuple[tuple[str, float], ...]:
    """The terms of the lines under one agenda item, at ``weight``: a report often names the topic
    in a neighbouring line ("Die Agenda wird veröffentlicht." / "Michael richtet einen Ordner ein.")."""
    bag: dict[str, float] = {}
    for text in texts:
        for term, kind_weight in terms(text, names):
            bag[term] = max(bag.get(term, 0.0), weight * kind_weight)
    return tuple(bag.items())


def with_section(p: Profile, around: tuple[tuple[str, float], ...]) -> Profile:
    return Profile(p.weights, p.people, around, p.nouns, p.title)


def name_parts(names: list[str]) -> frozenset[str]:
    """Lower-case first names and surnames, the way people are named in minutes."""
    return frozenset(w.lower() for n in names for w in _NAME_PART.findall(n) if len(w) > 2)


def candidate(item: Item, item_profile: Profile, passage: Passage, passage_profile: Profile,
              idf: Idf, meeting_dates: frozenset[dt.date], weights: Weights = Weights()) -> Candidate:
    lexical = similarity(item_profile, passage_profile, idf, weights.item_focus)
    fit, found_by = lexical, [f"terms={lexical:.2f}"]
    if item_profile.people & passage_profile.people and lexical >= weights.person_needs:
        fit, found_by = fit + weights.person, found_by + ["person"]
    if lexical >= weights.person_needs and _titled_after(item_profile, passage_profile, idf, weights.topic_rare):
        fit, found_by = fit + weights.topic, found_by + ["agenda_topic"]
    section = " ".join([passage.context.agenda_title, *passage.context.parents])
    if item.meeting_date in _dates_named(section, passage.meeting_date) & meeting_dates:
        fit, found_by = fit + weights.same_meeting, found_by + ["names_meeting"]
    score = fit
    if in_review_section(passage.context):
        score, found_by = score + weights.review, found_by + ["review_section"]
    if has_cue(passage.text):
        score, found_by = score + weights.cue, found_by + ["status_cue"]
    return Candidate(item, passage, score, " ".join(found_by), fit, lexical)


def _titled_after(item: Profile, passage: Profile, idf: Idf, rare: float) -> bool:
    """Whether the passage's agenda item is titled with one of the item's rare nouns
    ("Vorstandsänderungen müssen dem Amtsgericht mitgeteilt werden" / TOP "Amtsgericht")."""
    return any(idf.rare(noun, rare) and term_similarity(noun, word) >= 0.5
               for noun in item.nouns for word in passage.title)


def similarity(a: Profile, b: Profile, idf: Idf, focus: float = 1.0) -> float:
    """Weighted harmonic mean (F-beta, beta = ``focus``) of how much of ``a`` is found in ``b``
    and of ``b`` in ``a``."""
    if not a.weights or not b.weights:
        return 0.0
    covered_a = _coverage(a.weights, b.weights + b.around, idf)
    covered_b = _coverage(b.weights, a.weights + a.around, idf)
    beta2 = focus * focus
    denominator = beta2 * covered_b + covered_a
    return (1 + beta2) * covered_a * covered_b / denominator if denominator else 0.0


def _coverage(source: tuple[tuple[str, float], ...], target: tuple[tuple[str, float], ...], idf: Idf) -> float:
    total = matched = 0.0
    for term, weight in source:
        mass = idf(term) * weight
        total += mass
        matched += mass * max(term_similarity(term, other) * w for other, w in target)
    return matched / total if total else 0.0


def _people(text: str, names: frozenset[str]) -> set[str]:
    return {w.lower() for w in _NAME_PART.findall(text) if w.lower() in names}


def _dates_named(text: str, reference: dt.date | None) -> set[dt.date]:
    """Dates a review heading names, read as past dates: "vom 13.02." in March is last February."""
    out = set()
    for _, _, day in find_dates(text, reference):
        if reference and day > reference:
            day = day.replace(year=day.year - 1) if not (day.month == 2 and day.day == 29) else day
        out.add(day)
    return out
