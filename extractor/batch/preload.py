"""Imported once by the fork server: workers forked from it start with the model loaded."""
from extractor.batch.worker import init_worker as _init_worker  # noqa: F401  (imports the stages)
from extractor.nlp import build_pipeline

build_pipeline()
