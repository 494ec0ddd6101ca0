"""Is this text German? The share of German function words among its words.

German prose has 30-45 % function words, a German protocol (lists, names,
numbers) still 15 % or more; English text has next to none of ours, because
words that exist in both languages ("in", "an", "was") are not in the list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from extractor.errors import DocumentError
from extractor.lang.de.stopwords import STOPWORDS

MIN_WORDS = 40  # shorter texts are not judged: a few lines say too little
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class LanguageShare:
    words: int
    german: int

    @property
    def share(self) -> float:
        return self.german / self.words if self.words else 0.0


def german_share(text: str) -> LanguageShare:
    words = [w.lower() for w in _WORD.findall(text)]
    return LanguageShare(len(words), sum(w in STOPWORDS for w in words))


def check_german(text: str, path: Path, min_share: float) -> None:
    """Raise ``not_german`` when a text of some length has (almost) no German function words."""
    found = german_share(text)
    if min_share <= 0 or found.words < MIN_WORDS or found.share >= min_share:
        return
    raise DocumentError(
        "not_german",
        f"{path.name} does not look German: {found.share:.0%} of its {found.words} words are German "
        f"function words (at least {min_share:.0%} expected); it was not extracted.",
        "protokoll reads German protocols only. If this file is German, run again with "
        "--min-german-share 0 --retry-failed.")
