"""German words and patterns for dates, clock times and deadlines, keyed by meaning.

Data only: ``extractor.temporal`` compiles every pattern when it is imported and
checks this module against a closed set of keys, so a broken entry fails at
load time.  Patterns are regular expressions matched case-insensitively; a
``{name}`` in a pattern stands for one of the word lists or sub-patterns below
(``extractor.temporal._placeholders`` says which).  Each deadline pattern says what its match
means (``resolve``) and whether the deadline prepositions of
``DEADLINE_PREPOSITIONS`` may (``optional``), must (``required``) or cannot
(``none``) stand before it.  Austrian and Swiss forms are listed beside the
German ones ("Jänner", "innert", "bis am", "Ende Monat").
"""
from __future__ import annotations


def _with_ascii_umlauts(words: dict[str, int]) -> dict[str, int]:
    """Add spellings without umlauts and ß: "nächsten" is also typed "naechsten"."""
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    return {**words, **{w.translate(table): v for w, v in words.items()}}


def _ascii_variants(words: tuple[str, ...]) -> tuple[str, ...]:
    """The same for plain word lists: "für den" and "fuer den"."""
    return tuple(_with_ascii_umlauts(dict.fromkeys(words, 0)))


ADJECTIVE_ENDINGS: tuple[str, ...] = ("e", "en", "er", "es", "em")


def _inflected(stems: dict[str, int]) -> dict[str, int]:
    """Adjective endings: "nächst" -> nächste, nächsten, nächster, nächstes, nächstem."""
    return {stem + ending: v for stem, v in stems.items() for ending in ADJECTIVE_ENDINGS}


MONTHS: dict[str, int] = _with_ascii_umlauts({
    "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5,
    "juni": 6, "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
    "dezember": 12,
})
# Written with or without a dot: "Jan.", "Sept", "Jän.".
MONTH_ABBREVIATIONS: dict[str, int] = _with_ascii_umlauts({
    "jan": 1, "jän": 1, "feb": 2, "febr": 2, "mär": 3, "mrz": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
})
WEEKDAYS: dict[str, int] = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6,
}
# Only ever with a dot ("Mi. 21.6."), because "so" and "da" are words too.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mo": 0, "di": 1, "mi": 2, "do": 3, "fr": 4, "sa": 5, "so": 6,
}
# "Freitagabend", "Montagmorgen": a weekday written together with the time of day.
DAYPART_SUFFIXES: tuple[str, ...] = (
    "morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht",
)
NUMBER_WORDS: dict[str, int] = _with_ascii_umlauts({
    "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "eines": 1, "eins": 1,
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14,
    "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20, "einundzwanzig": 21, "dreißig": 30,
})
ORDINALS: dict[str, int] = _with_ascii_umlauts(_inflected({
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6,
}))
# "heute", "morgen", "übermorgen": days after the reference date.
DAY_OFFSETS: dict[str, int] = _with_ascii_umlauts({"heute": 0, "morgen": 1, "übermorgen": 2})
# Units of "in zwei Wochen", "binnen 14 Tagen": the value names the unit.
DURATION_UNITS: dict[str, str] = {
    "tag": "day", "tage": "day", "tagen": "day", "tages": "day",
    "woche": "week", "wochen": "week",
    "monat": "month", "monate": "month", "monaten": "month", "monats": "month",
    # Working days depend on public holidays: found, never resolved.
    "werktag": "workday", "werktage": "workday", "werktagen": "workday",
    "arbeitstag": "workday", "arbeitstage": "workday", "arbeitstagen": "workday",
}
# Words before a week, month, quarter or year: how many of them from the current one.
RELATIVE_MODIFIERS: dict[str, int] = _with_ascii_umlauts({
    **_inflected({"dies": 0, "laufend": 0, "aktuell": 0, "nächst": 1, "kommend": 1,
                  "folgend": 1, "übernächst": 2}),
})
# Meeting nouns, also as the end of a compound: "Vorstandssitzung", "Planungstreffen".
MEETING_NOUN_ENDINGS: tuple[str, ...] = (
    "sitzung", "treffen", "versammlung", "besprechung", "runde", "plenum", "konferenz",
    "klausur", "tagung", "jour fixe", "termin",
)
# "bis zur nächsten MV", "beim nächsten Mal"
MEETING_ABBREVIATIONS: tuple[str, ...] = ("mv", "jhv", "mgv", "vs", "mal")
SEASONS: tuple[str, ...] = _ascii_variants((
    "frühjahr", "frühling", "sommer", "herbst", "winter", "sommerferien", "herbstferien",
    "winterferien", "osterferien", "pfingstferien", "weihnachtsferien", "ferien",
    "sommerpause", "weihnachten", "ostern", "pfingsten", "jahreswechsel",
))
SEASON_PREPOSITIONS: tuple[str, ...] = _ascii_variants((
    "im", "im laufe des", "über den", "bis zum", "zum", "vor dem", "nach dem", "bis in den",
    "vor den", "nach den", "in den", "bis zu den", "bis", "vor", "nach", "über", "zu",
    "anfang", "mitte", "ende", "anfang des", "mitte des", "ende des", "anfang der", "ende der",
))
# A time named without a day: found as a deadline, resolved to nothing.
VAGUE_EXPRESSIONS: tuple[str, ...] = _ascii_variants((
    "möglichst bald", "so bald wie möglich", "sobald wie möglich", "baldmöglichst",
    "baldigst", "bald", "zeitnah", "demnächst", "in kürze", "in naher zukunft",
    "in nächster zeit", "in den kommenden tagen", "in den nächsten tagen",
    "in den kommenden wochen", "in den nächsten wochen", "in den kommenden monaten",
    "in den nächsten monaten", "umgehend", "ab sofort", "sofort", "asap", "a.s.a.p.",
    "schnellstmöglich", "schnellstens", "so schnell wie möglich", "möglichst schnell",
    "zügig", "kurzfristig", "mittelfristig", "langfristig", "später", "zu gegebener zeit",
    "bei gelegenheit", "nach absprache", "nach vereinbarung", "nach rücksprache",
    "rasch", "so früh wie möglich", "frühestmöglich", "frühzeitig",
    "innert nützlicher frist", "per sofort",  # Swiss
))
# "möglichst zeitnah", "noch zeitnah": part of the vague expression as written.
VAGUE_INTENSIFIERS: tuple[str, ...] = _ascii_variants(("möglichst", "sehr", "ganz", "noch", "recht"))
# Words that may stand before a deadline's core ("bis zum", "spätestens am",
# "bis spätestens", Swiss "bis am", "per"); up to three of them in a row.
DEADLINE_PREPOSITIONS: tuple[str, ...] = _ascii_variants((
    "bis", "bis am", "zum", "zur", "spätestens", "am", "für", "für den",
    "für die", "per", "auf", "auf den", "vor", "vor dem", "vor der", "noch", "im", "in",
    "in der", "beim", "bei der", "auf der", "einschließlich",
))
# A deadline with one of these words is stated outright: "bis", "spätestens", "binnen".
STRONG_DEADLINE_WORDS: tuple[str, ...] = _ascii_variants((
    "bis", "spätestens", "binnen", "innerhalb", "innert", "per",
))
# A date right after one of these is not a deadline: "Rechnung vom 15.09.",
# "seit Montag", "letzten Freitag", "jeden Dienstag", "Herr Freitag".
NOT_DEADLINE_BEFORE: tuple[str, ...] = (
    "vom", "von", "seit", "seitdem", "letzten", "letzte", "letzter", "vergangenen",
    "vergangene", "vorigen", "vorige", "gestern", "vorgestern",
    "jeden", "jede", "jeder", "jedem", "jeweils", "immer",
    "herr", "herrn", "frau", "hr.", "fr.", "dr.",
)
# Words of repetition that still let a stated deadline count ("jeweils bis zum Monatsende": the first one).
EACH_TIME: tuple[str, ...] = ("jeweils", "immer")
# A determiner before a time (or before "am"/"zum" and a time) with an inflected
# adjective after it makes the time part of a noun phrase, not a deadline:
# "Die am 1. März eingegangene Spende", "der heute gewählte Vorstand".  Without
# the adjective "das" is a pronoun: "Herr Lang erledigt das morgen."
DETERMINERS: tuple[str, ...] = (
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
    "eines", "dieser", "diese", "dieses",
)
ATTRIBUTIVE_PREPOSITIONS: tuple[str, ...] = ("am", "zum")
# A sentence told in the past reports a date, it sets none: "Herr Klein hat am
# 3. März bezahlt."  Unless something is still to do: "soll", "wird", "abzuholen".
PAST_AUXILIARIES: tuple[str, ...] = (
    "hat", "haben", "hatte", "hatten", "wurde", "wurden", "war", "waren",
    # and verbs in the simple past that report ("Am 27.03. nahmen 14 Jugendliche teil")
    "fand", "fanden", "nahm", "nahmen", "kam", "kamen", "gab", "gaben", "ging", "gingen", "lief", "liefen",
    "traf", "trafen",
)
# An event that takes place on a day ("Der Glühweinabend findet am Donnerstag statt") has a date, no deadline;
# "soll im April stattfinden" is still to arrange. The finite verbs of "findet … statt":
EVENT_WORDS: tuple[str, ...] = ("findet", "finden")
EVENT_PARTICLES: tuple[str, ...] = ("statt",)
FUTURE_CUES: tuple[str, ...] = _ascii_variants((
    "soll", "sollen", "sollte", "sollten", "muss", "müssen", "wird", "werden", "will",
    "wollen", "möchte", "möchten", "kann", "können", "bitte", "noch",
    # a promise for a time to come: "hat der Händler für KW 2 zugesagt"
    "zugesagt", "versprochen", "zugesichert", "angekündigt",
))
# Prefixes of "abzuholen", "einzureichen": an infinitive with "zu" inside.
SEPARABLE_PREFIXES: tuple[str, ...] = _ascii_variants((
    "ab", "an", "auf", "aus", "bei", "ein", "fest", "her", "hin", "mit", "nach", "vor",
    "vorbei", "weg", "zurück", "zusammen", "bereit", "durch", "um", "weiter",
))
# Context around a found time; each kind is used once by extractor.temporal.
CONTEXT_PATTERNS: tuple[dict[str, str], ...] = (
    # "abzuholen", "bis Freitag zu erledigen": something still to do.
    {"id": "context.zu_infinitive", "kind": "zu_infinitive",
     "pattern": r"\b{separable_prefix}zu\w+en\b|\bzu\s+(?!{determiner}\b)(?-i:[a-zäöü])\w*(?:en|ern|eln)\b"},
    # "die am 1. März eingegangene Spende": a lower-case inflected adjective follows.
    {"id": "context.adjective_follows", "kind": "adjective_follows",
     "pattern": r"\s+(?-i:[a-zäöüß])\w*{adjective_ending}\b"},
    # Clause ends; "1. März" ends none: a sentence ends after a word, before a capital.
    {"id": "context.clause_end", "kind": "clause_end",
     "pattern": r"[,;:!?\n]|(?<=[^\W\d])\.\s+(?=(?-i:[A-ZÄÖÜ]))"},
)
# "TOP 1.2.", "§ 3.1.", "Version 2.10.12": numbers that look like dates.
NOT_A_DATE_BEFORE: tuple[str, ...] = _ascii_variants((
    "top", "punkt", "tagesordnungspunkt", "abschnitt", "kapitel", "ziffer", "nr.", "nr",
    "§", "anlage", "siehe", "version", "v", "release", "update", "vers.",
))
# "bis 23.6" is a date, "bis 10.50 €" and "bis 19.30 Uhr" are not.
NOT_A_DATE_AFTER: tuple[str, ...] = (
    "uhr", "h", "€", "eur", "euro", "%", "prozent", "chf", "fr.", "km", "m", "kg",
)
TIME_UNITS: tuple[str, ...] = ("uhr", "h")

# Sub-patterns; {day}, {monthnum}, {hour} and the word lists are filled in by
# extractor.temporal.
WEEKDAY_PREFIX = r"(?:(?:{weekday}|{weekday_abbr}),?\s+(?:den\s+)?)"
TIME_RANGE_JOINERS = r"(?:-{1,2}|–|—|bis)(?:\s*(?:ca\.|circa|etwa|gegen))?"  # "19:00 bis ca. 21:00"

DATE_PATTERNS: tuple[dict[str, str], ...] = (
    {"id": "date.iso", "kind": "date",
     "pattern": r"(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?![\d-])"},
    # "24.10.2022", "24.10.22", "24. 10. 2022"; the end of a range "05./06.07.2025" too
    {"id": "date.numeric", "kind": "date", "check": "numeric_date",
     "pattern": r"(?<![\d.,])(?:(?<!/)|(?<=\d\./))(?P<day>{day})\.\s?(?P<month>{monthnum})\.\s?(?P<year>(?:19|20)\d\d|\d\d)(?![\d])(?![.:]\d)(?!\s*(?:{time_unit})(?!\w))"},
    # "24. Oktober 2022", "24. Okt. 2022", "24 Oktober 2022"
    {"id": "date.named", "kind": "date",
     "pattern": r"(?<![\d.,])(?P<day>{day})\.?\s*(?P<monthname>{month})\s*,?\s+(?P<year>(?:19|20)\d\d)(?!\d)"},
    # "24.10.", "23.6." (the closing dot is required); "24.10. 19 Uhr" too, not "24.10. 2022";
    # the end of a range "22./23.06." too
    {"id": "date.numeric_no_year", "kind": "date_no_year", "check": "numeric_date",
     "pattern": r"(?<![\d.,])(?:(?<!/)|(?<=\d\./))(?P<day>{day})\.\s?(?P<month>{monthnum})\.(?!\s?\d{1,4}(?![\d:.])(?!\s*(?:{time_unit})(?!\w)))"},
    # "3. Mai", "15. Sept."
    {"id": "date.named_no_year", "kind": "date_no_year",
     "pattern": r"(?<![\d.,])(?P<day>{day})\.\s*(?P<monthname>{month})(?!\w)"},
)

TIME_PATTERNS: tuple[dict[str, str], ...] = (
    # "14 – 16 Uhr", "von 18 bis 20 Uhr", "18:00-20:00", "9:00 -- 9:30", "18.00 - 20.00 Uhr"
    {"id": "time.range", "kind": "range",
     "pattern": r"(?<![\d.:/+-])(?P<h1>{hour})(?:(?P<s1>[:.])(?P<m1>[0-5]\d))?(?!\d)\s*(?P<u1>{time_unit})?"
                r"\s*{time_joiner}\s*"
                r"(?P<h2>{hour})(?:(?P<s2>[:.])(?P<m2>[0-5]\d))?(?![\d:])(?:\s*(?P<u2>{time_unit}))?(?!\w)"},
    # "19:05 Uhr", "Ende 21:30", "19.30 Uhr", "20h"
    {"id": "time.single", "kind": "single",
     "pattern": r"(?<![\d.:/+-])(?P<h1>{hour})(?:(?P<s1>[:.])(?P<m1>[0-5]\d))?(?![\d:])(?:\s*(?P<u1>{time_unit}))?(?!\w)"},
)

DEADLINE_PATTERNS: tuple[dict[str, str], ...] = (
    # Explicit dates, optionally after a weekday: "bis Montag, den 12. Oktober 2026"
    {"id": "deadline.date_iso", "kind": "date", "resolve": "date", "prefix": "optional",
     "pattern": r"{weekday_prefix}?{date.iso}"},
    {"id": "deadline.date_numeric", "kind": "date", "resolve": "date", "prefix": "optional",
     "check": "numeric_date", "pattern": r"{weekday_prefix}?{date.numeric}"},
    {"id": "deadline.date_named", "kind": "date", "resolve": "date", "prefix": "optional",
     "pattern": r"{weekday_prefix}?{date.named}"},
    {"id": "deadline.date_numeric_no_year", "kind": "date_no_year", "resolve": "date",
     "prefix": "optional", "check": "numeric_date",
     "pattern": r"{weekday_prefix}?{date.numeric_no_year}"},
    {"id": "deadline.date_named_no_year", "kind": "date_no_year", "resolve": "date",
     "prefix": "optional", "pattern": r"{weekday_prefix}?{date.named_no_year}"},
    # "bis 23.6" without the closing dot: only after a preposition, never before a unit.
    {"id": "deadline.date_numeric_open", "kind": "date_no_year", "resolve": "date",
     "prefix": "required",
     "pattern": r"(?<![\d.,])(?P<day>{day})\.(?P<month>{monthnum})(?![\d.,:])(?!\s*(?:{not_date_unit})(?!\w))"},
    # "am 16.": a day of the month alone, next occurrence.
    {"id": "deadline.day_of_month", "kind": "date_no_year", "resolve": "day_of_month",
     "prefix": "none",
     "pattern": r"(?:am|bis\s+zum|zum|bis\s+am|für\s+den|ab\s+dem)\s+(?P<day>{day})\.(?:\s+des\s+Monats|(?=\s*$|\s*[,;:)!?\n]|\s+(?-i:[a-zäöüß])))"},

    # "morgen", "bis übermorgen", "noch heute"
    {"id": "deadline.day_offset", "kind": "relative", "resolve": "day_offset", "prefix": "optional",
     # "am Morgen", "heute Morgen", "guten Morgen": the noun, not "tomorrow"
     "not_after": "am heute gestern guten jeden den diesen einen",
     "pattern": r"(?P<offset>{day_offset})"},
    # "in zwei Wochen", "binnen 14 Tagen", "innerhalb einer Woche", Swiss "innert 10 Tagen"
    {"id": "deadline.duration", "kind": "relative", "resolve": "duration", "prefix": "optional",
     "pattern": r"(?:in|binnen|innert|innerhalb(?:\s+von)?|(?:in|binnen|innerhalb|innert)\s+(?:der|den)\s+{next})"
                r"\s+(?P<count>{number})(?:\s*(?:bis|-|–|oder)\s*(?P<count_upper>{number}))?\s+(?P<unit>{unit})"},

    # "Dienstag nächster Woche", "nächste Woche Dienstag", "am Freitag der kommenden Woche"
    {"id": "deadline.weekday_next_week", "kind": "weekday", "resolve": "weekday_next_week",
     "prefix": "optional",
     "pattern": r"(?P<weekday>{weekday})(?:{daypart})?\s+(?:der\s+)?(?P<relative>{relative})\s+Woche"},
    {"id": "deadline.next_week_weekday", "kind": "weekday", "resolve": "weekday_next_week",
     "prefix": "optional",
     "pattern": r"(?:in\s+der\s+)?(?P<relative>{relative})\s+Woche,?\s+(?:am\s+)?(?P<weekday>{weekday})(?:{daypart})?"},
    # "bis Freitag", "am kommenden Dienstag", "nächsten Mittwoch", "Freitagabend"
    {"id": "deadline.weekday", "kind": "weekday", "resolve": "weekday", "prefix": "optional",
     "pattern": r"(?:(?P<relative>{relative})\s+)?(?P<weekday>{weekday})(?:{daypart})?"},

    # "bis Mi.", "bis Fr", "bis Do. Mail an die Bib": an abbreviated weekday after a preposition,
    # not "Fr. Müller" (Frau)
    {"id": "deadline.weekday_abbr", "kind": "weekday", "resolve": "weekday", "prefix": "required",
     "pattern": r"(?P<weekday>(?-i:{weekday_abbr_bare}))\.?(?=[\s,;)]|$)(?!(?<=Fr)\s*(?-i:[A-ZÄÖÜ&]))(?!(?<=Fr\.)\s*(?-i:[A-ZÄÖÜ&]))"
                r"(?!\.?,?\s*(?:den\s+)?{day}\.)"},

    # "Ende der Woche", "im Laufe der Woche", Swiss "Ende Woche"
    {"id": "deadline.this_week", "kind": "week", "resolve": "week_friday", "prefix": "optional",
     "pattern": r"(?:Ende|im\s+Laufe)\s+der\s+Woche|Ende\s+Woche"},
    # "diese Woche", "nächste Woche", "Ende nächster Woche", "in der kommenden Woche", "übernächste Woche"
    {"id": "deadline.relative_week", "kind": "week", "resolve": "week_friday", "prefix": "optional",
     "pattern": r"(?:(?:Ende|im\s+Laufe)\s+(?:der\s+)?)?(?P<relative>{relative})\s+Woche"},
    # "bis zum Wochenende": Friday, Saturday or Sunday? Found, not resolved.
    {"id": "deadline.weekend", "kind": "week", "resolve": "unresolved", "prefix": "optional",
     "pattern": r"(?:(?:{relative})\s+)?Wochenende"},
    # "KW 47", "KW47/2024", "Kalenderwoche 47"
    {"id": "deadline.kw_label_first", "kind": "kw", "resolve": "iso_week_friday", "prefix": "optional",
     "pattern": r"(?:Ende\s+(?:der\s+)?)?(?:KW|Kalenderwoche)\s*(?P<week>\d{1,2})(?!\d)(?:\s*[/']\s*(?P<year>(?:19|20)?\d\d))?(?!\d)"},
    # "in der 47. KW", "47. Kalenderwoche"
    {"id": "deadline.kw_number_first", "kind": "kw", "resolve": "iso_week_friday", "prefix": "optional",
     "pattern": r"(?<![\d.])(?P<week>\d{1,2})\.\s*(?:KW|Kalenderwoche)(?:\s+(?P<year>(?:19|20)\d\d))?"},
    # "die erste Februarwoche", "in der zweiten Woche im März"
    {"id": "deadline.week_of_month", "kind": "week", "resolve": "week_of_month_friday",
     "prefix": "optional",
     "pattern": r"(?P<ordinal>{ordinal}|[1-5]\.)\s*(?:(?P<monthname>{month_full})woche|Woche\s+(?:im|des)\s+(?P<month_after>{month_full})s?)"},

    # "Ende November", "bis Ende Februar 2024"
    {"id": "deadline.month_end_named", "kind": "month", "resolve": "month_end", "prefix": "optional",
     "pattern": r"Ende\s+(?:des\s+)?(?P<monthname>{month})(?:\s+(?P<year>(?:19|20)\d\d))?"},
    # "im November", "im Laufe des Novembers", "im November oder Dezember" (the later one)
    {"id": "deadline.month_in", "kind": "month", "resolve": "month_end", "prefix": "optional",
     "pattern": r"(?:im\s+Laufe\s+des|im\s+Monat|im)\s+(?:(?P<month_first>{month_full})\s+(?:oder|bzw\.|/|und)\s+)?(?P<monthname>{month_full})s?(?:\s+(?P<year>(?:19|20)\d\d))?"},
    # "Ende des Monats", "Monatsende", "Ende nächsten Monats", "im kommenden Monat", Swiss "Ende Monat"
    {"id": "deadline.month_end_relative", "kind": "month", "resolve": "month_end", "prefix": "optional",
     "pattern": r"(?:Ende|im\s+Laufe)\s+(?:des\s+)?(?:(?P<relative>{relative})\s+)?Monats|Ende\s+Monat|Monatsende|(?P<relative_alone>{relative})\s+Monat"},
    # "bis November": until the month begins or ends? Found, not resolved.
    {"id": "deadline.month_bare", "kind": "month", "resolve": "unresolved", "prefix": "none",
     "pattern": r"(?:bis|bis\s+zum|ab|für|für\s+den)\s+(?P<monthname>{month_full})(?:\s+(?P<year>(?:19|20)\d\d))?"},
    # "Mitte November", "Mitte des Monats", "Mitte nächsten Monats"
    {"id": "deadline.mid_month_named", "kind": "mid_month", "resolve": "mid_month", "prefix": "optional",
     "pattern": r"Mitte\s+(?P<monthname>{month})(?:\s+(?P<year>(?:19|20)\d\d))?"},
    {"id": "deadline.mid_month_relative", "kind": "mid_month", "resolve": "mid_month", "prefix": "optional",
     "pattern": r"Mitte\s+(?:des\s+)?(?:(?P<relative>{relative})\s+)?Monats|Mitte\s+Monat"},

    # "bis Jahresende", "Ende des Jahres", "Ende nächsten Jahres", Swiss "Ende Jahr", Austrian "Ende heuer"
    {"id": "deadline.year_end_relative", "kind": "year_end", "resolve": "year_end", "prefix": "optional",
     "pattern": r"Jahresende|Jahresschluss|(?:Ende|im\s+Laufe)\s+(?:des\s+)?(?:(?P<relative>{relative})\s+)?Jahres|Ende\s+Jahr|Ende\s+heuer"},
    # "Ende 2024", "Ende des Jahres 2024", "zum Jahresende 2023"
    {"id": "deadline.year_end_named", "kind": "year_end", "resolve": "year_end", "prefix": "optional",
     "pattern": r"(?:Ende\s+(?:des\s+)?Jahres|Jahresende|Ende)\s+(?P<year>(?:19|20)\d\d)"},

    # "im dritten Quartal 2026", "bis Ende des 1. Quartals"
    {"id": "deadline.quarter_ordinal", "kind": "quarter", "resolve": "quarter_end", "prefix": "optional",
     "pattern": r"(?:Ende\s+(?:des\s+)?)?(?P<quarter>{ordinal}|[1-4]\.)\s*Quartals?(?:\s+(?P<year>(?:19|20)\d\d))?"},
    # "Q1/2024", "Q1 2024", "Ende Q2"
    {"id": "deadline.quarter_q", "kind": "quarter", "resolve": "quarter_end", "prefix": "optional",
     "pattern": r"(?:Ende\s+)?Q(?P<quarter>[1-4])(?:\s*[/ ]\s*(?P<year>(?:19|20)\d\d|\d\d)(?!\d))?(?![-–]\w)"},
    # "bis Ende des Quartals", "Quartalsende", "im nächsten Quartal"
    {"id": "deadline.quarter_relative", "kind": "quarter", "resolve": "quarter_end", "prefix": "optional",
     "pattern": r"Ende\s+(?:des\s+)?(?:(?P<relative>{relative})\s+)?Quartals|Ende\s+Quartal|Quartalsende|(?P<relative_alone>{relative})\s+Quartal"},
    # "im ersten Halbjahr 2024"
    {"id": "deadline.half_year", "kind": "quarter", "resolve": "half_year_end", "prefix": "optional",
     "pattern": r"(?:Ende\s+(?:des\s+)?)?(?P<half>{ordinal}|[12]\.)\s*Halbjahr(?:es|s)?(?:\s+(?P<year>(?:19|20)\d\d))?"},

    # "bis zur nächsten Sitzung", "vor der nächsten Vorstandssitzung", "beim nächsten Treffen";
    # with its date where one follows: "zur nächsten Sitzung am 12.05."
    # Without a preposition it is a noun phrase: "bereitet das nächste Treffen vor".
    {"id": "deadline.next_meeting", "kind": "next_meeting", "resolve": "next_meeting",
     "prefix": "required",
     # ("zur nächsten gemeinsamen Sitzung", "zur nächsten ordentlichen Versammlung": an adjective between;
     # "bis zur ersten Sitzung" after the holidays is the next one too, not "zur ersten ordentlichen MV")
     "pattern": r"(?P<relative>{next}|(?<=\bbis zur )ersten)\s+(?:(?:gemeinsamen|ordentlichen|regulären|regulaeren|öffentlichen|oeffentlichen)\s+)?{meeting}(?:\s*[,:]?\s*(?:am\s+)?{weekday_prefix}?"
                r"(?P<meeting_date>{day}\.\s?(?:{monthnum}\.|{month})(?:\s?(?:19|20)\d\d(?!\d)|(?<=\.)\d\d(?!\d))?))?"},

    # "zum Juni-Plenum", "in der Januarsitzung": the next meeting, when it falls in that month
    {"id": "deadline.month_meeting", "kind": "next_meeting", "resolve": "month_meeting",
     "prefix": "required",
     "pattern": r"(?P<month>{month_full})-?(?:{meeting})"},

    # "Anfang Dezember", "Anfang nächster Woche", "Anfang 2024": no day to name.
    {"id": "deadline.start_of", "kind": "vague", "resolve": "unresolved", "prefix": "optional",
     "pattern": r"(?:Anfang|Beginn)\s+(?:des\s+|der\s+)?(?:(?:{relative})\s+)?(?:{month}|Monats|Monat|Jahres|Woche|Quartals|(?:19|20)\d\d)"},
    # "Mitte nächster Woche", "Mitte des Jahres", "Mitte 2024": no day either.
    {"id": "deadline.middle_of", "kind": "vague", "resolve": "unresolved", "prefix": "optional",
     "pattern": r"Mitte\s+(?:des\s+|der\s+)?(?:(?:{relative})\s+)?(?:Woche|Jahres|Quartals|(?:19|20)\d\d)"},
    # "im Frühjahr", "vor den Sommerferien", "bis Weihnachten"
    {"id": "deadline.season", "kind": "vague", "resolve": "unresolved", "prefix": "none",
     "pattern": r"(?:{season_preposition})\s+(?:{season})s?(?:\s+(?:19|20)\d\d)?"},
    # "zeitnah", "möglichst bald", "in den kommenden Tagen"
    {"id": "deadline.vague", "kind": "vague", "resolve": "unresolved", "prefix": "none",
     "pattern": r"(?:(?:{vague_intensifier})\s+)?{vague}"},
)

