"""Appointment records: every future date a clause or an agenda title fixes, once per date and time."""
from __future__ import annotations

import dataclasses
import re

from extractor.assembly.sources import clause_source, heading_clause
from extractor.ingest.document import Document
from extractor.records import Appointment, Extraction
from extractor.stages.appointments import find_appointments, is_next_meeting
from extractor.stages.clauses import Clause
from extractor.structure.agenda import Heading


def appointment_records(doc: Document, ex: Extraction, clauses: list[Clause], headings: list[Heading],
                        schedule: list[Clause] | None = None) -> list[Appointment]:
    """Under "Termine" every date is one; under "Nächste Sitzung" the date is the next meeting.
    ``schedule`` holds the rows of a schedule table, each an event on its day."""
    dates_sections = {h.number for h in headings if re.search(r"termin|nächste", h.title, re.I)}
    next_sections = {h.number for h in headings if is_next_meeting(h.title)}
    scheduled = {c.start for c in schedule or []}
    units = [(c.text, c) for c in clauses + (schedule or [])] + [(h.title, heading_clause(h)) for h in headings]
    out: list[Appointment] = []
    under_next = False  # below a heading "Nächster Termin" that is no agenda item of its own
    for text, clause in sorted(units, key=lambda u: u[1].start):
        if clause.kind == "heading":
            under_next = is_next_meeting(text)
        for found in find_appointments(text, ex.meeting.date, clause.agenda_item in dates_sections or clause.start in scheduled):
            if (clause.agenda_item in next_sections or under_next) and clause.kind != "heading":
                found = dataclasses.replace(found, rule="appointment.next_meeting_section", is_next_meeting=True)
            if not found.title and clause.context:
                found = dataclasses.replace(found, title=clause.context[-1])  # "sa 17.01.26, 10–14 uhr" under its item
            if not any(_same_event(a, found) for a in out):
                out.append(Appointment(ex.doc_id, found.title, found.date, found.start_time, found.end_time,
                                       found.location, clause_source(doc, clause, found.rule)))
    return out


def _same_event(kept: Appointment, found) -> bool:
    """Once per date, unless both name a time and the times differ ("Belegprüfung 17:00", "Beiratssitzung 18:30")."""
    return kept.date == found.date and (kept.start_time is None or found.start_time is None or kept.start_time == found.start_time)
