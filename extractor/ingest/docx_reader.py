"""DOCX: the body in document order (paragraphs and tables interleaved) as light Markdown.

Structure comes from Word's own markup rather than from looks: heading
styles become ``#``, list numbering is computed from ``numbering.xml`` (so
an auto-numbered agenda keeps its "1.", "2." ...), tables become ``| a | b |``
rows.  The ZIP is checked before python-docx opens it, because python-docx
loads every part into memory.
"""
from __future__ import annotations

import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from extractor.errors import DocumentError
from extractor.ingest.document import Document
from extractor.ingest.pdf import PAGE_NUMBER

MAX_UNCOMPRESSED_BYTES = 256 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200  # ordinary DOCX parts stay below ~70; a run of zeros reaches ~1000
MAX_MEMBERS = 10_000
_RATIO_CHECK_FROM = 1024 * 1024

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_SKIPPED = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_W}pPr", f"{_W}rPr", _MC_FALLBACK})
_CONTAINERS = frozenset({f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"})
_RUN_TEXT = {f"{_W}t": None, f"{_W}tab": " ", f"{_W}br": "\n", f"{_W}cr": "\n",
             f"{_W}noBreakHyphen": "-", f"{_W}softHyphen": ""}
_OFF = frozenset({"0", "false", "off"})

# Style names Word and LibreOffice use, in English and German.
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = frozenset({"title", "titel"})
_LIST_STYLE = re.compile(r"^(?:list|liste|listen|aufzählung)", re.IGNORECASE)
_STYLE_DEPTH = re.compile(r"\s([2-9])$")  # "List Bullet 2", "Aufzählungszeichen 3"
_MAX_LABEL = 40  # "Anwesend:", "Entschuldigt fehlen:"
_SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f]+")


@dataclass(frozen=True)
class _Block:
    kind: str  # heading | list | table | para
    text: str


def read_docx(path: Path) -> Document:
    """A DOCX protocol: first-page header (often the title), then the body."""
    _check_archive(path)
    document = _open(path)
    styles = _Styles(document.styles.element)
    numbering = _Numbering(_numbering_element(document))
    reader = _BodyReader(styles, numbering)
    blocks = [*reader.blocks(_header_element(document), header=True),
              *reader.blocks(document.element.body)]
    text = unicodedata.normalize("NFC", _join(blocks))
    if not text.strip():
        raise DocumentError("empty", f"{path.name} contains no text.",
                            "Check that the right document was saved; its body is empty.")
    return Document(path=path, format="docx", text=text)


# --- the archive -------------------------------------------------------------

def _check_archive(path: Path) -> None:
    """Refuse zip bombs and ZIPs that are not Word documents, before anything is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(path, infos)
            if "word/document.xml" not in {info.filename for info in infos}:
                raise _not_word(path, archive)
    except zipfile.BadZipFile as error:
        raise DocumentError("corrupt", f"{path.name} is not a readable ZIP/DOCX archive: {error}",
                            "Save the document again from Word or LibreOffice as DOCX.") from error


def _check_sizes(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    total = sum(info.file_size for info in infos)
    packed = [info for info in infos if info.file_size > _RATIO_CHECK_FROM
              and info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1)]
    if len(infos) > MAX_MEMBERS or total > MAX_UNCOMPRESSED_BYTES or packed:
        worst = max(infos, key=lambda info: info.file_size / max(info.compress_size, 1))
        raise DocumentError(
            "zip_bomb", f"{path.name} would unpack to {total / 2**20:.0f} MB in {len(infos)} parts "
            f"({worst.filename!r} is compressed {worst.file_size / max(worst.compress_size, 1):.0f}:1); "
            "refusing to open it.",
            "Do not open this file; if it should be a protocol, ask the sender for a fresh export.")


def _not_word(path: Path, archive: zipfile.ZipFile) -> DocumentError:
    names = set(archive.namelist())
    mimetype = b""
    if "mimetype" in names and archive.getinfo("mimetype").file_size < 200:
        mimetype = archive.read("mimetype")
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        what = "an OpenDocument file (ODT/ODS)"
    elif any(name.startswith(("xl/", "ppt/")) for name in names):
        what = "an Excel or PowerPoint file"
    elif path.suffix.lower() == ".docx":
        return DocumentError("corrupt", f"{path.name} is a ZIP archive without word/document.xml, not a DOCX.",
                             "Save the document again from Word or LibreOffice as DOCX.")
    else:
        what = "a ZIP archive"
    return DocumentError("unsupported_format", f"{path.name} is {what}, not a protocol format.",
                         "Open it in LibreOffice or Word and save it as DOCX or PDF.")


def _open(path: Path):
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(str(path))
    except ValueError as error:  # python-docx: "file ... is not a Word file, content type is ..."
        raise DocumentError("unsupported_format", f"{path.name} is not a Word document: {error}",
                            "Open it in LibreOffice or Word and save it as DOCX.") from error
    except (PackageNotFoundError, KeyError, zipfile.BadZipFile, etree.XMLSyntaxError) as error:
        raise DocumentError("corrupt", f"{path.name} is a damaged DOCX: {error!r}",
                            "Save the document again from Word or LibreOffice as DOCX.") from error


def _numbering_element(document) -> etree._Element | None:
    try:
        return document.part.numbering_part.element
    except (KeyError, NotImplementedError):
        return None


def _header_element(document) -> etree._Element | None:
    """The header printed on page 1, where LibreOffice exports often put the title."""
    if not document.sections:
        return None
    section = document.sections[0]
    header = section.first_page_header if section.different_first_page_header_footer else section.header
    return None if header.is_linked_to_previous else header._element


# --- styles and numbering ----------------------------------------------------

class _Styles:
    """Style names, inheritance and the properties we need (numbering, outline level, bold)."""

    def __init__(self, styles: etree._Element) -> None:
        self._by_id = {el.get(f"{_W}styleId"): el for el in styles.iterfind(f"{_W}style")}
        self.default_paragraph = next(
            (sid for sid, el in self._by_id.items()
             if el.get(f"{_W}type") == "paragraph" and el.get(f"{_W}default") in ("1", "true")), None)

    def chain(self, style_id: str | None) -> list[etree._Element]:
        chain: list[etree._Element] = []
        while style_id in self._by_id and len(chain) < 10:
            element = self._by_id[style_id]
            chain.append(element)
            based_on = element.find(f"{_W}basedOn")
            style_id = based_on.get(f"{_W}val") if based_on is not None else None
        return chain

    def name(self, style_id: str | None) -> str:
        chain = self.chain(style_id)
        name = chain[0].find(f"{_W}name") if chain else None
        return name.get(f"{_W}val", "") if name is not None else ""

    def names(self, style_id: str | None) -> list[str]:
        return [el.find(f"{_W}name").get(f"{_W}val", "") for el in self.chain(style_id)
                if el.find(f"{_W}name") is not None]

    def find(self, style_id: str | None, path: str) -> etree._Element | None:
        """The first match of ``path`` along the style's inheritance chain."""
        return next((found for el in self.chain(style_id) if (found := el.find(path)) is not None), None)

    def is_bold(self, style_id: str | None) -> bool:
        bold = self.find(style_id, f"{_W}rPr/{_W}b")
        return bold is not None and bold.get(f"{_W}val", "true") not in _OFF


@dataclass(frozen=True)
class _Level:
    fmt: str
    text: str
    start: int


class _Numbering:
    """Computes list labels ("1.", "a)", "3.2") the way Word counts them."""

    def __init__(self, numbering: etree._Element | None) -> None:
        self._levels: dict[str, dict[int, _Level]] = {}
        self._counter_key: dict[str, str] = {}
        self._counters: dict[str, dict[int, int]] = {}
        if numbering is not None:
            self._load(numbering)

    def _load(self, numbering: etree._Element) -> None:
        abstracts = {el.get(f"{_W}abstractNumId"): _levels(el) for el in numbering.iterfind(f"{_W}abstractNum")}
        for num in numbering.iterfind(f"{_W}num"):
            num_id = num.get(f"{_W}numId")
            abstract_id = _val(num.find(f"{_W}abstractNumId"))
            levels = dict(abstracts.get(abstract_id, {}))
            restarted = False
            for override in num.iterfind(f"{_W}lvlOverride"):
                ilvl = int(override.get(f"{_W}ilvl", "0"))
                if override.find(f"{_W}lvl") is not None:
                    levels.update(_levels(override))
                start = _val(override.find(f"{_W}startOverride"))
                if start is not None and ilvl in levels:
                    levels[ilvl] = _Level(levels[ilvl].fmt, levels[ilvl].text, int(start))
                    restarted = True
            self._levels[num_id] = levels
            # Lists sharing an abstract definition continue each other's count unless restarted.
            self._counter_key[num_id] = f"num{num_id}" if restarted else f"abstract{abstract_id}"

    def label(self, num_id: str, ilvl: int) -> str:
        """The number as printed ("2.", "a)", "3.1"), "-" for bullets and unknown lists, "" for none."""
        level = self._levels.get(num_id, {}).get(ilvl)
        if level is None or level.fmt == "bullet":
            return "-"
        counters = self._counters.setdefault(self._counter_key[num_id], {})
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if level.fmt == "none":
            return ""
        return re.sub(r"%(\d)", lambda m: self._format(num_id, int(m.group(1)) - 1, counters), level.text).strip()

    def _format(self, num_id: str, ilvl: int, counters: dict[int, int]) -> str:
        level = self._levels[num_id].get(ilvl)
        if level is None:
            return ""
        return format_number(counters.get(ilvl, level.start), level.fmt)


def _levels(element: etree._Element) -> dict[int, _Level]:
    levels = {}
    for lvl in element.iterfind(f"{_W}lvl"):
        levels[int(lvl.get(f"{_W}ilvl", "0"))] = _Level(
            _val(lvl.find(f"{_W}numFmt")) or "decimal", _val(lvl.find(f"{_W}lvlText")) or "",
            int(_val(lvl.find(f"{_W}start")) or 1))
    return levels


def _val(element: etree._Element | None) -> str | None:
    return None if element is None else element.get(f"{_W}val")


def format_number(value: int, fmt: str) -> str:
    """Word's number formats; unknown ones fall back to decimal."""
    if fmt in ("lowerLetter", "upperLetter"):
        letters = ""
        while value > 0:
            value, rest = divmod(value - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if fmt == "upperLetter" else letters
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if fmt == "upperRoman" else roman.lower()
    if fmt == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for number, numeral in numerals:
        count, value = divmod(value, number)
        out += numeral * count
    return out


# --- the body ----------------------------------------------------------------

class _BodyReader:
    """Turns body (or header) XML into blocks, keeping list counters across the document."""

    def __init__(self, styles: _Styles, numbering: _Numbering) -> None:
        self.styles = styles
        self.numbering = numbering

    def blocks(self, container: etree._Element | None, header: bool = False) -> Iterator[_Block]:
        for element in _children(container):
            if element.tag == f"{_W}p":
                block = self.paragraph(element)
                if block and not (header and PAGE_NUMBER.match(block.text)):
                    yield block
                for box in _text_boxes(element):  # titles and notes in floating boxes
                    yield from self.blocks(box, header)
            elif element.tag == f"{_W}tbl" and header:  # layout table: title left, logo right
                yield from self.blocks_of_cells(element)
            elif element.tag == f"{_W}tbl":
                rows = self.table_rows(element)
                if rows:
                    yield _Block("table", "\n".join(rows))

    def blocks_of_cells(self, table: etree._Element) -> Iterator[_Block]:
        for p in table.iter(f"{_W}p"):
            block = self.paragraph(p)
            if block and not PAGE_NUMBER.match(block.text):
                yield block

    def paragraph(self, p: etree._Element) -> _Block | None:
        runs = list(self._runs(p))
        text = _tidy("".join(text for text, _ in runs))
        if not text:
            return None
        style_id = _val(p.find(f"{_W}pPr/{_W}pStyle")) or self.styles.default_paragraph
        label = self._list_label(p, style_id)  # None: not in a list; "": numbering format "none"
        heading = self._heading_level(p, style_id)
        if heading:
            number = f"{label} " if label and label != "-" else ""
            return _Block("heading", "#" * heading + " " + number + text.replace("\n", " "))
        if label is None and _LIST_STYLE.match(self.styles.name(style_id)):
            label = "-"
        if label:
            indent = "    " * self._depth(p, style_id)
            return _Block("list", f"{indent}{label} {with_bold_label(runs)}")
        return _Block("para", with_bold_label(runs))

    def table_rows(self, table: etree._Element) -> list[str]:
        rows = []
        for row in (el for el in _children(table) if el.tag == f"{_W}tr"):
            cells = [self._cell_text(cell) for cell in _children(row) if cell.tag == f"{_W}tc"]
            if any(cells):
                rows.append("| " + " | ".join(cells) + " |")
        return rows

    def _cell_text(self, cell: etree._Element) -> str:
        parts = [_tidy("".join(t for t, _ in self._runs(p))) for p in cell.iter(f"{_W}p")]
        return "; ".join(p for p in parts if p).replace("\n", " ").replace("|", "/")

    def _runs(self, p: etree._Element) -> Iterator[tuple[str, bool]]:
        """(text, bold) of each run in reading order; deleted text and fallbacks left out."""
        for run in _run_elements(p):
            text = "".join(_RUN_TEXT[child.tag] if _RUN_TEXT[child.tag] is not None else (child.text or "")
                           for child in run if child.tag in _RUN_TEXT)
            if text:
                yield text, self._is_bold(run)

    def _is_bold(self, run: etree._Element) -> bool:
        bold = run.find(f"{_W}rPr/{_W}b")
        if bold is not None:
            return bold.get(f"{_W}val", "true") not in _OFF
        return self.styles.is_bold(_val(run.find(f"{_W}rPr/{_W}rStyle")))

    def _num_ref(self, p: etree._Element, style_id: str | None) -> tuple[str, int] | None:
        """(numId, level) from the paragraph, else from its style ("List Bullet" carries one)."""
        own = p.find(f"{_W}pPr/{_W}numPr")
        num_id = _val(own.find(f"{_W}numId")) if own is not None else None
        ilvl = _val(own.find(f"{_W}ilvl")) if own is not None else None
        if num_id is None:
            inherited = self.styles.find(style_id, f"{_W}pPr/{_W}numPr")
            if inherited is not None:
                num_id = _val(inherited.find(f"{_W}numId"))
                ilvl = ilvl or _val(inherited.find(f"{_W}ilvl"))
        if num_id is None or num_id == "0":  # numId 0 switches an inherited list off
            return None
        return num_id, int(ilvl or 0)

    def _depth(self, p: etree._Element, style_id: str | None) -> int:
        """List depth from the numbering level, else from the style ("List Bullet 2")."""
        ref = self._num_ref(p, style_id)
        depth = ref[1] if ref else 0
        name = self.styles.name(style_id)
        numbered_style = _STYLE_DEPTH.search(name)
        if depth == 0 and numbered_style and _LIST_STYLE.match(name):
            depth = int(numbered_style.group(1)) - 1
        return min(depth, 5)

    def _list_label(self, p: etree._Element, style_id: str | None) -> str | None:
        ref = self._num_ref(p, style_id)
        return self.numbering.label(*ref) if ref else None

    def _heading_level(self, p: etree._Element, style_id: str | None) -> int:
        for name in self.styles.names(style_id):
            if name.casefold() in _TITLE_STYLES:
                return 1
            match = _HEADING_STYLE.match(name)
            if match:
                return max(1, min(int(match.group(1)), 6))
        outline = _val(p.find(f"{_W}pPr/{_W}outlineLvl")) or _val(
            self.styles.find(style_id, f"{_W}pPr/{_W}outlineLvl"))
        return int(outline) + 1 if outline is not None and outline.isdigit() and int(outline) < 6 else 0


def _children(container: etree._Element | None) -> Iterator[etree._Element]:
    """Block-level children, looking inside content controls (``w:sdt``)."""
    if container is None:
        return
    for child in container:
        if child.tag in _CONTAINERS:
            yield from _children(child)
        else:
            yield child


def _text_boxes(p: etree._Element) -> Iterator[etree._Element]:
    """Text-box contents anchored in ``p``; the VML fallback copy and nested boxes are left out."""
    for box in p.iter(f"{_W}txbxContent"):
        ancestors = {a.tag for a in box.iterancestors()}
        if _MC_FALLBACK not in ancestors and f"{_W}txbxContent" not in ancestors:
            yield box


def _run_elements(element: etree._Element) -> Iterator[etree._Element]:
    for child in element:
        if child.tag in _SKIPPED:
            continue
        if child.tag == f"{_W}r":
            yield child
        else:  # hyperlinks, insertions, fields, smart tags
            yield from _run_elements(child)


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\u00ad", "").split("\n"))
    return "\n".join(line for line in lines if line)


def with_bold_label(runs: list[tuple[str, bool]]) -> str:
    """``**Anwesend:** Anna, Ben`` when the paragraph opens with a short bold label."""
    text = _tidy("".join(text for text, _ in runs))
    lead = ""
    for run_text, bold in runs:
        if not (bold or not run_text.strip()):
            break
        lead += run_text
    label, rest = _tidy(lead), _tidy("".join(t for t, _ in runs)[len(lead):])
    if label and not label.endswith(":") and rest.startswith(":"):
        label, rest = label + ":", rest[1:].strip()
    if not label.endswith(":") or len(label) > _MAX_LABEL or "\n" in label:
        return text
    return f"**{label}** {rest}".rstrip()


def _join(blocks: list[_Block]) -> str:
    parts: list[str] = []
    for index, block in enumerate(blocks):
        if index:
            tight = block.kind == blocks[index - 1].kind and block.kind in ("list", "table")
            parts.append("\n" if tight else "\n\n")
        parts.append(block.text)
    return "".join(parts) + "\n" if parts else ""
