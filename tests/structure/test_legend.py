"""Keys that spell out initials, and the attendance lists that use them."""
from __future__ import annotations

import pytest

from extractor.structure.attendance import find_attendance
from extractor.structure.legend import read_legend
from extractor.structure.lines import split_lines


@pytest.mark.parametrize("text, expected", [
    ("AR = Anja Reuter, TF = Tobias Falkenhain, MÖ = Marie Öztürk",
     {"AR": "Anja Reuter", "TF": "Tobias Falkenhain", "MÖ": "Marie Öztürk"}),
    # a key spread over two lines, a particle in a name
    ("AR = Anja Reuter, JvH = Jan von Hagen,\nSK = Sabine Kornmeier",
     {"AR": "Anja Reuter", "JvH": "Jan von Hagen", "SK": "Sabine Kornmeier"}),
    ("Kürzel: AR: Anja Reuter; TF: Tobias Falkenhain", {"AR": "Anja Reuter", "TF": "Tobias Falkenhain"}),
    ("- AR – Anja Reuter\n- TF – Tobias Falkenhain", {"AR": "Anja Reuter", "TF": "Tobias Falkenhain"}),
    ("Legende: SK = Sabine Kornmeier", {"SK": "Sabine Kornmeier"}),
    # a speaker's line, a report and a lone "XY: Name" are no key
    ("TF: Bericht über die Kasse, alles in Ordnung", {}),
    ("SK: Anja Reuter", {}),
    ("Der Kassenstand beträgt 1.200 Euro.", {}),
    ("TO = Tagesordnung wurde genehmigt.", {}),
])
def test_read_legend(text: str, expected: dict[str, str]) -> None:
    assert read_legend(split_lines(text)) == expected


def test_attendance_by_initials_under_a_key() -> None:
    text = ("PROTOKOLL Vorstand\n\nAnwesend: AR (Sitzungsleitung), TF, SK (Protokoll)\nEntschuldigt: MÖ\n\n"
            "AR = Anja Reuter, TF = Tobias Falkenhain, SK = Sabine Kornmeier, MÖ = Marie Öztürk\n\n"
            "1. Begrüßung\nAR begrüßt.\n")
    people = [(p.name, p.status, p.role) for p in find_attendance(split_lines(text))]
    assert people == [("Anja Reuter", "present", "chair"), ("Tobias Falkenhain", "present", None),
                      ("Sabine Kornmeier", "present", "minutes"), ("Marie Öztürk", "excused", None)]


def test_initials_without_a_key_stay_as_written() -> None:
    text = "Protokoll\n\nAnwesend: AR, TF\n\n1. Begrüßung\nAR begrüßt.\n"
    assert [p.name for p in find_attendance(split_lines(text))] == ["AR", "TF"]
