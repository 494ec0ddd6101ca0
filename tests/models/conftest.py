"""Make the recipe modules in models/ importable (models/ is not a package)."""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
MODELS = REPO / "models"
SHARED_DATA = REPO.parent / "shared" / "data"

if str(MODELS) not in sys.path:
    sys.path.insert(0, str(MODELS))
