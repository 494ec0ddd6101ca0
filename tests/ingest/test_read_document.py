"""Dispatch: the bytes decide the format first, the file name second."""
from __future__ import annotations

import io

import docx
import pytest

from extractor.errors import DocumentError
from extractor.ingest import read_document

NOTE = "Kurzprotokoll: Die Sitzung des Kulturausschusses fällt am 5. Juni aus.\n"


def _docx_bytes() -> bytes:
    doc = docx.Document()
    doc.add_paragraph(NOTE.strip())
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _pdf_bytes(build) -> bytes:
    spec = build.PdfSpec(footer=None)
    spec.add("line", NOTE.strip())
    return build.pdf(spec)


@pytest.mark.parametrize(("name", "make", "fmt"), [
    ("protokoll.pdf", _pdf_bytes, "pdf"),
    ("protokoll.txt", _pdf_bytes, "pdf"),  # a PDF renamed to .txt is still a PDF
    ("protokoll", _pdf_bytes, "pdf"),
    ("protokoll.docx", lambda build: _docx_bytes(), "docx"),
    ("protokoll.zip", lambda build: _docx_bytes(), "docx"),  # a DOCX is a ZIP
    ("protokoll.dat", lambda build: NOTE.encode("utf-16"), "text"),  # UTF-16 BOM
    ("protokoll.md", lambda build: NOTE.encode(), "markdown"),
    ("protokoll", lambda build: NOTE.encode(), "text"),  # no suffix, readable text
    ("Protokoll 05.06.2024", lambda build: NOTE.encode(), "text"),  # a date, not a suffix
    ("notiz.txt", lambda build: b"Die Datei beginnt mit %PDF-1.7 als Zitat.\n" + NOTE.encode(), "text"),
])
def test_format_is_sniffed_before_the_suffix(build, write, name, make, fmt):
    document = read_document(write(name, make(build)))
    assert document.format == fmt
    assert "Kulturausschusses fällt am 5. Juni aus." in document.text


@pytest.mark.parametrize(("name", "data", "kind"), [
    ("protokoll.html", b"<html><body>Sitzung</body></html>", "unsupported_format"),
    ("protokoll.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "unsupported_format"),  # Word 97
    ("protokoll.rtf", b"{\\rtf1\\ansi Sitzung}", "unsupported_format"),
    ("scan.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(100), "unsupported_format"),
    ("protokoll.pdf", b"Das ist kein PDF, nur Text mit falscher Endung.", "corrupt"),
    ("protokoll.docx", b"Das ist kein Word-Dokument.", "corrupt"),
    ("protokoll.pdf", b"", "empty"),
    ("protokoll.docx", b"", "empty"),
    ("protokoll.md", b"", "empty"),
])
def test_unknown_or_mislabelled_files_raise(write, name, data, kind):
    with pytest.raises(DocumentError) as caught:
        read_document(write(name, data))
    assert caught.value.kind == kind
    assert caught.value.hint


def test_files_over_the_size_limit_are_refused_unread(write):
    with pytest.raises(DocumentError) as caught:
        read_document(write("lang.md", NOTE * 3), max_bytes=50)
    assert caught.value.kind == "too_large"
    assert read_document(write("lang2.md", NOTE * 3), max_bytes=None).text


def test_unknown_pdf_engine_names_the_choices(write):
    with pytest.raises(ValueError, match="pypdfium2, pdfplumber"):
        read_document(write("protokoll.md", NOTE), pdf_engine="pdftotext")


def test_path_may_be_a_string(write):
    assert read_document(str(write("protokoll.md", NOTE))).text == NOTE
