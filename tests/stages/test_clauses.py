"""Clauses: one decision or task each, whatever the layout of the minutes."""
from __future__ import annotations

import pytest

from extractor.stages.clauses import split_clauses
from extractor.structure.lines import split_lines


def clauses(text: str) -> list[str]:
    return [c.text for c in split_clauses(text, split_lines(text), [])]


@pytest.mark.parametrize("text, expected", [
    # several tasks in one line, split at semicolons
    ("Hr. Sternal ruft Frau Schmidt an; Hr. Sternal spricht mit Fr. Möbbeck zu Formalia",
     ["Hr. Sternal ruft Frau Schmidt an", "Hr. Sternal spricht mit Fr. Möbbeck zu Formalia"]),
    # a statement, then someone's task after a comma
    ("Frau Niermann ist im Urlaub, Leon spricht mit dem Hausmeister.",
     ["Frau Niermann ist im Urlaub", "Leon spricht mit dem Hausmeister."]),
    # a sentence a PDF broke into paragraphs around a name line is one clause again
    ("Die Anwesenden übertrugen einstimmig\n\nJana Wolff\n\ndie Leitung der Wahl.",
     ["Die Anwesenden übertrugen einstimmig Jana Wolff die Leitung der Wahl."]),
    # a finished line and a lower-case item after it stay apart
    ("Termin mit dem Bauamt 21.11.2024, 15 Uhr\n\nnächste Sitzung: mit dem neuen Vorstand vereinbaren",
     ["Termin mit dem Bauamt 21.11.2024, 15 Uhr", "nächste Sitzung: mit dem neuen Vorstand vereinbaren"]),
    # quote markers of wrapped lines are markup
    ("> Fördermitglieder zahlen den\n> halben Beitrag.", ["Fördermitglieder zahlen den halben Beitrag."]),
    # the wording of a motion after "folgende ...:" is its own clause
    ("Es wurde folgende Regelung zur Abstimmung gestellt: Der Beitrag wird ausgesetzt.",
     ["Es wurde folgende Regelung zur Abstimmung gestellt:", "Der Beitrag wird ausgesetzt."]),
    # initials in brackets after a sentence belong to it, also with a sentence after them
    ("Alte Protokolle werden ins Wiki übertragen. (SD) Weitere folgen. (BF)",
     ["Alte Protokolle werden ins Wiki übertragen. (SD)", "Weitere folgen. (BF)"]),
    # a second task with its object first
    ("Waffeleisen bringen CB und SM mit, den Teig macht HV.", ["Waffeleisen bringen CB und SM mit", "den Teig macht HV."]),
    # a date wrapped to the start of a line is no numbered item
    ("Frau Vogt wurde gebeten, bis zum\n14. März eine Helferliste anzulegen.",
     ["Frau Vogt wurde gebeten, bis zum 14. März eine Helferliste anzulegen."]),
    # an arrow to a handle with a deadline stays in the clause
    ("Bestellung -> @Thomas bis 4.4.", ["Bestellung -> @Thomas bis 4.4."]),
    # an arrow to someone who deals with it keeps the line whole; after a full sentence it starts anew
    ("Kassenschublade klemmt → Tobi guckt", ["Kassenschublade klemmt → Tobi guckt"]),
    ("Frau Roth fragt nach den Fototagen. → Nneka holt Angebote ein.",
     ["Frau Roth fragt nach den Fototagen.", "Nneka holt Angebote ein."]),
    ("Stand? → Lena fragt beim Gewerbeverein", ["Stand?", "Lena fragt beim Gewerbeverein"]),
    ("Helferliste: wer macht? → Greta", ["Helferliste: wer macht? → Greta"]),
    # two doers after an arrow stay with their task
    ("Wechselgeld bei Mats abholen → Ronja + Anouk", ["Wechselgeld bei Mats abholen → Ronja + Anouk"]),
    # an outcome after an arrow stays with what it decides
    ("GO-Antrag Ferdi auf Vertagung -> angenommen (keine Gegenrede)", ["GO-Antrag Ferdi auf Vertagung -> angenommen (keine Gegenrede)"]),
    ("Konstituierende Sitzung am Mi 16.09.2026 → so vereinbart", ["Konstituierende Sitzung am Mi 16.09.2026 → so vereinbart"]),
    # a state after an arrow stays with its item
    ("Plakate im Schaukasten (JF) -> erl. seit 19.09.", ["Plakate im Schaukasten (JF) -> erl. seit 19.09."]),
    # an arrow to a name with a deadline after it stays in the clause
    ("Flyer drucken → Chiara, bis Monatsende", ["Flyer drucken → Chiara, bis Monatsende"]),
    # an arrow, a verb of taking it on and the doer stay with the item
    ("Termine müssen bis 15.04. eingetragen sein -> macht Jule", ["Termine müssen bis 15.04. eingetragen sein -> macht Jule"]),
    # a second doer whose verb is left out is a clause of its own; one with a verb of its own stays
    ("Philip fragt bei VOW an, Michael bei Digitalcourage und Repair Café",
     ["Philip fragt bei VOW an", "Michael bei Digitalcourage und Repair Café"]),
    ("Philip fragt bei VOW an, Michael ist beim Repair Café", ["Philip fragt bei VOW an, Michael ist beim Repair Café"]),
    # a report, then what is still to do
    ("Wurde installiert, läuft aber als Startseite, dies muss noch angepasst werden (Leon, Michael)",
     ["Wurde installiert, läuft aber als Startseite", "dies muss noch angepasst werden (Leon, Michael)"]),
    # a question, a dash, and who takes it along
    ("Mara fragt, ob der Haushalt als CSV kommt – Frau Kühnle nimmt die Frage mit ins Amt",
     ["Mara fragt, ob der Haushalt als CSV kommt", "Frau Kühnle nimmt die Frage mit ins Amt"]),
    # a statement, then two doers joined by "+"
    ("Bug #42 noch offen, @flo + Ilyas schauen sich das an", ["Bug #42 noch offen", "@flo + Ilyas schauen sich das an"]),
    # a label at a line end closes its clause; one inside a wrapped sentence does not
    ("Der Vorstand beschließt folgende Regeln für den Raum: Zutritt nur mit\nSchlüssel, kein Rauchen.",
     ["Der Vorstand beschließt folgende Regeln für den Raum:", "Zutritt nur mit Schlüssel, kein Rauchen."]),
    ("Die Helferliste muss bis 10.04. fertig sein. Verantwortlich: Nguyen\nFrau Rehkopf schaut nach, ob Farbe da ist.",
     ["Die Helferliste muss bis 10.04. fertig sein.", "Verantwortlich: Nguyen",
      "Frau Rehkopf schaut nach, ob Farbe da ist."]),
    # a full date ends its sentence
    ("Fr. Hollmann stellt den Antrag bis zum 31.03.2024.\nDie Lastschriften klärt Fr. Hollmann.",
     ["Fr. Hollmann stellt den Antrag bis zum 31.03.2024.", "Die Lastschriften klärt Fr. Hollmann."]),
    # votes at a line end close the sentence of the resolution
    ("Beschluss: Der Hoftermin wird abgesagt. 6/1/0\nStattdessen Treffen im Gemeindehaus am 18.10.2025.",
     ["Beschluss: Der Hoftermin wird abgesagt. 6/1/0", "Stattdessen Treffen im Gemeindehaus am 18.10.2025."]),
    # a yearless date ends its sentence before an article, not before a noun
    ("Frau Lenz bestellt die Stühle bis zum 12.05. Die Lieferung kommt am 20.05. ins Pfarrheim.",
     ["Frau Lenz bestellt die Stühle bis zum 12.05.", "Die Lieferung kommt am 20.05. ins Pfarrheim."]),
    ("Am 12.05. Mitgliederversammlung im Saal.", ["Am 12.05. Mitgliederversammlung im Saal."]),
    # a year or a house number ends it too
    ("Frau Roth schreibt den Brief bis zum 21. März 2025. Herr Lenz klärt die Kosten.",
     ["Frau Roth schreibt den Brief bis zum 21. März 2025.", "Herr Lenz klärt die Kosten."]),
    ("Gefeiert wird im Hof Ulmenweg 14-22. Herr Lenz stellt einen Kostenplan auf.",
     ["Gefeiert wird im Hof Ulmenweg 14-22.", "Herr Lenz stellt einen Kostenplan auf."]),
    ("Das Fest ist am 22. Juni im Hof.", ["Das Fest ist am 22. Juni im Hof."]),
    # a short name and its verb after a date open a sentence; a floor after a number does not; "städt." ends none
    ("Hr. Kästle verschickt die Einladungen bis 06.09. TBA prüft die Zufahrt.",
     ["Hr. Kästle verschickt die Einladungen bis 06.09.", "TBA prüft die Zufahrt."]),
    ("Post wird im 1. OG deponiert.", ["Post wird im 1. OG deponiert."]),
    ("Der OR empfiehlt, den städt. Eigenanteil bereitzustellen.", ["Der OR empfiehlt, den städt. Eigenanteil bereitzustellen."]),
    # "wg." and "Fa." end no sentence
    ("Sabine fragt bei Fa. Lenz wg. Beisitz nach, Rückmeldung bis Mi.",
     ["Sabine fragt bei Fa. Lenz wg. Beisitz nach, Rückmeldung bis Mi."]),
    # "z. Hd." and "e.V." end no sentence
    ("Die Anschrift ist Kita Sonnenblume e.V. z. Hd. Jana Wolff, Lindenweg 4.",
     ["Die Anschrift ist Kita Sonnenblume e.V. z. Hd. Jana Wolff, Lindenweg 4."]),
    # a name and a bare verb keep what they act on; initials after a colon open a task
    ("Sponsoringvertrag Sparkasse: Entwurf kommt von der Bank, Jens prüft",
     ["Sponsoringvertrag Sparkasse: Entwurf kommt von der Bank, Jens prüft"]),
    ("Die Lizenz von KM läuft am 30.06. ab: KM meldet sich sofort für den Lehrgang an.",
     ["Die Lizenz von KM läuft am 30.06. ab", "KM meldet sich sofort für den Lehrgang an."]),
    # a date range at the start of a wrapped line is no numbered item
    ("Frau Haas stellt das Programm des Sommerfests am\n5. und 6. Juli 2025 vor.", ["Frau Haas stellt das Programm des Sommerfests am 5. und 6. Juli 2025 vor."]),
    # a date before an arrow ends no sentence; what follows an arrow may be only the deadline
    ("Protokoll 10.02. → genehmigt, keine Änderungen", ["Protokoll 10.02. → genehmigt, keine Änderungen"]),
    ("Tobias richtet die Signal-Gruppe ein → bis 24.03.", ["Tobias richtet die Signal-Gruppe ein → bis 24.03."]),
    ("Renate fragt den Hausmeister wegen Stellplatz → nächste Woche", ["Renate fragt den Hausmeister wegen Stellplatz → nächste Woche"]),
    # a date after a comma at the end of a line goes on, it opens no numbered item
    ("Der Vorstand beschließt, die Versammlung am Freitag,\n21. März 2025, abzuhalten.",
     ["Der Vorstand beschließt, die Versammlung am Freitag, 21. März 2025, abzuhalten."]),
    # a checkbox after some text opens an item of its own
    ("Sand im Sandkasten verdreckt, Katzen.\n  [ ] Kuhlbrodt tauscht Sand aus, KW 30\n  [ ] Abdecknetz besorgen -> Dagmar",
     ["Sand im Sandkasten verdreckt, Katzen.", "[ ] Kuhlbrodt tauscht Sand aus, KW 30", "[ ] Abdecknetz besorgen -> Dagmar"]),
    # two elections in one sentence, the second without its verb
    ("Anja wurde einstimmig zur Vorsitzenden gewählt, Timo mit fünf Ja-Stimmen bei einer Enthaltung zum Stellvertreter.",
     ["Anja wurde einstimmig zur Vorsitzenden gewählt", "Timo mit fünf Ja-Stimmen bei einer Enthaltung zum Stellvertreter."]),
    # an event on its day, then someone's deed after an arrow: two rows (a task's own deadline keeps its arrow whole)
    ("Grillabend: Fr, 04.07., 18:00 Uhr, Vereinsheim → Bodo reserviert den Grill",
     ["Grillabend: Fr, 04.07., 18:00 Uhr, Vereinsheim", "Bodo reserviert den Grill"]),
    ("Beleg bis zum 04.07. prüfen → Bodo macht das", ["Beleg bis zum 04.07. prüfen → Bodo macht das"]),
    # an arrow that opens a line of its own leads to the next step
    ("Vollmacht noch nicht eingetragen, Kopie fehlt\n   -> Bodo reicht sie nach",
     ["Vollmacht noch nicht eingetragen, Kopie fehlt", "Bodo reicht sie nach"]),
    # (a need before it and its doer after it stay one task)
    ("Zwei Eltern sollen beim Infoabend da sein\n  → Bodo sammelt Freiwillige",
     ["Zwei Eltern sollen beim Infoabend da sein → Bodo sammelt Freiwillige"]),
    # a deadline alone after a semicolon stays with its task
    ("Glücksrad-Fragen überarbeiten: Lea + Carla; bis 20.06.", ["Glücksrad-Fragen überarbeiten: Lea + Carla; bis 20.06."]),
    # an amount in euros ends a sentence
    ("Das Angebot lautet auf 318 €. Der Vorstand beschloss einstimmig, es anzunehmen.",
     ["Das Angebot lautet auf 318 €.", "Der Vorstand beschloss einstimmig, es anzunehmen."]),
])
def test_clauses(text: str, expected: list[str]) -> None:
    assert clauses(text) == expected


HANDLES = frozenset({"jule", "ole", "pit"})


@pytest.mark.parametrize("text, expected", [
    # a listed handle in small letters opens a sentence
    ("Die Spülmaschine tropft. jule ruft den Kundendienst an",
     ["Die Spülmaschine tropft.", "jule ruft den Kundendienst an"]),
    ("Neues Thema fürs Treffen: Löten? ole fragt beim Jugendhaus an",
     ["Neues Thema fürs Treffen: Löten?", "ole fragt beim Jugendhaus an"]),
    # an arrow to listed handles stays with the task, also with a deadline
    ("Schlüsselliste abgleichen -> pit", ["Schlüsselliste abgleichen -> pit"]),
    ("Stellwände abholen -> jule + ole, bis Freitag", ["Stellwände abholen -> jule + ole, bis Freitag"]),
    # an arrow to a handle who then does it stays with the item
    ("Texte fürs Programmheft bis KW 8 → jule sammelt", ["Texte fürs Programmheft bis KW 8 → jule sammelt"]),
    # an unlisted word in small letters after a dot starts no sentence
    ("Gebühren zu hoch. bleibt erstmal Bargeld", ["Gebühren zu hoch. bleibt erstmal Bargeld"]),
    # a second doer and deed after a task that has its doer; a need and who meets it stay one
    ("Verwendungsnachweis an die Stiftung -> jule, ole liefert Fotos",
     ["Verwendungsnachweis an die Stiftung -> jule", "ole liefert Fotos"]),
    ("USB-Sticks: wir brauchen noch 30 Stück, pit bestellt bis KW 36", ["USB-Sticks: wir brauchen noch 30 Stück, pit bestellt bis KW 36"]),
    # a doer's task, then a second doer's; the vote leads by arrow to what it decided
    ("jule bereitet die wahlzettel vor, ole besorgt die wahlurne aus der bib",
     ["jule bereitet die wahlzettel vor", "ole besorgt die wahlurne aus der bib"]),
    ("abstimmung: 13 dafür, 1 dagegen -> rosenaktion findet wieder statt",
     ["abstimmung: 13 dafür, 1 dagegen -> rosenaktion findet wieder statt"]),
    # a second listed doer after "und" or a colon has a task of its own; "und" before a thing does not split
    ("Ole bringt die Boxen mit und Jule besorgt Pfandmarken.", ["Ole bringt die Boxen mit", "Jule besorgt Pfandmarken."]),
    ("Es fehlt ein Monitoring: Pit und Ole richten bis Ende Juni eins ein.",
     ["Es fehlt ein Monitoring", "Pit und Ole richten bis Ende Juni eins ein."]),
    ("Ole sagt zu, dass die Feuerwehr den Grill und die Absperrung übernimmt.",
     ["Ole sagt zu, dass die Feuerwehr den Grill und die Absperrung übernimmt."]),
    # abbreviations end no sentence; a semicolon inside brackets or before the total of a vote splits nothing
    ("Einigung: Die Überarbeitung startet mit einem Päd. Tag fürs Kollegium.",
     ["Einigung: Die Überarbeitung startet mit einem Päd. Tag fürs Kollegium."]),
    ("Vereinbart: Vorlage mit zwei Varianten (A: Verbot ganztägig; B: Handyzonen in den Pausen)",
     ["Vereinbart: Vorlage mit zwei Varianten (A: Verbot ganztägig; B: Handyzonen in den Pausen)"]),
    ("Ergebnis nach Gruppen: Lehrkräfte (einschl. Schulleiterin) 5/0/0 – Eltern 3/1/0; gesamt 8/1/0.",
     ["Ergebnis nach Gruppen: Lehrkräfte (einschl. Schulleiterin) 5/0/0 – Eltern 3/1/0; gesamt 8/1/0."]),
    # each row of a list of dates set in columns is its own clause
    ("Termine\n   11.05.  Päd. Tag (unterrichtsfrei)\n   21.05.  SK, 18:30, B 104\n",
     ["Termine", "11.05. Päd. Tag (unterrichtsfrei)", "21.05. SK, 18:30, B 104"]),
    # a listed person after a number's dot starts a sentence
    ("Abnahme: Fr 14.08., Treffpunkt Eingang Haus 14. Jule nimmt an der Abnahme teil.",
     ["Abnahme: Fr 14.08., Treffpunkt Eingang Haus 14.", "Jule nimmt an der Abnahme teil."]),
    # an arrow from one place to its like is a direction, no next step
    ("Richtfunk Haus B -> Haus C testen, bis Freitag", ["Richtfunk Haus B -> Haus C testen, bis Freitag"]),
])
def test_clauses_with_handles(text: str, expected: list[str]) -> None:
    assert [c.text for c in split_clauses(text, split_lines(text), [], handles=HANDLES)] == expected
