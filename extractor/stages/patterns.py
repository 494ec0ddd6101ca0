"""Compile the pattern data of ``extractor.lang.de`` once, at import, with ids kept."""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Pattern:
    id: str
    regex: re.Pattern[str]


def compile_patterns(data: tuple[tuple[str, str], ...], flags: int = 0) -> tuple[Pattern, ...]:
    """Fails loudly on a bad pattern or a duplicate id, naming it."""
    seen: set[str] = set()
    out = []
    for pattern_id, source in data:
        if pattern_id in seen:
            raise ValueError(f"Duplicate pattern id {pattern_id!r}")
        seen.add(pattern_id)
        try:
            out.append(Pattern(pattern_id, re.compile(source, flags)))
        except re.error as err:
            raise ValueError(f"Pattern {pattern_id!r} does not compile: {err}") from err
    return tuple(out)


def first_match(patterns: tuple[Pattern, ...], text: str) -> Pattern | None:
    return next((p for p in patterns if p.regex.search(text)), None)
