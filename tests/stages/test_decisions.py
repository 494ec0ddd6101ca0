"""Which clauses are decisions of the meeting, and which are only talk."""
from __future__ import annotations

import pytest

from extractor.stages.decisions import classify_decision

DECISIONS = [
    "Beschluss: Der Mitgliedsbeitrag bleibt bei 40 Euro.",
    "Der Vorstand beschließt, den Zaun erneuern zu lassen.",
    "Es wird beschlossen, die Sitzungen künftig online zu übertragen.",
    "Die Tagesordnung wird einstimmig angenommen.",
    "Das Protokoll vom 12.03.2024 wird ohne Änderungen genehmigt.",
    "Ergebnis der Diskussion: Wir bleiben beim bisherigen Caterer.",
    "Es wird vereinbart, dass die Kasse monatlich geprüft wird.",
    "Aus „Anhörung“ wird „Runder Tisch vor Ort“",
    "Frau Kaya wird zur Kassenwartin gewählt.",
    "Der Vorstand wird für das Geschäftsjahr 2023 entlastet.",
    "Der Antrag auf Zuschuss für die Jugendfahrt wird mit 9/0/2 angenommen.",
    "Mit Einverständnis aller übernimmt Jonas die Versammlungsleitung.",
    "Philip macht das (Beschluss vom Vorstand)",
    "Die Protokolle sollen künftig im Vereinswiki abgelegt werden.",
    "Das Thema Hallenzeiten wird in der nächsten Sitzung weiter beraten.",
    "Wollen wir einen Mitgliedsbeitrag? --> Ja, aber gering",
    "Abnahme der Tagesordnung: Ja (Konsens)",
    "Die Kassenprüfung wurde durchgeführt und abgenommen.",
    "Zurzeit soll jeder Samstag ein offener Basteltag sein.",
    "Die Versammlungsleitung bestimmt Jana Ott als Schriftführerin.",
    "Die Pressearbeit wird an Hernani und Christine übertragen.",
    # an arrangement the meeting fixes, told in the present passive
    "Der Mitgliedsbeitrag wird ab 2026 per Lastschrift eingezogen.",
    "Arbeitsgrundlagen: Aus „Anhörung“ wird „Runder Tisch vor Ort“",
    # votes in brackets between the label and its colon; an agreement reached
    "Beschluss (7:0:0): Den Auftrag erhält die Firma mit dem günstigeren Angebot.",
    "Beschluss Nr. 3/2026: Die gemeinsame Sitzung empfiehlt der Schulkonferenz eine Handyregel.",
    # a candidate and the vote on them; an office handed to a person
    "Kandidatur Wene: Mit zwei Enthaltungen und einem Nein",
    "Leon => Finanzminister",
    "Ayla -> Kassenprüferin",
    "Frau Yıldız moderiert den Elternabend, darauf verständigt sich der Beirat.",
    "Alle sind sich einig, dass der Flohmarkt im Herbst wieder stattfinden soll.",
    # appointments to an office, a fee fixed
    "Die Versammlung bestimmte Herrn Henning zum Wahlleiter.",
    "Auf Vorschlag der Vorsitzenden wurde Frau Ott zur Protokollführerin bestimmt.",
    "Der Jahresbeitrag wird ab 2026 auf 30 Euro festgesetzt.",
    # the body founds and adopts; money it grants; a start it fixes
    "Die Versammlung gründet den Verein und nimmt die Satzung sowie die Beitragsordnung an.",
    "Als Budget stellt der Verein 200 € zur Verfügung.",
    "Der Förderverein bezuschusst zwei Schwimmkurse mit insgesamt 800 Euro.",
    "Der Lesekreis soll erst ab dem 17.10. starten.",
    "Wir einigen uns darauf, beim Plenum 400 € zu beantragen.",
    "Dem Vorstand wird für das Geschäftsjahr 2024 Entlastung erteilt.",
    "Es wird einstimmig per Handzeichen Frau Kaya zur Kassenprüferin gewählt.",
    "Am Samstag sollte es mindestens eine Person geben, die den Basteltag überblickt.",
    # a wording put to the vote with its result at the end; the meeting accepts
    "Abstimmung: Wenn der Provider bis Ende Februar nicht zusagt, mietet tobi eine VM und der Treff erstattet das. – Ja 8 / Nein 0 / Enth. 1",
    "Spende nehmen wir an, Verwendung für Workshops (per Handzeichen 9 von 9 dafür)",
    "Brief geht mit diesen Änderungen raus: 9 dafür / 0 dagegen / 1 Enthaltung",
    "Der Vorstand ernennt Tobias Wendler und Lars Kemmerich zu Laser-Einweisern.",
    # minutes in the first person
    "Wir haben uns darauf geeinigt, dass der Flohmarkt im Hof stattfindet.",
    "Wir haben entschieden, dass der Raum sonntags zu bleibt.",
]
DECISIONS += [
    # referred to others for review; a date fixed in a long sentence; a board approves
    "Nach Aussprache wird der Antrag mit großer Mehrheit an Vorstand und Aufsichtsrat zur Prüfung überwiesen.",
    "Vorstand und Aufsichtsrat legen den Termin der ordentlichen Generalversammlung auf Donnerstag, den 22. Mai 2025, "
    "19:00 Uhr, im Bürgerhaus Kirchwalde fest.",
    "Der Aufsichtsrat billigt den Jahresabschluss 2024.",
    # the round agrees
    "Nach kurzer Aussprache verständigt sich die Runde auf diese drei Schwerpunkte.",
    "Es besteht Einvernehmen, die Fördermittel zu gleichen Teilen aufzuteilen.",
    # the body follows the proposal, agrees; labels in the participle
    "Der Ortschaftsrat folgt dem Beschlussvorschlag der Verwaltung.",
    "Der Ortschaftsrat ist mit der Verlegung einverstanden.",
    "Vereinbart: offene Dorfwerkstatt für alle am Sa, 22.06., 10–13 Uhr im Bürgerhaus.",
    "Festgelegt: Ausleihe nur gegen Schülerausweis.",
    # nobody objects; a rule from now on
    "tagesordnung passt so, keiner hat was dagegen",
    "ab jetzt kommen alle protokolle in den SV-ordner aufm drive",
    # first-person agreement, a change, something left out; minutes blessed
    "Wir sind uns einig, dass wir beim Schulträger eine feste Ansprechperson einfordern.",
    "Wir haben deshalb den Termin geändert: Das Hoffest ist jetzt am Samstag.",
    "Den Flohmarkt lassen wir dieses Jahr weg, weil zu wenige Helfer da sind.",
    "Protokoll vom 03.02. ohne Änderungen abgesegnet",
    # a label after the topic, or after its word; a rule from now on, also in the present
    "Wegen der neuen Buslinie: Ergebnis: Der Fahrdienst bietet zusätzlich dienstags Sammelfahrten an",
    "Termin festgelegt: Sa, 27.06.2026, 14–18 Uhr, Lindenplatz",
    "Vereinbart wird: Treffpunkt für alle Helfenden um 12:30 Uhr am Infostand.",
    "Die Karteikarten werden ab sofort im abschließbaren Schrank aufbewahrt.",
    "Neue Helfende bekommen ab sofort für die ersten vier Wochen eine Patin.",
    "Ab Oktober findet die Sprechstunde zweimal im Monat statt.",
    "Auf Anregung mehrerer Helfender wird vereinbart, einen Stammtisch anzubieten.",
    # first-person agreements in either order, staying with what is
    "Außerdem haben wir uns darauf geeinigt, dass das Ingenieurbüro die Bauüberwachung übernimmt.",
    "Wir haben uns darauf verständigt, bei vier Hausverwaltungen Vergleichsangebote anzufragen.",
    "Wir bleiben bei Grünwerk.",
    "Es bleibt bei der bisherigen Regelung.",
    # a "Beschluss Nr." label decides also a charge
    "Beschluss Nr. 9/2026: Die Verwaltung wird beauftragt, einen Energieberater mit einer Studie zu beauftragen.",
    # told in the past tense
    "Man einigte sich, das Herbstfest in diesem Jahr nicht weiter zu verfolgen.",
    "Der Vorstand verständigte sich auf einen gemeinsamen Stand.",
    # a label that names the body that decided
    "Beschluss AG: Getränkeausschank in Eigenregie, nur alkoholfrei.",
    "Prot. vom 20.03. genehmigt, keine Anmerkungen.",
    "Spenden am Ausgang gehen je zur Hälfte an Orgelfonds u. Chorkasse - einst.",
    # told in the past, in the first person with a longer object
    "Der Vorstand genehmigte den Entwurf ohne Änderungen.",
    "Wir haben uns für petrolfarbene Ansteckschleifen entschieden, die jede und jeder selbst bezahlt.",
]

NOT_DECISIONS = [
    # another body's decision, expected
    "Der Kreistag entscheidet voraussichtlich am 14.10.",
    # one person agreeing with another
    "Herr Vellmer stimmt ihr zu.",
    "Über die Fortführung des Instagram-Kanals ist noch nicht entschieden.",
    "Wir haben heute noch nichts entschieden.",
    # how the votes are counted and written down; a resolution not taken
    "Gemäß § 4 Abs. 2 der Gemeinschaftsordnung wird nach Miteigentumsanteilen abgestimmt.",
    "Die Ergebnisse werden nachfolgend jeweils mit der Zahl der abstimmenden Eigentümer angegeben.",
    "Ein Beschluss wird zu TOP 3 nicht gefasst.",
    # a date fixed elsewhere, told as it now stands
    "Der Päd. Tag ist jetzt auf Montag, 11. Mai 2026 festgelegt (unterrichtsfrei für alle).",
    "Wir bleiben dran.",
    # an office taken by the statutes or again, how the vote is taken, notes, circulated resolutions reported, remarks
    "Frau Vosskuhl eröffnet die Versammlung und übernimmt gemäß § 31 der Satzung die Versammlungsleitung.",
    "Frau Vosskuhl übernimmt wieder die Versammlungsleitung.",
    "Die Versammlungsleiterin lässt über die Entlastung des Vorstands abstimmen.",
    "Info: In der konstituierenden Sitzung wurden RV als Vorsitzende und DH als Stellvertreter bestätigt.",
    "Am 12.06.2025 haben Vorstand und AR im Umlaufverfahren der Vorlage 2025/04 zugestimmt.",
    "Der Umlaufbeschluss wird hiermit zu Protokoll genommen.",
    "Herr Hahnenkamp merkt an, dass die Abschreibungen höher ausfallen als im Wirtschaftsplan angenommen.",
    "Als nächstes Projekt wird die Realschule Am Lindenhof geprüft.",
    "Die Abschlussarbeiten werden wie im Vorjahr von der Kanzlei Büscher durchgeführt.",
    "Die Stromnachzahlung für 2024 (312 €) wurde schon überwiesen.",
    # estimates, plans, what stands available, questions not asked, work of another office
    "Die Kosten einer fachgerechten Sanierung werden auf 95.000 Euro geschätzt.",
    "Baubeginn soll nach derzeitiger Planung im Frühjahr 2025 sein",
    "Der Termin wird nach Vorliegen der Ausführungsplanung festgelegt.",
    "Für 2024 stehen dem Ortschaftsrat Verfügungsmittel in Höhe von 6.000 Euro zur Verfügung.",
    "Weitere Fragen werden nicht gestellt.",
    "Die Privilegierung wird von der Baurechtsbehörde geprüft.",
    "Die Papierversion wird derzeit gedruckt.",
    # carried out as decided before; a recommendation; an intention to propose
    "Rollout auf stable ist am 01.03. wie beschlossen erfolgt, 171 von 218 Knoten aktualisiert",
    "Alte Router bekommen ab jetzt keine Updates mehr (wie im März beschlossen)",
    "Die Kassenprüfer empfehlen die Entlastung des Vorstands.",
    "Der Vorstand will der Versammlung eine Satzungsänderung vorschlagen: § 2 soll ergänzt werden.",
    "Wir nehmen an, dass die Halle frei ist.",
    "Hr. Rittinger beruft den Festausschuss bis Ende Februar zu einem ersten Treffen ein.",
    # a decision still to take; a reminder of something already fixed
    "Der Termin wird beim nächsten Treffen festgezurrt",
    "Ute erinnert: Lastschriften des Fördervereins werden im April eingezogen",
    # a wish of some members, and a decision not taken
    "Ein zweiter Lötplatz wird von mehreren Mitgliedern gewünscht",
    "Eine Entscheidung darüber wird heute nicht getroffen.",
    # what an earlier meeting did, reported
    "Das wurde beim letzten Mal vertagt.",
    "Das Plenum hat am 18.09. die neue Werkstattordnung beschlossen (+11/-0/o1).",
    # who does it is a task; a straw poll, how we decide, and a decision still to come are none
    "Helferliste: wer macht? → Greta",
    "Wer schließt auf? Stimmungsbild: 9 dafür, 2 dagegen",
    "Wir entscheiden im Konsens.",
    "Es wird offen per Handzeichen gewählt.",
    "Gewählt wird geheim mit Stimmzetteln.",
    "Über das Budget entscheidet das Plenum im Juni.",
    "Der Termin wird im September festgelegt.",
    "Beitragsordnung: Svenja schreibt einen Entwurf, der dann im Vorstand per Umlauf beschlossen wird",
    # relief that is no discharge, a condition, an assumption
    "Eine Entlastung der kleineren Gruppen ist sehr sinnvoll.",
    "Wenn die Förderung erstmal bewilligt ist, geht es schnell.",
    # present passives that fix nothing: a need, a verdict, a report, a task for someone
    "Für den Weihnachtsbasar werden noch Bäckerinnen gesucht.",
    "Das neue Vereinslogo wird allgemein gelobt.",
    "Nach Mitteilung der Stadt werden die Duschen im Herbst saniert.",
    "Ob der Raum barrierefrei ist, wird von Fr. Gül geklärt.",
    "Der Vorschlag stieß auf Skepsis, da angenommen wird, dass sich die Regeln unterscheiden.",
    # money granted in the past is a report
    "Höhepunkt war die Rutsche, die der Verein mit 2.800 Euro bezuschusst hat.",
    # another body's resolution, a person asked to do something, a draft presented
    "Der Stadtrat hat beschlossen, die Eintrittspreise zur nächsten Saison anzuheben.",
    "Frau Vogt wurde gebeten, bis Freitag die Helferliste zu verschicken.",
    "Herr Kreuzer stellte seinen Entwurf zur Satzungsänderung vor, der künftig Online-Teilnahme ermöglichen soll.",
    "Herr Brandt berichtet über den Stand der Bauarbeiten.",
    "Frau Yilmaz schlägt vor, einen Flohmarkt zu veranstalten.",
    "Sollen wir die Sitzungen künftig online übertragen?",
    "Die Kassenlage ist gut.",
    "Es wäre schön, mehr Helfer für das Sommerfest zu finden.",
    "Über den Haushalt soll in der nächsten Sitzung beschlossen werden.",
    # narration of the meeting in the passive is no decision
    "Die Tagesordnung wird von der Vorsitzenden vorgestellt.",
    # a task, not a standing rule
    "Es soll eine Liste der Schlüssel im Wiki angelegt werden.",
    # someone else approved it, or it was well received: not a resolution of the meeting
    "Von der Stadtbibliothek wurde uns ein Raum im 2. OG genehmigt.",
    "Es wurde ein Förderantrag gestellt und von dieser genehmigt.",
    "Das Repair-Café wird gut angenommen.",
    # nothing was fixed
    "Es wurden keine weiteren Tagesordnungspunkte festgelegt.",
    "Frau Lenz ist nicht anwesend und wird deshalb nicht bestätigt.",
    # another body's resolution and election, reported; one still to come
    "Er hat erklärt, dass der Förderverein auf seiner Mitgliederversammlung beschlossen hat, die T-Shirts zu bezahlen.",
    "Jonas ist dort außerdem zum Kassenprüfer gewählt worden.",
    "Jonas wird dort bei der nächsten Mitgliederversammlung zum Kassenprüfer gewählt.",
    # a speaker reports what stands
    "Petra: Rückenkurs bleibt vormittags, ist mit der Krankenkasse so vereinbart",
    "PV: Rückenkurs bleibt vormittags, ist bestätigt.",
    # agreement on how things are; a date someone still has to fix
    "Alle sind sich einig, dass das auf Dauer keine Lösung ist.",
    "Das Koordinationsteam plant den Abend und legt bis zum 30. September einen Termin fest.",
    # a pointer to the table of resolutions
    "Die Mehrheit stimmt unter Bedingungen zu → B4",
    "Der Hinweis wird zur Kenntnis genommen.",
]


@pytest.mark.parametrize("text", DECISIONS)
def test_decision_found(text: str) -> None:
    assert classify_decision(text) is not None


@pytest.mark.parametrize("text", NOT_DECISIONS)
def test_not_a_decision(text: str) -> None:
    assert classify_decision(text) is None


@pytest.mark.parametrize("texts, decisions, expected", [
    # results listed before the sentence that states the decision
    (["- 6 Stimmen: Ja", "- 0 Stimmen: Nein", "- 4 Stimmen: Enthaltung", "Der Vorstand wurde entlastet."],
     [False, False, False, True], {3: (0, 1, 2)}),
    # a result after the motion, past a clause that only says how the vote was taken
    (["Es wurde über den Kauf der Fräse abgestimmt.", "Die Abstimmung erfolgte per Handzeichen.",
      "Das Ergebnis der Abstimmung: 8 Ja-Stimmen, keine Nein-Stimme und keine Enthaltungen."],
     [False, False, False], {0: (2,)}),
    # a bare outcome belongs to the motion before it, not to the decision after it
    (["Die Beiträge werden auf 5 € pro Person und Jahr geändert.", "Mehrheitlich angenommen",
      "Der Kassenbericht wurde angenommen."], [False, False, True], {0: (1,)}),
    # the candidate voted on is only named above the counts
    (["Michael", "9 Stimmen: Ja", "1 Stimme: Enthaltung"], [False, False, False], {0: (1, 2)}),
    # a result with nothing before it in its agenda item stays alone
    (["Dafür: 5"], [False], {}),
    # "Es erfolgte eine Abstimmung" ties the result to the proposal before, not the decision after
    (["Der Versammlungsleiter schlug vor, den Beitrag auf 30 € zu senken.", "Es erfolgte eine Abstimmung per Handzeichen.",
      "Das Ergebnis der Abstimmung: 7 Ja-Stimmen, 1 Nein-Stimme und keine Enthaltungen.",
      "Mit Einverständnis aller übernahm Frau Okafor die Wahlleitung."],
     [False, False, True, True], {0: (2,)}),
    # the resolution owns the vote, not the clause that goes on after its semicolon
    (["Nach kurzer Aussprache wird beschlossen, ein Diensthandy anzuschaffen", "die Kosten übernimmt der Förderverein.",
      "Abstimmung: 7 dafür, 0 dagegen, 0 Enthaltungen."], [True, False, False], {0: (2,)}),
])
def test_vote_results_find_their_decision(texts: list[str], decisions: list[bool], expected: dict) -> None:
    from extractor.stages.decisions import assign_vote_results
    assert assign_vote_results(texts, decisions, [False] + [True] * (len(texts) - 1)) == expected


def test_vote_that_opens_an_item_goes_to_the_statement_after_it() -> None:
    from extractor.stages.decisions import assign_vote_results
    texts = ["Nach kurzer Diskussion (Mai oder Juni) Abstimmung: 7 dafür, 0 dagegen, 2 Enthaltungen.",
             "Das Pfarrfest findet am Sonntag, 22. Juni, ab 11 Uhr im Pfarrgarten statt."]
    assert assign_vote_results(texts, [False, False], [False, True], opens=[True, False], may_own=[False, True]) == {1: (0,)}
    # in the middle of an item the vote belongs to what came before it
    assert assign_vote_results(["Der Zaun wird erneuert.", *texts], [True, False, False], [False, True, True],
                               opens=[True, False, False], may_own=[True, False, True]) == {0: (1,)}


def test_owners_votes_in_the_paragraph_under_a_numbered_resolution_belong_to_it() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = """Niederschrift über die Eigentümerversammlung am 23. April 2026

Anwesend: Ulf Brand (Versammlungsleitung), Marion Kett (Protokoll)

TOP 1 Dach Haus 14

Beschluss Nr. 2/2026: Die Gemeinschaft beschließt die Sanierung des Flachdachs mit einem Kostenrahmen von 125.000 €.

Ja: 16 Eigentümer (6.288 MEA) · Nein: 2 Eigentümer (512 MEA) · Enthaltung: 1 Eigentümer (326 MEA). Der Beschluss ist angenommen.

Beschluss Nr. 3/2026: Die Verwaltung wird beauftragt, drei Vergleichsangebote einzuholen.

Abstimmung: einstimmig (19 Eigentümer, 7.126 MEA). Der Beschluss ist angenommen.

Beschluss Nr. 4/2026: Die Verwaltung wird beauftragt, einen Elektroplaner mit einem Ladekonzept zu beauftragen; Kostenrahmen 3.000 € brutto.

Ja: 14 Eigentümer (5.377 MEA) · Nein: 4 Eigentümer (1.432 MEA) · Enthaltung: 1 Eigentümer (317 MEA). Der Beschluss ist angenommen.
"""
    decisions = process_document(Document(Path("weg.md"), "markdown", text), "weg").decisions
    assert [(d.text[:20], d.votes_yes, d.votes_no, d.votes_abstain, d.unanimous) for d in decisions] == [
        ("Beschluss Nr. 2/2026", 16, 2, 1, False), ("Beschluss Nr. 3/2026", 19, 0, 0, True),
        ("Beschluss Nr. 4/2026", 14, 4, 1, False)]


def test_a_vote_by_groups_with_its_total_goes_to_the_outcome_after_it() -> None:
    from extractor.stages.decisions import assign_vote_results, is_vote_result
    texts = ["Abgestimmt wurde zuerst über Variante A:",
             "Lehrkräfte: 4 ja, 1 nein / Eltern: 1 ja, 1 nein / Schüler: 0 ja, 4 nein -> insgesamt 5 ja, 6 nein.",
             "Variante A ist damit abgelehnt."]
    assert is_vote_result(texts[1])
    assert assign_vote_results(texts, [False, False, True], [False, True, True]) == {2: (1,)}


def test_vote_under_a_decision_belongs_to_it_when_a_blank_line_follows() -> None:
    from extractor.stages.decisions import assign_vote_results
    texts = ["Beschluss 3: Frau Adler wird zur Vorsitzenden gewählt.", "Abstimmung: 9 dafür, 0 dagegen, 2 Enthaltungen",
             "Beschluss 4: Herr Yilmaz wird zum Stellvertreter gewählt.", "Abstimmung: einstimmig"]
    same = [False, True, True, True]
    # blank lines between the blocks: each vote stays with the decision above it
    assert assign_vote_results(texts, [True, False, True, False], same, breaks=[False, False, True, False]) \
        == {0: (1,), 2: (3,)}
    # without blank lines a result may head the next decision: the one above gets none
    assert 0 not in assign_vote_results(texts, [True, False, True, False], same)


@pytest.mark.parametrize("text", [
    "Nach Aussprache wird abgestimmt: Ja: 19, Nein: 5, Enthaltungen: 3.",
    "Nach kurzer Diskussion Abstimmung: 6 dafür, 0 dagegen, 1 Enthaltung.",
])
def test_a_vote_after_the_debate_only_tells_how_the_vote_went(text: str) -> None:
    from extractor.stages.decisions import is_vote_result
    assert is_vote_result(text)


def test_under_a_review_the_minutes_approved_are_decided_now_and_old_resolutions_reported() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = ("Treffen am 07.03.2023\n\nAnwesend: Lisa, Moritz\n\n## 1. Kontrolle des Protokolls vom 07.02.\n\n"
            "- Protokoll Februar: keine Änderungen, gilt als angenommen\n"
            "- Antrag Bürgerstiftung angenommen (wie im Februar beschlossen)\n\n## 2. Sonstiges\n\n- Nichts.\n")
    extraction = process_document(Document(Path("t.md"), "markdown", text), "t")
    assert [d.text for d in extraction.decisions] == ["Protokoll Februar: keine Änderungen, gilt als angenommen"]


def test_under_a_look_back_a_rule_for_the_years_to_come_is_decided_now() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = ("Sitzung am 08.07.2025\n\nAnwesend: Lisa, Moritz\n\n## 1. Rückblick Sommerfest\n\n"
            "Der Abbau am Montag war knapp besetzt. Für das kommende Jahr wurde vereinbart, auch den Abbau über den "
            "Helferplan einzuteilen. Es wurde vereinbart, dass die Kasse am Fest zu zweit geführt wurde.\n\n"
            "## 2. Sonstiges\n\n- Nichts.\n")
    extraction = process_document(Document(Path("t.md"), "markdown", text), "t")
    assert [d.text for d in extraction.decisions] == [
        "Für das kommende Jahr wurde vereinbart, auch den Abbau über den Helferplan einzuteilen."]


@pytest.mark.parametrize("text", ["TO einstimmig angenommen", "Protokoll 04.06.: 9/0/0 angenommen"])
def test_a_named_subject_makes_a_result_a_decision_of_its_own(text: str) -> None:
    from extractor.stages.decisions import is_vote_result
    assert not is_vote_result(text) and classify_decision(text) is not None


def test_a_restatement_after_a_semicolon_decides_the_clause_before_it() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = ("Protokoll der Sitzung des Seniorenbeirats am 10.04.2025\n\nAnwesend: Gerda Hallmeier, Konrad Pfeil\n\n"
            "## TOP 1 Verschiedenes\n\nDie nächste Sitzung wird vom 12.06. auf Donnerstag, 26.06.2025, verlegt; dies wird einstimmig vereinbart.\n")
    decisions = process_document(Document(Path("sb.md"), "markdown", text), "sb").decisions
    assert [(d.text, d.unanimous) for d in decisions] == [
        ("Die nächste Sitzung wird vom 12.06. auf Donnerstag, 26.06.2025, verlegt", True)]


def test_a_result_under_a_heading_is_quoted_as_the_decision() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = "# Vorstand 18.02.2025\n\nAnwesend: Bernd, Heike\n\n## 1. Protokoll vom 21.01.\n\n- genehmigt, einstimmig\n\n## 2. Verschiedenes\n\n- nichts\n"
    decisions = process_document(Document(Path("mv.md"), "markdown", text), "mv").decisions
    assert [(d.text, d.agenda_item, d.unanimous) for d in decisions] == [("genehmigt, einstimmig", "1", True)]


def test_a_resolution_goes_on_after_its_semicolon() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = ("Vorstandssitzung am 14.05.2024\n\nAnwesend: Lisa, Moritz\n\n## 1. Büro\n\n"
            "**Beschluss:** Der Leasingvertrag für den Kopierer wird nicht verlängert; stattdessen wird ein Drucker "
            "für bis zu 600 € gekauft. (einstimmig)\n\n## 2. Sonstiges\n\n- Nichts.\n")
    (decision,) = process_document(Document(Path("t.md"), "markdown", text), "t").decisions
    assert decision.text.startswith("Beschluss: Der Leasingvertrag") and decision.text.endswith("(einstimmig)")
    assert decision.unanimous is True



def test_a_resolution_goes_on_after_a_semicolon_with_a_pronoun() -> None:
    from pathlib import Path

    from extractor.ingest.document import Document
    from extractor.pipeline import process_document
    text = ("Chorvorstand am 09.06.2026\n\nAnwesend: Lisa, Moritz\n\n## 1. Beiträge\n\n"
            "Die Beitragsordnung wurde einstimmig beschlossen; sie gilt ab 1. Juli.\n\n## 2. Sonstiges\n\n- Nichts.\n")
    (decision,) = process_document(Document(Path("t.md"), "markdown", text), "t").decisions
    assert decision.text == "Die Beitragsordnung wurde einstimmig beschlossen; sie gilt ab 1. Juli."
