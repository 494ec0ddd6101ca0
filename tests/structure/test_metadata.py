"""Meeting metadata from headers as minutes write them."""
from __future__ import annotations

import datetime as dt

import pytest

from extractor.structure.lines import split_lines
from extractor.structure.metadata import read_metadata


def facts(text: str) -> dict:
    lines = split_lines(text)
    f = read_metadata(lines, len(text))
    value = lambda field: field.value if field else None  # noqa: E731
    return {"title": value(f.title), "date": value(f.date), "start": value(f.start_time),
            "end": value(f.end_time), "location": value(f.location), "kind": f.kind, "body": f.body}


@pytest.mark.parametrize("text, expected", [
    ("Protokoll der Vorstandssitzung des Fördervereins am 24.10.2022, 14 – 16 Uhr im Bürgerhaus Nord\n\nText\n",
     {"date": dt.date(2022, 10, 24), "start": "14:00", "end": "16:00", "location": "Bürgerhaus Nord",
      "kind": "Vorstandssitzung", "body": "Fördervereins"}),
    ("# Plenum\n\nDatum: 03.05.2024\nBeginn: 19:05 Uhr\nEnde: 21:30 Uhr\nOrt: Werkstatt, Hofweg 2\n",
     {"date": dt.date(2024, 5, 3), "start": "19:05", "end": "21:30", "location": "Werkstatt, Hofweg 2"}),
    # two labels and two values on a line a PDF joined to the place
    ("# Protokoll der Jahreshauptversammlung\n\nDatum: Freitag, 14. März 2025\nOrt: Vereinsheim Beginn / Ende: 19.04 Uhr / 21.52 Uhr\n",
     {"date": dt.date(2025, 3, 14), "start": "19:04", "end": "21:52"}),
    ("# Protokoll der Sitzung des Beirats\n\n| | |\n|---|---|\n| Datum | Mittwoch, 11. Februar 2026 |\n"
     "| Beginn / Ende | 19:00 Uhr – 21:10 Uhr |\n| Ort | Gemeinschaftsraum |\n",
     {"date": dt.date(2026, 2, 11), "start": "19:00", "end": "21:10"}),
    # an end given roughly ("Ende gegen 16:00 Uhr")
    ("Protokoll BR-Sitzung vom 4. Juni 2024\n\nOrt: Schulungsraum\nBeginn 13:35 Uhr, Ende gegen 16:00 Uhr\n",
     {"date": dt.date(2024, 6, 4), "start": "13:35", "end": "16:00"}),
    # the place, then the times after a dash
    ("# Protokoll der Elternbeiratssitzung vom 4. Februar 2026\n\n*Kita Sonnenhof, Turnraum – Beginn 20:00 Uhr, Ende 21:45 Uhr*\n",
     {"date": dt.date(2026, 2, 4), "start": "20:00", "end": "21:45", "location": "Kita Sonnenhof, Turnraum"}),
    # a planned end "bis ca." yields to the closing time written at the bottom
    ("# Treffen 10.07.2025\n\n**Wann:** 19:30 bis ca. 21:30\n\n## 1. Begrüßung\n\nText\n\nEnde 21:35\n",
     {"date": dt.date(2025, 7, 10), "start": "19:30", "end": "21:35"}),
    # the value stands on the line below its label
    ("Title: Protokoll GV 2014\nDate: 2014-06-15\n\nStart:\n11:00\n\nEnde:\n13:00\n",
     {"title": "Protokoll GV 2014", "date": dt.date(2014, 6, 15), "start": "11:00", "end": "13:00"}),
    ("Sitzung 29.08.2022\n=================\n\nZeit\n----\n\n9:06 Uhr - 10:06 Uhr\n",
     {"date": dt.date(2022, 8, 29), "start": "09:06", "end": "10:06"}),
    # start and end told in sentences, the end after an annex-free closing line
    ("# Mitgliederversammlung\n\nMittwoch, 10. Oktober 2018\n\nEs versammelten sich heute, am 10. Oktober 2018 "
     "um 17:30 Uhr in den Räumen der Stadtbibliothek, Markt 1 7 Personen zur Versammlung.\n\nText.\n\n"
     "Die Versammlung wurde um 18:13 Uhr geschlossen.\n",
     {"start": "17:30", "end": "18:13", "location": "Räumen der Stadtbibliothek, Markt 1"}),
    # the closing sentence is broken over lines, and an annex follows it
    ("# Gründungsversammlung\n\nBerlin, 26. November 2018\n\nText.\n\nHerr Löffler schloss um\n\n13:24 Uhr\n\n"
     "die Versammlung.\n\nAnlagen\n\nAnwesenheitsliste\n\nAnna Rot\n",
     {"end": "13:24"}),
    # two labels on one line
    ("# Vorstandssitzung\n\nDatum: 12.02.2025\nBeginn: 19:35 Uhr   Ende: 21:20 Uhr\n\nText.\n\nUm 15:00 Uhr schließt das Büro.\n",
     {"start": "19:35", "end": "21:20"}),
    ("# Vorstandssitzung\n\nDatum: 12.02.2025\nBeginn: 19:30 Uhr – Ende: 21:35 Uhr\n", {"start": "19:30", "end": "21:35"}),
    # date, time and place in one line with dots between
    ("# Elternbeirat – Sitzung am 14.01.2026\n\nMi, 14.01.2026 · 19:30–21:50 Uhr · Kita, Bewegungsraum\n\nText.\n",
     {"date": dt.date(2026, 1, 14), "start": "19:30", "end": "21:50", "location": "Kita, Bewegungsraum"}),
    # bars between the parts, the time range last
    ("# Vorstand – Sitzungsprotokoll\n\n**Sitzung vom 29. April 2025** | Pfarrheim Lindenstr. 3 | 19:00–21:45 Uhr\n",
     {"date": dt.date(2025, 4, 29), "start": "19:00", "end": "21:45", "location": "Pfarrheim Lindenstr. 3"}),
    # labels between bars, with or without a colon
    ("MIETERBEIRAT  --  Sitzung Mi 15.10.2025\n\nOrt: Saal 2, Ulmenweg 3 | Beginn 18:35 | Ende 21:00\n",
     {"date": dt.date(2025, 10, 15), "start": "18:35", "end": "21:00", "location": "Saal 2, Ulmenweg 3"}),
    # a one-line header with the roles after the place
    ("Plenum 9.4.25 | 19:30–21:40 | Laden Brunnenstr. 12 | Mod: Mira | Prot: Ben\n\n1) Protokoll\n",
     {"date": dt.date(2025, 4, 9), "start": "19:30", "end": "21:40", "location": "Laden Brunnenstr. 12"}),
    # a line that opens with the date names the place after it
    ("PROTOKOLL Vorstandssitzung\nDonnerstag, 05.06.2025, Gemeindehaus\nSitzung von 19:10 bis 21:00 Uhr\n",
     {"date": dt.date(2025, 6, 5), "location": "Gemeindehaus"}),
    # a room in brackets belongs to the place; a link note does not
    ("# Sitzung\n\n**Tag:** 15.07.2025\n**Ort:** Bürgerhaus (kleiner Saal)\n", {"location": "Bürgerhaus (kleiner Saal)"}),
    ("# Treffen\n\nDatum: 1.2.2016\nOrt: Werkstatt e.V. ([Anfahrt](https://example.org/anfahrt))\n", {"location": "Werkstatt e.V"}),
    # minutes sent as a mail: the header's date is when it went out, the title stands below the greeting
    ("Subject: [treff] Protokoll vom 07.03.\nFrom: lenny\nDate: Fri, 8 Mar 2024 00:12:40 +0100\n\nMoin,\n\n"
     "anbei das Protokoll.\n\n-----\nProtokoll Treff Kesselhaus, 07.03.2024\n-----\nZeit: 19:20 - 22:05\n\n1. Raum\n- Text\n",
     {"title": "Protokoll Treff Kesselhaus, 07.03.2024", "date": dt.date(2024, 3, 7), "start": "19:20", "end": "22:05"}),
    # start and end told in a sentence of a first-person report
    ("# Protokoll Plenum\n\nEs ging um 19:40 Uhr los und war gegen 21:30 Uhr zu Ende.\n\n## Werkstatt\n\nText\n",
     {"start": "19:40", "end": "21:30"}),
    # start and end after a comma, without colons
    ("Plenum 2025-03-05\n================\n\nAnwesend (6): ole, pit\nStart 19:58, Ende 21:12\n\n### 1) Protokoll\n",
     {"start": "19:58", "end": "21:12"}),
    # parts of a header line after a slash
    ("RUNDER TISCH - Protokoll 22.10.2024\n=====\nOrt: Stadtteilzentrum, Raum 2 / Beginn 17:00, Schluss ca. 18:40\n\nTOP 0  Protokoll\nText\n",
     {"start": "17:00"}),
    # bold labels side by side, the end an estimate
    ("# Treffen 04.04.2023\n\n**Ort:** Werkbank\n**Beginn** 19:45 **Ende** ca. 22:00\n\n## TODOs\n- Text\n",
     {"start": "19:45", "end": "22:00"}),
    # a time range after the place is no part of it
    ("Treffen 06.06.2023\n=================\n\nOrt: Werkbank, 19:30-21:40\n\n0. Protokoll\n------------\n- Text\n",
     {"location": "Werkbank", "start": "19:30", "end": "21:40"}),
    # a pin before the place
    ("## Chorvorstand – Sitzung am 14.07.2026\n\n🕢 19:30–21:05 · 📍 Gemeindehaus, Kleiner Saal\n\n### 1. Protokoll\n- Text\n",
     {"location": "Gemeindehaus, Kleiner Saal", "start": "19:30", "end": "21:05"}),
    # a start time inside a sentence of the head, not an event's start further down
    ("Protokoll Chorvorstand 9. Juni 2026\n\nWir haben uns bei Jens getroffen. Beginn 19:35 Uhr, Ende gegen 21:30 Uhr.\n\n"
     "Serenade\n\nDie Serenade beginnt am Samstag um 19 Uhr im Pfarrgarten.\n", {"start": "19:35"}),
    # "21 Uhr Ende" of an event in the text is no end of the meeting
    ("# Planungstreffen\nMittwoch, 14. November 2018\n\n1. Aufbruch 23. November - 14 Uhr Aufbau - 21 Uhr Ende\n",
     {"start": None, "end": None, "kind": "Planungstreffen"}),
])
def test_metadata(text: str, expected: dict) -> None:
    got = facts(text)
    assert {key: got[key] for key in expected} == expected
