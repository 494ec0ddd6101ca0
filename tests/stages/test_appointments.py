"""Appointments the meeting fixes, read from German minutes."""
from __future__ import annotations

import datetime as dt

import pytest

from extractor.stages.appointments import find_appointment, find_appointments

MEETING = dt.date(2024, 10, 8)  # a Tuesday


@pytest.mark.parametrize("text, date, start, title", [
    ("Nächste Sitzung: Dienstag, 3. Dezember 2024, 19 Uhr, Vereinsheim", dt.date(2024, 12, 3), "19:00", "Nächste Sitzung"),
    ("Termin MV: 14.11.2024, 14 – 16 Uhr, Saal Rosa", dt.date(2024, 11, 14), "14:00", "Termin MV"),
    ("Der Adventsbasar findet am Freitag, 29.11.2024, ab 15 Uhr in der Aula statt.", dt.date(2024, 11, 29), "15:00", None),
    ("Cryptoparty Mi, 20.11.24", dt.date(2024, 11, 20), None, "Cryptoparty"),
    # a range starts on its first day
    ("25.-29.11.2024 - Projektwoche", dt.date(2024, 11, 25), None, None),
    # something that starts that day; a rule that takes effect is no appointment (below)
    ("Der Lesekreis soll erst ab dem 17.10. starten.", dt.date(2024, 10, 17), None, None),
    # a weekday named with "am": the first such day after the meeting
    ("Am nächsten Sonntag ist wieder Repair Café im Stadtteilladen.", dt.date(2024, 10, 13), None, None),
    # a date the meeting fixes for an event, told in a sentence
    ("Die Mitgliederversammlung 2025 wurde auf Samstag, den 16. November 2024, 15:00 Uhr, festgelegt.",
     dt.date(2024, 11, 16), "15:00", "Die Mitgliederversammlung 2025"),
    ("Die Kassenprüfung ist für Samstag, den 19. Oktober, um 10 Uhr bei Frau Keßler vereinbart.",
     dt.date(2024, 10, 19), "10:00", "Die Kassenprüfung"),
    # two days of one event start on the first
    ("Der Verein beteiligt sich mit einem Waffelstand am Weihnachtsmarkt am 29. und 30. November 2024.",
     dt.date(2024, 11, 29), None, None),
    # an event named before its weekday and date; a weekday and date in brackets; a date held for something
    ("Sommergrillen So 27.10. ab 16 Uhr an der Werkbank, jede*r bringt was mit", dt.date(2024, 10, 27), "16:00", "Sommergrillen"),
    ("Der Kleingartenverein fragt, ob wir beim Herbstputz helfen (Sa 26.10.)", dt.date(2024, 10, 26), None, None),
    ("2. Runde im Herbst, Sa 23.11. vorgemerkt, evtl. mit der VHS", dt.date(2024, 11, 23), None, None),
    # a weekday and date in small letters with times, the event named by the item above
    ("sa 26.10.24, 10–14 uhr", dt.date(2024, 10, 26), "10:00", ""),
    # a date moved: the day after "auf" is fixed
    ("Das nächste reguläre Treffen wird wegen des Feiertags (01.11.) auf Donnerstag, 07.11.2024, 19:00 Uhr verschoben.",
     dt.date(2024, 11, 7), "19:00", None),
    ("Der Seniorennachmittag wird vom 30.11. auf Sonntag, 8. Dezember 2024, 14:30 Uhr verlegt.", dt.date(2024, 12, 8), "14:30", None),
    # a two-day event with "am"
    ("Das Stadtteilfest ist am 19./20.10. im Kulturbahnhof", dt.date(2024, 10, 19), None, None),
    # a body fixes two days for its event; an event noun and its days open a line; "am Samstag, dem …"
    ("Der Vorstand legt das Jubiläumswochenende einstimmig auf den 9. und 10. November 2024 fest.", dt.date(2024, 11, 9), None, None),
    ("Herbstmarkt 26./27.10. – Stand: Zelt ist bestellt", dt.date(2024, 10, 26), None, None),
    ("Zum Festakt am Samstag, dem 9. November 2024, um 15.00 Uhr sind alle eingeladen.", dt.date(2024, 11, 9), "15:00", None),
])
def test_appointment(text: str, date: dt.date, start: str | None, title: str | None) -> None:
    found = find_appointment(text, MEETING)
    assert found is not None and found.date == date and found.start_time == start
    if title is not None:
        assert found.title == title


@pytest.mark.parametrize("text", [
    "Frau Kaya schickt die Liste bis zum 15.11.2024.",  # a deadline
    "Das Protokoll vom 10.09.2024 wird genehmigt.",  # the past
    "Protokoll: A. Ruhnke, 10.10.2024",  # a signature
    "Herr Lang meldet sich bis Freitag.",  # a deadline with a weekday
    "Herbstfest: hat am 05.10. stattgefunden, 210 € Erlös",  # a date without year just past
    "Kontaktliste: von SK am 24.09. verschickt",  # the same with "am" and no cue word
    "Lindau, 09.10.2024",  # place and date under the minutes
    "Lindau, den 9. Oktober 2024 Anna Ruhnke (Protokoll)",  # and who wrote them
    "Rückmeldung: 15.11.",  # a deadline label
    "Beschluss: Für Schüler gilt ab dem 01.11. ein ermäßigter Beitrag.",  # a rule takes effect
    "Fritz verschickt die Einladung spätestens am 02.11.",  # a deadline
    "Marlene: erste Verteilung vermutlich KW 44 (Do 31.10.): Feldsalat, Spinat, Möhren",  # a guess
    "Der Aufbau am Samstag dauerte eine Stunde länger als geplant.",  # a day gone by, told in the past
    "Nur beim Abbau am Montag fehlten Helfer.",
    "Jahresabschluss bis Freitag, 25.10. fertigstellen (Tobias)",  # a deadline, even with a weekday
    "Bandbewerbungen bisher 11 (Frist 15.11.)",
])
def test_not_an_appointment(text: str) -> None:
    assert find_appointment(text, MEETING) is None


@pytest.mark.parametrize("text, dates", [
    # a clause that lists dates fixes each of them, with the time they share
    ("Nächste Arbeitseinsätze: 19.10. und 16.11., jeweils 9–12 Uhr.", [dt.date(2024, 10, 19), dt.date(2024, 11, 16)]),
    ("Termine Elterncafé: 15.10., 12.11. sowie 10.12.2024", [dt.date(2024, 10, 15), dt.date(2024, 11, 12), dt.date(2024, 12, 10)]),
    # meeting dates fixed for the half year, the year said once at the end
    ("Die Sitzungstermine für 2025 werden festgelegt: 12. November, 10. Dezember und 14. Januar 2025, jeweils 19 Uhr.",
     [dt.date(2024, 11, 12), dt.date(2024, 12, 10), dt.date(2025, 1, 14)]),
    # an event named before its date
    ("Begehung Spielplatz mit dem Bauhof: Di 22.10., 16:00, Treffpunkt Haupteingang", [dt.date(2024, 10, 22)]),
    # a second date said in other words is not part of the list
    ("Der Basar findet am 29.11.2024 statt, Aufbau ab 28.11.2024 um 16 Uhr.", [dt.date(2024, 11, 29)]),
    # dates agreed for talks, each with its article; a date "vorgesehen"
    ("Weitere Verhandlungstermine sind für den 07.11.2024 und den 28.11.2024, jeweils 10:00 Uhr, vereinbart.",
     [dt.date(2024, 11, 7), dt.date(2024, 11, 28)]),
    ("Die Kassenprüfung ist für Samstag, den 9. November 2024, um 10.00 Uhr im Vereinsheim vorgesehen.", [dt.date(2024, 11, 9)]),
])
def test_listed_dates_are_appointments_each(text: str, dates: list[dt.date]) -> None:
    found = find_appointments(text, MEETING)
    assert [f.date for f in found] == dates
    assert len({(f.title, f.start_time) for f in found}) == 1


@pytest.mark.parametrize("text, expected", [
    ("Nächste Sitzung: Dienstag, 3. Dezember 2024, 19 Uhr", True),
    ("- Nächste PGR-Sitzung: Donnerstag, 13. März 2025, 19.30 Uhr, Pfarrheim", True),
    ("Das nächste Planungstreffen ist am 14.11.", True),
    ("Die nächste Mitgliederversammlung findet im Frühjahr statt.", True),
    ("next: Di, 04.06., 19:00, Werkstatt", True),
    ("Nächstes Mal: 12.03. bei Ayşe", True),
    ("**Di 13.10., 19 Uhr: nächstes KT, Alte Molkerei**", True),
    ("Nächste Woche kommt der Schornsteinfeger.", False),
    ("Das machen wir nächste KW.", False),
    ("Der nächste Flohmarkt ist am 12.10.", False),
    ("Nächster Termin", True),
    ("Nächster Termin beim Amt ist am 3.4.", False),
])
def test_next_meeting_is_named(text: str, expected: bool) -> None:
    from extractor.stages.appointments import is_next_meeting
    assert is_next_meeting(text) is expected


def test_dates_agreed_in_a_list_are_each_an_appointment() -> None:
    from extractor.stages.appointments import find_appointments
    text = "Spieletreffs 2025: Termine mit dem Jugendhaus abgestimmt, jeweils samstags: 15.02., 12.04. und 14.06.2025."
    assert [a.date for a in find_appointments(text, dt.date(2025, 1, 16))] == [
        dt.date(2025, 2, 15), dt.date(2025, 4, 12), dt.date(2025, 6, 14)]


def test_two_events_on_one_day_at_different_times_are_two_appointments_and_the_next_meeting_sets_deadlines() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """# Beiratssitzung vom 11.02.2026

Anwesend: Konrad Eller, Dagmar Hufen, Nadine Obersch

## 1. Ladesäulen

- Herr Eller entwirft bis zur nächsten Sitzung einen Fragebogen.

## 2. Termine

- Belegprüfung: Do, 12.03.2026, 17:00 Uhr, Büro der Verwaltung
- Nächste Beiratssitzung: im Anschluss an die Belegprüfung am 12.03.2026, ca. 18:30 Uhr
"""
    extraction = process_document(Document(Path("b.md"), "markdown", text), "b")
    assert [(a.date.isoformat(), a.start_time) for a in extraction.appointments] == [("2026-03-12", "17:00"), ("2026-03-12", "18:30")]
    assert [t.deadline.isoformat() for t in extraction.action_items] == ["2026-03-12"]


def test_a_heading_next_appointment_names_the_next_meeting() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """# Beiratssitzung vom 20. Mai 2026

Anwesend: Konrad Eller, Dagmar Hufen

## 1. Aufgaben

| Nr. | Aufgabe | Wer | Bis |
|---|---|---|---|
| 1 | Prüfen, ob ein Umlaufbeschluss realistisch ist | Dagmar | bis zur nächsten Sitzung |

## Nächster Termin

Mittwoch, 8. Juli 2026, 17:00 Uhr: Rundgang über die Anlage, anschließend kurze Beiratssitzung.
"""
    extraction = process_document(Document(Path("b.md"), "markdown", text), "b")
    assert [str(t.deadline) for t in extraction.action_items] == ["2026-07-08"]


def test_the_next_meeting_is_the_line_that_opens_with_it_not_another_group_s_in_passing() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """# Vorstandssitzung 15.04.2025

Anwesend: Edith Hallmann, Bodo Kreuzer

## 1. Sommerfest

- Der Festausschuss hat einmal getagt, nächstes Treffen 06.05.
- Bodo Kreuzer macht eine Kostenaufstellung bis zur nächsten Sitzung.

## 2. Termine

- Nächste Sitzung: Di 20.05., 19:30, Vereinsheim
"""
    extraction = process_document(Document(Path("v.md"), "markdown", text), "v")
    assert [t.deadline.isoformat() for t in extraction.action_items] == ["2025-05-20"]


def test_a_day_without_year_told_in_the_past_is_the_one_gone_by() -> None:
    assert find_appointment("Am 02.07. hat der Vorstand per Mail beschlossen, zwei Pavillons zu mieten.", MEETING) is None
    assert find_appointment("Die Sitzung wurde auf den 12.10. verschoben.", MEETING) is not None
