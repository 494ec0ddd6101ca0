"""Split light-Markdown text into lines that know their markup.

Every later stage reads protocols line by line; this module is the one place
that understands Markdown, reStructuredText and plain-text layout, so that
stages see a heading or a bullet, not ``###`` or ``*``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.lang.de.structure import COLUMN_HEADERS

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_RST_UNDERLINE = re.compile(r"^([=\-~+*^\"#`'])\1{2,}\s*$")
_WIKI_HEADING = re.compile(r"^(={2,6})\s*(\S.*?)\s*\1\s*$")
_BULLET = re.compile(r"^([-*+•▪‣◦–·])\s+(.*)$")
_TABLE_ROW = re.compile(r"^\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^\|?[\s:|+-]+\|?\s*$")
# a plain-text table without outer bars: "Was | Wer | Bis" over "-----+-----+-----"
_BARE_ROW = re.compile(r"^[^|]+(?:\|[^|]*)+$")
_BARE_RULE = re.compile(r"^\s*-{3,}[-+|\s]*$")
_HRULE = re.compile(r"^(-{3,}|\*{3,}|_{3,})\s*$")
_EMPHASIS = re.compile(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w))")
_HTML = re.compile(r"<[^>]{1,40}>|&nbsp;")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
# wiki links: "[[user:mokes|Moritz]]" shows "Moritz", "[[Protokolle]]" its target
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]")
_BLOCKQUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
_RST_FIELD = re.compile(r"^:([^:]{2,40}):\s*(.*)$")
_COMMENT = re.compile(r"^<!--.*-->$")
_STRUCK = re.compile(r"~~.*?~~")


@dataclass(frozen=True)
class Line:
    """One source line: its offsets in the document text and its markup."""

    index: int
    start: int
    end: int
    raw: str
    indent: int
    kind: str  # heading | bullet | table | rule | blank | text
    level: int  # heading level; for bullets the indent
    text: str  # content without markup
    content_start: int  # offset where ``text``'s first character sits in the source

    @property
    def is_blank(self) -> bool:
        return self.kind == "blank"


def clean_inline(text: str) -> str:
    """Strip inline Markdown (emphasis, links, HTML) and squeeze spaces."""
    text = _STRUCK.sub(" ", _LINK.sub(r"\1", _WIKI_LINK.sub(r"\1", text)))
    text = _HTML.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    text = text.replace("\\", "")
    return re.sub(r"\s+", " ", text).strip()


def split_lines(text: str) -> list[Line]:
    """Lines of ``text`` with their kind; RST underlines mark the line above as heading."""
    lines: list[Line] = []
    offset = 0
    for index, raw in enumerate(text.split("\n")):
        lines.append(_classify(index, offset, raw))
        offset += len(raw) + 1
    return _apply_column_headers(_apply_bare_tables(_apply_underlines(lines)))


def _classify(index: int, offset: int, raw: str) -> Line:
    quote = _BLOCKQUOTE.match(raw)
    if quote:
        # "> text": the quoted line, its markers kept as indentation so offsets stay true
        line = _classify(index, offset + quote.end(), raw[quote.end():])
        return Line(index, offset, offset + len(raw), raw, line.indent + 2, line.kind, line.level,
                    line.text, line.content_start)
    expanded = raw.replace("\t", "    ")
    stripped = expanded.lstrip()
    indent = len(expanded) - len(stripped)
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip()
    content_start = offset + lead

    def make(kind: str, level: int, content: str, skip: int = 0) -> Line:
        return Line(index, offset, offset + len(raw), raw, indent, kind, level,
                    clean_inline(content), content_start + skip)

    if not body or _COMMENT.match(body):
        return make("blank", 0, "")
    m = _MD_HEADING.match(body)
    if m and indent < 4:
        return make("heading", len(m.group(1)), m.group(2), m.start(2))
    m = _WIKI_HEADING.match(body)
    if m and indent < 4:  # "== Hoffest 21.06. ==" in MediaWiki and pad exports
        return make("heading", len(m.group(1)), m.group(2), m.start(2))
    if _HRULE.match(body):
        return make("rule", 0, "")
    if _TABLE_ROW.match(body):
        pair = _label_cells(body)
        return make("text", 0, pair) if pair else make("table", 0, body)
    field = _RST_FIELD.match(body)
    if field:
        return make("text", 0, f"{field.group(1)}: {field.group(2)}", 1)
    m = _BULLET.match(body)
    if m:
        return make("bullet", indent, m.group(2), m.start(2))
    return make("text", 0, body)


def _apply_column_headers(lines: list[Line]) -> list[Line]:
    """Two-cell rows under a header "| Name | Bemerkung |" are a table of people, not "label: value" lines."""
    out = list(lines)
    i = 0
    while i < len(out):
        line = out[i]
        cells = [c.strip().lower() for c in line.raw.strip().strip("|").split("|")] if _TABLE_ROW.match(line.raw.strip()) else []
        if line.kind == "text" and len(cells) == 2 and cells[0] in COLUMN_HEADERS:
            j = i
            while j < len(out) and _TABLE_ROW.match(out[j].raw.strip()):
                body = out[j].raw.strip()
                out[j] = Line(out[j].index, out[j].start, out[j].end, out[j].raw, out[j].indent, "table", 0,
                              clean_inline(body), out[j].content_start)
                j += 1
            i = j
        else:
            i += 1
    return out


def _label_cells(row: str) -> str | None:
    """A two-cell row "| Datum | 20.03.2025 |" reads as the line "Datum: 20.03.2025"."""
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    if len(cells) != 2 or not all(cells) or len(cells[0].split()) > 3 or _TABLE_RULE.match(row):
        return None
    return f"{clean_inline(cells[0]).rstrip(':')}: {cells[1]}"


def _apply_underlines(lines: list[Line]) -> list[Line]:
    """``Titel`` over ``=====`` is a heading; the underline becomes a rule."""
    levels: dict[str, int] = {}
    out = list(lines)
    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        body = line.raw.strip()
        if not _RST_UNDERLINE.match(body) or above.kind not in ("text", "bullet", "rule"):
            continue
        if above.kind == "rule" or not above.text or len(body) < 0.6 * len(above.raw.strip()):
            continue
        level = levels.setdefault(body[0], len(levels) + 1)
        out[i - 1] = Line(above.index, above.start, above.end, above.raw, above.indent,
                          "heading", level, clean_inline(above.raw.strip()),
                          above.start + len(above.raw) - len(above.raw.lstrip()))
        out[i] = Line(line.index, line.start, line.end, line.raw, line.indent, "rule", 0, "",
                      line.start)
    return out


def _apply_bare_tables(lines: list[Line]) -> list[Line]:
    """A header row with bars over a rule of dashes and "+", and the rows with as many bars under it."""
    out = list(lines)
    for i in range(len(lines) - 1):
        head, rule = lines[i], lines[i + 1]
        if head.kind != "text" or not _BARE_ROW.match(head.raw.strip()) or not _BARE_RULE.match(rule.raw) \
                or ("+" not in rule.raw and "|" not in rule.raw):
            continue
        bars = head.raw.count("|")
        j = i
        while j < len(lines) and (j == i + 1 or (lines[j].raw.count("|") == bars and lines[j].kind in ("text", "bullet"))):
            line = lines[j]
            out[j] = Line(line.index, line.start, line.end, line.raw, line.indent, "table", 0, clean_inline(line.raw.strip()),
                          line.start + len(line.raw) - len(line.raw.lstrip()))
            j += 1
    return out


def is_table_rule(line: Line) -> bool:
    return line.kind == "table" and bool(_TABLE_RULE.match(line.raw.strip()))


def table_cells(line: Line) -> list[str]:
    return [clean_inline(cell) for cell in line.raw.strip().strip("|").split("|")]
