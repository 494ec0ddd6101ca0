"""Follow every item of a series into the later protocols and keep the mentions that report on it."""
from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field, replace

from extractor.audit.items import Item, is_mandate, is_procedural, items_of, to_follow
from extractor.audit.matching import (Candidate, Idf, Profile, Weights, candidate, label_terms, met, name_aliases,
                                      name_parts, profile, section_terms, with_section)
from extractor.audit.outline import Context, Outline, Passage, passages
from extractor.audit.status import Verdict, classify, has_cue, of_decision, verdict_of
from extractor.audit.terms import terms
from extractor.records import Extraction
from extractor.structure.lines import Line


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
    threads: dict[tuple[str, str], frozenset[frozenset[str]]] = {}
    names = name_parts([p for d in docs for p in d.outline.people])
    revised: set[tuple[str, str]] = set()  # decisions a link has already found changed
    allies: set[frozenset[tuple[str, str]]] = set()  # a decision and the later one that revised it
    clauses = {(d.extraction.doc_id, p.start): p for d in docs for p in d.passages}
    decided = {d.extraction.doc_id: _decisions(d) for d in docs}
    groups = clause_groups(docs)
    said = _bare_verdicts(docs, groups)
    for found in candidates(docs, weights, threads):
        kept = [c for c in found if _links(c, weights)]
        new = []

        def allied(c: Candidate, other: Item) -> bool:
            """Items that a report may name together: a decision and its task, or the decision that
            revised it ("Newsletter: eingestellt" reports on the newsletter and on its end)."""
            return ((c.lexical >= weights.carried and _carries(c.item, other))
                    or frozenset({_item_key(c), (other.doc_id, other.item_id)}) in allies)

        competed = _compete(kept, weights.share, lambda c: groups.get((c.passage.doc_id, c.unit), c.unit),
                            allied, found)
        for c in _best_per_item(competed):
            verdict = said.get(groups.get((c.passage.doc_id, c.unit))) or verdict_of(_told(c, competed, groups))
            if c.item.kind == "decision":
                clause = clauses.get((c.passage.doc_id, c.unit), c.passage)
                later = [i for i in decided[c.passage.doc_id] if _overlaps(clause, i)]
                verdict = of_decision(verdict, clause.text, new_decision=bool(later),
                                      mandate=is_mandate(c.item), revised_before=_item_key(c) in revised)
                if verdict.status == "changed":
                    revised.add(_item_key(c))
                    allies.update(frozenset({_item_key(c), (i.doc_id, i.item_id)}) for i in later)
            new.append(Link(c.item, c.passage, c.score, c.found_by, verdict))
        for link in new:  # the next protocols may report under the same label
            key = (link.item.doc_id, link.item.item_id)
            label = label_terms(link.passage.text, names)
            if label:
                threads[key] = threads.get(key, frozenset()) | {label}
        links += new
    return links


def clause_groups(docs: list[SeriesDoc]) -> dict[tuple[str, int], int]:
    """Each clause's group: the clauses of one line with its indented continuation lines, and a
    clause that goes on with a small letter ("...nur noch 5 € zahlen; der Beschluss vom 05.03.
    wird insoweit geändert"), speak of one matter.  They are competed for together, and what an
    item's clauses in one group say together is its status."""
    groups: dict[tuple[str, int], int] = {}
    n = 0
    for d in docs:
        heads = _logical_lines(d.outline.lines)
        previous: tuple[Passage, int] | None = None
        for p in d.passages:
            head = _head_at(heads, p.start)
            goes_on = previous is not None and (p.text[:1].islower() or head == previous[1])
            if not goes_on:
                n += 1
            groups[(p.doc_id, p.start)] = n
            previous = (p, head)
    return groups


def _logical_lines(lines: list[Line]) -> list[tuple[int, int]]:
    """(start offset, head) for each line: a text line indented below the line just above it
    ("b) Tische: ..." / "   Frau Lenz fragt erneut nach.") continues that line's bullet."""
    out: list[tuple[int, int]] = []
    head, head_indent, above = -1, 0, None
    for line in lines:
        continues = (line.kind == "text" and above is not None and above.kind in ("text", "bullet")
                     and line.indent > head_indent)
        if not continues:
            head, head_indent = line.index, line.indent
        out.append((line.start, head))
        above = None if line.is_blank else line
    return out


def _head_at(heads: list[tuple[int, int]], offset: int) -> int:
    found = bisect_right(heads, (offset, float("inf"))) - 1
    return heads[found][1] if found >= 0 else -1


def _told(c: Candidate, competed: list[Candidate], groups: dict[tuple[str, int], int]) -> tuple[str, ...]:
    """What the clauses of one group that report on the item say about it, in their order
    ("Aktion Schulweg: nur zwei Familien gemeldet." / "Er zieht den Vorschlag zurück, die Woche
    entfällt."): the report on an item may go on past its best clause."""
    group = groups.get((c.passage.doc_id, c.unit))
    same = sorted((x for x in competed if x is c or (_item_key(x) == _item_key(c) and group is not None
                                                       and groups.get((x.passage.doc_id, x.unit)) == group)),
                  key=lambda x: x.passage.start)
    # the other clauses count where they say something definite ("entfällt", "noch nicht"), not
    # where they only go on about the matter ("der Träger richtet ihn im März ein")
    return tuple(text for x in same for text in (x.reports or (x.passage.text,)) if x is c or has_cue(text))


def _bare_verdicts(docs: list[SeriesDoc], groups: dict[tuple[str, int], int]) -> dict[int, Verdict]:
    """The status a group's clause of bare status words gives ("Signal-Gruppe: seit 28.02.
    geschlossen, Infos laufen nur noch über die App. Erledigt."): the minutes' own verdict on the
    line, which decides over what its other words seem to say."""
    out: dict[int, Verdict] = {}
    for d in docs:
        for p in d.passages:
            if not terms(p.text) and has_cue(p.text) and (p.doc_id, p.start) in groups:
                out[groups[(p.doc_id, p.start)]] = classify(p.text)
    return out


def _decisions(doc: SeriesDoc) -> list[Item]:
    """Where the protocol decides something anew: its decisions that are followed themselves."""
    return [i for i in doc.items if i.kind == "decision" and i.source and to_follow(i)]


def _overlaps(passage: Passage, item: Item) -> bool:
    return item.source is not None and item.source.char_start < passage.end and passage.start < item.source.char_end


def candidates(docs: list[SeriesDoc], weights: Weights = Weights(),
               threads: dict[tuple[str, str], frozenset[frozenset[str]]] | None = None
               ) -> Iterator[list[Candidate]]:
    """For each protocol after the first, every pair of an earlier item and a passage that may report.

    Lazily, one protocol at a time: ``threads`` (item key -> labels of its reports so far) may
    grow between protocols, and a report under the same label counts for the item.
    """
    threads = {} if threads is None else threads
    people = [p for d in docs for p in d.outline.people]
    names, aliases = name_parts(people), name_aliases(people)
    profiles = [[profile(p.text, p.context, names, weights, aliases=aliases) for p in d.passages] for d in docs]
    idf = Idf([p for ps in profiles for p in ps])
    dates = frozenset(d.extraction.meeting.date for d in docs if d.extraction.meeting.date)
    sections = [_sections(d, names, weights) for d in docs]

    def reporting(k: int) -> list[tuple[Passage, Profile, list[tuple[Passage, Profile]]]]:
        """The passages of protocol ``k`` that may report, with their profiles and their parts'."""
        out = []
        planned = _planned(docs[k])
        for p, pp in zip(docs[k].passages, profiles[k]):
            if _may_report(p) and (p.start not in planned or has_cue(p.text)):
                parts = [(q, profile(q.text, q.context, names, weights, aliases=aliases)) for q in p.parts]
                out.append((p, with_section(pp, sections[k].get(_section_key(p.context), ())), parts))
        return out

    followed = [[(i, with_section(profile(i.text, i.context, names, weights, i.responsible, lean=True,
                                          aliases=aliases),
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


def _planned(doc: SeriesDoc) -> frozenset[int]:
    """The passages that give someone a new task with a deadline after the meeting ("Brief
    formulieren, Entwurf bis 31.10."): a plan, which reports on nothing unless it says a status."""
    day = doc.extraction.meeting.date
    tasks = [i for i in doc.items if i.kind == "action_item" and i.source and i.deadline
             and (day is None or i.deadline > day)]
    return frozenset(p.start for p in doc.passages
                     if any(i.source.char_start < p.end and p.start < i.source.char_end for i in tasks))


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
    """Enough evidence, some of it shared words, and no status line about another topic."""
    return c.score >= weights.threshold and c.lexical >= weights.terms_needs and "off_label" not in c.found_by


def _may_report(passage: Passage) -> bool:
    """Procedure and lone words ("Projekte", "3D-Druck") report on nothing; a lone word with
    a status ("Austrägerliste: erledigt") does."""
    if is_procedural(passage.text) or passage.text.rstrip().endswith(":"):
        return False  # procedure, or a lead-in whose lines below say what there is to say
    found = len(terms(passage.text))
    return found >= 2 or (found == 1 and has_cue(passage.text))


def _compete(found: list[Candidate], share: float,
             group_of: Callable[[Candidate], Hashable] | None = None,
             allied: Callable[[Candidate, Item], bool] | None = None,
             weaker: list[Candidate] | None = None) -> list[Candidate]:
    """A passage reports on the item it fits best, and on others only when they fit nearly as well.

    Items are compared on their ``fit``: a review section or a status word raises every item alike.
    Items of one line compete together, with the fit of the best of them.  An item that fits
    another passage of the protocol clearly better claims that one, not this.  The clauses of
    one group (``group_of``: one line, or a sentence that goes on) are one passage here, where
    each item counts with its best fit and all the nouns it meets, in the clauses it links and
    in those it does not (``weaker``: "...; der Beschluss vom 05.03. wird geändert" names the
    "Beschluss" of the item whose matter the clause before it names).  Items that meet different
    nouns of the passage ("Tarek erstellt die Aushänge und die Platzordnung") do not compete:
    the passage names each of them.  Nor do items ``allied`` with each other: a decision and
    the task that carries it out, a decision and the one that revised it.
    """
    allied = allied or (lambda c, other: False)
    group_of = group_of or (lambda c: c.unit)
    fit: dict[tuple[Hashable, tuple[str, str]], float] = {}
    nouns: dict[tuple[Hashable, tuple[str, str]], frozenset[str]] = {}
    members: dict[Hashable, list[Candidate]] = {}
    best: dict[tuple[str, str], float] = {}
    for c in found:
        key = (group_of(c), _item_key(c))
        fit[key] = max(fit.get(key, 0.0), c.fit)
        nouns[key] = nouns.get(key, frozenset()) | c.matched
        members.setdefault(group_of(c), []).append(c)
        best[_item_key(c)] = max(best.get(_item_key(c), 0.0), c.fit)
    # a rival counts with the clauses it does not link too: what it names there, and, where the
    # group is the best it fits anywhere in the protocol, how well it fits there
    named = dict(nouns)
    loose_fit: dict[tuple[Hashable, tuple[str, str]], float] = {}
    loose_best: dict[tuple[str, str], float] = {}
    for c in weaker or ():
        key = (group_of(c), _item_key(c))
        named[key] = named.get(key, frozenset()) | c.matched
        loose_fit[key] = max(loose_fit.get(key, 0.0), c.fit)
        loose_best[_item_key(c)] = max(loose_best.get(_item_key(c), 0.0), c.fit)
    loose: dict[Hashable, list[tuple[tuple[str, str], Item]]] = {}
    for c in weaker or ():
        key = (group_of(c), _item_key(c))
        if key not in fit and loose_fit[key] >= loose_best[_item_key(c)] > 0:
            loose.setdefault(key[0], []).append((_item_key(c), c.item))
    line_top: dict[tuple[Hashable, str, str], float] = {}
    for (group, item), value in fit.items():
        line = _line_of_item(members[group], item)
        line_top[(group, *line)] = max(line_top.get((group, *line), 0.0), value)
    kept = []
    for c in found:
        group = group_of(c)
        mine = nouns[(group, _item_key(c))]
        rivals = [fit[(group, _item_key(r))] for r in members[group]
                  if _rivals(mine, named[(group, _item_key(r))])
                  and not allied(c, r.item)
                  and fit[(group, _item_key(r))] >= share * best[_item_key(r)]]
        rivals += [loose_fit[(group, key)] for key, item in loose.get(group, ())
                   if _rivals(mine, named[(group, key)]) and not allied(c, item)]
        if line_top[(group, *_line_key(c))] >= share * max(rivals, default=0.0):
            kept.append(c)
    return kept


def _item_key(c: Candidate) -> tuple[str, str]:
    return c.item.doc_id, c.item.item_id


def _rivals(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two items claim the same thing in a passage: a shared noun, or no noun to tell."""
    return not a or not b or bool(a & b)


def _carries(a: Item, b: Item) -> bool:
    """A decision and a task under the same agenda item of one meeting ("Wir stellen einen Antrag"
    / "Jana schreibt den Antrag") are one matter: a report on it reports on both, so they do not
    compete for it."""
    return (a.doc_id == b.doc_id and a.kind != b.kind and bool(a.context.agenda_title)
            and (a.context.agenda_number, a.context.agenda_title) == (b.context.agenda_number, b.context.agenda_title))


def _line_key(c: Candidate) -> tuple[str, str]:
    """Items written on one line ("Nachfolge gesucht; Ruth spricht Mitglieder an") are one matter:
    a passage that reports on one of them may report on the others."""
    return c.item.doc_id, c.item.context.line or c.item.item_id


def _line_of_item(members: list[Candidate], item: tuple[str, str]) -> tuple[str, str]:
    return next(_line_key(c) for c in members if _item_key(c) == item)


def _best_per_item(found: list[Candidate]) -> list[Candidate]:
    """One link per item and protocol: the best passage the item kept after the competition, so an
    item that lost its best passage to a better-fitting item falls back to its next one."""
    best: dict[tuple[str, str], Candidate] = {}
    for c in found:
        key = (c.item.doc_id, c.item.item_id)
        if key not in best or c.score > best[key].score:
            best[key] = c
    return list(best.values())
