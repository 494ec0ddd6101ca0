"""Deadlines tied to an event the same minutes date: "bis zum Stadtfest", "am Vortag des Festes".

``resolve_deadline`` reads one expression against the meeting date. These need the
whole document: the event's date stands elsewhere in it ("### Stadtfest 22./23.06."),
and "bis dahin" points to the date named just before the task. Where the minutes
give no date the deadline stays text, never a guess.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extractor import temporal
from extractor.lang.de.findings import EVENT_ABBREVIATIONS, EVENT_DEADLINES, EVENTS_BY, NAMED_WEEKEND, UNDATED_EVENTS
from extractor.lang.de.temporal import NUMBER_WORDS, WEEKDAYS
from extractor.stages.patterns import compile_patterns

_PATTERNS = compile_patterns(EVENT_DEADLINES, re.IGNORECASE)
_WORD = re.compile(r"\b[A-ZÄÖÜ][\w-]*")
_ANY_WORD = re.compile(r"\b[A-ZÄÖÜa-zäöü][\w-]*")  # minutes in small letters name their events so too
# small words after "bis zum" that name no event: "bis zum nächsten treffen", "bis zum ersten"
_NOT_EVENT = re.compile(r"(?:n(?:ä|ae)chst|kommend|letzt|erst|selb|gleich|zweit|dritt)\w*$|(?:%s)$" % "|".join(UNDATED_EVENTS))
_LOOK_BACK = 400  # "bis dahin": how far back the date it points to may stand
_NEAR_BEFORE, _NEAR_AFTER = 40, 120  # how far from an event's name its date may stand
_HEADING_LINE = re.compile(r"[ \t]*(?:#{1,6}\s|=+\s|(?:TOP\s*)?\d{1,2}[.)]\s)[^\n]{0,60}(?<![.!?,;:])$")


@dataclass(frozen=True)
class EventDeadline:
    text: str
    event: str | None  # None: the date named just before ("bis dahin")
    days_before: int
    weekday: int | None = None  # "Freitag vor der VV": the last such day before the event
    start: int = 0  # where the expression stands in the task
    end: int = 0

    def covers(self, start: int, end: int) -> bool:
        """"bis Freitag" inside "bis Freitag vor der VV": the event's expression says more."""
        return self.start <= start and end <= self.end and (start, end) != (self.start, self.end)


def find_event_deadline(text: str) -> EventDeadline | None:
    for pattern in _PATTERNS:
        m = pattern.regex.search(text)
        if m is None:
            continue
        groups = m.groupdict()
        event = groups.get("event")
        if event is not None and not event[:1].isupper() and (text[:1].isupper() or _NOT_EVENT.match(event)):
            continue  # "bis zum nächsten Treffen" is the next meeting's, read elsewhere ("bis zum schülerrat" in small letters)
        if pattern.id in ("event.by", "event.at") and not any(stem.endswith(EVENTS_BY) for stem in _stems(event)):
            continue  # "vor dem Vereinsheim": a place
        weekday = WEEKDAYS.get(groups["weekday"].lower()) if groups.get("weekday") else None
        start, end = m.span("expr") if groups.get("expr") else m.span()
        return EventDeadline(text[start:end], event, _days_before(pattern.id, groups), weekday, start, end)
    return None


def resolve_event_deadline(found: EventDeadline, text: str, position: int, meeting: dt.date,
                           floor: int = 0) -> dt.date | None:
    """The event's date in ``text`` (after the meeting, nearest to a word that names it within its
    paragraph), less the days before it.

    ``position`` is where the task stands, ``floor`` where its agenda item starts ("bis dahin" looks
    no further back).
    """
    if found.event is None:
        window = text[max(floor, position - _LOOK_BACK):position]
        dates = [d for _, _, d in temporal.find_dates(window, meeting) if d > meeting]
        event = dates[-1] if dates else None
    else:
        event = _event_date(found.event, text, meeting, position)
    if event is None:
        return None
    if found.weekday is not None:
        return event - dt.timedelta(days=(event.weekday() - found.weekday) % 7 or 7)
    return event - dt.timedelta(days=found.days_before)


def _event_date(event: str, text: str, meeting: dt.date, position: int = -1) -> dt.date | None:
    """``position``: where the task stands; the event named on its own line is the reference, not the date."""
    stems = _stems(event)
    own_line = _line_span(text, position) if position >= 0 else (0, 0)
    if any(stem.endswith(undated) for stem in stems for undated in UNDATED_EVENTS) \
            and not any(re.fullmatch(NAMED_WEEKEND, stem) for stem in stems):
        return None  # holidays and "Beginn der …" are vague unless dated right in the task
    best: tuple[int, dt.date] | None = None
    for word in (_WORD if event[:1].isupper() else _ANY_WORD).finditer(text):
        if not any(word.group().lower().endswith(stem) for stem in stems) or own_line[0] <= word.start() < own_line[1]:
            continue
        begin, end = _paragraph(text, word.start(), word.end())
        near = text[begin:end]
        for found in temporal.find_dates(near, meeting):
            if temporal.past_without_year(near, found, meeting):
                continue  # "Plenum 22.2. ist im Repo" in March: the one just past
            start, _, date = temporal.range_start(near, found)
            distance = _distance(text, word.start(), begin + start)
            if date > meeting and (best is None or distance < best[0]):
                best = (distance, date)
    return best[1] if best else None


def _distance(text: str, name: int, date: int) -> int:
    """Dates after the name and on its line are nearer than the same span before it or on another line;
    a date on a line above belongs to another item ("4. Workshop 17.06." over "5. Stadtfest")."""
    lines = text.count("\n", min(name, date), max(name, date))
    return abs(date - name) * (1 if date >= name else 2) + (100 if date >= name else 500) * lines


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """Around the event's name, within its paragraph: "… Mitgliederversammlung 2026 findet am\nSamstag, 18. April …";
    under a heading ("### 5. Stadtfest"), the first paragraph below it too."""
    before = text.rfind("\n\n", max(0, start - _NEAR_BEFORE), start)
    after = text.find("\n\n", end, end + _NEAR_AFTER)
    line_start, line_end = _line_span(text, start)
    if after == line_end and _HEADING_LINE.match(text, line_start, line_end):
        after = text.find("\n\n", line_end + 2, line_end + 2 + _NEAR_AFTER)
    return (before + 2 if before != -1 else max(0, start - _NEAR_BEFORE),
            after if after != -1 else min(len(text), end + _NEAR_AFTER))


def _line_span(text: str, offset: int) -> tuple[int, int]:
    end = text.find("\n", offset)
    return text.rfind("\n", 0, offset) + 1, end if end != -1 else len(text)


def _stems(event: str) -> tuple[str, ...]:
    """"Festes" is the "Fest", "Stadtfests" the "Stadtfest"; compounds end with the stem ("Hoffest");
    "GV" is the "Gründungsversammlung" and the other way round."""
    word = event.lower()
    stems = [word] + [word[: -len(end)] for end in ("es", "s") if word.endswith(end) and len(word) - len(end) >= 4]
    if word.endswith("tag") and len(word) >= 7:
        stems.append(re.sub(r"(?<=[a-zäöüß]{3})s$", "", word[:-3]))  # "Lauftag" is the day of the "Spendenlauf"
    stems += [long for short, longs in EVENT_ABBREVIATIONS.items() if word == short for long in longs]
    stems += [short for short, longs in EVENT_ABBREVIATIONS.items() if any(s in longs for s in stems)]  # "MV" dates it too
    return tuple(dict.fromkeys(stems))


def _days_before(rule: str, groups: dict[str, str | None]) -> int:
    if rule == "event.eve":
        return 1
    if rule.startswith("event.before"):
        n = groups["n"] or "1"
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n.lower(), 1)
        return count * (7 if (groups["unit"] or "").lower().startswith("woche") else 1)
    return 0
