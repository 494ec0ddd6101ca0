"""Tasks that take their people or date from the lines around them."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractor.ingest.document import Document
from extractor.pipeline import process_document

HEAD = "Protokoll des Orgatreffens Stadtteilfest Nordend am 03.06.2024\n\nAnwesend: Jana Wolff, Timo Berg, Ayla Kaya\n\n"


def tasks(body: str) -> dict[str, tuple[list[str], dt.date | None]]:
    text = HEAD + body
    extraction = process_document(Document(Path("fest.md"), "markdown", text), "fest")
    return {a.task: (a.responsible, a.deadline) for a in extraction.action_items}


@pytest.mark.parametrize("body, expected", [
    # "Verantwortlich" over a list of names: they do the items above
    ("""## 1. Begrüßung
Jana begrüßt alle.

## 2. Bühne
  * Tontechnik beim Jugendzentrum anfragen
  * Erste Probe im Juli.

Verantwortlich

  * Timo
  * Ayla
""", {"Tontechnik beim Jugendzentrum anfragen": (["Timo Berg", "Ayla Kaya"], None),
      "Erste Probe im Juli.": (["Timo Berg", "Ayla Kaya"], dt.date(2024, 7, 31))}),
    # a sentence with only a date and a word of the task before: that task's deadline
    ("""## 1. Begrüßung
Jana begrüßt alle.

## 2. Flyer
Timo erklärt sich bereit, die Flyer zu bestellen. Am 12.06. soll die Bestellung rausgehen.
""", {"Timo erklärt sich bereit, die Flyer zu bestellen.": (["Timo Berg"], dt.date(2024, 6, 12))}),
    # a question over a list asks what is to be done
    ("""## 1. Begrüßung
Jana begrüßt alle.

## 2. Nächstes Treffen
Was muss bis zum 10.06. passieren?
* Bänke beim Bauhof reservieren (Liste ist angefragt)
""", {"Bänke beim Bauhof reservieren (Liste ist angefragt)": ([], dt.date(2024, 6, 10))}),
    # "er" is the one person named just before; "durch" names who
    ("""## 1. Begrüßung
Jana begrüßt alle.

## 2. Spenden
- Baumarkt: Timo war noch nicht dort. Er versucht es bis Ende Juni.
- Die Kassenprüfung durch Ayla und Timo muss vor dem Fest stattfinden.
""", {"Er versucht es bis Ende Juni.": (["Timo Berg"], dt.date(2024, 6, 30)),
      "Die Kassenprüfung durch Ayla und Timo muss vor dem Fest stattfinden.": (["Ayla Kaya", "Timo Berg"], None)}),
    # "Timo macht das zusammen mit Ayla": the need just named is the task, with its doers and date
    ("""## 1. Begrüßung
Jana begrüßt alle.

## 2. Kasse
Für das Fest muss noch die Kassenabrechnung fertig werden. Timo macht das zusammen mit Ayla bis Ende Juni.
""", {"Für das Fest muss noch die Kassenabrechnung fertig werden.": (["Timo Berg", "Ayla Kaya"], dt.date(2024, 6, 30))}),
    # "Wer: … Bis: …" fields on the task's line
    ("""## 1. Begrüßung
Jana begrüßt alle.

## 2. Aushang
    TODO: Aushang an der Ladentür ändern    Wer: Ayla        Bis: 14.6.
""", {"Aushang an der Ladentür ändern": (["Ayla Kaya"], dt.date(2024, 6, 14))}),
    # under a review of earlier tasks, an item and its state is no new task, unless a listed person takes it up again
    ("""## 1. Kontrolle der Aufgaben vom 06.05.
- Stand bei der Brauerei anfragen (Timo): angefangen, zwei Antworten fehlen
- Vereinskonto (Ayla): keine Antwort, Ayla ruft nochmal bei der Sparkasse an
- [ ] Mietvertrag prüfen (Jana) - noch offen, Termin beim Mieterverein erst am 14.06.

## 2. Technik
- [ ] @Timo: Funk Haus B -> Haus C testen, bis Freitag
""", {"Vereinskonto (Ayla): keine Antwort, Ayla ruft nochmal bei der Sparkasse an": (["Ayla Kaya"], None),
      "[ ] @Timo: Funk Haus B -> Haus C testen, bis Freitag": (["Timo Berg"], dt.date(2024, 6, 7))}),
])
def test_task_from_its_surroundings(body: str, expected: dict) -> None:
    assert tasks(body) == expected


def test_she_after_a_named_person_is_that_person() -> None:
    body = """## 1. Begrüßung
Jana begrüßt alle.

## 2. Kasse
Ayla Kaya gibt das Amt der Kassenwartin ab. Sie erklärt sich bereit, die Nachfolge einzuarbeiten.
"""
    assert tasks(body)["Sie erklärt sich bereit, die Nachfolge einzuarbeiten."] == (["Ayla Kaya"], None)


def test_a_second_doer_takes_the_verb_and_date_of_the_task_before() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """Protokoll Planungstreffen Werkstatt Süd, 14.10.2025

Anwesend: Philip Markus, Michael Prange, Olaf König

## 1. Partner

- Philip fragt bis Freitag bei VOW an, Michael bei Digitalcourage und beim Repair Café
"""
    tasks = process_document(Document(Path("w.md"), "markdown", text), "w").action_items
    assert [(t.task, t.responsible, str(t.deadline)) for t in tasks] == [
        ("Philip fragt bis Freitag bei VOW an", ["Philip Markus"], "2025-10-17"),
        ("Michael bei Digitalcourage und beim Repair Café", ["Michael Prange"], "2025-10-17")]


def test_a_nickname_from_the_attendance_list_names_the_doer() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """# Vorstandssitzung 12.09.2024

## Anwesend

* Jonas Wendeborn (jowe) – Vorsitz
* Miriam Kaltenbach (mika) – stellv. Vorsitz

## 1. Schlüssel

- Die Schlüsselliste ist veraltet, mika aktualisiert sie bis zum 20.09.
- Saal anfragen (jowe)

## 2. Verschiedenes

- nichts
"""
    tasks = process_document(Document(Path("l.md"), "markdown", text), "l").action_items
    assert [t.responsible for t in tasks] == [["Miriam Kaltenbach"], ["Jonas Wendeborn"]]


def test_the_next_meeting_is_this_bodys_not_another_ones() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """# Protokoll FSR-Sitzung, 24.09.2024

## TOP 1 Finanzen

- Ferdi schickt die Unterlagen bis zur nächsten Sitzung rum.
- Nächste StuRa-Sitzung: Mi, 02.10., 19 Uhr, Senatssaal

## TOP 2 Sonstiges

**Nächste Sitzung:** Dienstag, 08.10.2024, 18:15 Uhr
"""
    (task,) = process_document(Document(Path("f.md"), "markdown", text), "f").action_items
    assert str(task.deadline) == "2024-10-08"


@pytest.mark.parametrize("status", ["Putzplan: noch offen.", "Putzplan: offen!!"])
def test_taking_on_an_open_item_is_the_task(status: str) -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = f"""Protokoll Vorstand, 07.11.2024

Anwesend: Miriam Kaltenbach, Friederike Mosch

TOP 1 Stand
- {status}
- Friederike übernimmt das ab jetzt.

TOP 2 Sonstiges
- nichts
"""
    (task,) = process_document(Document(Path("p.txt"), "text", text), "p").action_items
    assert (task.task, task.responsible) == ("Friederike übernimmt das ab jetzt.", ["Friederike Mosch"])


def test_first_names_in_small_letters_name_doers_when_only_a_head_count_is_given() -> None:
    text = ("SV sitzung 11.12.\nda: 14 leute + fr. dr. reinhold als gast\n\n== 1. spielekiste ==\n"
            "- tarik + noah kaufen im januar ein\n- die klassen sammeln ideen\n")
    extraction = process_document(Document(Path("sv.txt"), "text", text), "sv")
    assert [(a.task, a.responsible) for a in extraction.action_items] == [
        ("tarik + noah kaufen im januar ein", ["tarik", "noah"])]


def test_first_names_after_a_task_name_doers_when_only_a_head_count_is_given() -> None:
    text = ("Treffen Radgruppe 05.03.2025\nModeration: Konni\nProtokoll: Jana\nAnwesend: ca. 11 Leute\n\n## 1. Schulweg\n"
            "**To do**\n- Fotos der Kreuzungen machen: Tobi + Lea, bis Sonntag\n- Brief an die Schule entwerfen\n")
    extraction = process_document(Document(Path("rad.md"), "markdown", text), "rad")
    assert [(a.task, a.responsible, a.deadline) for a in extraction.action_items] == [
        ("Fotos der Kreuzungen machen: Tobi + Lea, bis Sonntag", ["Tobi", "Lea"], dt.date(2025, 3, 9)),
        ("Brief an die Schule entwerfen", [], None)]


def test_people_listed_by_first_name_alone_take_their_own_share_of_a_line() -> None:
    text = ("Protokoll FSR 12.11.2024\nAnwesend: Jo, Leonie, Ferdi, Mats\n\n## 1. Party\n"
            "- Ferdi bringt die Boxen mit und Leonie besorgt Pfandmarken.\n"
            "- Jo und Mats lesen am 04.10. die Zähler ab, Leonie rechnet ab.\n"
            "- Die Gemeinde rechnet mit Fertigstellung Ende August.\n")
    extraction = process_document(Document(Path("fsr.md"), "markdown", text), "fsr")
    assert [(a.task, a.responsible) for a in extraction.action_items] == [
        ("Ferdi bringt die Boxen mit", ["Ferdi"]), ("Leonie besorgt Pfandmarken.", ["Leonie"]),
        ("Jo und Mats lesen am 04.10. die Zähler ab", ["Jo", "Mats"]), ("Leonie rechnet ab.", ["Leonie"])]


def test_initials_beside_surnames_resolve_the_doers() -> None:
    text = ("STG – Protokoll 28.04.2026\nanw.: Wollmers (HW, Vors.), Abend (JA), Rehfeldt-Moser (CRM), Oeller (BO, Prot.)\n\n"
            "1. Schulfest\n   - Tombola: CRM + JA schreiben Geschäfte an, zeitnah\n   - Modell ausarbeiten: HW + BO, bis 14.05.\n")
    extraction = process_document(Document(Path("stg.txt"), "text", text), "stg")
    assert [(a.responsible) for a in extraction.action_items] == [["Rehfeldt-Moser", "Abend"], ["Wollmers", "Oeller"]]


def test_first_names_in_text_without_any_attendance_name_nobody() -> None:
    text = "Anwendungsfall Sammelbestellung 03.10.2014\n\n## 1. Ablauf\n- Christoph teilt die URL an seine Kollegen\n"
    extraction = process_document(Document(Path("uc.md"), "markdown", text), "uc")
    assert [a.task for a in extraction.action_items] == []


def test_a_first_name_is_the_one_person_listed_with_its_initial() -> None:
    text = ("Vorstandssitzung 15.04.2025\nAnwesend: B. Olschew, J. Feilitz, M. Sauer, Y. Kettel\n\n## TOP 1 – Fest\n\n"
            "**Aufgaben Fest:**\n\n- [ ] Kühlwagen reservieren – Jonas – KW 18\n"
            "- [ ] Tombola-Preise bei den Geschäften sammeln – Yvonne – bis 20.06.\n- [ ] Getränke bestellen – Jana – bis 20.06.\n")
    one = process_document(Document(Path("mv.md"), "markdown", text.replace("Jana", "Jonas")), "mv")
    assert [a.responsible for a in one.action_items] == [["J. Feilitz"], ["Y. Kettel"], ["J. Feilitz"]]
    extraction = process_document(Document(Path("mv.md"), "markdown", text), "mv")
    # "Jana" shares the initial with "Jonas": neither is known to be J. Feilitz
    assert [(a.responsible, str(a.deadline)) for a in extraction.action_items] == [
        ([], "2025-05-02"), (["Y. Kettel"], "2025-06-20"), ([], "2025-06-20")]


def test_bullets_under_a_done_group_of_a_review_set_no_task() -> None:
    body = """## 1. Aufgaben-Check

**Erledigt**
- Bühnenvertrag am 20.05. unterschrieben (Timo)
- Plakate sind da (Ayla)

**Läuft / offen**
- Getränkeliste: Jana macht sie bis Freitag fertig

## 2. Verschiedenes
Jana begrüßt die Gäste.
"""
    assert list(tasks(body)) == ["Getränkeliste: Jana macht sie bis Freitag fertig"]
