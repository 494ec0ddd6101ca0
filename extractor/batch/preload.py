"""Imported once by the fork server: workers forked from it start with the model loaded."""
from extractor.batch import worker  # noqa: F401  (imports spaCy and the stages)
from extractor.nlp import build_pipeline

try:
    build_pipeline()
except Exception:  # noqa: BLE001  the fork server must live; each worker's initializer reports the problem
    pass
