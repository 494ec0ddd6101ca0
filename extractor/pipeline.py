"""One document through every stage: read, segment, find, and collect records."""
from __future__ import annotations

import re
from pathlib import Path

from spacy.language import Language

from extractor.findings import find_records
from extractor.ingest import read_document
from extractor.ingest.document import Document
from extractor.lang.de.first_names import FIRST_NAMES
from extractor.nlp import build_pipeline
from extractor.records import AgendaItem, Attendee, Extraction, Meeting, Provenance
from extractor.stages.clauses import split_clauses
from extractor.stages.result_tables import find_result_rows
from extractor.structure.agenda import Heading, find_agenda, table_agenda
from extractor.structure.attendance import PersonEntry, find_attendance, names_few, nickname_aliases, role_aliases
from extractor.structure.legend import read_legend
from extractor.structure.lines import Line, split_lines
from extractor.structure.metadata import Field, read_metadata


def process_file(path: Path, doc_id: str, nlp: Language | None = None) -> Extraction:
    return process_document(read_document(path), doc_id, nlp)


def process_document(doc: Document, doc_id: str, nlp: Language | None = None) -> Extraction:
    lines = split_lines(doc.text)
    rows = find_result_rows(lines)
    headings = find_agenda(lines, len(doc.text))
    in_table = table_agenda([(r.line, r.agenda_item, r.topic) for r in rows if r.agenda_item and r.topic])
    if len(in_table) > len(headings):
        headings = in_table  # "| Nr | Thema | Ergebnis | Wer | Bis |": the rows are the items
    header_end = headings[0].line.start if headings else len(doc.text)
    meeting = _meeting(doc, doc_id, lines, header_end)
    people = find_attendance(lines, header_end)
    extraction = Extraction(
        doc_id=doc_id,
        meeting=meeting,
        agenda_items=[_agenda_item(doc, doc_id, i, h) for i, h in enumerate(headings, start=1)],
        attendees=[Attendee(doc_id, p.name, p.status, p.role, p.affiliation, _source(doc, p.line, p.rule))
                   for p in people],
        format=doc.format,
        pages=doc.pages,
        words=len(doc.text.split()),
    )
    skip = frozenset(p.line.index for p in people)
    few = names_few(people)
    known, initial_names = _known_names(people, doc.text, few)
    handles = _handles(known, people)
    clauses = split_clauses(doc.text, lines, headings, skip, handles)
    body_start = header_end if len(headings) >= 2 else 0
    find_records(doc, extraction, clauses, rows, headings, known,
                 nlp or build_pipeline(), body_start, read_legend(lines),
                 role_aliases(people) | nickname_aliases(people) | initial_names,
                 few)
    return extraction


def _known_names(people: list[PersonEntry], text: str, few: bool) -> tuple[list[str], dict[str, str]]:
    """The names the tasks may use (the gazetteer), and first names that stand for one listed "J. Surname"."""
    # nicknames ("jowe") are names the tasks may use: known to the gazetteer, resolved to the full name
    known = [p.name for p in people] + [p.alias for p in people if p.alias]
    capitalised = _first_names_capitalised(text)
    if few:  # "14 leute" and then "tarik + noah kaufen ein": first names in small letters name people no list gives
        known += sorted(_first_names_in_small_letters(text) - {k.lower() for k in known})
        # "Fotos machen: Tobi + Lea, bis Sonntag": capitalised first names are the people no list gives
        # (where a head count names the chair or the writer; text with no attendance at all may not be minutes)
        listed = {w.lower() for k in known for w in k.split()}
        known += sorted(n for n in capitalised if n.lower() not in listed) if people else []
    # "J. Feilitzsch" listed, "Kühlwagen reservieren – Jonas – KW 18" in the text: the one listed person with that initial
    initial_names = _first_names_of_initials(people, capitalised)
    return known + sorted(n.capitalize() for n in initial_names), initial_names


def _handles(known: list[str], people: list[PersonEntry]) -> frozenset[str]:
    """Names a sentence may open with or an arrow point to: handles and first names as chat-style minutes write
    them ("→ jvk + ronja"), also of one listed alone ("… mit und Leonie besorgt Pfandmarken")."""
    return frozenset(name for name in known if name[:1].islower()) | {
        p.name.split()[0].lower() for p in people if len(p.name.split()) > 1 and len(p.name.split()[0]) > 2} | {
        p.name.lower() for p in people if " " not in p.name and p.name.lower() in FIRST_NAMES}


def _first_names_in_small_letters(text: str) -> set[str]:
    return {w for w in re.findall(r"\b[a-zäöüß][a-zäöüß-]+\b", text) if w in FIRST_NAMES}


def _first_names_of_initials(people: list[PersonEntry], names: set[str]) -> dict[str, str]:
    """First names of the text whose initial only one person listed as "J. Surname" has, and no other of ``names``."""
    out = {}
    for name in sorted(names):
        match = [p.name for p in people if re.fullmatch(rf"{name[0]}\.\s*[A-ZÄÖÜ][\w-]+", p.name)]
        if len(match) == 1:
            out[name.lower()] = match[0]
    # "Jonas" and "Jana" beside the one "J. Feilitzsch": neither is known to be him
    return {name: person for name, person in out.items() if list(out.values()).count(person) == 1}


def _first_names_capitalised(text: str) -> set[str]:
    return {w for w in re.findall(r"\b[A-ZÄÖÜ][a-zäöüß]+\b", text) if w.lower() in FIRST_NAMES}


def _source(doc: Document, line: Line | None, rule: str) -> Provenance | None:
    if line is None:
        return Provenance(str(doc.path), 1, 0, 0, "", rule)
    return Provenance(str(doc.path), doc.page_at(line.start), line.start, line.end, line.raw.strip(), rule)


def _field_source(doc: Document, field: Field | None) -> Provenance | None:
    return _source(doc, field.line, field.rule) if field else None


def _meeting(doc: Document, doc_id: str, lines: list[Line], header_end: int) -> Meeting:
    facts = read_metadata(lines, header_end, doc.path.stem)
    value = lambda f: f.value if f else None  # noqa: E731
    return Meeting(doc_id, value(facts.title), facts.kind, facts.body, value(facts.date),
                   value(facts.start_time), value(facts.end_time), value(facts.location),
                   _field_source(doc, facts.title or facts.date))


def _agenda_item(doc: Document, doc_id: str, position: int, heading: Heading) -> AgendaItem:
    level = heading.number.count(".") + 1
    return AgendaItem(doc_id, position, heading.number, heading.title, level,
                      heading.line.start, heading.body_end, _source(doc, heading.line, heading.found_by))
