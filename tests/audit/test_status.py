"""The status a later mention reports (SERIES.md: done, in_progress, open, dropped, changed)."""
import pytest

from extractor.audit.status import Verdict, classify, verdict_of


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
])
def test_a_report_in_several_parts(parts, status):
    assert verdict_of(parts).status == status
