"""Appointments: future dates the meeting fixes (next meeting, events), with times and place."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from extractor import temporal
from extractor.lang.de.findings import APPOINTMENT_CUES, DUE_WORDS, NOT_APPOINTMENTS, PAST_TELLING
from extractor.stages.patterns import compile_patterns, first_match

_CUES = compile_patterns(APPOINTMENT_CUES, re.IGNORECASE)
_NOT_APPOINTMENT = re.compile("|".join(NOT_APPOINTMENTS), re.IGNORECASE)
_PAST_TELLING = re.compile(PAST_TELLING)
_DEADLINE_BEFORE = re.compile(r"\b(?:bis|spätestens|zum|vor|seit|vom|letzte[nmr]?)\s+(?:\w+[,.]?\s+){0,2}$", re.IGNORECASE)
_DUE_BEFORE = re.compile(r"\b(?:%s)\s+(?:\w+[,.]?\s+)?$" % "|".join(DUE_WORDS), re.IGNORECASE)
_DATE_NOISE = re.compile(r"\b(?:am|ab|um|Uhr|Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b\.?|\d{1,2}[:.]\d{2}|\d+|[-–,:()]", re.IGNORECASE)
_WEEKDAY = r"(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?"
_TITLE_TRIM = re.compile(rf"(?:\s|,)+(?:(?:am|ab|vom|bis|zum|den|für|auf|Termin|findet|statt|ist|sind|wird|wurde|werden|wurden)\b|{_WEEKDAY})[\s,]*$"
                         rf"|^[\s,]*{_WEEKDAY}(?=[\s,])", re.IGNORECASE)
_LEADING_WEEKDAY = re.compile(rf"\W{{0,2}}(?:{_WEEKDAY},?\s*)?", re.IGNORECASE)  # "sa 17.01.26, 10–14 uhr"
_LEADING_TIME = re.compile(r"^[\s,:–-]*(?:(?:um|ab|von)\s+)?(?:\d{1,2}[:.]\d{2}|\d{1,2})?\s*(?:Uhr)?(?:\s*[-–]\s*\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr)?)?",
                           re.IGNORECASE)
_MOVED = re.compile(r"\b(?:verschoben|verschieben|verlegt|verlegen|vorgezogen|vorziehen)\b", re.IGNORECASE)
_ONTO = re.compile(r"\bauf\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
# "25.06. (hybrid), 03.09.", "für den 07.05.2024 und den 28.05.2024", "am 12.03. und Dienstag, 19.03."
_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,|;|und|sowie|oder|&|/)\s*(?:(?:den|dem|am)\s+)?"
                       r"(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?,?\s+)?(?:(?:den|dem)\s+)?",
                       re.IGNORECASE)
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
    if meeting_date is None or _NOT_APPOINTMENT.search(text):
        return None
    dates = [temporal.range_start(text, d) for d in temporal.find_dates(text, meeting_date)
             if d[2] > meeting_date and not temporal.past_without_year(text, d, meeting_date)]
    cue = first_match(_CUES, text)
    if not dates:
        return _relative_appointment(text, meeting_date, cue is not None or in_dates_section)
    start, end, date = _moved_to(text, dates) or dates[0]
    rule = cue.id if cue else "appointment.dates_section" if in_dates_section else _event_rule(text, start, end)
    if rule is None or rule != "appointment.next_meeting" and _DUE_BEFORE.search(text[:start]):
        return None  # "Jahresabschluss bis Freitag, 23.02. fertigstellen", "Bewerbungen (Frist 15.05.)": a deadline
    times = temporal.find_times(text)
    title = _title(text, start, end)
    location = _location(text[end:])
    return AppointmentFinding(title, date, times[0][2] if times else None,
                              times[0][3] if times else None, location, rule,
                              cue is not None and cue.id == "appointment.next_meeting")


def _moved_to(text: str, dates: list[tuple[int, int, dt.date]]) -> tuple[int, int, dt.date] | None:
    """"vom 30.11. auf Sonntag, 8. Dezember verlegt", "wegen Himmelfahrt (09.05.) auf Donnerstag, 16.05. verschoben":
    a date moved is fixed for the day after "auf"."""
    if not _MOVED.search(text):
        return None
    return next((d for d in dates if _ONTO.search(text[max(0, d[0] - 30):d[0]])), None)


def find_appointments(text: str, meeting_date: dt.date | None, in_dates_section: bool = False) -> list[AppointmentFinding]:
    """Every date of a clause that lists them ("Nächste Einsätze: 17.05. und 14.06., jeweils 9–12 Uhr")."""
    first = find_appointment(text, meeting_date, in_dates_section)
    if first is None or meeting_date is None:
        return [first] if first else []
    found = [first]
    dates = [d for d in temporal.find_dates(text, meeting_date) if d[2] >= first.date]
    for (_, end, _), (start, _, date) in zip(dates, dates[1:]):
        if not _LIST_GAP.fullmatch(text[end:start]) or date <= meeting_date:
            break
        found.append(replace(first, date=date))
    return found


def _relative_appointment(text: str, meeting_date: dt.date, cued: bool) -> AppointmentFinding | None:
    """"am nächsten Sonntag ist Repair Café", "am 16." under "Nächstes Treffen": a day named, not dated.

    Only "am ..." counts: "bis Freitag" is a deadline, not an appointment.
    """
    if not re.search(r"(?i)\bam\b", text) or _PAST_TELLING.search(text):
        return None
    expression = temporal.find_deadline(text)
    if expression is None or expression.kind not in ("weekday", "date_no_year"):
        return None
    if not re.match(r"(?i)am\b", expression.text) or (not cued and expression.kind != "weekday"):
        return None
    date = temporal.resolve_deadline(expression.text, meeting_date)
    if date is None or (date - meeting_date).days > temporal.MAX_DAYS_AHEAD_WITHOUT_YEAR:
        return None  # "Kontaktliste: am 24.09. verschickt" in November: the day just past
    times = temporal.find_times(text)
    title = _title(text, expression.start, expression.end) or text[:120]
    rule = "appointment.named_day"
    return AppointmentFinding(title, date, times[0][2] if times else None, times[0][3] if times else None,
                              _location(text[expression.end:]), rule, False)


def is_next_meeting(text: str) -> bool:
    """"Nächste Sitzung", "nächstes Treffen": a heading or label for the next meeting."""
    return any(p.id == "appointment.next_meeting" and p.regex.search(text) for p in _CUES)


def _event_rule(text: str, start: int, end: int) -> str | None:
    """A short line that names an event and its date ("Cryptoparty Mi, 21.11.18", "01.06. - Besuch").

    A date after "bis" or "spätestens" is a deadline, not an appointment.
    """
    if _DEADLINE_BEFORE.search(text[:start]):
        return None
    rest = _DATE_NOISE.sub(" ", text[:start] + " " + text[end:])
    words = [w for w in rest.split() if re.search(r"\w", w)]
    if _LEADING_WEEKDAY.fullmatch(text[:start]) and (1 <= len(words) <= 12 or not words and temporal.find_times(text)):
        return "appointment.date_first"
    if 1 <= len(words) <= 6 and not re.search(r"\b(?!(?:nächst|erst|letzt|zweit|dritt)en?\b)\w+(?:te|ten)\b|\bwurde", rest, re.IGNORECASE):
        return "appointment.short_event"
    return None


def _title(text: str, start: int, end: int) -> str:
    """The words around the date that name the event; weekday names and prepositions dropped."""
    before = text[:start]
    while _TITLE_TRIM.search(before):  # "Die Mitgliederversammlung wurde auf Samstag," -> "Die Mitgliederversammlung"
        before = _TITLE_TRIM.sub("", before)
    before = before.strip(" :,-–")
    if len(before) >= 3:
        return before[:120]
    after = _TITLE_TRIM.sub("", _LEADING_TIME.sub("", text[end:])).strip(" :,-–.")
    return after.split(",")[0].strip()[:120]


def _location(rest: str) -> str | None:
    m = _PLACE.search(rest)
    if not m:
        return None
    place = re.sub(r"(?:\s+[a-zäöüß]+)+\s*$", "", m.group(1).strip(" .")).strip(" .")  # "Sportlerheim statt"
    return None if not place or re.search(r"\bUhr\b|\d{1,2}[:.]\d{2}", place) else place
