"""Which passage of a later protocol reports on an item: lone reports with a status, synonyms
under the agenda item's title, one link per item and protocol."""
import pytest

from extractor.audit import audit
from extractor.audit.linking import _may_report
from extractor.audit.outline import Context, Passage

FIRST = """# Protokoll der Vorstandssitzung – Kleingartenverein Am Mühlbach

**Datum:** Dienstag, 05.03.2024, 19:00 – 20:30 Uhr
**Anwesend:** Jana Petersen (Vorsitz), Tarek Yilmaz, Ute Brandl (Protokoll)

## TOP 1 Vereinsheim

- Tarek räumt bis Ende März den Schaukasten auf.

## TOP 2 Frühlingsfest

- Jana übernimmt die Öffentlichkeitsarbeit für das Frühlingsfest.
"""

SECOND = """# Protokoll der Vorstandssitzung – Kleingartenverein Am Mühlbach

**Datum:** Dienstag, 09.04.2024, 19:00 – 20:15 Uhr
**Anwesend:** Jana Petersen (Vorsitz), Tarek Yilmaz, Ute Brandl (Protokoll)

## TOP 1 Kontrolle des Protokolls vom 05.03.2024

- Schaukasten: erledigt.

## TOP 2 Presse

- Jana hat die Lokalzeitung und das Gemeindeblatt eingeladen.

## TOP 3 Vereinsheim

- Der Mietvertrag für das Vereinsheim läuft bis 2030.
"""


@pytest.fixture(scope="module")
def followups(tmp_path_factory):
    folder = tmp_path_factory.mktemp("muehlbach")
    (folder / "kgv-muehlbach-vorstand-2024-03-05.md").write_text(FIRST, encoding="utf-8")
    (folder / "kgv-muehlbach-vorstand-2024-04-09.md").write_text(SECOND, encoding="utf-8")
    return audit([folder]).tables["followups"]


@pytest.mark.parametrize("task_words, evidence, evidence_kind", [
    ("Schaukasten", "Schaukasten: erledigt.", "names_meeting"),  # one word and a status report
    ("Öffentlichkeitsarbeit", "Jana hat die Lokalzeitung", "agenda_topic"),  # a synonym titles the TOP
])
def test_the_report_is_found(followups, task_words, evidence, evidence_kind):
    rows = followups[followups["item"].str.contains(task_words)]
    assert len(rows) == 1  # one link per item and later protocol
    assert rows.iloc[0]["evidence"].startswith(evidence)
    assert evidence_kind in rows.iloc[0]["matched_by"]


def test_a_shared_topic_word_alone_links_nothing(followups):
    assert not followups["evidence"].str.contains("Mietvertrag").any()


def _passage(text: str) -> Passage:
    return Passage("kgv-2024-04-09", None, 0, len(text), text, text, 1, "x.md", Context(None, "", ()))


@pytest.mark.parametrize("text, reports", [
    ("Schaukasten: erledigt.", True),       # a lone word with a status
    ("Rasenmäher: steht noch aus.", True),
    ("Die Hecke ist geschnitten.", True),
    ("Schaukasten", False),                 # a lone topic
    ("Projekte", False),
    ("Die Tagesordnung wird angenommen.", False),  # procedure
    ("Aus der Sitzung vom 05.03.:", False),        # a lead-in: the lines below it report
])
def test_which_passages_may_report(text, reports):
    assert _may_report(_passage(text)) is reports
