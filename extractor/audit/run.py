"""The follow-up audit of an archive: extract, group into series, link, tabulate."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from extractor.api import Result, assign_doc_ids, collect_files, extract_one
from extractor.audit.linking import Link, SeriesDoc, link_series
from extractor.audit.matching import Weights
from extractor.audit.outline import outline
from extractor.audit.series import Member, Series, group_series
from extractor.audit.tables import audit_frame, followups_frame, series_frame
from extractor.ingest import read_document
from extractor.pipeline import process_document
from extractor.records import ErrorRecord, Extraction
from extractor.tables import build_tables


@dataclass
class AuditResult:
    """The extraction of the archive, its series, the follow-up links and the audit tables."""

    extraction: Result
    series: list[Series]
    links: list[Link]
    tables: dict[str, pd.DataFrame] = field(default_factory=dict)  # followups, audit, series


def audit(inputs: Iterable[Path | str], *, series: str | None = None, mapping: dict[str, str] | None = None,
          as_of: dt.date | None = None, weights: Weights = Weights()) -> AuditResult:
    """Audit every protocol below ``inputs``; ``as_of`` defaults to each series' last meeting."""
    docs, errors = read_archive(inputs)
    extractions = [d.extraction for d in docs]
    groups = group_series([_member(ex) for ex in extractions], series, mapping)
    return audit_documents(docs, groups, Result(build_tables(extractions, errors), extractions, errors),
                           as_of, weights)


def audit_documents(docs: list[SeriesDoc], groups: list[Series], extraction: Result,
                    as_of: dt.date | None = None, weights: Weights = Weights()) -> AuditResult:
    by_id = {d.extraction.doc_id: d for d in docs}
    links = [link for s in groups for link in link_series([by_id[i] for i in s.doc_ids], weights)]
    series_of = {doc: s.series_id for s in groups for doc in s.doc_ids}
    dates = {d: by_id[d].extraction.meeting.date for d in by_id}
    judged_on = {s.series_id: as_of or _last_date(s, dates) for s in groups}
    items = [item for s in groups for doc in s.doc_ids for item in by_id[doc].items]
    tables = {
        "followups": followups_frame(links, series_of),
        "audit": audit_frame(items, links, series_of, judged_on),
        "series": series_frame(groups, dates),
    }
    return AuditResult(extraction, groups, links, tables)


def read_archive(inputs: Iterable[Path | str]) -> tuple[list[SeriesDoc], list[ErrorRecord]]:
    """Each protocol read once: its extraction and its outline side by side."""
    docs, errors = [], []
    for path, doc_id in assign_doc_ids(collect_files(inputs)).items():
        try:
            document = read_document(path)
            extraction = process_document(document, doc_id)
        except Exception:  # noqa: BLE001  (as in extract: one bad file never stops the batch)
            errors.append(_error(path, doc_id))
            continue
        docs.append(SeriesDoc.of(extraction, outline(document, doc_id, extraction.meeting.date)))
    return docs, errors


def _error(path: Path, doc_id: str) -> ErrorRecord:
    """The batch extractor's own error record for a file that failed (it reads the file again)."""
    outcome = extract_one(path, doc_id)
    if isinstance(outcome, ErrorRecord):
        return outcome
    return ErrorRecord(str(path), doc_id, "internal", "reading succeeded only on the second try",
                       "Please report this file as a bug.")


def _member(ex: Extraction) -> Member:
    source = ex.meeting.source.file if ex.meeting.source else ""
    return Member(ex.doc_id, ex.meeting.date, ex.meeting.kind, ex.meeting.body, source)


def _last_date(series: Series, dates: dict[str, dt.date | None]) -> dt.date | None:
    known = [dates[d] for d in series.doc_ids if dates.get(d)]
    return max(known) if known else None
