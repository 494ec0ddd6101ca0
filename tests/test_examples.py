"""Golden end-to-end tests: our own protocols (examples and development series) against their gold files.

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


DATA = Path(__file__).resolve().parents[1] / "data"
# Our examples and the blind series that have since become development sets (data/README.md);
# the unseen ones (heldout12, heldout15, heldout20, heldout29 and newer) are never read by a test, so no failure can
# show their errors.
SETS = ("examples", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
        "heldout9", "heldout10", "heldout11", "heldout13", "heldout14", "heldout16", "heldout17",
        "heldout18", "heldout19", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28",
        "heldout29", "heldout32", "heldout33", "heldout36", "heldout37")
GOLDS = {name: {p.name[: -len(".gold.json")]: json.loads(p.read_text(encoding="utf-8"))
                for p in sorted((DATA / name).glob("*.gold.json"))} for name in SETS}
# Header and agenda read exactly, except where a known gap is left open (data/README.md):
NOT_EXACT = {
    "spf-lindenpark-2026-02-04": "agenda items numbered I.–VI. are numbered 1–6",
    "spf-lindenpark-2026-03-18": "'Beginn 19:30 Uhr, Ende 21:25 Uhr' inside a sentence: the end is not read",
    "fsr-geo-auental-2024-10-08": "the last item of an Etherpad export ('TOP7 - Sonstiges') is missed",
    "ortschaftsrat-lerchenbuehl-2024-03-05": "items taken in another order than listed (TOP 7 before TOP 6) are numbered in text order",
    "ortschaftsrat-lerchenbuehl-2024-10-15": "the non-public TOP 9 is only named in a closing line ('Nichtöffentlicher Teil: TOP 9 – …')",
    "tsv-eichenbrueck-2025-03-21": "indented sub-points '3.1 …' under 'TOP 3 Berichte' are not read as agenda items",
    "schulkonferenz-kranichweiher-2026-02-24": "the closing sections '## To-dos' and '## Termine' are read as agenda items",
    "johannes-kantorei-2026-04-25": "the elections '9a) … 9c)' are read as agenda items; the writer keeps only TOP 9",
}
DOCS = [(name, doc_id) for name in SETS for doc_id in GOLDS[name] if doc_id not in NOT_EXACT]
GOLD = {doc_id: gold for name in SETS for doc_id, gold in GOLDS[name].items()}


@pytest.fixture(scope="module")
def all_tables() -> dict[str, dict[str, pd.DataFrame]]:
    return {name: extractor.extract([DATA / name]).tables for name in SETS}


@pytest.fixture(scope="module")
def tables(all_tables: dict[str, dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    return all_tables["examples"]


def rows(tables: dict[str, pd.DataFrame], table: str, doc_id: str) -> list[dict]:
    frame = tables[table]
    return frame[frame["doc_id"] == doc_id].to_dict("records")


@pytest.mark.parametrize("name", SETS)
def test_every_example_is_read(all_tables: dict[str, dict[str, pd.DataFrame]], name: str) -> None:
    assert set(all_tables[name]["meetings"]["doc_id"]) >= set(GOLDS[name])
    assert all_tables[name]["errors"].empty


@pytest.mark.parametrize("name, doc_id", DOCS)
def test_meeting_date_and_times(all_tables: dict[str, dict[str, pd.DataFrame]], name: str, doc_id: str) -> None:
    gold = GOLD[doc_id]["meeting"]
    meeting = rows(all_tables[name], "meetings", doc_id)[0]
    assert meeting["date"] == gold["date"]
    for field in ("start_time", "end_time"):
        assert (None if pd.isna(meeting[field]) else meeting[field]) == gold[field]


@pytest.mark.parametrize("name, doc_id", DOCS)
def test_agenda_numbers(all_tables: dict[str, dict[str, pd.DataFrame]], name: str, doc_id: str) -> None:
    predicted = [r["number"] for r in rows(all_tables[name], "agenda_items", doc_id)]
    assert predicted == [item["number"] for item in GOLD[doc_id]["agenda_items"]]


def _mean_f1(tables: dict[str, pd.DataFrame], name: str, table: str, key: str, same) -> float:
    scores = [f1(GOLDS[name][d][key], rows(tables, table, d), same) for d in GOLDS[name]]
    return sum(scores) / len(scores)


SAME = {
    "attendees": lambda g, p: surname(g["name"]) == surname(p["name"]) and g["status"] == p["status"],
    "decisions": lambda g, p: overlap(g["text"], p["text"]),
    "action_items": lambda g, p: overlap(g["task"], p["task"]),
    "appointments": lambda g, p: g["date"] == p["date"],
}
# Mean F1 per document today, less a small margin (heldout3 and 7 … 10 from session 4, heldout11, 13, 14 and 16 from
# session 5, heldout17, 18, 19, 21 and 22 from session 6, heldout23 … 28 from session 7, heldout29 and 33 from session 8, heldout32, 36 and 37 from session 9).
FLOORS = {
    "examples": {"attendees": 0.97, "decisions": 0.87, "action_items": 0.90, "appointments": 0.85},
    "heldout": {"attendees": 0.95, "decisions": 0.88, "action_items": 0.91, "appointments": 0.79},
    "heldout2": {"attendees": 0.97, "decisions": 0.88, "action_items": 0.89, "appointments": 0.88},
    "heldout4": {"attendees": 0.96, "decisions": 0.88, "action_items": 0.81, "appointments": 0.80},
    "heldout5": {"attendees": 0.97, "decisions": 0.84, "action_items": 0.82, "appointments": 0.80},
    "heldout6": {"attendees": 0.97, "decisions": 0.88, "action_items": 0.82, "appointments": 0.80},
    "heldout3": {"attendees": 0.93, "decisions": 0.87, "action_items": 0.82, "appointments": 0.89},
    "heldout7": {"attendees": 0.96, "decisions": 0.85, "action_items": 0.87, "appointments": 0.91},
    "heldout8": {"attendees": 0.98, "decisions": 0.83, "action_items": 0.86, "appointments": 0.89},
    "heldout9": {"attendees": 0.96, "decisions": 0.80, "action_items": 0.80, "appointments": 0.87},
    "heldout10": {"attendees": 0.95, "decisions": 0.87, "action_items": 0.78, "appointments": 0.82},
    "heldout11": {"attendees": 0.94, "decisions": 0.90, "action_items": 0.86, "appointments": 0.91},
    "heldout13": {"attendees": 0.94, "decisions": 0.85, "action_items": 0.72, "appointments": 0.91},
    "heldout16": {"attendees": 0.96, "decisions": 0.78, "action_items": 0.80, "appointments": 0.82},
    "heldout14": {"attendees": 0.88, "decisions": 0.85, "action_items": 0.72, "appointments": 0.63},
    "heldout17": {"attendees": 0.98, "decisions": 0.90, "action_items": 0.85, "appointments": 0.88},
    "heldout18": {"attendees": 0.82, "decisions": 0.82, "action_items": 0.93, "appointments": 0.75},
    "heldout21": {"attendees": 0.95, "decisions": 0.91, "action_items": 0.84, "appointments": 0.75},
    "heldout22": {"attendees": 0.92, "decisions": 0.90, "action_items": 0.84, "appointments": 0.77},
    "heldout19": {"attendees": 0.94, "decisions": 0.87, "action_items": 0.78, "appointments": 0.91},
    "heldout23": {"attendees": 0.96, "decisions": 0.93, "action_items": 0.87, "appointments": 0.84},
    "heldout24": {"attendees": 0.98, "decisions": 0.91, "action_items": 0.88, "appointments": 0.78},
    "heldout25": {"attendees": 0.94, "decisions": 0.82, "action_items": 0.80, "appointments": 0.95},
    "heldout26": {"attendees": 0.98, "decisions": 0.89, "action_items": 0.90, "appointments": 0.85},
    "heldout27": {"attendees": 0.93, "decisions": 0.91, "action_items": 0.81, "appointments": 0.79},
    "heldout28": {"attendees": 0.98, "decisions": 0.83, "action_items": 0.79, "appointments": 0.87},
    "heldout29": {"attendees": 0.94, "decisions": 0.87, "action_items": 0.82, "appointments": 0.95},
    "heldout33": {"attendees": 0.94, "decisions": 0.88, "action_items": 0.85, "appointments": 0.93},
    "heldout32": {"attendees": 0.98, "decisions": 0.87, "action_items": 0.85, "appointments": 0.87},
    "heldout37": {"attendees": 0.98, "decisions": 0.88, "action_items": 0.82, "appointments": 0.77},
    "heldout36": {"attendees": 0.98, "decisions": 0.84, "action_items": 0.86, "appointments": 0.83},
}


@pytest.mark.parametrize("name, table", [(name, table) for name in SETS for table in SAME])
def test_findings_reach_their_floor(all_tables: dict[str, dict[str, pd.DataFrame]], name: str, table: str) -> None:
    assert _mean_f1(all_tables[name], name, table, table, SAME[table]) >= FLOORS[name][table]


def test_every_row_has_provenance(tables: dict[str, pd.DataFrame]) -> None:
    for name in ("agenda_items", "attendees", "decisions", "action_items", "appointments"):
        frame = tables[name]
        assert frame[["source_file", "page", "char_start", "char_end", "quote", "found_by"]].notna().all().all(), name
        assert (frame["char_end"] >= frame["char_start"]).all(), name
