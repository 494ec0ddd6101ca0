"""Follow-up links scored against series gold files (../shared/eval, skipped when absent)."""
import importlib.util
import json
from pathlib import Path

import pytest

from extractor.audit import audit
from extractor.output import safe_frame

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "eval"
DEV_SERIES = SHARED / "dev" / "makerspace-planung-2018.series.json"
EXAMPLE_SERIES = ROOT / "data" / "examples" / "bv-eichenkamp-vorstand-2024.series.json"
# written by someone else, in six hands and formats (data/heldout/README.md: now a development set)
KITA_SERIES = ROOT / "data" / "heldout" / "eb-kita-kraehennest-2025-26.series.json"


def _scorer():
    if not (SHARED / "score_series.py").exists():
        pytest.skip("../shared/eval is not beside the repository")
    spec = importlib.util.spec_from_file_location("score_series", SHARED / "score_series.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _score(series_file: Path, tmp_path: Path) -> dict:
    scorer = _scorer()
    documents = json.loads(series_file.read_text(encoding="utf-8"))["documents"]
    files = [p for d in documents for p in series_file.parent.glob(f"{d}.*") if not p.name.endswith(".json")]
    safe_frame(audit(files).tables["followups"]).to_csv(tmp_path / "followups.csv", index=False)
    gold, pred = scorer.load(tmp_path, series_file.parent)
    return scorer.score(gold, pred)[0]


def test_example_series(tmp_path):
    result = _score(EXAMPLE_SERIES, tmp_path)
    assert result["links"]["f1"] >= 0.8
    assert result["status_accuracy"] >= 0.9


def test_dev_series_status(tmp_path):
    if not DEV_SERIES.exists():
        pytest.skip("../shared/eval/dev is not beside the repository")
    result = _score(DEV_SERIES, tmp_path)
    assert result["status_accuracy"] is None or result["status_accuracy"] >= 0.75
    assert result["links"]["f1"] >= 0.6


def test_series_of_another_hand(tmp_path):
    if not KITA_SERIES.exists():
        pytest.skip("data/heldout is not in the repository")
    result = _score(KITA_SERIES, tmp_path)
    assert result["links"]["f1"] >= 0.6
    assert result["status_accuracy"] >= 0.75


# Series of the blind sets that have since become development sets (data/README.md); figures of session 3
# less a margin. The unseen sets (heldout3, heldout7) are not read here.
@pytest.mark.parametrize("series_file, f1, status", [
    (ROOT / "data" / "heldout2" / "kgv-erlenbruch-vorstand.series.json", 0.62, 0.78),
    (ROOT / "data" / "heldout4" / "mbr-lindenhof-2025.series.json", 0.55, 0.85),
    (ROOT / "data" / "heldout5" / "fv-freibad-wiesengrund-2025.series.json", 0.65, 0.85),
    (ROOT / "data" / "heldout6" / "foodcoop-kornkammer-2025.series.json", 0.62, 0.72),
])
def test_development_series(tmp_path, series_file: Path, f1: float, status: float):
    result = _score(series_file, tmp_path)
    assert result["links"]["f1"] >= f1
    assert result["status_accuracy"] >= status
