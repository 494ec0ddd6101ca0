"""A small series of two German board protocols, written for these tests."""
from pathlib import Path

import pytest

FIRST = """# Protokoll der Vorstandssitzung – Heimatverein Lindental

**Datum:** Mittwoch, 10.01.2024, 19:00 – 20:30 Uhr
**Anwesend:** Jana Petersen (Vorsitz), Tarek Yilmaz, Ute Brandl (Protokoll)

## TOP 1 Sommerfest

- Tarek bestellt bis Ende Januar das Festzelt beim Verleih.
- Jana klärt bis zum 31.01.2024 mit der Gemeinde die Genehmigung für den Dorfplatz.

## TOP 2 Vereinsheim

- Ute lässt die Heizung im Vereinsheim reparieren.
"""

SECOND = """# Protokoll der Vorstandssitzung – Heimatverein Lindental

**Datum:** Mittwoch, 14.02.2024, 19:00 – 20:15 Uhr
**Anwesend:** Jana Petersen (Vorsitz), Tarek Yilmaz, Ute Brandl (Protokoll)

## TOP 1 Kontrolle des Protokolls vom 10.01.2024

- Festzelt: bestellt und bezahlt.
- Genehmigung Dorfplatz: steht noch aus.
- Heizung im Vereinsheim: entfällt, der Vermieter repariert sie selbst.

## TOP 2 Kassenbericht

- Der Kassenbericht des Schatzmeisters wird vorgelegt.
"""


@pytest.fixture(scope="session")
def audited_series(tmp_path_factory):
    """Audits ``docs`` (doc id: Markdown text) as one series and returns its follow-ups."""
    from extractor.audit import audit

    def run(docs: dict[str, str], series: str):
        folder = tmp_path_factory.mktemp(series)
        for name, text in docs.items():
            (folder / f"{name}.md").write_text(text, encoding="utf-8")
        return audit([folder], series=series).tables["followups"]
    return run


@pytest.fixture(scope="session")
def series_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("lindental")
    (folder / "hv-lindental-vorstand-2024-01-10.md").write_text(FIRST, encoding="utf-8")
    (folder / "hv-lindental-vorstand-2024-02-14.md").write_text(SECOND, encoding="utf-8")
    return folder
