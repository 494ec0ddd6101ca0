"""Revised decisions, status lines under a label, reports that go on past a line, people named
by their initials, a decision and its task reported together, and a plan that is no report:
links across a three-protocol series written for these tests."""
import pytest

MARCH = """# Protokoll der Vorstandssitzung – Förderverein Freibad Talblick

**Datum:** Dienstag, 05.03.2024, 19:00 – 20:30 Uhr
**Anwesend:** Jana Petersen (Vorsitz), Tarek Yilmaz (Kasse), Ute Brandl (Protokoll), Ole Hansen

## TOP 1 Mitgliedsbeitrag

**Beschluss:** Der Jahresbeitrag beträgt 24 € pro Familie (4/0/0).

Tarek sammelt die Beiträge bis Ende April ein.

## TOP 2 Kommunikation

**Beschluss:** Der Verein richtet einen Newsletter für alle Mitglieder ein (3/1/0).

## TOP 3 Sommerfest

- Ole fragt bei der Gemeinde nach dem Festplatz.
- Die Hüpfburg ist zu klein. Ute bietet an, beim Verleih eine größere zu reservieren.
- Jana entwirft bis Ende März die Plakate für das Sommerfest.

## TOP 4 Förderantrag

**Beschluss:** Wir stellen bei der Sparkassenstiftung einen Antrag über 480 € (einstimmig).
"""

APRIL = """# Protokoll der Vorstandssitzung – Förderverein Freibad Talblick

**Datum:** Dienstag, 09.04.2024, 19:00 – 20:15 Uhr
**Anwesend:** Jana Petersen (JP), Tarek Yilmaz (TY), Ute Brandl (UB), Ole Hansen (OH)

## TOP 1 Was ist aus den Aufgaben geworden?

- Beitrag: für 31 von 48 Familien bezahlt.
- Festplatz: OH hat mit der Gemeinde gesprochen, die Zusage liegt vor.
- Hüpfburg: Der Verleih hat im Winter geschlossen.
  Die Reservierung fällt damit weg.

## TOP 2 Newsletter

**Beschluss:** Der Newsletter wird zum 30.06. eingestellt, der Verein informiert nur noch über die Website (4/0/0).

## TOP 3 Sommerfest

- Plakate entwerfen, Entwurf bis 30.04. an alle (Jana, Ole)
"""

MAY = """# Protokoll der Vorstandssitzung – Förderverein Freibad Talblick

**Datum:** Dienstag, 14.05.2024, 19:00 – 20:15 Uhr
**Anwesend:** Jana Petersen, Tarek Yilmaz, Ute Brandl, Ole Hansen

## TOP 1 Offene Punkte

- Newsletter für die Mitglieder: die letzte Ausgabe ist verschickt, danach nur noch die Website.
- Sparkassenstiftung: Die Zusage über 480 EUR ist am 02.05. gekommen.
- Festplatz: die Gemeinde hat ihn markiert, der Strom läuft über die Schule. Erledigt.

## TOP 2 Mitgliedsbeitrag

Der Vorstand beschließt, dass Rentner ab 2025 nur noch 12 € Jahresbeitrag pro Familie zahlen;
der Beschluss vom 05.03.2024 wird insoweit geändert (4/0/0).
"""

DOCS = {
    "fv-talblick-vorstand-2024-03-05": MARCH,
    "fv-talblick-vorstand-2024-04-09": APRIL,
    "fv-talblick-vorstand-2024-05-14": MAY,
}


@pytest.fixture(scope="module")
def followups(audited_series):
    return audited_series(DOCS, "fv-talblick")


def _link(followups, item_words: str, to_date: str):
    rows = followups[followups["item"].str.contains(item_words, regex=False) & (followups["to_date"] == to_date)]
    assert len(rows) == 1, rows[["item", "to_date", "evidence"]]
    return rows.iloc[0]


@pytest.mark.parametrize("item_words, to_date, evidence, status, rule", [
    # a later decision on the same matter revises the earlier one
    ("Newsletter für alle Mitglieder", "2024-04-09", "Beschluss: Der Newsletter wird zum 30.06. eingestellt",
     "changed", "changed.new_decision"),
    # and a revised decision stays revised in the reports after it
    ("Newsletter für alle Mitglieder", "2024-05-14", "Newsletter für die Mitglieder: die letzte Ausgabe ist verschickt",
     "changed", "changed.before"),
    # the decision that revised it is done
    ("Newsletter wird zum 30.06. eingestellt", "2024-05-14",
     "Newsletter für die Mitglieder: die letzte Ausgabe ist verschickt, danach nur noch die Website.", "done", None),
    # "...; der Beschluss vom 05.03. wird insoweit geändert" goes on about the clause before it
    ("Jahresbeitrag beträgt 24 €", "2024-05-14", None, "changed", "changed.amended"),
    # a count of what is done so far: the decision and the task that carries it out, both in progress
    ("Jahresbeitrag beträgt 24 €", "2024-04-09", "Beitrag: für 31 von 48 Familien bezahlt.", "in_progress", None),
    ("Tarek sammelt die Beiträge", "2024-04-09", "Beitrag: für 31 von 48 Familien bezahlt.", "in_progress", None),
    # the report goes on in the indented line below its label line
    ("Ute bietet an", "2024-04-09", "Hüpfburg: Der Verleih hat im Winter geschlossen.", "dropped", None),
    # a clause of bare status words is the minutes' verdict on its line ("läuft" is the current)
    ("Ole fragt bei der Gemeinde", "2024-05-14", None, "done", "done.erledigt"),
    # the sum of money names the application
    ("Antrag über 480 €", "2024-05-14", "Sparkassenstiftung: Die Zusage über 480 EUR ist am 02.05. gekommen.",
     "done", None),
])
def test_reports_and_revisions(followups, item_words, to_date, evidence, status, rule):
    link = _link(followups, item_words, to_date)
    assert link["status"] == status
    if evidence is not None:
        assert link["evidence"] == evidence
    if rule is not None:
        assert link["found_by"] == f"followup.{rule}"


def test_initials_name_the_person(followups):
    link = _link(followups, "Ole fragt bei der Gemeinde", "2024-04-09")
    assert link["evidence"].startswith("Festplatz: OH hat")
    assert "person" in link["matched_by"]


def test_a_plan_with_a_deadline_is_no_report(followups):
    """"Plakate entwerfen, Entwurf bis 30.04." gives the task anew; it says nothing of the first one."""
    assert not followups["item"].str.contains("Plakate").any()


def test_a_status_line_about_another_topic_reports_nothing(followups):
    """The newsletter decision shares no label with the status line about the application."""
    rows = followups[followups["evidence"].str.startswith("Sparkassenstiftung")]
    assert list(rows["item"].str.contains("Sparkassenstiftung")) == [True]
