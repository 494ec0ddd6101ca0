"""PDF: the text layer as light Markdown, without page furniture or line wrapping.

Two engines read the same geometry (one ``PdfLine`` per visual line with its
box and font size): pypdfium2, the default, is 20-40x faster than pdfplumber
and keeps word spaces that pdfplumber loses in some justified PDFs;
pdfplumber stays available for layout work.  Everything after that is shared
and works on geometry: running headers and footers are lines repeated at the
same height on most pages, a paragraph break is a vertical gap, a line wraps
when the next word would not have fitted behind it, a heading is set in a
larger font than the body, and lines split into the same columns by wide gaps
(a borderless table laid out with tab stops) become Markdown pipe-table rows.
"""
from __future__ import annotations

import math
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from extractor.errors import DocumentError
from extractor.ingest.document import Document
from extractor.lang.de.structure import AGENDA_PREFIXES, ELIDED_COMPOUND_CONJUNCTIONS, PAGE_OF_WORDS, PAGE_WORDS

PDF_ENGINES = ("pypdfium2", "pdfplumber")
DEFAULT_PDF_ENGINE = "pypdfium2"
# pdfplumber's default fixed 3 pt word gap glues words of tightly justified lines together.
PDFPLUMBER_TEXT_SETTINGS = {"x_tolerance_ratio": 0.15}
MIN_LETTERS_PER_PAGE = 20  # below this on average the PDF is a scan without text layer

# --- page furniture and list markers (words in extractor.lang.de.structure) -----
_PAGE_WORDS = "|".join(re.escape(w) for w in PAGE_WORDS)
_OF_WORDS = "|".join(re.escape(w) for w in PAGE_OF_WORDS)
PAGE_NUMBER = re.compile(
    rf"^(?:(?:{_PAGE_WORDS})\s*\d{{1,4}}(?:\s*(?:{_OF_WORDS})\s*\d{{1,4}})?"
    r"|[-–—]?\s*\d{1,4}\s*[-–—]?"
    rf"|\d{{1,4}}\s*(?:{_OF_WORDS})\s*\d{{1,4}})$",
    re.IGNORECASE,
)
HYPHEN_BEFORE_CONJUNCTION = frozenset(ELIDED_COMPOUND_CONJUNCTIONS)
_BULLET = re.compile(
    r"^(?:[•▪◦‣●○■□►▶➢➤✓✔∙⁃\uf0a7\uf0a8\uf0b7\uf0d8\uf076\uf0fc]\s*|[-–—*·]\s+)(?=\S)")
_NUMBERED = re.compile(
    r"^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|\(?[a-hA-H][.)](?![a-zA-Z]\.)"
    r"|[IVX]{1,5}\.)\s+\S")
_AGENDA_ITEM = re.compile(r"^(?:%s|§)\s*\d" % "|".join(re.escape(p) for p in AGENDA_PREFIXES), re.IGNORECASE)
_LABEL = re.compile(r"^(?![a-zäöüß])[^\s:][^:]{0,40}:$")  # "Anwesend:", "Tagesordnung:"
_SENTENCE_END = re.compile(r"[.!?:;][\"'“”’»«)\]]*$")
_OPEN_END = re.compile(r"(?:[^\W\d_]|,)$")  # ends in a letter or a comma, not "12.03.2024"
_WORD_HYPHEN = re.compile(r"[^\W\d_][-\u00ad\ufffe\x02]$")
# pdfium marks a hyphen at a line end with U+FFFE (older builds: 0x02) and joins the lines;
# PDFs may also carry real soft hyphens (U+00AD).
_INLINE_HYPHEN = re.compile(r"(?<=[^\W\d_])[\u00ad\ufffe\x02](?=(\S+))")
_TRAILING_HYPHEN = re.compile(r"[\u00ad\ufffe\x02]$")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\x00-\x01\x03-\x08\x0b-\x1f\x7f\u200b-\u200d\u2060\ufeff]")

_LIST_KINDS = ("bullet", "numbered")
_EDGE_LINES = 12  # how deep into a page a running header or footer may reach
_RUNNING_SHARE = 0.6  # a running line appears on at least this share of pages
_SAME_X = 4.0  # points: list markers closer than this are at the same depth
_HEADING_RATIO = 1.15
_PARAGRAPH_GAP = 0.2  # extra white space, relative to line height, that separates paragraphs
_COLUMN_GAP = 1.2  # ems: a gap this wide inside a line separates table cells (a space is ~0.3 em)
_COLUMN_X = 0.5  # ems: cells whose left (or right) edges are this close stand in one column
_ROW_STEP = 3.0  # line heights: the second row of a table is at most this far below the first
_ROW_STEP_RATIO = 1.5  # a row further below than this times the first step follows a blank line
_TABLE_ROWS = 2  # a table needs this many rows with >= 3 cells in the same columns

Cell = tuple[float, float, str]  # x0, x1, text of one table cell


@dataclass(frozen=True)
class PdfLine:
    """One visual line; coordinates in points from the page's top-left corner."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    cells: tuple[Cell, ...] = ()  # parts of a line split by wide gaps (tab stops); () if one part

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


@dataclass(frozen=True)
class PdfPage:
    width: float
    height: float
    lines: tuple[PdfLine, ...]


@dataclass(frozen=True)
class _Style:
    """What is typical for this document: body font size, heading sizes, text width."""

    body_size: float
    heading_levels: dict[float, int]
    right_edges: tuple[float, ...]  # per page: where full lines end
    line_gap: float  # the usual white space between two lines of one paragraph


@dataclass
class _Block:
    """One output line being built from one or more visual lines."""

    kind: str  # heading | bullet | numbered | table | text
    text: str
    page: int
    last: PdfLine
    last_edge: float  # right edge of the page ``last`` is on
    x0: float
    blank_before: bool
    level: int = 0
    page_breaks: list[tuple[int, int]] = field(default_factory=list)  # (offset in text, page)


def read_pdf(path: Path, engine: str = DEFAULT_PDF_ENGINE) -> Document:
    """The cleaned text of a PDF with the offset where each page starts."""
    if engine not in PDF_ENGINES:
        raise ValueError(f"Unknown PDF engine {engine!r}; expected one of: {', '.join(PDF_ENGINES)}")
    pages = _pdfium_pages(path) if engine == "pypdfium2" else _plumber_pages(path)
    pages = strip_page_furniture(pages)
    warnings = _check_text_layer(path, pages)  # after stripping: "Scanned with ..." on every page
    text, page_starts = layout_text(pages)
    return Document(path=path, format="pdf", text=text, page_starts=page_starts,
                    warnings=tuple(warnings))


# --- engines -----------------------------------------------------------------

def _pdfium_pages(path: Path) -> list[PdfPage]:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(path)
    except pdfium.PdfiumError as error:
        raise _open_error(path, getattr(error, "err_code", None) == 4, str(error)) from error
    try:
        return [_pdfium_page(pdf, index) for index in range(len(pdf))]
    except pdfium.PdfiumError as error:
        raise _open_error(path, False, str(error)) from error
    finally:
        pdf.close()


def _pdfium_page(pdf, index: int) -> PdfPage:
    import pypdfium2.raw as pdfium_c

    page = pdf.get_page(index)
    textpage = page.get_textpage()
    try:
        width, height = page.get_size()
        text = textpage.get_text_range()
        units = _utf16_offsets(text)
        lines = []
        for start, end in _line_spans(text):
            first, last = units[start], units[end - 1]
            left, _, _, top = textpage.get_charbox(first, loose=True)
            _, bottom, right, _ = textpage.get_charbox(last, loose=True)
            size = pdfium_c.FPDFText_GetFontSize(textpage.raw, units[_first_alnum(text, start, end)])
            cells = _pdfium_cells(textpage, first, units[end] - first, _em(size, top - bottom))
            lines.append(PdfLine(text[start:end], left, right, height - top, height - bottom, size, cells))
        return PdfPage(width, height, tuple(lines))
    finally:
        textpage.close()
        page.close()


def _pdfium_cells(textpage, first: int, count: int, em: float) -> tuple[Cell, ...]:
    """The line's cells if wide gaps split it; pdfium gives one rect per text run of a line.

    Most lines are one run and cost a single call; only lines of several runs
    (tab-stop tables, label lines, bold words, word-by-word layouts) look at
    the rects, and only cells far apart are read out as text.
    """
    count = textpage.count_rects(first, count)
    if count < 2:
        return ()
    rects = sorted((textpage.get_rect(i) for i in range(count)), key=lambda rect: rect[0])
    groups: list[list[float]] = []  # [left, bottom, right, top] of each cell
    for left, bottom, right, top in rects:
        if groups and left - groups[-1][2] <= _COLUMN_GAP * em:
            box = groups[-1]
            box[1], box[2], box[3] = min(box[1], bottom), max(box[2], right), max(box[3], top)
        else:
            groups.append([left, bottom, right, top])
    if len(groups) < 2:
        return ()
    cells = ((left, right, " ".join(textpage.get_text_bounded(left, bottom, right, top).split()))
             for left, bottom, right, top in groups)
    return tuple(cell for cell in cells if cell[2])


def _em(size: float, height: float) -> float:
    """The font size, or the line height where the reported size is implausible (scaled OCR fonts)."""
    return size if 0.5 * height < size < 1.5 * height else height


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, without its surrounding spaces."""
    spans = []
    for match in re.finditer(r"[^\r\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            start = match.start() + len(line) - len(line.lstrip())
            spans.append((start, start + len(stripped)))
    return spans


def _utf16_offsets(text: str) -> list[int]:
    """pdfium counts characters in UTF-16 units; Python in code points."""
    if text.isascii() or all(ord(ch) < 0x10000 for ch in text):
        return range(len(text) + 1)  # type: ignore[return-value]
    offsets, unit = [], 0
    for ch in text:
        offsets.append(unit)
        unit += 2 if ord(ch) >= 0x10000 else 1
    offsets.append(unit)
    return offsets


def _first_alnum(text: str, start: int, end: int) -> int:
    return next((i for i in range(start, end) if text[i].isalnum()), start)


def _plumber_pages(path: Path) -> list[PdfPage]:
    import pdfplumber
    from pdfminer.psexceptions import PSException
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        with pdfplumber.open(path) as pdf:
            return [_plumber_page(page) for page in pdf.pages]
    except (PdfminerException, PSException) as error:  # PSException: base of pdfminer's errors
        cause = error.args[0] if isinstance(error, PdfminerException) and error.args else error
        encrypted = "Password" in type(cause).__name__
        raise _open_error(path, encrypted, repr(cause)) from error


def _plumber_page(page) -> PdfPage:
    lines = []
    for line in page.extract_text_lines(return_chars=True, strip=True, **PDFPLUMBER_TEXT_SETTINGS):
        chars = [c for c in line["chars"] if c["text"].isalnum()] or line["chars"]
        size = chars[0]["size"] if chars else 0.0
        cells = _plumber_cells(line["chars"], _em(size, line["bottom"] - line["top"]))
        lines.append(PdfLine(line["text"], line["x0"], line["x1"], line["top"], line["bottom"], size, cells))
    page.close()
    return PdfPage(float(page.width), float(page.height), tuple(lines))


def _plumber_cells(chars: list[dict], em: float) -> tuple[Cell, ...]:
    """The line's cells if gaps much wider than a space split it (tab stops)."""
    chars = [c for c in chars if c["text"].strip()]
    breaks = [k for k in range(1, len(chars)) if chars[k]["x0"] - chars[k - 1]["x1"] > _COLUMN_GAP * em]
    if not breaks:
        return ()
    bounds = [0, *breaks, len(chars)]
    return tuple(_plumber_cell(chars[a:b]) for a, b in zip(bounds, bounds[1:]))


def _plumber_cell(chars: list[dict]) -> Cell:
    """Cell text with word spaces where pdfplumber would put them."""
    ratio = PDFPLUMBER_TEXT_SETTINGS["x_tolerance_ratio"]
    parts = [chars[0]["text"]]
    for before, char in zip(chars, chars[1:]):
        if char["x0"] - before["x1"] > ratio * char["size"]:
            parts.append(" ")
        parts.append(char["text"])
    return chars[0]["x0"], chars[-1]["x1"], "".join(parts)


def _open_error(path: Path, encrypted: bool, detail: str) -> DocumentError:
    if encrypted:
        return DocumentError(
            "encrypted", f"{path.name} is password-protected and cannot be opened.",
            "Ask the author for an unprotected copy, or open it with the password and print it to a new PDF.")
    return DocumentError(
        "corrupt", f"{path.name} is not a readable PDF (damaged or truncated): {detail}",
        "Download or export the file again; the copy at hand is incomplete or broken.")


def _check_text_layer(path: Path, pages: list[PdfPage]) -> list[str]:
    """Raise for a scan without text; warn about single pages that have none."""
    if not pages:
        raise DocumentError("empty", f"{path.name} has no pages.", "Export the protocol again.")
    letters = [sum(ch.isalpha() for line in page.lines for ch in line.text) for page in pages]
    if sum(letters) < MIN_LETTERS_PER_PAGE * len(pages):
        raise DocumentError(
            "no_text_layer", f"{path.name} has {len(pages)} page(s) but almost no text layer (a scan?).",
            "Run OCR first (e.g. `ocrmypdf -l deu in.pdf out.pdf`) and read the OCR'd PDF.")
    return [f"Page {number} has (almost) no text layer; if it is a scanned page, its content is missing."
            for number, count in enumerate(letters, 1) if count < MIN_LETTERS_PER_PAGE // 2]


# --- page furniture ----------------------------------------------------------

def clean_line(text: str) -> str:
    """Visible NFC characters only: ligatures spelled out, odd spaces made plain.

    Soft-hyphen markers (U+00AD, pdfium's U+FFFE and 0x02) survive: the
    line joiner needs them to tell "Integrations-/koordinator" from a dash.
    """
    text = _INVISIBLE.sub("", text.translate(_LIGATURES).replace("\r", ""))
    return unicodedata.normalize("NFC", _SPACES.sub(" ", text).strip())


def strip_page_furniture(pages: list[PdfPage]) -> list[PdfPage]:
    """Drop running headers and footers and page numbers.

    A running header stays once, on page 1: protocols often print their
    title and date there ("Mitgliederversammlung / Mittwoch, 10. Oktober 2018").
    """
    pages = [replace(p, lines=tuple(c for line in p.lines if (c := _cleaned(line)).text)) for p in pages]
    running = _running_keys(pages)
    result = []
    for number, page in enumerate(pages, 1):
        drop = _edge_lines(page, running, keep_headers=number == 1)
        result.append(replace(page, lines=tuple(l for i, l in enumerate(page.lines) if i not in drop)))
    return result


def _cleaned(line: PdfLine) -> PdfLine:
    if not line.cells:
        return replace(line, text=clean_line(line.text))
    cells = tuple((x0, x1, text) for x0, x1, raw in line.cells if (text := clean_line(raw)))
    return replace(line, text=clean_line(line.text), cells=cells if len(cells) > 1 else ())


def _furniture_key(line: PdfLine) -> tuple[str, int]:
    """Same text at the same height, ignoring digits: "Seite 2 von 5" ~ "Seite 3 von 5"."""
    return re.sub(r"\d+", "#", line.text.casefold()), round(line.top / 4)


def _running_keys(pages: list[PdfPage]) -> set[tuple[str, int]]:
    if len(pages) < 2:
        return set()
    counts: Counter[tuple[str, int]] = Counter()
    for page in pages:
        ordered = sorted(page.lines, key=lambda line: line.top)
        counts.update({_furniture_key(line) for line in ordered[:_EDGE_LINES] + ordered[-_EDGE_LINES:]})
    needed = max(2, math.ceil(_RUNNING_SHARE * len(pages)))
    return {key for key, count in counts.items() if count >= needed}


def _edge_lines(page: PdfPage, running: set[tuple[str, int]], keep_headers: bool) -> set[int]:
    """Indexes of furniture lines, walking in from the top and from the bottom edge."""
    order = sorted(range(len(page.lines)), key=lambda i: page.lines[i].top)
    drop: set[int] = set()
    for from_top, indexes in ((True, order), (False, order[::-1])):
        for i in indexes[:_EDGE_LINES]:
            line = page.lines[i]
            if PAGE_NUMBER.match(line.text):
                drop.add(i)
            elif _furniture_key(line) in running:
                if not (from_top and keep_headers):
                    drop.add(i)
            else:
                break
    return drop


# --- layout: borderless tables ------------------------------------------------

@dataclass(frozen=True)
class _Row:
    """A table line rendered as a pipe row; ``first`` opens a table (a blank line before it)."""

    text: str
    first: bool


@dataclass
class _Table:
    """A table being collected: its columns as (x0, x1) and its rows' texts by column."""

    columns: list[tuple[float, float]]
    tolerance: float
    rows: list[tuple[tuple[int, int], list[str]]]  # (page, line index) of the row, text per column
    absorbed: list[tuple[int, int]]  # lines of wrapped cell text, merged into the row above
    full_rows: int  # rows with >= 3 cells
    last: tuple[int, int, PdfLine]  # page, line index and the line last added
    step: float = 0.0  # distance from the first line to the second: the table's line spacing


def _table_rows(pages: list[PdfPage]) -> dict[tuple[int, int], _Row | None]:
    """Pipe rows by (page, line index); None for a line of wrapped cell text merged into its row.

    A table is >= 2 lines split into >= 3 cells at the same x positions; rows
    with an empty cell, cell text wrapped onto the next line and rows continued
    at the top of the next page join it.
    """
    found: dict[tuple[int, int], _Row | None] = {}
    table: _Table | None = None
    for number, page in enumerate(pages, 1):
        for index, line in enumerate(page.lines):
            if not line.cells and table is None:
                continue  # the common case: a line of one part outside a table
            if table is not None and _extend_table(table, pages, number, index, line):
                continue
            found.update(_finish_table(table))
            table = _start_table(number, index, line)
    found.update(_finish_table(table))
    return found


def _start_table(number: int, index: int, line: PdfLine) -> _Table | None:
    if len(line.cells) < 3 or _is_label_row(line.cells):
        return None
    tolerance = max(_SAME_X, _COLUMN_X * _em(line.size, line.height))
    return _Table([(x0, x1) for x0, x1, _ in line.cells], tolerance, [((number, index), [t for _, _, t in line.cells])],
                  [], 1, (number, index, line))


def _extend_table(table: _Table, pages: list[PdfPage], number: int, index: int, line: PdfLine) -> bool:
    """Add ``line`` as a row or as cell text wrapped onto the next line; False ends the table."""
    page, last_index, last = table.last
    step = line.top - last.top
    if page == number:
        limit = _ROW_STEP_RATIO * table.step if table.step else _ROW_STEP * max(last.height, last.size)
        if not 0 < step <= limit:
            return False  # too far below: a blank line ends the table
    elif not (number == page + 1 and index == 0 and last_index == len(pages[page - 1].lines) - 1):
        return False
    cells = line.cells or ((line.x0, line.x1, line.text),)
    if _is_label_row(cells):
        return False
    slots = _slots(cells, table.columns, table.tolerance)
    if slots and slots[0] == 0 and len(cells) > 1:
        texts = [""] * len(table.columns)
        table.rows.append(((number, index), texts))
        table.full_rows += len(cells) >= 3
    elif slots and slots[0] > 0 and page == number:
        texts = table.rows[-1][1]
        table.absorbed.append((number, index))
    else:
        return False
    for (_, _, text), slot in zip(cells, slots):
        texts[slot] = join_wrapped(texts[slot], text) if texts[slot] else text
    table.last = (number, index, line)
    table.step = table.step or (step if page == number else 0.0)
    return True


def _is_label_row(cells: tuple[Cell, ...]) -> bool:
    """"Tag:  Mittwoch   Ort:  Rathaus" is a label layout, not a table; "Wer: | Was: | Bis:" is a header."""
    return any(a[2].endswith(":") and not b[2].endswith(":") for a, b in zip(cells, cells[1:]))


def _slots(cells: tuple[Cell, ...], columns: list[tuple[float, float]], tolerance: float) -> list[int] | None:
    """The column of each cell by its left edge, else (in a row of several cells) by its right
    edge, for right-aligned numbers; None if a cell fits no column or two share one."""
    slots = []
    for x0, x1, _ in cells:
        slot = next((k for k, (c0, _) in enumerate(columns) if abs(x0 - c0) <= tolerance), None)
        if slot is None and len(cells) > 1:
            slot = next((k for k, (_, c1) in enumerate(columns) if abs(x1 - c1) <= tolerance), None)
        if slot is None or (slots and slot <= slots[-1]):
            return None
        slots.append(slot)
    return slots


def _finish_table(table: _Table | None) -> dict[tuple[int, int], _Row | None]:
    """The rendered rows of a collected table, or nothing if too few rows were split into cells."""
    if table is None or table.full_rows < _TABLE_ROWS:
        return {}
    found: dict[tuple[int, int], _Row | None] = dict.fromkeys(table.absorbed)
    for position, (key, texts) in enumerate(table.rows):
        cells = (_TRAILING_HYPHEN.sub("", resolve_line_hyphens(t)).replace("|", "/") for t in texts)
        found[key] = _Row("| " + " | ".join(cells) + " |", position == 0)
    return found


# --- layout: lines to blocks ---------------------------------------------------

def layout_text(pages: list[PdfPage]) -> tuple[str, tuple[int, ...]]:
    """Join visual lines into light-Markdown lines; returns text and page starts."""
    lines = [line for page in pages for line in page.lines]
    if not lines:
        return "", tuple(0 for _ in pages) or (0,)
    style = _document_style(pages)
    blocks = _blocks(pages, style)
    _assign_list_levels(blocks)
    return _render(blocks, len(pages))


def _document_style(pages: list[PdfPage]) -> _Style:
    lines = [line for page in pages for line in page.lines]
    weights: Counter[float] = Counter()
    for line in lines:
        weights[round(line.size * 2) / 2] += len(line.text)
    body = weights.most_common(1)[0][0]
    total = sum(weights.values())
    larger = sorted((size for size, chars in weights.items()
                     if size >= body * _HEADING_RATIO and chars < 0.3 * total), reverse=True)
    levels = {size: min(level, 6) for level, size in enumerate(larger, 1)}
    overall = _right_edge(lines, 0.0)
    edges = tuple(_right_edge(page.lines, overall) for page in pages)
    return _Style(body, levels, edges, _wrap_gap(pages, edges))


def _right_edge(lines: tuple[PdfLine, ...] | list[PdfLine], fallback: float) -> float:
    """Where full lines end; per page, because scanned pages sit at different offsets."""
    ends = sorted(line.x1 for line in lines if len(line.text) >= 25)
    if len(ends) < 3:
        return fallback or max((line.x1 for line in lines), default=0.0)
    return ends[int(0.95 * (len(ends) - 1))]


def _wrap_gap(pages: list[PdfPage], edges: tuple[float, ...]) -> float:
    """The white space between a wrapped line and its continuation.

    Measured on lines that certainly wrap, because the spacing differs a lot
    between PDFs (0.5 pt in a Word export, 4 pt in a scan with OCR layer).
    """
    gaps = [below.top - above.bottom
            for page, edge in zip(pages, edges) for above, below in zip(page.lines, page.lines[1:])
            if _is_wrapped(above, below.text, edge) and -2 < below.top - above.bottom < above.height]
    return max(statistics.median(gaps), 0.0) if gaps else 0.0


def _classify(line: PdfLine, style: _Style) -> tuple[str, str, int]:
    """(kind, text, heading level); bullets rewritten to "- "."""
    text = line.text
    bullet = _BULLET.match(text)
    if bullet:
        return "bullet", "- " + text[bullet.end():], 0
    level = style.heading_levels.get(round(line.size * 2) / 2, 0)
    if level and len(text) <= 120 and any(ch.isalpha() for ch in text):
        return "heading", text, level
    if _NUMBERED.match(text) or _AGENDA_ITEM.match(text):
        return "numbered", text, 0
    return "text", text, 0


def _blocks(pages: list[PdfPage], style: _Style) -> list[_Block]:
    blocks: list[_Block] = []
    previous: PdfLine | None = None
    table_rows = _table_rows(pages)
    for number, page in enumerate(pages, 1):
        new_page = True
        for index, line in enumerate(page.lines):
            if (number, index) in table_rows:
                row = table_rows[number, index]
                if row is not None:  # a table row stands alone: nothing joins into or out of it
                    blocks.append(_Block("table", row.text, number, line, style.right_edges[number - 1],
                                         line.x0, row.first))
                previous, new_page = line, False
                continue
            kind, text, level = _classify(line, style)
            text = resolve_line_hyphens(text)
            gap = not new_page and previous is not None and _is_gap(previous, line, style)
            current = blocks[-1] if blocks else None
            if current and not gap and _continues(current, line, kind, level):
                _append(current, text, number, line, style.right_edges[number - 1])
            else:
                in_list = kind in _LIST_KINDS and current is not None and current.kind in _LIST_KINDS
                after_table = current is not None and current.kind == "table"
                blank = (gap or (new_page and current is not None) or after_table) and not in_list
                blocks.append(_Block(kind, text, number, line, style.right_edges[number - 1],
                                     line.x0, blank, level))
            previous, new_page = line, False
    return blocks


def _is_gap(above: PdfLine, below: PdfLine, style: _Style) -> bool:
    """More white space than usual between lines, by a good part of a line height."""
    extra = below.top - above.bottom - style.line_gap
    return extra > _PARAGRAPH_GAP * min(above.height, below.height)


def _continues(block: _Block, line: PdfLine, kind: str, level: int) -> bool:
    """Does ``line`` carry on the text of ``block`` (a wrapped line)?"""
    if block.kind == "table":
        return False
    if kind == "heading" or block.kind == "heading":
        return (kind == block.kind and level == block.level and len(block.text) < 150
                and not (_NUMBERED.match(line.text) or _AGENDA_ITEM.match(line.text)))
    if kind != "text" or _LABEL.match(line.text) or _LABEL.match(block.text):
        return False
    if _SENTENCE_END.search(block.text) and not line.text[:1].isalnum():
        return False  # "... einberufen." / "> - Die Einladung ..." starts something new
    if _AGENDA_ITEM.match(block.text) and line.text[:1].isupper() and not _OPEN_END.search(block.text) \
            and not _WORD_HYPHEN.search(block.text):
        return False  # "TOP 1 – Begrüßung" is a title line even when it runs to the margin
    if _is_wrapped(block.last, line.text, block.last_edge) or _WORD_HYPHEN.search(block.text):
        return True
    # A short line may still be cut mid-sentence: "Kooperation mit Attraktor," / "ab 17:30 Uhr"
    return line.text[:1].islower() and bool(_OPEN_END.search(block.text))


def _is_wrapped(line: PdfLine, next_text: str, right_edge: float) -> bool:
    """The next line's first word would not have fitted behind this line."""
    char_width = (line.x1 - line.x0) / max(len(line.text), 1)
    next_word = len(next_text.split(maxsplit=1)[0]) + 1
    return line.x1 + next_word * char_width > right_edge - char_width


def _append(block: _Block, text: str, page: int, line: PdfLine, edge: float) -> None:
    joined = join_wrapped(block.text, text)
    if page != block.page and not any(p == page for _, p in block.page_breaks):
        block.page_breaks.append((len(joined) - len(text), page))
    block.text, block.last, block.last_edge = joined, line, edge


def join_wrapped(left: str, right: str) -> str:
    """Join a wrapped line to its continuation, undoing hyphenation where it is one.

    "Integrations-" + "koordinator" -> "Integrationskoordinator";
    "Bau-" + "und Planungsausschuss" keeps hyphen and space;
    "Dessau-" + "Roßlau" -> "Dessau-Roßlau" (a capital continues a compound).
    """
    if not _WORD_HYPHEN.search(left):
        return f"{left} {right}"
    return left[:-1] + _hyphen_joint(right.split(maxsplit=1)[0]) + right


def _hyphen_joint(next_word: str) -> str:
    """What replaces a line-end hyphen, given the word after it."""
    if next_word.casefold() in HYPHEN_BEFORE_CONJUNCTION:
        return "- "
    return "" if next_word[:1].islower() else "-"


def _assign_list_levels(blocks: list[_Block]) -> None:
    """Nesting depth of list items from their indentation, relative to the list's first item."""
    stack: list[float] = []
    for block in blocks:
        if block.kind in _LIST_KINDS:
            while stack and block.x0 < stack[-1] - _SAME_X:
                stack.pop()
            if not stack or block.x0 > stack[-1] + _SAME_X:
                stack.append(block.x0)
            block.level = min(len(stack) - 1, 5)
        elif block.kind == "heading" or block.blank_before or (stack and block.x0 <= stack[0] + _SAME_X):
            stack.clear()


def _render(blocks: list[_Block], page_count: int) -> tuple[str, tuple[int, ...]]:
    parts: list[str] = []
    starts: list[int | None] = [None] * page_count
    offset = 0
    for index, block in enumerate(blocks):
        if index:
            previous = blocks[index - 1]
            sep = "\n\n" if block.blank_before or "heading" in (block.kind, previous.kind) else "\n"
            parts.append(sep)
            offset += len(sep)
        prefix = _prefix(block)
        body = _TRAILING_HYPHEN.sub("", block.text)
        if starts[block.page - 1] is None:
            starts[block.page - 1] = offset
        for position, page in block.page_breaks:
            if starts[page - 1] is None:
                starts[page - 1] = offset + len(prefix) + position
        parts.append(prefix + body)
        offset += len(prefix) + len(body)
    parts.append("\n")
    text = "".join(parts)
    return text, _fill_page_starts(starts, len(text))


def _prefix(block: _Block) -> str:
    if block.kind == "heading":
        return "#" * block.level + " "
    return "    " * block.level


def resolve_line_hyphens(text: str) -> str:
    """Hyphen markers inside a line, where pdfium already joined a hyphenated line pair.

    "Integrations" U+FFFE "koordinator" -> "Integrationskoordinator";
    "Bau" U+FFFE "und" -> "Bau- und".
    """
    return _INLINE_HYPHEN.sub(lambda m: _hyphen_joint(m.group(1)), text)


def _fill_page_starts(starts: list[int | None], end: int) -> tuple[int, ...]:
    """A page without text starts where the next page with text starts."""
    filled: list[int] = []
    following = end
    for start in reversed(starts):
        following = start if start is not None else following
        filled.append(following)
    filled.reverse()
    if filled:
        filled[0] = 0
    return tuple(filled)
