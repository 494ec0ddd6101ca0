"""What a later mention says about an item: done, in_progress, open, dropped or changed.

Cue words (``extractor.lang.de.followup``) are tried from the strongest
claim to the weakest: "noch nicht erledigt" is open, not done.  Without a
cue, a present-tense report of someone doing the task is in progress and a
plain statement of fact ("Es sind nur Mitglieder versichert") is done.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.lang.de.followup import ONGOING_PATTERNS, STATUS_ORDER, STATUS_PATTERNS, STATUSES
from extractor.stages.patterns import Pattern, compile_patterns, first_match

_CUES: dict[str, tuple[Pattern, ...]] = {s: compile_patterns(STATUS_PATTERNS[s], re.IGNORECASE) for s in STATUS_ORDER}
_ONGOING = compile_patterns(ONGOING_PATTERNS)
_WEAK = {"done.perfect", "open.should"}
_PART_BREAK = re.compile(r",\s+(?=\D)|;\s*")
_NO_CUE = "done.statement"


@dataclass(frozen=True)
class Verdict:
    status: str
    rule: str

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"Unknown status {self.status!r}; expected one of: {', '.join(STATUSES)}")


def classify(text: str) -> Verdict:
    """The status a later mention ``text`` reports; the first part of it decides.

    "Brief ans Grünflächenamt: raus am 22.01., bisher keine Antwort" is done:
    what follows the first comma adds detail.
    """
    for part in _parts(text):
        strong = _first_cue(part, weak=False)
        if strong is not None:
            return strong
    if _ONGOING[0].regex.search(text) and not _CUES["done"][-1].regex.search(text):
        return Verdict("in_progress", _ONGOING[0].id)
    weak = _first_cue(text, weak=True)
    if weak is not None:
        return weak
    return Verdict("done", _NO_CUE)


def verdict_of(parts: tuple[str, ...] | list[str]) -> Verdict:
    """The status of an item reported on in several parts of a clause ("Termin steht, Bericht in
    Arbeit"): a revision or drop anywhere decides; done beside not done is in progress.  A part
    without any cue ("Packliste: Ute ist krank, noch nicht verschickt") has no say."""
    verdicts = [classify(p) for p in parts]
    verdicts = [v for v in verdicts if v.rule != _NO_CUE] or verdicts[:1]
    if len(verdicts) == 1:
        return verdicts[0]
    for status in ("changed", "dropped"):
        found = next((v for v in verdicts if v.status == status), None)
        if found is not None:
            return found
    statuses = {v.status for v in verdicts}
    if len(statuses) == 1:
        return verdicts[0]
    return next((v for v in verdicts if v.status == "in_progress"), Verdict("in_progress", "in_progress.mixed"))


def of_decision(verdict: Verdict, clause: str, *, new_decision: bool = False, mandate: bool = False,
                revised_before: bool = False) -> Verdict:
    """The status a mention gives a decision, which a revision elsewhere overrides.

    A revision told anywhere in the clause ("Die Gebühr sinkt auf 5 €; der Beschluss vom 05.03.
    wird insoweit geändert") decides, even in a part that does not name the decision.  A later
    decision on the same matter (``new_decision``) revises it, unless the earlier one was a
    mandate (``mandate``: "Die Satzung soll überarbeitet werden") that the later one carries
    out.  A decision once revised (``revised_before``) stays revised: a later report on the
    matter reports on the new rule, not on the old one."""
    if verdict.status in ("changed", "dropped"):
        return verdict
    for part in _parts(clause):
        found = _first_cue(part, weak=False)
        if found is not None and found.status == "changed":
            return found
    if new_decision and not mandate and verdict.status in ("done", "in_progress"):
        return Verdict("changed", "changed.new_decision")
    if revised_before and verdict.status in ("done", "in_progress"):
        return Verdict("changed", "changed.before")
    return verdict


def _parts(text: str) -> list[str]:
    parts = [p for p in _PART_BREAK.split(text) if p.strip()]
    return parts if len(parts) > 1 else [text]


def has_cue(text: str) -> bool:
    """Whether ``text`` says anything about progress (weak cues not counted)."""
    return _first_cue(text, weak=False) is not None


def strong_status(text: str) -> str | None:
    """The status a cue word in ``text`` gives, if any (weak cues not counted)."""
    verdict = _first_cue(text, weak=False)
    return verdict.status if verdict else None


def _first_cue(text: str, weak: bool) -> Verdict | None:
    for status in STATUS_ORDER:
        patterns = tuple(p for p in _CUES[status] if (p.id in _WEAK) == weak)
        found = first_match(patterns, text)
        if found is not None:
            return Verdict(status, found.id)
    return None
