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
