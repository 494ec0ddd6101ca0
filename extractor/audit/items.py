"""The decisions and tasks of a protocol as items to follow, with their context."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extractor.audit.outline import Context, Outline, context_at, in_review_section
from extractor.audit.status import strong_status
from extractor.lang.de.followup import (MANDATE_PATTERNS, PAST_REPORT_PATTERNS, PENDING_PATTERNS, PROCEDURAL_PATTERNS,
                                       SETTLED_PATTERNS)
from extractor.records import Extraction, Provenance
from extractor.stages.patterns import compile_patterns, first_match

_PROCEDURAL = compile_patterns(PROCEDURAL_PATTERNS)
_PAST = compile_patterns(PAST_REPORT_PATTERNS)
_SETTLED = compile_patterns(SETTLED_PATTERNS)
_PENDING = compile_patterns(PENDING_PATTERNS)
_MANDATE = compile_patterns(MANDATE_PATTERNS)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ASIDE = re.compile(r"\s*\([^()]*\)")


@dataclass(frozen=True)
class Item:
    doc_id: str
    item_id: str
    kind: str  # action_item | decision
    text: str
    meeting_date: dt.date | None
    responsible: tuple[str, ...]
    deadline: dt.date | None
    agenda_item: str | None
    context: Context
    source: Provenance | None


def items_of(ex: Extraction, out: Outline) -> list[Item]:
    """Decisions, then tasks, in document order within each kind."""
    date = ex.meeting.date
    found = [Item(ex.doc_id, d.decision_id, "decision", d.text, date, (), None, d.agenda_item,
                  _context(out, d.source), d.source) for d in ex.decisions]
    found += [Item(ex.doc_id, a.action_id, "action_item", a.task, date, tuple(a.responsible), a.deadline,
                   a.agenda_item, _context(out, a.source), a.source) for a in ex.action_items]
    return found


def to_follow(item: Item) -> bool:
    """Procedure, reports on earlier items and bare topics ("Versicherung") are not followed;
    nor what the meeting settled for itself (elections, who chairs it)."""
    return (not is_procedural(item.text) and not is_report(item) and not is_bare_topic(item)
            and not is_settled(item.text))


def is_settled(text: str) -> bool:
    """Who chairs the meeting or keeps its minutes, who was elected and accepted: done when said.
    (A report may still say so: "Brigitte wurde zur 2. Vorsitzenden gewählt" reports on a search.)"""
    return first_match(_SETTLED, text) is not None


def is_bare_topic(item: Item) -> bool:
    """A short noun phrase with nobody responsible ("3D-Drucker", "Versicherung") names a topic,
    not a task: it has no verb, and German verbs are the lower-case words."""
    words = _WORD.findall(item.text)
    return not item.responsible and len(words) <= 3 and not any(w[:1].islower() for w in words)


def is_report(item: Item) -> bool:
    """A task line that already reports ("Austrägerliste: erledigt", "Die Kamp-Post ist gedruckt");
    a decision that revokes or drops another; any item told in the past tense ("Starttermin wurde
    mit der Bibliothek abgestimmt (siehe Mail)").  A task that names its outcome as still to come
    ("muss bis Mai erledigt werden") is no report; nor is a task in a review section that gives
    someone a job or a deadline ("Frau Lenz fragt erneut nach"): the next meeting reports on it."""
    if first_match(_PAST, _ASIDE.sub("", item.text).strip()) is not None:
        return True
    verdict = strong_status(item.text)
    if item.kind == "decision":
        return verdict in ("changed", "dropped")
    if verdict in ("done", "dropped", "changed"):
        return first_match(_PENDING, item.text) is None
    return in_review_section(item.context) and not item.responsible and item.deadline is None


def is_mandate(item: Item) -> bool:
    """A decision that something shall be done or a proposal ("Die Satzung soll überarbeitet
    werden", "Jana schlägt Ute als Kassenprüferin vor"): a later decision on it carries it out
    rather than revising it."""
    return first_match(_MANDATE, item.text) is not None


def is_procedural(text: str) -> bool:
    """Approving the agenda or the minutes, greetings: nothing a later meeting reports on."""
    return first_match(_PROCEDURAL, text) is not None


def _context(out: Outline, source: Provenance | None) -> Context:
    return context_at(out, source.char_start) if source else Context(None, "", ())
