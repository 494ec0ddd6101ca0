"""Protocols good and bad for the batch tests, all made at test time in tmp_path."""
from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

import pytest
from fpdf import FPDF

GERMAN = """Protokoll der Vorstandssitzung des Fördervereins Lindenhof

Datum: {day}.03.2024
Beginn: 19:00 Uhr
Ende: 21:00 Uhr
Ort: Gemeindehaus, Kirchstraße 3

Anwesend: Anna Berger, Jonas Keller, Petra Vogt
Entschuldigt: Jürgen Öztürk

TOP 1 Begrüßung
Die Vorsitzende begrüßt die Anwesenden und stellt die Beschlussfähigkeit fest.

TOP 2 Sommerfest
Der Vorstand beschließt einstimmig, das Sommerfest am 15.06.2024 im Hof zu feiern.
Jonas Keller kümmert sich bis Ende April um die Anmeldung bei der Stadt.
- Kuchenliste wird im Flur ausgehängt.

TOP 3 Verschiedenes
Die nächste Sitzung findet am 09.04.2024 um 19:00 Uhr im Gemeindehaus statt.
"""

ENGLISH = """Minutes of the board meeting of the Lindenhof Friends Association

Date: 12 March 2024. Present: Anna Berger, Jonas Keller, Petra Vogt.

1. Welcome. The chair welcomed everybody and said that the board has a quorum.
2. Summer party. The board decided unanimously to hold the summer party on 15 June
in the yard. Jonas will register the party with the city by the end of April. The
cake list will be put up in the hall. Everybody agreed that we should ask the
neighbours early this year, because last year many of them did not know about it.
3. Any other business. The next meeting will take place on 9 April at 7 pm.
"""


def german(day: int = 12) -> str:
    return GERMAN.format(day=day)


def write_text(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def pdf_bytes(text: str, encrypt: bool = False, pages: int = 1) -> bytes:
    pdf = FPDF(format="A4")
    if encrypt:
        pdf.set_encryption(owner_password="owner", user_password="geheim")
    pdf.set_font("Helvetica", size=11)
    for _ in range(pages):
        pdf.add_page()
        for line in text.splitlines():
            pdf.cell(0, 6, line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scanned_pdf_bytes() -> bytes:
    """A page with only drawn shapes, as a scan without OCR has no text."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    for row in range(40):
        pdf.rect(20, 20 + row * 6, 120 + (row * 7) % 50, 3, style="F")
    return bytes(pdf.output())


def zip_bomb_docx() -> bytes:
    """A DOCX whose document.xml unpacks from a few kB to 20 MB."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (20 * 2**20) + b"</w:document>")
    return buffer.getvalue()


BAD_FILES = {
    # name: (bytes or builder, expected kind)
    "kaputt.pdf": (lambda: pdf_bytes(german())[:900], "corrupt"),
    "geschuetzt.pdf": (lambda: pdf_bytes(german(), encrypt=True), "encrypted"),
    "scan.pdf": (scanned_pdf_bytes, "no_text_layer"),
    "leer.txt": (lambda: b"", "empty"),
    "bild.txt": (lambda: bytes(range(256)) * 64, "binary"),
    "bombe.docx": (zip_bomb_docx, "zip_bomb"),
    "minutes-english.txt": (lambda: ENGLISH.encode(), "not_german"),
}


def make_bad_files(folder: Path) -> dict[str, str]:
    """Write every bad file into ``folder``; returns name -> expected error kind."""
    for name, (build, _) in BAD_FILES.items():
        (folder / name).write_bytes(build())
    huge = folder / "riesig.txt"
    with huge.open("wb") as handle:
        handle.truncate(200 * 2**20)  # sparse: 200 MB long, nothing on disk
    return {**{name: kind for name, (_, kind) in BAD_FILES.items()}, "riesig.txt": "too_large"}


@pytest.fixture
def good_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "archiv"
    folder.mkdir()
    for day in (5, 12, 19):
        write_text(folder, f"vorstand-2024-03-{day:02d}.txt", german(day))
    (folder / "vorstand-2024-03-26.pdf").write_bytes(pdf_bytes(german(26), pages=2))
    write_text(folder, "vorstand-latin1.txt", german(28), encoding="latin-1")
    return folder


@pytest.fixture(scope="session", autouse=True)
def _single_threaded_blas() -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
