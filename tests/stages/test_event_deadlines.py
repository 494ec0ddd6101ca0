"""Deadlines tied to an event the same minutes date, and "bis dahin"."""
from __future__ import annotations

import datetime as dt

import pytest

from extractor.stages.event_deadlines import find_event_deadline, resolve_event_deadline

MEETING = dt.date(2025, 5, 20)
MINUTES = """### Sommerfest 21./22.06.
- Stand nur am Samstag
- Die Mitgliederversammlung ist am Samstag, 18.04.2026, 15 Uhr.
- Redaktionsschluss für den Gemeindebrief ist Freitag, 13. Juni. Frau Kern schreibt bis dahin einen Bericht.
"""


@pytest.mark.parametrize("task, expected", [
    # a two-day event starts on its first day
    ("Tobi baut bis zum Sommerfest eine Demo-Kiste.", dt.date(2025, 6, 21)),
    ("Frau Kern besorgt spätestens am Vortag des Festes das Wechselgeld.", dt.date(2025, 6, 20)),
    ("Die Einladung geht spätestens drei Wochen vor der Versammlung raus.", dt.date(2026, 3, 28)),
    ("Frau Kern schreibt bis dahin einen Bericht.", dt.date(2025, 6, 13)),
    # an event the minutes do not date, and holidays, stay without a date
    ("Herr Ott räumt bis zum Flohmarkt den Keller.", None),
    ("Die Liste kommt bis zu den Sommerferien.", None),
])
def test_event_deadline(task: str, expected: dt.date | None) -> None:
    found = find_event_deadline(task)
    position = MINUTES.find(task) if task in MINUTES else len(MINUTES)
    resolved = resolve_event_deadline(found, MINUTES, position, MEETING) if found else None
    assert resolved == expected


def test_next_meeting_is_not_an_event() -> None:
    assert find_event_deadline("Flo schaut bis zum nächsten Treffen, was wegkann") is None
