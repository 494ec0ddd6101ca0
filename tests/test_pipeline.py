"""One protocol through all stages: what the records say, and where they come from."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from extractor.ingest.document import Document
from extractor.pipeline import process_document

PROTOCOL = """Protokoll der Vorstandssitzung des TSV Lindau am 27.02.2024, 19:00 – 21:00 Uhr im Vereinsheim

Anwesend: Hr. Kessler (Vorsitz), Fr. Hollmann, Hr. Arslan, Hr. Oberdorf
Entschuldigt: Fr. Weil

TOP 1: Begrüßung
Hr. Kessler begrüßt die Anwesenden (4 von 5 anwesend). Die Tagesordnung wird ohne Änderungen genehmigt.

TOP 2: Jugendabteilung
Beschluss: Für die Jugend werden 1.200 EUR für Trainingsbälle freigegeben.
Abstimmung: 3/0/1
Die Bestellung übernimmt die Jugendleitung. Verantwortlich: Hr. Arslan, bis zum 15.03.2024

TOP 3: Vereinsheim
Drei Angebote für die Dachrinne einholen. Verantwortlich: Hr. Oberdorf, bis Ende der Woche
Die Heizung wurde bereits repariert.

TOP 4: Termine
Nächste Sitzung: Dienstag, 26.03.2024, 19 Uhr, Vereinsheim
"""


@pytest.fixture(scope="module")
def extraction():
    doc = Document(Path("tsv-2024-02-27.txt"), "text", PROTOCOL)
    return process_document(doc, "tsv-2024-02-27")


def test_meeting(extraction) -> None:
    m = extraction.meeting
    assert (m.date, m.start_time, m.end_time, m.location) == (dt.date(2024, 2, 27), "19:00", "21:00", "Vereinsheim")
    assert [a.number for a in extraction.agenda_items] == ["1", "2", "3", "4"]


def test_decisions_with_their_votes(extraction) -> None:
    found = {d.text: (d.votes_yes, d.votes_no, d.votes_abstain, d.agenda_item) for d in extraction.decisions}
    assert found["Beschluss: Für die Jugend werden 1.200 EUR für Trainingsbälle freigegeben."] == (3, 0, 1, "2")
    assert "Die Tagesordnung wird ohne Änderungen genehmigt." in found


def test_tasks_take_the_responsible_line_after_them(extraction) -> None:
    tasks = {a.task: (a.responsible, a.deadline) for a in extraction.action_items}
    assert tasks["Die Bestellung übernimmt die Jugendleitung."] == (["Arslan"], dt.date(2024, 3, 15))
    assert tasks["Drei Angebote für die Dachrinne einholen."] == (["Oberdorf"], dt.date(2024, 3, 1))
    assert not any("repariert" in t for t in tasks)  # already done: no task


def test_appointment_and_provenance(extraction) -> None:
    (appointment,) = extraction.appointments
    assert (appointment.date, appointment.start_time) == (dt.date(2024, 3, 26), "19:00")
    for record in extraction.decisions + extraction.action_items + extraction.appointments:
        quote = PROTOCOL[record.source.char_start:record.source.char_end]
        assert quote.strip() and quote.strip() == record.source.quote
