"""Batch extraction: many files on worker processes or a Dask cluster, into an archive that remembers."""
from extractor.batch.inputs import assign_doc_ids, collect_files
from extractor.batch.settings import BatchSettings, default_jobs

__all__ = ["BatchSettings", "assign_doc_ids", "collect_files", "default_jobs"]
