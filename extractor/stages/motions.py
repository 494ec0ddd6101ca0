"""Motions whose wording stands on the lines after an announcing clause.

"Herr L. bat um Abstimmung über folgenden Beschlussvorschlag:" / the proposal's
paragraphs / "Der Vorschlag wurde einstimmig angenommen." is one vote on the
paragraphs between: each paragraph is a decision, the result gives their votes,
and neither the announcement nor the result is a decision of its own. A paragraph
that carries its own result ("… (einstimmig).") is the last one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.lang.de.findings import MOTION_INTRO
from extractor.stages.clauses import Clause
from extractor.stages.decisions import is_vote_procedure, is_vote_result, refers_back
from extractor.stages.votes import parse_votes

_INTRO = re.compile(MOTION_INTRO)
_MARKER = r"(?:\d{1,2}[.)]|[a-z]\)|[-*•◦])[ \t]+"
_MARKER_BEFORE = re.compile(r"(?:^|\n)[ \t>]*%s$" % _MARKER)
_MARKER_AT = re.compile(r"[ \t>]*%s" % _MARKER)
_MAX_CLAUSES = 40


@dataclass(frozen=True)
class MotionBlock:
    intro: int  # index of the announcing clause
    paragraphs: tuple[tuple[int, ...], ...]  # clause indices of each proposal paragraph
    result: int | None  # the clause that says how the vote went


def announces_motion(text: str) -> bool:
    return bool(_INTRO.search(text))


def find_motion_blocks(text: str, clauses: list[Clause], is_decision: list[bool]) -> list[MotionBlock]:
    """Blocks of announced motions; one without a result counts only when its announcement is
    a decision itself ("Der Vorstand beschloss folgende Änderung:")."""
    blocks: list[MotionBlock] = []
    i = 0
    while i < len(clauses):
        block = _block_at(text, clauses, is_decision, i) if announces_motion(clauses[i].text) else None
        if block is None:
            i += 1
            continue
        blocks.append(block)
        i = (block.result if block.result is not None else block.paragraphs[-1][-1]) + 1
    return blocks


def _block_at(text: str, clauses: list[Clause], is_decision: list[bool], intro: int) -> MotionBlock | None:
    body: list[int] = []
    result = None
    # "beschließt … einstimmig folgende Prioritätenliste:" carries its result: its wording ends with the paragraph
    decided = is_decision[intro] and parse_votes(clauses[intro].text).found
    for j in range(intro + 1, min(len(clauses), intro + 1 + _MAX_CLAUSES)):
        clause = clauses[j]
        if clause.agenda_item != clauses[intro].agenda_item or clause.kind == "heading":
            break
        if decided and body and re.search(r"\n[ \t]*\n", text[clauses[j - 1].end:clause.start]):
            break
        if refers_back(clause.text) or is_vote_result(clause.text):
            result = j
            break
        if not is_vote_procedure(clause.text):
            body.append(j)
        if parse_votes(clause.text).found:
            break  # "… Ende spätestens 22 Uhr (einstimmig).": the wording ends with its result
    if not body or (result is None and not is_decision[intro]):
        return None
    return MotionBlock(intro, _paragraphs(text, clauses, body), result)


def _paragraphs(text: str, clauses: list[Clause], body: list[int]) -> tuple[tuple[int, ...], ...]:
    """List items where the wording is a list, else lines; a line ending in ":" keeps what follows."""
    items = [j for j in body if _starts_item(text, clauses[j].start)]
    groups: list[list[int]] = []
    for j in body:
        if items:
            new = j in items or not groups
        else:
            new = not groups or (_at_line_start(text, clauses[j].start)
                                 and not clauses[groups[-1][-1]].text.rstrip().endswith(":"))
        if new:
            groups.append([j])
        else:
            groups[-1].append(j)
    return tuple(tuple(g) for g in groups)


def _starts_item(text: str, offset: int) -> bool:
    return _at_line_start(text, offset) and bool(
        _MARKER_BEFORE.search(text[max(0, offset - 40):offset]) or _MARKER_AT.match(text, offset))


def _at_line_start(text: str, offset: int) -> bool:
    """Only markup ("> ", "**", indentation) stands between the line start and ``offset``."""
    line_start = text.rfind("\n", 0, offset) + 1
    return not text[line_start:offset].strip(" \t>*_")
