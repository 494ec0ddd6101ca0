"""Attendance lists: who was present, absent, excused or a guest, with role and affiliation.

A list opens with a label ("Anwesend:", "### Gäste", "**Teilnehmer:**",
"Entschuldigt:") and runs over the rest of that line and the bullets or
comma lists below it; Word tables with a status column are read per row.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractor.lang.de.structure import (
    ATTENDANCE_LEAD, FROM_GROUP, HEADER_FIELDS, HEADER_LABELS, HEADER_PRESENT_LABELS, ATTENDANCE_LABELS, LATE_ARRIVALS, LABEL_FIRST_WORDS, LABEL_LAST_WORDS, GROUP_NOUN_ENDINGS, LIST_ROLES, OFFICES_OF_ROLES, NAME_PARTICLES, NO_NAMES, OFFICE_BEFORE_NAME, OFFICE_ENDINGS, ORGANISATION_ENDINGS, STATUS_NOTES, OTHER_ROLES, PROSE_ATTENDANCE, PROSE_ROLE_NOTES, PROSE_SELF, ROLE_LABELS, ROLE_SENTENCES, SHARED_NOTE, TITLES,
)
from extractor.structure.legend import read_legend, spell_out
from extractor.structure.lines import Line, clean_inline, is_table_rule, table_cells

_STATUS_BY_LABEL = {label: status for status, labels in ATTENDANCE_LABELS.items() for label in labels}
_STATUS_NOTE = re.compile(r"\((?:%s)\.?\)" % "|".join(re.escape(n) for n in STATUS_NOTES), re.IGNORECASE)
_QUOTED_NICKNAME = re.compile(r"\s[„\"“»«‚']([^\"“”„«»‘’']{2,15})[“\"”«»‘’']\s")
_LIST_NUMBER = re.compile(r"^\s*\d{1,3}[.)]\s+(?=[A-ZÄÖÜ@])")
_PROSE = tuple((status, re.compile(pattern)) for status, pattern in PROSE_ATTENDANCE)
_LATE = tuple((status, re.compile(pattern)) for status, pattern in LATE_ARRIVALS)
_PROSE_SELF = re.compile(PROSE_SELF)
_LEAD = re.compile(ATTENDANCE_LEAD)
_FOR_ITEM = re.compile(r"\s*\(?\b(?:kurz\s+)?(?:zu|ab|bis|nur\s+zu|für)\s+(?:TOP|Pkt\.?|Punkt|Nr\.?)\s*\d+[a-z]?(?:\s*(?:und|,|-|–|bis)\s*\d+)*\)?\s*$", re.IGNORECASE)
_OFFICE_BEFORE = re.compile(OFFICE_BEFORE_NAME)
_OFFICE_AFTER = re.compile(r"[A-ZÄÖÜ][a-zäöüß]*(?:%s)\b" % "|".join(OFFICE_ENDINGS))
_SHARED_NOTE = re.compile(SHARED_NOTE)
_PROSE_NOTE = re.compile(r"\((%s)\)" % "|".join(re.escape(n) for n in sorted(PROSE_ROLE_NOTES, key=len, reverse=True)), re.IGNORECASE)
# a list label inside a line of names: "… Hartmut Pfeilsticker Mitglieder: Emre Tuncay"
_INNER_LABEL = re.compile(r"(?<=\S)[\s;,]+(?P<label>[A-ZÄÖÜ][a-zäöüß]+(?:\s+[a-zäöüß]+)?)\s*:\s+")
_ROLE_BY_LABEL = {label: role for role, labels in ROLE_LABELS.items() for label in labels}
_LABEL_RE = re.compile(
    r"^(?P<label>(?:\d{1,2}[.)]\s+|[a-h]\)\s+)?[A-Za-zÄÖÜäöüß*:./ ]{2,45}?(?:\s(?:zu|ab|für)\s+TOP\s*\d{1,2})?)\s*(?:\((?P<note>[^)]*)\))?\s*(?P<colon>:|[\-–](?=\s)|$)\s*(?P<rest>.*)$")
_FROM_GROUP = re.compile(FROM_GROUP)
_COUNT_THEN_NAMES = re.compile(r"^(?:ca\.\s*|rund\s+|etwa\s+)?\d+\s+\w.{0,120}\b(?:darunter|davon)\b[^.]*:\s*$")
_FROM_TIME = re.compile(r"\s+(?:ab|bis|seit)\s+(?:ca\.\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:Uhr)?$"
                        r"|\s+(?:kam|kommt|stieß|stößt)\s+(?:\S+\s+){0,3}?(?:dazu|hinzu)$", re.IGNORECASE)  # "Hannelore S. kam gegen 19:45 dazu"
_GENDER_ENDING = re.compile(r"(?:/|\*|:|_)-?in(?:nen)?\b")  # "Teilnehmer/innen", "Teilnehmer*innen"
_TITLE_RE = re.compile(r"^(?:(?:%s)\.?\s+)+" % "|".join(TITLES), re.IGNORECASE)
_TITLED_NAME = re.compile(r"(?:%s)\.?\s+[A-ZÄÖÜ]" % "|".join(TITLES), re.IGNORECASE)  # "Frau Berg", not "Bürgermeister (…)"
_INITIALS = re.compile(r"^[A-ZÄÖÜ]{2,3}$")
_NOTE = re.compile(r"\b(bis|ab|nur|später|zeitweise|online|per|via|telefonisch|video|\d{1,2}[:.]\d{2})\b", re.I)
_ITEM = re.compile(r"^\s*(?:TOP\s*)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+\S")
_SPEAKER = re.compile(r"^(?:(@[\w.-]+)\b|([A-ZÄÖÜa-zäöü][\w.-]{1,20})\s*(?:--|:|–)\s)")
_NOT_SPEAKERS = set(HEADER_LABELS) | set(_STATUS_BY_LABEL) | set(_ROLE_BY_LABEL) | {
    w for words in HEADER_FIELDS.values() for w in words}
_PARTICLES = frozenset(NAME_PARTICLES)
_GROUP_BEFORE_NAME = re.compile(r"^\s*(?:(?:darunter|davon|u\.\s?a\.|unter anderem)\s+)?(?:(?:die|der|den)\s+)?"
                                r"(?:[A-ZÄÖÜ][a-zäöüß]*(?:%s))\s+(?=[A-ZÄÖÜ])" % "|".join(GROUP_NOUN_ENDINGS))
_ORGANISATION = re.compile(r"[a-zäöüß](?:%s)\b|\b(?:e\.\s?V\.|GmbH|Stadt|Gemeinde|Landkreis)\b" % "|".join(ORGANISATION_ENDINGS))
_ROLE_SENTENCES = tuple(re.compile(p) for p in ROLE_SENTENCES)
# a nickname or handle in brackets: lower case, one word ("mika", "tuxemre", "@jowe")
_NICKNAME = re.compile(r"@?(?=[a-z0-9äöüß_.-]*[a-zäöüß])[a-z0-9äöüß][a-z0-9äöüß_.-]{1,15}")  # "flü", "0xkai"
# a status label after the names it is for: "… als gäste", "… (entschuldigt)" stays a note
_TRAILING_STATUS = re.compile(r"\s+(als\s+(?:gäste|gast))\s*[.!]?\s*$", re.IGNORECASE)
# one person, then a remark of four words or more after a dash
# a remark starts in small letters, is a count ("… Ulrike Thamm (UT) – 9/9, beschlussfähig") or a sentence
# with a verb ("Fr. Kettwig (Urlaub) – Infos kamen vorab per Mail"), not an office ("– Leiterin der Kita am Park")
_REMARK = re.compile(r"^([^,]+?)\s+(?:--|–|—)\s+((?=[a-zäöü])(?:\S+\s+){3,}.*|\d+\s*(?:/|von)\s*\d+\b.*"
                     r"|[A-ZÄÖÜ]\w*\s+(?!(?:der|des|dem|den|die|das|und|für|von|vom|im|am)\b)[a-zäöüß]{3,}(?:t|en)\b(?:\s+\S+){2,})$")
# "Hallmeier, Gertrud", "Pfeilsticker, Dr. Konrad": a name cell in list order (titles are dropped later)
_GIVEN_AFTER_SURNAME = re.compile(r"^([A-ZÄÖÜ][\w-]+),\s+((?:Dr\.|Prof\.)\s+)?([A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)$")
_JOINED_ENTRY = re.compile(r"\)\s+(?=(?:(?:Herr|Frau|Dr\.)\s+)*[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?\s+[A-ZÄÖÜ][\w-]+\s*\()")
_TIME_BEFORE = re.compile(r"^\s*(?:ab|seit)\s+(?:ca\.\s*)?\d{1,2}[:.]\d{2}\s*(?:Uhr\s+)?(?=[A-ZÄÖÜ])(?!Uhr\b)")
_DASHED_ASIDE = re.compile(r"\s[–—]\s+[a-zäöü][^–—()]{2,60}?\s[–—]\s")
_COUNT_TAIL = re.compile(r"\s+[–—-]\s+\d+\s*(?:/|von)\s*\d+\b[^()]*$")
_SPLIT = re.compile(r"\s*(?:[,;]|\bund\b(?!\s+(?:Partner|Söhne)\b)|\bsowie\b|\s/\s|\s·\s|\s[+&]\s(?!(?:Partner|Co|Söhne)\b))\s*(?![^()]*\))")


@dataclass(frozen=True)
class PersonEntry:
    name: str
    status: str
    role: str | None
    affiliation: str | None
    line: Line
    rule: str
    alias: str | None = None  # a nickname in brackets ("Miriam Kaltenbach (mika)") the text may use instead


def find_attendance(lines: list[Line], header_end: int | None = None) -> list[PersonEntry]:
    """``header_end``: offset of the first agenda item; role labels in bullets count only above it."""
    header_end = lines[-1].end if header_end is None and lines else (header_end or 0)
    entries: list[PersonEntry] = []
    roles: list[tuple[str, str, Line]] = []
    labelled = False
    i = 0
    while i < len(lines):
        label = _label(lines[i], lines[i].start < header_end)
        if label is None:
            i += 1
            continue
        kind, value, rest = label
        labelled = labelled or kind == "status"
        label_line = lines[i]
        block, i = _block(lines, i, bool(rest))
        texts = ([(rest, lines[block[0].index - 1] if block else lines[i - 1])] if rest else [])
        if kind == "status":
            texts = _rejoined(([(rest, _line_of(lines, block, rest))] if rest else []) + [(_columns_as_note(l), l) for l in block])
            list_role = _list_role(label_line)
            for text, line in texts:
                entries += [_with_role(p, list_role) for p in _people(text, value, line)]
        else:
            for text, line in ([(rest, _line_of(lines, block, rest))] if rest else []) + [(l.text, l) for l in block]:
                roles += [(name, role, line) for role, part in _role_parts(value, text) for name in _names_only(part)]
    entries += _table_people(lines)
    if not entries and not labelled:  # a label with only a count says the list is kept elsewhere
        entries = _prose_attendance([l for l in lines if l.start < header_end]) or _round_of_reports(lines)
    elif entries and not any(e.status == "present" for e in entries):
        # "Anwesend waren Sabine, Tobias und ich (Ulrike)." over a list of only those excused
        entries = _prose_attendance([l for l in lines if l.start < header_end]) + entries
    elif entries:  # "Selin kam um 19:15 dazu." under the list
        entries += _prose_attendance([l for l in lines if l.start < header_end], _LATE)
    legend = read_legend(lines)  # "DP (Sitzungsleitung), BK" under "DP = Dragana Petrović, …"
    entries = [replace(e, name=spell_out(e.name, legend)) for e in entries]
    roles = [(spell_out(name, legend), role, line) for name, role, line in roles]
    return _roles_from_sentences(_apply_roles(_dedupe(entries), roles), lines)


def _prose_attendance(lines: list[Line], patterns: tuple[tuple[str, re.Pattern[str]], ...] = _PROSE) -> list[PersonEntry]:
    """Minutes without a list may say it in a sentence: "Anwesend waren kato (hat moderiert), joey und
    ich (Paula, Protokoll). memo kam etwas später dazu. Entschuldigt hatte sich bene." """
    out: list[PersonEntry] = []
    for line in lines:
        if line.kind != "text":
            continue
        for status, regex in patterns:
            for m in regex.finditer(line.text):
                names = _PROSE_SELF.sub(_self_named, m.group("names"))
                names = _PROSE_NOTE.sub(lambda n: f"({PROSE_ROLE_NOTES[n.group(1).lower()]})", names)
                out += [replace(p, rule=f"attendance.prose.{status}") for p in _people(names, status, line)]
    return out


def _role_parts(role: str, text: str) -> list[tuple[str, str]]:
    """"SH · Protokoll: MO" after "Leitung:": each office with its names."""
    parts = re.split(r"\s+[·|]\s+", text)
    out = [(role, parts[0])]
    for part in parts[1:]:
        m = re.match(r"^([^:]{2,30}):\s*(.+)$", part)
        label = m.group(1).strip().lower() if m else ""
        if label in _ROLE_BY_LABEL:
            out.append((_ROLE_BY_LABEL[label], m.group(2)))
    return out


def _columns_as_note(line: Line) -> str:
    """"Renate Oltmanns          Einkaufshilfe": a name and its office in columns, read as "Renate Oltmanns (Einkaufshilfe)"."""
    cells = [c for c in re.split(r"\t+| {3,}", line.raw.strip()) if c.strip()]
    if line.kind != "text" or len(cells) < 2 or "," in line.text or "(" in line.text:
        return line.text
    return f"{cells[0].strip()} ({', '.join(c.strip() for c in cells[1:])})"


def _rejoined(texts: list[tuple[str, Line]]) -> list[tuple[str, Line]]:
    """"… Paula Neumeister" / "(Protokoll), Greta Hallmann": a note wrapped to the next line stays with its name,
    and a bracket wrapped to the next line goes on there."""
    out: list[tuple[str, Line]] = []
    for text, line in texts:
        open_bracket = out and out[-1][0].count("(") > out[-1][0].count(")")  # "7 von 9 (Brettschneider, …" / "Rehm)"
        if out and (text.lstrip().startswith("(") or open_bracket):
            out[-1] = (out[-1][0].rstrip() + " " + text.strip(), out[-1][1])
        else:
            out.append((text, line))
    return out


def _round_of_reports(lines: list[Line]) -> list[PersonEntry]:
    """Without a list, a round where each bullet opens with a speaker names who was there.

    "* @tw -- borg multithreading", "- Bira: Data processing": three or more such
    bullets in a row at one indent are a round of reports (Blitzlicht, Vorstellungsrunde).
    """
    out: list[PersonEntry] = []
    for run in _bullet_runs(lines):
        speakers = [(m.group(1) or m.group(2), line) for line in run
                    if (m := _SPEAKER.match(line.text)) and (m.group(1) or m.group(2)).lower() not in _NOT_SPEAKERS]
        if len(speakers) >= 3:
            out += [PersonEntry(name, "present", None, None, line, "attendance.round") for name, line in speakers]
    return out


def _bullet_runs(lines: list[Line]) -> list[list[Line]]:
    """Bullets at one indent that follow each other; their wrapped lines do not break a run."""
    runs: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.kind == "bullet" and (not current or line.indent == current[0].indent):
            current.append(line)
        elif current and line.kind in ("blank", "text") and line.indent > current[0].indent:
            continue
        else:
            runs.append(current)
            current = [line] if line.kind == "bullet" else []
    return [run for run in runs + [current] if run]


def _list_role(line: Line) -> str | None:
    """"Anwesende Mitglieder des Vorstands:" and "Abwesend (Vorstand):" give everyone a role."""
    m = _LABEL_RE.match(line.text)
    if not m:
        return None
    label = _GENDER_ENDING.sub("", re.sub(r"\s+", " ", m.group("label").strip(" *:.")).lower())
    note = (m.group("note") or "").strip().lower()
    return LIST_ROLES.get(label) or LIST_ROLES.get(note)


def _with_role(person: PersonEntry, role: str | None) -> PersonEntry:
    if role is None or person.role is not None:
        return person
    return replace(person, role=role)


def _roles_from_sentences(entries: list[PersonEntry], lines: list[Line]) -> list[PersonEntry]:
    """"Mit Einverständnis übernahm Leon Farchau die Versammlungsleitung" gives a listed person a role."""
    out = list(entries)
    for line in lines:
        for regex in _ROLE_SENTENCES:
            for m in regex.finditer(line.text):
                name = _TITLE_RE.sub("", m.group("name")).strip(" .")
                office = m.group("office").lower()
                role = "minutes" if office.startswith(("protokoll", "schrift", "niederschrift")) else "chair"
                index = next((i for i, e in enumerate(out) if _same_person(e.name, name)), None)
                if index is None and len(name.split()) == 2 and name.split()[0].lower() not in ("der", "die", "das"):
                    # the chair or minute-taker was there even when no list names them
                    out.append(PersonEntry(name, "present", role, None, line, f"attendance.role.{role}"))
                elif index is not None and out[index].role in (None, "Vorstand"):
                    e = out[index]
                    out[index] = replace(e, role=role)
    return out


def _line_of(lines: list[Line], block: list[Line], rest: str) -> Line:
    index = block[0].index - 1 if block else None
    return lines[index] if index is not None else next(l for l in lines if rest in l.text)


def _label(line: Line, in_header: bool = False) -> tuple[str, str, str] | None:
    """("status", "present", rest) for "Anwesend: A, B"; ("role", "minutes", rest) for "Protokoll: C"."""
    if line.kind not in ("heading", "text", "bullet") or not line.text:
        return None
    m = _LABEL_RE.match(line.text)
    if not m:
        return None
    label = _GENDER_ENDING.sub("", re.sub(r"\s+", " ", m.group("label").strip(" *:.")).lower())
    label = _FOR_ITEM.sub("", re.sub(r"^(?:\d{1,2}[.)]?|[a-h]\))\s+", "", label)).strip() or label  # "Gast zu TOP 3:", "b) entschuldigt"
    has_colon = m.group("colon") in (":", "-", "–") or line.text.rstrip().endswith(":")
    if not has_colon and line.kind != "heading" and m.group("rest"):
        return None
    if line.kind == "bullet" and not m.group("rest"):
        return None
    rest = m.group("rest").strip()
    if label not in _STATUS_BY_LABEL and _ascii_umlauts(label) in _STATUS_BY_LABEL:
        label = _ascii_umlauts(label)  # "spaeter:" in minutes typed without umlauts
    if label in _STATUS_BY_LABEL:
        return "status", _STATUS_BY_LABEL[label], rest
    first = label.split()[0] if label.split() else ""
    if first in LABEL_FIRST_WORDS and len(label.split()) <= 4 and has_colon:
        return "status", LABEL_FIRST_WORDS[first], rest
    last = label.split()[-1] if label.split() else ""
    if last in LABEL_LAST_WORDS and len(label.split()) <= 4 and has_colon and in_header:
        return "status", LABEL_LAST_WORDS[last], rest  # "Beim Rundgang außerdem: Hr. Kuhlbrodt (Hausmeister)"
    if in_header and has_colon and rest and _FROM_GROUP.fullmatch(label):
        return "status", "present", rest  # "von der Kita: Fr. Ahrens, Dilara"
    if label in LIST_ROLES and has_colon and _STATUS_NOTE.search(rest):
        return "status", "present", rest  # "Kassenprüfer: Jürgen Pfisterer (anwesend), Anke Vollmer (entschuldigt)"
    if in_header and has_colon and (label in HEADER_PRESENT_LABELS or label in LIST_ROLES and rest):
        return "status", "present", rest  # "Geschäftsstelle:" over its staff, "Kassenprüfer: Heiko Steinrück, Annika Voßkuhle"
    parts = re.split(r"\s+(?:und|&)\s+|\s*/\s*", label)
    if len(parts) > 1 and all(part in _ROLE_BY_LABEL for part in parts):
        label = parts[0]  # "Sitzungsleitung und Protokoll: Birgit Ahrens": the first office is her role
    if label in _ROLE_BY_LABEL and (line.kind != "bullet" or in_header) and (line.kind == "heading" or has_colon):
        return "role", _ROLE_BY_LABEL[label], rest
    return None


def _self_named(m: re.Match) -> str:
    """"ich (Henrike, Protokoll)" -> "Henrike (Protokoll, ich)": the writer, whom the minutes call "ich"."""
    return m.group("name") + f" ({m.group('note') + ', ' if m.group('note') else ''}ich)"


def _ascii_umlauts(text: str) -> str:
    return text.replace("ae", "ä").replace("oe", "ö").replace("ue", "ü")


def _block(lines: list[Line], i: int, inline: bool = False) -> tuple[list[Line], int]:
    """The list lines below a label: bullets and short comma lists up to the next blank gap.

    After "Gast: Renate Obst" (names on the label line) only indented bullets continue the list.
    """
    block: list[Line] = []
    j = i + 1
    while j < len(lines):
        line = lines[j]
        if line.is_blank:
            nxt = next((l for l in lines[j + 1:] if not l.is_blank), None)
            if inline and nxt is not None and nxt.text.startswith("("):
                break  # "Fehlt: Katrin" / blank / "(Pad-Export, Aylin)": a note on the minutes, not on Katrin
            if block and not _list_goes_on(block, nxt):
                break
            if not block and j - i > 4:
                break
            j += 1
            continue
        if line.kind in ("heading", "rule", "table") or _label(line) is not None:
            break
        before = block[-1].text if block else lines[i].text
        wraps = before.rstrip().endswith(",") or line.text.startswith("(") or before.count("(") > before.count(")")
        # (lines set in below the names, "Anw.:    RP, MH\n         LV ab 20:15", go on too)
        if inline and not wraps and not (line.kind in ("bullet", "text") and line.indent > lines[i].indent):
            break
        counted = not block and _COUNT_THEN_NAMES.match(line.text) is not None
        if (_ITEM.match(line.raw) and not _numbered_name(line.text) and not counted) or line.text.lower().rstrip(":") in HEADER_LABELS:
            break  # a numbered line opens an agenda item, unless it only holds a name ("3. Merle Okonkwo")
        if line.kind == "text" and not _looks_like_names(line.text) and not counted:
            break  # (but "27 Mitglieder laut Anwesenheitsliste, darunter die Mitglieder des Vorstands:" leads to names)
        block.append(line)
        j += 1
    return block, j


def _numbered_name(text: str) -> bool:
    m = re.match(r"^\s*\d{1,3}[.)]\s+(.+)$", text)
    return bool(m) and _is_name(_bare_name(re.sub(r"\s*\([^()]*\)", "", m.group(1))))


def _list_goes_on(block: list[Line], nxt: Line | None) -> bool:
    """Bullets, or one name per paragraph (PDF tables), may be spread over blank lines.

    In a long run of single names a stray line (a table header the PDF put between
    them) does not end the list.
    """
    if nxt is None:
        return False
    if block[-1].kind == "bullet" and nxt.kind == "bullet" or _COUNT_THEN_NAMES.match(block[-1].text):
        return True  # (the names announced by "…, darunter die Mitglieder des Vorstands:")
    single = lambda l: l.kind == "text" and len(l.text.split()) <= 3 and "," not in l.text  # noqa: E731
    names = sum(single(l) for l in block)
    return (single(block[-1]) or names >= 3) and single(nxt) and _is_name(nxt.text)


def _looks_like_names(text: str) -> bool:
    text = _LEAD.sub("", text).rstrip(" .")
    words = text.split()
    if not words or len(text) > 400:
        return False
    pieces = _SPLIT.split(re.sub(r"\([^)]*\)", "", text))
    return all(len(p.split()) <= 6 for p in pieces if p) and not text.rstrip().endswith((".", "!", "?"))


def _people(text: str, status: str, line: Line) -> list[PersonEntry]:
    text = _LIST_NUMBER.sub("", clean_inline(text))  # "3. Merle Okonkwo" in a numbered list of names
    text = _DASHED_ASIDE.sub(" ", text)  # "Dagmar Hufnagl und – zum ersten Mal nach ihrer Wahl – Nadine Oberschelp"
    lead = _LEAD.match(text)
    if lead:  # "Unter dem Vorsitz von Ortsvorsteherin Renate Obermaier nahmen an der Sitzung teil: die Ortschaftsräte …"
        chair = _people(_OFFICE_BEFORE.sub("", lead.group("chair")), status, line) if lead.group("chair") else []
        return [replace(p, role="chair") for p in chair] + _people(text[lead.end():].rstrip(" ."), status, line)
    text = _shared_notes(_PROSE_SELF.sub(_self_named, text))  # "Timo, Malte und ich (Henrike, Protokoll)"
    inner = [m for m in _INNER_LABEL.finditer(text) if m.group("label").lower() in _STATUS_BY_LABEL]
    if inner:  # "…; Hartmut Pfeilsticker (Kassenprüfer) Mitglieder: Emre Tuncay, …": a PDF joined two lists
        starts, ends = [0] + [m.end() for m in inner], [m.start() for m in inner] + [len(text)]
        statuses = [status] + [_STATUS_BY_LABEL[m.group("label").lower()] for m in inner]
        return [p for a, b, st in zip(starts, ends, statuses) for p in _people(text[a:b], st, line)]
    if re.match(r"^(?:ca\.\s*|rund\s+|etwa\s+)?\d+\s+[A-ZÄÖÜa-zäöü]|^\d+\s*\(", text):
        named = re.search(r"\b(?:darunter|davon|u\.\s?a\.|unter anderem)\s+|\s(?:\+|plus)\s+|\s[–—]\s+(?=[A-ZÄÖÜ])", text)
        listed = re.match(r"^[^(]{0,40}\(([^()]*,[^()]*)\)\s*$", text)
        if listed is not None:
            text = listed.group(1)  # "11 Personen (Lena, Emre, Sam)"
        elif named is None:
            return []  # "17 Mieterinnen und Mieter": a count, not names
        elif named.group().strip() in ("+", "plus", "–", "—"):
            # "14 leute + fr. dr. reinhold, frau wiegand als gast", "3 von 3 Beiratsmitgliedern – K. Ellerbrock, …"
            text = text[named.end():]
        else:
            text = text[named.start():]  # "41 Mitglieder …, darunter die Vorstandsmitglieder A, B"
    trailing = _TRAILING_STATUS.search(text)
    if trailing and trailing.group(1).lower() in _STATUS_BY_LABEL:
        # "fr. dr. reinhold + hr. castellano (SV-lehrer) als gäste": the status after the names
        text, status = text[: trailing.start()], _STATUS_BY_LABEL[trailing.group(1).lower()]
    text = _COUNT_TAIL.sub("", text)  # "… Ulrike Thamm (UT) – 9/9, beschlussfähig": the count after the list
    text = _JOINED_ENTRY.sub("), ", text)  # "Renate Fuchs (Bewohnervertretung) Günter Wall (Rentnerbund)": a PDF joined two lines
    remark = _REMARK.match(text)
    if remark and not _role_word(remark.group(2)):
        text = remark.group(1)  # "Paul Greiner (nullbyte) -- zum ersten Mal da, willkommen!"
    affiliation = None
    m = re.match(r"^([^:,]{2,50}?)\s*:\s+(.+)$", text)
    if m and not _TITLE_RE.match(m.group(1) + " "):
        affiliation, text = re.sub(r"\(.*?\)", "", m.group(1)).strip(), m.group(2)
    out: list[PersonEntry] = []
    for piece in _unglue(_SPLIT.split(text)):
        piece = _GROUP_BEFORE_NAME.sub("", piece)  # "darunter die Vorstandsmitglieder Sabine Hartmann"
        piece = _TIME_BEFORE.sub("", piece)  # "ab 19:45 Uhr Benedikt Raschke-Olm": late, but there
        # (not "Bernd Kästle (Tiefbauamt)": a person with an office in brackets)
        if out and out[-1].affiliation is None and _ORGANISATION.search(_bare_name(piece)) and not _TITLE_RE.match(piece):
            last = out[-1]  # "Herr Uwe Brandt, Bäderverwaltung der Stadt": where the person comes from
            out[-1] = replace(last, affiliation=_FOR_ITEM.sub("", piece).strip(" .;"))
            continue
        if _note_in_bullet(piece, line, out):
            # "- Finn Ahlgrimm, FSJ", "- Arnd Kleebusch, Bürgermeister (Gemeinde Brammerfeld)": one person a bullet
            where = re.search(r"\(([^()]+)\)", piece)
            out[-1] = replace(out[-1], role=_better_role(out[-1].role, _role_word(piece) or _bare_name(piece)),
                              affiliation=out[-1].affiliation or (where.group(1) if where else None))
            continue
        person = _person(piece, status, line, affiliation)
        office = _OFFICE_AFTER.match(piece.strip()) and not _OFFICE_BEFORE.match(piece.strip())  # "sowie Platzwart Kuno Ulbrich"
        if office and out:  # "Stefan Ruoff, Abteilungskommandant der Feuerwehr (zu TOP 6)": his office
            out[-1] = replace(out[-1], role=_role_word(piece) or _FOR_ITEM.sub("", re.sub(r"\s*\([^()]*\)", "", piece)).strip(" ."))
        elif person is not None:
            out.append(person)
        elif out and _role_word(piece):
            last = out[-1]
            out[-1] = replace(last, role=_role_word(piece))
    return out


def _note_in_bullet(piece: str, line: Line, out: list[PersonEntry]) -> bool:
    """A single word after a full name in its bullet is a note on that person, not a second one."""
    return line.kind == "bullet" and bool(out) and out[-1].line is line and len(out[-1].name.split()) >= 2 \
        and len(_bare_name(piece).split()) == 1 and not _TITLED_NAME.match(piece)


def _better_role(old: str | None, new: str) -> str:
    """Chair and minutes say more than an office ("Geschäftsführerin, Protokoll")."""
    return new if new in ("chair", "minutes") or old is None else old


def _shared_notes(text: str) -> str:
    """"A, B und C (alle CDU)" -> "A (CDU), B (CDU), C (CDU)": the note belongs to each name before it."""
    out, last = [], 0
    for m in _SHARED_NOTE.finditer(text):
        head = text[last:m.start()]
        names = [n.strip() for n in _SPLIT.split(head) if n.strip()]
        separator = re.match(r"\s*[,;]?\s*", head).group()  # ", " after the note before
        out.append(separator + ", ".join(f"{n} ({m.group(1).strip()})" for n in names))
        last = m.end()
    return "".join(out) + text[last:] if out else text


def _unglue(pieces: list[str]) -> list[str]:
    """"Michael Prange Olaf Koenig" (a comma forgotten) is two people when the list is of pairs."""
    pairs = sum(len(p.split()) == 2 for p in pieces)
    out: list[str] = []
    for piece in pieces:
        words = piece.split()
        if len(words) == 4 and pairs >= 2 and all(w[:1].isupper() for w in words) and "(" not in piece:
            out += [" ".join(words[:2]), " ".join(words[2:])]
        else:
            out.append(piece)
    return out


def _role_word(text: str) -> str | None:
    bare = re.sub(r"\s*\([^()]*\)", "", text).strip(" ()-–:")  # "Dirigent (beruflich verhindert)"
    low = bare.lower()
    for candidate in (low, low.split(",")[0].strip(), low.rstrip(".")):  # "Prot.", "Vors."
        if candidate in _ROLE_BY_LABEL:
            return _ROLE_BY_LABEL[candidate]
        if candidate in OTHER_ROLES:
            return bare.split(",")[0].strip()
    return None


def _person(piece: str, status: str, line: Line, affiliation: str | None) -> PersonEntry | None:
    role, alias = None, None
    piece = _FOR_ITEM.sub("", piece.strip(" .-–*"))  # "Herr Gerd Scholl (Planungsbüro) zu TOP 5"
    piece = _FROM_TIME.sub("", piece).strip(" .-–*")  # "Frau Ahrens (Leitung) ab 20:30 Uhr", "Tobias Rehm (TR) – ab 20:00 Uhr"
    quoted = _QUOTED_NICKNAME.search(piece)
    if quoted:  # "Konstantin „Konni“ Fahrenkrog": the name, and what the minutes call him
        alias, piece = quoted.group(1), (piece[: quoted.start()] + " " + piece[quoted.end():]).strip()
        piece = re.sub(r"\s{2,}", " ", piece)
    m = re.match(r"^(.*?)\s+[-–]\s+(.+)$", piece)
    office = _OFFICE_AFTER.match(m.group(2)) if m else None
    if m and _TITLE_RE.match(m.group(2)) and not _TITLE_RE.match(m.group(1)):
        piece, role = m.group(2), m.group(1).strip()  # "Abteilungsleiter – Herr Kurz (Fußball)": the office, then the person
    elif m and (_role_word(m.group(2)) or (_is_name(_bare_name(m.group(1))) and (len(m.group(2).split()) <= 3 or office))):
        # "Dirk Oelschläger – Kasse", "Miriam Kaltenbach (mika) – stellv. Vorsitz", "Stefan Ruoff – Abteilungskommandant (…)"
        where = re.search(r"\([^()]*\)", m.group(2)) if office else None  # "(Freiwillige Feuerwehr Auental)"
        piece = m.group(1) + (" " + where.group() if where else "")
        role = _role_word(m.group(2)) or (office.group() if office else m.group(2).strip())
    org = re.match(r"^(.*?\S)\s+(?:von\s+der|vom|von\s+den)\s+([A-ZÄÖÜ]{2,6}|\S*(?:%s)\S*)\s*$" % "|".join(ORGANISATION_ENDINGS), piece)
    if org and affiliation is None:  # "Frau Quast von der VHS": where she comes from
        piece, affiliation = org.group(1), org.group(2)
    name = _bare_name(piece)
    initials = _initials(name)
    for note in re.findall(r"\(([^)]*)\)", piece):
        for part in [p.strip() for p in note.split(",")]:
            if _FOR_ITEM.fullmatch(part):
                continue  # "(Tiefbauamt, zu TOP 7)": when the person was there
            if re.match(r"für\s+[A-ZÄÖÜ]", part):
                continue  # "Pia Vogt (für Ralf Sand)": whom she stands in for
            if part == "ich":
                alias = alias or part  # the writer: "Paul und ich erstellen …"
                continue
            if part.lower().rstrip(".") in STATUS_NOTES:
                # "Fehlend: Obermaier (entsch.)", "Kassenprüfer: Anke Vollmer (entschuldigt)"
                status = STATUS_NOTES[part.lower().rstrip(".")]
            elif _role_word(part):
                role = role or _role_word(part)
            elif _OFFICE_AFTER.fullmatch(part):
                role = role or part  # "Kuno (Platzwart)": his office, not where he comes from
            elif (_INITIALS.match(part) and part in initials) or _NOTE.search(part) or part.startswith("+"):
                continue  # "(SD)" beside Stephan Druskat is his initials; "(CDU)" is a party
            elif _INITIALS.match(part) and len(name.split()) == 1 and part.endswith(initials) and len(part) > len(initials):
                alias = alias or part  # "Pfisterer (KP)", "Rehfeldt-Moser (CRM)": a surname and the initials the minutes use
            elif _NICKNAME.fullmatch(part) and len(name.split()) >= 2:
                alias = part  # "Emre Tuncay (tuxemre)": what the minutes may call him
            elif re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{1,10}", part) and len(name.split()) >= 2 \
                    and part[:2].lower() == name.split()[0][:2].lower() and part != name.split()[0]:
                alias = part  # "Friederike Lohmann (Fritzi)": a short form of the first name
            elif part:
                affiliation = part
    if not _is_name(name):
        return None
    return PersonEntry(name, status, role, affiliation, line, f"attendance.{status}", alias)


def _bare_name(piece: str) -> str:
    name = _OFFICE_BEFORE.sub("", re.sub(r"\(.*?\)|\(.*$", "", piece).strip(" ,.:"))  # "Erster Bürgermeister Frank Hollerbach"
    return _TITLE_RE.sub("", name).strip()


def _is_name(name: str) -> bool:
    if not name or len(name) > 60 or len(name.split()) > 4 or not re.search(r"[A-Za-zÄÖÜäöü]", name):
        return False
    low = name.lower()
    if re.search(r"\d", name) and (len(name.split()) > 1 or not re.search(r"[A-Za-z].*[A-Za-z]", name)):
        return False
    if any(low == w or low.startswith(w + " ") for w in NO_NAMES):
        return False
    if low in _STATUS_BY_LABEL or low in _ROLE_BY_LABEL or low in OTHER_ROLES:
        return False
    words = name.split()
    return len(words) == 1 or all(w[0].isupper() or w[0] in "@'\"" or w in _PARTICLES for w in words)


def _names_only(text: str) -> list[str]:
    people = _people(text, "present", Line(0, 0, 0, text, 0, "text", 0, text, 0))
    return [p.name for p in people]


def _table_people(lines: list[Line]) -> list[PersonEntry]:
    """Word tables: a header row with "Name" and a status or function column."""
    out: list[PersonEntry] = []
    header: list[str] | None = None
    for line in lines:
        if line.kind != "table":
            header = None
            continue
        if is_table_rule(line):
            continue
        cells = table_cells(line)
        low = [c.lower() for c in cells]
        if header is None:
            header = low if any(c in ("name", "teilnehmer", "teilnehmende", "person") for c in low) else []
            continue
        if header:
            out += _table_row(header, cells, line)
    return out


def _table_row(header: list[str], cells: list[str], line: Line) -> list[PersonEntry]:
    row = dict(zip(header, cells))
    name = next((row[k] for k in ("name", "teilnehmer", "teilnehmende", "person") if k in row), "")
    status = "present"
    name = _GIVEN_AFTER_SURNAME.sub(lambda m: f"{m.group(3)} {m.group(1)}", name.strip())  # "Pfeilsticker, Dr. Konrad"
    for key, value in row.items():
        low = value.lower().strip()
        head = re.sub(r"\s*(?:\(.*|\bab\s.*|\bbis\s.*|,.*)$", "", low)  # "anwesend ab 15:10 Uhr", "Gast (TOP 4)"
        if low in _STATUS_BY_LABEL or head in _STATUS_BY_LABEL:
            status = _STATUS_BY_LABEL.get(low) or _STATUS_BY_LABEL[head]
        elif key.strip(" ?:") in _STATUS_BY_LABEL and low in ("x", "ja", "✓", "✔"):
            status = _STATUS_BY_LABEL[key.strip(" ?:")]
        elif _STATUS_BY_LABEL.get(key.strip(" ?:")) == "present" and low in ("nein", "no", "-", "–", "✗"):
            status = "absent"  # "| Hannelore Stüve | Förderverein | nein |" under "da?"
    affiliation = next((row[k] for k in ("organisation", "institution", "verein", "fraktion") if k in row), None)
    note = next((row[k] for k in ("bemerkung", "bemerkungen", "anmerkung", "notiz", "status") if k in row), "")
    first = re.split(r"[\s,(]", note.strip(), maxsplit=1)[0].lower()
    if first in _STATUS_BY_LABEL:
        status = _STATUS_BY_LABEL[first]  # "Gast (Gesamtschule Am Mühlbach), bis TOP 3"
        bracket = re.search(r"\(([^()]+)\)", note)
        affiliation = affiliation or (bracket.group(1) if bracket else None)
    role_cell = next((row[k] for k in row if re.split(r"[\s/]", k)[0] in ("funktion", "rolle", "amt")), "") \
        or (note if _role_word(note) else "")  # "| Funktion / entsendende Stelle |"
    role_cell = "" if role_cell.strip() in ("-", "–", "—") else role_cell
    person = _person(name, status, line, affiliation or None)
    if person is None:
        return []
    role = _role_word(role_cell) if role_cell else None
    return [PersonEntry(person.name, status, role or (role_cell or None) if role_cell else person.role,
                        person.affiliation, line, "attendance.table", person.alias)]


def _dedupe(entries: list[PersonEntry]) -> list[PersonEntry]:
    seen: dict[str, int] = {}
    out: list[PersonEntry] = []
    for entry in entries:
        key = entry.name.lower()
        if key in seen:
            continue
        seen[key] = len(out)
        out.append(entry)
    return out


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _apply_roles(entries: list[PersonEntry], roles: list[tuple[str, str, Line]]) -> list[PersonEntry]:
    """"Protokoll: Michael Prange" gives the listed person a role, or adds them as present."""
    out = list(entries)
    for name, role, line in roles:
        match = next((i for i, e in enumerate(out) if _same_person(e.name, name) or e.alias == name
                      or (re.fullmatch(r"[A-ZÄÖÜ]{2,3}", name) and _initials(e.name) == name)), None)  # "Protokoll: MO"
        if match is None:
            out.append(PersonEntry(name, "present", role, None, line, f"attendance.role.{role}"))
        elif out[match].role is None:
            e = out[match]
            fuller = name if len(name) > len(e.name) and e.alias != name else e.name  # "Prot.: K.-D. Pohl" names "Pohl" in full
            out[match] = replace(e, name=fuller, role=role)
    return out


def _same_person(a: str, b: str) -> bool:
    a_words, b_words = a.lower().split(), b.lower().split()
    if a_words == b_words:
        return True
    if a_words and b_words and a_words[-1] == b_words[-1]:
        return a_words[0][0] == b_words[0][0] or len(a_words) == 1 or len(b_words) == 1
    return len(b_words) == 1 and b_words[0] in a_words


def names_few(people: list[PersonEntry]) -> bool:
    """A head count with only the chair and the minute-taker named ("Anwesend: 14 Leute"): the
    names in the text mostly belong to people no list gives, so they are taken as written."""
    listed = [p for p in people if p.status == "present" and not p.rule.startswith("attendance.role")]
    return len(listed) < 3


def role_aliases(people: list[PersonEntry]) -> dict[str, str]:
    """"die Kassenwartin", "der Schriftführer" -> the listed person who holds that office (when only one does).

    Board offices only: "der Protokollant" of one meeting stays as written.
    """
    holders: dict[str, set[str]] = {}
    for person in people:
        if person.affiliation and re.fullmatch(r"[A-ZÄÖÜ]{2,4}", person.affiliation):
            holders.setdefault(person.affiliation.lower(), set()).add(person.name)  # "Birgit Ahrens (KL)", then "KL lädt ein"
        if not person.role:
            continue
        words = OFFICES_OF_ROLES.get(person.role, (person.role.lower(),))
        for word in words:
            holders.setdefault(word, set()).add(person.name)
            if word.endswith("in"):
                holders.setdefault(word[:-2], set()).add(person.name)  # "Kassenwartin" answers to "Kassenwart"
    return {word: next(iter(names)) for word, names in holders.items() if len(names) == 1}


def nickname_aliases(people: list[PersonEntry]) -> dict[str, str]:
    """"jowe" -> "Jonas Wendeborn": nicknames the attendance list gives in brackets."""
    return {person.alias.lower(): person.name for person in people if person.alias}
