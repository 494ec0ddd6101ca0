"""Vote counts in German minutes: "6/0/1", "Dafür: 5, Dagegen: 1", "einstimmig"."""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.lang.de.findings import NUMBER_WORDS, UNANIMOUS_CUES, VOTE_PATTERNS, VOTE_TOTAL
from extractor.stages.patterns import compile_patterns

_PATTERNS = {p.id: p.regex for p in compile_patterns(VOTE_PATTERNS, re.IGNORECASE)}
_TOTAL = re.compile(VOTE_TOTAL, re.IGNORECASE)
_UNANIMOUS = re.compile("|".join(UNANIMOUS_CUES), re.IGNORECASE)
# "Eltern 3/1/0", "Schüler:innen 3/0/0", "Lehrkräfte 6:0:0": one group's count in a joint session
_GROUP_TRIPLE = re.compile(r"(?P<group>[A-ZÄÖÜ][\wäöüß-]*(?:[:*_/]?[Ii]nnen)?(?:\s+(?:und|&)\s+[A-ZÄÖÜ][\wäöüß-]*)?)\s*:?\s+"
                           r"(?P<yes>\d{1,3})\s*(?P<sep>[/:])\s*(?P<no>\d{1,3})\s*(?P=sep)\s*(?P<abstain>\d{1,3})(?![\d/:])")
# "Lehrkräfte: 6 ja, 0 nein, 0 Enth.; Eltern: 3 ja, 1 nein, 0 Enth.": each group's counts in words, after its name
_GROUP_SEGMENT = re.compile(r"[A-ZÄÖÜ][\wäöüß-]*(?:[:*_/]?[Ii]nnen)?\s*:\s*([^;]+)")


@dataclass(frozen=True)
class Votes:
    yes: int | None = None
    no: int | None = None
    abstain: int | None = None
    unanimous: bool | None = None

    @property
    def found(self) -> bool:
        return any(v is not None for v in (self.yes, self.no, self.abstain, self.unanimous))


def parse_votes(text: str) -> Votes:
    """Counts where given; ``unanimous`` true only when said, false when a no-vote is counted."""
    total = group_total(text)
    if total is not None:
        return total  # "Lehrkräfte: 5 ja / Eltern: 3 ja / Schüler: 2 ja, 1 nein -> insgesamt 10 ja, 1 nein": the total counts
    groups = group_votes(text)
    triple = _PATTERNS["votes.triple"].search(text)
    signed = _PATTERNS["votes.signed"].search(text)
    if signed:  # "+7 / -0 / o1"
        yes, no, abstain = (int(g) for g in signed.groups())
    elif groups:  # "Eltern 12/0/1, Lehrkräfte 4/0/0, Schüler 2/1/0": each group counted, the body's result is the sum
        yes, no, abstain = (sum(counts) for counts in zip(*groups.values()))
    elif triple and _looks_like_votes(text):
        yes, no, abstain = (int(g) for g in triple.groups())
    elif _PATTERNS["votes.dashed"].search(text):
        yes, no, abstain = (int(g) for g in _PATTERNS["votes.dashed"].search(text).groups())
    else:
        yes = _count(text, "votes.labelled_yes")
        no = _count(text, "votes.labelled_no")
        abstain = _count(text, "votes.labelled_abstain")
    unanimous = True if _UNANIMOUS.search(text) and not (no or 0) else None
    if no:
        unanimous = False
    if unanimous and yes is None:
        yes = _count(text, "votes.unanimous_count")  # "einstimmig (19 Eigentümer, 7.126 MEA)": who voted, all for it
    if unanimous and yes is not None:
        no, abstain = no or 0, abstain or 0  # counted and unanimous: none against, none abstaining unless said
    return Votes(yes, no, abstain, unanimous)


def group_total(text: str) -> Votes | None:
    """The total written after the counts of the groups, or None."""
    for m in _TOTAL.finditer(text):
        if len(re.findall(r"\d+", text[: m.start()])) >= 2:
            votes = parse_votes(text[m.end():])
            if votes.found:
                return votes
    return None


def without_signed_counts(text: str) -> str:
    """The text without "+7 / -0 / o1", so that only words remain to be read."""
    return _PATTERNS["votes.signed"].sub(" ", text)


def group_votes(text: str) -> dict[str, tuple[int, int, int]]:
    """Votes of the groups of a joint session, by group; empty unless two or more groups are counted."""
    found = {}
    for m in _GROUP_TRIPLE.finditer(text):
        found[m.group("group").strip()] = (int(m.group("yes")), int(m.group("no")), int(m.group("abstain")))
    if len(found) < 2 and text.count(";") >= 1:
        found = {}
        for m in _GROUP_SEGMENT.finditer(text):
            counts = [_count(m.group(1), f"votes.labelled_{kind}") for kind in ("yes", "no", "abstain")]
            if counts[0] is not None and counts[1] is not None:
                found[m.group()[:20]] = tuple(c or 0 for c in counts)
    return found if len(found) >= 2 else {}


def _looks_like_votes(text: str) -> bool:
    """A bare "6/0/1" counts as votes unless it reads as a date or time ("14:30:00", "1/2/2024")."""
    return not re.search(r"\d{1,2}[/:]\d{1,2}[/:]\d{2,4}\b(?!\s*(?:angenommen|abgelehnt|beschlossen))", text) or bool(
        re.search(r"Abstimmung|Stimmen|Ergebnis|angenommen|abgelehnt|beschlossen|Votum|gewählt", text, re.I))


def _count(text: str, pattern_id: str) -> int | None:
    m = _PATTERNS[pattern_id].search(text)
    if not m:
        return None
    value = next(g for g in m.groups() if g is not None).lower()
    return int(value) if value.isdigit() else NUMBER_WORDS.get(value)
