"""Find the agenda items (TOPs) of a protocol and the text span each one covers.

Numbered items are chosen as the best chain of successive numbers through
the whole document ("0" -> "0.1" -> ... -> "1" -> "2"), so a numbered list
inside an item ("Wünsche: 1. ... 2. ...") loses against the real agenda,
which runs through the whole protocol.  Without such a chain, the most
frequent heading level stands for the items.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.lang.de.structure import (
    AGENDA_PREFIXES, ATTENDANCE_LABELS, HEADER_LABELS, PROTOCOL_SECTIONS, ROLE_LABELS,
)
from extractor.structure.lines import Line

_PREFIX = "|".join(sorted((re.escape(p).replace(r"\ ", r"\s+") for p in AGENDA_PREFIXES), key=len, reverse=True))
_NUMBER = r"(\d{1,2}(?:\.\d{1,2}){0,2}[a-z]?)"
_TOP_RE = re.compile(rf"^(?:{_PREFIX})\.?\s*{_NUMBER}\s*(?:\.\)|[.:)])?\s*[-–:]?\s*(.*)$", re.IGNORECASE)
_LETTERED_RE = re.compile(r"^([A-H])[.)]\s+(\S.*)$")
_NUMBERED_RE = re.compile(rf"^{_NUMBER}(?:\.\)\s*|[.)]\s*|\s+)(?=\S)(.*)$")  # "1.", "1)", "1.)"
_LABELS = set(HEADER_LABELS) | set(PROTOCOL_SECTIONS) | {w for ws in ATTENDANCE_LABELS.values() for w in ws} | {
    w for ws in ROLE_LABELS.values() for w in ws}


@dataclass(frozen=True)
class AgendaCandidate:
    line: Line
    number: str | None
    title: str
    weight: float
    family: str
    runs_on: bool = False  # the line goes on with text ("Zu TOP 2: Die Tagesordnung wird genehmigt.")


@dataclass(frozen=True)
class Heading:
    """One agenda item as found: its number as written, title, and span."""

    number: str
    title: str
    line: Line
    body_end: int
    found_by: str
    runs_on: bool = False  # its line also holds the item's first text, which is read as text


def find_agenda(lines: list[Line], text_end: int) -> list[Heading]:
    candidates = [c for line in lines if (c := _candidate(line, lines)) is not None]
    numbered = _renumber_lazy([c for c in candidates if c.number is not None], lines)
    chosen = _best_chain(numbered)
    if len(chosen) < 2:
        chosen = _heading_family([c for c in candidates if c.line.kind == "heading"], lines)
    if len(chosen) < 2:
        chosen = _parent_bullets(lines)
    if len(chosen) < 2:
        chosen = _title_lines(lines)
    return _with_spans(_lettered_before(chosen, lines) + _fill_titles(chosen, numbered), text_end)


def _lettered_before(chosen: list[AgendaCandidate], lines: list[Line]) -> list[AgendaCandidate]:
    """"== A) RUNDGANG ==", "== B) KURZSITZUNG ==" before the numbered items: parts of the meeting, items of their own."""
    first = chosen[0].line.start if chosen else None
    found = [AgendaCandidate(line, m.group(1), m.group(2).strip(), 1.0, "lettered") for line in lines
             if line.kind == "heading" and (first is None or line.start < first) and (m := _LETTERED_RE.match(line.text))]
    letters = [c.number for c in found]
    return found if len(found) >= 2 and letters == [chr(ord("A") + i) for i in range(len(found))] else []


def _title_lines(lines: list[Line]) -> list[AgendaCandidate]:
    """Prose minutes with neither numbers nor marked headings: short lines on their own between
    paragraphs ("Kasse und Übergabe" over a paragraph of sentences) are the items, counted in order."""
    first = next((i for i, l in enumerate(lines) if not l.is_blank), len(lines))
    titles = []
    for i, line in enumerate(lines):
        text = line.text.strip()
        if i <= first or line.kind != "text" or not text or len(text.split()) > 8 or text[-1] in ".,;:!?)" \
                or ":" in text or not text[:1].isupper() or _title(text).lower() in _LABELS:
            continue
        above = lines[i - 1]
        below = next((l for l in lines[i + 1:] if not l.is_blank), None)
        if above.is_blank and i + 1 < len(lines) and lines[i + 1].is_blank and below is not None \
                and below.kind == "text" and len(below.text) > 60 and below.text.rstrip()[-1:] in ".!?:":
            titles.append(line)
    if len(titles) < 3:
        return []
    return [AgendaCandidate(l, str(n), _title(l.text), 1.0, "title_line") for n, l in enumerate(titles, start=1)]


def _parent_bullets(lines: list[Line]) -> list[AgendaCandidate]:
    """Minutes with neither numbers nor headings: top-level bullets that carry sub-bullets.

    "* Bericht vom Python-Camp" over "  - python 3 kann nicht jeder machen".
    """
    parents = []
    for i, line in enumerate(lines):
        if line.kind != "bullet" or line.indent != 0 or _title(line.text).lower() in _LABELS:
            continue
        below = next((l for l in lines[i + 1:] if not l.is_blank), None)
        if below is not None and below.indent > 0 and below.kind in ("bullet", "text"):
            parents.append(line)
    if len(parents) < 2:
        return []
    return [AgendaCandidate(l, str(n), _title(l.text), 1.0, "bullet") for n, l in enumerate(parents, start=1)]


def _fill_titles(chosen: list[AgendaCandidate], numbered: list[AgendaCandidate]) -> list[AgendaCandidate]:
    """A bare "TOP1:" in the body takes its title from the agenda listed up front, and so does one
    whose line runs on into the text."""
    listed: dict[str, str] = {}
    up_front: dict[tuple[str, str], str] = {}  # listed before the first item of the body, by family and number
    for c in numbered:
        if c.title and c not in chosen:
            listed.setdefault(c.number, c.title.rstrip(",;"))
            if chosen and c.line.start < chosen[0].line.start:
                up_front.setdefault((c.family, c.number), c.title.rstrip(",;"))
    out = []
    for c in chosen:
        # "TOP 2 Wahl …" listed up front, not "2. Tobias Reindl" of a numbered attendance list
        listed_title = up_front.get((c.family, c.number))
        runs_on = bool(c.title) and listed_title is not None and _plain(c.title) != _plain(listed_title) and (
            _runs_on(c.title, listed_title) or bool(_REFERS_TO_ITEM.match(c.line.text)))
        first = _FIRST_SENTENCE.match(c.title) if listed_title is None and len(c.title) > 60 else None
        if first:  # "9a) Wahl der Vorsitzenden. Wahlleiter ist Herr D. …": a title, then the item's text on its line
            out.append(AgendaCandidate(c.line, c.number, first.group(1), c.weight, c.family, True))
        elif c.title and not runs_on:
            out.append(c)
        else:
            out.append(AgendaCandidate(c.line, c.number, listed_title or listed.get(c.number, c.title),
                                       c.weight, c.family, runs_on))
    return out


_FIRST_SENTENCE = re.compile(r"^(.{3,80}?[a-zäöüß]{3})\.\s+(?=[A-ZÄÖÜ])")  # not after "Dr." or "26."
_REFERS_TO_ITEM = re.compile(r"\s*zu\s", re.IGNORECASE)  # "Zu TOP 3: Zum Stand …" speaks to the item listed


def _plain(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _runs_on(title: str, listed: str | None) -> bool:
    """"Zu TOP 1: Die Vorsitzende eröffnet die Sitzung …" is text, not a title: the listed one is."""
    if not listed or title == listed:
        return False
    return title.startswith(listed) or bool(re.search(r"[.!?]\s+\S", title)) or len(title) > 80


def _candidate(line: Line, lines: list[Line]) -> AgendaCandidate | None:
    if line.kind not in ("heading", "text") or (line.kind == "text" and line.indent >= 4):
        return None
    text = line.text.strip()
    m = _TOP_RE.match(text)
    if m and _wrapped_into(line, lines, m.group(2)):
        return None  # "Die SV hat beantragt, unter" / "TOP 7 zusätzlich die Öffnungszeiten … zu besprechen"
    if m:
        return AgendaCandidate(line, _norm_number(m.group(1)), _title(m.group(2)), 3.0 - _listed_penalty(line, lines), "top")
    m = _NUMBERED_RE.match(text)
    if m and _plausible_number(m.group(1)) and re.match(r"[\"„»'(#\w]", m.group(2)):
        return AgendaCandidate(line, _norm_number(m.group(1)), _title(m.group(2)),
                               _weight(line, m.group(2), lines), "numbered")
    if line.kind == "heading" and text and _title(text).lower() not in _LABELS:
        return AgendaCandidate(line, None, _title(text), 1.0, f"h{line.level}")
    return None


def _wrapped_into(line: Line, lines: list[Line], title: str) -> bool:
    """A sentence wrapped so that "TOP 7" opens the next line: the line above runs on, the title goes on in small letters."""
    above = lines[line.index - 1] if line.index > 0 else None
    return line.kind == "text" and above is not None and above.kind == "text" and title[:1].islower() \
        and re.search(r"[a-zäöüß,]\s*$", above.text) is not None


def _listed_penalty(line: Line, lines: list[Line]) -> float:
    """"TOP 3 Feststellung …" right over "TOP 4 …" is the agenda as listed up front;
    where the same items head the body too, those headings win. The last line of such a list is
    not marked down: the body's first heading often follows it directly."""
    below = lines[line.index + 1] if line.index + 1 < len(lines) else None
    return 0.2 if below is not None and _TOP_RE.match(below.text.strip()) else 0.0


def _title(text: str) -> str:
    return text.strip().rstrip(":").strip()


def _norm_number(number: str) -> str:
    return number.rstrip(".").lower()


def _plausible_number(number: str) -> bool:
    head = int(re.match(r"\d+", number).group())
    return head <= 40 and not re.fullmatch(r"\d{1,2}\.\d{1,2}\.", number)


def _weight(line: Line, title: str, lines: list[Line]) -> float:
    """How much a numbered line looks like an agenda heading rather than a list entry."""
    weight = 1.0
    if line.kind == "heading" or line.raw.lstrip().lstrip("#0123456789.) \t").startswith(("**", "__")):
        weight += 1.0
    if len(title) > 90 or title.rstrip().endswith((":", ";", ",")):
        weight -= 0.6
    if re.search(r"[.!?]$", title.strip()) and len(title) > 40:
        weight -= 0.3
    if line.index and lines[line.index - 1].kind in ("text", "bullet") and line.kind == "text":
        weight -= 0.3  # packed in a list, not set apart like a heading
    previous = next((l for l in reversed(lines[: line.index]) if not l.is_blank), None)
    if previous is not None and previous.text.rstrip().endswith(":") and previous.text.lower().rstrip(": ") not in _LABELS:
        weight -= 0.5
    return max(weight, 0.1)


def _renumber_lazy(candidates: list[AgendaCandidate], lines: list[Line]) -> list[AgendaCandidate]:
    """A Markdown list numbered "1., 1., 1." counts 1, 2, 3, as a renderer shows it."""
    out = list(candidates)
    for run in _list_runs(candidates, lines):
        numbers = [c.number for c in run]
        if all(n.isdigit() for n in numbers) and numbers[0] == numbers[1]:
            first = int(numbers[0])
            for i, c in enumerate(run):
                out[out.index(c)] = AgendaCandidate(c.line, str(first + i), c.title, c.weight, c.family)
    return out


def _list_runs(candidates: list[AgendaCandidate], lines: list[Line]) -> list[list[AgendaCandidate]]:
    """Top-level "N." text lines that only blank or indented lines separate form one list."""
    runs: list[list[AgendaCandidate]] = []
    for c in candidates:
        if c.family != "numbered" or c.line.kind != "text" or c.line.indent:
            continue
        if runs and all(l.is_blank or l.indent > 0 for l in lines[runs[-1][-1].line.index + 1: c.line.index]):
            runs[-1].append(c)
        else:
            runs.append([c])
    return [run for run in runs if len(run) > 1]


def _parse(number: str) -> tuple[tuple[int, ...], str]:
    m = re.fullmatch(r"([\d.]+?)\.?([a-z]?)", number)
    digits, letter = (m.group(1), m.group(2)) if m else (number, "")
    return tuple(int(p) for p in digits.split(".") if p), letter


def _step(a: str, b: str) -> float | None:
    """Cost of going from item ``a`` to item ``b``; None when ``b`` cannot follow ``a``."""
    (pa, la), (pb, lb) = _parse(a), _parse(b)
    if not pa or not pb:
        return None
    if pb[:-1] == pa[: len(pb) - 1] and len(pb) <= len(pa) and not lb:
        gap = pb[-1] - pa[len(pb) - 1]
        if gap == 1:
            return 0.0
        if gap == 2:
            return 0.6
    if pb[: len(pa)] == pa and len(pb) == len(pa) + 1 and not la and pb[-1] in (0, 1):
        return 0.0
    if pa == pb and lb and (ord(lb) - ord(la or "`")) == 1:
        return 0.0
    if pa == pb and lb == "b" and not la:
        return 0.3  # "1" -> "1b": an item added under the one before
    if la and not lb and pb[:-1] == pa[:-1] and pb[-1] - pa[-1] == 1:
        return 0.0
    if lb == "a" and len(pa) == len(pb) and pb[:-1] == pa[:-1] and pb[-1] - pa[-1] == 1:
        return 0.0  # "2" -> "3a", "3b" -> "4a"
    return None


def _start_cost(number: str) -> float:
    parts, letter = _parse(number)
    return 0.0 if parts and parts[0] <= 1 else 0.5 + 0.1 * min(parts[0] if parts else 9, 9)


def _best_chain(candidates: list[AgendaCandidate]) -> list[AgendaCandidate]:
    if not candidates:
        return []
    score: list[float] = []
    back: list[int | None] = []
    for i, c in enumerate(candidates):
        best, prev = c.weight - _start_cost(c.number), None
        own = _item_above(candidates, i)
        for j in range(i):
            if own is not None and j != own:
                continue  # "8. Satzungsänderung" under "7. Wahlen" of its own list continues that list, no other
            cost = _step(candidates[j].number, c.number)
            if cost is not None and score[j] + c.weight - cost > best:
                best, prev = score[j] + c.weight - cost, j
        score.append(best)
        back.append(prev)
    i = max(range(len(candidates)), key=lambda k: score[k])
    chain = []
    while i is not None:
        chain.append(candidates[i])
        i = back[i]
    return chain[::-1]


def _item_above(candidates: list[AgendaCandidate], i: int) -> int | None:
    """The numbered line just above candidate ``i`` (a blank line between allowed) in the same list."""
    c = candidates[i]
    if c.family != "numbered":
        return None
    return next((j for j in range(i - 1, -1, -1) if candidates[j].family == "numbered"
                 and 0 < c.line.index - candidates[j].line.index <= 2
                 and _step(candidates[j].number, c.number) is not None), None)


def _heading_family(candidates: list[AgendaCandidate], lines: list[Line]) -> list[AgendaCandidate]:
    """Unnumbered headings: the shallowest level with three (else two) items, numbered 1, 2, ...

    Wiki pages often hold the agenda template first and the minutes under a
    heading "Protokoll"; then only the headings below it count.
    """
    minutes = [l.start for l in lines if l.kind == "heading" and l.index > 0
               and _title(l.text).lower() in PROTOCOL_SECTIONS]
    if minutes:
        candidates = [c for c in candidates if c.line.start > minutes[-1]]
    if candidates and candidates[0].line.index == _first_heading_index(candidates):
        candidates = candidates[1:] if candidates[0].line.level == 1 else candidates
    by_level: dict[int, list[AgendaCandidate]] = {}
    for c in candidates:
        by_level.setdefault(c.line.level, []).append(c)
    levels = [level for level in sorted(by_level) if len(by_level[level]) >= 2]
    if not levels:
        return []
    best = next((level for level in levels if len(by_level[level]) >= 3), levels[0])
    return [AgendaCandidate(c.line, str(i), c.title, c.weight, c.family)
            for i, c in enumerate(by_level[best], start=1)]


def _first_heading_index(candidates: list[AgendaCandidate]) -> int:
    return min(c.line.index for c in candidates)


def table_agenda(rows: list[tuple[Line, str, str]]) -> list[Heading]:
    """An Ergebnisprotokoll kept as a table, one row per item ("| Nr | Thema | Ergebnis | Wer | Bis |"):
    (line, number, title) of each row; the items only when every row has its own number."""
    numbers = [_norm_number(number) for _, number, _ in rows]
    if len(rows) < 2 or len(set(numbers)) < len(numbers) or not all(re.fullmatch(r"\d{1,2}[a-z]?", n) for n in numbers):
        return []
    return [Heading(number, _title(title), line, rows[i + 1][0].start if i + 1 < len(rows) else line.end, "agenda.table_row")
            for i, ((line, _, title), number) in enumerate(zip(rows, numbers))]


def _with_spans(chosen: list[AgendaCandidate], text_end: int) -> list[Heading]:
    out = []
    for i, c in enumerate(chosen):
        end = chosen[i + 1].line.start if i + 1 < len(chosen) else text_end
        rule = f"agenda.{c.family}"
        out.append(Heading(c.number or str(i + 1), c.title, c.line, end, rule, c.runs_on))
    return out
