"""Words of a clause as comparable terms: lemma, light stem, compound parts.

A report rarely repeats the task's words: "Leon wird sich informieren"
(under "Versicherung") comes back as "Es sind nur Mitglieder versichert".
Lemmas (spaCy's German lookup table) bring "versichert" to "versichern";
the stem and compound rules in ``term_similarity`` let "versicher" meet
"versicherung" and "sicherheitsplakat" meet "plakat".
"""
from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.lang.de.stop_words import STOP_WORDS

from extractor.lang.de.followup import FILLER_WORDS, RECURRING_DAYS, STEM_SUFFIXES, SYNONYM_GROUPS

_WORD = re.compile(r"[^\W\d_][\w-]*[^\W_]|[^\W\d_]{2,}", re.UNICODE)
_MIN_STEM = 3
_MIN_PART = 5  # the shortest word a compound is taken to end in after its modifier
_SCHWA_L = re.compile(r"([^aeiouäöü])el$")
_AMOUNT = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})*|\d+)(?:,\d{2}|,-)?\s*(?:€|EUR\b|Euro\b)")
_SENTENCE_START = re.compile(r"[\s\d.)(*•◦-]*")  # nothing but list markers before the word
VERB_WEIGHT = 0.5
SYNONYM = 0.8


@lru_cache(maxsize=1)
def _lemma_table() -> dict[str, str]:
    nlp = spacy.blank("de")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    return nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")


def lemma(word: str) -> str:
    table = _lemma_table()
    for form in (word, word.lower(), word.capitalize()):
        found = table.get(form)
        if found:
            return found.lower()
    return word.lower()


def stem(word: str) -> str:
    """The lemma without a common ending; an unstressed "e" before a final "l" goes too,
    as it does in derived words: "basteln" -> "bastl" like "Bastler" -> "bastl"."""
    for suffix in STEM_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM + 2:
            word = word[: -len(suffix)]
            break
    return _SCHWA_L.sub(r"\1l", word)


def terms(text: str, ignore: frozenset[str] = frozenset()) -> tuple[tuple[str, float], ...]:
    """Content terms of ``text`` with a weight: nouns (capitalised) 1, other words ``VERB_WEIGHT``.

    ``ignore`` holds lower-case words to drop (people's names).  German
    capitalises nouns, and nouns carry the topic: "Telefonzelle", not "beschließt".
    """
    out: dict[str, float] = {}
    for match in _WORD.finditer(text):
        word = match.group()
        initial = _opens_sentence(text, match.start())
        for part in word.split("-"):
            low = part.lower()
            if low in RECURRING_DAYS:
                out[RECURRING_DAYS[low]] = 1.0  # "donnerstags" meets "Donnerstagen"; "am Donnerstag" stays a date
                continue
            if len(low) < 3 or low in STOP_WORDS or low in FILLER_WORDS or low in ignore:
                continue
            base = lemma(part)
            if base in STOP_WORDS or base in FILLER_WORDS:
                continue
            noun = part[:1].isupper() and not (initial and _capitalised_by_position(part))
            weight = 1.0 if noun else VERB_WEIGHT
            key = stem(base)
            out[key] = max(out.get(key, 0.0), weight)
    for match in _AMOUNT.finditer(text):
        # a sum of money names its matter like a noun: "Antrag über 650 €" / "Zusage über 650 EUR"
        out[match.group(1).replace(".", "") + "€"] = 1.0
    return tuple(out.items())


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a full stop, a colon or only list markers."""
    k = start - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k < 0 or text[k] in ".!?:;" or _SENTENCE_START.fullmatch(text, 0, start) is not None


def _capitalised_by_position(word: str) -> bool:
    """A capital at the start of a sentence marks no noun: "Genauer Ablauf ..." begins with an
    inflected adjective, which the lemma table knows only in lower case, as its stem plus an ending
    ("genauer" -> "genau"; but "presse" -> "pressen" is a verb form, and "Presse" a noun)."""
    table = _lemma_table()
    base = table.get(word.lower())
    return word not in table and base is not None and word.lower().startswith(base) and base != word.lower()


@lru_cache(maxsize=200_000)
def term_similarity(a: str, b: str) -> float:
    """1 for the same stem; less for a shared beginning or a compound part."""
    if a == b:
        return 1.0
    if _synonyms(a) & _synonyms(b):
        return SYNONYM
    short, long_ = sorted((a, b), key=len)
    prefix = _common_prefix(a, b)
    if prefix >= 5 and prefix >= 0.75 * len(long_):
        return 0.8
    if len(short) >= 4 and long_ == short + "end":
        return 0.8  # a participle as a noun: "vorsitzend" (Vorsitzende) / "vorsitz"
    if len(short) >= 4 and long_.endswith(short):
        return 0.7  # head of a compound: "sicherheitsplakat" / "plakat"
    if len(short) >= 5 and long_.startswith(short) and len(long_) - len(short) >= _MIN_PART:
        return 0.5  # modifier of a compound: "versicherungsstatus" / "versicher"
    if prefix >= 5 and min(len(a), len(b)) - prefix >= _MIN_PART - 1:
        return 0.4  # a shared modifier: "kuchenspend" / "kuchenaufruf"
    return 0.0


@lru_cache(maxsize=1)
def _synonym_groups() -> dict[str, frozenset[int]]:
    """Each word of ``SYNONYM_GROUPS`` as a term, with the groups it belongs to."""
    out: dict[str, set[int]] = {}
    for n, group in enumerate(SYNONYM_GROUPS):
        for word in group:
            for term, _ in terms(word):
                out.setdefault(term, set()).add(n)
    return {t: frozenset(g) for t, g in out.items()}


def _synonyms(term: str) -> frozenset[int]:
    return _synonym_groups().get(term, frozenset())


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n
