"""Attendance lists in the forms minutes use, one row per case."""
from __future__ import annotations

import pytest

from extractor.structure.attendance import find_attendance
from extractor.structure.lines import split_lines


def people(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(p.name, p.status, p.role, p.affiliation) for p in find_attendance(split_lines(text))]


CASES = [
    pytest.param("Anwesend: R. Sternal, C. Bölian, M. Steckel (Opferberatung Dessau)\n",
                 [("R. Sternal", "present", None, None), ("C. Bölian", "present", None, None),
                  ("M. Steckel", "present", None, "Opferberatung Dessau")], id="comma-affiliation"),
    pytest.param("Anwesend: Hr. Weber, Frau Dr. Krause, Fr. Yilmaz\nEntschuldigt: Herr Brandt\n",
                 [("Weber", "present", None, None), ("Krause", "present", None, None),
                  ("Yilmaz", "present", None, None), ("Brandt", "excused", None, None)], id="titles-dropped"),
    pytest.param("**Teilnehmer:**\n\n- Jana Vogel (JV)\n- Tim Roth (TR, Protokoll)\n\n_Entschuldigt:_\n- Ole Lind (OL)\n",
                 [("Jana Vogel", "present", None, None), ("Tim Roth", "present", "minutes", None),
                  ("Ole Lind", "excused", None, None)], id="bullets-initials-role"),
    pytest.param("### Anwesende Mitglieder\nAnna Berg, Paul Ott\n\n### Gäste\nKlara Sommer\n\n### Protokolix\nPaul Ott\n",
                 [("Anna Berg", "present", None, None), ("Paul Ott", "present", "minutes", None),
                  ("Klara Sommer", "guest", None, None)], id="markdown-headings"),
    pytest.param("**present:** @ayla, Bruno, @ceyda (ab 20:15)\n**sorry:** Dario\n**guests:** Eda Kurt (Code for Bremen)\n",
                 [("@ayla", "present", None, None), ("Bruno", "present", None, None), ("@ceyda", "present", None, None),
                  ("Dario", "excused", None, None), ("Eda Kurt", "guest", None, "Code for Bremen")], id="english-labels"),
    pytest.param("Gäste: Ayşe Demir (Stadtbibliothek), Jonas + Fritzi (Studis)\n",
                 [("Ayşe Demir", "guest", None, "Stadtbibliothek"), ("Jonas", "guest", None, None),
                  ("Fritzi", "guest", None, "Studis")], id="plus-joins-names"),
    pytest.param("## Anwesend\n\n* Miriam Kaltenbach (mika) – stellv. Vorsitz\n* Dirk Oelschläger – Kasse\n"
                 "* Emre Tuncay (tuxemre) – Beisitzer Technik\n\nProtokoll: mika\n",
                 [("Miriam Kaltenbach", "present", "stellv. Vorsitz", None), ("Dirk Oelschläger", "present", "Kasse", None),
                  ("Emre Tuncay", "present", "Beisitzer Technik", None)], id="office-after-dash-nickname-in-brackets"),
    pytest.param("Anwesend: Jonas Wendeborn, Tobias Hallmann; Hartmut Pfeilsticker (Kassenprüfer) Mitglieder: Emre Tuncay "
                 "Gast: Marvin Tjaden\n",
                 [("Jonas Wendeborn", "present", None, None), ("Tobias Hallmann", "present", None, None),
                  ("Hartmut Pfeilsticker", "present", "Kassenprüfer", None), ("Emre Tuncay", "present", None, None),
                  ("Marvin Tjaden", "guest", None, None)], id="labels-inside-a-joined-line"),
    pytest.param("Anwesend (8): siehe Anhang\n", [], id="count-and-reference-only"),
    pytest.param("Anwesend: 12 Mitglieder\n", [], id="bare-count"),
    pytest.param("Anwesend: 17 Mieterinnen und Mieter, zwei Beiräte\n", [], id="count-with-nouns"),
    pytest.param("| | |\n|---|---|\n| Datum | 20.03.2025 |\n| Anwesend | Eva Rot, Tim Lau |\n| Entschuldigt | Ida Kern |\n",
                 [("Eva Rot", "present", None, None), ("Tim Lau", "present", None, None),
                  ("Ida Kern", "excused", None, None)], id="key-value-table"),
    pytest.param(":Anwesend: Karin Lübbers, Emil Hoffrichter\n:Protokoll: Emil Hoffrichter\n",
                 [("Karin Lübbers", "present", None, None), ("Emil Hoffrichter", "present", "minutes", None)],
                 id="rst-field-list"),
    pytest.param("Anwesende Ausschussmitglieder:\n  Herr Walter Burkhardt (CDU)\n  Frau Ines Marquardt (SPD)\n",
                 [("Walter Burkhardt", "present", None, "CDU"), ("Ines Marquardt", "present", None, "SPD")],
                 id="longer-label-indented"),
    pytest.param("Teilnehmende Mitglieder: Hanna Brück, Wolf Ebel,\nDr. Heinz Vos, Elfi Maaß\nGast: Sandra Kühn\n\nTagesordnung\n",
                 [("Hanna Brück", "present", None, None), ("Wolf Ebel", "present", None, None),
                  ("Heinz Vos", "present", None, None), ("Elfi Maaß", "present", None, None),
                  ("Sandra Kühn", "guest", None, None)], id="wrapped-inline-list"),
    pytest.param("Sitzungsleitung: Maria Hahn\nAnwesend: Maria Hahn, Jonas Pohl\n",
                 [("Maria Hahn", "present", "chair", None), ("Jonas Pohl", "present", None, None)], id="role-label"),
    pytest.param("Abwesend: M. Mohamad, S. Möbbeck\n",
                 [("M. Mohamad", "absent", None, None), ("S. Möbbeck", "absent", None, None)], id="absent"),
    pytest.param("| Name | Funktion | Status |\n|---|---|---|\n| Eva Klein | Vorsitz | anwesend |\n| Ali Demir | Kasse | entschuldigt |\n",
                 [("Eva Klein", "present", "chair", None), ("Ali Demir", "excused", "Kasse", None)], id="table"),
    pytest.param("Anwesend: Lea Kurz, Ben Wolf\n\nMit Einverständnis aller übernahm Lea Kurz die Versammlungsleitung "
                 "und Ben Wolf die Protokollführung.\n",
                 [("Lea Kurz", "present", "chair", None), ("Ben Wolf", "present", "minutes", None)], id="role-sentence"),
    pytest.param("Anwesende Mitglieder des Vorstands:\n\n* Hernani (CCCZH)\n* Genesis\n",
                 [("Hernani", "present", "Vorstand", "CCCZH"), ("Genesis", "present", "Vorstand", None)], id="list-role"),
    pytest.param("1. Anwesenheitsliste\n\nAnna Rot\n\nBodo Grün\n\nDer Vorstand dankt allen.\n",
                 [("Anna Rot", "present", None, None), ("Bodo Grün", "present", None, None)], id="pdf-table-one-name-per-line"),
    pytest.param("* Runde\n  - @tw -- Backup-Code\n  - @bronsen -- Geld verdient\n  - Bira: Daten in Python\n"
                 "  - (nichts)\n",
                 [("@tw", "present", None, None), ("@bronsen", "present", None, None), ("Bira", "present", None, None)],
                 id="round-of-reports-without-a-list"),
    pytest.param("Anwesenheitsliste\n\nAnna Rot\n\nBodo Grün\n\nCem Blau\nUnterschrift Einverständnis Datum Ort\n\n"
                 "Dana Weiß\n\nDer Vorstand dankt allen.\n",
                 [("Anna Rot", "present", None, None), ("Bodo Grün", "present", None, None),
                  ("Cem Blau", "present", None, None), ("Dana Weiß", "present", None, None)],
                 id="pdf-table-with-a-stray-header-line"),
    # header fields as bullets are no round of reports, and a count-only list names nobody
    pytest.param("- **Datum:** 18. März 2023\n- **Ort:** Gasthaus\n- **Beginn:** 15:00 Uhr\n"
                 "- **Anwesend (24):** laut Anwesenheitsliste\n", [], id="header-bullets-are-no-round"),
    # a title in a role sentence still finds the listed person
    pytest.param("Anwesend: Hannelore Brückner, Wolf Ebel\n\nFrau Brückner eröffnet die Sitzung.\n",
                 [("Hannelore Brückner", "present", "chair", None), ("Wolf Ebel", "present", None, None)],
                 id="title-in-role-sentence"),
    # a two-letter label
    pytest.param("**Da:** Aylin, Max, Nneka\n**Entschuldigt:** Svetlana\n",
                 [("Aylin", "present", None, None), ("Max", "present", None, None), ("Nneka", "present", None, None),
                  ("Svetlana", "excused", None, None)], id="da-label"),
    pytest.param("### Anwesende\n- Yannik\n- @kiwi\n- Frank^2^\n",
                 [("Yannik", "present", None, None), ("@kiwi", "present", None, None),
                  ("Frank^2^", "present", None, None)], id="nicknames"),
    # a note on how someone was absent, and guests in a sentence-like label
    pytest.param("Fehlend: Obermaier (entsch.), Tiedemann (unentsch.)\n"
                 "Als Gäste nahmen teil: Herr Brandt (Vorstand der eG)\n",
                 [("Obermaier", "excused", None, None), ("Tiedemann", "absent", None, None),
                  ("Brandt", "guest", None, "Vorstand der eG")], id="absence-notes-and-guests"),
    # a count with the named members among them, a label with a gender ending, a guest's office after a comma
    pytest.param("Anwesend: 38 Mitglieder laut Liste, darunter die Vorstandsmitglieder Jana Ott und Emil Roth "
                 "sowie die Kassenprüferin Ida Lenz.\nTeilnehmer/innen: Ben Voss\n"
                 "Gäste:\n  - Herr Uwe Brandt, Bäderverwaltung der Stadt Lindau\n",
                 [("Jana Ott", "present", None, None), ("Emil Roth", "present", None, None),
                  ("Ida Lenz", "present", None, None), ("Ben Voss", "present", None, None),
                  ("Uwe Brandt", "guest", None, "Bäderverwaltung der Stadt Lindau")], id="among-them-and-offices"),
    # a count with the names in brackets; a role note wrapped to the next line
    pytest.param("Anwesend: 5 Personen (Lena, Emre, Sam, Jule, Tobi)\n",
                 [("Lena", "present", None, None), ("Emre", "present", None, None), ("Sam", "present", None, None),
                  ("Jule", "present", None, None), ("Tobi", "present", None, None)], id="count-with-names"),
    pytest.param("Anwesend: Jule Wiechert, Paula Neumeister\n(Protokoll), Greta Hallmann\n",
                 [("Jule Wiechert", "present", None, None), ("Paula Neumeister", "present", "minutes", None),
                  ("Greta Hallmann", "present", None, None)], id="note-wrapped-to-next-line"),
    # a compound with a hyphen is no label
    pytest.param("Anwesend: Jana Ott\n\nMitglieder-Newsletter Helferinnen und Helfer sucht Frau Ott.\n",
                 [("Jana Ott", "present", None, None)], id="hyphen-compound-is-no-label"),
    # who came later; auditors with their status in brackets
    pytest.param("Anwesend: kato, lkm\nSpäter: bene (ab 20:40)\nKassenprüfer: Jürgen Pfisterer (anwesend), Anke Vollmer (entschuldigt)\n",
                 [("kato", "present", None, None), ("lkm", "present", None, None), ("bene", "present", None, None),
                  ("Jürgen Pfisterer", "present", "Kassenprüfer", None), ("Anke Vollmer", "excused", "Kassenprüfer", None)],
                 id="later-and-auditors"),
    # short labels, typed without umlauts, the list wrapped to the next line
    pytest.param("Anw.:   jvk (Moderation), tobi,\n        lenny (Protokoll)\nspaeter: hauke (ca. 20:15)\nentsch.: ronja\n",
                 [("jvk", "present", "chair", None), ("tobi", "present", None, None), ("lenny", "present", "minutes", None),
                  ("hauke", "present", None, None), ("ronja", "excused", None, None)], id="short-labels-ascii"),
    # a numbered list of names under a label with a note
    pytest.param("Anwesende Gründungsmitglieder (Unterschriftenliste siehe Anlage):\n1. Jana Vosskamp\n2. Tobias Reindl\n"
                 "3. Pit Schoormann (ab 14:40 Uhr)\n\nTagesordnung\nTOP 1 Begrüßung\n",
                 [("Jana Vosskamp", "present", None, None), ("Tobias Reindl", "present", None, None),
                  ("Pit Schoormann", "present", None, None)], id="numbered-names"),
    # a count with the names and roles in brackets; illness excuses; a note on the minutes is no affiliation
    pytest.param("Anwesend: 4 (Tobi - Moderation, Aylin - Protokoll, Henne, Svenja)\nFehlt: Paula (krank), Katrin\n\n"
                 "(Pad-Export, Stichpunkte, Aylin)\n",
                 [("Tobi", "present", "chair", None), ("Aylin", "present", "minutes", None), ("Henne", "present", None, None),
                  ("Svenja", "present", None, None), ("Paula", "excused", None, None), ("Katrin", "absent", None, None)],
                 id="count-names-roles"),
    # a two-column Word table of people with notes; a nickname in quotes or brackets is no affiliation
    pytest.param("**Anwesenheit:**\n\n| Name | Bemerkung |\n| Konstantin „Konni“ Fahrenkrog | Moderation |\n"
                 "| Friederike Lohmann (Fritzi) |  |\n| Volkmar Pietsch | Gast (Gesamtschule), bis TOP 3 |\n",
                 [("Konstantin Fahrenkrog", "present", "chair", None), ("Friederike Lohmann", "present", None, None),
                  ("Volkmar Pietsch", "guest", None, "Gesamtschule")], id="two-column-table"),
    # no list: attendance told in running text, the writer in brackets after "ich"
    pytest.param("Das Treffen war im Laden. Anwesend waren pit (hat moderiert), Jule, ole und ich (Mira, Protokoll). "
                 "Sami kam etwas später dazu. Entschuldigt hatte sich Lukas. Außerdem war Anke Ries (Stadtteilbüro) "
                 "als Gast dabei.\n",
                 [("pit", "present", "chair", None), ("Jule", "present", None, None), ("ole", "present", None, None),
                  ("Mira", "present", "minutes", None), ("Sami", "present", None, None),
                  ("Lukas", "excused", None, None), ("Anke Ries", "guest", None, "Stadtteilbüro")], id="prose"),
    # a bullet list with a remark after a dash; the minute-taker as a wiki link
    pytest.param("**Protokoll:** [[user:mika|Mira]]\n\n===== Anwesend =====\n\n  * Jonas Wendeborn (jowe)\n"
                 "  * Paul Greiner (nullbyte) -- zum ersten Mal da, willkommen!\n  * Mira Kaltenbach (mika)\n",
                 [("Jonas Wendeborn", "present", None, None), ("Paul Greiner", "present", None, None),
                  ("Mira Kaltenbach", "present", "minutes", None)], id="dash-remark-wiki-link"),
    # "da waren:" over the names; guests after them; a head count and guests named after "+"
    pytest.param("da waren:\nemilia (leitung), deniz (stellv.), lea (protokoll)\nfr. dr. reinhold + hr. castellano (SV-lehrer) als gäste\n",
                 [("emilia", "present", "chair", None), ("deniz", "present", "stellv.", None), ("lea", "present", "minutes", None),
                  ("reinhold", "guest", None, None), ("castellano", "guest", None, "SV-lehrer")], id="da-waren-als-gaeste"),
    pytest.param("da: 14 leute + fr. dr. reinhold, frau wiegand (förderverein) als gast\n",
                 [("reinhold", "guest", None, None), ("wiegand", "guest", None, "förderverein")], id="count-plus-guests"),
    # a council's sentence that leads into the list, the chair in it; a party for several names; staff; an item note
    pytest.param("Anwesend:\nUnter dem Vorsitz von Ortsvorsteherin Renate Obermaier nahmen an der Sitzung teil: die Ortschaftsräte "
                 "Klaus Haselhoff und Heinz Schäufele (beide CDU), Anke Dörflinger (FW).\n\n"
                 "Von der Stadtverwaltung: Herr Bernd Kästle (Tiefbauamt)\n\nGäste: Herr Gerd Scholl (Planungsbüro) zu TOP 5\n",
                 [("Renate Obermaier", "present", "chair", None), ("Klaus Haselhoff", "present", None, "CDU"),
                  ("Heinz Schäufele", "present", None, "CDU"), ("Anke Dörflinger", "present", None, "FW"),
                  ("Bernd Kästle", "present", None, "Tiefbauamt"), ("Gerd Scholl", "guest", None, "Planungsbüro")],
                 id="council-lead-sentence"),
    # board members under "Vom Vorstand:"; an adviser's job after his name
    pytest.param("Teilnehmer: R. Vosskuhl (Vorsitzende), D. Hahnenkamp\nVom Vorstand: S. Oltmanns-Kreye, Dr. M. Brökelmann (zu Pkt. 2)\n"
                 "Gast: A. Büscher, Steuerberater (Kanzlei Büscher & Partner), zu Pkt. 3\n",
                 [("R. Vosskuhl", "present", "chair", None), ("D. Hahnenkamp", "present", None, None),
                  ("S. Oltmanns-Kreye", "present", None, None), ("M. Brökelmann", "present", None, None),
                  ("A. Büscher", "guest", "Steuerberater", None)], id="board-and-adviser"),
    # after a dash, a list of names is no remark; an office after a dash is the role
    pytest.param("Anwesend: Abteilungsleiter – Herr Kurz (Fußball), Frau Lang (Turnen), Herr Stein (Tennis)\n"
                 "Gast: Stefan Ruoff – Abteilungskommandant (Freiwillige Feuerwehr Auental) zu Punkt 6\n",
                 [("Kurz", "present", "Abteilungsleiter", "Fußball"), ("Lang", "present", None, "Turnen"), ("Stein", "present", None, "Tennis"),
                  ("Stefan Ruoff", "guest", "Abteilungskommandant", "Freiwillige Feuerwehr Auental")], id="dash-list-and-office"),
    # "Nicht da" lists the absent, a note in brackets excuses one of them
    pytest.param("Da: bsd, Lisa, tk\nNicht da: ute (entschuldigt), Malte\n",
                 [("bsd", "present", None, None), ("Lisa", "present", None, None), ("tk", "present", None, None),
                  ("ute", "excused", None, None), ("Malte", "absent", None, None)], id="nicht-da"),
    # the staff under "von der Schule:", a guest for one item, one chair for both offices, a late arrival
    pytest.param("Sitzungsleitung und Protokoll: Marlene Quast (Schulleitung)\nda: Ole, Fenja, Bastian\n"
                 "von der Schule: Fr. Dannemann, Herr Kühl ab 19:40 Uhr; Jan Kühn (JK) – ab 20:00 Uhr\nGast zu TOP 2: Ingo Reh (Busunternehmen Reh)\n",
                 [("Ole", "present", None, None), ("Fenja", "present", None, None), ("Bastian", "present", None, None),
                  ("Dannemann", "present", None, None), ("Kühl", "present", None, None), ("Jan Kühn", "present", None, None),
                  ("Ingo Reh", "guest", None, "Busunternehmen Reh"), ("Marlene Quast", "present", "chair", None)],
                 id="staff-and-item-guest"),
    # a head count with the names in a bracket wrapped to the next line; a firm "& Partner"; "kurz zu TOP 3"
    pytest.param("Anwesend: 4 von 5 Vorstandsmitgliedern (Albers, Brunke,\nCzerny, Dahl)\n"
                 "Gast: Uwe Ernst, Planungsbüro Ernst & Partner (zu TOP 3)\nGäste: Ina Falk (Stadt), kurz zu TOP 2\n",
                 [("Albers", "present", None, None), ("Brunke", "present", None, None), ("Czerny", "present", None, None),
                  ("Dahl", "present", None, None), ("Uwe Ernst", "guest", None, "Planungsbüro Ernst & Partner"),
                  ("Ina Falk", "guest", None, "Stadt")], id="wrapped-bracket-and-firm"),
    # names and their tasks in columns; who kept the minutes ("Niederschrift:")
    pytest.param("Niederschrift:    Renate Oltmanns\n\nAnwesend:\n  Ingrid Wessendorf        Sprecherin\n  Renate Oltmanns          Einkaufshilfe\n"
                 "\nEntschuldigt:\n  Tobias Hainke            Technik/Website\n",
                 [("Ingrid Wessendorf", "present", None, "Sprecherin"), ("Renate Oltmanns", "present", "minutes", "Einkaufshilfe"),
                  ("Tobias Hainke", "excused", None, "Technik/Website")], id="columns"),
    # a head count that leads to the names of the board below it; a late arrival in words
    pytest.param("Anwesenheit\n\n27 stimmberechtigte Mitglieder laut Anwesenheitsliste, darunter die Mitglieder des Vorstands:\n\n"
                 "Hannelore Stüve, 1. Vorsitzende\nEwald Brinkhege, 2. Vorsitzender\n",
                 [("Hannelore Stüve", "present", None, None), ("Ewald Brinkhege", "present", None, None)], id="count-then-names"),
    pytest.param("Anwesend: Ingrid W. (Moderation), Renate O.; Hannelore S. kam gegen 19:45 dazu\n",
                 [("Ingrid W", "present", "chair", None), ("Renate O", "present", None, None), ("Hannelore S", "present", None, None)],
                 id="came-later"),
    # "da?" with "nein" in a Word table: absent
    pytest.param("| Name | Bereich | da? |\n| Ingrid Wessendorf | Sprecherin | ja |\n| Hannelore Stüve | Förderverein | nein |\n",
                 [("Ingrid Wessendorf", "present", None, None), ("Hannelore Stüve", "absent", None, None)], id="table-nein"),
    # advisory members and substitutes are members; a lawyer's office after her name; a count after the list
    pytest.param("Anwesend: Sabine Holt (SH, Vorsitz), Tim Wenz (TW) – 9/9, beschlussfähig\nErsatzmitglied: Pia Vogt (für Ralf Sand)\n"
                 "Beratend: Gerd Fahl (SBV)\nGäste: Henny Soll, Rechtsanwältin (Kanzlei Soll & Ritter) zu TOP 5\n",
                 [("Sabine Holt", "present", "chair", None), ("Tim Wenz", "present", None, None), ("Pia Vogt", "present", None, None),
                  ("Gerd Fahl", "present", None, "SBV"), ("Henny Soll", "guest", "Rechtsanwältin", None)],
                 id="works-council"),
    # "Protokoll: MO" names the listed person with those initials
    pytest.param("Leitung: SH · Protokoll: MO\nAnwesend: Sabine Holt (SH), Mia Ost (MO)\n",
                 [("Sabine Holt", "present", "chair", None), ("Mia Ost", "present", "minutes", None)], id="initials-role"),
    # the list gives only those excused; who was there is told in a sentence
    pytest.param("Anwesend waren Sabine (Sitzungsleitung), Tobias und ich (Ulrike).\nEntschuldigt: Miriam (Urlaub)\n",
                 [("Sabine", "present", "chair", None), ("Tobias", "present", None, None), ("Ulrike", "present", None, None),
                  ("Miriam", "excused", None, None)], id="prose-and-excused"),
    # a Word table with names in list order and statuses with notes
    pytest.param("| Name | Funktion / entsendende Stelle | Anwesenheit |\n| Hallmeier, Gerda | Vorsitzende | anwesend |\n"
                 "| Pfeil, Dr. Konrad | stellv. Vorsitzender | anwesend ab 15:10 Uhr |\n| Bonn, Elfi | – | nicht anwesend |\n"
                 "| Unger, Petra | Polizei | Gast (TOP 4) |\n",
                 [("Gerda Hallmeier", "present", "chair", None), ("Konrad Pfeil", "present", "stellv. Vorsitzender", None),
                  ("Elfi Bonn", "absent", None, None), ("Petra Unger", "guest", "Polizei", None)], id="table-surname-first"),
    # lettered parts of the list; two entries a PDF put on one line
    pytest.param("Anwesend\n\na) stimmberechtigte Mitglieder\nGerda Hallmeier, Vorsitzende\n"
                 "Renate Fuchs (Bewohnervertretung) Günter Wall (Rentnerbund)\nb) entschuldigt\nElfi Bonn\nd) Gäste\nSven Ober (Stadtwerke)\n",
                 [("Gerda Hallmeier", "present", "chair", None), ("Renate Fuchs", "present", None, "Bewohnervertretung"),
                  ("Günter Wall", "present", None, "Rentnerbund"), ("Elfi Bonn", "excused", None, None),
                  ("Sven Ober", "guest", None, "Stadtwerke")], id="lettered-parts"),
    # formal minutes that tell attendance in sentences
    pytest.param("Die Sitzung fand von 14:30 Uhr bis 17:05 Uhr statt. Sie wurde von der Vorsitzenden Gerda Hallmeier geleitet; "
                 "die Niederschrift führte Ilse Brand. Entschuldigt fehlten Frau Bonn und Herr Wall. Herr Sonder kam um 15:20 Uhr "
                 "hinzu, Herr Maas verließ die Sitzung nach TOP 6. Als Gäste begrüßte die Vorsitzende Herrn Lutz Fahr (Beigeordneter) "
                 "und Frau Dr. Sabine Quern (Gesundheitsamt).\n",
                 [("Gerda Hallmeier", "present", "chair", None), ("Ilse Brand", "present", "minutes", None), ("Bonn", "excused", None, None),
                  ("Wall", "excused", None, None), ("Sonder", "present", None, None), ("Maas", "present", None, None),
                  ("Lutz Fahr", "guest", None, "Beigeordneter"), ("Sabine Quern", "guest", None, "Gesundheitsamt")], id="formal-prose"),
    # offices after a comma, one per line
    pytest.param("Anwesend:\nRüdiger Pfann, Kassier\nElmar Hutz, Notenwart\n\nEntschuldigt:\nTobias Kran, Dirigent (beruflich verhindert)\n",
                 [("Rüdiger Pfann", "present", "Kassier", None), ("Elmar Hutz", "present", "Notenwart", None),
                  ("Tobias Kran", "excused", "Dirigent", None)], id="offices-after-comma"),
    # the writer names themself: "ich (Lotte, Protokoll)" is Lotte, whom the minutes may call "ich"
    pytest.param("Dabei: Jonte (Vorsitz), Malik und ich (Lotte, Protokoll)\n",
                 [("Jonte", "present", "chair", None), ("Malik", "present", None, None), ("Lotte", "present", "minutes", None)],
                 id="writer-as-ich"),
    # a label that ends in "außerdem" adds guests; a sentence after a dash is a remark, not a name
    pytest.param("Dabei: Konrad, Dagmar, Nadine (Protokoll)\nBeim Rundgang außerdem: Hr. Kuhlbrodt (Hausmeister)\n"
                 "Entschuldigt: Fr. Kettwig (Urlaub) – Infos kamen vorab per Mail\n",
                 [("Konrad", "present", None, None), ("Dagmar", "present", None, None), ("Nadine", "present", "minutes", None),
                  ("Kuhlbrodt", "guest", None, "Hausmeister"), ("Kettwig", "excused", None, None)], id="außerdem-and-remark"),
    # a head count, a dash, then the names; the board named as a label
    pytest.param("**Anwesend:** 3 von 3 Beiratsmitgliedern – K. Ellerbrock (Vorsitz), D. Hufnagl (Protokoll), N. Obersch\n",
                 [("K. Ellerbrock", "present", "chair", None), ("D. Hufnagl", "present", "minutes", None),
                  ("N. Obersch", "present", None, None)], id="count-dash-names"),
    pytest.param("Verwaltungsbeirat: Konrad Eller (Beiratsvorsitzender), Dagmar Hufen\n",
                 [("Konrad Eller", "present", None, "Beiratsvorsitzender"), ("Dagmar Hufen", "present", None, None)], id="board-label"),
    # prose: an aside between dashes, guests after "Als Gäste dabei:", one of them late, a relative clause after
    pytest.param("Anwesend waren Konrad Eller, Dagmar Hufen und – zum ersten Mal nach ihrer Wahl – Nadine Obersch. "
                 "Als Gäste dabei: Marion Kett (Verwaltung) sowie ab 19:45 Uhr Benedikt Rasch, der seine Unterlagen übergeben hat.\n",
                 [("Konrad Eller", "present", None, None), ("Dagmar Hufen", "present", None, None),
                  ("Nadine Obersch", "present", None, None), ("Marion Kett", "guest", None, "Verwaltung"),
                  ("Benedikt Rasch", "guest", None, None)], id="prose-aside-guests-late"),
    # surnames with the initials the minutes use for them, offices abbreviated with a dot
    pytest.param("anw.: Wollmers (HW, Vors.), Pfister (KP), Rehfeldt-Moser (CRM), Oeller (BO, Prot.)\n",
                 [("Wollmers", "present", "chair", None), ("Pfister", "present", None, None),
                  ("Rehfeldt-Moser", "present", None, None), ("Oeller", "present", "minutes", None)], id="surname-initials"),
    # the groups of a school conference; a teacher's rank and a representative's office after the name
    pytest.param("Niederschrift: Claudia Rehfeld, Elternvertreterin\nProtokoll: Mareike Traut, StRin\n\n"
                 "Gruppe der Lehrkräfte: Selin Karab, Ulrich Demmel\n\nGruppe der Schülerinnen und Schüler: Lina Sommer\n",
                 [("Selin Karab", "present", None, None), ("Ulrich Demmel", "present", None, None),
                  ("Lina Sommer", "present", None, None), ("Claudia Rehfeld", "present", "minutes", None),
                  ("Mareike Traut", "present", "minutes", None)], id="school-groups-ranks"),
    # a middle dot between names; lines set in below the names of a label go on; an office before first name and surname
    pytest.param("**Anwesend:** Edith (Leitung), Bodo, Frieda (Protokoll) · Kuno (Platzwart) ab 20:00 Uhr\n**Entschuldigt:** Gesa\n",
                 [("Edith", "present", "chair", None), ("Bodo", "present", None, None), ("Frieda", "present", "minutes", None),
                  ("Kuno", "present", "Platzwart", None), ("Gesa", "excused", None, None)], id="middle-dot"),
    pytest.param("Anw.:    EH (Vors.), BK, FS\n         KU, TW\n         GR ab 20:15\nEntsch.: OL (krank)\n",
                 [("EH", "present", "chair", None), ("BK", "present", None, None), ("FS", "present", None, None),
                  ("KU", "present", None, None), ("TW", "present", None, None), ("GR", "present", None, None),
                  ("OL", "excused", None, None)], id="indented-lines-go-on"),
    pytest.param("Anwesend waren Edith Hallmann, Bodo Kreuzer sowie Platzwart Kuno Ulbrich. Entschuldigt hatte sich Gesa Rink.\n",
                 [("Edith Hallmann", "present", None, None), ("Bodo Kreuzer", "present", None, None),
                  ("Kuno Ulbrich", "present", None, None), ("Gesa Rink", "excused", None, None)], id="office-before-full-name"),
    pytest.param("Anwesend: Edith Hallmann, Schriftführerin; Kuno Ulbrich, Wehrführer\n",
                 [("Edith Hallmann", "present", "minutes", None), ("Kuno Ulbrich", "present", "Wehrführer", None)],
                 id="office-after-name"),
    # prose: excused after the name, a guest, an office before a late arrival
    pytest.param("Anwesend waren Edith Hallmann (Leitung) und Bodo Kreuzer. Gesa Rink hatte sich entschuldigt, sie ist im Urlaub. "
                 "Ulla Sommer kam als Gast dazu. Kantor Jonas Vell stieß um 20:10 Uhr zu uns.\n",
                 [("Edith Hallmann", "present", "chair", None), ("Bodo Kreuzer", "present", None, None),
                  ("Gesa Rink", "excused", None, None), ("Ulla Sommer", "guest", None, None),
                  ("Jonas Vell", "present", None, None)], id="prose-excused-guest-late"),
    # staff and auditors listed in the head; a single word after a full name in its bullet is a note on the person
    pytest.param("**Anwesend:** Edith, Bodo\n**Hauptamt:** Gesa (Geschäftsführung)\nSelin kam um 19:15 dazu.\n",
                 [("Edith", "present", None, None), ("Bodo", "present", None, None), ("Gesa", "present", "Geschäftsführung", None),
                  ("Selin", "present", None, None)], id="staff-and-late-sentence"),
    pytest.param("Kassenprüfer: Heiko Steinbach, Anna Voß\n\nGeschäftsstelle:\n- Gesa Rink, Geschäftsführerin, Protokoll\n"
                 "- Finn Ahl, FSJ\nEntschuldigt:\n- Arnd Klee, Bürgermeister (Gemeinde Au)\n",
                 [("Heiko Steinbach", "present", "Kassenprüfer", None), ("Anna Voß", "present", "Kassenprüfer", None),
                  ("Gesa Rink", "present", "minutes", None), ("Finn Ahl", "present", "FSJ", None),
                  ("Arnd Klee", "excused", "Bürgermeister", "Gemeinde Au")], id="header-groups-and-bullet-notes"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_attendance(text: str, expected: list) -> None:
    assert people(text) == expected


def test_people_only_mentioned_in_the_text_are_not_attendees() -> None:
    text = "Anwesend: Eva Klein\n\nTOP 1\nHerr Brandt von der Stadt berichtet über den Haushalt.\n"
    assert [p[0] for p in people(text)] == ["Eva Klein"]


def test_initials_beside_a_surname_are_what_the_minutes_call_the_person() -> None:
    entries = find_attendance(split_lines("anw.: Pfister (KP), Rehfeldt-Moser (CRM), Vogt (VO)\n"))
    assert [(p.name, p.alias) for p in entries] == [("Pfister", "KP"), ("Rehfeldt-Moser", "CRM"), ("Vogt", None)]


def test_nicknames_in_brackets_name_the_person() -> None:
    from extractor.structure.attendance import nickname_aliases
    entries = find_attendance(split_lines("Anwesend: Jonas Wendeborn (jowe), Miriam Kaltenbach (mika), Lena Ott\n"))
    assert nickname_aliases(entries) == {"jowe": "Jonas Wendeborn", "mika": "Miriam Kaltenbach"}
    # handles may hold umlauts or start with a digit
    entries = find_attendance(split_lines("Anwesend: Fabian Lüttjohann (flü), Kai Brüning (0xkai)\n"))
    assert nickname_aliases(entries) == {"flü": "Fabian Lüttjohann", "0xkai": "Kai Brüning"}


def test_short_forms_of_first_names_are_aliases() -> None:
    text = "| Name | Bemerkung |\n| Konstantin „Konni“ Fahrenkrog | Moderation |\n| Friederike Lohmann (Fritzi) |  |\n"
    assert [(p.name, p.alias) for p in find_attendance(split_lines(text))] == [
        ("Konstantin Fahrenkrog", "Konni"), ("Friederike Lohmann", "Fritzi")]


def test_the_writer_answers_to_ich_and_a_short_office_to_its_holder() -> None:
    from extractor.structure.attendance import nickname_aliases, role_aliases
    entries = find_attendance(split_lines("Dabei: Jonte, Malik und ich (Lotte, Protokoll)\nvon der Kita: Ute Brehm (KL)\n"))
    assert nickname_aliases(entries) == {"ich": "Lotte"}
    assert role_aliases(entries)["kl"] == "Ute Brehm"
