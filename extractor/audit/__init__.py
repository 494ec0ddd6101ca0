"""Follow-up audit: which tasks and decisions of a meeting later protocols report on, and their status."""
from __future__ import annotations

from extractor.audit.matching import Weights
from extractor.audit.run import AuditResult, audit
from extractor.audit.series import Series, group_series, read_mapping

__all__ = ["AuditResult", "Series", "Weights", "audit", "group_series", "read_mapping"]
