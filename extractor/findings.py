"""Records from clauses: run the spaCy stages, then assemble decisions, tasks and appointments.

The spaCy stages say what each clause is; ``extractor.assembly`` decides which
clause quotes a finding and what belongs to it (a vote run, a "Verantwortlich:" line).
"""
from __future__ import annotations

import datetime
import re
from functools import partial

from spacy.language import Language

from extractor.assembly.appointments import appointment_records
from extractor.assembly.decisions import decision_record, decision_records
from extractor.assembly.sources import heading_clause, plain, row_clause, row_sentences, schedule_clause
from extractor.assembly.tasks import TaskBuilder, row_tasks, table_tasks, task_records
from extractor.ingest.document import Document
from extractor.lang.de.findings import AGENDA_READOUT, MEETING_NOUN, NEXT_MEETING_PLAIN
from extractor.nlp import people_gazetteer, run_stages
from extractor.records import Extraction
from extractor.stages.clauses import Clause
from extractor.stages.responsible import resolve_people
from extractor.stages.result_tables import ResultRow
from extractor.stages.votes import parse_votes
from extractor.structure.agenda import Heading

_AGENDA_READOUT = re.compile(AGENDA_READOUT, re.IGNORECASE)
_PLAIN_NEXT = re.compile(NEXT_MEETING_PLAIN, re.IGNORECASE)
_MEETING_NOUN = re.compile(MEETING_NOUN, re.IGNORECASE)


def find_records(doc: Document, ex: Extraction, clauses: list[Clause], rows: list[ResultRow],
                 headings: list[Heading], attendees: list[str], nlp: Language, body_start: int,
                 legend: dict[str, str] | None = None, offices: dict[str, str] | None = None,
                 few_listed: bool = False) -> None:
    """Fill ``ex`` with the decisions, tasks and appointments of one document.

    ``body_start``: where the first agenda item starts (above it stand header and agenda as planned).
    ``legend`` spells out the initials the minutes use ("GS" -> "Geschäftsstelle"); ``offices`` names
    who holds an office ("die Kassenwartin"). ``few_listed``: the attendance names only a few
    people (a head count), so a task's doer may be someone no list gives.
    """
    typed = [(r, row_clause(r, headings)) for r in rows if not r.scheduled]
    schedule = [schedule_clause(r, headings) for r in rows if r.scheduled]
    open_rows = [(r, row_sentences(doc, r, c)) for r, c in typed if r.kind is None]  # each sentence read on its own
    in_cells = [s for _, sentences in open_rows for s in sentences] + [c for r, c in typed if r.kind is not None]
    ex.appointments = appointment_records(doc, ex, clauses + in_cells, headings, schedule)
    next_meeting = _next_meeting(ex)
    # an agenda title may itself be a task (not the topic cell of a result table)
    titles = [heading_clause(h) for h in headings if h.found_by != "agenda.table_row"]
    listed = {plain(h.title) for h in headings}
    clauses = [c for c in clauses if plain(c.text) not in listed and not _reads_out_agenda(c)]  # the agenda read out in TOP 1
    prose = sorted(clauses + titles + [s for _, sentences in open_rows for s in sentences], key=lambda c: c.start)
    marked = list(zip(prose, run_stages(nlp, [c.text for c in prose], people_gazetteer(attendees),
                                        [c.context for c in prose], few_listed)))
    by_start = {c.start: (c, sent) for c, sent in marked}
    assigned = [(r, [by_start[s.start] for s in sentences]) for r, sentences in open_rows if r.who or r.due]
    in_assigned = {c.start for _, sentences in assigned for c, _ in sentences}
    ex.decisions = decision_records(doc, ex.doc_id, marked, body_start) + [
        decision_record(doc, ex.doc_id, c, parse_votes(r.votes or c.text), "decision.table_row") for r, c in typed if r.kind == "decision"]
    make = TaskBuilder(doc, ex, partial(resolve_people, attendees=attendees, initials=legend or {},
                                        offices=offices or {}), next_meeting)
    ex.action_items = task_records(doc, make, [m for m in marked if m[0].start not in in_assigned], body_start) \
        + table_tasks(make, typed) + row_tasks(make, assigned)
    ex.decisions.sort(key=lambda d: d.source.char_start)
    ex.action_items.sort(key=lambda a: a.source.char_start)


def _next_meeting(ex: Extraction) -> datetime.date | None:
    """The date of this body's next meeting: "Nächste Sitzung: …" before "Nächste StuRa-Sitzung: …" (another body's),
    and a line that opens with it before a mention in passing ("Festausschuss hat getagt, nächstes Treffen 06.05.")."""
    found = [a for a in ex.appointments if "next_meeting" in a.source.found_by]
    plain = [a for a in found if _PLAIN_NEXT.search(a.source.quote)]
    opening = [a for a in plain if _PLAIN_NEXT.match(a.source.quote.lstrip("-*•–# \t"))]
    named = [a for a in found if _MEETING_NOUN.search(a.title)]  # "nächste Vorstandssitzung" before "nächstes am 16.05."
    if found:
        return (opening or plain or named or found)[0].date
    # no cue: a date in the list that names this kind of meeting ("Di 22.10., 19:00  Vorstandssitzung" under
    # "Protokoll der Vorstandssitzung vom 17.09.")
    kinds = {m.group().lower() for m in _MEETING_NOUN.finditer(ex.meeting.title or "")}
    same = [a for a in ex.appointments if a.date and a.date > (ex.meeting.date or a.date)
            and any(m.group().lower() in kinds for m in _MEETING_NOUN.finditer(a.title))]
    return min(same, key=lambda a: a.date).date if same else None


def _reads_out_agenda(clause: Clause) -> bool:
    return any(_AGENDA_READOUT.search(parent) for parent in clause.context)
