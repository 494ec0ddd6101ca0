"""Meeting metadata: title, kind, body, date, start and end time, location.

The header (the lines before the first agenda item) is read first; the
closing lines are read for the end time ("Ende der Sitzung: 21:30 Uhr").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from extractor import temporal
from extractor.lang.de.structure import (
    END_CUES, ESTIMATE_WORDS, LOCATION_MARKS, MAIL_HEADER_KEYS, MAIL_HEADER_NEEDS, MINUTES_TITLE_WORDS, FRONT_MATTER_DATE, LOCATION_SENTENCES, FRONT_MATTER_TITLE, HEADER_FIELDS, MEETING_KINDS,
    PLACE_PREPOSITIONS, START_CUES,
)
from extractor.structure.lines import Line, clean_inline

_FRONT_MATTER = re.compile(r"^\s*([A-Za-zÄÖÜäöü_]+)\s*:\s*(.+?)\s*$")
_DATE_IN_NAME = re.compile(r"(\d{4})[-_.](\d{2})[-_.](\d{2})")
_HEADER_LINES = 25


@dataclass(frozen=True)
class Field:
    """One metadata value with the line it was read from."""

    value: object
    line: Line | None
    rule: str


@dataclass
class MeetingFacts:
    title: Field | None = None
    kind: str | None = None
    body: str | None = None
    date: Field | None = None
    start_time: Field | None = None
    end_time: Field | None = None
    location: Field | None = None


def read_metadata(lines: list[Line], header_end: int, file_stem: str = "") -> MeetingFacts:
    header = [l for l in lines if l.start < header_end][:_HEADER_LINES] or lines[:_HEADER_LINES]
    mail = _mail_header(header)
    if mail:
        header = [l for l in header if l.index not in mail]
    front = _front_matter(header)
    facts = MeetingFacts()
    facts.title = (_minutes_title(header) if mail else None) or _title(header, front)
    facts.date = _date(header, front, facts.title, file_stem)
    facts.start_time, facts.end_time = _times(header, lines, facts.date)
    facts.location = _location(header, facts.title)
    title_text = str(facts.title.value) if facts.title else ""
    facts.kind = meeting_kind(title_text)
    facts.body = meeting_body(title_text, facts.kind)
    return facts


def _mail_header(header: list[Line]) -> set[int]:
    """Lines of a mail header at the top ("Subject: …", "From: …", "Date: Fri, 12 Jan 2024 …")."""
    keys: dict[str, int] = {}
    for line in header:
        if line.kind == "blank" and keys:
            break
        m = _FRONT_MATTER.match(line.raw)
        if not m or m.group(1).lower() not in MAIL_HEADER_KEYS:
            break
        keys[m.group(1).lower()] = line.index
    ok = all(any(k in keys for k in need) for need in MAIL_HEADER_NEEDS)
    return set(keys.values()) if ok else set()


def _minutes_title(header: list[Line]) -> Field | None:
    """Below a mail header and its greeting, the heading line of the minutes themselves."""
    for line in header:
        if line.text and line.text.split()[0].lower().strip(":,") in MINUTES_TITLE_WORDS:
            return Field(line.text, line, "meta.title.minutes_line")
    return None


def _front_matter(header: list[Line]) -> dict[str, tuple[str, Line]]:
    """Pelican/Hugo key-value lines at the very top ("Title: ...", "date: ...")."""
    found: dict[str, tuple[str, Line]] = {}
    for line in header:
        if line.kind == "rule" and not found:
            continue
        m = _FRONT_MATTER.match(line.raw)
        if not m or line.kind not in ("text",):
            if found or line.kind not in ("blank", "rule"):
                break
            continue
        found[m.group(1).lower()] = (m.group(2).strip().strip("\"'"), line)
    return found if any(k in found for k in FRONT_MATTER_TITLE + FRONT_MATTER_DATE) else {}


def _title(header: list[Line], front: dict[str, tuple[str, Line]]) -> Field | None:
    for key in FRONT_MATTER_TITLE:
        if key in front:
            return Field(clean_inline(front[key][0]), front[key][1], "meta.title.front_matter")
    skip = {line.index for _, line in front.values()}
    for line in header:
        if line.kind in ("heading", "text") and line.text and line.index not in skip and len(line.text) > 3:
            return Field(line.text, line, "meta.title.first_line")
    return None


def _date(header: list[Line], front: dict, title: Field | None, stem: str) -> Field | None:
    ordered = ([title.line] if title and title.line else []) + _labelled(header, "date") + header
    if title and title.line and temporal.find_dates(title.line.text):
        return Field(temporal.find_dates(title.line.text)[0][2], title.line, "meta.date.title")
    for key in FRONT_MATTER_DATE:
        if key in front:
            found = temporal.find_dates(front[key][0])
            if found:
                return Field(found[0][2], front[key][1], "meta.date.front_matter")
    for line in ordered:
        found = temporal.find_dates(line.text)
        if found:
            return Field(found[0][2], line, "meta.date.header")
    m = _DATE_IN_NAME.search(stem)
    if m:
        try:
            return Field(dt.date(*map(int, m.groups())), None, "meta.date.file_name")
        except ValueError:
            return None
    return None


_TIME_LABELS = HEADER_FIELDS["start"] + HEADER_FIELDS["end"] + HEADER_FIELDS["date"]
_LABEL_IN_LINE = re.compile(r"(?:^|(?<=[\s|·–-]))(?P<label>%s)\s*:" % "|".join(
    re.escape(l) for l in sorted(HEADER_FIELDS["start"] + HEADER_FIELDS["end"], key=len, reverse=True)), re.IGNORECASE)


# "Ort: GR 22 | Beginn 18:35 | Ende 21:00", "Start 20:03, Ende 21:41", "Beginn 19:45 Ende ca. 22:00": parts of one
# header line ("bis 13:25 Uhr" after a comma is someone leaving, not the end of the meeting)
_PARTS = re.compile(r"\s+[|·•/]\s+|(?:[,;]|(?<=\d))\s+(?=(?:%s)\s*:?\s*(?:ca\.\s*|gegen\s+)?\d)|\s+[–—-]\s+(?=(?:%s)\s*:?\s*\d)" % (
    "|".join(re.escape(l) for l in sorted(HEADER_FIELDS["end"], key=len, reverse=True) if l != "bis"),
    "|".join(re.escape(l) for l in sorted(HEADER_FIELDS["start"], key=len, reverse=True) if l != "von")), re.IGNORECASE)
# ("Kita Sonnenhof, Turnraum – Beginn 20:00 Uhr, Ende 22:00 Uhr": the place, then the times)
_BARE_LABEL = re.compile(r"^\W*(?P<label>%s)\W*?(?::\s*|\s+(?=(?:ca\.\s*|gegen\s+)?\d))(?P<value>.+)$" % "|".join(
    re.escape(l) for l in sorted(_TIME_LABELS, key=len, reverse=True)), re.IGNORECASE)


# "Beginn / Ende: 19.04 Uhr / 21.52 Uhr", "| Beginn / Ende | 19:00 Uhr – 21:10 Uhr |": two labels, two values
_PAIRED = re.compile(r"\b(?P<a>%s)\s*/\s*(?P<b>%s)\s*:?\s*(?P<x>\d{1,2}[.:]\d{2}(?:\s*Uhr)?)\s*(?:/|–|—|-|bis)\s*(?P<y>\d{1,2}[.:]\d{2}(?:\s*Uhr)?)" % (
    "|".join(re.escape(l) for l in HEADER_FIELDS["start"] if l != "von"),
    "|".join(re.escape(l) for l in HEADER_FIELDS["end"] if l != "bis")), re.IGNORECASE)


def _labelled(lines: list[Line], field: str) -> list[Line]:
    labels = HEADER_FIELDS[field]
    return [l for l in lines if l.text and _label_of(l.text) in labels]


def _label_of(text: str) -> str:
    return text.split(":", 1)[0].strip().lower() if ":" in text[:30] else ""


def _times(header: list[Line], lines: list[Line], date: Field | None) -> tuple[Field | None, Field | None]:
    """Times from labelled lines ("Beginn: 19:05", "Ende:" over "21:30"), else the title or date line."""
    start = end = None
    meeting_lines = [date.line] if date and date.line else []
    for line, value, label in _label_values(header) + [(l, l.text, "") for l in meeting_lines]:
        times = temporal.find_times(_squeeze_clock(value))
        if not times:
            continue
        begin, finish = times[0][2], times[0][3]
        if label in HEADER_FIELDS["end"] and label not in HEADER_FIELDS["start"]:
            end = end or Field(begin, line, "meta.time.end_label")
        elif start is None:
            start = Field(begin, line, "meta.time.label" if label else "meta.time.date_line")
            if finish:
                end = end or Field(finish, line, "meta.time.range")
    if start is None:
        # "Mi, 14.01.2026 · 19:30–21:50 Uhr · Kita": a time range on a header line
        for line in header:
            times = temporal.find_times(_squeeze_clock(line.text)) if line.text else []
            if times and times[0][3]:
                start, end = Field(times[0][2], line, "meta.time.header_range"), end or Field(times[0][3], line, "meta.time.header_range")
                break
    if end is not None and end.line is not None and _ESTIMATE.search(end.line.text):
        end = _closing_time(lines) or end  # "19:30 bis ca. 21:30" planned, "Ende 21:35" at the bottom
    end = end or _closing_time(lines)
    start = start or _opening_time(lines)
    return start, end


def _label_values(header: list[Line]) -> list[tuple[Line, str, str]]:
    """(line, value, label) for "Label: value" lines; the value may stand on the next line,
    and one line may hold several ("Beginn: 19:35 Uhr   Ende: 21:20 Uhr")."""
    out = []
    for i, line in enumerate(header):
        parts = _PARTS.split(_PAIRED.sub(r" | \g<a>: \g<x> | \g<b>: \g<y>", line.text))
        if len(parts) > 1:  # "Ort: GR 22 | Beginn 18:35 | Ende 21:00": each part a label of its own
            out.extend((line, m.group("value"), m.group("label").lower())
                       for m in (_BARE_LABEL.match(part) for part in parts) if m)
            continue
        label = _label_of(line.text) or (line.text.strip().lower() if line.kind == "heading" else "")
        if not label or label not in _TIME_LABELS:
            continue
        segments = _segments(line.text)
        if len(segments) > 1:
            out.extend((line, value, seg_label) for seg_label, value in segments)
            continue
        value = line.text.split(":", 1)[1].strip() if ":" in line.text else ""
        if not value:
            following = next((l for l in header[i + 1:] if l.text), None)
            if following is None:
                continue
            line, value = following, following.text
        out.append((line, value, label))
    return out


def _segments(text: str) -> list[tuple[str, str]]:
    """[(label, value)] of a line with several time labels; one pair for a line with one."""
    starts = [m for m in _LABEL_IN_LINE.finditer(text)]
    out = []
    for m, following in zip(starts, starts[1:] + [None]):
        value = text[m.end():following.start() if following else len(text)].strip(" \t–-|·,;")
        out.append((m.group("label").lower(), value))
    return out


def _squeeze_clock(text: str) -> str:
    """PDF text layers split clock times: "11 :00 Uhr" -> "11:00 Uhr"."""
    return re.sub(r"(\d{1,2})\s+:\s*(\d{2})", r"\1:\2", text)


def _cue_time(lines: list[Line], cues: tuple[str, ...], rule: str, window: int = 100,
              last: bool = False) -> Field | None:
    """The clock time nearest a cue word, read across line breaks.

    "Die Versammlung wurde um 18:13 Uhr geschlossen." and "Herr Löffler schloss um"
    over "13:24 Uhr" both give the time next to their cue.
    """
    cue_re = re.compile(r"(?:%s)" % "|".join(cues), re.IGNORECASE | re.MULTILINE)
    order = range(len(lines) - 1, -1, -1) if last else range(len(lines))
    for i in order:
        line = lines[i]
        cue = cue_re.search(line.text)
        if not cue:
            continue
        text = _squeeze_clock(" ".join(l.text for l in lines[i: i + 3]))
        nearby = [t for t in temporal.find_times(text) if abs(t[0] - cue.start()) <= window]
        if nearby:
            best = min(nearby, key=lambda t: abs(t[0] - cue.start()))
            return Field(best[2], line, rule)
    return None


_ESTIMATE = re.compile(r"(?:^|\s)(?:%s)\s*\d" % "|".join(re.escape(w) for w in ESTIMATE_WORDS))


def _closing_time(lines: list[Line]) -> Field | None:
    """The last closing sentence of the protocol; annexes may follow it."""
    return _cue_time([l for l in lines if l.text], END_CUES, "meta.time.closing", last=True)


def _opening_time(lines: list[Line]) -> Field | None:
    return _cue_time([l for l in lines if l.text][:40], START_CUES, "meta.time.opening")


# "Ort: Werkbank, 19:30-21:40": the times after the place are no part of it
_TIME_AFTER = re.compile(r",\s*(?:ab\s+|von\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:-|–|bis)\s*\d{1,2}[:.]\d{2})?\s*(?:Uhr)?\s*$")


_MARKED_PLACE = re.compile(r"(?:%s)\ufe0f?\s*([^·|]+)" % "|".join(LOCATION_MARKS))


def _location(header: list[Line], title: Field | None) -> Field | None:
    for line in _labelled(header, "location"):
        value = _PARTS.split(line.text.split(":", 1)[1])[0]  # "Ort: GR 22 | Beginn 18:35"
        value = _TIME_AFTER.sub("", _without_link_notes(value, line.raw)).strip(" ,.")
        if value:
            return Field(value, line, "meta.location.label")
    for line in header:
        marked = _MARKED_PLACE.search(line.text)
        if marked:
            return Field(marked.group(1).strip(" ,."), line, "meta.location.mark")
    if title is not None and title.line is not None:
        place = _place_after_preposition(str(title.value))
        if place:
            return Field(place, title.line, "meta.location.title")
    for line in header:
        place = (_place_in_sentence(line.text) or _place_before_date(line.text) or _place_in_segments(line.text)
                 or _place_after_date(line.text))
        if place:
            return Field(place, line, "meta.location.sentence")
    return None


def _without_link_notes(value: str, raw: str) -> str:
    """"Hackerspace e.V. ([Anfahrt](https://…))": the bracketed link goes, a room in brackets stays."""
    def keep(m: re.Match[str]) -> str:
        inner = m.group(1).strip()
        return "" if re.search(r"https?:|www\.", inner) or f"[{inner}](" in raw else m.group(0)
    return re.sub(r"\s*\(([^()]*)\)", keep, value)


def _place_in_sentence(text: str) -> str | None:
    """"... um 11:00 Uhr im Klimabüro, Schulstraße 5 ... 14 Personen" and "fand ... im X statt"."""
    for pattern in LOCATION_SENTENCES:
        m = re.search(pattern, text)
        if m:
            return m.group("place").strip(" ,.")
    return None


def _place_in_segments(text: str) -> str | None:
    """"Mi, 14.01.2026 · 19:30–21:50 Uhr · Kita, Bewegungsraum": the part that is neither date nor time."""
    parts = [p.strip(" *_") for p in _PARTS.split(text)]
    if len(parts) < 2 or not (temporal.find_dates(text) or temporal.find_times(text)):
        return None
    places = [p for p in parts if _place_like(p) and not re.match(r"^[\w.]{1,20}\s*:", p)]  # not "Prot: Ben"
    return places[-1].strip(" ,.") if places else None


def _place_after_date(text: str) -> str | None:
    """"Dienstag, 03.06.2025, Vereinsheim": a line that opens with the date and names the place after it."""
    dates = temporal.find_dates(text)
    if not dates or not re.fullmatch(r"[\W_]*(?:[A-Za-zÄÖÜäöüß]{2,10},?\s*)?(?:(?:am|den)\s+)?", text[: dates[0][0]]):
        return None
    parts = [p.strip() for p in re.split(r"\s*[,·|•]\s+", text[dates[0][1]:]) if p.strip(" ,.")]
    places = [p for p in parts if _place_like(p)]
    return ", ".join(places).strip(" ,.") or None


def _place_like(part: str) -> bool:
    return (bool(re.match(r"[A-ZÄÖÜ]", part)) and not temporal.find_dates(part) and not temporal.find_times(part)
            and not re.search(r"\d{1,2}[.:]\d{2}|\bUhr\b", part))


def _place_before_date(text: str) -> str | None:
    """"Gütersloh, Stadtbibliothek, 23.05.2018": a line of places that ends in the date."""
    dates = temporal.find_dates(text)
    if not dates or dates[-1][1] < len(text.rstrip(" .")) or dates[-1][0] < 3:
        return None
    before = text[: dates[-1][0]].rstrip(" ,")
    if "," in before and not re.search(r"\b(?:am|vom|den)$|\d", before) and len(before.split()) <= 6:
        return before
    return None


def _place_after_preposition(text: str) -> str | None:
    """"... 14 – 16 Uhr im Multikultizentrum Dessau" -> "Multikultizentrum Dessau"."""
    preps = "|".join(re.escape(p) for p in sorted(PLACE_PREPOSITIONS, key=len, reverse=True))
    m = re.search(rf"(?:Uhr|\d{{4}}|\d\.)\s*,?\s+(?:{preps})\s+([A-ZÄÖÜ][^,;:()]+)$", text)
    return m.group(1).strip(" .") if m else None


def meeting_kind(title: str) -> str | None:
    low = title.lower()
    for kind in MEETING_KINDS:
        if kind in low:
            start = low.index(kind)
            return title[start: start + len(kind)]
    return None


def meeting_body(title: str, kind: str | None) -> str | None:
    """The body after the kind: "Vorstandssitzung des Runden Tisches am ..." -> "Runden Tisches"."""
    if not kind:
        return None
    rest = title[title.lower().index(kind.lower()) + len(kind):]
    m = re.match(r"\s*(?:des|der|vom|von)\s+(.+?)(?:\s+(?:am|vom|im|in|e\.V\.?\s+am)\b|[,:(]|\s+\d|$)", rest)
    if m:
        return m.group(1).strip()
    m = re.match(r"\s+([A-Za-zÄÖÜäöü][\w\-&. ]+?)(?:\s+\d|[,:(]|$)", rest)
    return m.group(1).strip() if m else None
