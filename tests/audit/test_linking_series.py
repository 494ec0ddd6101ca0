"""Links across a three-protocol series: a task that names its topic only in the line above,
two tasks reported in one sentence, reports in two parts, a label that recurs, and a
second version of a protocol that is no later meeting."""
import pytest


HEADER = """# Protokoll der Vorstandssitzung – Kleingartenverein Birkenhain

**Datum:** Dienstag, {date}, 19:00 – 20:30 Uhr
**Anwesend:** Jana Petersen (Vorsitz), Tarek Yilmaz, Ute Brandl (Protokoll), Ole Hansen

"""

MARCH = HEADER.format(date="05.03.2024") + """## TOP 1 Vereinsheim

- Heizung
  - Genauer Schaden ist unklar, Ute wird sich erkundigen.
- Tarek gestaltet neue Aushänge für die Geräte.
- Wir sollten eine Hausordnung schreiben.
- Ute übergibt das Kassenbuch an Tarek.

## TOP 2 Sommerfest

- Jana bestellt das Festzelt und klärt den Stromanschluss.
- Tarek schreibt einen Brief an die Gemeinde wegen der Parkplätze.

## TOP 3 Homepage

- Ole sucht bis Ende März einen neuen Anbieter für die Homepage.
- Jana schreibt den Antrag an das Bezirksamt.
"""

APRIL = HEADER.format(date="09.04.2024") + """## TOP 1 Offene Punkte

- Die Heizung im Vereinsheim ist repariert.
- Tarek erstellt die Aushänge und die Hausordnung.
- Festzelt ist bestellt, Stromanschluss in Klärung.
- Brief an die Gemeinde: verschickt, die Grillkohle fehlt noch.
- Homepage: noch offen.
- Kassenbuch: Ute ist krank, noch nicht übergeben.

## TOP 2 Verschiedenes

- Die Grillsaison beginnt am 1. Mai.
- Tarek stellt bis Juni den Antrag an das Bezirksamt für die neue Hecke.
"""

MAY = HEADER.format(date="07.05.2024") + """## TOP 1 Offene Punkte

- Homepage: Ole hat einen Testzugang eingerichtet, der Umzug läuft.

## TOP 2 Verschiedenes

- Der Rasenmäher ist wieder da.
"""

DOCS = {
    "kgv-birkenhain-vorstand-2024-03-05": MARCH,
    "kgv-birkenhain-vorstand-2024-03-05-entwurf": MARCH,  # the same meeting, another version
    "kgv-birkenhain-vorstand-2024-04-09": APRIL,
    "kgv-birkenhain-vorstand-2024-05-07": MAY,
}


@pytest.fixture(scope="module")
def followups(audited_series):
    found = audited_series(DOCS, "kgv-birkenhain")
    return found[found["from_doc"] == "kgv-birkenhain-vorstand-2024-03-05"]


@pytest.mark.parametrize("task_words, to_date, evidence, status, evidence_kind", [
    # no noun of its own: the topic is the bullet above ("Heizung")
    ("Ute wird sich erkundigen", "2024-04-09", "Die Heizung im Vereinsheim ist repariert.", "done", "terms"),
    # one sentence reports on two tasks, one for each thing it names
    ("Aushänge", "2024-04-09", "Tarek erstellt die Aushänge und die Hausordnung.", "in_progress", "person"),
    ("Hausordnung", "2024-04-09", "Tarek erstellt die Aushänge und die Hausordnung.", "in_progress", "terms"),
    # both parts name the task: one done, one not yet, so the task is in progress
    ("Festzelt", "2024-04-09", "Festzelt ist bestellt, Stromanschluss in Klärung.", "in_progress", "status_cue"),
    # only the first part names the task: it is the evidence, and the rest says nothing about it
    ("Brief an die Gemeinde", "2024-04-09", "Brief an die Gemeinde: verschickt", "done", "review_section"),
    ("Anbieter", "2024-04-09", "Homepage: noch offen.", "open", "terms"),
    # a part without a noun goes on about the part before it
    ("Kassenbuch", "2024-04-09", "Kassenbuch: Ute ist krank, noch nicht übergeben.", "open", "person"),
    # the label of the last report ("Homepage:") carries over to the next one
    ("Anbieter", "2024-05-07", "Homepage: Ole hat einen Testzugang eingerichtet", "done", "thread"),
])
def test_reports_are_linked(followups, task_words, to_date, evidence, status, evidence_kind):
    rows = followups[followups["item"].str.contains(task_words) & (followups["to_date"] == to_date)]
    assert len(rows) == 1
    link = rows.iloc[0]
    assert (link["evidence"], link["status"]) == (evidence, status)
    assert evidence_kind in link["matched_by"]


def test_a_new_task_for_someone_else_is_no_report(followups):
    assert not followups["item"].str.contains("Jana schreibt den Antrag").any()


def test_another_version_of_the_same_meeting_is_no_follow_up(followups):
    assert not followups["to_doc"].str.endswith("-entwurf").any()
