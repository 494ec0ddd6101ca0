"""Clauses built from other parts of a protocol, and the provenance and ids of records."""
from __future__ import annotations

import dataclasses
import hashlib
import re

from spacy.tokens import Doc

from extractor.ingest.document import Document
from extractor.records import Provenance
from extractor.stages.clauses import Clause, cell_clauses
from extractor.stages.result_tables import ResultRow
from extractor.structure.agenda import Heading

# Each clause with the Doc the spaCy stages marked.
Marked = list[tuple[Clause, Doc]]


def stable_id(doc_id: str, kind: str, text: str) -> str:
    """Same document, same text, same id: follow-up links survive re-extraction."""
    digest = hashlib.sha1(f"{doc_id}\n{text}".encode("utf-8")).hexdigest()[:8]
    return f"{doc_id}/{kind}-{digest}"


def clause_source(doc: Document, clause: Clause, rule: str) -> Provenance:
    return Provenance(str(doc.path), doc.page_at(clause.start), clause.start, clause.end,
                      clause.raw.strip(), rule)


def heading_clause(heading: Heading) -> Clause:
    """An agenda heading as a clause, for events named in a title ("Digitaler Aufbruch 23. November")."""
    line = heading.line
    return Clause(line.content_start, line.end, heading.title, line.raw, heading.number, "heading", ())


def row_clause(row: ResultRow, headings: list[Heading]) -> Clause:
    """A table row as a clause: its content cell, its agenda item from the TOP column or position."""
    line = row.line
    heading = next((h for h in reversed(headings) if h.line.start <= line.start), None)
    agenda = row.agenda_item or (heading.number if heading else None)
    return Clause(line.content_start, line.end, row.text, line.raw, agenda, "table", (heading.title,) if heading else ())


def row_sentences(doc: Document, row: ResultRow, clause: Clause) -> list[Clause]:
    """The sentences of a row's content cell, each with its own span in the line."""
    at = doc.text.find(row.text, row.line.start, row.line.end)
    if at < 0:
        return [clause]
    return cell_clauses(doc.text, at, at + len(row.text), clause.agenda_item, clause.context) or [clause]


def schedule_clause(row: ResultRow, headings: list[Heading]) -> Clause:
    """A schedule row as a clause that names its event and day: "Passwortmanager & 2FA am 07.03."."""
    day = re.sub(r"^(?:(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?(?:\s*/\s*(?:Mo|Di|Mi|Do|Fr|Sa|So)\.?)+,?\s+)", "", row.date)  # "Sa/So, 05./06.07."
    return dataclasses.replace(row_clause(row, headings), text=f"{row.text} am {day}")


def plain(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()
