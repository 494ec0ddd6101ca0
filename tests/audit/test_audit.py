"""End to end on a two-protocol series: links, their status, the audit table, the command."""
import datetime as dt

import pandas as pd
import pytest

from extractor.audit import audit
from extractor.audit.tables import AUDIT_COLUMNS, FOLLOWUP_COLUMNS, is_overdue
from extractor.cli import main


@pytest.fixture(scope="module")
def result(series_dir):
    return audit([series_dir])


def _link(result, words: str) -> pd.Series:
    followups = result.tables["followups"]
    return followups[followups["item"].str.contains(words)].iloc[0]


def test_one_series_in_date_order(result):
    [series] = result.series
    assert series.series_id == "hv-lindental-vorstand"
    assert series.doc_ids == ("hv-lindental-vorstand-2024-01-10", "hv-lindental-vorstand-2024-02-14")


@pytest.mark.parametrize("task_words, status", [
    ("Festzelt", "done"),
    ("Genehmigung", "open"),
    ("Heizung", "dropped"),
])
def test_review_lines_are_linked_with_their_status(result, task_words, status):
    link = _link(result, task_words)
    assert link["to_doc"] == "hv-lindental-vorstand-2024-02-14"
    assert link["status"] == status
    assert "names_meeting" in link["matched_by"]


def test_an_unrelated_report_links_to_nothing(result):
    assert not result.tables["followups"]["evidence"].str.contains("Kassenbericht").any()


def test_evidence_carries_provenance(result):
    link = _link(result, "Festzelt")
    text = open(link["source_file"], encoding="utf-8").read()
    assert text[int(link["char_start"]):int(link["char_end"])].lstrip("- ") == link["quote"].lstrip("- ")


def test_audit_table_has_last_status_and_overdue(result):
    table = result.tables["audit"].set_index("item_id")
    genehmigung = table[table["item"].str.contains("Genehmigung")].iloc[0]
    assert genehmigung["last_status"] == "open"
    assert bool(genehmigung["overdue"])  # deadline 31.01., still open on 14.02.
    festzelt = table[table["item"].str.contains("Festzelt")].iloc[0]
    assert festzelt["last_status"] == "done" and not bool(festzelt["overdue"])


@pytest.mark.parametrize("deadline, statuses, as_of, overdue", [
    (dt.date(2024, 1, 31), [], dt.date(2024, 2, 1), True),
    (dt.date(2024, 1, 31), ["open", "in_progress"], dt.date(2024, 2, 1), True),
    (dt.date(2024, 1, 31), ["open", "done"], dt.date(2024, 2, 1), False),
    (dt.date(2024, 1, 31), ["dropped"], dt.date(2024, 2, 1), False),
    (dt.date(2024, 3, 31), [], dt.date(2024, 2, 1), False),
    (None, [], dt.date(2024, 2, 1), False),
])
def test_is_overdue(deadline, statuses, as_of, overdue):
    assert is_overdue(deadline, statuses, as_of) is overdue


def test_command_writes_the_tables(series_dir, tmp_path, capsys):
    assert main(["audit", str(series_dir), "--out", str(tmp_path), "--as-of", "2024-01-20"]) == 0
    followups = pd.read_csv(tmp_path / "followups.csv")
    table = pd.read_csv(tmp_path / "audit.csv")
    assert list(followups.columns) == FOLLOWUP_COLUMNS and list(table.columns) == AUDIT_COLUMNS
    assert set(table["as_of"]) == {"2024-01-20"}
    assert not table["overdue"].any()  # nothing was due by 20 January
    assert "1 series" in capsys.readouterr().out


def test_command_rejects_a_bad_date(series_dir, tmp_path):
    with pytest.raises(SystemExit):
        main(["audit", str(series_dir), "--out", str(tmp_path), "--as-of", "20.01.2024"])
