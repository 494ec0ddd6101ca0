"""Which protocols belong to one series by their file names ("bv-vorstand-2024-01-16", "bv-vorstand-2024-02-13").

Kept apart from the audit so that the batch can use it without loading the audit's spaCy parts.
"""
from __future__ import annotations

import re

_DATE_IN_NAME = re.compile(r"(?:19|20)\d{2}(?:[-_.]?\d{2}){0,2}|\d{1,2}[-_.]\d{1,2}[-_.](?:19|20)?\d{2}")
SEPARATORS = re.compile(r"[-_.\s]+")


def name_key(doc_id: str) -> str:
    """The file name without its date: "bv-vorstand-2024-01-16" -> "bv-vorstand"; "" without a date."""
    if not _DATE_IN_NAME.search(doc_id):
        return ""
    rest = SEPARATORS.sub("-", _DATE_IN_NAME.sub(" ", doc_id)).strip("-").lower()
    return rest if sum(c.isalpha() for c in rest) >= 2 else ""
