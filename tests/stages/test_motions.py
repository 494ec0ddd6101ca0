"""Motions whose wording follows an announcing clause: one decision per paragraph, votes from the result."""
from __future__ import annotations

from pathlib import Path

import pytest

from extractor.ingest.document import Document
from extractor.pipeline import process_document

HEAD = "Protokoll der Mitgliederversammlung des Fördervereins Kita Sonnenblume am 12.03.2024\n\n"

CASES = [
    # the proposal on its own lines, the result after it
    ("""TOP 1: Begrüßung
Frau Demir begrüßt die Anwesenden.

TOP 2: Beiträge
Frau Demir bat um Abstimmung durch Handzeichen über folgenden Beschlussvorschlag:

Der Jahresbeitrag wird ab 2025 auf 36 € angehoben.
Familien mit drei Kindern zahlen den halben Beitrag.

Der Vorschlag wurde einstimmig angenommen.
""", [("Der Jahresbeitrag wird ab 2025 auf 36 € angehoben.", True),
      ("Familien mit drei Kindern zahlen den halben Beitrag.", True)]),
    # numbered amendments, each with its quoted wording; a closing sentence gives the votes
    ("""TOP 1: Begrüßung
Herr Brandt begrüßt die Anwesenden.

TOP 2: Satzung
Der Vorstand beschloss folgende Änderung der Satzung:

1.  § 3 Absatz 2. Folgender Satz wird angefügt:

> Fördermitglieder haben kein Stimmrecht.

2.  § 7 Absatz 1. Das Wort „schriftlich“ wird gestrichen.

Alle Änderungen wurden jeweils einstimmig beschlossen.
""", [("§ 3 Absatz 2. Folgender Satz wird angefügt: Fördermitglieder haben kein Stimmrecht.", True),
      ("§ 7 Absatz 1. Das Wort „schriftlich“ wird gestrichen.", True)]),
    # the wording inside the announcing sentence, after its colon; how the vote was taken is no decision
    ("""TOP 1: Begrüßung
Herr Brandt begrüßt die Anwesenden.

TOP 2: Beitrag 2024
Zur Frage des Beitrags wurde folgende Regelung zur Abstimmung gestellt: Der Beitrag für 2024 wird ausgesetzt.
Die Abstimmung erfolgte per Handzeichen.
Diese Regelung wurde mit 9 Ja-Stimmen bei 2 Enthaltungen angenommen.
""", [("Der Beitrag für 2024 wird ausgesetzt.", None)]),
    # the wording wraps to the next line and ends with its own result; the task after it is no part
    ("""TOP 1: Begrüßung
Frau Demir begrüßt die Anwesenden.

TOP 2: Vereinsraum
Der Vorstand beschließt folgende Regeln für den Vereinsraum: Zutritt nur mit
Schlüsselkarte, kein Rauchen, Ende spätestens 23 Uhr (einstimmig).
Die Regeln müssen noch ausgehängt werden (Frau Demir).
""", [("Zutritt nur mit Schlüsselkarte, kein Rauchen, Ende spätestens 23 Uhr (einstimmig).", True)]),
    # a resolution with its own result over a list: the list is its wording, the next paragraph is not
    ("""TOP 1: Begrüßung
Frau Demir begrüßt die Anwesenden.

TOP 2: Haushalt
Nach kurzer Aussprache beschließt der Vorstand einstimmig folgende Prioritätenliste:

Priorität 1: Neue Matten für den Turnraum
Priorität 2: Sonnensegel

Die Kassenwartin wird gebeten, die Liste bis zum 31.05.2024 an den Träger weiterzuleiten.
""", [("Priorität 1: Neue Matten für den Turnraum", True), ("Priorität 2: Sonnensegel", True)]),
]


@pytest.mark.parametrize("body, expected", CASES)
def test_announced_motion_is_decided_paragraph_by_paragraph(body: str, expected: list) -> None:
    text = HEAD + body
    extraction = process_document(Document(Path("kita.md"), "markdown", text), "kita")
    decisions = [(d.text, d.unanimous) for d in extraction.decisions if d.agenda_item == "2"]
    assert decisions == expected
    for d in extraction.decisions:
        assert text[d.source.char_start:d.source.char_end].strip() == d.source.quote


def test_votes_of_the_result_go_to_the_wording() -> None:
    text = HEAD + CASES[2][0]
    (decision,) = [d for d in process_document(Document(Path("k.md"), "markdown", text), "k").decisions
                   if d.agenda_item == "2"]
    assert (decision.votes_yes, decision.votes_no, decision.votes_abstain) == (9, None, 2)


def test_result_after_a_statement_takes_the_statement() -> None:
    text = HEAD + """TOP 1: Begrüßung
Frau Demir begrüßt die Anwesenden.

TOP 2: Anschrift
Die Anschrift des Vereins ist Lindenweg 4, 04109 Leipzig.

Dies wurde einstimmig beschlossen.
"""
    decisions = [d for d in process_document(Document(Path("k.md"), "markdown", text), "k").decisions
                 if d.agenda_item == "2"]
    assert [(d.text, d.unanimous, d.source.found_by) for d in decisions] == [
        ("Die Anschrift des Vereins ist Lindenweg 4, 04109 Leipzig.", True, "decision.refers_back")]


def test_votes_after_a_semicolon_belong_to_the_decision() -> None:
    text = HEAD + """TOP 1: Begrüßung
Frau Demir begrüßt die Anwesenden.

TOP 2: Beiträge
Der Vorstand beschließt, dass Geschwisterkinder nur noch 5 € zahlen; der Beschluss vom Mai wird insoweit geändert (6 Ja, 1 Nein, 1 Enthaltung).
"""
    decisions = [d for d in process_document(Document(Path("k.md"), "markdown", text), "k").decisions
                 if d.agenda_item == "2"]
    assert (decisions[0].votes_yes, decisions[0].votes_no, decisions[0].votes_abstain) == (6, 1, 1)


@pytest.mark.parametrize("body, expected", [
    # an arrangement and its budget, resolved together in brackets after the semicolon
    ("Das Laternenfest findet am Freitag, 14. November, ab 17 Uhr statt; der Beirat stellt dafür bis zu "
     "100 Euro bereit (einstimmig beschlossen).",
     [("Das Laternenfest findet am Freitag, 14. November, ab 17 Uhr statt; der Beirat stellt dafür bis zu "
       "100 Euro bereit (einstimmig beschlossen).", (None, None, None))]),
    # "Der Beschluss ergeht …" gives its votes to the resolution before it
    ("Der Beirat beschließt, dem Vorstand die Ergänzung der Hausordnung vorzuschlagen.\n"
     "Der Beschluss ergeht ohne Gegenstimme bei 2 Enthaltungen.",
     [("Der Beirat beschließt, dem Vorstand die Ergänzung der Hausordnung vorzuschlagen.", (None, 0, 2))]),
    # a vote that opens the item belongs to the statement after it
    ("Nach kurzer Diskussion Abstimmung: 6 dafür, 0 dagegen, 1 Enthaltung.\n"
     "Das Sommerfest findet am Samstag, 23. August, ab 14 Uhr auf der Festwiese statt.",
     [("Das Sommerfest findet am Samstag, 23. August, ab 14 Uhr auf der Festwiese statt.", (6, 0, 1))]),
    # a labelled motion, its result with a note, and the outcome said again: one decision in the motion's words
    ("**Beschlussvorschlag:** Dem Vorstand wird für 2024 Entlastung erteilt.\n\n"
     "**Abstimmungsergebnis:** 32 Ja-Stimmen, 0 Nein-Stimmen, 9 Enthaltungen (der Vorstand stimmte nicht mit).\n\n"
     "Der Antrag ist angenommen.",
     [("Dem Vorstand wird für 2024 Entlastung erteilt.", (32, 0, 9))]),
])
def test_what_a_result_belongs_to(body: str, expected: list) -> None:
    text = HEAD + "TOP 1: Begrüßung\nFrau Demir begrüßt die Anwesenden.\n\nTOP 2: Feste\n" + body + "\n"
    decisions = [d for d in process_document(Document(Path("k.md"), "markdown", text), "k").decisions
                 if d.agenda_item == "2"]
    assert [(d.text, (d.votes_yes, d.votes_no, d.votes_abstain)) for d in decisions] == expected


def test_a_review_reports_earlier_resolutions_and_may_take_new_ones() -> None:
    text = HEAD + """TOP 1: Begrüßung
Frau Demir begrüßt die Anwesenden.

TOP 2: Offene Punkte aus der letzten Sitzung
- Mitgliederversammlung 29.3.: Antrag Beitrag angenommen
- Der Beschluss vom Mai zum Sommerfest wird aufgehoben (6/0/1).

TOP 3: Rückblick Jahreshauptversammlung
Der Vorstand wurde entlastet, Frau Demir wurde wiedergewählt.
"""
    decisions = [d.text for d in process_document(Document(Path("k.md"), "markdown", text), "k").decisions]
    assert decisions == ["Der Beschluss vom Mai zum Sommerfest wird aufgehoben (6/0/1)."]
