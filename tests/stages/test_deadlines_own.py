"""Deadlines measured on the expression lists of our own development series (data/heldout3 … 10).

Written blind by someone who never saw the rules, then used for development; each
row is a German task sentence with the date a careful reader gives it. The blind
sets still unseen (see data/README.md) are not read here, so a failure cannot leak.
"""
from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from extractor.temporal import resolve_deadline

DATA = Path(__file__).parents[2] / "data"
SAMPLES = [DATA / name / "deadlines.tsv" for name in ("heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                                                                     "heldout9", "heldout10", "heldout11", "heldout13", "heldout14", "heldout16", "heldout17",
                                                                     "heldout18", "heldout19",
                                                                     "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28",
                                                                     "heldout29", "heldout32", "heldout33", "heldout36", "heldout37")]
ROWS = [row for sample in SAMPLES for row in csv.DictReader(sample.open(encoding="utf-8"), delimiter="\t")]


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['id']}-{r['category']}" for r in ROWS])
def test_own_deadline_expression(row: dict[str, str]) -> None:
    expected = date.fromisoformat(row["gold_date"]) if row["gold_date"] else None
    assert resolve_deadline(row["sentence"], date.fromisoformat(row["meeting_date"])) == expected
