"""Read the key that spells out the initials a protocol uses ("DP = Dragana Petrović, BK = Bernd Kühnast").

Minute-takers who write initials throughout often give the key once, below
the attendance list or at the end. With it, "DP" in the list and "DP lädt …"
in the text are the same person, under her full name.
"""
from __future__ import annotations

import re

from extractor.lang.de.structure import LEGEND_LABELS, NAME_PARTICLES, TITLES
from extractor.structure.lines import Line

_KEY = r"(?P<key>(?=(?:[^A-ZÄÖÜ]*[A-ZÄÖÜ]){2})[A-ZÄÖÜ][A-ZÄÖÜa-zäöü]{1,3})"
_PARTICLE = "|".join(NAME_PARTICLES)
_TITLE = r"(?:(?:%s)\.?\s+)*" % "|".join(t.capitalize() for t in TITLES)
_NAME = rf"{_TITLE}(?P<name>[A-ZÄÖÜ][\w'’-]+(?:\s+(?:(?:{_PARTICLE})\s+)*[A-ZÄÖÜ][\w'’.-]+){{0,3}})"
_PAIR = re.compile(rf"(?<![\w.]){_KEY}\s*(?P<sep>=|:|\s[–-]\s)\s*{_NAME}(?=\s*(?:[,;]|$|\s[A-ZÄÖÜ]{{2}}))")
_LABEL = re.compile(r"^\s*[-*•]?\s*(?:%s)\.?\s*:?\s*" % "|".join(re.escape(w) for w in LEGEND_LABELS), re.IGNORECASE)


def read_legend(lines: list[Line]) -> dict[str, str]:
    """Initials -> full name, from every line that reads as a key; a key given twice keeps the first."""
    found = [_pairs(line.text) for line in lines]
    legend: dict[str, str] = {}
    for i, (pairs, sure) in enumerate(found):
        neighbours = [found[j][0] for j in (i - 1, i + 1) if 0 <= j < len(found)]
        if pairs and (sure or any(neighbours)):  # "- AR – Anja Reuter" counts in a list of such lines
            for key, name in pairs:
                legend.setdefault(key, name)
    return legend


def _pairs(text: str) -> tuple[list[tuple[str, str]], bool]:
    """The pairs of a line that is a key and nothing else, and whether the line alone makes it sure.

    Several pairs, an "=" or a label ("Kürzel:") make it sure; a lone "SK: Anja Reuter" does not.
    """
    labelled = _LABEL.match(text)
    body = text[labelled.end():] if labelled else text
    pairs = list(_PAIR.finditer(body))
    if not pairs or re.search(r"\w", _PAIR.sub("", body)):
        return [], False  # a sentence that happens to hold "TW: Bericht", not a key
    sure = len(pairs) > 1 or bool(labelled) or pairs[0].group("sep") == "="
    return [(m.group("key"), m.group("name")) for m in pairs], sure


def spell_out(name: str, legend: dict[str, str]) -> str:
    """"DP" -> "Dragana Petrović" where the key says so; any other name as it is."""
    return legend.get(name.strip(" .@"), name)
