"""Records of what was found, each with its provenance; tables are built from these."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

STATUSES = ("present", "absent", "excused", "guest")


@dataclass(frozen=True)
class Provenance:
    """Where a finding comes from and which rule or model produced it."""

    file: str
    page: int
    char_start: int
    char_end: int
    quote: str
    found_by: str


@dataclass
class Meeting:
    doc_id: str
    title: str | None = None
    kind: str | None = None
    body: str | None = None
    date: dt.date | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    source: Provenance | None = None


@dataclass
class AgendaItem:
    doc_id: str
    position: int
    number: str
    title: str
    level: int
    body_start: int
    body_end: int
    source: Provenance | None = None


@dataclass
class Attendee:
    doc_id: str
    name: str
    status: str
    role: str | None = None
    affiliation: str | None = None
    source: Provenance | None = None

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"Unknown status {self.status!r}; expected one of: {', '.join(STATUSES)}")


@dataclass
class Decision:
    doc_id: str
    decision_id: str
    text: str
    agenda_item: str | None = None
    kind: str | None = None
    votes_yes: int | None = None
    votes_no: int | None = None
    votes_abstain: int | None = None
    unanimous: bool | None = None
    source: Provenance | None = None


@dataclass
class ActionItem:
    doc_id: str
    action_id: str
    task: str
    agenda_item: str | None = None
    responsible: list[str] = field(default_factory=list)
    deadline_text: str | None = None
    deadline: dt.date | None = None
    source: Provenance | None = None


@dataclass
class Appointment:
    doc_id: str
    title: str
    date: dt.date | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    source: Provenance | None = None


@dataclass
class Extraction:
    """Everything taken out of one document."""

    doc_id: str
    meeting: Meeting
    agenda_items: list[AgendaItem] = field(default_factory=list)
    attendees: list[Attendee] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    action_items: list[ActionItem] = field(default_factory=list)
    appointments: list[Appointment] = field(default_factory=list)
    format: str = ""
    pages: int = 1
    words: int = 0


@dataclass(frozen=True)
class ErrorRecord:
    """One file that could not be processed, and what the user can do about it."""

    file: str
    doc_id: str
    kind: str
    message: str
    hint: str = ""
