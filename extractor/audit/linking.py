"""Follow every item of a series into the later protocols and keep the mentions that report on it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from extractor.audit.items import Item, is_procedural, items_of, to_follow
from extractor.audit.matching import Candidate, Idf, Profile, Weights, candidate, name_parts, profile
from extractor.audit.outline import Outline, Passage, passages
from extractor.audit.status import Verdict, classify
from extractor.audit.terms import terms
from extractor.records import Extraction


@dataclass
class SeriesDoc:
    """One protocol of a series: what was extracted and where its clauses stand."""

    extraction: Extraction
    outline: Outline
    items: list[Item] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)

    @classmethod
    def of(cls, extraction: Extraction, out: Outline) -> "SeriesDoc":
        return cls(extraction, out, items_of(extraction, out), passages(out))


@dataclass(frozen=True)
class Link:
    item: Item
    passage: Passage
    score: float
    found_by: str
    verdict: Verdict


def link_series(docs: list[SeriesDoc], weights: Weights = Weights()) -> list[Link]:
    """``docs`` in meeting-date order; a link per item and later protocol that reports on it."""
    names = name_parts([p for d in docs for p in d.outline.people])
    profiles = [[profile(p.text, p.context, names, weights) for p in d.passages] for d in docs]
    idf = Idf([p for ps in profiles for p in ps])
    dates = frozenset(d.extraction.meeting.date for d in docs if d.extraction.meeting.date)
    followed = [[(i, profile(i.text, i.context, names, weights, i.responsible)) for i in d.items if to_follow(i)]
                for d in docs]
    links: list[Link] = []
    for j in range(1, len(docs)):
        found = [best for earlier in followed[:j] for item, item_profile in earlier
                 if (best := _best(item, item_profile, docs[j], profiles[j], idf, dates, weights)) is not None
                 and best.score >= weights.threshold]
        links += [Link(c.item, c.passage, c.score, c.found_by, classify(c.passage.text))
                  for c in _compete(found, weights.share)]
    return links


def _best(item: Item, item_profile: Profile, later: SeriesDoc, profiles: list[Profile], idf: Idf,
          dates: frozenset[dt.date], weights: Weights) -> Candidate | None:
    found = [candidate(item, item_profile, p, pp, idf, dates, weights)
             for p, pp in zip(later.passages, profiles) if _may_report(p)]
    return max(found, key=lambda c: c.score, default=None)


def _may_report(passage: Passage) -> bool:
    """Procedure and lone words ("Projekte", "3D-Druck") report on nothing."""
    return len(terms(passage.text)) >= 2 and not is_procedural(passage.text)


def _compete(found: list[Candidate], share: float) -> list[Candidate]:
    """A passage reports on the item it fits best, and on others only when they fit nearly as well."""
    top: dict[int, float] = {}
    for c in found:
        top[c.passage.start] = max(top.get(c.passage.start, 0.0), c.score)
    return [c for c in found if c.score >= share * top[c.passage.start]]
