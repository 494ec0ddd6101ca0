"""Follow every item of a series into the later protocols and keep the mentions that report on it."""
from __future__ import annotations

from dataclasses import dataclass, field

from extractor.audit.items import Item, is_procedural, items_of, to_follow
from extractor.audit.matching import (Candidate, Idf, Weights, candidate, name_parts, profile, section_terms,
                                      with_section)
from extractor.audit.outline import Context, Outline, Passage, passages
from extractor.audit.status import Verdict, classify, has_cue
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
    links: list[Link] = []
    for found in candidates(docs, weights):
        kept = [c for c in found if _links(c, weights)]
        links += [Link(c.item, c.passage, c.score, c.found_by, classify(c.passage.text))
                  for c in _best_per_item(_compete(kept, weights.share))]
    return links


def candidates(docs: list[SeriesDoc], weights: Weights = Weights()) -> list[list[Candidate]]:
    """For each protocol after the first, every pair of an earlier item and a passage that may report."""
    names = name_parts([p for d in docs for p in d.outline.people])
    profiles = [[profile(p.text, p.context, names, weights) for p in d.passages] for d in docs]
    idf = Idf([p for ps in profiles for p in ps])
    dates = frozenset(d.extraction.meeting.date for d in docs if d.extraction.meeting.date)
    sections = [_sections(d, names, weights) for d in docs]
    profiles = [[with_section(pp, sections[k].get(_section_key(p.context), ())) for p, pp in zip(d.passages, ps)]
                for k, (d, ps) in enumerate(zip(docs, profiles))]
    followed = [[(i, with_section(profile(i.text, i.context, names, weights, i.responsible),
                                  sections[k].get(_section_key(i.context), ())))
                 for i in d.items if to_follow(i)] for k, d in enumerate(docs)]
    out = []
    for j in range(1, len(docs)):
        reporting = [(p, pp) for p, pp in zip(docs[j].passages, profiles[j]) if _may_report(p)]
        out.append([candidate(item, item_profile, p, pp, idf, dates, weights)
                    for earlier in followed[:j] for item, item_profile in earlier for p, pp in reporting])
    return out


def _sections(doc: SeriesDoc, names: frozenset[str], weights: Weights) -> dict[tuple[str, str], tuple]:
    """The terms of each agenda item's lines; protocols without agenda items have no sections."""
    texts: dict[tuple[str, str], list[str]] = {}
    for p in doc.passages:
        if (key := _section_key(p.context)) is not None:
            texts.setdefault(key, []).append(p.text)
    return {k: section_terms(t, names, weights.section) for k, t in texts.items()}


def _section_key(context: Context) -> tuple[str, str] | None:
    return (context.agenda_number or "", context.agenda_title) if context.agenda_title else None


def _links(c: Candidate, weights: Weights) -> bool:
    return c.score >= weights.threshold and c.lexical >= weights.terms_needs


def _may_report(passage: Passage) -> bool:
    """Procedure and lone words ("Projekte", "3D-Druck") report on nothing; a lone word with
    a status ("Austrägerliste: erledigt") does."""
    if is_procedural(passage.text):
        return False
    found = len(terms(passage.text))
    return found >= 2 or (found == 1 and has_cue(passage.text))


def _compete(found: list[Candidate], share: float) -> list[Candidate]:
    """A passage reports on the item it fits best, and on others only when they fit nearly as well.

    Items are compared on their ``fit``: a review section or a status word raises every item alike.
    Items of one line compete together, with the fit of the best of them.
    """
    top: dict[int, float] = {}
    for c in found:
        top[c.passage.start] = max(top.get(c.passage.start, 0.0), c.fit)
    line_top: dict[tuple[int, str, str], float] = {}
    for c in found:
        key = _line_key(c)
        line_top[key] = max(line_top.get(key, 0.0), c.fit)
    return [c for c in found if line_top[_line_key(c)] >= share * top[c.passage.start]]


def _line_key(c: Candidate) -> tuple[int, str, str]:
    """Items written on one line ("Nachfolge gesucht; Ruth spricht Mitglieder an") are one matter:
    a passage that reports on one of them may report on the others."""
    return c.passage.start, c.item.doc_id, c.item.context.line or c.item.item_id


def _best_per_item(found: list[Candidate]) -> list[Candidate]:
    """One link per item and protocol: the best passage the item kept after the competition, so an
    item that lost its best passage to a better-fitting item falls back to its next one."""
    best: dict[tuple[str, str], Candidate] = {}
    for c in found:
        key = (c.item.doc_id, c.item.item_id)
        if key not in best or c.score > best[key].score:
            best[key] = c
    return list(best.values())
