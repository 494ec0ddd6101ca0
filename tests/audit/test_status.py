"""The status a later mention reports (SERIES.md: done, in_progress, open, dropped, changed)."""
import pytest

from extractor.audit.status import Verdict, classify, of_decision, verdict_of


@pytest.mark.parametrize("text, status", [
    ("Austrägerliste: erledigt.", "done"),
    ("Druckangebote: liegen vor (3 Stück).", "done"),
    ("Einladung zur Mitgliederversammlung: wurde am 28.03. an alle Mitglieder verschickt.", "done"),
    ("Die Kassenprüfung hat am 05.03. stattgefunden.", "done"),
    ("Lastschriftmandat funktioniert, der Mitgliedsbeitrag wird ab 2019 eingezogen", "done"),
    ("Mail mit dem Kuchenaufruf ist raus, bisher 18 Zusagen.", "done"),  # the first part decides
    ("Der Schichtplan für den Kaffeestand steht.", "done"),
    ("Es sind nur Mitglieder versichert, keine Besucher!", "done"),  # a plain fact answers the question
    ("Website: läuft noch, zwei Anbieter getestet.", "in_progress"),
    ("Kassenbericht in Arbeit.", "in_progress"),
    ("Philip erstellt die Sicherheitsplakate.", "in_progress"),  # someone is doing it now
    ("Versicherungsfrage: steht noch aus.", "open"),
    ("Website: noch nicht geschafft, Aufschub bis April.", "open"),
    ("Website: vertagt auf Juni.", "open"),
    ("Das Protokoll muss noch unterschrieben werden.", "open"),  # "noch" before "unterschrieben"
    ("Transport der Telefonzelle: entfällt, der Verkäufer liefert selbst.", "dropped"),
    ("Das Thema hat sich erledigt.", "dropped"),  # not done: it went away
    ("Der Beschluss vom 12.03. zum Bühnenprogramm wird einstimmig aufgehoben.", "changed"),
    ("Stattdessen gibt es ein Akustikprogramm.", "changed"),
    ("Statt des Zelts wird ein Pavillon gemietet.", "changed"),
    ("Die Einladungsfrist beträgt jetzt 7 statt 14 Tage.", "done"),  # numbers compared: no revision
    ("Das Grillfest findet am Samstag ab 12 Uhr statt (einstimmig).", "done"),  # "findet ... statt"
    ("Kuchenverkauf: fällt wegen des Regens aus.", "dropped"),
    ("Schlüsselübergabe: macht jetzt der Hausmeister, fällt für uns weg.", "dropped"),
    ("Mitgliedsbeitrag: für 41 von 60 Mitgliedern bezahlt.", "in_progress"),  # a count so far
    ("Das Geld für die Bänke ist im Haushalt 2025 eingeplant.", "in_progress"),
    ("Stühle sind bestellt, die Tische kommen Anfang Mai.", "done"),  # the first part decides
    ("Die Tische kommen Anfang Mai.", "open"),  # still to come
    ("Die meisten Kinder kommen im Auto.", "done"),  # no time still to come
    ("Jana hat den Entwurf per Mail geschickt.", "done"),
])
def test_classify(text, status):
    assert classify(text).status == status


def test_verdict_names_the_choices():
    with pytest.raises(ValueError, match="expected one of: done, in_progress"):
        Verdict("finished", "x")


@pytest.mark.parametrize("parts, status", [
    (("Festzelt ist bestellt",), "done"),
    (("Festzelt ist bestellt", "Stromanschluss in Klärung"), "in_progress"),  # one done, one not
    (("Festzelt ist bestellt", "Stromanschluss steht noch aus"), "in_progress"),
    (("Website: noch nicht geschafft", "Aufschub bis April"), "open"),
    (("Website: läuft", "Anbieter steht noch aus"), "in_progress"),
    (("Festzelt ist bestellt", "der Rest entfällt"), "dropped"),  # a drop anywhere decides
    (("Kassenbuch: Ute ist krank", "noch nicht übergeben"), "open"),  # a part without a cue has no say
    (("Holz ist bestellt", "die Tische kommen Anfang Mai"), "in_progress"),
])
def test_a_report_in_several_parts(parts, status):
    assert verdict_of(parts).status == status


@pytest.mark.parametrize("status, clause, flags, expected", [
    # a revision anywhere in the clause decides, though the part naming the decision says "done"
    ("done", "Rentner zahlen ab 2025 nur noch 12 €; der Beschluss vom 05.03. wird insoweit geändert.", {}, "changed"),
    # a later decision on the same matter revises it
    ("done", "Beschluss: Der Newsletter wird eingestellt.", {"new_decision": True}, "changed"),
    # unless the earlier one was a mandate the later one carries out
    ("done", "Beschluss: Die neue Satzung wird angenommen.", {"new_decision": True, "mandate": True}, "done"),
    # a decision once revised stays revised
    ("done", "Newsletter: letzte Ausgabe verschickt.", {"revised_before": True}, "changed"),
    ("open", "Newsletter: letzte Ausgabe steht noch aus.", {"revised_before": True}, "open"),
    ("dropped", "Newsletter: entfällt.", {"new_decision": True}, "dropped"),
])
def test_the_status_of_a_decision(status, clause, flags, expected):
    assert of_decision(Verdict(status, "x"), clause, **flags).status == expected
