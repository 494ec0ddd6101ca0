"""Appointments: future dates the meeting fixes (next meeting, events), with times and place."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extractor import temporal
from extractor.lang.de.findings import APPOINTMENT_CUES
from extractor.stages.patterns import compile_patterns, first_match

_CUES = compile_patterns(APPOINTMENT_CUES, re.IGNORECASE)
_PLACE = re.compile(r"(?:,|\bim\b|\bin der\b|\bin\b|\bOrt:)\s*([A-ZÄÖÜ][^,;()]{2,60})\s*$")


@dataclass(frozen=True)
class AppointmentFinding:
    title: str
    date: dt.date
    start_time: str | None
    end_time: str | None
    location: str | None
    rule: str
    is_next_meeting: bool


def find_appointment(text: str, meeting_date: dt.date | None, in_dates_section: bool = False) -> AppointmentFinding | None:
    """A clause that fixes a date after the meeting; its title is the text around the date."""
    if meeting_date is None:
        return None
    dates = [d for d in temporal.find_dates(text, meeting_date) if d[2] > meeting_date]
    if not dates:
        return None
    cue = first_match(_CUES, text)
    if cue is None and not in_dates_section:
        return None
    start, end, date = dates[0]
    times = temporal.find_times(text)
    title = _title(text, start, end)
    location = _location(text[end:])
    rule = cue.id if cue else "appointment.dates_section"
    return AppointmentFinding(title, date, times[0][2] if times else None,
                              times[0][3] if times else None, location, rule,
                              cue is not None and cue.id == "appointment.next_meeting")


def _title(text: str, start: int, end: int) -> str:
    before = text[:start].strip(" :,-–")
    before = re.sub(r"\b(?:am|ab|vom|bis|zum|den|Termin|findet|statt)\s*$", "", before).strip(" :,-–")
    if len(before) >= 3:
        return before[:120]
    after = re.sub(r"^[\s,:–-]*(?:\d{1,2}[:.]\d{2}|\d{1,2})?\s*(?:Uhr)?[\s,:–-]*", "", text[end:])
    return (after.split(",")[0] or text).strip()[:120]


def _location(rest: str) -> str | None:
    m = _PLACE.search(rest)
    if not m:
        return None
    place = m.group(1).strip(" .")
    return None if re.search(r"\bUhr\b|\d{1,2}[:.]\d{2}", place) else place
