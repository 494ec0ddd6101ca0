"""Resolve the people a task names to the document's attendance list.

"Hr. Sternal" and "R. Sternal" are one person; "Olaf" is "Olaf Koenig" when
only one attendee has that first name; "MH" is the attendee listed with
initials "(MH)" or whose initials they are.  Others stay as written.
"""
from __future__ import annotations

import re

from extractor.stages.doers import is_short_form


def resolve_people(named: list[str], attendees: list[str], initials: dict[str, str] | None = None,
                   offices: dict[str, str] | None = None) -> list[str]:
    """``offices`` maps an office ("kassenwartin") to the attendee who holds it."""
    out: list[str] = []
    for name in named:
        office = re.sub(r"^(?:die|der|den|dem)\s+", "", name.strip(), flags=re.IGNORECASE).lower()
        resolved = (offices or {}).get(office) or resolve_person(name, attendees, initials or {})
        if resolved not in out:
            out.append(resolved)
    return out


def resolve_person(name: str, attendees: list[str], initials: dict[str, str]) -> str:
    clean = name.strip().lstrip("@").rstrip(".")
    if re.fullmatch(r"(?:[A-ZÄÖÜ]\.){1,2}[A-ZÄÖÜ]", clean):
        clean = clean.replace(".", "")  # "M.O." is "MO"
    if clean.upper() == clean and 2 <= len(clean) <= 3 and clean.isalpha():
        if clean in initials:
            return initials[clean]
        match = [a for a in attendees if _initials(a) == clean]
        if len(match) == 1:
            return match[0]
    words = clean.split()
    last = words[-1].lower() if words else ""
    by_surname = [a for a in attendees if a.split() and a.split()[-1].lower().lstrip("@") == last]
    if len(by_surname) == 1:
        return by_surname[0]
    by_start = [a for a in attendees if len(words) > 1 and a.lower().startswith(clean.lower() + " ")]
    if len(by_start) == 1:
        return by_start[0]  # "Thi Lan" is "Thi Lan Nguyen"
    by_first = [a for a in attendees if a.split() and a.split()[0].lower().lstrip("@") == last and len(a.split()) > 1]
    if len(words) == 1 and len(by_first) == 1:
        return by_first[0]
    short = is_short_form(words[-1]) if words else False  # "Jo", "Ferdi": a pet name
    prefix = [a for a in attendees if len(words) == 1 and (len(last) >= 3 or short)
              and (a.split()[0].lower().startswith(last) or a.lower().startswith("@" + last))]
    if len(prefix) == 1:
        return prefix[0]
    return clean


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isupper())
