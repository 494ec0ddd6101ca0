"""Text, Markdown and RST files: decoded, line ends normalised, markup untouched."""
from __future__ import annotations

import random
import unicodedata

import pytest

from extractor.errors import DocumentError
from extractor.ingest import read_document

# € and „…“ exist in UTF-8/16 and cp1252, not in Latin-1 or the DOS code page.
MINUTES = (
    "Protokoll der Vorstandssitzung vom 3. März 2024\n"
    "Anwesend: Jürgen Weiß, Anna Müller, Özlem Kaya\n"
    "Beschluss: Der Jahresbeitrag steigt auf 25 € – „einstimmig“ angenommen.\n"
)
MINUTES_LATIN = (
    "Protokoll der Vorstandssitzung vom 3. März 2024\n"
    "Anwesend: Jürgen Weiß, Anna Müller, Özlem Kaya\n"
    "Die Größe der Räume prüft Frau Kühn bis Ende Mai.\n"
)


@pytest.mark.parametrize(("encoding", "text", "reported"), [
    ("utf-8", MINUTES, "utf-8"),
    ("utf-8-sig", MINUTES, "utf-8-sig"),  # BOM stripped
    ("utf-16", MINUTES, "utf-16"),  # with BOM
    ("utf-16-le", MINUTES, "utf-16-le"),  # without BOM: NUL in every other byte
    ("utf-16-be", MINUTES, "utf-16-be"),
    ("cp1252", MINUTES, "cp1252"),  # Windows editors, € at 0x80
    ("latin-1", MINUTES_LATIN, "cp1252"),  # same bytes for these letters; cp1252 is the superset
    ("cp850", MINUTES_LATIN, "cp850"),  # DOS: "ü" is 0x81, undefined in cp1252
    ("mac_roman", MINUTES_LATIN, "mac_roman"),
])
def test_encodings_are_detected(write, encoding, text, reported):
    document = read_document(write("protokoll.txt", text.encode(encoding)))
    assert document.text == text
    assert document.encoding == reported
    assert bool(document.warnings) == (not reported.startswith("utf"))


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_endings_become_lf(write, newline):
    document = read_document(write("protokoll.md", MINUTES.replace("\n", newline)))
    assert document.text == MINUTES


def test_decomposed_umlauts_are_composed(write):
    decomposed = unicodedata.normalize("NFD", MINUTES)
    assert decomposed != MINUTES
    assert read_document(write("protokoll.txt", decomposed)).text == MINUTES


@pytest.mark.parametrize(("name", "source"), [
    ("protokoll.md", "# Sitzung\n\n**Anwesend:** Anna, Ben\n\n* Kasse prüfen\n    * Belege sammeln\n\n| Name | Rolle |\n|---|---|\n"),
    ("protokoll.rst", "Sitzung\n=======\n\n- Kasse prüfen\n\n.. note:: Nächster Termin folgt.\n"),
    ("protokoll.txt", "TOP 1\tBegrüßung   \n\n\n  1. eingerückter Punkt\n\u00a0Ende\n"),  # tabs, spaces, NBSP stay
])
def test_markup_is_kept_as_written(write, name, source):
    assert read_document(write(name, source)).text == source


@pytest.mark.parametrize(("name", "fmt"), [
    ("a.md", "markdown"), ("a.markdown", "markdown"), ("a.rst", "rst"),
    ("a.txt", "text"), ("a.text", "text"), ("a.TXT", "text"), ("protokoll", "text"),
])
def test_format_follows_the_suffix(write, name, fmt):
    document = read_document(write(name, MINUTES))
    assert (document.format, document.page_starts, document.pages) == (fmt, (0,), 1)


@pytest.mark.parametrize(("data", "kind"), [
    (b"", "empty"),
    (b"  \n\t\r\n   ", "empty"),
    (b"\xef\xbb\xbf\n\n", "empty"),  # a UTF-8 BOM and blank lines
    ("\ufeff \n".encode("utf-16"), "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),  # an image renamed to .txt
    (random.Random(7).randbytes(4096), "binary"),
    (b"Anwesend: Anna\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f" * 20, "binary"),  # control bytes, no NUL
    (("\x01\x02\x03\x04\x05\x06\x07\x08" * 50).encode("utf-16"), "binary"),  # a BOM, then binary
])
def test_unreadable_text_files_raise(write, data, kind):
    with pytest.raises(DocumentError) as caught:
        read_document(write("protokoll.txt", data))
    assert caught.value.kind == kind
    assert caught.value.hint
