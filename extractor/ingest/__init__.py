"""Reading protocols: any supported file in, one ``Document`` in light Markdown out.

The format is decided by the bytes first (``%PDF``, a ZIP header, a UTF-16
BOM) and by the file name second, because protocols arrive renamed: a PDF
saved as ``.txt`` is still read as a PDF.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from extractor.errors import DocumentError
from extractor.ingest.docx_reader import read_docx
from extractor.ingest.document import Document
from extractor.ingest.pdf import DEFAULT_PDF_ENGINE, PDF_ENGINES, read_pdf
from extractor.ingest.text import TEXT_FORMATS, read_text

__all__ = ["Document", "DocumentError", "MAX_BYTES", "PDF_ENGINES", "SUPPORTED_SUFFIXES", "read_document"]

MAX_BYTES = 100 * 1024 * 1024
SUPPORTED_SUFFIXES = (*TEXT_FORMATS, ".pdf", ".docx")

_SNIFF_BYTES = 1024
_EXTENSION = re.compile(r"\.[a-z][a-z0-9]{0,7}")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
# Formats people send instead of a protocol, and what to do about each.
_FOREIGN_MAGIC = (
    (b"\xd0\xcf\x11\xe0", "an old Word/Excel (.doc/.xls) or Outlook file",
     "Open it in Word or LibreOffice and save it as DOCX or PDF."),
    (b"{\\rtf", "an RTF document", "Open it in Word or LibreOffice and save it as DOCX or PDF."),
    (b"\x89PNG", "a PNG image", "Run OCR on the scan and save the result as a PDF with text layer."),
    (b"\xff\xd8\xff", "a JPEG image", "Run OCR on the scan and save the result as a PDF with text layer."),
    (b"II*\x00", "a TIFF image", "Run OCR on the scan and save the result as a PDF with text layer."),
    (b"MM\x00*", "a TIFF image", "Run OCR on the scan and save the result as a PDF with text layer."),
)


def read_document(path: Path | str, *, pdf_engine: str = DEFAULT_PDF_ENGINE,
                  max_bytes: int | None = MAX_BYTES) -> Document:
    """Read one protocol; raises ``DocumentError`` for anything that cannot be read.

    ``pdf_engine`` is ``"pypdfium2"`` (fast, default) or ``"pdfplumber"``; ``max_bytes`` refuses
    larger files unread (None: no limit, for callers that check the size themselves).
    """
    if pdf_engine not in PDF_ENGINES:
        raise ValueError(f"Unknown PDF engine {pdf_engine!r}; expected one of: {', '.join(PDF_ENGINES)}")
    path = Path(path)
    size = path.stat().st_size
    _check_size(path, size, max_bytes)
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    if _is_pdf(head, path):
        return read_pdf(path, pdf_engine)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return read_docx(path)
    if head.startswith(_UTF16_BOMS) or _is_text_name(path):
        return read_text(path, path.read_bytes())
    raise _unsupported(path, head)


def _check_size(path: Path, size: int, max_bytes: int | None) -> None:
    if size == 0:
        raise DocumentError("empty", f"{path.name} is empty (0 bytes).",
                            "Check the export or download; the file has no content.")
    if max_bytes is not None and size > max_bytes:
        raise DocumentError(
            "too_large", f"{path.name} has {size / 2**20:.0f} MB; the limit is {max_bytes / 2**20:.0f} MB.",
            "Split the file or remove embedded images and read it again.")


def _is_pdf(head: bytes, path: Path) -> bool:
    """``%PDF-`` opens the file; PDF readers also accept it later in the first KB.

    Later only counts for files not named as text, so a note that quotes
    "%PDF-1.7" in its first lines stays a note.
    """
    position = head.find(b"%PDF-")
    if position < 0:
        return False
    return not head[:position].strip(b"\x00\t\n\r\x0c ") or not _is_text_name(path)


def _is_text_name(path: Path) -> bool:
    """Text suffixes, and names without a real suffix ("Protokoll 23.05.2018")."""
    suffix = path.suffix.lower()
    return suffix in TEXT_FORMATS or not _EXTENSION.fullmatch(suffix)


def _unsupported(path: Path, head: bytes) -> DocumentError:
    for magic, what, hint in _FOREIGN_MAGIC:
        if head.startswith(magic):
            return DocumentError("unsupported_format", f"{path.name} is {what}, not a protocol format.", hint)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return DocumentError("corrupt", f"{path.name} is named .pdf but does not start like a PDF.",
                             "Download or export the PDF again; this copy is broken or not a PDF.")
    if suffix == ".docx":
        return DocumentError("corrupt", f"{path.name} is named .docx but is not a ZIP/DOCX archive.",
                             "Save the document again from Word or LibreOffice as DOCX.")
    return DocumentError(
        "unsupported_format", f"{path.name}: unsupported format {suffix!r}; expected one of: "
        f"{', '.join(SUPPORTED_SUFFIXES)}.",
        "Export the protocol as PDF, DOCX, Markdown or UTF-8 text.")
