"""Grouping protocols into series: file names, metadata, an option, a mapping file."""
import datetime as dt

import pytest

from extractor.audit.series import Member, group_series, kind_class, name_key, read_mapping


def _member(doc_id, day, kind=None, body=None, source=""):
    return Member(doc_id, dt.date(2024, 1, day), kind, body, source)


@pytest.mark.parametrize("doc_id, key", [
    ("bv-eichenkamp-vorstand-2024-01-16", "bv-eichenkamp-vorstand"),
    ("makerspace-planungstreffen-2018-09-26", "makerspace-planungstreffen"),
    ("2023-03-14_Vorstand", "vorstand"),
    ("protokoll-14.09.2022", "protokoll"),
    ("2023-03-14", ""),          # only a date: the name says nothing about the body
    ("vorstandssitzung", ""),    # no date: not a name of a series member
])
def test_name_key(doc_id, key):
    assert name_key(doc_id) == key


@pytest.mark.parametrize("kind, cls", [
    ("Jahreshauptversammlung", "mitgliederversammlung"),
    ("Vorstandssitzung", "vorstand"),
    ("Plenum", "plenum"),
    (None, None),
])
def test_kind_class(kind, cls):
    assert kind_class(kind) == cls


def test_names_then_dates_make_the_order():
    members = [_member("vorstand-2024-01-20", 20), _member("vorstand-2024-01-05", 5), _member("mv-2024-01-10", 10)]
    groups = {s.series_id: s.doc_ids for s in group_series(members)}
    assert groups == {"vorstand": ("vorstand-2024-01-05", "vorstand-2024-01-20"), "mv": ("mv-2024-01-10",)}


def test_same_body_and_kind_join_different_names():
    members = [_member("a-2024-01-05", 5, "Vorstandssitzung", "Bürgerverein"),
               _member("b-2024-01-20", 20, "Vorstandssitzung", "Bürgerverein")]
    assert len(group_series(members)) == 1


def test_option_puts_everything_in_one_series():
    members = [_member("x-2024-01-05", 5), _member("y-2024-01-20", 20)]
    [series] = group_series(members, name="Archiv")
    assert series.series_id == "Archiv" and series.found_by == "series.option"


def test_mapping_file_overrides_the_guess(tmp_path):
    path = tmp_path / "serien.csv"
    path.write_text("pattern,series\n# Vorstand\nx-*,vorstand\ny-2024-01-20,vorstand\n", encoding="utf-8")
    members = [_member("x-2024-01-05", 5), _member("y-2024-01-20", 20), _member("kasse-2024-01-09", 9)]
    groups = {s.series_id: s.doc_ids for s in group_series(members, mapping=read_mapping(path))}
    assert groups["vorstand"] == ("x-2024-01-05", "y-2024-01-20") and groups["kasse"] == ("kasse-2024-01-09",)


def test_empty_mapping_file_is_an_error(tmp_path):
    path = tmp_path / "leer.csv"
    path.write_text("pattern,series\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no 'pattern,series' rows"):
        read_mapping(path)
