"""PDF reading with both engines: page furniture, wrapping, hyphenation, broken files."""
from __future__ import annotations

import pytest

from extractor.errors import DocumentError
from extractor.ingest import read_document
from extractor.ingest.pdf import PAGE_NUMBER, clean_line, join_wrapped, resolve_line_hyphens

ENGINES = ["pypdfium2", "pdfplumber"]

MINUTES_TEXT = """\
Gemeinderat Beispielstadt - Bauausschuss - Sitzung vom 12.03.2024

# Niederschrift über die 7. Sitzung des Bauausschusses

Anwesend:
Petra Lindner (Vorsitz), Jonas Weber, Aylin Demir, Karl-Heinz Brandt

TOP 1: Eröffnung und Feststellung der Beschlussfähigkeit
Die Vorsitzende eröffnet die Sitzung um 18:05 Uhr und begrüßt den neuen Integrationskoordinator \
der Stadt als Gast. Der Ausschuss ist beschlussfähig.

TOP 2: Bericht aus dem Bau- und Planungsamt
Herr Brandt berichtet über den gemeinsamen Fachtag mit der Partnerstadt Dessau-Roßlau und über die \
Arbeit im Bau- und Planungsausschuss des Kreises.

- Die Sanierung der Turnhalle beginnt im Mai; die Kosten liegen nach der Schätzung bei rund 240.000 Euro \
und sind im Haushalt eingeplant.
- Der Förderantrag wird bis zum 30.04.2024 eingereicht.
    - Unterlagen liegen vollständig vor.
- Die Verwaltung prüft einen zweiten Bauabschnitt.

Der Ausschuss nimmt den Bericht zur Kenntnis. Die Verwaltung wird gebeten, bis zur nächsten Sitzung \
eine Kostenschätzung für den zweiten Bauabschnitt vorzulegen.

TOP 3: Verschiedenes
Es gibt keine Wortmeldungen. Die Sitzung endet um 19:40 Uhr.

Beispielstadt, 12.03.2024
gez. Petra Lindner
"""


@pytest.fixture(scope="module", params=ENGINES)
def minutes(request, minutes_pdf):
    return read_document(minutes_pdf, pdf_engine=request.param)


def test_minutes_read_as_light_markdown(minutes):
    assert minutes.format == "pdf"
    assert minutes.text == MINUTES_TEXT
    assert minutes.warnings == ()


@pytest.mark.parametrize(("fragment", "count"), [
    ("Gemeinderat Beispielstadt - Bauausschuss", 1),  # running header kept once, on page 1
    ("Seite", 0),  # footer "Seite N von 3" gone from every page
    ("# Niederschrift über", 1),  # larger font -> heading
    ("Integrationskoordinator", 1),  # "Integrations-" / "koordinator" re-joined
    ("Bau- und Planungsausschuss", 1),  # elided compound part keeps hyphen and space
    ("Dessau-Roßlau", 1),  # capital after the hyphen: a compound, hyphen stays
    ("bei rund 240.000 Euro", 1),  # wrapped bullet continues on its hanging indent
    ("Anwesend:\nPetra Lindner", 1),  # a label line is not glued to the names
    ("    - Unterlagen", 1),  # "·" bullet indented under "-" bullet
    ("\r", 0),
    ("\ufffe", 0),
])
def test_minutes_layout_repairs(minutes, fragment, count):
    assert minutes.text.count(fragment) == count


@pytest.mark.parametrize(("fragment", "page"), [
    ("Niederschrift über", 1),
    ("Die Verwaltung prüft", 1),
    ("Sitzung eine Kostenschätzung", 2),  # continues a page-1 paragraph, starts page 2
    ("TOP 3", 2),
    ("gez. Petra Lindner", 3),
])
def test_offsets_map_back_to_pages(minutes, fragment, page):
    assert minutes.pages == 3
    assert minutes.page_at(minutes.text.index(fragment)) == page


@pytest.mark.parametrize(("marker", "indent", "expected"), [
    ("•", 0, "- Kasse prüfen"),
    ("▪", 0, "- Kasse prüfen"),
    ("◦", 0, "- Kasse prüfen"),
    ("–", 0, "- Kasse prüfen"),
    ("*", 0, "- Kasse prüfen"),
    ("•", 7, "    - Kasse prüfen"),  # deeper than the list's first item
])
@pytest.mark.parametrize("engine", ENGINES)
def test_bullet_glyphs_become_dashes(build, write, engine, marker, indent, expected):
    if build.unicode_font is None:
        pytest.skip("needs a TrueType font with bullet glyphs (DejaVu Sans)")
    spec = build.PdfSpec(unicode=True, footer=None)
    spec.add("line", "Folgende Aufgaben wurden verteilt:").add("gap")
    spec.add("line", "• Protokoll versenden (Jonas)").add("line", f"{marker} Kasse prüfen", indent=indent)
    document = read_document(write("aufgaben.pdf", build.pdf(spec)), pdf_engine=engine)
    assert document.text.splitlines()[-1] == expected


@pytest.mark.parametrize("engine", ENGINES)
def test_owner_password_alone_does_not_block_reading(build, write, engine):
    pdf = build.build_pdf(build.minutes())
    pdf.set_encryption(owner_password="verwaltung")  # restricts editing, opens without password
    document = read_document(write("geschuetzt.pdf", bytes(pdf.output())), pdf_engine=engine)
    assert "Integrationskoordinator" in document.text


def _encrypted(build) -> bytes:
    pdf = build.build_pdf(build.minutes())
    pdf.set_encryption(owner_password="verwaltung", user_password="sitzung2024")
    return bytes(pdf.output())


def _truncated(build) -> bytes:
    data = build.pdf(build.minutes())
    return data[: len(data) // 2]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("make", "kind"), [
    (_encrypted, "encrypted"),
    (_truncated, "corrupt"),
    (lambda build: b"%PDF-1.7\n" + b"kein echtes PDF, nur Text nach dem Kopf\n" * 20, "corrupt"),
    (lambda build: build.image_pdf(pages=2), "no_text_layer"),  # a scan without OCR
    (lambda build: build.image_pdf(pages=3, stamp="Erstellt mit BüroScan Pro, Blatt {page}"), "no_text_layer"),
])
def test_unreadable_pdfs_raise(build, write, engine, make, kind):
    with pytest.raises(DocumentError) as caught:
        read_document(write("sitzung.pdf", make(build)), pdf_engine=engine)
    assert caught.value.kind == kind
    assert caught.value.hint


def test_no_text_layer_hint_asks_for_ocr(build, write):
    with pytest.raises(DocumentError) as caught:
        read_document(write("scan.pdf", build.image_pdf(pages=1)))
    assert "OCR" in caught.value.hint


@pytest.mark.parametrize("engine", ENGINES)
def test_a_single_scanned_page_is_a_warning(build, write, engine):
    document = read_document(write("gemischt.pdf", build.image_pdf(pages=2, text_page=1)), pdf_engine=engine)
    assert "zwölf Mitglieder" in document.text
    assert len(document.warnings) == 1 and "Page 2" in document.warnings[0]


@pytest.mark.parametrize(("left", "right", "joined"), [
    ("den Integrations-", "koordinator der Stadt", "den Integrationskoordinator der Stadt"),
    ("im Bau-", "und Planungsausschuss", "im Bau- und Planungsausschuss"),
    ("Frist-", "oder Formfehler", "Frist- oder Formfehler"),
    ("Partnerstadt Dessau-", "Roßlau", "Partnerstadt Dessau-Roßlau"),
    ("die COVID-", "19-Regeln", "die COVID-19-Regeln"),
    ("Beginn –", "18 Uhr", "Beginn – 18 Uhr"),  # a dash, not a hyphen
    ("Proto\u00ad", "koll", "Protokoll"),  # soft hyphen at the line end
    ("die Sitzung", "endet", "die Sitzung endet"),
])
def test_join_wrapped(left, right, joined):
    assert join_wrapped(left, right) == joined


@pytest.mark.parametrize(("line", "resolved"), [
    ("Integrations\ufffekoordinator", "Integrationskoordinator"),  # pdfium's line-end marker
    ("im Bau\ufffeund Planungsamt", "im Bau- und Planungsamt"),
    ("Dessau\ufffeRoßlau", "Dessau-Roßlau"),
    ("Proto\x02koll", "Protokoll"),  # older pdfium builds
    ("Kassen\u00adprüfung", "Kassenprüfung"),
])
def test_resolve_line_hyphens(line, resolved):
    assert resolve_line_hyphens(line) == resolved


@pytest.mark.parametrize(("line", "is_page_number"), [
    ("Seite 2 von 5", True),
    ("Seite 2/5", True),
    ("Page 4 of 9", True),
    ("- 3 -", True),
    ("– 12 –", True),
    ("7", True),
    ("2 / 9", True),
    ("S. 3", True),
    ("TOP 3", False),
    ("3. Sonstiges", False),
    ("Seite 2 des Berichts", False),
    ("12.03.2024", False),
])
def test_page_number_lines(line, is_page_number):
    assert bool(PAGE_NUMBER.match(line)) is is_page_number


@pytest.mark.parametrize(("raw", "clean"), [
    ("ﬁnanzielle Mittel", "finanzielle Mittel"),
    ("Anwesend:\u00a0Anna\tBeck", "Anwesend: Anna Beck"),
    ("Beschluss\u200bfassung\r", "Beschlussfassung"),
    ("Mu\u0308ller", "Müller"),
    ("  Kassen\u00adprüfung  ", "Kassen\u00adprüfung"),  # soft hyphens wait for the line joiner
])
def test_clean_line(raw, clean):
    assert clean_line(raw) == clean


# --- borderless tables laid out with tab stops --------------------------------

ATTENDANCE_ROWS = [
    ("Name", "Funktion", "Anwesenheit"),
    ("Gisela Hartmann", "Vorsitzende", "anwesend"),
    ("Tobias Reinhold", "stellv. Vorsitzender", "anwesend"),
    ("Aylin Demirtaş", "Schriftführerin", "entschuldigt"),
    ("Jörg Weißmüller", "Kassenwart", "anwesend"),
]
TASK_ROWS = [
    ("Wer", "Was", "Bis wann"),
    ("Tobias Reinhold", "Angebote für die Dachsanierung einholen", "30.06.2025"),
    ("Aylin Demirtaş", "Protokoll an alle Mitglieder versenden", "25.06.2025"),
    ("Gisela Hartmann", "Termin mit dem Bauamt vereinbaren", "Juli 2025"),
]
GUEST_ROWS = [("Gast", "Institution", "Thema"), ("Frau Dr. Köhler", "Stadtverwaltung", "TOP 3")]
ATTENDANCE_STOPS = (20.0, 75.0, 130.0)  # millimetres, as tab stops in a word processor
TASK_STOPS = (20.0, 62.0, 155.0)
PARAGRAPH = ("Die Vorsitzende eröffnet die Sitzung um 19:05 Uhr und stellt fest, dass fristgerecht",
             "eingeladen wurde und der Vorstand beschlussfähig ist.")
LABELS = [("Tag:", "Mittwoch, 18. Juni 2025"), ("Ort:", "Vereinsheim, Lindenweg 4"), ("Beginn:", "19:00 Uhr")]


def _tab_stop_pdf(font, *pages: list[tuple]) -> bytes:
    """Lines placed as a word processor sets them: every cell of a row starts at its tab stop.

    Kinds: ("row", cells, stops), ("label", label, value), ("line", text),
    ("full", text) justified word by word to the margin, ("gap",) an empty line.
    A cell given as ">text" is right-aligned at the next stop (amounts).
    """
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    family = "Helvetica"
    if font is not None:
        pdf.add_font("Uni", fname=str(font))
        family = "Uni"
    for lines in pages:
        pdf.add_page()
        pdf.set_font(family, size=11)
        y = 30.0
        for kind, *content in lines:
            if kind == "row":
                cells, stops = content
                for x, cell, following in zip(stops, cells, [*stops[1:], 190.0]):
                    if cell.startswith(">"):
                        pdf.text(following - 6 - pdf.get_string_width(cell[1:]), y, cell[1:])
                    elif cell:
                        pdf.text(x, y, cell)
            elif kind == "label":
                pdf.text(20, y, content[0])
                pdf.text(50, y, content[1])
            elif kind == "line":
                pdf.text(20, y, content[0])
            elif kind == "full":
                words = content[0].split()
                space = (170 - sum(pdf.get_string_width(w) for w in words)) / (len(words) - 1)
                x = 20.0
                for word in words:
                    pdf.text(x, y, word)
                    x += pdf.get_string_width(word) + space
            y += 6.0
    return bytes(pdf.output())


def _table_lines(rows: list[tuple[str, ...]], stops: tuple[float, ...]) -> list[tuple]:
    return [("row", row, stops) for row in rows]


def _pipe(row: tuple[str, ...]) -> str:
    return "| " + " | ".join(row) + " |"


def _minutes_with_table(rows: list[tuple[str, ...]], stops: tuple[float, ...]) -> list[tuple]:
    return [
        ("line", "Protokoll der Vorstandssitzung des Fördervereins"), ("gap",),
        *(("label", label, value) for label, value in LABELS), ("gap",),
        ("full", PARAGRAPH[0]), ("line", PARAGRAPH[1]), ("gap",),
        *_table_lines(rows, stops), ("gap",),
        ("line", "Die Sitzung endet um 21:10 Uhr."),
    ]


@pytest.fixture
def unicode_font(build):
    if build.unicode_font is None:
        pytest.skip("needs a TrueType font with umlauts and ş (DejaVu Sans)")
    return build.unicode_font


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("rows", "stops"), [(ATTENDANCE_ROWS, ATTENDANCE_STOPS), (TASK_ROWS, TASK_STOPS)],
                         ids=["attendance", "tasks"])
def test_tab_stop_table_becomes_pipe_rows(unicode_font, write, engine, rows, stops):
    pdf = _tab_stop_pdf(unicode_font, _minutes_with_table(rows, stops))
    document = read_document(write("tabelle.pdf", pdf), pdf_engine=engine)
    table = "\n".join(_pipe(row) for row in rows)
    assert document.text == (
        "Protokoll der Vorstandssitzung des Fördervereins\n\n"
        "Tag: Mittwoch, 18. Juni 2025\nOrt: Vereinsheim, Lindenweg 4\nBeginn: 19:00 Uhr\n\n"
        f"{PARAGRAPH[0]} {PARAGRAPH[1]}\n\n"
        f"{table}\n\n"
        "Die Sitzung endet um 21:10 Uhr.\n")


@pytest.mark.parametrize("engine", ENGINES)
def test_attendance_read_from_tab_stop_table(unicode_font, write, engine):
    from extractor.structure.attendance import find_attendance
    from extractor.structure.lines import split_lines

    pdf = _tab_stop_pdf(unicode_font, _minutes_with_table(ATTENDANCE_ROWS, ATTENDANCE_STOPS))
    text = read_document(write("anwesenheit.pdf", pdf), pdf_engine=engine).text
    people = {person.name: person.status for person in find_attendance(split_lines(text))}
    assert people == {"Gisela Hartmann": "present", "Tobias Reinhold": "present",
                      "Aylin Demirtaş": "excused", "Jörg Weißmüller": "present"}


@pytest.mark.parametrize("engine", ENGINES)
def test_tasks_read_from_tab_stop_table(unicode_font, write, engine):
    from extractor.stages.result_tables import find_result_rows
    from extractor.structure.lines import split_lines

    pdf = _tab_stop_pdf(unicode_font, _minutes_with_table(TASK_ROWS, TASK_STOPS))
    text = read_document(write("aufgaben.pdf", pdf), pdf_engine=engine).text
    rows = [(row.who, row.text, row.due) for row in find_result_rows(split_lines(text))]
    assert rows == TASK_ROWS[1:]


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize(("lines", "expected"), [
    pytest.param(  # an empty cell stays an empty cell
        _table_lines([*ATTENDANCE_ROWS[:3], ("Karl Brandt", "", "entschuldigt")], ATTENDANCE_STOPS),
        [*map(_pipe, ATTENDANCE_ROWS[:3]), "| Karl Brandt |  | entschuldigt |"], id="empty-cell"),
    pytest.param(  # text wrapped within its column joins its cell
        [*_table_lines(TASK_ROWS[:2], TASK_STOPS),
         ("row", ("Gisela Hartmann", "Zuschüsse für die neue", "Juli 2025"), TASK_STOPS),
         ("row", ("", "Küche beantragen", ""), TASK_STOPS)],
        [*map(_pipe, TASK_ROWS[:2]), "| Gisela Hartmann | Zuschüsse für die neue Küche beantragen | Juli 2025 |"],
        id="wrapped-cell"),
    pytest.param(  # header cells with colons are a header, not labels
        _table_lines([("Wer:", "Was:", "Bis wann:"), TASK_ROWS[1]], TASK_STOPS),
        ["| Wer: | Was: | Bis wann: |", _pipe(TASK_ROWS[1])], id="colon-header"),
    pytest.param(  # right-aligned amounts stand in one column
        _table_lines([("Posten", ">Betrag", "Beleg"), ("Mitgliedsbeiträge", ">1.250,00 €", "B-12"),
                      ("Spenden", ">80,00 €", "B-13")], (20.0, 80.0, 130.0)),
        ["| Posten | Betrag | Beleg |", "| Mitgliedsbeiträge | 1.250,00 € | B-12 |",
         "| Spenden | 80,00 € | B-13 |"], id="right-aligned"),
    pytest.param(  # a blank line between two tables with the same tab stops ends the first
        [*_table_lines(ATTENDANCE_ROWS[:2], ATTENDANCE_STOPS), ("gap",), ("gap",),
         *_table_lines(GUEST_ROWS, ATTENDANCE_STOPS)],
        [*map(_pipe, ATTENDANCE_ROWS[:2]), "", *map(_pipe, GUEST_ROWS)], id="two-tables"),
])
def test_tab_stop_table_variants(unicode_font, write, engine, lines, expected):
    document = read_document(write("varianten.pdf", _tab_stop_pdf(unicode_font, lines)), pdf_engine=engine)
    assert document.text.splitlines() == expected


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("lines", [
    pytest.param([("label", label, value) for label, value in LABELS], id="label-block"),
    pytest.param([("row", ("Datum:", "18.06.2025", "Beginn:", "19:00 Uhr"), (20.0, 40.0, 100.0, 125.0)),
                  ("row", ("Ort:", "Vereinsheim", "Ende:", "21:10 Uhr"), (20.0, 40.0, 100.0, 125.0))],
                 id="two-column-labels"),
    pytest.param([("row", ("Gisela Hartmann", "Vorsitzende", "anwesend"), ATTENDANCE_STOPS),
                  ("line", "Weitere Teilnehmende werden im Anhang genannt.")], id="single-row"),
    pytest.param([("full", "Die Vorsitzende eröffnet um 19:05 Uhr die Sitzung; es wurde"),  # wide word gaps
                  ("full", "fristgerecht eingeladen und der Vorstand ist beschlussfähig."),
                  ("line", "Die Tagesordnung wird angenommen.")], id="justified-paragraph"),
])
def test_no_table_without_two_aligned_rows(unicode_font, write, engine, lines):
    document = read_document(write("keine-tabelle.pdf", _tab_stop_pdf(unicode_font, lines)), pdf_engine=engine)
    assert "|" not in document.text


@pytest.mark.parametrize("engine", ENGINES)
def test_table_continued_on_next_page(unicode_font, write, engine):
    first = [("line", "Anwesenheit:"), *_table_lines(ATTENDANCE_ROWS[:3], ATTENDANCE_STOPS)]
    second = [*_table_lines(ATTENDANCE_ROWS[3:], ATTENDANCE_STOPS), ("gap",), ("line", "Die Sitzung beginnt.")]
    document = read_document(write("zwei-seiten.pdf", _tab_stop_pdf(unicode_font, first, second)), pdf_engine=engine)
    rows = "\n".join(map(_pipe, ATTENDANCE_ROWS))
    assert document.text == f"Anwesenheit:\n\n{rows}\n\nDie Sitzung beginnt.\n"
    assert document.page_at(document.text.index("Gisela Hartmann")) == 1
    assert document.page_at(document.text.index("| Aylin Demirtaş")) == 2
    assert document.page_at(document.text.index("Die Sitzung beginnt")) == 2
