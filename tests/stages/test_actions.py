"""Tasks for after the meeting and who they name."""
from __future__ import annotations

import pytest

from extractor.stages.actions import classify_action
from extractor.stages.doers import named_people
from extractor.stages.responsible import resolve_people

TASKS = [
    ("Hr. Sternal ruft Frau Schmidt mit dem Ergebnis an", ["Sternal"]),
    ("Koordinierungsstelle verschickt Vorschläge für die Tagesordnung", ["Koordinierungsstelle"]),
    ("Frau Kaya kümmert sich um die Getränke.", ["Kaya"]),
    ("Jonas übernimmt die Anmeldung beim Ordnungsamt.", ["Jonas"]),
    ("TODO Anna: Raum für die Klausur buchen", ["Anna"]),
    ("Aufgabe: Plakate drucken", []),
    ("Flyer bei der Druckerei bestellen → Mehmet", ["Mehmet"]),
    ("Impressum aktualisieren (SJ)", ["SJ"]),
    ("Verantwortlich: AG Finanzen", ["AG Finanzen"]),
    ("die Koordinierungsstelle versucht es weiterhin", ["Koordinierungsstelle"]),
    ("Leon und Michael bereiten einen Workshop vor", ["Leon", "Michael"]),
    ("Der Förderantrag muss bis Ende November gestellt werden.", []),
    # work promised for later, in the passive
    ("Die Satzung wird später öffentlich online verfügbar gemacht.", []),
    ("Die Mitglieder werden umgehend von der Eintragung informiert.", []),
    ("Wir sollten eine Hausordnung erstellen.", []),
    ("Nun kann der Antrag auf Förderung gestellt werden.", []),
    # object first, subject after the verb (German V2 order)
    ("Den Getränkestand organisieren Fr. Krämer und Hr. Wendt.", ["Krämer", "Wendt"]),
    ("Material bringt die Koordinierungsstelle mit", ["Koordinierungsstelle"]),
    # several agents of a passive task
    ("Der Mietvertrag muss vom Vermieter und dem Verein geprüft werden", ["Vermieter", "Verein"]),
    # the agent of a passive task is responsible
    ("Die Einladung zur Mitgliederversammlung wird vom Vorstand verschickt werden", ["Vorstand"]),
    # an arrow names who, a comma after it when
    ("Schließung in der Gruppe ankündigen → Chiara, diese Woche noch", ["Chiara"]),
    ("Dachrinne provisorisch abdichten -> KM, BK, bis Ende Juni", ["KM", "BK"]),
    ("Bestellung -> @Thomas bis 4.4.", ["@Thomas"]),
    ("CfP auf der Website veröffentlichen -> Sabine (heute entschuldigt), morgen", ["Sabine"]),
    ("Briefentwurf schreiben -> AG Verkehr (Merve macht den Anfang), bis 26.03.", ["AG Verkehr"]),
    # a question who does it, answered; an open checkbox
    ("Helferliste: wer macht? → Greta", ["Greta"]),
    ("[ ] Pfandkisten zum Händler bringen", []),
    # an application to an outside body is a task; a motion in the meeting ("beantragt, …") is not
    ("Frau Demir beantragt beim Jugendamt den Zuschuss für die Ferienfahrt.", ["Demir"]),
    # a negation inside the object is no negated deed
    ("Das Bauamt informiert die nicht berücksichtigten Bieter bis Ende Mai.", ["Bauamt"]),
    ("Die AG Spielplatz erstellt bis Ende Mai einen Pflegeplan.", ["AG Spielplatz"]),
    ("Herr Ochs stimmt die Ausleihe mit dem Hausmeister ab.", ["Ochs"]),
    # minutes in the past tense: asked, charged, promised, agreed
    ("Frau Vogt wurde gebeten, bis zum 14. März eine Helferliste anzulegen.", ["Vogt"]),
    ("Herr Yıldız übernahm es, die Bänke mit dem Bauhof zu prüfen.", ["Yıldız"]),
    ("Herr Brandt sagte zu, beim Bauamt nachzufragen.", ["Brandt"]),
    ("Der Vorstand wird beauftragt, die Änderung beim Vereinsregister anzumelden.", ["Vorstand"]),
    ("Der neue Vorstand wird gebeten, bis Ende März ein Raumkonzept vorzulegen.", ["Vorstand"]),
    # a group named with a hyphenated compound, the organising team, an office
    ("Die Depot-AG plant den Umzug", ["Depot-AG"]),
    # minutes without a list: a topic, then a doer as written
    ("Flyer: Sina gestaltet bis 02.04.", ["Sina"]),
    ("Orga macht einen Terminvorschlag bis zum nächsten Plenum", ["Orga"]),
    ("Gärtnerin schaut sich das an, sonst Firma rufen", ["Gärtnerin"]),
    ("Es wurde vereinbart, dass Frau Lenz bis Ende Mai drei Angebote einholt.", ["Lenz"]),
    ("Frau Dr. Lenz übermittelt die Liste binnen 14 Tagen an das Pfarrbüro.", ["Lenz"]),
    ("Aushang fürs Treppenhaus entwerfen → Mo, Vicky, Mitte Mai", ["Mo", "Vicky"]),
    # a task handed to people is theirs
    ("Die Pressearbeit wird an Hernani und Christine übertragen.", ["Hernani", "Christine"]),
    ("Auftrag an Joda: Plakate in der Mensa aufhängen", ["Joda"]),
    # the agent after the auxiliary
    ("Die Delegierten werden noch durch die Mitgliederorganisationen bestimmt.", ["Mitgliederorganisationen"]),
    # two doers and a plural verb
    ("Henrike und Piotr schreiben den Antrag.", ["Henrike", "Piotr"]),
    # names in a "zuständig:" field, without their groups in brackets and the deadline after them
    ("Aktionstag vorbereiten – zuständig: Herr Arslan (Lehrerrat) und Ben Albers (SV), bis zum 06.03.2026.",
     ["Arslan", "Ben Albers"]),
    # a person's bracket names where she works, no member
    ("Frau Demirtaş (QM) schreibt den Antragsentwurf.", ["Demirtaş"]),
    # the members named after a body do it
    ("Vorstand (Deniz) verschickt die Einladung bis 16.02.", ["Deniz"]),
    ("Die Geschäftsstelle (Fr. Fehse) erstellt bis zum 7. März die Darlehensverträge.", ["Fehse"]),
    ("Die AG Handyregel (Frau Fröhlich, Herr Szymanski) erarbeitet einen Entwurf.", ["Fröhlich", "Szymanski"]),
    ("HB fragt mal bei einem befreundeten Anwalt nach", ["HB"]),
    # two people named in full, a plural verb; "sorgt für"; a question taken along
    ("Mara Lindqvist und Tobias Reinhardt stellen bis zum 30.04. den Förderantrag.", ["Mara Lindqvist", "Tobias Reinhardt"]),
    ("Für Getränke sorgt Hr. Wendel.", ["Wendel"]),
    ("Frau Kühnle nimmt die Frage mit ins Amt.", ["Kühnle"]),
    # dotted initials after the verb; a note on the subject in brackets
    ("Die Absprache mit der Kasse übernimmt M.O.", ["M.O"]),
    ("Marlene (heute nicht da) wird gebeten, einen Vorschlag zu machen.", ["Marlene"]),
    # handles joined by "+"
    ("@flo + Ilyas schauen sich das bis zum nächsten Treffen an", ["@flo", "Ilyas"]),
    # clubs by what they are
    ("Der Förderverein prüft, ob Familien einen Zuschuss erhalten können.", ["Förderverein"]),
    ("Den Erntealtar gestaltet die Landjugend.", ["Landjugend"]),
    ("Das Frühstück danach übernimmt der Frauenbund.", ["Frauenbund"]),
    # a compound that names an office or group
    ("Die Hausverwaltung prüft bis Ende September den Wasseranschluss.", ["Hausverwaltung"]),
    ("Der Mieterbeirat sammelt bis zum 15.9. Kopien der Abrechnungen ein.", ["Mieterbeirat"]),
    # a body's present deed
    ("Der Vorstand migriert die Mailinglisten auf den neuen Server.", ["Vorstand"]),
    # the agent first, then the passive
    ("Durch den Vorstand werden neue Vereinsausweise in Auftrag gegeben.", ["Vorstand"]),
    # a need put softly
    ("Die Satzung sollte vor der Versammlung noch einmal geprüft werden.", []),
    # a plan for after the meeting
    ("Weiterhin ist geplant, im Mai am Stadtteilfest teilzunehmen.", []),
]
NOT_TASKS = [
    # who does it is still open; the signature; a need denied; a state that will not be reached
    "Wer den Stehempfang übernimmt, ist noch offen",
    "Fürs Protokoll: Lea Hofstätter",
    "Pfarrer Brandl informiert: Die nächste Wahl ist am 1. März 2026.",
    "Ein Beschluss ist nicht nötig.",
    "Bis Ende Oktober wird es nicht fertig, weil die Rückmeldung noch aussteht.",
    # a report read out, doubts, leaving, greetings, wishes, rules and meetings that shall take place
    "Konstantin Wendel trägt den Kassenbericht vor (Anlage 1).",
    "Hr. Vogelsang gibt zu bedenken, dass Familien dann schlechter können.",
    "Kosta hört als Kassenwart auf.",
    "Kosta zieht Ende Juni nach Leipzig weg.",
    "Kosta lässt alle grüßen.",
    "Draemmli, Levi und Bernd stellen sich nicht mehr zur Wahl.",
    "Hartmut bleibt Kassenprüfer.",
    "Jonas und Fritzi würden das gern als Semesterprojekt machen.",
    "MV muss laut Satzung im ersten Quartal stattfinden.",
    "Die nächste ordentliche Mitgliederversammlung soll im Frühjahr 2025 stattfinden.",
    "next: Di, 04.06., 19:00, Werkstatt",
    # a motion put to the vote is a decision to be, not a task
    "Beschlussvorschlag: Der Förderverein schafft Mehrweggeschirr für bis zu 600 Euro an.",
    # status reports in a review of the last minutes are no new tasks
    "Austrägerliste: erledigt.",
    "Die Genehmigung für den Angerplatz liegt jetzt vor.",
    "Frau Strohschneider legt den Kassenbericht vor.",
    "Frank Löffler stellt den Rechenschaftsbericht vor (siehe Folien).",
    "Kontakt zu Herrn Amelal wurde hergestellt.",
    "Die Rechnung wurde bereits bezahlt.",
    "Herr Lange berichtete über das Sommerfest.",
    "Wer kümmert sich um die Getränke?",
    "Die Kassenlage ist gut.",
    # "Es gibt", "Wir bekommen": no doer
    "Es gibt keine weiteren Anmerkungen zu den Berichten.",
    "Das Integrationsbüro arbeitet gut mit der Ausländerbehörde zusammen.",
    # a state of a body, what the statutes require, what is left for later in the meeting, what was agreed
    "Der Verein braucht mindestens 2000 € im Jahr.",
    "Laut Geschäftsordnung muss eine Wahlleitung bestimmt werden.",
    "Die Hallenzeiten sollen unter Sonstiges weiter besprochen werden.",
    "Der Starttermin wurde mit der Bibliothek abgestimmt.",
    # a report, with a date only inside what is presented
    "Frau Okafor stellt die Angebote vor: Studio A (möglich im April) und Studio B.",
    "Piotr erinnert: Quittungen bitte immer mit Datum abgeben.",
    # what happens in the meeting itself
    "Frau Rehkopf verlässt die Sitzung um 20:45 Uhr.",
    "Nneka fragt, ob man einen Erste-Hilfe-Kurs organisieren könnte.",
    "Frau Rehkopf leitet die Wahlen.",
    # a to-do infinitive after a plural noun is no doer and deed
    "Wegen Verträgen, Dinge kaufen",
    # not yet fixed is no task
    "Ein Termin für das Sommerfest wird noch nicht festgelegt.",
    # a question inside quotes is a topic, not a task
    "Leitfragen: „Wo sollten wir hinfahren?“ und „Wie kann das organisiert werden?“",
    # states and reports of a review: booked, bought, nothing heard, not yet done, not enough
    "Der Bus ist beim Reisedienst für den 14.09. reserviert (LK).",
    "Beamer ist gekauft und im Saal installiert.",
    "Die Druckerei meldet sich nicht.",
    "Homepage: noch nicht aktualisiert, der Zugang fehlt.",
    "Das Geld im Topf reicht dafür nicht ganz (900 €).",
    # what another body may do, and a proposal
    "Die Stiftung kann bis zu 50 % der Kosten übernehmen.",
    "Frau Peters regt an, im Hof Fahrradbügel aufzustellen.",
    # what cannot be done, a rule taking effect, an appointment with its people, an item reported done
    "Der Bauhof kann die Bänke leider nicht liefern.",
    "Die neue Hausordnung soll zum 1. März in Kraft treten.",
    "Termin Ortsbegehung: Do 12.06., 16 Uhr, Treffpunkt Kirche (AB, CD)",
    "Plakate im Schaukasten (JF) -> erl.",
    # a confirmation and a motion in the meeting
    "Frau Kröger bestätigt zwölf Bänke.",
    "Herr Brandt beantragt, dass sich der Beirat beim Amt für eine Ampel einsetzt.",
    # a wish in the subjunctive, an item's state after its topic
    "Zu teuer, die Stadt müsste das noch einmal prüfen.",
    "Präsent für Heinz (Sabine): noch offen, Termin schwierig",
    # a ticked checkbox, a proposal, a mood, work left for later, opinions and stories, work done
    "[x] Flyer nachgedruckt (Yusuf)",
    "Vorschlag Lena: Überschuss geht in den Solidaritätstopf",
    "Stimmung: große Lust, aber Bedenken wegen der Arbeit (Greta)",
    "Einnahmen gehen an den Verein, klären wir später",
    "Greta findet, wir sollten nicht zu viel auf einmal wollen",
    "Karin erzählt, dass es im Oktober wieder Kürbisschnitzen gibt",
    "Flyer nachgedruckt",
    # what the meeting itself does today
    "Wir wollen heute durchsprechen, welche Schritte es geben muss.",
    # complaints, reported speech, past deeds
    "Frau Obermaier beklagt den Lärm der Baustelle.",
    "Die Kosten könne die Stadt allerdings nicht übernehmen.",
    "Herr Henning und Frau Marquardt stellten sich erneut zur Verfügung.",
    "Das Lager reicht, Schlüssel über die Schlüsselbox.",
    "Wir sollten noch einige Spenden haben (Joda).",
    "Die Flyer sind entworfen, aber noch nicht gedruckt (Yusuf).",
    # "nur noch" is "only"; a past need; a presentation in the meeting; who leads the vote; an opinion in the past
    "Aushänge wird es nur noch für Termine geben.",
    "Im Januar musste die Gruppe zweimal früher geschlossen werden.",
    "Zum Haushalt stellt Frau Jäger den Entwurf vor: Einnahmen 12.000 €, Ausgaben 11.500 €.",
    "Die Wahl leitet Herr Brösel.",
    "Marie fand, wir sollten erst die Antwort der Stadt abwarten.",
    # what befalls a group, a club's anniversary, greetings, a speaker's remark, a presentation in the meeting, a reported state
    "Jonas: Volleyball verliert evtl. Mi 18–20 Uhr, dann nur noch Fr",
    "Der Verein begeht in diesem Jahr sein 50-jähriges Bestehen.",
    "Frau Wendt überbringt die Grüße des Kreises und zeigt sich zuversichtlich.",
    "Herr Olbrich bemerkt, man dürfe sich nicht alles gefallen lassen.",
    "Frau Haas stellt für den Festausschuss das Programm des Sommerfests am 5. und 6. Juli vor.",
    # done marks with the doer in brackets; leaving a post on a day; what the statutes require
    "Kontaktformular ist seit 01.09. online (Tobias) ✔",
    "Km-Abrechnung Q2 erledigt (Jonas), 388,50 € ausgezahlt",
    "Fahrtenbuch-Formular: fertig, liegt im Ordner (Jonas)",
    "Jonas gibt die Koordination des Fahrdienstes zum Jahresende ab.",
    "Für die Änderung ist eine Mehrheit von zwei Dritteln der abgegebenen Stimmen erforderlich.",
    # news, a third party's intentions and refusals, a late arrival, a pointer to the task table
    "Frau Holt informiert, dass die Arbeitgeberin zum 01.07. ein neues System einführen will.",
    "Die Geschäftsführung beabsichtigt, im Sommer eine zweite Anlage aufzustellen.",
    "Die Geschäftsführung plant laut Aushang Anfang Juli ein Sommerfest.",
    "Die Werkleitung lehnt ein neues Gerät ab und stellt ein gebrauchtes zur Verfügung.",
    "Heiko kommt wegen einer Störung an der Presse später.",
    "Laptop für das BR-Büro → B9",
    # soft suggestions, ideas nobody took on, accepting an election, an invitation with its date after a colon
    "Kaffeemaschine ist endgültig hinüber, wir sollten mal eine neue anschaffen.",
    "wir sollten auf der VV Werbung machen (Idee, noch niemand zuständig)",
    "Selin nimmt die Wahl an.",
    "Hr. Fenzl lädt zum Adventskonzert des Kirchenchors ein: 2. Advent, Sonntag, 7. Dezember 2025, 17 Uhr.",
]


@pytest.mark.parametrize("text, who", TASKS)
def test_task_found_with_people(text: str, who: list[str]) -> None:
    assert classify_action(text) is not None
    assert named_people(text) == who


@pytest.mark.parametrize("text", NOT_TASKS)
def test_not_a_task(text: str) -> None:
    assert classify_action(text) is None


@pytest.mark.parametrize("named, attendees, expected", [
    (["Sternal"], ["R. Sternal", "C. Bölian"], ["R. Sternal"]),
    (["Möbbeck"], ["S. Möbbeck"], ["S. Möbbeck"]),
    (["Olaf"], ["Olaf Koenig", "Leon Farchau"], ["Olaf Koenig"]),
    # a first name of two words
    (["Thi Lan"], ["Thi Lan Nguyen", "Max Brettschneider"], ["Thi Lan Nguyen"]),
    (["MH"], ["Martin Hammitzsch", "Stephan Druskat"], ["Martin Hammitzsch"]),
    (["Koordinierungsstelle"], ["R. Sternal"], ["Koordinierungsstelle"]),
    # two attendees share the first name: keep it as written
    (["Leon"], ["Leon Farchau", "Leon Maier"], ["Leon"]),
    # the short form of a handle; pet names of one listed first name, not initials
    (["Mara"], ["@maralin", "@deniz"], ["@maralin"]),
    (["Ferdi"], ["Ferdinand Quast", "Johanna Kerschbaum"], ["Ferdinand Quast"]),
    (["Jo"], ["Ferdinand Quast", "Johanna Kerschbaum"], ["Johanna Kerschbaum"]),
    (["OS"], ["Frank Ostendorf", "Otto Szymanski"], ["Otto Szymanski"]),
    (["M.O"], ["Mats Oberländer", "Otto Szymanski"], ["Mats Oberländer"]),
])
def test_resolve_people(named: list[str], attendees: list[str], expected: list[str]) -> None:
    assert resolve_people(named, attendees) == expected


def test_an_office_names_the_person_who_holds_it() -> None:
    from extractor.structure.attendance import find_attendance, role_aliases
    from extractor.structure.lines import split_lines
    text = ("Anwesend:\n  - Frau Monika Keßler, Kassenwartin\n  - Herr Gerhard Lindner, Schriftführer\n"
            "  - Frau Petra Vogt\n")
    people = find_attendance(split_lines(text))
    offices = role_aliases(people)
    names = [p.name for p in people]
    assert resolve_people(["Die Kassenwartin"], names, offices=offices) == ["Monika Keßler"]
    assert resolve_people(["Der Schriftführer"], names, offices=offices) == ["Gerhard Lindner"]
    # the minute-taker of one meeting is no standing office
    assert resolve_people(["Protokollantin"], names, offices=offices) == ["Protokollantin"]


def test_listed_person_in_brackets_inside_the_clause() -> None:
    from extractor.nlp import people_gazetteer
    people = people_gazetteer(["Nesrin Aksoy", "Emil Hoffrichter"])
    text = "Das Formular wird überarbeitet (Nesrin), Entwurf in zwei Wochen."
    assert classify_action(text, None, people) == "action.bracket_name"
    assert resolve_people(named_people(text, people), ["Nesrin Aksoy", "Emil Hoffrichter"]) == ["Nesrin Aksoy"]


@pytest.mark.parametrize("text, rule, who", [
    ("Die Stände der Vereine koordiniert Holger.", "action.inverted_subject", ["Holger"]),
    ("Beim Aufbau ab 16 Uhr helfen Holger und Merve.", "action.inverted_subject", ["Holger", "Merve"]),
    ("Kassenbox und Wechselgeld: Merve.", "action.task_then_name", ["Merve"]),
    ("Die Sitzbänke sind kaputt, Holger spricht mit dem Bauhof.", "action.inner_subject", ["Holger"]),
    # a presentation promised for a later meeting is a task
    ("Merve stellt die Idee in der nächsten Sitzung vor.", "action.subject_verb", ["Merve"]),
    # initials before a colon hand out work when a short noun or a to-do follows
    ("HB: Stichsäge", "action.person_label", ["HB"]),
    # a fault, then who deals with it
    ("Kühltheke brummt seit zwei Wochen → Holger schaut sich das an", "action.arrow", ["Holger"]),
    ("MY: Plakate drucken", "action.person_label", ["MY"]),
    ("@holger: neue Preise im Kassensystem einpflegen bis 31.03.", "action.person_label", ["@holger"]),
    # a topic before the task
    ("Kuchenbuffet: HB fragt bei der Bäckerei", "action.subject_verb", ["HB"]),
    # the short form of a listed handle
    ("Mara bestellt die Flyer asap", "action.subject_verb", ["Mara"]),
    # an offer to do something is a promise; staying on it is an ongoing task
    ("HB bietet an, die VM in Jena zu hosten.", "action.known_subject", ["HB"]),
    ("Merve bleibt an dem Thema dran und fragt regelmäßig nach.", "action.known_subject", ["Merve"]),
    # listed people after a dash; an arrow, a verb of taking it on and the doer; two people before a colon
    ("Kassenbuch digitalisieren - Holger & Merve", "action.dash_name", ["Holger", "Merve"]),
    ("Flyer und Plakat entwerfen – maralin, bis Ende August", "action.dash_name", ["maralin"]),
    ("Holger kümmert sich zusammen mit Merve um das Backup.", "action.subject_verb", ["Holger", "Merve"]),
    ("Sharepic entwerfen - @maralin bis 09.02.", "action.dash_name", ["@maralin"]),
    ("Termine müssen bis 15.04. im Buchungssystem stehen -> macht Merve", "action.arrow", ["Merve"]),
    ("Holger + Merve: Übergabe der Belege am 02.04.", "action.person_label", ["Holger", "Merve"]),
    ("Fotos der Gefahrenstellen machen: Holger + Merve, bis Sonntag", "action.task_then_name", ["Holger", "Merve"]),
    # object first, any verb, then a listed doer; a doer after a comma and a verb
    ("Mietvertrag unterschreibt Merve für den Verein, bis 28.3.", "action.inverted_subject", ["Merve"]),
    ("Das Ergebnis der dritten Runde verkündet Holger per Mail, spätestens am 07.03.", "action.inverted_subject", ["Holger"]),
    ("Stromanschluss für die Band: Kabeltrommel vom Nachbarn, fragt Merve.", "action.inverted_subject", ["Merve"]),
    ("Westend: Kühlschrank brummt laut, Holger guckt sich das mal an", "action.inner_subject", ["Holger"]),
    # listed handles in small letters: two before a plural verb, one after an arrow
    ("kato und memo machen einen Termin mit der Hausverwaltung aus", "action.known_subject", ["kato", "memo"]),
    ("Mietvertrag raussuchen -> kato", "action.arrow", ["kato"]),
    ("TODO: Kündigungsfristen checken -> memo", "action.label", ["memo"]),
    # a handle that starts with a digit; who does it, after an arrow in brackets; an arrow to a handle and a verb
    ("0xkai hakt bei Deichnetz nochmal nach, diese Woche noch", "action.known_subject", ["0xkai"]),
    ("Kabelkiste muss mal aussortiert werden (-> kato)", "action.bracket_name", ["kato"]),
    ("Lüfter am Drucker klackert wieder -> memo schaut asap drauf", "action.arrow", ["memo"]),
    # a short to-do with a note in brackets
    ("memo: Migrationsplan ins Wiki (welcher Dienst, Reihenfolge)", "action.person_label", ["memo"]),
    # a to-do and a short note; everyone; the day first, then the work
    ("kato: Infos zu Konten für Vereine sammeln (Sparkasse vs. Direktbank), kein Termin", "action.person_label", ["kato"]),
    ("alle: Namensvorschläge ins Pad bis Ende Januar", "action.person_label", ["alle"]),
    ("memo: bis Do. Mail an die Bibliothek mit Themenliste", "action.person_label", ["memo"]),
    # a promise in the perfect tense
    ("memo hat angeboten, bis Freitag eine Vorlage zu zeichnen.", "action.asked", ["memo"]),
    ("Holger hat angeboten, die Halle zu reservieren.", "action.asked", ["Holger"]),
    # "AI" and "ACTION" label an action item; the doers before the colon may be handles, or everyone
    ("AI memo: Changelog auf die Mailingliste bis 24.02.", "action.label", ["memo"]),
    ("ACTION kato + memo: Materialliste für das Lager erstellen", "action.label", ["kato", "memo"]),
    ("AI Alle: Schichtplan ausfüllen, spätestens 30.04.", "action.label", ["Alle"]),
    # a handle and a name share a plural verb; an arrow to a doer who takes something out of somewhere
    ("kato + Merve machen ein Konzept bis zum nächsten Treffen", "action.known_subject", ["kato", "Merve"]),
    ("Liste der betroffenen Geräte -> Holger zieht sie aus dem Dashboard", "action.arrow", ["Holger"]),
    # two handles before a colon with a to-do and an event; a lead time before an event
    ("kato + memo: Banner aus dem Keller holen und prüfen, bis zum Sommerfest", "action.person_label", ["kato", "memo"]),
    ("Holger: Ankündigung (Webseite, Aushang) bis 2 Wochen vor dem Workshop", "action.person_label", ["Holger"]),
    # titles in small letters; a school form and who of it does it; a class in brackets after the doers; an office
    ("fr. dr. memo schickt nochmal eine mail an die klassenleitungen", "action.known_subject", ["memo"]),
    ("die 7a (kato) macht plakate, aufhängen bis ende september", "action.known_subject", ["kato"]),
    ("kato + memo (10b) machen bis nächste woche fotos", "action.known_subject", ["kato", "memo"]),
    ("Holger (Kasse) bestellt die Nikoläuse bis Mitte November", "action.subject_verb", ["Holger"]),
    # a group of things in brackets names nobody
    ("Ersatzteile (Schläuche, Bremszüge, Lampen) bestellen: Holger, bis Ende Mai.", "action.task_then_name", ["Holger"]),
    # initials with a deed and a day; a topic with a date in brackets; a promise labelled; who after a colon, the day in brackets
    ("AK liefert Fotos und Beteiligungsergebnisse bis 31.08.", "action.initials_subject", ["AK"]),
    ("Seniorennachmittag der Landfrauen (30.11.): Holger meldet binnen 14 Tagen die Zahl der Helfer.", "action.subject_verb", ["Holger"]),
    ("Zusage OV: Weitergabe des Mähtermins an den Bauhof bis Ende der Woche.", "action.label", ["OV"]),
    ("Raum im Bürgerhaus reservieren: Merve (bis Ende nächster Woche)", "action.task_then_name", ["Merve"]),
    ("Die Verwaltung wird gebeten, die Kosten für eine Beleuchtung zu ermitteln.", "action.asked", ["Verwaltung"]),
    # closing a contract and cancelling a line are work to do (closing the meeting and announcing are not)
    ("Holger schließt bis 31.10. den Vertrag mit der Firma ab.", "action.known_subject", ["Holger"]),
    ("Frau Yilmaz kündigt bis Jahresende den alten Telefonanschluss im Vereinsheim.", "action.known_subject", ["Yilmaz"]),
    # every member of a body, a body named after the object, an organisation by its short name, everyone in brackets
    ("Alle Netzwerkpartner melden der Koordinierungsstelle bis zur nächsten Sitzung ihr Angebot.", "action.body_does",
     ["Netzwerkpartner"]),
    ("Die Kostenaufstellung liefert die Koordinierungsstelle bis zum 26. April zu.", "action.inverted_subject",
     ["Koordinierungsstelle"]),
    ("Der BUND bringt den Solaranhänger zum Stadtteilfest wieder mit", "action.subject_verb", ["BUND"]),
    ("Fotos vom Aktionstag bitte bis Ende der Woche an Merve schicken (alle).", "action.bracket_name", ["alle"]),
    # a body's future deed
    ("Der Vorstand wird bis zur nächsten gemeinsamen Sitzung eine Beschlussvorlage erarbeiten.", "action.body_will", ["Vorstand"]),
    # a helper named after the task; who does it in brackets, then the deadline
    ("memo montiert am Do 15.06., kato kommt mit", "action.known_subject", ["memo", "kato"]),
    ("Holger schaut sich die Knoten an, Merve hilft", "action.subject_verb", ["Holger", "Merve"]),
    ("Slides ueberarbeiten (memo), bis zum Workshop", "action.bracket_name", ["memo"]),
    # an open checkbox is work to do, whatever follows the doer's colon
    ("[ ] @memo: restliche 2 Router, sonst nehmen wir die aus dem Lager", "action.checkbox", ["@memo"]),
    # the writer, listed as "ich (…)", with a listed partner
    ("Holger und ich erstellen in den Ferien einen Helferplan.", "action.known_subject", ["Holger", "ich"]),
    # the units of a club and their heads: a deed by a day, or their care; a body's duty by a day
    ("Die Abteilungen liefern bis zum 15. Mai je einen Beitrag an die Redaktion.", "action.body_does", ["Abteilungen"]),
    ("Die Abteilungsleiter melden der Kasse bis Ende Februar, wer eine Fortbildung braucht.", "action.subject_verb", ["Abteilungsleiter"]),
    ("Die AL sorgen dafür, dass alle Übungsleiter bis 30.09. angemeldet sind.", "action.body_does", ["AL"]),
    ("Der Festausschuss soll bis zur Mitgliederversammlung einen Kostenrahmen vorlegen.", "action.body_will", ["Festausschuss"]),
    ("Alle Bereichsverantwortlichen holen bis 31. Juli die neue Erklärung ein.", "action.body_does", ["Bereichsverantwortlichen"]),
    # two doers, one listed, the other by a first name the list does not give; initials before a colon, work with its "bis"
    ("Holger und Fritzi erarbeiten bis zur nächsten Sitzung ein Konzept.", "action.known_subject", ["Holger", "Fritzi"]),
    ("0xkai: Gutachten an alle Mitglieder per Mail bis Fr.", "action.person_label", ["0xkai"]),
    # "erledigt" as a deed, not as a done mark
    ("Holger erledigt die Anmeldung bis Freitag.", "action.subject_verb", ["Holger"]),
    # what was done is only the state before the arrow, or a note on the doer
    ("3 Mitglieder haben noch nicht gezahlt → Merve schreibt diese Woche eine Erinnerung", "action.arrow", ["Merve"]),
    ("HB bestellt das Rad nach Rücksprache mit Merve, der Händler rechnet mit 6 Wochen Lieferzeit.", "action.subject_verb", ["HB"]),
    # a number in the task before the doer; a date there only after "bis"
    ("Entwurf Wirtschaftsplan 2027 an den Beirat: Fr. Yilmaz, bis KW 46.", "action.task_then_name", ["Yilmaz"]),
    ("Flyer bis 12.05.: Merve", "action.task_then_name", ["Merve"]),
    # a deed named as a noun, its doer after "durch", a day it is due by; a responsible person in brackets
    ("Versand Fragebogen an alle 22 Stellplatzeigentümer durch HB bis Fr. 20.3.", "action.nominal_by", ["HB"]),
    ("Abholung der Spenden durch Merve bis Freitag", "action.nominal_by", ["Merve"]),
    ("Außerdem bestellt Holger die Flyer bis Freitag.", "action.inverted_subject", ["Holger"]),
    ("Gutachten muss bis zur Versammlung vorliegen (verantw. MY).", "action.label", ["MY"]),
    ("Kühlwagen reservieren – Holger – KW 18", "action.dash_name", ["Holger"]),
    ("Holger fragt beim Pfarrbüro nach (ist heute nicht da, hat per Mail zugesagt)", "action.subject_verb", ["Holger"]),
    # a report or a lack before the arrow; the deed after it with a doer of its own
    ("Kassenbuch liegt geprüft vor -> HB stellt es in die Cloud", "action.arrow", ["HB"]),
    ("Schlüssel noch nicht zurückgegeben, Quittung fehlt -> MY reicht sie nach", "action.arrow", ["MY"]),
    ("Sommerfest: Sa, 14.06. → Plakate macht Merve bis Ende Mai", "action.arrow", ["Merve"]),
    # dunning is a deed ("mahnt an" is a reminder in the meeting)
    ("2 Sponsoren haben noch nicht gezahlt → Holger mahnt bis KW 40", "action.arrow", ["Holger"]),
    # a list of things before the verb, a note in brackets among them, two doers after a plural verb
    ("Kaffee, Tee und Becher besorgt Merve bis 31.10.", "action.subject_verb", ["Merve"]),
    ("Die Schlüsselfrage (Schließanlage der Halle) klärt Holger mit dem Hausmeister.", "action.inverted_subject", ["Holger"]),
    ("Die Kontovollmacht regeln Holger und Merve gemeinsam.", "action.inverted_subject", ["Holger", "Merve"]),
    ("Den Ehrenmitgliedern bringt Frau Yilmaz Urkunde und Blumen vorbei.", "action.subject_verb", ["Yilmaz"]),
    # a deed as a noun, its doers and a day it is due by
    ("Datenübernahme HB + MY, bis Ende Juni", "action.task_then_name", ["HB", "MY"]),
    # intended deeds
    ("Holger und Merve wollen bis Ende August fertig sein.", "action.intends", ["Holger", "Merve"]),
    ("Holger will zuerst mit der Gemeinde klären, ob der Platz frei ist.", "action.intends", ["Holger"]),
    # the agent of a passive deed to come; a group of board members, due by an event
    ("Säumige Mitglieder werden von Merve angeschrieben.", "action.agent_late", ["Merve"]),
    ("Alle Vorstandsmitglieder sprechen bis zur JHV mögliche Kandidaten an.", "action.body_does", ["Vorstandsmitglieder"]),
    # a doer and the deed in brackets; a deadline by "Frist"; a promise noted after the name
    ("Spielstraße: Kreide + Seilspringen (Merve organisiert)", "action.bracket_name", ["Merve"]),
    ("Förderantrag beim Landkreis stellen – Holger, Frist 31.03.2024", "action.dash_name", ["Holger"]),
    ("Bühnenmoderation: Merve (zugesagt)", "action.task_then_name", ["Merve"]),
    # reminding others by mail is a deed; a body asked, a passive deed by a body
    ("Holger erinnert die übrigen Vereine per Mail", "action.known_subject", ["Holger"]),
    ("Die Mitgliedsverbände werden gebeten, bis Ende April zu melden, wer hilft.", "action.asked", ["Mitgliedsverbände"]),
    ("Die Niederschrift wird den Vereinen binnen vier Wochen durch die Geschäftsstelle zugesandt.", "action.agent_late",
     ["Geschäftsstelle"]),
    # everyone as the doer; a thank-you due by a day
    ("alle sprechen weiter Leute an", "action.everyone", ["alle"]),
    ("Holger bedankt sich bis Ende Januar schriftlich beim Nachbarchor.", "action.due_report", ["Holger"]),
    ("Der Schriftführer fasst die Ordnung bis Ende Juni neu.", "action.due_report", ["Schriftführer"]),
    ("Die Teilnehmenden überweisen den Restbetrag bis 31. Juli.", "action.body_does", ["Teilnehmenden"]),
])
def test_tasks_of_listed_people(text: str, rule: str, who: list[str]) -> None:
    from extractor.nlp import people_gazetteer
    people = people_gazetteer(["Holger Brandt", "Merve Yilmaz", "@maralin", "kato", "memo", "0xkai", "ich"])
    assert classify_action(text, None, people) == rule
    assert named_people(text, people) == who


@pytest.mark.parametrize("text", [
    # initials before a colon that report, not assign
    "HB: Kassenstand 30.04. = 1.412,60 €",
    "MY: Pflanzaktion super gelaufen, Beete schon fast alle vergeben",
    "HB: bis Oktober viel zu lange!",
    # a topic and who reports on it, without a deed
    "Kassenbericht 2024 - Holger",
    # a listed person reporting what may be done
    "Holger: Aus der Rücklage können 4.300 EUR entnommen werden (inkl. Überschuss).",
    # arriving, standing for election, greetings, a fact stated with its date
    "Pit Schoormann erscheint um 14:40 Uhr",
    "Wahl Kassenwart – Kandidat: Holger Brandt.",
    "Holger Brandt überbringt Grüße des Nachbarvereins und lädt zu dessen Sommerfest am 06.07.2024 ein.",
    "Sie stellt fest, dass die Einladung am 12.03.2024 fristgerecht per Aushang erfolgt ist.",
    # the programme of an event, and who stands for election
    "Zur Eröffnung um 13.30 Uhr segnet Holger Brandt die Räume im Pfarrheim.",
    "Für den Vorsitz kandidiert Merve Yilmaz erneut, für die Stellvertretung Holger Brandt.",
    # who said it; a cross reference; an opinion and a complaint after a colon
    'lange Diskussion pro: Haftpflicht, Konto contra: "wir sind doch nur ein Stammtisch" (kato)',
    "Die Bibliothek zahlt Honorar nur gegen Rechnung (-> Verein, s.o.)",
    "Holger: lieber erst Spenden sammeln, dann kaufen",
    "Holger: bis Oktober viel zu lange!",
    # a remark with a date after a listed name; a proposal of two bodies
    "kato: Hofladen hat auch Äpfel bis Mai",
    "Vorstand und Aufsichtsrat schlagen vor, den Überschuss zu verwenden.",
    # waiting is no deed
    "Die Prüfung läuft noch, kato wartet auf einen Termin.",
    # what was said in the debate
    "Diskussion: Verein zahlt sonst auch keine Reisen, andere Gruppen wollen dann auch.",
    # news passed on by mail, and the wording of a motion
    "Holger per Mail: Die Stadtbibliothek macht wieder mit.",
    "Antrag: Der Verein übernimmt die Kosten für einen Server.",
    # guests who come to take part; something expected to arrive; what the statutes require
    "Holger + Merve kommen auch, als Teilnehmende :)",
    "Haus B: wartet weiter auf Hardware, Bescheid der Stiftung soll Ende April kommen",
    "Die Einladung muss satzungsgemäß vier Wochen vorher verschickt werden.",
    # a council meeting: who joins or is missing, opinions, questions about something, news, an overview, a party
    "Holger Brandt nimmt ab 19:25 Uhr an der Sitzung teil.",
    "Herr Brandt fehlt.",
    "Herr Brandt spricht sich gegen eine Ausweitung über die Einrichtungen hinaus aus.",
    "Frau Yilmaz fragt nach dem Zustand der Friedhofsmauer an der Kirchgasse.",
    "Der Aufstellungsbeschluss soll am 21.03.2024 im Gemeinderat gefasst werden.",
    "Herr Brandt lädt den Ortschaftsrat zur Hauptübung am Samstag, 11. Mai 2024, um 14:00 Uhr ein.",
    "Jugend wünscht sich einen überdachten Treffpunkt (Holger)",
    "Frau Yilmaz teilt mit, dass der Schulträger die Kosten für einen Wasserspender übernimmt.",
    "Die Vorsitzende gibt einen Überblick über den Stand der Aufträge:",
    "Nachrückerin ist Fr. Merve Yilmaz (CDU).",
    "Eine Kombination ist nach ihrer Einschätzung möglich, muss aber im Einzelfall geprüft werden.",
    "Herr Brandt äußert Bedenken wegen des denkmalgeschützten Kelterhauses.",
    "Holger Brandt und Merve Yilmaz stellen die Überlegung vor, die Messe am Samstag auf 17 Uhr zu legen.",
    "Der Vorsitzende schließt die Versammlung um 10:06 Uhr.",
    "kato schliesst die Sitzung um 15:24.",
    "Herr Brandt kündigt an, dass die Fassadendämmung im Frühjahr beginnt.",
    # an abstention, an invitation to an event, news, an offer of a thing, something expected
    "Das Umweltamt enthält sich, da es an der Vergabe beteiligt ist.",
    "Herr Brandt lädt zur Baumpflanzaktion am Samstag, 23. März, ab 10 Uhr am Grünzug ein.",
    "Frau Yilmaz informiert über den Bezirksfonds: Gefördert werden Projekte bis 5.000 €.",
    "Frau Yilmaz bietet den Solaranhänger der Ortsgruppe an.",
    "Der Bescheid wird für Juli erwartet.",
    "Der Stadtrat wird voraussichtlich im Herbst darüber beraten.",
    # leaving an office, preferences, greetings, what is not an option, what is expected
    "Frau Yilmaz scheidet nach neun Jahren aus dem Aufsichtsrat aus.",
    "Frau Yilmaz bevorzugt weiterhin Papier.",
    "Herr Bürgermeister Brandt richtet ein Grußwort an die Versammlung.",
    "Gesamtschule: Dach muss erst saniert werden, kommt derzeit nicht in Frage",
    "Für 2024 wird eine Ausschüttung von 7 % erwartet, die im Juni fällig wird.",
    "Frau Yilmaz (Parzelle 5) interessiert sich für die Nachfolge als Beisitzerin.",
    # "AI" inside a name is no label
    "Aidan: Flyer drucken",
    # a deed after the arrow that is done too; an opinion whose note says it was not voted on
    "Tür wurde repariert → Holger hat es gemacht",
    # a meeting on its day, an invitation to an event on its day, what there is, another's plan after "Außerdem"
    "Die Steuerungsgruppe trifft sich wieder am 28.04. um 15:45 Uhr.",
    "Herr Brandt lädt zum Projekttag für den Jahrgang 7 am Donnerstag, 23. April, von 8 bis 13 Uhr ein.",
    "Insgesamt gibt es 121 Anmeldungen.",
    "Kühlwagen reservieren – Holger – sehr wichtig",
    "Außerdem plant der Caterer ab Juni eine Salatbar.",
    # done by someone, or an event on a day, not work due
    "Die Prüfung durch das Bauamt erfolgte am 3.5.",
    "Begrüßung durch Holger am 12.3.",
    # a schedule row and a signature are no task before a name
    "Di. 21.10., 14 Uhr: HB, Seniorenbüro",
    "Krähenfelden, 5. Juni 2025 – für das Protokoll: Pit Schoormann, Schriftführer",
    "Ilyas: wir sollten auf eine offene Lizenz drängen (Meinung, wurde nicht abgestimmt)",
    # a reminder in the meeting, a wish to know, people arriving, the meeting's own presentation
    "Holger mahnt an, die Abgabefristen einzuhalten.",
    "Merve möchte wissen, ob die Halle im Juli frei ist.",
    "Zum Fest kommen Holger Brandt und Merve Yilmaz.",
    "Die Tagesordnung wird von Holger Brandt vorgestellt.",
    # an expectation, trouble a thing makes, someone who stops, a reminder in the meeting
    "Holger rechnet im März damit.",
    "Der Kopierer macht immer mehr Probleme, der Leasingvertrag läuft im Juni aus.",
    "Merve hört Ende August auf.",
    "Holger erinnert noch einmal an die Abgabefrist.",
    # done and who did it, an idea brought in, a cost estimated
    "Dankesbrief an die Nachbarn: erl. (HB)",
    "Partituren: bestellt + geliefert (MY)",
    "Holger bringt die Idee ein, das Konzert im Mai zu wiederholen.",
    "Holger beziffert die Kosten vorläufig auf 13.000 €.",
    # a report with a date it speaks of, everyone allowed or accepting
    "Holger berichtet über den Kontostand zum 31.01.2024.",
    "Alle dürfen die Werkzeuge verwenden, wenn sie eingewiesen sind.",
    "Alle nehmen die Wahl an.",
])
def test_reports_of_listed_people(text: str) -> None:
    from extractor.nlp import people_gazetteer
    assert classify_action(text, None, people_gazetteer(["Holger Brandt", "Merve Yilmaz", "kato", "Pit Schoormann"])) is None


@pytest.mark.parametrize("text, context, rule", [
    # a short list item that is only a to-do infinitive
    ("Vita des Vorstands auf der Website veröffentlichen", (), "action.infinitive_todo"),
    ("Filament besorgen", ("Vorbereitung für den 13. Oktober",), "action.task_list"),
    ("Spendendose", ("Vorbereitung für den 13. Oktober",), "action.task_list"),
    ("Die Liste wird bis zum 15.03. verschickt werden", (), "action.dated"),
    # a day ahead, then a present-tense verb: fixed for that day
    ("am 21.03. gibt Leon die erste Einweisung an der Fräse", (), "action.dated"),
    ("Am 12. Mai startet Jana den Kurs", (), "action.dated"),
    # an infinitive to-do before what it is about
    ("Mit Fr. Möbbeck besprechen, wie etwas vorangebracht werden kann;", (), "action.infinitive_todo"),
    # the date of a document is no deadline; a report with figures is no task
    ("Das Protokoll vom Sa, 15. Dezember 2023 wird visiert.", (), None),
    ("Konstantin Wendel trägt den Kassenbericht vor: Kontostand 01.01.2023 1.284 €, Rückfragen werden beantwortet.", (), None),
    # a list that reviews earlier tasks sets no new ones
    ("Fotowand im Flur hängt", ("Was ist aus den Aufgaben geworden?",), None),
    ("Beitrag: für 58 von 71 Kindern bezahlt", ("Offene Punkte aus den letzten Sitzungen",), None),
    ("Endabrechnung Spielgerät 4.286 €", ("Offene Punkte",), None),
    ("Zählerstände: noch nicht abgelesen", ("Protokollkontrolle",), None),
    # a statement in a task list is no task
    ("Mehrfachstecker sind besorgt", ("Vorbereitung für den 13. Oktober",), None),
    ("Ablauf der Mittwochen", (), None),
    # a bullet opened by an arrow is a task when it reads as a deed, not when it tells an outcome
    ("Ein Hygienekonzept soll die AG erarbeiten.", ("→", "4. Sommerfest"), "action.task_list"),
    ("Förderantrag beim Landkreis stellen", ("→",), "action.task_list"),
    ("kein Beschluss heute", ("→", "Stimmungsbild: 5 dafür"), None),
    ("zusammen 800 €", ("→",), None),
    # the state of an earlier task and who has it, under a review
    ("Bus: 2 von 3 Angeboten da, drittes fehlt noch (MQ)", ("2. Aufgaben aus der letzten Sitzung",), None),
])
def test_tasks_from_their_place(text: str, context: tuple[str, ...], rule: str | None) -> None:
    from extractor.stages.actions import classify_in_context
    assert classify_in_context(text, context) == rule


@pytest.mark.parametrize("text, who", [
    ("Ein Hygienekonzept soll die AG Sommerfest erarbeiten.", ["AG Sommerfest"]),
    ("Alle werben in ihren Vereinen für die offenen Schichten, bis 05.07.", ["Alle"]),
])
def test_doers_named_after_a_modal_or_by_everyone(text: str, who: list[str]) -> None:
    assert named_people(text, frozenset({"holger"})) == who


def test_named_doer_makes_an_arrangement_a_task() -> None:
    from spacy.tokens import Doc

    from extractor.nlp import build_pipeline, run_stages
    (doc,) = run_stages(build_pipeline("blank"), ["Alte Protokolle werden in Markdown überführt und im Wiki abgelegt. (SD)"], frozenset())
    assert isinstance(doc, Doc)
    assert (doc._.decision, doc._.action, doc._.named) == (None, "action.bracket_name", ["SD"])


@pytest.mark.parametrize("text, reports", [
    ("Bus: 2 von 3 Angeboten da, drittes fehlt noch (MQ)", True),
    ("Glücksrad: Rohbau steht, muss noch lackiert werden (Konni/Pavel).", False),
])
def test_the_state_of_an_earlier_task_with_who_has_it(text: str, reports: bool) -> None:
    from extractor.stages.task_grammar import STATUS_ITEM
    assert (STATUS_ITEM.match(text) is not None) == reports
