"""Group the protocols of an archive into series, each in meeting-date order.

Without instructions, two protocols belong to one series when their file
names agree once the date is taken out ("vorstand-2024-01-16",
"vorstand-2024-02-13"), or when the meetings table gives both the same body
and kind of meeting.  ``--series NAME`` puts everything in one series; a
mapping file (``pattern,series`` per line, pattern a doc_id or a glob over
doc_id or file name) overrides the guess for the documents it names.
"""
from __future__ import annotations

import csv
import datetime as dt
import fnmatch
import re
from dataclasses import dataclass
from pathlib import Path

from extractor.lang.de.followup import MEETING_KINDS
from extractor.series_names import SEPARATORS as _SEPARATORS, name_key



@dataclass(frozen=True)
class Member:
    """What grouping needs to know about one protocol."""

    doc_id: str
    date: dt.date | None
    kind: str | None
    body: str | None
    source_file: str = ""


@dataclass(frozen=True)
class Series:
    series_id: str
    doc_ids: tuple[str, ...]  # in meeting-date order
    found_by: str  # series.option | series.mapping | series.name | series.metadata | series.single


def group_series(members: list[Member], name: str | None = None,
                 mapping: dict[str, str] | None = None) -> list[Series]:
    if name:
        return [Series(name, _ordered(members), "series.option")]
    mapped, rest = _apply_mapping(members, mapping or {})
    return mapped + _guess(rest)


def read_mapping(path: Path) -> dict[str, str]:
    """``pattern,series`` rows (comma, semicolon or tab); a header row and ``#`` lines are skipped."""
    lines = [l for l in path.read_text(encoding="utf-8-sig").splitlines() if l.strip() and not l.startswith("#")]
    delimiter = next((d for d in ",;\t" if lines and d in lines[0]), ",")
    mapping: dict[str, str] = {}
    for row in csv.reader(lines, delimiter=delimiter):
        cells = [c.strip() for c in row]
        if len(cells) < 2 or not cells[0] or cells[:2] == ["pattern", "series"]:
            continue
        mapping[cells[0]] = cells[1]
    if not mapping:
        raise ValueError(f"{path}: no 'pattern,series' rows found")
    return mapping


def _apply_mapping(members: list[Member], mapping: dict[str, str]) -> tuple[list[Series], list[Member]]:
    groups: dict[str, list[Member]] = {}
    rest = []
    for member in members:
        series = next((s for p, s in mapping.items() if _matches(member, p)), None)
        if series is None:
            rest.append(member)
        else:
            groups.setdefault(series, []).append(member)
    return [Series(s, _ordered(ms), "series.mapping") for s, ms in groups.items()], rest


def _matches(member: Member, pattern: str) -> bool:
    names = (member.doc_id, Path(member.source_file).name, member.source_file)
    return any(fnmatch.fnmatchcase(n, pattern) for n in names if n)


def _guess(members: list[Member]) -> list[Series]:
    parent = {m.doc_id: m.doc_id for m in members}

    def root(doc: str) -> str:
        while parent[doc] != doc:
            parent[doc] = parent[parent[doc]]
            doc = parent[doc]
        return doc

    first: dict[str, str] = {}
    for member in members:
        for key in _keys(member):
            if key in first:
                parent[root(member.doc_id)] = root(first[key])
            else:
                first[key] = member.doc_id
    groups: dict[str, list[Member]] = {}
    for member in members:
        groups.setdefault(root(member.doc_id), []).append(member)
    return [_named(group) for group in groups.values()]


def _keys(member: Member) -> list[str]:
    keys = []
    name = name_key(member.doc_id)
    if name:
        keys.append(f"name:{name}")
    kind = kind_class(member.kind)
    if member.body:
        keys.append(f"meta:{_slug(member.body)}|{kind or ''}")
    elif not name and kind:
        keys.append(f"folder:{Path(member.source_file).parent.name}|{kind}")
    return keys


def kind_class(kind: str | None) -> str | None:
    """One name per kind of meeting: "Jahreshauptversammlung" -> "mitgliederversammlung"."""
    if not kind:
        return None
    low = kind.lower().strip()
    for name, words in MEETING_KINDS.items():
        if low in words or any(low.startswith(w) for w in words if len(w) > 3):
            return name
    return low


def _named(group: list[Member]) -> Series:
    names = [name_key(m.doc_id) for m in group if name_key(m.doc_id)]
    if names:
        return Series(max(set(names), key=names.count), _ordered(group), "series.name")
    bodies = [m for m in group if m.body]
    if bodies:
        meta = f"{_slug(bodies[0].body)}-{kind_class(bodies[0].kind) or 'sitzung'}"
        return Series(meta, _ordered(group), "series.metadata")
    return Series(group[0].doc_id, _ordered(group), "series.single")


def _ordered(members: list[Member]) -> tuple[str, ...]:
    return tuple(m.doc_id for m in sorted(members, key=lambda m: (m.date or dt.date.max, m.doc_id)))


def _slug(text: str) -> str:
    return _SEPARATORS.sub("-", re.sub(r"[^\w\s-]", "", text.lower())).strip("-")
