"""DOCX reading: structure from Word's styles and numbering, broken and hostile archives."""
from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from extractor.errors import DocumentError
from extractor.ingest import docx_reader, read_document
from extractor.ingest.docx_reader import format_number, with_bold_label

MINUTES_TEXT = """\
Förderverein Stadtbibliothek e.V.

# Protokoll der Mitgliederversammlung 2024

**Anwesend:** Anna Schulz, Ben Krüger, Clara Yilmaz

**Entschuldigt:** Dieter Wolf

# TOP 1 Begrüßung

Die Vorsitzende begrüßt die Mitglieder und stellt die Beschlussfähigkeit fest.

# TOP 2 Kassenbericht

Der Kassenwart legt den Jahresabschluss vor:

| Posten | Betrag | Bemerkung |
| Einnahmen | 4.100 € | Beiträge; Spenden |
| Ausgaben | 850 € | Buchankauf |

Die Kassenprüfung ergab keine Beanstandungen.

## Beschlüsse

1. Der Vorstand wird entlastet.
2. Der Beitrag bleibt bei 24 € im Jahr.
    - einstimmig

## Aufgaben

- Einladung zum Bücherflohmarkt verschicken (Ben)
    - Termin mit der Stadtbibliothek abstimmen (Anna)
- Plakate drucken (Clara)
"""


def _set_list_level(paragraph, num_id: int, ilvl: int) -> None:
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


def _minutes_document() -> docx.Document:
    doc = docx.Document()
    header = doc.sections[0].header
    header.paragraphs[0].text = "Förderverein Stadtbibliothek e.V."
    header.add_paragraph("Seite 1")  # page numbers in the header are dropped
    doc.add_heading("Protokoll der Mitgliederversammlung 2024", level=0)
    present = doc.add_paragraph()
    present.add_run("Anwesend:").bold = True
    present.add_run(" Anna Schulz, Ben Krüger, Clara Yilmaz")
    excused = doc.add_paragraph()
    excused.add_run("Entschuldigt").bold = True  # colon outside the bold run
    excused.add_run(": Dieter Wolf")
    doc.add_paragraph()  # empty paragraphs leave no trace
    doc.add_heading("TOP 1 Begrüßung", level=1)
    doc.add_paragraph("Die Vorsitzende begrüßt die Mitglieder und stellt die Beschlussfähigkeit fest.")
    doc.add_heading("TOP 2 Kassenbericht", level=1)
    doc.add_paragraph("Der Kassenwart legt den Jahresabschluss vor:")
    rows = [["Posten", "Betrag", "Bemerkung"], ["Einnahmen", "4.100 €", "Beiträge\nSpenden"],
            ["Ausgaben", "850 €", "Buchankauf"]]
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            first, *more = value.split("\n")
            cell.text = first
            for extra in more:  # a second paragraph in the cell
                cell.add_paragraph(extra)
    doc.add_paragraph("Die Kassenprüfung ergab keine Beanstandungen.")
    doc.add_heading("Beschlüsse", level=2)
    doc.add_paragraph("Der Vorstand wird entlastet.", style="List Number")
    doc.add_paragraph("Der Beitrag bleibt bei 24 € im Jahr.", style="List Number")
    _set_list_level(doc.add_paragraph("einstimmig"), num_id=1, ilvl=1)  # level without definition
    doc.add_heading("Aufgaben", level=2)
    doc.add_paragraph("Einladung zum Bücherflohmarkt verschicken (Ben)", style="List Bullet")
    doc.add_paragraph("Termin mit der Stadtbibliothek abstimmen (Anna)", style="List Bullet 2")
    doc.add_paragraph("Plakate drucken (Clara)", style="List Bullet")
    return doc


def _save(doc: docx.Document, path: Path) -> Path:
    doc.save(str(path))
    return path


@pytest.fixture
def minutes_docx(tmp_path) -> Path:
    return _save(_minutes_document(), tmp_path / "protokoll.docx")


def test_minutes_read_in_document_order(minutes_docx):
    document = read_document(minutes_docx)
    assert (document.format, document.page_starts, document.warnings) == ("docx", (0,), ())
    assert document.text == MINUTES_TEXT


@pytest.mark.parametrize(("fragment", "count"), [
    ("Förderverein Stadtbibliothek e.V.", 1),  # first-page header, where exports put the title
    ("Seite 1", 0),
    ("# Protokoll der Mitgliederversammlung", 1),  # Title style
    ("# TOP 1 Begrüßung", 1),  # Heading 1
    ("## Beschlüsse", 1),  # Heading 2
    ("**Anwesend:** Anna", 1),  # bold label at the start of a paragraph
    ("| Einnahmen | 4.100 € | Beiträge; Spenden |", 1),  # table row, cell paragraphs joined
    ("1. Der Vorstand", 1),  # List Number: computed number
    ("2. Der Beitrag", 1),
    ("    - Termin", 1),  # List Bullet 2: one level deeper
])
def test_minutes_structure(minutes_docx, fragment, count):
    assert read_document(minutes_docx).text.count(fragment) == count


def test_table_sits_between_its_paragraphs(minutes_docx):
    text = read_document(minutes_docx).text
    assert text.index("vor:") < text.index("| Posten") < text.index("Die Kassenprüfung")


def _add_numbering(doc: docx.Document, levels: list[tuple[str, str, int]]) -> int:
    """A list definition: one (numFmt, lvlText, start) per level; returns its numId."""
    numbering = doc.part.numbering_part.element
    abstract_id = 90 + len(numbering.findall(f"{{{numbering.nsmap['w']}}}abstractNum"))
    lvls = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>' for i, (fmt, text, start) in enumerate(levels))
    abstract = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">{lvls}</w:abstractNum>')
    numbering.insert(0, abstract)
    num_id = 900 + abstract_id
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'))
    return num_id


@pytest.mark.parametrize(("fmt", "pattern", "start", "labels"), [
    ("decimal", "%1.", 1, ["1.", "2.", "3."]),
    ("decimal", "%1)", 4, ["4)", "5)", "6)"]),  # list starting at 4
    ("lowerLetter", "%1)", 1, ["a)", "b)", "c)"]),
    ("upperRoman", "%1.", 1, ["I.", "II.", "III."]),
    ("decimal", "TOP %1:", 1, ["TOP 1:", "TOP 2:", "TOP 3:"]),
    ("bullet", "\uf0b7", 1, ["-", "-", "-"]),  # Symbol-font bullet glyph
])
def test_list_numbers_as_printed(tmp_path, fmt, pattern, start, labels):
    items = ["Begrüßung", "Bericht des Vorstands", "Verschiedenes"]
    doc = docx.Document()
    num_id = _add_numbering(doc, [(fmt, pattern, start)])
    for item in items:
        _set_list_level(doc.add_paragraph(item), num_id, 0)
    lines = read_document(_save(doc, tmp_path / "liste.docx")).text.splitlines()
    assert lines == [f"{label} {item}" for label, item in zip(labels, items)]


def test_numbered_headings_keep_their_outline_numbers(tmp_path):
    doc = docx.Document()
    num_id = _add_numbering(doc, [("decimal", "%1.", 1), ("decimal", "%1.%2", 1)])
    for text, level in [("Begrüßung", 1), ("Kassenbericht", 1), ("Prüfbericht", 2),
                        ("Entlastung", 2), ("Verschiedenes", 1)]:
        _set_list_level(doc.add_heading(text, level=level), num_id, level - 1)
    text = read_document(_save(doc, tmp_path / "gliederung.docx")).text
    assert text.splitlines()[::2] == [
        "# 1. Begrüßung", "# 2. Kassenbericht", "## 2.1 Prüfbericht", "## 2.2 Entlastung", "# 3. Verschiedenes"]


def test_tracked_changes_read_as_accepted(tmp_path):
    doc = docx.Document()
    paragraph = doc.add_paragraph("Der Beitrag steigt auf ")
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="1" w:author="A"><w:r><w:delText>20 €</w:delText></w:r></w:del>'))
    paragraph._p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="2" w:author="A"><w:r><w:t>25 €</w:t></w:r></w:ins>'))
    paragraph.add_run(" im Jahr.")
    assert read_document(_save(doc, tmp_path / "aenderungen.docx")).text == "Der Beitrag steigt auf 25 € im Jahr.\n"


def test_text_boxes_are_read_after_their_anchor_paragraph(tmp_path):
    doc = docx.Document()
    anchor = doc.add_paragraph("Beschlussvorlage:")
    anchor._p.append(parse_xml(
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape><v:textbox><w:txbxContent>'
        '<w:p><w:r><w:t>Der Verein tritt dem Landesverband bei.</w:t></w:r></w:p>'
        '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))
    doc.add_paragraph("Abstimmung: 12 Ja, 1 Nein.")
    assert read_document(_save(doc, tmp_path / "kasten.docx")).text == (
        "Beschlussvorlage:\n\nDer Verein tritt dem Landesverband bei.\n\nAbstimmung: 12 Ja, 1 Nein.\n")


@pytest.mark.parametrize(("runs", "expected"), [
    ([("Anwesend:", True), (" Anna, Ben", False)], "**Anwesend:** Anna, Ben"),
    ([("Anwesend", True), (": Anna", False)], "**Anwesend:** Anna"),
    ([("Entschuldigt fehlen:", True)], "**Entschuldigt fehlen:**"),
    ([("Wichtig", True), (" ist die Frist.", False)], "Wichtig ist die Frist."),  # bold, but no label
    ([("Anwesend:", False), (" Anna", False)], "Anwesend: Anna"),
    ([("Die Mitgliederversammlung beschließt folgende Änderung:", True), (" §3", False)],
     "Die Mitgliederversammlung beschließt folgende Änderung: §3"),  # too long for a label
])
def test_bold_labels(runs, expected):
    assert with_bold_label(runs) == expected


@pytest.mark.parametrize(("value", "fmt", "printed"), [
    (3, "decimal", "3"), (27, "lowerLetter", "aa"), (2, "upperLetter", "B"),
    (4, "lowerRoman", "iv"), (14, "upperRoman", "XIV"), (5, "decimalZero", "05"), (7, "ordinal", "7"),
])
def test_format_number(value, fmt, printed):
    assert format_number(value, fmt) == printed


def _zip_bomb(build) -> bytes:
    return build.zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": bytes(20 * 2**20)})


def _bomb_in_media(build) -> bytes:
    return build.zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>",
                      "word/media/image1.png": bytes(20 * 2**20)})


def _truncated(build) -> bytes:
    data = _minutes_bytes()
    return data[: len(data) // 2]


def _minutes_bytes() -> bytes:
    import io

    buffer = io.BytesIO()
    _minutes_document().save(buffer)
    return buffer.getvalue()


def _broken_xml(build) -> bytes:
    import io
    import zipfile

    members = {}
    with zipfile.ZipFile(io.BytesIO(_minutes_bytes())) as archive:
        for name in archive.namelist():
            members[name] = archive.read(name)
    members["word/document.xml"] = members["word/document.xml"][:-200]
    return build.zip(members)


@pytest.mark.parametrize(("name", "make", "kind"), [
    ("bombe.docx", _zip_bomb, "zip_bomb"),  # 20 MB of zeros packed to a few KB
    ("bombe.docx", _bomb_in_media, "zip_bomb"),
    ("kaputt.docx", _truncated, "corrupt"),
    ("kaputt.docx", _broken_xml, "corrupt"),
    ("archiv.docx", lambda build: build.zip({"notizen.txt": b"Sitzung am Montag"}), "corrupt"),
    ("protokoll.odt", lambda build: build.zip({"mimetype": b"application/vnd.oasis.opendocument.text",
                                               "content.xml": b"<office:document-content/>"}), "unsupported_format"),
    ("liste.xlsx", lambda build: build.zip({"[Content_Types].xml": b"<Types/>",
                                            "xl/workbook.xml": b"<workbook/>"}), "unsupported_format"),
])
def test_unreadable_archives_raise(build, write, name, make, kind):
    with pytest.raises(DocumentError) as caught:
        read_document(write(name, make(build)))
    assert caught.value.kind == kind
    assert caught.value.hint


def test_total_unpacked_size_is_limited(minutes_docx, monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_UNCOMPRESSED_BYTES", 10_000)
    with pytest.raises(DocumentError) as caught:
        read_document(minutes_docx)
    assert caught.value.kind == "zip_bomb"


def test_document_without_text_is_empty(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("   ")
    doc.add_table(rows=2, cols=2)
    with pytest.raises(DocumentError) as caught:
        read_document(_save(doc, tmp_path / "leer.docx"))
    assert caught.value.kind == "empty"
