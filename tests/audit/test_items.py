"""Which items are followed: tasks and decisions, not reports told in the past or procedure."""
import pytest

import datetime as dt

from extractor.audit.items import Item, is_mandate, is_report, to_follow
from extractor.audit.outline import Context


def _item(text: str, kind: str = "action_item", responsible: tuple[str, ...] = (),
          context: Context = Context(None, "", ()), deadline: dt.date | None = None) -> Item:
    return Item("kgv-2024-03-05", "a1", kind, text, None, responsible, deadline, None, context, None)


@pytest.mark.parametrize("text, kind", [
    ("Der Mietvertrag wurde mit der Gemeinde abgestimmt.", "action_item"),
    ("Tarek hat die neuen Schlüssel verteilt.", "action_item"),
    ("Die Kassenprüferinnen haben die Entlastung empfohlen.", "decision"),
    ("Ute wurde zur Schriftführerin gewählt, der Vorstand wurde entlastet.", "decision"),
    ("Schaukasten: erledigt.", "action_item"),
    ("Der Beschluss vom 05.03. zum Grillplatz wird aufgehoben.", "decision"),
    # a past report with an aside in brackets at its end
    ("Der Antrag ist am 02.05. an das Bezirksamt gegangen (Entwurf JP, alle hatten zugestimmt).", "action_item"),
])
def test_reports_are_not_followed(text, kind):
    assert is_report(_item(text, kind)) and not to_follow(_item(text, kind))


@pytest.mark.parametrize("text, kind", [
    ("Tarek räumt bis Ende März den Schaukasten auf.", "action_item"),
    ("Es wurde beschlossen, einen Förderantrag zu stellen.", "decision"),
    ("Der Vorstand hat beschlossen, den Rasenmäher zu verkaufen.", "decision"),
    ("Jana wird gebeten, zwei Angebote einzuholen.", "action_item"),
    ("Die Einladung wurde noch nicht verschickt.", "action_item"),
    ("Das Protokoll muss noch unterschrieben werden.", "action_item"),
    ("Die Hecke soll bis Juni geschnitten werden.", "decision"),
    # the outcome named as still to come: a task, not a report
    ("Die Aushangliste muss bis 10.05. erledigt werden.", "action_item"),
    ("Ute und Jana entwerfen ein Plakat, in zwei Wochen soll es fertig sein.", "action_item"),
])
def test_tasks_and_decisions_are_followed(text, kind):
    assert to_follow(_item(text, kind, ("Tarek Yilmaz",) if kind == "action_item" else ()))


@pytest.mark.parametrize("text, kind", [
    ("Mit Einverständnis aller übernimmt Jana die Versammlungsleitung.", "decision"),
    ("Es wird vereinbart, dass Ute die Sitzung leitet und Tarek das Protokoll führt.", "decision"),
    ("Tarek Yilmaz wurde zum Kassenwart gewählt, er nahm die Wahl an.", "decision"),
    ("Kassenwartin: Ute Brandl ◦ 12 Ja, 0 Nein, 1 Enthaltung", "decision"),
    ("Die Versammlung erteilt die Entlastung des Vorstands.", "decision"),
    ("Annahme des Protokolls der letzten Sitzung im Konsens.", "decision"),
    ("Der Änderung der Tagesordnung stimmen alle zu.", "decision"),
    ("Das Protokoll der Sitzung vom 22. Januar 2025 wird mit 8 Ja-Stimmen und 1 Enthaltung genehmigt.", "decision"),
    ("TO genehmigt – einstimmig", "decision"),
    ("Prot. vom 12.03. genehmigt, 9:0:1", "decision"),
])
def test_what_the_meeting_settled_is_not_followed(text, kind):
    assert not to_follow(_item(text, kind))


@pytest.mark.parametrize("text, kind", [
    ("Jana sucht bis Mai eine neue Kassenwartin.", "action_item"),
    ("Die Wahl des Vorstands wird auf die nächste Versammlung vertagt.", "decision"),
])
def test_offices_still_to_fill_are_followed(text, kind):
    assert to_follow(_item(text, kind, ("Jana Petersen",) if kind == "action_item" else ()))


def test_a_chair_still_to_find_is_followed():
    assert to_follow(_item("Für die Mitgliederversammlung wird noch eine Versammlungsleitung gesucht.", "decision"))


_REVIEW = Context("2", "Kontrolle des Protokolls vom 05.03.2024", ())


@pytest.mark.parametrize("text, responsible, deadline, followed", [
    # a new task given in a review section: the next meeting reports on it
    ("Frau Lenz fragt erneut beim Bauhof nach.", ("Maria Lenz",), None, True),
    ("Er versucht es bis Mitte April noch einmal.", (), dt.date(2024, 4, 15), True),
    # a line of the review with nobody and no deadline reports
    ("Der Schaukasten hängt und ist beleuchtet.", (), None, False),
])
def test_tasks_in_a_review_section(text, responsible, deadline, followed):
    assert to_follow(_item(text, responsible=responsible, context=_REVIEW, deadline=deadline)) is followed


@pytest.mark.parametrize("text, mandate", [
    ("Die Satzung soll bis zur Versammlung überarbeitet werden.", True),
    ("Jana schlägt Ute als Kassenprüferin vor.", True),
    ("Der Vorstand prüft, ob ein Lastenrad angeschafft wird.", True),
    ("Der Jahresbeitrag beträgt 24 € pro Familie.", False),
    ("Der Verein richtet einen Newsletter ein.", False),
])
def test_mandates(text, mandate):
    assert is_mandate(_item(text, "decision")) is mandate
