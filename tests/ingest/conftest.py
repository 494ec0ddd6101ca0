"""Builders for the files the ingest tests read; every fixture is made at test time.

PDFs are laid out line by line (words placed one by one, justified lines
spread to the full width), so a test knows exactly where each line breaks,
as it would in a PDF exported from a word processor.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from fpdf import FPDF

_UNICODE_FONTS = (
    Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
    Path("/usr/share/fonts/dejavu/DejaVuSans.ttf"),
    Path("/Library/Fonts/Arial Unicode.ttf"),
    Path("C:/Windows/Fonts/arial.ttf"),
)
UNICODE_FONT = next((font for font in _UNICODE_FONTS if font.exists()), None)

LEFT, WIDTH, TOP, LINE = 20.0, 170.0, 30.0, 6.0  # millimetres
BODY_SIZE, HEADING_SIZE = 11, 16


@dataclass
class PdfSpec:
    """Pages of (kind, text, indent) lines; kinds: heading, line, full (justified), gap."""

    pages: list[list[tuple[str, str, float]]] = field(default_factory=lambda: [[]])
    header: str | None = None
    footer: str | None = "Seite {page} von {pages}"
    unicode: bool = False

    def add(self, kind: str, text: str = "", indent: float = 0.0) -> PdfSpec:
        self.pages[-1].append((kind, text, indent))
        return self

    def new_page(self) -> PdfSpec:
        self.pages.append([])
        return self


def build_pdf(spec: PdfSpec) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    family = "Helvetica"
    if spec.unicode:
        pdf.add_font("Uni", fname=str(UNICODE_FONT))
        family = "Uni"
    for number, lines in enumerate(spec.pages, 1):
        pdf.add_page()
        _furniture(pdf, family, spec, number)
        y = TOP
        for kind, text, indent in lines:
            y = _write_line(pdf, family, kind, text, indent, y)
    return pdf


def _furniture(pdf: FPDF, family: str, spec: PdfSpec, number: int) -> None:
    pdf.set_font(family, size=9)
    if spec.header:
        pdf.text(LEFT, 15, spec.header)
    if spec.footer:
        footer = spec.footer.format(page=number, pages=len(spec.pages))
        pdf.text(LEFT + WIDTH - pdf.get_string_width(footer), 285, footer)


def _write_line(pdf: FPDF, family: str, kind: str, text: str, indent: float, y: float) -> float:
    if kind == "gap":
        return y + LINE
    size = HEADING_SIZE if kind == "heading" else BODY_SIZE
    pdf.set_font(family, size=size)
    x = LEFT + indent
    if kind == "full":
        _justify(pdf, text, x, y, WIDTH - indent)
    else:
        pdf.text(x, y, text)
    return y + (LINE * 1.5 if kind == "heading" else LINE)


def _justify(pdf: FPDF, text: str, x: float, y: float, width: float) -> None:
    """Spread the words over the full width, the way justified paragraphs look."""
    words = text.split()
    space = (width - sum(pdf.get_string_width(w) for w in words)) / max(len(words) - 1, 1)
    for word in words:
        pdf.text(x, y, word)
        x += pdf.get_string_width(word) + space


def pdf_bytes(spec: PdfSpec) -> bytes:
    return bytes(build_pdf(spec).output())


def minutes_spec() -> PdfSpec:
    """Three pages of minutes with every layout problem the PDF reader must undo."""
    spec = PdfSpec(header="Gemeinderat Beispielstadt - Bauausschuss - Sitzung vom 12.03.2024")
    (spec.add("heading", "Niederschrift über die 7. Sitzung des Bauausschusses")
     .add("line", "Anwesend:")
     .add("line", "Petra Lindner (Vorsitz), Jonas Weber, Aylin Demir, Karl-Heinz Brandt")
     .add("gap")
     .add("line", "TOP 1: Eröffnung und Feststellung der Beschlussfähigkeit")
     .add("full", "Die Vorsitzende eröffnet die Sitzung um 18:05 Uhr und begrüßt den neuen Integrations-")
     .add("line", "koordinator der Stadt als Gast. Der Ausschuss ist beschlussfähig.")
     .add("gap")
     .add("line", "TOP 2: Bericht aus dem Bau- und Planungsamt")
     .add("full", "Herr Brandt berichtet über den gemeinsamen Fachtag mit der Partnerstadt Dessau-")
     .add("line", "Roßlau und über die Arbeit im Bau-")
     .add("line", "und Planungsausschuss des Kreises.")
     .add("gap")
     .add("full", "- Die Sanierung der Turnhalle beginnt im Mai; die Kosten liegen nach der Schätzung bei")
     .add("line", "rund 240.000 Euro und sind im Haushalt eingeplant.", indent=4)
     .add("line", "- Der Förderantrag wird bis zum 30.04.2024 eingereicht.")
     .add("line", "· Unterlagen liegen vollständig vor.", indent=6)
     .add("line", "- Die Verwaltung prüft einen zweiten Bauabschnitt.")
     .add("gap")
     .add("full", "Der Ausschuss nimmt den Bericht zur Kenntnis. Die Verwaltung wird gebeten, bis zur nächsten")
     .new_page()
     .add("line", "Sitzung eine Kostenschätzung für den zweiten Bauabschnitt vorzulegen.")
     .add("gap")
     .add("line", "TOP 3: Verschiedenes")
     .add("line", "Es gibt keine Wortmeldungen. Die Sitzung endet um 19:40 Uhr.")
     .new_page()
     .add("line", "Beispielstadt, 12.03.2024")
     .add("line", "gez. Petra Lindner"))
    return spec


def image_pdf_bytes(pages: int = 2, text_page: int | None = None, stamp: str | None = None) -> bytes:
    """Scanned pages: images without text layer; optionally one typed page or a scanner stamp."""
    from PIL import Image, ImageDraw

    scan = Image.new("RGB", (400, 560), "white")
    ImageDraw.Draw(scan).rectangle((40, 40, 360, 80), fill="black")
    pdf = FPDF(format="A4")
    for number in range(1, pages + 1):
        pdf.add_page()
        if number == text_page:
            pdf.set_font("Helvetica", size=11)
            pdf.text(LEFT, TOP, "Protokoll der Mitgliederversammlung vom 4. Mai 2024, getippte Seite.")
            pdf.text(LEFT, TOP + LINE, "Anwesend waren zwölf Mitglieder; der Vorstand war vollständig.")
        else:
            pdf.image(scan, x=10, y=10, w=190)
        if stamp:
            pdf.set_font("Helvetica", size=8)
            pdf.text(LEFT, 290, stamp.format(page=number))
    return bytes(pdf.output())


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


class Builders:
    """What the tests build their input files with (a fixture, so any import mode works)."""

    PdfSpec = PdfSpec
    unicode_font = UNICODE_FONT
    pdf = staticmethod(pdf_bytes)
    build_pdf = staticmethod(build_pdf)
    minutes = staticmethod(minutes_spec)
    image_pdf = staticmethod(image_pdf_bytes)
    zip = staticmethod(zip_bytes)


@pytest.fixture(scope="session")
def build() -> Builders:
    return Builders()


@pytest.fixture
def write(tmp_path: Path):
    """write("name.ext", data) -> path of a new file in the test's own directory."""
    def _write(name: str, data: bytes | str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
        return path
    return _write


@pytest.fixture(scope="session")
def minutes_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "niederschrift.pdf"
    path.write_bytes(pdf_bytes(minutes_spec()))
    return path
