"""Split a protocol into clauses that suit minutes: one decision or task per clause.

Minutes pack several items into one line ("Hr. Sternal ruft Frau Schmidt an;
Hr. Sternal spricht mit Fr. Möbbeck"), use bullets and verbless fragments.
A clause is a bullet, a sentence or a part of one between semicolons.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from extractor.lang.de.abbreviations import ABBREVIATIONS, NUMBERED_PERIODS, SENTENCE_OPENERS
from extractor.lang.de.temporal import MONTHS
from extractor.lang.de.findings import (
    ARROW_BULLET, ARTICLES, CLAUSE_TASK_VERBS, GAPPED_DOER, HELPER_VERBS, INVERTED_TASK_VERBS, MOTION_INTRO_INLINE, OUTCOME_WORDS,
    SECOND_ELECTION, STATUS_WORDS,
    STILL_TO_DO, TAKES_ON_VERBS, TASK_MODALS, VOTE_TOTAL,
)
from extractor.structure.agenda import Heading
from extractor.structure.lines import Line, clean_inline

_ABBREV = {a.lower() for a in ABBREVIATIONS}
_OPENER = re.compile(r"\s+(?:%s)\s" % "|".join(SENTENCE_OPENERS))
# "... gestellt werden. (SD)": a short bracket after the last sentence still belongs to it
_SENTENCE_END = re.compile(r"([.!?])\s+(?=[A-ZÄÖÜ„\"]|\((?![^()]{1,30}\)(?:\s*$|\s+[A-ZÄÖÜ„\"])))")
# "... abgelegt. (SD) Weitere folgen.": the bracket closes the sentence before it
_BRACKET_END = re.compile(r"[.!?]\s+\([^()]{1,30}\)(?=\s+[A-ZÄÖÜ„\"])")
# "   11.05.  Päd. Tag (unterrichtsfrei)": a row of a list of dates set in columns
_DATED_ROW = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.(?:\d{2,4})?(?:\s{2,}|\t)\S")
_SHORT_LABEL_LINE = re.compile(r"^[A-ZÄÖÜ][\w .&/-]{2,40}:\s+\S.{0,40}$")
_LABEL_LINE = re.compile(r"^[A-ZÄÖÜ][\w .&/-]{2,40}:\s+\S")
_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|[a-z]\)|[-*•◦▪])\s+")
_PERSON_TASK = re.compile(r"(?:,\s+|:\s+|\s+und\s+|\s[–—-]\s+)(?=(?:(?:Hr\.|Fr\.|Herr|Frau|die|der|das)\s+)?[A-ZÄÖÜ@][\w.@-]+(?:\s*(?:[+&]|und)\s*[A-ZÄÖÜ@][\w.@-]+)?\s+(?:"
                          + "|".join(CLAUSE_TASK_VERBS) + r")\b)")
# ", Michael bei Digitalcourage": a second doer whose verb is left out (no verb up to the next comma)
_GAPPED = re.compile(r",\s+(?=%s)" % GAPPED_DOER)
_GAPPED_START = re.compile(GAPPED_DOER)
# ", dies muss noch angepasst werden": what is still to do after a report
_SECOND_ELECTION = re.compile(SECOND_ELECTION)
_STILL_TO_DO = re.compile(r",\s+(?=%s)" % STILL_TO_DO)
# "Weihnachtsessen: Fr, 12.12., 19:00 Uhr → Monika reserviert den Tisch": an event on its day, then someone's deed
_ARROW_OPENS = re.compile(r"(?:→|->)\s")
# "Fragen überarbeiten: Lea + Carla; bis 20.06.": only the deadline of the task before the semicolon
_ONLY_DUE_AFTER = re.compile(r"(?:bis|spätestens)\s+[^;\n]{1,25}?[ \t]*(?:$|\n)", re.IGNORECASE)
_ARROW_TO_DEED = re.compile(r"\s+(?:→|->)\s+(?=[A-ZÄÖÜ@][\w.@-]*\s+[a-zäöüß]{2,}(?:t|et)\b)")
# "… Ausweiskopie fehlt\n   -> MH reicht sie nach": an arrow that opens a line of its own leads to the next step
_ARROW_LINE = re.compile(r"\n[ \t]*(?=(?:→|->)[ \t]*(?:[A-ZÄÖÜ@][\w.@-]*|alle|wir)\s+[a-zäöüß]{2,}(?:t|et|en)\b)")
_EVENT_DAY = re.compile(r"(?<!\bbis )(?<!\bzum )(?<!\bspätestens )\b\d{1,2}\.\d{1,2}\.")
# a word that may be a finite verb, not an article ("den", "einen") of the doer's object
_FINITE = re.compile(r"\b(?!(?:%s)\b)[a-zäöüß]{3,}(?:t|en)\b" % "|".join(ARTICLES))

_PERSON_DOES = re.compile(r"(?:^|,\s+|\s)(?:(?:Hr\.|Fr\.|Herr|Frau)\s+)?[A-ZÄÖÜ@][\w.@-]+\s+(?:" + "|".join(CLAUSE_TASK_VERBS) + r")\b")
# "Waffeleisen bringen CB und SM mit, den Teig macht HV", "…, Glühwein bringt Dirk mit": a second task, object first
_INVERTED_TASK = re.compile(r",\s+(?=(?:(?:den|die|das|der)\s+)?[A-ZÄÖÜ][\w-]+\s+(?:" + "|".join(INVERTED_TASK_VERBS)
                            + r")\s+(?:(?:Hr\.|Fr\.|Herr|Frau)\s+)?[A-ZÄÖÜ])")
_MODAL = re.compile(TASK_MODALS)
_TOTAL_AFTER = re.compile(VOTE_TOTAL + r"\d", re.IGNORECASE)
# a checkbox after some text opens an item of its own
_CHECKBOX_INSIDE = re.compile(r"\S\s+(\[[ xX✓✔]?\]\s)")
# a lower-case word that may be a finite verb: the piece before a comma states something
_VERB_LIKE = re.compile(r"\b[a-zäöüß]{2,}(?:t|en|st)\b|\b(?:ist|sind|war|hat|gibt|kommt|fehlt)\b")
# "> " at the start of a wrapped line of a quoted paragraph is markup, not text
_QUOTE_MARKS = re.compile(r"\n[ \t]*(?:>[ \t]?)+")
_MOTION_INTRO = re.compile(MOTION_INTRO_INLINE)
_INITIALS_DOER = re.compile(r"\s+[A-ZÄÖÜ]{2,4}\s+[a-zäöüß]{3,}t\b")  # "TBA prüft": a short name and its verb
# a vote count just before an arrow
_VOTES_BEFORE = re.compile(r"(?:\d+\s*(?:dafür|dagegen|ja|nein|enth\.|enthaltung(?:en)?)|\d+\s*/\s*\d+\s*/\s*\d+|einstimmig)\s*\)?\s*$",
                           re.IGNORECASE)
# "... erledigt werden. Verantwortlich: Nguyen" at a line end: the next line starts anew
# (a label opens its line or sentence: "... für den Jugendraum: Nutzung nur mit" wraps on)
_LABEL_AT_LINE_END = re.compile(r"(?:^|(?<=\n)|(?<=[.!?;)] ))[ \t]*[A-ZÄÖÜ][\wäöüß-]{2,30}:[ \t]*[^\n.;:]{1,40}\n(?=[ \t]*[A-ZÄÖÜ])")
# "... wird abbestellt. 6/1/0" at a line end: the votes close the sentence, the next line starts anew
_VOTES_AT_LINE_END = re.compile(r"[.!]?[ \t]*\(?\d{1,3}[ \t]*[/:][ \t]*\d{1,3}[ \t]*[/:][ \t]*\d{1,3}\)?[ \t]*\n(?=[ \t]*[A-ZÄÖÜ])")
# "A; B", "Thema → nächster Schritt" split; "Flyer drucken → Chiara, bis Monatsende" names who and when,
# "Fotos im Schaukasten (JF) -> erl." tells the state of the item, "Kühltheke brummt → Ben schaut es sich an"
# and "… eingetragen sein -> macht Jule" name who deals with it
_CLAUSE_BREAK = re.compile(r"\s*;\s+|(?<=[.!?])\s+(?:→|->)\s+(?![A-ZÄÖÜ@][\w.@-]+\s*(?:$|,))(?!(?i:%s)\b)|\s+(?:→|->)\s+(?![A-ZÄÖÜ@][\w.@-]+(?:\s+[A-ZÄÖÜ][\w-]+)?(?:\s*(?:\+|&|,|und)\s*[A-ZÄÖÜ@][\w.@-]+)*\s*(?:$|,|\(|(?:bis|ab|zum|spätestens|binnen)\b)|(?i:%s)(?:\W|$)"
                           # "… → bis 24.03.", "… → nächste Woche": only the deadline of the task before the arrow
                           r"|(?i:bis|spätestens|binnen|nächste[nr]?|kommende[nr]?|Ende|Mitte|Anfang|KW|zeitnah|sofort|morgen)\b"
                           r"|(?:%s)(?:\s+das)?\s+[A-ZÄÖÜ@][\w.@-]*\s*$"
                           r"|[A-ZÄÖÜ@][\w.@-]*\s+[a-zäöüß]{2,}(?:t|et)\b)" % (
                               "|".join(OUTCOME_WORDS), "|".join(STATUS_WORDS + OUTCOME_WORDS), "|".join(TAKES_ON_VERBS)))


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    text: str
    raw: str
    agenda_item: str | None
    kind: str  # bullet | text | heading
    context: tuple[str, ...] = ()  # parent lines, nearest first, then the agenda item's title
    before: str = ""  # the piece of the same paragraph just before ("Am Sonntag ist Repair Café, ...")


def split_clauses(text: str, lines: list[Line], headings: list[Heading],
                  skip: frozenset[int] = frozenset(), handles: frozenset[str] = frozenset()) -> list[Clause]:
    """Clauses of the body; ``skip`` holds indices of lines already read (headings, lists).

    ``handles`` are listed names written in small letters ("kato", "memo"): a sentence may
    start with one ("Kühlschrank riecht. flo räumt ihn aus"), and an arrow may point to one.
    """
    skip = skip | {h.line.index for h in headings if not h.runs_on}
    clauses: list[Clause] = [_subheading(line, headings) for line in lines
                             if line.kind == "heading" and line.index not in skip and line.text]
    for start, end, kind, first in _rejoin_broken(text, _units([l for l in lines if l.index not in skip])):
        heading = _heading_at(headings, start)
        context = _parents(lines, first) + ((heading.title,) if heading else ())
        before, previous_end = "", None
        for n, (s, e) in enumerate(_pieces(text, start, end, handles)):
            raw = text[s:e]
            cleaned = _LIST_MARKER.sub("", clean_inline(_QUOTE_MARKS.sub(" ", raw).replace("\n", " ")))
            if not re.search(r"\w", cleaned):
                continue
            # only a comma joins a piece to the one before ("Am Sonntag ist Repair Café, Michael geht hin")
            joined = before if previous_end is not None and "," in text[previous_end:s] else ""
            # "- → Daniel lädt zum Auftakt ein": an arrow that opens a bullet marks it as a task
            marked = (ARROW_BULLET,) if n == 0 and first.kind == "bullet" and _ARROW_OPENS.match(first.text) else ()
            clauses.append(Clause(s, e, cleaned, raw, heading.number if heading else None, kind, marked + context, joined))
            before, previous_end = cleaned, e
    return sorted(clauses, key=lambda c: c.start)


def cell_clauses(text: str, start: int, end: int, agenda_item: str | None, context: tuple[str, ...]) -> list[Clause]:
    """The sentences of a table cell as clauses ("Vorschlag angenommen (Konsens). J. Wilmsen fragt bei der Band an.")."""
    out = []
    for s, e in _pieces(text, start, end):
        cleaned = clean_inline(text[s:e].replace("\n", " "))
        if re.search(r"\w", cleaned):
            out.append(Clause(s, e, cleaned, text[s:e], agenda_item, "table", context))
    return out


def _subheading(line: Line, headings: list[Heading]) -> Clause:
    """A heading below the agenda items ("### AG Cyber"): it names what the lines under it vote on."""
    heading = _heading_at(headings, line.start)
    return Clause(line.content_start, line.end, line.text, line.raw, heading.number if heading else None, "heading")


def _parents(lines: list[Line], first: Line) -> tuple[str, ...]:
    """Lines a list item hangs from: "Vorbereitung für den 13. Oktober" over its sub-items,
    and the sentence that introduces a list ("... stellte die Tagesordnung vor:")."""
    out: list[str] = []
    indent, top = first.indent, first
    for line in reversed(lines[: first.index]):
        if line.kind in ("blank", "rule", "table") or not line.text:
            continue
        if line.kind == "heading":
            return tuple(out)
        if line.indent < indent:
            out.append(_LIST_MARKER.sub("", line.text))
            indent, top = line.indent, line
        if indent == 0:
            break
    intro = _list_intro(lines, top)
    return tuple(out) + ((intro,) if intro else ())


def _list_intro(lines: list[Line], item: Line) -> str | None:
    """The line ending in ":" or "?", or a bold label, right above the list that ``item`` belongs to
    ("Was muss bis zum 16. passieren?", "**To do**")."""
    if not _is_item(item):
        return None
    for line in reversed(lines[: item.index]):
        if line.kind in ("blank", "rule") or not line.text:
            continue
        if line.kind == "heading":
            return None  # "4. CTF" over its items: an agenda item, no list intro
        if _is_item(line) or line.indent > item.indent:
            continue
        return line.text if line.kind == "text" and (line.text.rstrip().endswith((":", "?")) or _BOLD_LABEL.match(line.raw)) else None
    return None


# "**To do**" alone on its line heads the list below it like "To do:"
_BOLD_LABEL = re.compile(r"^\s*(\*\*|__)[^*_\n]{2,40}\1\s*$")


def _is_item(line: Line) -> bool:
    return line.kind == "bullet" or bool(re.match(r"\s*(?:\d{1,2}[.)]|[a-z]\))\s", line.raw.lstrip("> ")))


def _units(lines: list[Line]) -> list[tuple[int, int, str, Line]]:
    """Paragraphs and bullets (with their wrapped continuation lines) as spans."""
    units: list[list | None] = []
    previous = None
    above = ""
    for line in lines:
        above, line_above = line.text, above
        if previous is not None and line.index != previous + 1:
            units.append(None)
        previous = line.index
        if line.kind in ("blank", "rule", "heading", "table"):
            units.append(None)
            continue
        current = units[-1] if units else None
        continues = current is not None and line.kind == "text" and (
            current[2] == "text" or line.indent > current[3])
        # a new numbered item or a new "Label: ..." line ("Kandidatur Thommy: Ja") starts its own unit,
        # and a short "Abstimmung: 6/0/1" line keeps to itself
        label_before = current is not None and _SHORT_LABEL_LINE.match(current[4].text) and current[1] == current[4].end
        if continues and not _starts_item(line, line_above) \
                and not _LABEL_LINE.match(line.text) and not _DATED_ROW.match(line.raw) \
                and not label_before:
            current[1] = line.end
        else:
            units.append([line.content_start, line.end, line.kind, line.indent, line])
    return [(u[0], u[1], u[2], u[4]) for u in units if u]


def _starts_item(line: Line, above: str) -> bool:
    """"2. Kasse" under a paragraph opens an item; "bis zum" / "14. März eine Liste" wraps a date."""
    if not re.match(r"^\s*(?:\d{1,2}[.)]|[a-z]\))\s", line.raw):
        return False
    return not (_MONTH_AFTER_NUMBER.match(line.raw) and (_LOWER_END.search(above) or above.rstrip().endswith(",")))


_MONTH_AFTER_NUMBER = re.compile(r"^\s*\d{1,2}\.\s+(?:(?:und|bis|/|–|-)\s*\d{1,2}\.\s+)?(?:%s)\b" % "|".join([m.capitalize() for m in MONTHS] + list(NUMBERED_PERIODS)))
_OPEN_END = re.compile(r"[^\W\d]\s*$|,\s*$")
_LOWER_END = re.compile(r"(?:^|\s)[a-zäöüß][\w-]*,?\s*$")


def _rejoin_broken(text: str, units: list[tuple[int, int, str, Line]]) -> list[tuple[int, int, str, Line]]:
    """Paragraphs a PDF split mid-sentence ("Die Anwesenden übertrugen einstimmig" / "Daniel Nüst" /
    "die Leitung der Wahl ...") are one unit again: an open end, then a lower-case start,
    with at most one short name line between."""
    out = list(units)
    i = 0
    while i < len(out) - 1:
        for gap in (1, 2):
            run = out[i: i + gap + 1]
            if len(run) == gap + 1 and _broken(text, run):
                out[i: i + gap + 1] = [(run[0][0], run[-1][1], run[0][2], run[0][3])]
                break
        else:
            i += 1
    return out


def _broken(text: str, run: list[tuple[int, int, str, Line]]) -> bool:
    pieces = [text[start:end].strip() for start, end, _, _ in run]
    gaps = [text[a[1]:b[0]] for a, b in zip(run, run[1:])]
    if any(kind != "text" for _, _, kind, _ in run) or not all(pieces) or any(g.strip() for g in gaps):
        return False
    middle_ok = all(len(p.split()) <= 3 and p[:1].isupper() and _OPEN_END.search(p) for p in pieces[1:-1])
    return bool(_LOWER_END.search(pieces[0])) and pieces[-1][:1].islower() and middle_ok


def gapped_doer(text: str) -> str | None:
    """"Michael bei Digitalcourage und Repair Café": the doer of a task whose verb came before, else None."""
    m = _GAPPED_START.match(text)
    return m.group("who") if m and not _FINITE.search(text[m.end():]) else None


def _pieces(text: str, start: int, end: int, handles: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    segment = text[start:end]
    bounds = [0]
    handle_start, to_handle, handle_task = _handle_patterns(handles)
    for regex in (_SENTENCE_END, handle_start):
        for m in regex.finditer(segment) if regex else ():
            # "… Treffpunkt Eingang Haus 14. Konrad nimmt an der Abnahme teil.": a listed person after a number
            if _ends_sentence(segment, m.start(1)) or regex is handle_start and segment[: m.start(1)][-1:].isdigit():
                bounds.append(m.end(1))
    for m in _BRACKET_END.finditer(segment):
        bounds.append(m.end())
    for m in _CLAUSE_BREAK.finditer(segment):
        arrow = bool(re.search(r"→|->", m.group()))
        if ";" in m.group() and (_in_brackets(segment, m.start()) or _TOTAL_AFTER.match(segment, m.end())
                                 or _ONLY_DUE_AFTER.match(segment, m.end())):
            continue  # "(A: Verbot ganztägig; B: Handyzonen)", "… Schüler 3/0/0; gesamt 11/1/0"
        if not (to_handle and to_handle.match(segment, m.start())) \
                and not (arrow and (_direction(segment, m.start(), m.end()) or _outcome_of_vote(segment, m.start()))):
            bounds.append(m.start())
    for regex in (_INVERTED_TASK, handle_task):
        for m in regex.finditer(segment) if regex else ():
            bounds.append(m.start())
    second = _second_doer(handles)
    for m in second.finditer(segment) if second else ():
        bounds.append(m.start() + m.group().rfind(","))
    for m in _LABEL_AT_LINE_END.finditer(segment):
        bounds.append(m.end())
    for m in _VOTES_AT_LINE_END.finditer(segment):
        bounds.append(m.end())
    for m in _CHECKBOX_INSIDE.finditer(segment):
        bounds.append(m.start(1))  # "Sand verdreckt, Katzen. [ ] Kuhlbrodt tauscht Sand aus [ ] Netz besorgen -> Dagmar"
    for m in _MOTION_INTRO.finditer(segment):
        bounds.append(m.end())  # "... folgende Regelung zur Abstimmung gestellt: | Der Beitrag ..."
    for m in _STILL_TO_DO.finditer(segment):
        bounds.append(m.start())
    for m in _ARROW_TO_DEED.finditer(segment):
        sentence_start = _sentence_start(bounds, m.start())
        if _EVENT_DAY.search(segment, sentence_start, m.start()):
            bounds.append(m.start())
    for m in _ARROW_LINE.finditer(segment):
        sentence_start = _sentence_start(bounds, m.start())
        if not _MODAL.search(segment, sentence_start, m.start()):
            bounds.append(m.end())  # ("Einladung muss 3 Wochen vorher raus\n -> MK versendet sie": the need and its doer, one task)
    for m in _SECOND_ELECTION.finditer(segment):
        bounds.append(m.start())  # "… zur Vorsitzenden gewählt, | Timo mit fünf Ja-Stimmen … zum Stellvertreter"  # "Wurde installiert, läuft aber …, dies muss noch angepasst werden (Leon)"
    for m in _GAPPED.finditer(segment):
        # "Philip fragt bei VOW an, Michael bei Digitalcourage": the second doer, the verb left out
        sentence_start = _sentence_start(bounds, m.start())
        rest = re.split(r"[,;.]", segment[m.end():], maxsplit=1)[0]
        if _PERSON_DOES.search(segment[sentence_start:m.start()]) and not _FINITE.search(rest):
            bounds.append(m.start())
    person_tasks: set[int] = set()
    for m in _PERSON_TASK.finditer(segment):
        if m.group().strip() in ("und", ":") and not _listed_next(segment, m.end(), handles):
            continue  # "… den Grill und die Absperrung übernimmt": no second doer
        if len(re.split(r"[,;.]", segment[m.end():], maxsplit=1)[0].split()) <= 2:
            continue  # "Entwurf kommt von der Bank, Dieter prüft": a name and a verb need what came before
        # "Frau N. ist im Urlaub, Leon spricht mit dem Hausmeister": a statement, then someone's task
        sentence_start = _sentence_start(bounds, m.start())
        left = segment[sentence_start:m.start()]
        if not _MODAL.search(left) and _VERB_LIKE.search(left):
            bounds.append(m.start())  # "Sortierkasten als Spende von Hornbach, Olaf fragt an" stays whole
            person_tasks.add(m.start())
    bounds = sorted(set(bounds)) + [len(segment)]
    out = []
    for a, b in zip(bounds, bounds[1:]):
        piece = segment[a:b]
        lead = len(piece) - len(piece.lstrip(" ,;:→->–—\t\n"))
        joint = re.match(r"und\s+", piece[lead:]) if a in person_tasks else None
        lead += joint.end() if joint else 0  # "… mit und Leonie besorgt Pfandmarken": the second task
        trail = len(piece.rstrip())
        if trail > lead:
            out.append((start + a + lead, start + a + trail))
    return out


def _sentence_start(bounds: list[int], at: int) -> int:
    """Where the piece that holds ``at`` begins, by the bounds found so far."""
    return max([b for b in bounds if b <= at] or [0])


def _in_brackets(segment: str, at: int) -> bool:
    return segment.count("(", 0, at) > segment.count(")", 0, at)


def _listed_next(segment: str, at: int, handles: frozenset[str]) -> bool:
    """The name after "und" or a colon is a listed person ("… mit und Leonie besorgt …")."""
    word = re.match(r"(?:(?:Hr\.|Fr\.|Herr|Frau)\s+)?([\w@.-]+)", segment[at:])
    # initials with their verb name a listed person too: "… läuft am 30.06. ab: PV meldet sich an"
    return word is not None and (word.group(1).lower().lstrip("@") in handles
                                 or re.fullmatch(r"[A-ZÄÖÜ]{2,4}", word.group(1)) is not None)


def _outcome_of_vote(segment: str, arrow: int) -> bool:
    """"abstimmung: 13 dafür, 1 dagegen -> rosenaktion findet statt": the arrow leads from the vote to what it decided."""
    return _VOTES_BEFORE.search(segment, 0, arrow) is not None


def _direction(segment: str, start: int, end: int) -> bool:
    """"Richtfunk Haus B -> Haus C testen": an arrow from one place to its like, no next step."""
    after = re.match(r"[\wÄÖÜäöüß-]+", segment[end:])
    return after is not None and after.group().lower() in segment[max(0, start - 30):start].lower().split()[-2:]


@lru_cache(maxsize=64)
def _handle_patterns(handles: frozenset[str]) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """A sentence that opens with a listed handle ("… riecht. flo räumt …", "… Haus 14. Konrad nimmt …"), an arrow that
    points to handles ("-> bene", "-> kato + memo, bis Freitag"), and a second task that a
    handle does (", Raclettegeräte bringen joey und memo mit", ", tk liefert Fotos")."""
    if not handles:
        return None, None, None
    names = "|".join(re.escape(h) for h in sorted(handles, key=len, reverse=True))
    either_case = "|".join(f"(?i:{re.escape(h[0])}){re.escape(h[1:])}" for h in sorted(handles, key=len, reverse=True))
    starts = re.compile(rf"([.!?])\s+(?=(?:{either_case})\s+[a-zäöüß])")
    arrow = re.compile(rf"\s+(?:→|->)\s+(?:{names})(?:\s*(?:\+|&|,|und)\s*(?:{names}))*"
                       rf"\s*(?:$|,|(?:bis|ab|zum|spätestens|binnen)\b|[a-zäöüß]{{2,}}(?:t|et)\b)")
    inverted = re.compile(r",\s+(?=(?:(?:den|die|das|der)\s+)?[A-ZÄÖÜ][\w-]+\s+(?:%s)\s+(?:%s)\b)" % (
        "|".join(INVERTED_TASK_VERBS), names))
    return starts, arrow, inverted


@lru_cache(maxsize=64)
def _second_doer(handles: frozenset[str]) -> re.Pattern | None:
    """", tk liefert Fotos" after a task that has its doer ("… an die Stiftung -> jana", "emilia bereitet … vor");
    ", carla kommt mit" only helps."""
    if not handles:
        return None
    names = "|".join(re.escape(h) for h in sorted(handles, key=len, reverse=True))
    return re.compile(r"(?:(?:→|->)\s*\S|(?:^\W*|[.;:]\s+)(?:%s)\s+[a-zäöüß]{2,}(?:t|et)\b)[^,;]*,\s+"
                      r"(?=(?:%s)\s+(?!(?:%s)\b)[a-zäöüß]{2,}(?:t|et)\s+\w)" % (names, names, "|".join(HELPER_VERBS)))


def _ends_sentence(segment: str, dot: int) -> bool:
    """A dot after "z.B", "Hr" or an initial ("R.") does not end a sentence."""
    if segment[dot] != ".":
        return True
    if dot and segment[dot - 1] in ")\"“”'»€":
        return True  # "... fest (7 von 9 anwesend). Die Tagesordnung ...", "... für 318 €. Der Vorstand ..."
    word = re.search(r"([\w.]*)$", segment[:dot]).group(1)
    if not word or word.lower() in _ABBREV or word.lower().rstrip(".") in _ABBREV:
        return False
    if re.fullmatch(r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})", word):
        return True  # "... bis zum 31.03.2024. Die Lastschriften ...": a full date ends the sentence
    if re.fullmatch(r"(?:19|20)\d{2}", word):
        return True  # "... bis zum 21. März 2025. Frau Menzel ...": a year ends it too
    if re.fullmatch(r"[\d.-]+", word) and _OPENER.match(segment, dot + 1):
        return True  # "... bis zum 09.05. Der erste ...", "... Lindenhofstraße 14-22. Herr ..."
    if re.fullmatch(r"\d{1,2}\.\d{1,2}", word) and _INITIALS_DOER.match(segment, dot + 1):
        return True  # "… bis 06.09. TBA prüft" (not "im 1. OG deponiert")
    return not (len(word) == 1 and word.isalpha()) and not re.fullmatch(r"[\d.]+", word)


def _heading_at(headings: list[Heading], offset: int) -> Heading | None:
    current = None
    for heading in headings:
        if heading.line.start <= offset:
            current = heading
        else:
            break
    return current
