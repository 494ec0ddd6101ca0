"""Where a clause stands in a protocol: its agenda item and the lines it hangs under.

A follow-up often names its topic only in what encloses it: the bullet
"Konkreter Status ist nicht bekannt, Leon wird sich informieren" sits under
"Versicherung"; "Die Genehmigung liegt jetzt vor" under the lead-in
"Aus der Sitzung vom 16.01.2024:".  ``Passage`` keeps that context.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from extractor.ingest.document import Document
from extractor.lang.de.followup import REVIEW_SECTION_PATTERNS
from extractor.stages.patterns import compile_patterns, first_match
from extractor.stages.clauses import split_clauses
from extractor.structure.agenda import Heading, find_agenda
from extractor.structure.attendance import find_attendance
from extractor.structure.lines import Line, split_lines

_PARENT_KINDS = ("bullet", "text")
_PART_END = re.compile(r"[,;]\s+(?=\D)")  # not "1,5 Stunden"
_REVIEW = compile_patterns(REVIEW_SECTION_PATTERNS, re.IGNORECASE)
_SEMICOLON_ONLY = re.compile(r"\s*;\s*")


@dataclass(frozen=True)
class Context:
    agenda_number: str | None
    agenda_title: str
    parents: tuple[str, ...]  # enclosing bullets and lead-ins, nearest first
    line: str = ""  # the whole line the clause stands in ("Nachfolge gesucht; Ruth spricht ... an")


@dataclass(frozen=True)
class Passage:
    """One clause of a protocol that may report on an earlier item."""

    doc_id: str
    meeting_date: dt.date | None
    start: int
    end: int
    text: str
    quote: str
    page: int
    source_file: str
    context: Context
    parts: tuple["Passage", ...] = ()  # its clauses between commas and semicolons, when it has several


@dataclass
class Outline:
    """A protocol's lines and agenda, read once for all items and passages in it."""

    doc_id: str
    meeting_date: dt.date | None
    document: Document
    lines: list[Line]
    headings: list[Heading]
    people: tuple[str, ...]
    skip: frozenset[int]


def outline(document: Document, doc_id: str, meeting_date: dt.date | None) -> Outline:
    lines = split_lines(document.text)
    headings = find_agenda(lines, len(document.text))
    people = find_attendance(lines)
    skip = frozenset(p.line.index for p in people)
    return Outline(doc_id, meeting_date, document, lines, headings, tuple(p.name for p in people), skip)


def passages(out: Outline) -> list[Passage]:
    """The clauses of the protocol, each with its parts.  A clause that goes on after a semicolon
    with a small letter ("Geschwister zahlen 5 €; der Beschluss vom 05.03. wird insoweit
    geändert") is one passage with the clause before it: it speaks of the same matter."""
    text = out.document.text
    spans: list[tuple[int, int, str]] = []
    for c in split_clauses(text, out.lines, out.headings, out.skip):
        if spans and c.text[:1].islower() and _SEMICOLON_ONLY.fullmatch(text, spans[-1][1], c.start):
            start, _, joined = spans[-1]
            spans[-1] = (start, c.end, f"{joined}; {c.text}")
        else:
            spans.append((c.start, c.end, c.text))
    found = []
    for start, end, clause in spans:
        whole = Passage(out.doc_id, out.meeting_date, start, end, clause, text[start:end].strip(),
                        out.document.page_at(start), str(out.document.path), context_at(out, start))
        found.append(replace(whole, parts=_parts(out, whole)))
    return found


def _parts(out: Outline, whole: Passage) -> tuple[Passage, ...]:
    """The pieces of a clause between commas and semicolons, outside brackets, each where it
    stands in the document.  A report often says two things at once ("Termin steht, Bericht in
    Arbeit"); the piece that names the item is the shortest evidence for it."""
    pieces = _split_parts(whole.text)
    if len(pieces) < 2:
        return ()
    text, out_parts, cursor = out.document.text, [], whole.start
    for piece in pieces:
        found = re.compile(r"\s+".join(map(re.escape, piece.split()))).search(text, cursor, whole.end)
        if found is None:
            continue
        cursor = found.end()
        out_parts.append(replace(whole, start=found.start(), end=cursor, text=piece, quote=found.group(),
                                 page=out.document.page_at(found.start()),
                                 context=replace(whole.context, line=piece)))
    return tuple(out_parts)


def _split_parts(text: str) -> list[str]:
    pieces, depth, start = [], 0, 0
    for n, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(depth - 1, 0)
        elif depth == 0 and char in ",;" and _PART_END.match(text, n):
            pieces.append(text[start:n])
            start = n + 1
    pieces.append(text[start:])
    return [p.strip() for p in pieces if p.strip()]


def context_at(out: Outline, offset: int) -> Context:
    heading = _heading_at(out.headings, offset)
    line = _line_at(out.lines, offset)
    floor = heading.line.index if heading else -1
    parents = _parents(out.lines, line, floor) if line is not None else ()
    return Context(heading.number if heading else None, heading.title if heading else "", parents,
                   line.text if line is not None else "")


def in_review_section(context: Context) -> bool:
    """Under an agenda item or lead-in that reports on earlier meetings ("Stand der Aufgaben")."""
    return first_match(_REVIEW, " ".join([context.agenda_title, *context.parents])) is not None


def _heading_at(headings: list[Heading], offset: int) -> Heading | None:
    current = None
    for heading in headings:
        if heading.line.start > offset:
            break
        current = heading
    return current


def _line_at(lines: list[Line], offset: int) -> Line | None:
    return next((l for l in lines if l.start <= offset <= l.end), None)


def _parents(lines: list[Line], line: Line, floor: int) -> tuple[str, ...]:
    """Enclosing lines up to the agenda heading: less indented ones, or a lead-in ending in ":"."""
    out: list[str] = []
    current = line
    for previous in reversed(lines[floor + 1: line.index]):
        if previous.kind not in _PARENT_KINDS or not previous.text.strip():
            continue
        leads_in = previous.kind == "text" and previous.text.rstrip().endswith(":")
        if previous.indent < current.indent or (leads_in and previous.indent == current.indent):
            out.append(previous.text)
            current = previous
        elif previous.kind == "text" and previous.indent == current.indent == 0:
            break  # a paragraph ends the list before it reaches a lead-in
        if current.indent == 0 and current.kind == "text":
            break
    return tuple(out)
