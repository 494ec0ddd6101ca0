"""Plain text, Markdown and reStructuredText: decode, normalise line ends, nothing else.

Markup is left exactly as written (later stages read Markdown and RST
themselves); only the bytes are turned into one NFC string with ``\\n`` line
breaks.  Most of the work is guessing the encoding of old German files.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from charset_normalizer import from_bytes

from extractor.errors import DocumentError
from extractor.ingest.document import Document

TEXT_FORMATS = {
    ".md": "markdown", ".markdown": "markdown", ".rst": "rst", ".txt": "text", ".text": "text",
}

# Tried in this order when the bytes are not UTF-8; a tie keeps the earlier one,
# so an unsure guess ends at cp1252, the usual encoding of German Windows files.
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "cp850", "mac_roman")

_BOMS = (  # UTF-32 first: its little-endian BOM starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_SAMPLE = 64 * 1024
_MAX_CONTROL_SHARE = 0.02
_MAX_REPLACEMENT_SHARE = 0.01
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1A, 0x1B}
# Umlauts next to an ASCII letter: the signature of correctly decoded German.
_GERMAN_LETTER = re.compile(r"(?<=[A-Za-z])[äöüÄÖÜß]|[äöüÄÖÜ](?=[A-Za-z])")
_SINGLE_BYTE = re.compile(r"^(cp\d+|iso8859-\d+|mac-[\w-]+|koi8-\w+)$")
_MULTI_BYTE_CP = frozenset({"cp932", "cp936", "cp949", "cp950", "cp65001"})
_IMPLAUSIBLE = re.compile(r"[\ufffd\x80-\x9f\u0370-\u04ff\u2500-\u259f¤÷]")


def read_text(path: Path, data: bytes) -> Document:
    """A text file as written; ``encoding`` records how its bytes were read."""
    text, encoding = decode_text(data, path.name)
    text = normalise_text(text)
    if not text.strip():
        raise DocumentError("empty", f"{path.name} contains only whitespace.",
                            "Check that the right file was exported; it has no text.")
    warnings = () if encoding.startswith("utf") else (
        f"{path.name} is not UTF-8; decoded as {encoding}.",)
    fmt = TEXT_FORMATS.get(path.suffix.lower(), "text")
    return Document(path=path, format=fmt, text=text, encoding=encoding, warnings=warnings)


def normalise_text(text: str) -> str:
    """Strip a BOM, turn CRLF and CR into LF, compose to NFC; change nothing else."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def decode_text(data: bytes, name: str = "file") -> tuple[str, str]:
    """(text, encoding): BOM first, then strict UTF-8, then the likeliest legacy code page."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), name), encoding
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _checked(data.decode(utf16, errors="replace"), name), utf16
    _reject_binary(data, name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text, encoding = _decode_legacy(data)
    return _checked(text, name), encoding


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without BOM: ASCII text leaves every other byte NUL."""
    sample = data[:_SAMPLE - _SAMPLE % 2]
    if len(sample) < 4 or len(sample) % 2:
        return None
    half = len(sample) / 2
    even_nul, odd_nul = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd_nul > 0.3 and even_nul < 0.02:
        encoding = "utf-16-le"
    elif even_nul > 0.3 and odd_nul < 0.02:
        encoding = "utf-16-be"
    else:
        return None
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def _reject_binary(data: bytes, name: str) -> None:
    """NUL bytes or many control bytes mean an image, archive or program, not text."""
    sample = data[:_SAMPLE]
    controls = sum(1 for byte in sample if byte in _CONTROL_BYTES)
    if b"\x00" in sample or controls > _MAX_CONTROL_SHARE * len(sample):
        raise _binary(name)


def _binary(name: str) -> DocumentError:
    return DocumentError(
        "binary", f"{name} contains binary data (NUL or control characters), not text.",
        "Open the file in the program that made it and export it as PDF, DOCX or UTF-8 text.")


def _checked(text: str, name: str) -> str:
    """Decoded text with many U+FFFD or control characters was binary after all."""
    sample = text[:_SAMPLE]
    if sum(1 for ch in sample if ord(ch) in _CONTROL_BYTES or ch == "\x00") > _MAX_CONTROL_SHARE * len(sample):
        raise _binary(name)
    if text.count("\ufffd") > _MAX_REPLACEMENT_SHARE * max(len(text), 1):
        raise DocumentError(
            "binary", f"{name} cannot be decoded as text in any known encoding.",
            "Export the file again as UTF-8 text, PDF or DOCX.")
    return text


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """The candidate encoding under which the text reads most like German."""
    candidates = list(LEGACY_ENCODINGS)
    guess = from_bytes(data[:4 * _SAMPLE]).best()
    if guess is not None and guess.encoding not in candidates and _is_single_byte(guess.encoding):
        candidates.append(guess.encoding)
    best_text, best_encoding, best_score = "", "", float("-inf")
    for encoding in candidates:
        text = data.decode(encoding, errors="replace")
        score = _german_score(text)
        if score > best_score:
            best_text, best_encoding, best_score = text, encoding, score
    return best_text, best_encoding


def _is_single_byte(encoding: str) -> bool:
    """Only single-byte code pages are plausible for a German file that is not UTF-8."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    return bool(_SINGLE_BYTE.match(name)) and name not in _MULTI_BYTE_CP


def _german_score(text: str) -> int:
    """Umlauts inside words count for a decoding, mojibake characters against it.

    Example: cp1252 bytes of "Gäste" read as cp850 give "Gõste"; read as
    cp1252 they give "Gäste", which scores one point more.
    """
    return len(_GERMAN_LETTER.findall(text)) - 3 * len(_IMPLAUSIBLE.findall(text))
