"""Deadlines measured on the shared dev sample ../shared/eval/dev/deadlines.tsv.

The sample is evaluation data: it is read here, never copied into the project.
The test is skipped where the shared folder (a sibling of the repository) is absent.
"""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from extractor.temporal import find_deadline, resolve_deadline

SAMPLE = Path(__file__).parents[2].parent / "shared" / "eval" / "dev" / "deadlines.tsv"
if not SAMPLE.is_file():
    pytest.skip(f"shared evaluation data not found at {SAMPLE}", allow_module_level=True)

ROWS = list(csv.DictReader(SAMPLE.open(encoding="utf-8"), delimiter="\t"))


def _resolved(row: dict[str, str]) -> date | None:
    return resolve_deadline(row["sentence"], date.fromisoformat(row["meeting_date"]))


def _gold(row: dict[str, str]) -> date | None:
    return date.fromisoformat(row["gold_date"]) if row["gold_date"] else None


def test_resolves_at_least_95_percent() -> None:
    wrong = [(row["id"], row["deadline_text"], _gold(row), _resolved(row))
             for row in ROWS if _resolved(row) != _gold(row)]
    assert len(wrong) <= 0.05 * len(ROWS), wrong


def test_vague_and_deadline_free_rows_never_get_a_date() -> None:
    dated = [(row["id"], row["sentence"], _resolved(row)) for row in ROWS
             if not row["gold_date"] and _resolved(row) is not None]
    assert dated == []


def test_finds_at_least_90_percent_of_deadline_spans() -> None:
    def found(row: dict[str, str]) -> str:
        expression = find_deadline(row["sentence"])
        return expression.text if expression else ""
    missed = [(row["id"], row["deadline_text"], found(row))
              for row in ROWS if found(row) != row["deadline_text"]]
    assert len(missed) <= 0.10 * len(ROWS), missed
