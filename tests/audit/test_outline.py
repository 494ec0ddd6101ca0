"""A clause knows the lines it hangs under: nested bullets and lead-ins ending in ":"."""
from pathlib import Path

import pytest

from extractor.audit.outline import _split_parts, in_review_section, outline, passages
from extractor.ingest.document import Document

TEXT = """# Vorstandssitzung

## TOP 2 Kontrolle des Protokolls vom 13.02.2024

- Austrägerliste: erledigt.

Aus der Sitzung vom 16.01.2024:

- Die Genehmigung für den Angerplatz liegt vor.

## TOP 3 Vorbereitung

1. Versicherung
\t1. Konkreter Status ist nicht bekannt, Leon wird sich informieren.
"""


@pytest.fixture(scope="module")
def found():
    doc = Document(Path("t.md"), "md", TEXT)
    return {p.text: p for p in passages(outline(doc, "t", None))}


@pytest.mark.parametrize("clause, parents, review", [
    ("Austrägerliste: erledigt.", (), True),
    ("Die Genehmigung für den Angerplatz liegt vor.", ("Aus der Sitzung vom 16.01.2024:",), True),
    ("Leon wird sich informieren.", ("1. Versicherung",), False),
])
def test_context(found, clause, parents, review):
    context = found[clause].context
    assert context.parents == parents
    assert in_review_section(context) is review


@pytest.mark.parametrize("text, parts", [
    ("Festzelt ist bestellt, Stromanschluss in Klärung.", ["Festzelt ist bestellt", "Stromanschluss in Klärung."]),
    ("Kosten 1,5 Mio., Antrag folgt", ["Kosten 1,5 Mio.", "Antrag folgt"]),         # no break in a number
    ("Ausnahmen (Finanzen, Mahnungen) bleiben intern", ["Ausnahmen (Finanzen, Mahnungen) bleiben intern"]),
    ("Brief: raus; Antwort steht aus", ["Brief: raus", "Antwort steht aus"]),
])
def test_a_clause_splits_into_parts(text, parts):
    assert _split_parts(text) == parts


def test_parts_know_where_they_stand():
    text = "# Sitzung\n\n## TOP 1 Fest\n\n- Festzelt ist bestellt,\n  Stromanschluss in Klärung.\n"
    doc = Document(Path("t.md"), "md", text)
    [whole] = [p for p in passages(outline(doc, "t", None)) if p.parts]
    assert [text[p.start:p.end] for p in whole.parts] == ["Festzelt ist bestellt", "Stromanschluss in Klärung."]
