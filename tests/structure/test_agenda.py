"""Agenda items in every common numbering, as tables of German protocol snippets."""
from __future__ import annotations

import pytest

from extractor.structure.agenda import find_agenda
from extractor.structure.lines import split_lines


def numbers_and_titles(text: str) -> list[tuple[str, str]]:
    return [(h.number, h.title) for h in find_agenda(split_lines(text), len(text))]


CASES = [
    pytest.param(
        "Protokoll\n\nTOP 1: Begrüßung\nText.\n\nTOP 2: Kassenbericht\nText.\n\nTOP 3: Verschiedenes\n",
        [("1", "Begrüßung"), ("2", "Kassenbericht"), ("3", "Verschiedenes")], id="top-colon"),
    pytest.param(
        "Niederschrift\n\nZu TOP 1 Eröffnung\nDer Vorsitzende eröffnet.\n\nZu TOP 2 Haushalt 2025\nBeraten.\n",
        [("1", "Eröffnung"), ("2", "Haushalt 2025")], id="zu-top"),
    pytest.param(
        "0. Regularien\n\n0.1 Begrüßung\n\n0.2 Feststellung der Anwesenheit\n\n1. Bericht\n\nText\n\n2. Termine\n",
        [("0", "Regularien"), ("0.1", "Begrüßung"), ("0.2", "Feststellung der Anwesenheit"),
         ("1", "Bericht"), ("2", "Termine")], id="zero-dotted"),
    pytest.param(
        "1) Begrüßung\nHallo.\n\n2) Wahlen\nGewählt.\n\n3a) Anträge\nKeine.\n\n3b) Sonstiges\n",
        [("1", "Begrüßung"), ("2", "Wahlen"), ("3a", "Anträge"), ("3b", "Sonstiges")], id="paren-letters"),
    # MediaWiki headings in a pad export
    pytest.param("Orga-Runde, Mi 21.05.2025\n\n== Was ist aus den TODOs geworden? ==\n- ok\n\n== Hoffest ==\nText\n\n"
                 "== Termine ==\n- Sa 12.07.\n",
                 [("1", "Was ist aus den TODOs geworden?"), ("2", "Hoffest"), ("3", "Termine")], id="wiki-headings"),
    # the agenda listed up front and again over the body: the body's headings hold the items
    pytest.param(
        "Tagesordnung\nTOP 1 Begrüßung\nTOP 2 Wahl der Versammlungsleitung\nTOP 3 Satzung\n"
        "TOP 1 – Begrüßung\nJana eröffnet.\n\nTOP 2 – Wahl der Versammlungsleitung Derya wird gewählt.\n"
        "TOP 3 – Satzung\nDie Satzung wird beschlossen.\n",
        [("1", "Begrüßung"), ("2", "Wahl der Versammlungsleitung"), ("3", "Satzung")], id="listed-then-body"),
    pytest.param(
        "## 0. Protokoll\nOk.\n\n## 1. Workshops\nText\n\n## 1b. Kasse\nText\n\n## 2. Server\nText\n",
        [("0", "Protokoll"), ("1", "Workshops"), ("1b", "Kasse"), ("2", "Server")], id="item-added-as-b"),
    pytest.param(
        "1.) Regularien\nTO genehmigt.\n\n2.) Rückblick Sommerfest\nSchön.\n\n3.) Verschiedenes\n",
        [("1", "Regularien"), ("2", "Rückblick Sommerfest"), ("3", "Verschiedenes")], id="dot-paren"),
    pytest.param(
        "TOP 1.) Begrüßung\nHallo.\n\nTOP 2.) Kasse\nStimmt.\n",
        [("1", "Begrüßung"), ("2", "Kasse")], id="top-dot-paren"),
    pytest.param(
        "# Plenum\n\n## 1. Begrüßung\n\nText\n\n## 2. Kassenbericht\n\nText\n\n## 3. Termine\n",
        [("1", "Begrüßung"), ("2", "Kassenbericht"), ("3", "Termine")], id="markdown-numbered"),
    pytest.param(
        "# Treffen\n\n## Anwesend\nAnna, Ben\n\n## Werkstatt\nText\n\n## Finanzen\nText\n\n## Sonstiges\nText\n",
        [("1", "Werkstatt"), ("2", "Finanzen"), ("3", "Sonstiges")], id="markdown-unnumbered"),
    pytest.param(
        "Treffen vom 3. Mai\n==================\n\nKasse\n-----\n\nText\n\nRaum\n----\n\nText\n",
        [("1", "Kasse"), ("2", "Raum")], id="rst-underlined"),
    pytest.param(
        "1. Bericht\nWünsche an den Runden Tisch:\n1. mehr Termine\n2. bessere Räume\n\n2. Termine\nText\n\n3. Verschiedenes\n",
        [("1", "Bericht"), ("2", "Termine"), ("3", "Verschiedenes")], id="inner-list-is-not-agenda"),
    pytest.param(
        "### Tagesordnung\n\n1. Ablauf\n\t1. Unterpunkt\n1. Werkstatt\n\t1. Unterpunkt\n1. Sonstiges\n",
        [("1", "Ablauf"), ("2", "Werkstatt"), ("3", "Sonstiges")], id="lazy-markdown-numbering"),
    pytest.param(
        "Treffen vom 3. Mai\n\n* Was habt ihr gemacht\n\n  - Kim: Webseite\n  - Ole: nichts\n\n"
        "* Bericht vom Camp\n  - war schön\n",
        [("1", "Was habt ihr gemacht"), ("2", "Bericht vom Camp")], id="bullets-with-sub-bullets"),
    pytest.param(
        "Tagesordnung:\n1. Begrüßung\n2. Wahlen\n\n**TOP1 - Begrüßung:**\n- Hallo\n**TOP2 - Wahlen:**\n- gewählt\n",
        [("1", "Begrüßung"), ("2", "Wahlen")], id="body-tops-beat-listed-agenda"),
    # a numbered list inside an item (the agenda of another meeting) does not continue the agenda
    pytest.param(
        "Tagesordnung\nTOP 1 Begrüßung\nTOP 2 MV\nTOP 3 Sonstiges\n\n## TOP 1 Begrüßung\nHallo.\n\n## TOP 2 MV\n"
        "Tagesordnung der MV:\n\n1. Eröffnung\n2. Berichte\n3. Entlastung\n4. Wahlen\n5. Anträge\n6. Verschiedenes\n\n"
        "## TOP 3 Sonstiges\nNichts.\n",
        [("1", "Begrüßung"), ("2", "MV"), ("3", "Sonstiges")], id="list-inside-an-item"),
    # a sentence wrapped so that "TOP 7" opens a line is no item
    pytest.param(
        "TOP 1  Begrüßung\nDie SV hat beantragt, unter\nTOP 7 zusätzlich die Öffnungszeiten zu besprechen.\n\n"
        "TOP 2  Protokoll\nGenehmigt.\n\nTOP 3  Verschiedenes\nNichts.\n",
        [("1", "Begrüßung"), ("2", "Protokoll"), ("3", "Verschiedenes")], id="wrapped-top"),
    # lettered parts of the meeting before the numbered items
    pytest.param(
        "Beirat – Rundgang + Kurzsitzung\n\n== A) RUNDGANG ==\n\nHaus 14\n- Gerüst steht\n\n== B) KURZSITZUNG ==\n\n"
        "1. Protokoll\ngenehmigt\n\n2. Heizung\nStudie läuft\n\n3. Sonstiges\nnichts\n",
        [("A", "RUNDGANG"), ("B", "KURZSITZUNG"), ("1", "Protokoll"), ("2", "Heizung"), ("3", "Sonstiges")], id="lettered-parts"),
    # prose minutes: short title lines between paragraphs, counted in order
    pytest.param(
        "Protokoll Chorvorstand 9. Juni 2026\n\nWir haben uns am Dienstag bei Jens getroffen, weil der Saal belegt war.\n\n"
        "Kasse und Übergabe\n\nDie Kasse wurde am 28. Mai übergeben, Kassenbuch und Belege sind vollständig da.\n\n"
        "Sommerserenade am 27. Juni\n\nDas Programm steht, der Kantor hat es in der letzten Probe an alle verteilt.\n\n"
        "Sonstiges\n\nDie nächste Sitzung ist nach den Ferien, der Termin wird per Mail abgestimmt.\n",
        [("1", "Kasse und Übergabe"), ("2", "Sommerserenade am 27. Juni"), ("3", "Sonstiges")], id="prose-title-lines"),
    # a sub-item whose line goes on with its text: the title is its first sentence
    pytest.param(
        "TOP 1 Bericht\nText.\n\nTOP 2 Wahlen\n\n2a) Wahl der Vorsitzenden. Vorgeschlagen wird Dr. Anna Berg; sie wird einstimmig gewählt.\n\n"
        "TOP 3 Sonstiges\nNichts.\n",
        [("1", "Bericht"), ("2", "Wahlen"), ("2a", "Wahl der Vorsitzenden"), ("3", "Sonstiges")], id="sub-item-runs-on"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_agenda_numbering(text: str, expected: list[tuple[str, str]]) -> None:
    assert numbers_and_titles(text) == expected


def test_item_spans_cover_the_body_until_the_next_item() -> None:
    text = "TOP 1: A\nerster Text\nTOP 2: B\nzweiter Text\n"
    first, second = find_agenda(split_lines(text), len(text))
    assert "erster Text" in text[first.line.start:first.body_end]
    assert "zweiter" not in text[first.line.start:first.body_end]
    assert second.body_end == len(text)


def test_bare_top_takes_title_from_listed_agenda() -> None:
    text = ("Tagesordnung:\n1) Begrüßung,\n2) Kassenbericht,\n3) Verschiedenes\n\n"
            "TOP1:\nHallo.\n\nTOP2:\nDie Kasse stimmt.\n\nTOP3:\nNichts.\n")
    assert numbers_and_titles(text) == [("1", "Begrüßung"), ("2", "Kassenbericht"), ("3", "Verschiedenes")]


def test_body_headings_win_over_the_agenda_listed_up_front() -> None:
    text = ("Tagesordnung\nTOP 1 Begrüßung\nTOP 2 Wahl der Versammlungsleitung\nTOP 3 Satzung\n"
            "TOP 1 – Begrüßung\nJana eröffnet.\n\nTOP 2 – Wahl der Versammlungsleitung Derya wird gewählt.\n"
            "TOP 3 – Satzung\nDie Satzung wird beschlossen.\n")
    lines = split_lines(text)
    headings = find_agenda(lines, len(text))
    assert [h.line.text[:5] for h in headings] == ["TOP 1", "TOP 2", "TOP 3"]
    assert headings[0].line.index > 3  # the body's, not the list's
    assert [h.runs_on for h in headings] == [False, True, False]  # its line goes on with text
