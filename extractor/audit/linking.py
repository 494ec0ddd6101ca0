"""Follow every item of a series into the later protocols and keep the mentions that report on it."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from extractor.audit.items import Item, is_procedural, items_of, to_follow
from extractor.audit.matching import (Candidate, Idf, Profile, Weights, candidate, label_terms, met, name_parts,
                                      profile, section_terms, with_section)
from extractor.audit.outline import Context, Outline, Passage, passages
from extractor.audit.status import Verdict, has_cue, verdict_of
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
    threads: dict[tuple[str, str], frozenset[str]] = {}
    for found in candidates(docs, weights, threads):
        kept = [c for c in found if _links(c, weights)]
        new = [Link(c.item, c.passage, c.score, c.found_by, verdict_of(c.reports or (c.passage.text,)))
               for c in _best_per_item(_compete(kept, weights.share))]
        for link in new:  # the next protocols may report under the same label
            key = (link.item.doc_id, link.item.item_id)
            threads[key] = threads.get(key, frozenset()) | label_terms(link.passage.text)
        links += new
    return links


def candidates(docs: list[SeriesDoc], weights: Weights = Weights(),
               threads: dict[tuple[str, str], frozenset[str]] | None = None) -> Iterator[list[Candidate]]:
    """For each protocol after the first, every pair of an earlier item and a passage that may report.

    Lazily, one protocol at a time: ``threads`` (item key -> labels of its reports so far) may
    grow between protocols, and a report under the same label counts for the item.
    """
    threads = {} if threads is None else threads
    names = name_parts([p for d in docs for p in d.outline.people])
    profiles = [[profile(p.text, p.context, names, weights) for p in d.passages] for d in docs]
    idf = Idf([p for ps in profiles for p in ps])
    dates = frozenset(d.extraction.meeting.date for d in docs if d.extraction.meeting.date)
    sections = [_sections(d, names, weights) for d in docs]

    def reporting(k: int) -> list[tuple[Passage, Profile, list[tuple[Passage, Profile]]]]:
        """The passages of protocol ``k`` that may report, with their profiles and their parts'."""
        out = []
        for p, pp in zip(docs[k].passages, profiles[k]):
            if _may_report(p):
                parts = [(q, profile(q.text, q.context, names, weights)) for q in p.parts]
                out.append((p, with_section(pp, sections[k].get(_section_key(p.context), ())), parts))
        return out

    followed = [[(i, with_section(profile(i.text, i.context, names, weights, i.responsible, lean=True),
                                  sections[k].get(_section_key(i.context), ())))
                 for i in d.items if to_follow(i)] for k, d in enumerate(docs)]
    for j in range(1, len(docs)):
        day = docs[j].extraction.meeting.date
        assigned, units = _assignees(docs[j], names), reporting(j)
        yield [_narrowed(candidate(item, item_profile, p, pp, idf, dates, weights,
                                   threads.get((item.doc_id, item.item_id), frozenset())), item_profile, parts, weights)
               for earlier in followed[:j] for item, item_profile in earlier if _before(item, day)
               for p, pp, parts in units if not _handed_to_others(item, assigned.get(p.start), names)]


def _assignees(doc: SeriesDoc, names: frozenset[str]) -> dict[int, frozenset[str]]:
    """For each passage that gives someone a new task: the people it goes to and the people it names."""
    out: dict[int, frozenset[str]] = {}
    tasks = [i for i in doc.items if i.kind == "action_item" and i.responsible and i.source]
    for p in doc.passages:
        people = {w for i in tasks if i.source.char_start < p.end and p.start < i.source.char_end
                  for w in name_parts(list(i.responsible)) if w in names}
        if people:
            out[p.start] = frozenset(people | name_parts([p.text]) & names)
    return out


def _handed_to_others(item: Item, people: frozenset[str] | None, names: frozenset[str]) -> bool:
    """A new task for other people ("den Antrag stellt Tarek") that does not name the people of
    an earlier task ("Jana schreibt den Antrag") is no report on it: it is another matter.
    ``people``: whom the passage gives a task to, and whom it names."""
    if not people or item.kind != "action_item" or not item.responsible:
        return False
    return not people & name_parts(list(item.responsible)) & names


def _narrowed(found: Candidate, item_profile: Profile, parts: list[tuple[Passage, Profile]],
              weights: Weights) -> Candidate:
    """A linked passage narrowed to its parts that name the item: "Termin steht, Kassenbericht in
    Arbeit" reports on the Kassenbericht in its second part.  The score stays the whole passage's
    (a short part would match too easily); the parts give the evidence and the status.  A part
    without a noun ("..., noch nicht verschickt") goes on about what the part before named."""
    if not parts or not _links(found, weights):
        return found
    naming: list[Passage] = []
    previous = False
    for p, pp in parts:
        previous = bool(met(pp, item_profile)) if pp.nouns else previous
        if previous:
            naming.append(p)
    if not naming:
        return found
    evidence = naming[0] if len(naming) == 1 else found.passage
    return replace(found, passage=evidence, reports=tuple(p.text for p in naming))


def _before(item: Item, day: dt.date | None) -> bool:
    """Only a later meeting reports on an item: a protocol of the same day is another version
    or another body's minutes of that meeting, not a follow-up."""
    return item.meeting_date is None or day is None or item.meeting_date < day


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
    if is_procedural(passage.text) or passage.text.rstrip().endswith(":"):
        return False  # procedure, or a lead-in whose lines below say what there is to say
    found = len(terms(passage.text))
    return found >= 2 or (found == 1 and has_cue(passage.text))


def _compete(found: list[Candidate], share: float) -> list[Candidate]:
    """A passage reports on the item it fits best, and on others only when they fit nearly as well.

    Items are compared on their ``fit``: a review section or a status word raises every item alike.
    Items of one line compete together, with the fit of the best of them.  An item that fits
    another passage of the protocol clearly better claims that one, not this.  Items that meet
    different nouns of the passage ("Tarek erstellt die Aushänge und die Platzordnung") do not
    compete: the passage names each of them.
    """
    line_top: dict[tuple[int, str, str], float] = {}
    for c in found:
        key = _line_key(c)
        line_top[key] = max(line_top.get(key, 0.0), c.fit)
    best: dict[tuple[str, str], float] = {}
    for c in found:
        best[_item_key(c)] = max(best.get(_item_key(c), 0.0), c.fit)
    by_passage: dict[int, list[Candidate]] = {}
    for c in found:
        by_passage.setdefault(c.unit, []).append(c)
    kept = []
    for c in found:
        rivals = [r.fit for r in by_passage[c.unit] if _rivals(c, r) and r.fit >= share * best[_item_key(r)]]
        if line_top[_line_key(c)] >= share * max(rivals, default=0.0):
            kept.append(c)
    return kept


def _item_key(c: Candidate) -> tuple[str, str]:
    return c.item.doc_id, c.item.item_id


def _rivals(a: Candidate, b: Candidate) -> bool:
    """Whether two items claim the same thing in a passage: a shared noun, or no noun to tell."""
    return a is b or not a.matched or not b.matched or bool(a.matched & b.matched)


def _line_key(c: Candidate) -> tuple[int, str, str]:
    """Items written on one line ("Nachfolge gesucht; Ruth spricht Mitglieder an") are one matter:
    a passage that reports on one of them may report on the others."""
    return c.unit, c.item.doc_id, c.item.context.line or c.item.item_id


def _best_per_item(found: list[Candidate]) -> list[Candidate]:
    """One link per item and protocol: the best passage the item kept after the competition, so an
    item that lost its best passage to a better-fitting item falls back to its next one."""
    best: dict[tuple[str, str], Candidate] = {}
    for c in found:
        key = (c.item.doc_id, c.item.item_id)
        if key not in best or c.score > best[key].score:
            best[key] = c
    return list(best.values())
