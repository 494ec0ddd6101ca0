"""Links and items as the two audit tables: ``followups`` and ``audit``."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from extractor.audit.items import Item
from extractor.audit.linking import Link
from extractor.audit.series import Series

FOLLOWUP_COLUMNS = [
    "series_id", "from_doc", "from_date", "item_kind", "item_id", "item", "to_doc", "to_date",
    "status", "evidence", "score", "matched_by",
    "source_file", "page", "char_start", "char_end", "quote", "found_by",
]
AUDIT_COLUMNS = [
    "series_id", "doc_id", "meeting_date", "item_kind", "item_id", "item", "agenda_item",
    "responsible", "deadline", "mentions", "last_status", "last_mention_doc", "last_mention_date",
    "done", "overdue", "as_of",
    "source_file", "page", "char_start", "char_end", "quote", "found_by",
]
SERIES_COLUMNS = ["series_id", "position", "doc_id", "meeting_date", "found_by"]
UNREPORTED = "unreported"
CLOSED = ("done", "dropped", "changed")
_INT = ("page", "char_start", "char_end", "mentions", "position")


def followups_frame(links: list[Link], series_of: dict[str, str]) -> pd.DataFrame:
    rows = [{
        "series_id": series_of.get(l.item.doc_id), "from_doc": l.item.doc_id, "from_date": l.item.meeting_date,
        "item_kind": l.item.kind, "item_id": l.item.item_id, "item": l.item.text,
        "to_doc": l.passage.doc_id, "to_date": l.passage.meeting_date, "status": l.verdict.status,
        "evidence": l.passage.text, "score": round(l.score, 3), "matched_by": l.found_by,
        "source_file": l.passage.source_file, "page": l.passage.page, "char_start": l.passage.start,
        "char_end": l.passage.end, "quote": l.passage.quote, "found_by": f"followup.{l.verdict.rule}",
    } for l in links]
    return _typed(pd.DataFrame(rows, columns=FOLLOWUP_COLUMNS), ("score",))


def audit_frame(items: list[Item], links: list[Link], series_of: dict[str, str],
                as_of: dict[str, dt.date | None]) -> pd.DataFrame:
    """One row per item; ``as_of`` maps a series to the date overdue is judged on."""
    by_item: dict[str, list[Link]] = {}
    for link in links:
        by_item.setdefault(link.item.item_id, []).append(link)
    rows = [_audit_row(i, by_item.get(i.item_id, []), series_of.get(i.doc_id),
                       as_of.get(series_of.get(i.doc_id))) for i in items]
    return _typed(pd.DataFrame(rows, columns=AUDIT_COLUMNS), ())


def series_frame(series: list[Series], dates: dict[str, dt.date | None]) -> pd.DataFrame:
    rows = [{"series_id": s.series_id, "position": n, "doc_id": d, "meeting_date": dates.get(d),
             "found_by": s.found_by} for s in series for n, d in enumerate(s.doc_ids, start=1)]
    return _typed(pd.DataFrame(rows, columns=SERIES_COLUMNS), ())


def is_overdue(deadline: dt.date | None, statuses: list[str], as_of: dt.date | None) -> bool:
    """A deadline before ``as_of`` and no mention that closed the item (done, dropped, changed)."""
    return bool(deadline and as_of and deadline < as_of and not set(statuses) & set(CLOSED))


def _audit_row(item: Item, links: list[Link], series_id: str | None, as_of: dt.date | None) -> dict:
    links = sorted(links, key=lambda l: (l.passage.meeting_date or dt.date.max, l.passage.start))
    statuses = [l.verdict.status for l in links]
    last = links[-1] if links else None
    source = item.source
    return {
        "series_id": series_id, "doc_id": item.doc_id, "meeting_date": item.meeting_date,
        "item_kind": item.kind, "item_id": item.item_id, "item": item.text, "agenda_item": item.agenda_item,
        "responsible": "; ".join(item.responsible), "deadline": item.deadline, "mentions": len(links),
        "last_status": statuses[-1] if statuses else UNREPORTED,
        "last_mention_doc": last.passage.doc_id if last else None,
        "last_mention_date": last.passage.meeting_date if last else None,
        "done": "done" in statuses, "overdue": is_overdue(item.deadline, statuses, as_of), "as_of": as_of,
        "source_file": source.file if source else None, "page": source.page if source else None,
        "char_start": source.char_start if source else None, "char_end": source.char_end if source else None,
        "quote": source.quote if source else None, "found_by": source.found_by if source else None,
    }


def _typed(frame: pd.DataFrame, floats: tuple[str, ...]) -> pd.DataFrame:
    for column in frame.columns:
        if column in _INT:
            frame[column] = frame[column].astype("Int64")
        elif column in floats:
            frame[column] = frame[column].astype("Float64")
        elif column in ("done", "overdue"):
            frame[column] = frame[column].astype("boolean")
        else:
            frame[column] = frame[column].map(_text, na_action="ignore").astype("string")
    return frame


def _text(value: object) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)
