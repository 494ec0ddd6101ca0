"""What the archive records with each document: the protokoll version and the model it was extracted with."""
from __future__ import annotations

import hashlib
import importlib.metadata
import json
from pathlib import Path

# The shipped model, as in ``extractor.nlp.DEFAULT_MODEL`` (not imported here: spaCy takes a second to load).
DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "models" / "de_protokoll"


def tool_version() -> str:
    try:
        return importlib.metadata.version("protokoll")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def model_fingerprint(model_dir: Path = DEFAULT_MODEL) -> str:
    """Name, version and a hash of ``meta.json`` (retraining changes its scores), or ``blank-de``."""
    meta = model_dir / "meta.json"
    if not meta.exists():
        return "blank-de"
    data = meta.read_bytes()
    info = json.loads(data)
    return f"{info.get('lang', 'de')}_{info.get('name', '?')}-{info.get('version', '?')}-" \
           f"{hashlib.sha256(data).hexdigest()[:12]}"
