"""Result tables: each row a decision, task or note, with its who and until-when columns."""
from __future__ import annotations

import datetime as dt

import pytest

from extractor.stages.result_tables import find_result_rows
from extractor.structure.lines import split_lines


def rows(text: str) -> list[tuple]:
    return [(r.text, r.kind, r.who, r.due, r.agenda_item) for r in find_result_rows(split_lines(text))]


@pytest.mark.parametrize("text, expected", [
    ("| TOP | Art | Inhalt | Wer | Bis |\n|---|---|---|---|---|\n"
     "| 3 | B | Der Haushalt wird beschlossen. | | |\n"
     "| 3 | A | Plan an das Dekanat senden | Hr. Wüst | Ende des Quartals |\n"
     "| 4 | I | Die Orgel ist verstimmt. | | |\n",
     [("Der Haushalt wird beschlossen.", "decision", None, None, "3"),
      ("Plan an das Dekanat senden", "action", "Hr. Wüst", "Ende des Quartals", "3"),
      ("Die Orgel ist verstimmt.", "info", None, None, "4")]),
    ("| Wer | Was | Bis wann |\n| Fr. Wollny | Brief an die Stadt schreiben | 25.10.2024 |\n"
     "| Fr. Lenz | Kontakt zur Bücherei aufnehmen | offen |\n",
     [("Brief an die Stadt schreiben", None, "Fr. Wollny", "25.10.2024", None),
      ("Kontakt zur Bücherei aufnehmen", None, "Fr. Lenz", None, None)]),
    # "Punkt" is the agenda item when "Was" holds the point; alone it is the point
    ("| Punkt | Wer | Was | Bis wann |\n| 5 | Fr. Kern | Zelt beim Bauhof leihen | 20. Juni |\n",
     [("Zelt beim Bauhof leihen", None, "Fr. Kern", "20. Juni", "5")]),
    ("| Punkt | Wer | Bis |\n|---|---|---|\n| Zelt beim Bauhof leihen | Fr. Kern | Mai |\n",
     [("Zelt beim Bauhof leihen", None, "Fr. Kern", "Mai", None)]),
    # "Besprochen" holds the results; a numbered topic cell is the item, and rows without a topic go on with it
    ("| Thema | Besprochen | Wer | Bis wann |\n| 1. Rückblick Sommerfest | Erlös 380 € an den Förderverein. | – | – |\n"
     "|  | Fotos an die Gruppen schicken | Jana | Freitag |\n| 2. Verschiedenes | Neue Spielgeräte sind bestellt. | – | – |\n",
     [("Erlös 380 € an den Förderverein.", None, None, None, "1"),
      ("Fotos an die Gruppen schicken", None, "Jana", "Freitag", "1"),
      ("Neue Spielgeräte sind bestellt.", None, None, None, "2")]),
    # a table of resolutions: each row a decision, its counts in columns, its item in "TOP" (not the row's number)
    ("| Nr. | TOP | Beschluss | Ja | Nein | Enth. |\n| B3 | 3 | Zustimmung zur Übernahme von J. Frey | 9 | 0 | 0 |\n"
     "| B8 | 7 | Ablauf der Betriebsversammlung | einstimmig | | |\n",
     [("Zustimmung zur Übernahme von J. Frey", "decision", None, None, "3"), ("Ablauf der Betriebsversammlung", "decision", None, None, "7")]),
    # a dated status column
    ("| Thema | Wer | Stand 12.05. |\n| Flyer | Fritzi | 2.000 Stück geliefert |\n",
     [("Flyer", None, "Fritzi", None, None)]),
    # "Verantw." names who does it, "Stand" reports
    ("| Aufgabe | Verantw. | Stand |\n| Flyer drucken | KM | erledigt |\n",
     [("Flyer drucken", None, "KM", None, None)]),
    # an attendance table has no content column: not a result table
    ("| Name | Funktion | Status |\n|---|---|---|\n| Eva Klein | Vorsitz | anwesend |\n", []),
])
def test_result_rows(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


def test_status_rows_report_on_tasks_set_before() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """Protokoll Vorstand Kleingartenverein Eichgrund, 12.03.2025

## TOP 1: Stand der TODOs

| Was | Wer | Status |
|-----|-----|--------|
| Wasseruhren ablesen | Bernd | in Arbeit |
| Zaun reparieren | Ute | erledigt |

## TOP 2: Frühjahr

| Aufgabe | Wer | Bis | Status |
|---|---|---|---|
| Saatgut bestellen | Ute | 20.03. | neu |
| Hecke schneiden | Bernd | 15.03. | ✅ |
"""
    tasks = process_document(Document(Path("k.md"), "markdown", text), "k").action_items
    assert [(t.task, t.responsible) for t in tasks] == [("Saatgut bestellen", ["Ute"])]


def test_a_plain_text_table_without_outer_bars() -> None:
    text = ("Was                          | Wer            | Bis\n"
            "-----------------------------+----------------+--------\n"
            "Glühwein und Punsch einkaufen | Marlene, Tobi | 11.12.\n"
            "Becher beim StuRa ausleihen   | Leonie        | Montag\n\n"
            "Protokoll: Mats | Ende 21 Uhr\n")
    assert rows(text) == [("Glühwein und Punsch einkaufen", None, "Marlene, Tobi", "11.12.", None),
                          ("Becher beim StuRa ausleihen", None, "Leonie", "Montag", None)]


def test_status_table_under_a_short_heading_and_handles_in_the_who_cell() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """Plenum 2025-03-05
================

Anwesend: ole, pit, Mira

### 1) Stand TODOs

| Was | Wer | Status |
|-----|-----|--------|
| Lötkolben reparieren | pit | noch offen, Ersatzteil fehlt |

### 1b) Protokoll + Aufgaben-Check

| Aufgabe | Wer | Stand |
|---|---|---|
| Schichtplan Stand | Mira | in Arbeit, fast fertig |

### 2) Werkstatt

- Regal ist aufgebaut

## Neue TODOs

| TODO | wer | bis |
|------|-----|-----|
| Werkzeugwand beschriften | ole, Mira | 20.03. |
"""
    tasks = process_document(Document(Path("p.md"), "markdown", text), "p").action_items
    assert [(t.task, t.responsible) for t in tasks] == [("Werkzeugwand beschriften", ["ole", "Mira"])]


def test_open_items_of_a_status_list_report_unless_given_a_new_date() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """# Treffen 2024-02-08

## Anwesend

* Jana Vosskamp (jvk)
* Pit Schoormann (pit)

## 1. Kontrolle des Protokolls

* TODO-Status vom letzten Mal:
    * [ ] pit: Kabelkiste – nicht passiert
    * [ ] jvk: Satzung ins Wiki – noch nicht, neu bis Ende Februar

## 2. Server

* pit prueft bis zum naechsten Treffen das Backup
* Naechstes Treffen: Do 14.03.2024, 19:00, Raum 2
"""
    out = process_document(Document(Path("t.md"), "markdown", text), "t")
    assert [(t.task, t.deadline) for t in out.action_items] == [
        ("[ ] jvk: Satzung ins Wiki – noch nicht, neu bis Ende Februar", dt.date(2024, 2, 29)),
        ("pit prueft bis zum naechsten Treffen das Backup", dt.date(2024, 3, 14))]
    assert [a.date for a in out.appointments] == [dt.date(2024, 3, 14)]


def test_a_schedule_table_fixes_appointments_not_tasks() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """# Treffen 2024-02-08

Anwesend: Merle Okonkwo, Hauke Timmermann

## 1. Workshopreihe

Termine (jeweils Do 18:00–19:30, Stadtbibliothek):

| # | Datum | Thema | Wer |
|---|-------|-------|-----|
| 1 | 07.03. | Passwortmanager & 2FA | Merle |
| 2 | 04.04. | Messenger | Hauke |

* Merle schickt die Texte bis Freitag an die Bibliothek.
"""
    out = process_document(Document(Path("t.md"), "markdown", text), "t")
    assert [a.date for a in out.appointments] == [dt.date(2024, 3, 7), dt.date(2024, 4, 4)]
    assert [t.task for t in out.action_items] == ["Merle schickt die Texte bis Freitag an die Bibliothek."]


def test_a_table_of_what_when_where_is_a_schedule() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """### Chorvorstand 14.07.2026

**Dabei:** Henrike, Matthias

### 1. Termine

| Was | Wann | Wo |
|---|---|---|
| Nächste Vorstandssitzung | Di 25.8., 19:30 | Gemeindehaus |
| Stimmbildungstag | Sa 24.10. | Großer Saal |

### 2. Aufgaben

| Was | Wer | Bis |
|---|---|---|
| Honorarvereinbarung | Matthias | bis zur nächsten Sitzung |
"""
    out = process_document(Document(Path("t.md"), "markdown", text), "t")
    assert [a.date for a in out.appointments] == [dt.date(2026, 8, 25), dt.date(2026, 10, 24)]
    assert [(t.task, t.deadline) for t in out.action_items] == [("Honorarvereinbarung", dt.date(2026, 8, 25))]


def test_an_ergebnisprotokoll_as_a_table_has_one_item_per_row_and_reads_each_sentence() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """Ergebnisprotokoll Netzwerk Frühe Bildung – 14.05.2024

Teilnehmende: A. Yilmaz (Kita Sonnenhof), K. Sommer (Koordinierungsstelle), J. Wilms (Elternbeirat)

Nr | Thema | Ergebnis | Wer | Bis
---|-------|----------|-----|----
1 | Protokoll 16.04. | Protokoll genehmigt, keine Änderungen. | – | –
2 | Aktionstag: Musik | Vorschlag Schulband angenommen (Konsens). J. Wilms fragt bei der Band an. | J. Wilms | Fr. 24.05.
3 | Aktionstag: Helfer | Jede Einrichtung stellt zwei Helfer*innen für den Stand. | alle | 31.05.
4 | PV Kita-Dach | Ertragsprognose: ca. 18 kWp möglich. Nächster Schritt: Vor-Ort-Termin mit den Stadtwerken. | A. Yilmaz | Juni
"""
    out = process_document(Document(Path("n.md"), "text", text), "n")
    assert [(a.number, a.title) for a in out.agenda_items] == [
        ("1", "Protokoll 16.04."), ("2", "Aktionstag: Musik"), ("3", "Aktionstag: Helfer"), ("4", "PV Kita-Dach")]
    assert [(d.agenda_item, d.text) for d in out.decisions] == [
        ("1", "Protokoll genehmigt, keine Änderungen."), ("2", "Vorschlag Schulband angenommen (Konsens).")]
    assert [(t.agenda_item, t.task, t.deadline) for t in out.action_items] == [
        ("2", "J. Wilms fragt bei der Band an.", dt.date(2024, 5, 24)),
        ("3", "Jede Einrichtung stellt zwei Helfer*innen für den Stand.", dt.date(2024, 5, 31)),
        ("4", "Nächster Schritt: Vor-Ort-Termin mit den Stadtwerken.", dt.date(2024, 6, 30))]
    for t in out.action_items:
        assert text[t.source.char_start:t.source.char_end] == t.task  # each sentence quotes its own span


def test_vote_columns_are_read_as_a_vote() -> None:
    text = "| Nr. | TOP | Beschluss | Ja | Nein | Enth. |\n| B4 | 3 | Zustimmung zum Einsatz von Leiharbeit | 6 | 2 | 1 |\n" \
           "| B8 | 7 | Ablauf der Betriebsversammlung | einstimmig | | |\n"
    assert [r.votes for r in find_result_rows(split_lines(text))] == ["Ja: 6, Nein: 2, Enthaltungen: 1", "einstimmig"]


def test_a_vote_column_gives_each_resolution_its_votes() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = ("Protokoll der Schulkonferenz am 02.07.2026\n\nAnwesend: Frau Vogt, Herr Ruf, Frau Nolte\n\n## TOP 9 Beschlussübersicht\n\n"
            "| TOP | Beschluss | Abstimmung |\n|-----|-----------|------------|\n"
            "| 1 | Protokoll vom 21.05. genehmigt | 10/0/1 |\n| 7 | Anlage eines Schulgartens wird befürwortet | einstimmig (11/0/0) |\n")
    decisions = process_document(Document(Path("sk.md"), "markdown", text), "sk").decisions
    assert [(d.votes_yes, d.votes_no, d.votes_abstain, d.unanimous) for d in decisions] == [(10, 0, 1, None), (11, 0, 0, True)]


def test_a_table_of_dates_is_a_schedule_and_a_result_cell_is_no_decision_text() -> None:
    import datetime as dt
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = ("Protokoll der Jahreshauptversammlung am 21.03.2025\n\nAnwesend: 47 Mitglieder\n\n## TOP 9 – Anträge\n\n"
            "| Nr. | Antrag | Antragsteller | Ja | Nein | Enth. | Ergebnis |\n| 1 | Einführung eines Familienbeitrags | Vorstand | 44 | 1 | 2 | angenommen |\n\n"
            "## TOP 12 – Termine 2025\n\n| Datum | Veranstaltung | Ort | Beginn |\n| Sa, 05.04.2025 | Frühjahrskonzert | Bürgerhalle | 19:30 Uhr |\n"
            "| Sa/So, 05./06.07.2025 | Blasmusikfest | Festwiese | Sa 18:00 Uhr |\n")
    extraction = process_document(Document(Path("mv.md"), "markdown", text), "mv")
    assert [a.date for a in extraction.appointments] == [dt.date(2025, 4, 5), dt.date(2025, 7, 5)]
    assert "angenommen" not in [d.text for d in extraction.decisions]  # the result cell is no decision text of its own
