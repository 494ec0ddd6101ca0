"""Records from marked clauses: decisions with their votes, tasks with people and deadlines,
appointments, and the rows of result tables.

The spaCy stages say what each clause is; this module decides which clause
quotes a finding and what belongs to it (a vote run, a "Verantwortlich:" line).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import re
from collections.abc import Callable
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc

from extractor import temporal
from extractor.ingest.document import Document
from extractor.lang.de.findings import AGENDA_READOUT, FINITE_VERBS, RESPONSIBLE_LABELS
from extractor.nlp import people_gazetteer, run_stages
from extractor.records import ActionItem, Appointment, Decision, Extraction, Provenance
from extractor.stages.actions import named_people, split_people
from extractor.stages.appointments import find_appointments, is_next_meeting
from extractor.stages.clauses import Clause
from extractor.stages.decisions import (
    assign_vote_results, merge_votes, motion_wording, puts_to_vote, refers_back, result_votes,
)
from extractor.stages.motions import MotionBlock, find_motion_blocks
from extractor.stages.responsible import resolve_people
from extractor.stages.result_tables import ResultRow
from extractor.stages.votes import Votes, parse_votes
from extractor.structure.agenda import Heading
from extractor.structure.lines import clean_inline


def find_records(doc: Document, ex: Extraction, clauses: list[Clause], rows: list[ResultRow],
          headings: list[Heading], attendees: list[str], nlp: Language, body_start: int,
          legend: dict[str, str] | None = None, offices: dict[str, str] | None = None) -> None:
    """Run the spaCy stages over the clauses and turn their marks into records.

    Tasks are looked for from ``body_start`` on: above the first agenda item stand the
    header and the agenda as planned ("Meilensteine 2024 (Tim)"), not work to do.
    ``legend`` spells out the initials the minutes use ("GS" -> "Geschäftsstelle"); ``offices`` names
    who holds an office ("die Kassenwartin").
    """
    resolve = partial(resolve_people, attendees=attendees, initials=legend or {}, offices=offices or {})
    typed = [(r, _row_clause(r, headings)) for r in rows]
    ex.appointments = _appointments(doc, ex, clauses + [c for _, c in typed], headings)
    next_meeting = next((a.date for a in ex.appointments if "next_meeting" in a.source.found_by), None)
    titles = [_heading_clause(h) for h in headings]  # an agenda title may itself be a task
    listed = {_plain(h.title) for h in headings}
    clauses = [c for c in clauses if _plain(c.text) not in listed and not _reads_out_agenda(c)]  # the agenda read out in TOP 1
    prose = sorted(clauses + titles + [c for r, c in typed if r.kind is None and not r.who], key=lambda c: c.start)
    marked = list(zip(prose, run_stages(nlp, [c.text for c in prose], people_gazetteer(attendees),
                                        [c.context for c in prose])))
    ex.decisions = _decisions(doc, ex.doc_id, marked, body_start) + [
        _decision(doc, ex.doc_id, c, parse_votes(c.text), "decision.table_row") for r, c in typed if r.kind == "decision"]
    labels = _responsible_labels(doc, marked)
    block_tasks, block_lines = _responsible_blocks(marked)
    for i, (clause, sent) in enumerate(marked):
        if i in labels.values() or i in block_lines:
            continue  # "Verantwortlich: ..." went to the task before it
        if i in block_tasks and clause.start >= body_start:
            named = sent._.named or block_tasks[i]
            ex.action_items.append(_action(doc, ex, clause, named, "action.responsible_block", resolve, next_meeting))
            continue
        if i in labels:
            who, due = _who_and_due(marked[labels[i]][0].text)
            ex.action_items.append(_action(doc, ex, clause, split_people(who), "action.responsible_label",
                                           resolve, next_meeting, due))
        elif sent._.action and (not sent._.decision or sent._.action in _ALSO_DECIDED) and clause.start >= body_start and len(clause.text.split()) > 1 and (
                clause.kind != "heading" or sent._.action in _TITLE_TASKS):
            named = sent._.named or _pronoun_doer(clause, marked[i - 1] if i > 0 else None)
            task = _action(doc, ex, clause, named, sent._.action, resolve, next_meeting)
            previous = ex.action_items[-1] if ex.action_items and i > 0 and ex.action_items[-1].source.char_start == marked[i - 1][0].start else None
            if previous is not None and _dates_the_task_before(task, previous):
                # "Olli bestellt die Flyer. Am 21.06. soll die Bestellung rausgehen.": one task, its date
                previous.deadline_text, previous.deadline = task.deadline_text, task.deadline
                continue
            ex.action_items.append(task)
    for row, clause in typed:
        if row.kind == "action" or (row.kind is None and row.who):
            named = split_people(row.who) if row.who else []
            ex.action_items.append(_action(doc, ex, clause, named, "action.table_row", resolve, next_meeting, row.due))
    ex.decisions.sort(key=lambda d: d.source.char_start)
    ex.action_items.sort(key=lambda a: a.source.char_start)


_AGENDA_READOUT = re.compile(AGENDA_READOUT, re.IGNORECASE)
# Task rules whose clause may be a decision too ("Die Pressearbeit wird an Hernani übertragen.")
_ALSO_DECIDED = ("action.handed_over",)
_PRONOUN_SUBJECT = re.compile(r"^(?:Er|Sie)\s+(?:[a-zäöüß]+(?:t|et)|wird)\b")
_STATEMENT = re.compile(r"\b(?:%s)\b" % "|".join(FINITE_VERBS))
_OUTCOME_IN_BRACKETS = re.compile(r"\([^()]*\b(?:beschlossen|angenommen|einstimmig)\b[^()]*\)\s*[.!]?$")
_LABEL_WORDS = "|".join(RESPONSIBLE_LABELS)
_RESPONSIBLE_HEAD = re.compile(rf"^(?:{_LABEL_WORDS})\s*:?\s*$", re.I)
_NAME_ITEM = re.compile(r"^(?:[A-ZÄÖÜ@][\w.@'-]*)(?:\s+[A-ZÄÖÜ][\w.'-]*){0,2}\s*[.,]?$")
_RESPONSIBLE_ONLY = re.compile(rf"^(?:{_LABEL_WORDS})\s*:\s*(?P<value>.+)$", re.I)
# Rules strong enough to make an agenda title a task ("Lastschriftmandat muss noch gemacht werden").
_TITLE_TASKS = ("action.need", "action.future", "action.subject_verb", "action.known_subject", "action.label")


def _pronoun_doer(clause: Clause, previous: tuple[Clause, Doc] | None) -> list[str]:
    """"MB war noch nicht dort. Er versucht es bis Mitte April.": "er" is the one person named just before."""
    if previous is None or not _PRONOUN_SUBJECT.match(clause.text) or previous[0].agenda_item != clause.agenda_item:
        return []
    statement = re.sub(r"^[^:]{1,40}:\s*", "", previous[0].text)  # "Baumarkt: Timo war noch nicht dort."
    named = named_people(statement, previous[1].user_data.get("people", frozenset()))
    return named if len(named) == 1 else []


def _dates_the_task_before(task: ActionItem, previous: ActionItem) -> bool:
    """A sentence with only a date and a word of the task before it ("die Bestellung" after "bestellen")."""
    if task.source.found_by != "action.dated" or task.responsible or task.deadline is None \
            or previous.deadline is not None or task.agenda_item != previous.agenda_item:
        return False
    stems = lambda text: {w.lower()[:6] for w in re.findall(r"[^\W\d_]{6,}", text)}  # noqa: E731
    nouns = {w.lower()[:6] for w in re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]{5,}", task.task)}
    return bool(nouns & stems(previous.task))


def _reads_out_agenda(clause: Clause) -> bool:
    return any(_AGENDA_READOUT.search(parent) for parent in clause.context)


def _plain(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _responsible_labels(doc: Document, marked: list[tuple[Clause, Doc]]) -> dict[int, int]:
    """{task clause: label clause} for "Drei Angebote einholen. Verantwortlich: Hr. Oberdorf, bis Freitag"."""
    out = {}
    for i in range(1, len(marked)):
        clause, previous = marked[i][0], marked[i - 1][0]
        if _RESPONSIBLE_ONLY.match(clause.text) and not doc.text[previous.end:clause.start].count("\n\n"):
            out[i - 1] = i
    return out


def _responsible_blocks(marked: list[tuple[Clause, Doc]]) -> tuple[dict[int, list[str]], set[int]]:
    """"Verantwortlich" over a list of names names who does the list items just above it.

    Returns {task clause: names} and the clauses of the label and its names.
    """
    tasks: dict[int, list[str]] = {}
    lines: set[int] = set()
    for i, (clause, _) in enumerate(marked):
        if not _RESPONSIBLE_HEAD.match(clause.text):
            continue
        names = []
        j = i + 1
        while j < len(marked) and marked[j][0].kind == "bullet" and marked[j][0].agenda_item == clause.agenda_item \
                and _NAME_ITEM.match(marked[j][0].text):
            names.append(marked[j][0].text.strip(" .,"))
            j += 1
        k = i - 1
        above = []
        while k >= 0 and marked[k][0].kind == "bullet" and marked[k][0].agenda_item == clause.agenda_item:
            above.append(k)
            k -= 1
        if names and above:
            lines.update(range(i, j))
            tasks.update({t: names for t in above})
    return tasks, lines


def _who_and_due(label: str) -> tuple[str, str | None]:
    """"Verantwortlich: Hr. Arslan, bis zum 15.03.2024" -> ("Hr. Arslan", "bis zum 15.03.2024")."""
    value = _RESPONSIBLE_ONLY.match(label).group("value")
    who, _, rest = value.partition(",")
    return who.strip(), (rest.strip() or None)


def _row_clause(row: ResultRow, headings: list[Heading]) -> Clause:
    """A table row as a clause: its content cell, its agenda item from the TOP column or position."""
    line = row.line
    agenda = row.agenda_item or next((h.number for h in reversed(headings) if h.line.start <= line.start), None)
    return Clause(line.content_start, line.end, row.text, line.raw, agenda, "table", ())


def _appointments(doc: Document, ex: Extraction, clauses: list[Clause], headings: list[Heading]) -> list[Appointment]:
    dates_sections = {h.number for h in headings if re.search(r"termin|nächste", h.title, re.I)}
    next_sections = {h.number for h in headings if is_next_meeting(h.title)}
    units = [(c.text, c) for c in clauses] + [(h.title, _heading_clause(h)) for h in headings]
    out = []
    for text, clause in sorted(units, key=lambda u: u[1].start):
        for found in find_appointments(text, ex.meeting.date, clause.agenda_item in dates_sections):
            if clause.agenda_item in next_sections and clause.kind != "heading":
                found = dataclasses.replace(found, rule="appointment.next_meeting_section", is_next_meeting=True)
            if found.date not in {a.date for a in out}:
                out.append(Appointment(ex.doc_id, found.title, found.date, found.start_time, found.end_time,
                                       found.location, _clause_source(doc, clause, found.rule)))
    return out


def _heading_clause(heading: Heading) -> Clause:
    """An agenda heading as a clause, for events named in a title ("Digitaler Aufbruch 23. November")."""
    line = heading.line
    return Clause(line.content_start, line.end, heading.title, line.raw, heading.number, "heading", ())


def _decisions(doc: Document, doc_id: str, marked: list[tuple[Clause, Doc]], body_start: int) -> list[Decision]:
    """Decisions, each with the bare vote results that belong to it.

    A clause that is neither decision nor motion but owns results ("Michael" over
    "- 9 Stimmen: Ja") becomes a decision that quotes both. List items above the first
    agenda item are the agenda as planned ("6.1 Entlastung des Vorstands"), not decisions.
    """
    texts = [c.text for c, _ in marked]
    same_item = [i > 0 and marked[i - 1][0].agenda_item == c.agenda_item for i, (c, _) in enumerate(marked)]
    is_decision = [bool(s._.decision) for _, s in marked]
    opens = [not same_item[i] or marked[i - 1][0].kind == "heading" for i, (c, _) in enumerate(marked)]
    may_own = [c.kind != "heading" and c.text[:1].isupper() and not s._.action and not c.text.endswith(("?", ":"))
               and len(c.text.split()) >= 4 for c, s in marked]
    owners = assign_vote_results(texts, is_decision, same_item, opens, may_own)
    absorbed = {r for run in owners.values() for r in run}
    blocks = find_motion_blocks(doc.text, [c for c, _ in marked], is_decision)
    in_block = {i for b in blocks for i in _block_members(b)}
    out: list[Decision] = []
    for i, (clause, sent) in enumerate(marked):
        if i in absorbed or i in in_block or not (sent._.decision or i in owners) or _planned_agenda(clause, body_start) \
                or (clause.kind == "heading" and i not in owners):
            continue
        if i > 0 and _OUTCOME_IN_BRACKETS.search(clause.text) and same_item[i] and not marked[i - 1][1]._.decision \
                and not marked[i - 1][1]._.action and doc.text[marked[i - 1][0].end:clause.start].strip() == ";":
            first = marked[i - 1][0]  # "X findet am … statt; der Beirat stellt … bereit (einstimmig beschlossen)."
            raw = doc.text[first.start:clause.end]
            clause = Clause(first.start, clause.end, clean_inline(re.sub(r"\s+", " ", raw)), raw, first.agenda_item,
                            first.kind, first.context)
        own = sent._.votes or parse_votes(clause.text)
        if not own.found and i + 1 < len(marked) and doc.text[clause.end:marked[i + 1][0].start].strip() == ";":
            own = parse_votes(marked[i + 1][0].text)  # "... beschließt X; der Beschluss vom Mai wird geändert (6 Ja, 1 Nein)."
        votes = merge_votes([own, result_votes([texts[r] for r in owners.get(i, ())])])
        rule = sent._.decision or "decision.motion_with_result"
        back = i - 1
        while back > 0 and back in absorbed and back not in in_block:
            back -= 1  # "Der Antrag ist angenommen." after "Abstimmungsergebnis: …": the motion before both
        previous = marked[back] if i > 0 else None
        wording = motion_wording(clause.text)
        if wording is not None:
            clause = dataclasses.replace(clause, text=wording)  # "Beschlussvorschlag: X" over its result: X was decided
            rule = sent._.decision or "decision.motion_label"
        elif not sent._.decision and owners.get(i, (i,))[0] < i:
            rule = "decision.result_before"  # "Abstimmung: 6 dafür … / Das Sommerfest findet … statt."
        elif not sent._.decision and not puts_to_vote(clause.text) and clause.kind != "heading":
            clause = _joined(doc, clause, marked[owners[i][-1]][0])
        elif refers_back(clause.text) and same_item[i] and out and out[-1].source.char_start == previous[0].start:
            # "Der Vorschlag wurde einstimmig angenommen." after a decision: one decision, its votes joined
            merged = merge_votes([votes, _votes_of(out[-1])])
            out[-1] = dataclasses.replace(out[-1], votes_yes=merged.yes, votes_no=merged.no,
                                          votes_abstain=merged.abstain, unanimous=merged.unanimous)
            continue
        elif refers_back(clause.text) and same_item[i] and previous[0].kind != "heading" \
                and back not in absorbed and back not in in_block and not previous[1]._.action \
                and _STATEMENT.search(previous[0].text) and not previous[0].text.endswith(":"):
            # "Die Geschäftsadresse ist ... / Dies wurde einstimmig beschlossen.": the clause before is it
            clause, rule = previous[0], "decision.refers_back"
        out.append(_decision(doc, doc_id, clause, votes, rule))
    for block in blocks:
        results = [block.result] if block.result is not None else []
        owned = [r for i in _block_members(block) for r in owners.get(i, ())]
        votes = merge_votes([parse_votes(texts[block.intro]), result_votes([texts[r] for r in results + owned])])
        for paragraph in block.paragraphs:
            clause = _span(doc, [marked[j][0] for j in paragraph])
            out.append(_decision(doc, doc_id, clause, votes, "decision.motion_block"))
    return sorted(out, key=lambda d: d.source.char_start)


def _block_members(block: MotionBlock) -> list[int]:
    return [block.intro, *(j for p in block.paragraphs for j in p)] + ([block.result] if block.result is not None else [])


def _span(doc: Document, clauses: list[Clause]) -> Clause:
    """Clauses of one paragraph as one: "Folgender Satz soll hinzugefügt werden:" with the sentence."""
    first, last = clauses[0], clauses[-1]
    return Clause(first.start, last.end, " ".join(c.text for c in clauses), doc.text[first.start:last.end],
                  first.agenda_item, first.kind, first.context)


def _votes_of(decision: Decision) -> Votes:
    return Votes(decision.votes_yes, decision.votes_no, decision.votes_abstain, decision.unanimous)


def _planned_agenda(clause: Clause, body_start: int) -> bool:
    return clause.start < body_start and (clause.kind == "bullet" or bool(re.match(r"\s*\d", clause.raw)))


def _joined(doc: Document, first: Clause, last: Clause) -> Clause:
    raw = doc.text[first.start:last.end]
    text = re.sub(r"\s*\n\s*(?:[-*•◦]\s+)?", " ◦ ", raw.strip())
    return Clause(first.start, last.end, clean_inline(text), raw, first.agenda_item, first.kind, first.context)


def _decision(doc: Document, doc_id: str, clause: Clause, votes: Votes, rule: str) -> Decision:
    return Decision(doc_id, _stable_id(doc_id, "D", clause.text), clause.text, clause.agenda_item, None,
                    votes.yes, votes.no, votes.abstain, votes.unanimous, _clause_source(doc, clause, rule))


def _action(doc: Document, ex: Extraction, clause: Clause, named: list[str], rule: str,
            resolve: Callable[[list[str]], list[str]], next_meeting: dt.date | None,
            due: str | None = None) -> ActionItem:
    """A task record; ``due`` is a deadline cell of a result table, which wins over the text."""
    date = ex.meeting.date
    expression = temporal.find_deadline(due) if due else _deadline_expression(clause)
    deadline_text = expression.text if expression else due
    deadline = temporal.resolve_deadline(expression.text, date, next_meeting) if expression and date else None
    return ActionItem(ex.doc_id, _stable_id(ex.doc_id, "A", clause.text), clause.text, clause.agenda_item,
                      resolve(named), deadline_text, deadline,
                      _clause_source(doc, clause, rule))


def _deadline_expression(clause: Clause) -> temporal.TimeExpression | None:
    """The task's own time expression, else one of the line it hangs from ("Vorbereitung für den 13. Oktober")."""
    for text in (clause.text, clause.before) + clause.context:
        expression = temporal.find_deadline(text)
        if expression is not None:
            return expression
    return None


def _stable_id(doc_id: str, kind: str, text: str) -> str:
    """Same document, same text, same id: follow-up links survive re-extraction."""
    digest = hashlib.sha1(f"{doc_id}\n{text}".encode("utf-8")).hexdigest()[:8]
    return f"{doc_id}/{kind}-{digest}"


def _clause_source(doc: Document, clause: Clause, rule: str) -> Provenance:
    return Provenance(str(doc.path), doc.page_at(clause.start), clause.start, clause.end,
                      clause.raw.strip(), rule)
