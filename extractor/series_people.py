"""Initials and first names that one protocol leaves unexplained, spelled out from the other protocols of its series.

A minute-taker who writes "FY, SL, HB" under a list of surnames gives no key, but the
protocols before and after it list "Fatma Yıldız" and "Svenja Lüttgens": the series knows
who the initials stand for. So too "Matthias bereitet … vor" under a list that gives only
"Dr. Brökelmann", when another protocol lists "Matthias Brökelmann". Only initials and first
names that fit exactly one person of the series are spelled out; the rest stay as written.
"""
from __future__ import annotations

import re

import pandas as pd

from extractor.lang.de.structure import TITLES
from extractor.series_names import name_key

_INITIALS = re.compile(r"[A-ZÄÖÜ]{2,3}")


def spell_out_series_initials(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The tables with responsible initials replaced by full names where the series is sure."""
    tasks, persons, attendees = tables.get("action_items"), tables.get("action_item_persons"), tables.get("attendees")
    if tasks is None or attendees is None or tasks.empty or attendees.empty:
        return tables
    people = _people_by_initials(attendees) | _people_by_first_name(attendees)
    series = {doc_id: name_key(doc_id) for doc_id in tasks["doc_id"].unique()}
    listed = _listed_words(attendees)
    by_surname = _lists_by_surname(attendees)

    def spelled(doc_id: str, name: str) -> str:
        if name.strip().lower() in listed.get(doc_id, set()):
            return name  # "Tobi" where this protocol lists "Tobi R.": as its own list writes it
        if not _INITIALS.fullmatch(name.strip()) and doc_id not in by_surname:
            return name  # a first name where the protocol lists nobody by surname: as written
        known = people.get((series.get(doc_id, ""), name.strip()))
        return known if known and series.get(doc_id) else name

    out = dict(tables)
    tasks = tasks.copy()
    tasks["responsible"] = pd.Series([
        "; ".join(spelled(d, n) for n in str(r).split("; ")) if isinstance(r, str) and r else r
        for d, r in zip(tasks["doc_id"], tasks["responsible"])], index=tasks.index, dtype=tasks["responsible"].dtype)
    out["action_items"] = tasks
    if persons is not None and not persons.empty:
        persons = persons.copy()
        persons["person"] = pd.Series([spelled(d, p) if isinstance(p, str) else p
                                       for d, p in zip(persons["doc_id"], persons["person"])],
                                      index=persons.index, dtype=persons["person"].dtype)
        out["action_item_persons"] = persons
    return out


def _people_by_initials(attendees: pd.DataFrame) -> dict[tuple[str, str], str]:
    """{(series, initials): full name} for initials that only one listed person of the series has."""
    found: dict[tuple[str, str], set[str]] = {}
    for doc_id, name in zip(attendees["doc_id"], attendees["name"]):
        words = [w for w in re.split(r"[\s-]+", str(name)) if w[:1].isupper()]
        if len(words) < 2:
            continue
        key = name_key(doc_id)
        for initials in {"".join(w[0] for w in words), words[0][0] + words[-1][0]}:
            found.setdefault((key, initials), set()).add(str(name))
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1 and _INITIALS.fullmatch(key[1])}


def _people_by_first_name(attendees: pd.DataFrame) -> dict[tuple[str, str], str]:
    """{(series, first name): full name} for first names that only one listed person of the series has."""
    found: dict[tuple[str, str], set[str]] = {}
    for doc_id, name in zip(attendees["doc_id"], attendees["name"]):
        words = str(name).split()
        if len(words) >= 2 and re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}", words[0]) and len(words[-1]) > 2:
            found.setdefault((name_key(doc_id), words[0]), set()).add(str(name))
    return {key: next(iter(names)) for key, names in found.items() if len(names) == 1}


def _listed_words(attendees: pd.DataFrame) -> dict[str, set[str]]:
    """The words of each protocol's own attendee names, in small letters."""
    out: dict[str, set[str]] = {}
    for doc_id, name in zip(attendees["doc_id"], attendees["name"]):
        out.setdefault(doc_id, set()).update(w.lower().strip(".") for w in str(name).split())
    return out


def _lists_by_surname(attendees: pd.DataFrame) -> set[str]:
    """Protocols whose list names most people by first name and surname ("Paula" there is someone the list lacks)."""
    counts: dict[str, list[int]] = {}
    for doc_id, name in zip(attendees["doc_id"], attendees["name"]):
        words = [w for w in str(name).split() if w.rstrip(".").lower() not in TITLES]
        counts.setdefault(doc_id, []).append(len(words) >= 2 and len(words[-1].rstrip(".")) > 1)
    return {doc_id for doc_id, full in counts.items() if sum(full) * 2 > len(full)}
