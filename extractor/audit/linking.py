"""Follow every item of a series into the later protocols and keep the mentions that report on it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from extractor.audit.items import Item, is_procedural, items_of
from extractor.audit.matching import Candidate, Idf, Profile, Weights, candidate, name_parts, profile
from extractor.audit.outline import Outline, Passage, passages
from extractor.audit.status import Verdict, classify
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
    names = name_parts([p for d in docs for p in d.outline.people]
                       + [r for d in docs for i in d.items for r in i.responsible])
    passage_profiles = [[profile(p.text, p.context, names, weights) for p in d.passages] for d in docs]
    idf = Idf([p for ps in passage_profiles for p in ps])
    dates = frozenset(d.extraction.meeting.date for d in docs if d.extraction.meeting.date)
    links = []
    for i, doc in enumerate(docs):
        for item in doc.items:
            if is_procedural(item.text):
                continue
            item_profile = profile(item.text, item.context, names, weights, item.responsible)
            for later, profiles in zip(docs[i + 1:], passage_profiles[i + 1:]):
                best = _best(item, item_profile, later, profiles, idf, dates, weights)
                if best is not None and best.score >= weights.threshold:
                    links.append(Link(item, best.passage, best.score, best.found_by, classify(best.passage.text)))
    return links


def _best(item: Item, item_profile: Profile, later: SeriesDoc, profiles: list[Profile], idf: Idf,
          dates: frozenset[dt.date], weights: Weights) -> Candidate | None:
    found = [candidate(item, item_profile, p, pp, idf, dates, weights)
             for p, pp in zip(later.passages, profiles) if not is_procedural(p.text)]
    return max(found, key=lambda c: c.score, default=None)
