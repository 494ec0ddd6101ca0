"""What the archive records with each document: the protokoll version and the model it was extracted with."""
from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import json
import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]
# The shipped model, as in ``extractor.nlp.DEFAULT_MODEL`` (not imported here: spaCy takes a second to load).
DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "models" / "de_protokoll"


def tool_version() -> str:
    """The package version plus a hash of the extractor's code and language data.

    A release number alone would keep extractions made by older rules of the same
    release; the hash makes the archive extract again whenever the rules changed.
    """
    try:
        version = importlib.metadata.version("protokoll")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    return f"{version}+{rules_fingerprint()}"


@functools.lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE.rglob("*.py")):
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:10]


def model_fingerprint(model: str | Path | None = None) -> str:
    """Name, version and a hash of ``meta.json`` (retraining changes its scores), or ``blank-de``.

    ``model`` is what ``--model`` names (``$PROTOKOLL_MODEL``): a folder, a package name or "blank".
    """
    model = str(model or os.environ.get("PROTOKOLL_MODEL") or "") or None
    if model == "blank":
        return "blank-de"
    if model and not Path(model).exists() and os.sep not in model:  # an installed package
        try:
            return f"{model}-{importlib.metadata.version(model)}"
        except importlib.metadata.PackageNotFoundError:
            return model
    meta = Path(model or DEFAULT_MODEL) / "meta.json"
    if not meta.exists():
        return "blank-de"
    data = meta.read_bytes()
    info = json.loads(data)
    return f"{info.get('lang', 'de')}_{info.get('name', '?')}-{info.get('version', '?')}-" \
           f"{hashlib.sha256(data).hexdigest()[:12]}"
