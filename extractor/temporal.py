"""Dates, clock times and deadlines in German minutes, found and resolved by rule.

The words and patterns live in ``extractor.lang.de.temporal``; this module
checks them against a closed set of keys and compiles them at import, so a
bad pattern fails when the package loads.  A deadline is found as a span with
its preposition ("bis zum 30.04.2023") and resolved exactly as
eval/SCHEMA.md "How a deadline resolves" says.  Where the text names no day
("zeitnah", "Anfang Dezember", "bis November") the answer is None, never a
guess.
"""
from __future__ import annotations

from functools import lru_cache

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from types import ModuleType, SimpleNamespace
from typing import Callable, Iterable

from extractor.lang.de import temporal as german

KINDS = (
    "date", "date_no_year", "weekday", "relative", "week", "kw", "month", "mid_month",
    "year_end", "quarter", "next_meeting", "vague",
)
PREFIX_MODES = ("optional", "required", "none")
CHECKS = ("numeric_date",)
DATE_KINDS = ("date", "date_no_year")
TIME_KINDS = ("range", "single")
DURATION_KINDS = ("day", "week", "month", "workday")

CONTEXT_KINDS = ("zu_infinitive", "adjective_follows", "clause_end")

WORD_LISTS = (
    "MONTHS", "MONTH_ABBREVIATIONS", "WEEKDAYS", "WEEKDAY_ABBREVIATIONS", "DAYPART_SUFFIXES",
    "NUMBER_WORDS", "ORDINALS", "DAY_OFFSETS", "DURATION_UNITS", "RELATIVE_MODIFIERS",
    "MEETING_NOUN_ENDINGS", "MEETING_ABBREVIATIONS", "SEASONS", "SEASON_PREPOSITIONS",
    "VAGUE_EXPRESSIONS", "VAGUE_INTENSIFIERS", "DEADLINE_PREPOSITIONS", "STRONG_DEADLINE_WORDS",
    "NOT_DEADLINE_BEFORE", "DETERMINERS", "ATTRIBUTIVE_PREPOSITIONS", "ADJECTIVE_ENDINGS",
    "PAST_AUXILIARIES", "FUTURE_CUES", "SEPARABLE_PREFIXES", "NOT_A_DATE_BEFORE",
    "NOT_A_DATE_AFTER", "TIME_UNITS", "EVENT_WORDS", "EVENT_PARTICLES", "EACH_TIME",
)
SUB_PATTERNS = ("WEEKDAY_PREFIX", "TIME_RANGE_JOINERS")
PATTERN_LISTS = ("DATE_PATTERNS", "TIME_PATTERNS", "DEADLINE_PATTERNS", "CONTEXT_PATTERNS")
DATA_KEYS = WORD_LISTS + SUB_PATTERNS + PATTERN_LISTS

_PATTERN_FIELDS = {
    "DATE_PATTERNS": ({"id", "kind", "pattern"}, {"check"}, DATE_KINDS),
    "TIME_PATTERNS": ({"id", "kind", "pattern"}, set(), TIME_KINDS),
    "DEADLINE_PATTERNS": ({"id", "kind", "resolve", "prefix", "pattern"}, {"check", "not_after"}, KINDS),
    "CONTEXT_PATTERNS": ({"id", "kind", "pattern"}, set(), CONTEXT_KINDS),
}
_PLACEHOLDER = re.compile(r"\{([a-z][\w.]*)\}")


@dataclass(frozen=True)
class TimeExpression:
    """A time expression found in a text, with the id of the pattern that found it."""

    start: int
    end: int
    text: str
    kind: str
    rule: str


@dataclass(frozen=True)
class Rule:
    """One compiled pattern and what its matches mean."""

    id: str
    kind: str
    regex: re.Pattern[str]
    resolve: str = "date"
    check: str | None = None
    not_after: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RuleSet:
    dates: tuple[Rule, ...]
    times: tuple[Rule, ...]
    deadlines: tuple[Rule, ...]
    context: dict[str, re.Pattern[str]]


@dataclass(frozen=True)
class _Candidate:
    expression: TimeExpression
    match: re.Match[str]
    rule: Rule


# ---------------------------------------------------------------- loading the data

def load_rules(data: ModuleType | SimpleNamespace = german) -> RuleSet:
    """Check the language data and compile every pattern; a bad entry raises ValueError."""
    validate_language_data(data)
    table = _placeholders(data)
    return RuleSet(
        dates=tuple(_compile(p, table, "none") for p in data.DATE_PATTERNS),
        times=tuple(_compile(p, table, "none") for p in data.TIME_PATTERNS),
        deadlines=tuple(_compile(p, table, p["prefix"]) for p in data.DEADLINE_PATTERNS),
        context={p["kind"]: _compile(p, table, "none", bounded=False).regex for p in data.CONTEXT_PATTERNS},
    )


def validate_language_data(data: ModuleType | SimpleNamespace) -> None:
    """Hold the data to a closed set of keys, as dateparser does for its language files."""
    public = {name for name in vars(data) if name.isupper() and not name.startswith("_")}
    missing, unknown = set(DATA_KEYS) - public, public - set(DATA_KEYS)
    if missing or unknown:
        raise ValueError(f"Temporal data has missing keys {sorted(missing)} and unknown keys "
                         f"{sorted(unknown)}; expected exactly: {', '.join(DATA_KEYS)}")
    for name in WORD_LISTS:
        _validate_words(name, getattr(data, name))
    _validate_values(data)
    seen: set[str] = set()
    for list_name in PATTERN_LISTS:
        for entry in getattr(data, list_name):
            _validate_pattern(list_name, entry, seen)


def _validate_words(name: str, words: Iterable[str]) -> None:
    for word in words:
        if not word or word != word.lower():
            raise ValueError(f"{name} entry {word!r} must be a non-empty lower-case word")


def _validate_values(data: ModuleType | SimpleNamespace) -> None:
    ranges = {"MONTHS": range(1, 13), "MONTH_ABBREVIATIONS": range(1, 13), "WEEKDAYS": range(7),
              "WEEKDAY_ABBREVIATIONS": range(7), "DAY_OFFSETS": range(0, 8),
              "RELATIVE_MODIFIERS": range(0, 3), "ORDINALS": range(1, 7), "NUMBER_WORDS": range(1, 100)}
    for name, allowed in ranges.items():
        for word, value in getattr(data, name).items():
            if value not in allowed:
                raise ValueError(f"{name}[{word!r}] = {value!r}; expected {allowed.start}..{allowed.stop - 1}")
    for word, unit in data.DURATION_UNITS.items():
        if unit not in DURATION_KINDS:
            raise ValueError(f"DURATION_UNITS[{word!r}] = {unit!r}; expected one of: {', '.join(DURATION_KINDS)}")


def _validate_pattern(list_name: str, entry: dict[str, str], seen: set[str]) -> None:
    required, optional, kinds = _PATTERN_FIELDS[list_name]
    rule_id = entry.get("id", "?")
    keys = set(entry)
    if not required <= keys or keys - required - optional:
        raise ValueError(f"{list_name} pattern {rule_id!r} has keys {sorted(keys)}; "
                         f"expected {sorted(required)} and optionally {sorted(optional)}")
    if rule_id in seen:
        raise ValueError(f"Pattern id {rule_id!r} is used twice")
    seen.add(rule_id)
    _expect(rule_id, "kind", entry["kind"], kinds)
    _expect(rule_id, "check", entry.get("check", CHECKS[0]), CHECKS)
    if list_name == "DEADLINE_PATTERNS":
        _expect(rule_id, "resolve", entry["resolve"], tuple(_RESOLVERS))
        _expect(rule_id, "prefix", entry["prefix"], PREFIX_MODES)


def _expect(rule_id: str, field: str, value: str, choices: Iterable[str]) -> None:
    if value not in choices:
        raise ValueError(f"Pattern {rule_id!r} has unknown {field} {value!r}; expected one of: {', '.join(choices)}")


def _alternation(words: Iterable[str], suffix: str = "") -> str:
    """Longest first, so that "bis zum" wins over "bis"; a space matches any whitespace."""
    parts = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") + suffix for w in parts) + ")"


def _placeholders(data: ModuleType | SimpleNamespace) -> dict[str, str]:
    """What each ``{name}`` in a pattern stands for."""
    months = sorted([(w, re.escape(w)) for w in data.MONTHS]
                    + [(w, re.escape(w) + r"\.?") for w in data.MONTH_ABBREVIATIONS],
                    key=lambda pair: len(pair[0]), reverse=True)
    table = {
        "day": r"(?:3[01]|[12]\d|0?[1-9])",
        "monthnum": r"(?:1[0-2]|0?[1-9])",
        "hour": r"(?:2[0-4]|[01]?\d)",
        "month": "(?:" + "|".join(regex for _, regex in months) + ")",
        "month_full": _alternation(data.MONTHS),
        "weekday": _alternation(data.WEEKDAYS),
        "weekday_abbr": _alternation(data.WEEKDAY_ABBREVIATIONS, r"\."),
        "weekday_abbr_bare": "(?:" + "|".join(w.capitalize() for w in data.WEEKDAY_ABBREVIATIONS) + ")",
        "daypart": _alternation(data.DAYPART_SUFFIXES),
        "number": r"(?:\d{1,3}|" + _alternation(data.NUMBER_WORDS) + ")",
        "ordinal": _alternation(data.ORDINALS),
        "day_offset": _alternation(data.DAY_OFFSETS),
        "unit": _alternation(data.DURATION_UNITS),
        "relative": _alternation(data.RELATIVE_MODIFIERS),
        "next": _alternation(w for w, n in data.RELATIVE_MODIFIERS.items() if n == 1),
        "meeting": r"(?:\w*" + _alternation(data.MEETING_NOUN_ENDINGS) + "|"
                   + _alternation(data.MEETING_ABBREVIATIONS) + ")",
        "season": _alternation(data.SEASONS),
        "season_preposition": _alternation(data.SEASON_PREPOSITIONS),
        "vague": _alternation(data.VAGUE_EXPRESSIONS),
        "vague_intensifier": _alternation(data.VAGUE_INTENSIFIERS),
        "not_date_unit": _alternation(data.NOT_A_DATE_AFTER),
        "time_unit": _alternation(data.TIME_UNITS),
        "time_joiner": data.TIME_RANGE_JOINERS,
        "weekday_prefix": data.WEEKDAY_PREFIX,
        "preposition": _alternation(data.DEADLINE_PREPOSITIONS),
        "determiner": _alternation(data.DETERMINERS),
        "separable_prefix": _alternation(data.SEPARABLE_PREFIXES),
        "adjective_ending": _alternation(data.ADJECTIVE_ENDINGS),
    }
    table.update({p["id"]: p["pattern"] for p in data.DATE_PATTERNS})
    return table


def _expand(template: str, table: dict[str, str], rule_id: str) -> str:
    """Fill in placeholders, which may themselves hold placeholders (dates in deadlines)."""
    def fill(match: re.Match[str]) -> str:
        if match[1] not in table:
            raise ValueError(f"Pattern {rule_id!r} uses unknown placeholder {{{match[1]}}}; "
                             f"expected one of: {', '.join(sorted(table))}")
        return table[match[1]]
    for _ in range(4):
        template, count = _PLACEHOLDER.subn(fill, template)
        if not count:
            return template
    raise ValueError(f"Pattern {rule_id!r} nests placeholders too deeply")


def _compile(entry: dict[str, str], table: dict[str, str], prefix: str, bounded: bool = True) -> Rule:
    core = _expand(entry["pattern"], table, entry["id"])
    # Up to three words before the core: "bis spätestens zum", "noch vor der".
    head = {"optional": r"(?P<prep>(?:{preposition}\s+){1,3})?",
            "required": r"(?P<prep>(?:{preposition}\s+){1,3})", "none": ""}[prefix]
    head = _expand(head, table, entry["id"])
    try:
        regex = re.compile(rf"(?<!\w){head}(?:{core})(?!\w)" if bounded else core, re.IGNORECASE)
    except re.error as error:
        raise ValueError(f"Pattern {entry['id']!r} does not compile: {error}") from error
    return Rule(id=entry["id"], kind=entry["kind"], regex=regex,
                resolve=entry.get("resolve", "date"), check=entry.get("check"),
                not_after=frozenset(entry.get("not_after", "").split()))


# ---------------------------------------------------------------- explicit dates and times

def parse_date(text: str, reference: date | None = None) -> date | None:
    """The first explicit date in ``text``; a date without year needs ``reference``."""
    found = find_dates(text, reference)
    return found[0][2] if found else None


def find_dates(text: str, reference: date | None = None) -> list[tuple[int, int, date]]:
    """All explicit dates with their spans; never times, amounts, versions or "TOP 1.2."."""
    found = []
    for rule in RULES.dates:
        for match in rule.regex.finditer(text):
            if _passes_check(text, match, rule):
                day = _safely(_resolve_date, match, reference, None)
                if day is not None:
                    found.append((match.start(), match.end(), day))
    return sorted(_outermost(found, lambda item: (item[0], item[1])))


def range_start(text: str, found: tuple[int, int, date]) -> tuple[int, int, date]:
    """"25.-29.07.2018", "22./23.06.", "29. und 30. November": an event from the first day on."""
    start, end, day = found
    m = _RANGE_BEFORE.search(text[:start])
    if not m:
        return found
    try:
        return m.start(), end, day.replace(day=int(m.group(1)))
    except ValueError:
        return found


def find_times(text: str) -> list[tuple[int, int, str, str | None]]:
    """Clock times and ranges as ("HH:MM", end "HH:MM" or None), e.g. "14 – 16 Uhr"."""
    found = []
    for rule in RULES.times:
        for match in rule.regex.finditer(text):
            times = _clock_times(match, rule.kind == "range")
            if times is not None:
                found.append((match.start(), match.end(), *times))
    return sorted(_outermost(found, lambda item: (item[0], item[1])))


def _clock_times(match: re.Match[str], is_range: bool) -> tuple[str, str | None] | None:
    """A bare "14" or "10.50" is no time: it needs a colon ("19:05") or a unit ("Uhr", "h")."""
    has_unit = bool(match["u1"] or (is_range and match["u2"]))
    separators = [match["s1"]] + ([match["s2"]] if is_range else [])
    if not has_unit and any(s != ":" for s in separators):
        return None
    start = _clock(match["h1"], match["m1"])
    end = _clock(match["h2"], match["m2"]) if is_range else None
    if start is None or (is_range and end is None):
        return None
    return start, end


def _clock(hours: str, minutes: str | None) -> str | None:
    h, m = int(hours), int(minutes or 0)
    if h > 24 or (h == 24 and m):
        return None
    return f"{h:02d}:{m:02d}"


def _outermost(items: list, span: Callable) -> list:
    """Drop every item whose span lies inside another's ("24. Oktober" in "24. Oktober 2022")."""
    ordered = sorted(items, key=lambda item: (span(item)[0], -span(item)[1]))
    kept: list = []
    for item in ordered:
        start, end = span(item)
        if not any(span(k)[0] <= start and end <= span(k)[1] for k in kept):
            kept.append(item)
    return kept


# ---------------------------------------------------------------- deadlines

# A day named without a year that would lie most of a year ahead is the one just past.
MAX_DAYS_AHEAD_WITHOUT_YEAR = 300
PAST_TOLD_DAYS_AHEAD = 150  # the same in a sentence told in the past
_YEAR_WRITTEN = re.compile(r"\d{4}|\.\s?\d{2}\b(?!\.)|'\d{2}\b")


def past_without_year(text: str, found: tuple[int, int, date], reference: date) -> bool:
    """"Adventscafé: hat am 05.12. stattgefunden" in January: a date of ``find_dates`` written without
    a year that would lie most of a year ahead is the one just past."""
    start, end, day = found
    if _YEAR_WRITTEN.search(text[start:end]):
        return False
    ahead = (day - reference).days
    # "Am 02.07. hat der Vorstand per Mail beschlossen" in September: told in the past, so the July gone by
    return ahead > MAX_DAYS_AHEAD_WITHOUT_YEAR or ahead > PAST_TOLD_DAYS_AHEAD and _told_in_past(text, start, end)


@lru_cache(maxsize=8192)
def find_deadline(text: str) -> TimeExpression | None:
    """The most deadline-like time expression of one task sentence, with its preposition."""
    candidate = _best_candidate(text)
    return candidate.expression if candidate else None


def resolve_deadline(text: str, reference: date, next_meeting: date | None = None) -> date | None:
    """The date a deadline (bare or inside its sentence) stands for, counted from ``reference``."""
    candidate = _best_candidate(text)
    if candidate is None:
        return None
    return _safely(_RESOLVERS[candidate.rule.resolve], candidate.match, reference, next_meeting)


@lru_cache(maxsize=8192)
def _best_candidate(text: str) -> _Candidate | None:
    """Prefer what is stated outright ("bis", "spätestens"), the first of those (the task's own, not a
    later clause's: "stellt die Umfrage bis Freitag online, sie soll dann bis zum 31. Oktober laufen"),
    then a day over a vague time, then length."""
    candidates = _outermost(_deadline_candidates(text),
                            lambda c: (c.expression.start, c.expression.end))
    if not candidates:
        return None
    return max(candidates, key=lambda c: (_is_strong(c), c.expression.kind != "vague",
                                          -c.expression.start if _is_strong(c) else 0,
                                          len(c.expression.text), -c.expression.start))


def _deadline_candidates(text: str) -> list[_Candidate]:
    found = []
    for rule in RULES.deadlines:
        for match in rule.regex.finditer(text):
            if _passes_check(text, match, rule) and not _blocked(text, match, rule):
                expression = TimeExpression(match.start(), match.end(), match.group(), rule.kind, rule.id)
                found.append(_Candidate(expression, match, rule))
    return found


def _is_strong(candidate: _Candidate) -> bool:
    return _has_strong_word(candidate.expression.text)


def _has_strong_word(text: str) -> bool:
    return any(word in _STRONG_WORDS for word in re.findall(r"\w+", text.lower()))


def _blocked(text: str, match: re.Match[str], rule: Rule) -> bool:
    """Context that makes a time no deadline: "vom 15.09.", "Die am 1. März eingegangene …"."""
    prep = (_group(match, "prep") or "").lower().split()
    core_start = match.end("prep") if prep else match.start()
    return (_after_non_deadline_word(text, match.start())
            or _is_attributive(text, match, prep)
            or _words_before(text, core_start)[1] in rule.not_after
            or (not _has_strong_word(match.group()) and _told_in_past(text, match.start(), match.end()))
            or (prep in ([], ["am"]) and bool(_EVENT.search(text))))


def _after_non_deadline_word(text: str, position: int) -> bool:
    """ "vom 15.09.", "letzten Freitag", "Herr Freitag", also "seit dem 3. Mai", "vom Sa, 15. Dezember"."""
    earlier, before = _words_before(text, position)
    following = re.match(r"\s*(\w+)", text[position:])
    if before in _EACH and following is not None and following.group(1).lower() in _STRONG_WORDS:
        return False  # "jeweils bis zum Monatsende": a deadline that comes round again, the first one counts
    return before in _NOT_DEADLINE_BEFORE or (
        (before in _DETERMINERS or before in _WEEKDAY_WORDS or before in _REPEAT_ORDINALS) and earlier in _NOT_DEADLINE_BEFORE)


def _is_attributive(text: str, match: re.Match[str], prep: list[str]) -> bool:
    """ "der heute gewählte Vorstand", "die am 1. März eingegangene Spende"."""
    if _words_before(text, match.start())[1] not in _DETERMINERS:
        return False
    if prep and prep[-1] not in _ATTRIBUTIVE:
        return False
    return RULES.context["adjective_follows"].match(text, match.end()) is not None


def _told_in_past(text: str, start: int, end: int) -> bool:
    """ "Herr Klein hat am 3. März bezahlt" reports; "wurde vereinbart, dass X am Montag anruft" sets a day."""
    clause_end = RULES.context["clause_end"]
    clause = clause_end.split(text[:start])[-1] + text[start:end] + clause_end.split(text[end:])[0]
    words = set(re.findall(r"\w+", clause.lower()))
    return bool(words & _PAST) and not words & _FUTURE and not RULES.context["zu_infinitive"].search(clause)


def _passes_check(text: str, match: re.Match[str], rule: Rule) -> bool:
    """Numbers that look like dates: "TOP 1.2.", "Version 2.10.12", a section "3.1. Kasse"."""
    if rule.check != "numeric_date":
        return True
    if _words_before(text, match.start("day"))[1] in _NOT_A_DATE_BEFORE:
        return False
    return not _looks_like_section_number(text, match)


def _looks_like_section_number(text: str, match: re.Match[str]) -> bool:
    """ "3.1. Kasse" opening a line is a section; "28.3. (Do) 9:00 Uhr" or "03.01. Kasse" is a date."""
    if _group(match, "year") or _group(match, "prep") or not _at_line_start(text, match.start("day")):
        return False
    padded = len(match["day"]) == 2 and len(match["month"]) == 2
    title_follows = re.match(r"\s*[^\W\d]", text[match.end():]) is not None
    return not padded and int(match["day"]) <= 12 and title_follows


def _words_before(text: str, position: int) -> tuple[str, str]:
    """The two words before ``position``, lower-case, without surrounding punctuation."""
    words = text[max(0, position - 60):position].split()[-2:]
    words = [w.strip(",;:()[]\"„“”'").lower() for w in words]
    return tuple(([""] * 2 + words)[-2:])


def _at_line_start(text: str, position: int) -> bool:
    line = text[text.rfind("\n", 0, position) + 1:position]
    return re.fullmatch(r"[\s>*#|•–-]*", line) is not None


def _group(match: re.Match[str], name: str) -> str | None:
    return match[name] if name in match.re.groupindex else None


def _safely(resolver: Callable, match: re.Match[str], reference: date | None,
            next_meeting: date | None) -> date | None:
    """An impossible day ("31.04.", "KW 54") resolves to nothing rather than raising."""
    try:
        return resolver(match, reference, next_meeting)
    except (ValueError, OverflowError):
        return None


# ---------------------------------------------------------------- resolving, one function per meaning

def _resolve_date(match: re.Match[str], reference: date | None, _next: date | None) -> date | None:
    day, month, year = int(match["day"]), _month_number(match), _explicit_year(match)
    if year is not None:
        return date(year, month, day)
    return _next_occurrence(month, day, reference) if reference else None


def _resolve_day_of_month(match: re.Match[str], reference: date, _next: date | None) -> date | None:
    """ "am 16." is the next 16th on or after the reference date."""
    day = int(match["day"])
    for step in range(13):
        year, month = divmod(reference.month - 1 + step, 12)
        if day <= calendar.monthrange(reference.year + year, month + 1)[1]:
            candidate = date(reference.year + year, month + 1, day)
            if candidate >= reference:
                return candidate
    return None


def _resolve_day_offset(match: re.Match[str], reference: date, _next: date | None) -> date:
    return reference + timedelta(days=_DAY_OFFSETS[match["offset"].lower()])


def _resolve_duration(match: re.Match[str], reference: date, _next: date | None) -> date | None:
    """ "in zwei Wochen" = reference + 14 days; a range ("zwei bis drei Wochen") names no day."""
    if match["count_upper"]:
        return None
    count, unit = _number(match["count"]), _DURATION_UNITS[match["unit"].lower()]
    if unit == "day":
        return reference + timedelta(days=count)
    if unit == "week":
        return reference + timedelta(weeks=count)
    if unit == "month":
        return _add_months(reference, count)
    return None


def _resolve_weekday(match: re.Match[str], reference: date, _next: date | None) -> date | None:
    """The first such day strictly after the reference, also for "kommenden"/"nächsten"."""
    if _relative_offset(match, default=1) > 1:
        return None  # "übernächsten Freitag" is read two ways
    weekday = _WEEKDAYS[match["weekday"].lower()]
    return reference + timedelta(days=(weekday - reference.weekday() - 1) % 7 + 1)


def _resolve_weekday_next_week(match: re.Match[str], reference: date, _next: date | None) -> date:
    monday = _week_monday(reference, _relative_offset(match, default=1))
    return monday + timedelta(days=_WEEKDAYS[match["weekday"].lower()])


def _resolve_week_friday(match: re.Match[str], reference: date, _next: date | None) -> date:
    return _week_monday(reference, _relative_offset(match, default=0)) + timedelta(days=4)


def _resolve_iso_week_friday(match: re.Match[str], reference: date, _next: date | None) -> date:
    """Friday of ISO week; without a year the reference year, or the next one if it is past."""
    week, year = int(match["week"]), _explicit_year(match)
    friday = date.fromisocalendar(year or reference.year, week, 5)
    if year is None and friday < reference:
        friday = date.fromisocalendar(reference.year + 1, week, 5)
    return friday


def _resolve_week_of_month_friday(match: re.Match[str], reference: date, _next: date | None) -> date | None:
    """Week n of a month is the one holding its n-th Thursday, as ISO counts week 1."""
    month = _MONTH_NUMBERS[(match["monthname"] or match["month_after"]).lower()]
    year, _ = _month_occurrence(month, reference, None)
    first = date(year, month, 1)
    first_thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    return first_thursday + timedelta(weeks=_number(match["ordinal"]) - 1, days=1)


def _resolve_month_end(match: re.Match[str], reference: date, _next: date | None) -> date:
    year, month = _named_or_relative_month(match, reference)
    return date(year, month, calendar.monthrange(year, month)[1])


def _resolve_mid_month(match: re.Match[str], reference: date, _next: date | None) -> date:
    year, month = _named_or_relative_month(match, reference)
    return date(year, month, 15)


def _resolve_year_end(match: re.Match[str], reference: date, _next: date | None) -> date:
    year = _explicit_year(match) or reference.year + _relative_offset(match, default=0)
    return date(year, 12, 31)


def _resolve_quarter_end(match: re.Match[str], reference: date, _next: date | None) -> date | None:
    """A named quarter comes next on or after the reference; "des Quartals" is the current one."""
    if _group(match, "quarter"):
        return _period_end(_number(match["quarter"]), 3, reference, _explicit_year(match))
    index = (reference.month - 1) // 3 + _relative_offset(match, default=0)
    return _period_end(index % 4 + 1, 3, reference, reference.year + index // 4)


def _resolve_half_year_end(match: re.Match[str], reference: date, _next: date | None) -> date | None:
    return _period_end(_number(match["half"]), 6, reference, _explicit_year(match))


def _resolve_month_meeting(match: re.Match[str], _reference: date, next_meeting: date | None) -> date | None:
    """"zum Juni-Plenum": the next meeting's date if it is in June; another June meeting is not known."""
    month = _MONTH_NUMBERS[match["month"].lower()]
    return next_meeting if next_meeting is not None and next_meeting.month == month else None


def _resolve_next_meeting(match: re.Match[str], reference: date, next_meeting: date | None) -> date | None:
    """The date written beside the meeting ("zur nächsten Sitzung am 12.05.") wins over the caller's."""
    if not match["meeting_date"]:
        return next_meeting
    for rule in RULES.dates:
        written = rule.regex.fullmatch(match["meeting_date"])
        if written:
            return _resolve_date(written, reference, None)
    return None


def _unresolved(match: re.Match[str], reference: date, _next: date | None) -> None:
    return None


_RESOLVERS: dict[str, Callable[[re.Match[str], date, date | None], date | None]] = {
    "date": _resolve_date,
    "day_of_month": _resolve_day_of_month,
    "day_offset": _resolve_day_offset,
    "duration": _resolve_duration,
    "weekday": _resolve_weekday,
    "weekday_next_week": _resolve_weekday_next_week,
    "week_friday": _resolve_week_friday,
    "iso_week_friday": _resolve_iso_week_friday,
    "week_of_month_friday": _resolve_week_of_month_friday,
    "month_end": _resolve_month_end,
    "mid_month": _resolve_mid_month,
    "year_end": _resolve_year_end,
    "quarter_end": _resolve_quarter_end,
    "half_year_end": _resolve_half_year_end,
    "next_meeting": _resolve_next_meeting,
    "month_meeting": _resolve_month_meeting,
    "unresolved": _unresolved,
}


# ---------------------------------------------------------------- calendar helpers

def _next_occurrence(month: int, day: int, reference: date) -> date | None:
    """ "14.11." is the next 14 November on or after the reference (29.02. may skip years)."""
    for year in range(reference.year, reference.year + 9):
        if day <= calendar.monthrange(year, month)[1] and date(year, month, day) >= reference:
            return date(year, month, day)
    return None


def _month_occurrence(month: int, reference: date, year: int | None) -> tuple[int, int]:
    """A month named without a year is the current one or the next to come."""
    if year is None:
        year = reference.year if month >= reference.month else reference.year + 1
    return year, month


def _named_or_relative_month(match: re.Match[str], reference: date) -> tuple[int, int]:
    if _group(match, "monthname"):
        return _month_occurrence(_month_number(match), reference, _explicit_year(match))
    carry, month = divmod(reference.month - 1 + _relative_offset(match, default=0), 12)
    return reference.year + carry, month + 1


def _period_end(index: int, months: int, reference: date, year: int | None) -> date | None:
    """Last day of quarter/half-year ``index``; without a year its next end on or after reference."""
    if not 1 <= index <= 12 // months:
        return None
    last_month = index * months
    year = year or reference.year
    end = date(year, last_month, calendar.monthrange(year, last_month)[1])
    if end < reference:
        end = date(year + 1, last_month, end.day)
    return end


def _week_monday(reference: date, weeks_ahead: int) -> date:
    """Monday of the week ``weeks_ahead`` on; from a Saturday or Sunday "this week" is the coming one."""
    if reference.weekday() >= 5:
        weeks_ahead = max(weeks_ahead, 1)
    return reference - timedelta(days=reference.weekday()) + timedelta(weeks=weeks_ahead)


def _add_months(day: date, months: int) -> date:
    carry, month = divmod(day.month - 1 + months, 12)
    year = day.year + carry
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _month_number(match: re.Match[str]) -> int:
    if _group(match, "month"):
        return int(match["month"])
    return _MONTH_NUMBERS[match["monthname"].rstrip(".").lower()]


def _explicit_year(match: re.Match[str]) -> int | None:
    """Two-digit years: up to 69 are 20xx, from 70 on 19xx."""
    text = _group(match, "year")
    if not text:
        return None
    year = int(text)
    if len(text) == 2:
        year += 2000 if year <= 69 else 1900
    return year


def _relative_offset(match: re.Match[str], default: int) -> int:
    """How many weeks/months/quarters/years on: "diese" 0, "nächste" 1, "übernächste" 2."""
    for name in match.re.groupindex:
        if name.startswith("relative") and match[name]:
            return _RELATIVE[match[name].lower()]
    return default


def _number(text: str) -> int:
    """ "14", "3.", "zwei", "einer", "dritten" as a number."""
    word = text.rstrip(".").lower()
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word) or _ORDINALS[word]


RULES = load_rules(german)
_MONTH_NUMBERS = {**german.MONTHS, **german.MONTH_ABBREVIATIONS}
_WEEKDAYS = {**german.WEEKDAYS, **german.WEEKDAY_ABBREVIATIONS}
_NUMBERS = german.NUMBER_WORDS
_ORDINALS = german.ORDINALS
_DAY_OFFSETS = german.DAY_OFFSETS
_DURATION_UNITS = german.DURATION_UNITS
_RELATIVE = german.RELATIVE_MODIFIERS
_STRONG_WORDS = frozenset(german.STRONG_DEADLINE_WORDS)
_NOT_DEADLINE_BEFORE = frozenset(german.NOT_DEADLINE_BEFORE)
_EACH = frozenset(german.EACH_TIME)
_DETERMINERS = frozenset(german.DETERMINERS)
_EVENT = re.compile(r"\b(?:%s)\b.*\b(?:%s)\b" % ("|".join(german.EVENT_WORDS), "|".join(german.EVENT_PARTICLES)),
                    re.IGNORECASE)
_RANGE_BEFORE = re.compile(r"(\d{1,2})\.\s*(?:[-–/]|und|bis)\s*$")
_REPEAT_ORDINALS = frozenset(german.ORDINALS) | {"letzten", "anderen"}  # "jeden zweiten Dienstag" repeats
_WEEKDAY_WORDS = frozenset(german.WEEKDAYS) | frozenset(german.WEEKDAY_ABBREVIATIONS)
_ATTRIBUTIVE = frozenset(german.ATTRIBUTIVE_PREPOSITIONS)
_NOT_A_DATE_BEFORE = frozenset(german.NOT_A_DATE_BEFORE)
_PAST = frozenset(german.PAST_AUXILIARIES)
_FUTURE = frozenset(german.FUTURE_CUES)
