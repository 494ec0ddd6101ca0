"""Golden end-to-end tests: our own example protocols against their gold files.

The floors are the quality the extractor reaches today; a change that drops
below them breaks a promise to users, a change that raises them should raise
the floor too.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pandas as pd
import pytest

import extractor

WORD = re.compile(r"\w+")
TITLES = {"herr", "frau", "hr", "fr", "dr", "prof"}


def words(text: object) -> Counter:
    return Counter(WORD.findall(str(text or "").lower()))


def overlap(gold: object, pred: object) -> bool:
    """The same clause: most gold words found, and the prediction not much longer."""
    g, p = words(gold), words(pred)
    common = sum((g & p).values())
    return bool(g and p) and common / sum(g.values()) >= 0.6 and common / sum(p.values()) >= 0.35


def surname(name: object) -> str:
    parts = [w for w in WORD.findall(re.sub(r"\(.*?\)", " ", str(name or "").lower()))
             if w not in TITLES and len(w) > 1]
    return parts[-1] if parts else ""


def f1(gold: list, pred: list, same) -> float:
    """F1 of a greedy one-to-one matching."""
    used: set[int] = set()
    hits = 0
    for g in gold:
        j = next((j for j, p in enumerate(pred) if j not in used and same(g, p)), None)
        if j is not None:
            used.add(j)
            hits += 1
    return 2 * hits / (len(gold) + len(pred)) if gold or pred else 1.0


EXAMPLES = Path(__file__).resolve().parents[1] / "data" / "examples"
GOLD = {p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8"))
        for p in sorted(EXAMPLES.glob("*.gold.json"))}


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return extractor.extract([EXAMPLES]).tables


def rows(tables: dict[str, pd.DataFrame], table: str, doc_id: str) -> list[dict]:
    frame = tables[table]
    return frame[frame["doc_id"] == doc_id].to_dict("records")


def test_every_example_is_read(tables: dict[str, pd.DataFrame]) -> None:
    assert set(tables["meetings"]["doc_id"]) >= set(GOLD)
    assert tables["errors"].empty


@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_meeting_date_and_times(tables: dict[str, pd.DataFrame], doc_id: str) -> None:
    gold = GOLD[doc_id]["meeting"]
    meeting = rows(tables, "meetings", doc_id)[0]
    assert meeting["date"] == gold["date"]
    for field in ("start_time", "end_time"):
        assert (None if pd.isna(meeting[field]) else meeting[field]) == gold[field]


@pytest.mark.parametrize("doc_id", sorted(GOLD))
def test_agenda_numbers(tables: dict[str, pd.DataFrame], doc_id: str) -> None:
    predicted = [r["number"] for r in rows(tables, "agenda_items", doc_id)]
    assert predicted == [item["number"] for item in GOLD[doc_id]["agenda_items"]]


def _mean_f1(tables: dict[str, pd.DataFrame], table: str, key: str, same) -> float:
    scores = [f1(GOLD[d][key], rows(tables, table, d), same) for d in GOLD]
    return sum(scores) / len(scores)


@pytest.mark.parametrize("table, key, same, floor", [
    ("attendees", "attendees",
     lambda g, p: surname(g["name"]) == surname(p["name"]) and g["status"] == p["status"], 0.95),
    ("decisions", "decisions", lambda g, p: overlap(g["text"], p["text"]), 0.75),
    ("action_items", "action_items", lambda g, p: overlap(g["task"], p["task"]), 0.55),
    ("appointments", "appointments", lambda g, p: g["date"] == p["date"], 0.6),
])
def test_findings_reach_their_floor(tables: dict[str, pd.DataFrame], table: str, key: str, same, floor: float) -> None:
    assert _mean_f1(tables, table, key, same) >= floor


def test_every_row_has_provenance(tables: dict[str, pd.DataFrame]) -> None:
    for name in ("agenda_items", "attendees", "decisions", "action_items", "appointments"):
        frame = tables[name]
        assert frame[["source_file", "page", "char_start", "char_end", "quote", "found_by"]].notna().all().all(), name
        assert (frame["char_end"] >= frame["char_start"]).all(), name
