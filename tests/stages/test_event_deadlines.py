"""Deadlines tied to an event the same minutes date, and "bis dahin"."""
from __future__ import annotations

import datetime as dt

import pytest

from extractor.stages.event_deadlines import find_event_deadline, resolve_event_deadline

MEETING = dt.date(2025, 5, 20)
MINUTES = """### Sommerfest 21./22.06.
- Das Programm für das Festwochenende am 13./14.09. steht weitgehend.
- Stand nur am Samstag
- Die Mitgliederversammlung ist am Samstag, 18.04.2026, 15 Uhr.
- Die Gründungsversammlung des Fördervereins findet am Samstag, 11.07.2026 statt.
- Protokoll Orga 5.2. und Plenum 12.5. sind im Repo.
- Termine: Orga-Runde Mi 04.06., 19:30; Plenum: So 15.06., 15 Uhr
- Redaktionsschluss für den Gemeindebrief ist Freitag, 13. Juni. Frau Kern schreibt bis dahin einen Bericht.
"""


@pytest.mark.parametrize("task, expected", [
    # a two-day event starts on its first day
    ("Tobi baut bis zum Sommerfest eine Demo-Kiste.", dt.date(2025, 6, 21)),
    ("Frau Kern besorgt spätestens am Vortag des Festes das Wechselgeld.", dt.date(2025, 6, 20)),
    ("Die Einladung geht spätestens drei Wochen vor der Versammlung raus.", dt.date(2026, 3, 28)),
    ("Frau Kern schreibt bis dahin einen Bericht.", dt.date(2025, 6, 13)),
    # the event named before, the time before it after; "vor" an event is by that event
    ("Die Einladung zur Mitgliederversammlung muss 4 Wochen vorher raus.", dt.date(2026, 3, 21)),
    ("Die Kassenprüfung muss vor der Mitgliederversammlung stattfinden.", dt.date(2026, 4, 18)),
    ("Plakate hängen wir vor dem Sommerfest auf.", dt.date(2025, 6, 21)),
    # the last such weekday before the event; the time before the date named just before
    ("Den Finanzbericht bereitet Mats vor, bis Freitag vor der Mitgliederversammlung.", dt.date(2026, 4, 17)),
    ("Die Folien kommen bis 2 Wochen vor dem Sommerfest ins Repo.", dt.date(2025, 6, 7)),
    # short names of events: "GV" is dated as the Gründungsversammlung, "MV" as the Mitgliederversammlung
    ("Lennart bereitet die Stimmzettel bis zur GV vor.", dt.date(2026, 7, 11)),
    ("Die Kasse wird vor der MV geprüft.", dt.date(2026, 4, 18)),
    # the next meeting of another round, dated in the list of dates; a date just past is not the next one
    ("Die Depot-AG berichtet bis zur nächsten Orga-Runde.", dt.date(2025, 6, 4)),
    ("Marlene bereitet bis zum Plenum ein paar Fotos vor.", dt.date(2025, 6, 15)),
    # minutes in small letters name their events so too
    ("emilia bereitet bis zum sommerfest die wahlzettel vor", dt.date(2025, 6, 21)),
    # done at the event: on its day (but not at a place)
    ("Die Satzung soll auf der Mitgliederversammlung besprochen werden.", dt.date(2026, 4, 18)),
    # a named weekend is an event, not the end of a week
    ("Demirci organisiert die Montage bis zum Festwochenende.", dt.date(2025, 9, 13)),
    # on the event's day: "am Festtag" is the day of the Sommerfest, "beim Sommerfest" too; a weekday is no event
    ("Malte übernimmt am Festtag die Kasse.", dt.date(2025, 6, 21)),
    ("Jana bringt beim Sommerfest den Grill mit.", dt.date(2025, 6, 21)),
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


def test_the_time_before_the_date_named_just_before() -> None:
    minutes = "### Vollversammlung am 27.11.\n- Einladung und TO-Entwurf, spätestens 2 Wochen vorher rausschicken\n"
    task = "Einladung und TO-Entwurf, spätestens 2 Wochen vorher rausschicken"
    found = find_event_deadline(task)
    assert found is not None and found.text == "spätestens 2 Wochen vorher"
    assert resolve_event_deadline(found, minutes, minutes.find(task), dt.date(2024, 10, 8)) == dt.date(2024, 11, 13)


def test_a_place_is_no_event() -> None:
    assert find_event_deadline("Das Zelt steht vor dem Vereinsheim.") is None


@pytest.mark.parametrize("task", ["Lena kommt am Montag vorbei.", "Wir treffen uns am Vormittag.", "Ole hilft am Feiertag."])
def test_days_of_the_week_and_time_are_no_event(task: str) -> None:
    assert find_event_deadline(task) is None


def test_one_deadline_for_the_tasks_just_before() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """Vorstand 24.09.2025

Anwesend: Mehmet Kaya, Ute Brandt, Lena Roth

## 1. Spendenaktion

- Mehmet erstellt die Kampagnenseite, den Text schreibt Ute. Beides bis 31.10.
- Lena fragt bei der Sparkasse nach.
"""
    tasks = process_document(Document(Path("v.md"), "markdown", text), "v").action_items
    assert [(t.task, t.deadline) for t in tasks] == [
        ("Mehmet erstellt die Kampagnenseite", dt.date(2025, 10, 31)),
        ("den Text schreibt Ute.", dt.date(2025, 10, 31)),
        ("Lena fragt bei der Sparkasse nach.", None)]


def test_the_event_day_wins_over_the_weekday_it_contains() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """# FSR-Sitzung 12.11.2024

Anwesend: Mats Berger, Leonie Kraft, Jo Albers

## 1. Vollversammlung

- Die VV findet am Mittwoch, 27.11.2024, um 18 Uhr im Hörsaal 2 statt.
- Mats bereitet den Finanzbericht vor, bis Freitag vor der VV
- Leonie druckt die Plakate bis Freitag
"""
    tasks = process_document(Document(Path("f.md"), "markdown", text), "f").action_items
    assert [(t.deadline_text, t.deadline) for t in tasks] == [
        ("bis Freitag vor der VV", dt.date(2024, 11, 22)), ("bis Freitag", dt.date(2024, 11, 15))]


def test_an_event_dated_under_its_heading() -> None:
    minutes = ("## Tagesordnung\n4. Workshop 17.06.\n5. Stadtfest\n\n### 5. Stadtfest\n\nSa/So 28./29.06., Stand 14.\n\n"
               "- Pavillon abholen -> Henrik, Freitag vor dem Fest\n- Fragen überarbeiten: Lea, bis 20.06.\n")
    for task, expected in [("Pavillon abholen -> Henrik, Freitag vor dem Fest", dt.date(2025, 6, 27)),
                           ("Plakat für den Stand: Merve, bis zum Stadtfest", dt.date(2025, 6, 28))]:
        found = find_event_deadline(task)
        position = minutes.find(task) if task in minutes else len(minutes)
        assert resolve_event_deadline(found, minutes, position, dt.date(2025, 6, 11)) == expected
