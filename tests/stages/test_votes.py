"""Vote counts as German minutes write them."""
from __future__ import annotations

import pytest

from extractor.stages.votes import Votes, parse_votes

CASES = [
    ("Abstimmung: 6/0/1", Votes(6, 0, 1, None)),
    ("Der Antrag wird mit 6:0:1 angenommen.", Votes(6, 0, 1, None)),
    ("Dafür: 5, Dagegen: 1, Enthaltungen: 2", Votes(5, 1, 2, False)),
    ("Der Haushalt wird mit 7 Ja-Stimmen bei 2 Enthaltungen beschlossen.", Votes(7, None, 2, None)),
    ("Die Satzung wird einstimmig angenommen.", Votes(None, None, None, True)),
    ("Der Antrag wird ohne Gegenstimmen angenommen.", Votes(None, 0, None, True)),
    ("Der Antrag wird bei einer Gegenstimme angenommen.", Votes(None, 1, None, False)),
    ("Der Vorschlag wird mit 14 Ja, 0 Nein, 1 Enthaltung angenommen.", Votes(14, 0, 1, None)),
    ("Ergebnis: 8 Ja-Stimmen, keine Nein-Stimme und keine Enthaltungen.", Votes(8, 0, 0, None)),
    ("Kandidatur Weber: mit zwei Enthaltungen und einem Nein", Votes(None, 1, 2, False)),
    ("9 Stimmen: Ja", Votes(9, None, None, None)),
    # a vote for a named candidate counts as yes
    ("11 Stimmen: Petra K.", Votes(11, None, None, None)),
    ("Schriftführerin: Jana Ott mit 9 Stimmen", Votes(9, None, None, None)),
    ("Dafür: 11, Dagegen: 0, Enthalten: 0", Votes(11, 0, 0, None)),
    # counts before the full stop
    ("Die Geschäftsordnung wird beschlossen: 7/0/0.", Votes(7, 0, 0, None)),
    ("Die Geschäftsordnung wird beschlossen: 7/0/1, danach Pause", Votes(7, 0, 1, None)),
    # a zero typed as a capital O
    ("21 Ja-Stimmen, 0 Nein-Stimmen und O Enthaltungen", Votes(21, 0, 0, None)),
    # the groups of a joint session, counted apart: the body's result is their sum
    ("Abstimmung: Eltern 12/0/1, Lehrkräfte 4/0/0, Schülerinnen und Schüler 2/1/0", Votes(18, 1, 1, False)),
    # groups with a gender ending, with colons, or counted in words; a refusal is a no-vote
    ("Abstimmung: Lehrkräfte 6/0/0, Eltern 3/1/0, Schüler:innen 3/0/0", Votes(12, 1, 0, False)),
    ("Lehrkräfte 6:0:0, Eltern 3:1:0, Schülervertretung 3:0:0 – angenommen", Votes(12, 1, 0, False)),
    ("Abstimmung nach Gruppen: Lehrkräfte: 6 ja, 0 nein, 0 Enth.; Eltern: 3 ja, 1 nein, 0 Enth.; Schülerschaft: 3 ja, 0 nein, 0 Enth.",
     Votes(12, 1, 0, False)),
    ("Zustimmung: 11, Ablehnung: 1, Enthaltung: 0", Votes(11, 1, 0, False)),
    ("Abstimmung 14-0-1", Votes(14, 0, 1, None)),
    ("Ergebnis: 9 – 2 – 0, angenommen", Votes(9, 2, 0, False)),
    # for, against, abstaining as hackerspaces count them; "enth." after the number
    ("Abstimmung: +7 / -0 / o1", Votes(7, 0, 1, None)),
    ("(+5 -1 ~2) angenommen", Votes(5, 1, 2, False)),
    ("Abstimmung: 9 ja, 1 nein, 2 enth.", Votes(9, 1, 2, False)),
    ("Kosten +5 -2 Euro", Votes(None, None, None, None)),
    # owners counted with their shares (MEA): the owners are the votes; unanimous with a count: none against
    ("Ja: 16 Eigentümer (6.288 MEA) · Nein: 2 Eigentümer (512 MEA) · Enthaltung: 1 Eigentümer (326 MEA).", Votes(16, 2, 1, False)),
    ("Abstimmung: einstimmig (19 Eigentümer, 7.126 MEA).", Votes(19, 0, 0, True)),
    ("einstimmig bei Enthaltung der drei Beiratsmitglieder (16 Eigentümer, 6.098 MEA dafür)", Votes(16, 0, 3, True)),
    ("Die Satzung wird einstimmig mit 7 Stimmen angenommen.", Votes(7, 0, 0, True)),
    ("einstimmig (7.126 MEA)", Votes(None, None, None, True)),
    # the groups' counts, then the body's total
    ("Lehrkräfte: 5 ja / Eltern: 3 ja / Schüler: 2 ja, 1 nein, 1 Enthaltung -> insgesamt 10 ja, 1 nein, 1 Enthaltung.",
     Votes(10, 1, 1, False)),
    ("Ergebnis nach Gruppen: Lehrkräfte (einschl. Schulleiterin) 5/0/0 – Eltern 3/1/0 – Schüler 3/0/0; gesamt 11/1/0.",
     Votes(11, 1, 0, False)),
    ("Abstimmungsergebnis nach Gruppen: Lehrkräfte 4 : 1 : 0, Eltern 4 : 0 : 0, Schüler 3 : 0 : 0 – insgesamt 11 : 1 : 0.",
     Votes(11, 1, 0, False)),
    ("Die Kosten betragen 300 € für 2 Tage, insgesamt 600 €.", Votes(None, None, None, None)),
    # three prices are no vote
    ("Drei Angebote liegen vor: 249 / 285 / 310 EUR", Votes(None, None, None, None)),
    # "einst." for einstimmig
    ("Protokoll v. 20.01. genehmigt (einst.)", Votes(None, None, None, True)),
    # a date is no vote
    ("Die nächste Sitzung ist am 14.11.2022.", Votes(None, None, None, None)),
    # a clock time with seconds is no vote either
    ("Beginn 14:30:00 laut Aufzeichnung", Votes(None, None, None, None)),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_parse_votes(text: str, expected: Votes) -> None:
    assert parse_votes(text) == expected


@pytest.mark.parametrize("results, expected", [
    # poll options add up by their answer
    (["5 Stimmen: a) Ja, ich helfe mit", "5 Stimmen: b) Ja, aber ohne mich", "0 Stimmen: c) Nein", "1 Stimme: d) Enthaltung"],
     Votes(10, 0, 1, None)),
    # an election between candidates: the winner's count is the yes vote
    (["7 Stimmen: Sarah", "2 Stimmen: Martin", "2 Stimmen: Enthaltung"], Votes(7, None, 2, False)),
    # counts spread over bullets
    (["Dafür: 11", "Dagegen: 0", "Enthalten: 0"], Votes(11, 0, 0, None)),
])
def test_result_votes(results: list[str], expected: Votes) -> None:
    from extractor.stages.decisions import result_votes
    assert result_votes(results) == expected
