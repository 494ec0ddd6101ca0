"""Initials spelled out from the other protocols of a series."""
from __future__ import annotations

import pandas as pd

from extractor.series_people import spell_out_series_initials


def test_initials_take_the_one_name_of_the_series() -> None:
    attendees = pd.DataFrame({
        "doc_id": ["mbr-2025-03-12", "mbr-2025-03-12", "mbr-2025-10-15", "other-2025-01-01"],
        "name": ["Fatma Yıldız", "Svenja Lüttgens", "Yıldız", "Sven Lorenz"],
    })
    tasks = pd.DataFrame({
        "doc_id": ["mbr-2025-10-15", "mbr-2025-10-15", "other-2025-01-01"],
        "responsible": ["FY; SL", "GS", "SL"],
    })
    persons = pd.DataFrame({"doc_id": ["mbr-2025-10-15", "mbr-2025-10-15"], "person": ["FY", "SL"]})
    out = spell_out_series_initials({"attendees": attendees, "action_items": tasks, "action_item_persons": persons})
    # "GS" fits nobody; "SL" of another series is its own Sven Lorenz
    assert out["action_items"]["responsible"].tolist() == ["Fatma Yıldız; Svenja Lüttgens", "GS", "Sven Lorenz"]
    assert out["action_item_persons"]["person"].tolist() == ["Fatma Yıldız", "Svenja Lüttgens"]


def test_initials_two_people_share_stay_as_written() -> None:
    attendees = pd.DataFrame({"doc_id": ["v-2024-01-01", "v-2024-02-01"], "name": ["Anna Sommer", "Andreas Seidel"]})
    tasks = pd.DataFrame({"doc_id": ["v-2024-03-01"], "responsible": ["AS"]})
    out = spell_out_series_initials({"attendees": attendees, "action_items": tasks})
    assert out["action_items"]["responsible"].tolist() == ["AS"]


def test_a_first_name_takes_the_one_person_of_the_series_where_the_list_gives_surnames() -> None:
    attendees = pd.DataFrame({
        "doc_id": ["beg-2025-02-11", "beg-2025-02-11", "beg-2025-04-08", "beg-2025-04-08", "beg-2025-04-08", "beg-2025-05-13",
                   "beg-2025-05-13"],
        "name": ["Matthias Brökelmann", "Ute Fehse", "Dr. Brökelmann", "Ute Fehse", "Jörg Wittenbecher", "Matthias", "Ute"],
    })
    tasks = pd.DataFrame({"doc_id": ["beg-2025-04-08", "beg-2025-05-13", "beg-2025-04-08"],
                          "responsible": ["Matthias", "Matthias", "Orga"]})
    out = spell_out_series_initials({"attendees": attendees, "action_items": tasks})
    # where the protocol lists people by first name, or the word is no one's first name, it stays as written
    assert out["action_items"]["responsible"].tolist() == ["Matthias Brökelmann", "Matthias", "Orga"]
