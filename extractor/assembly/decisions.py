"""Decision records, each with the vote results that belong to it.

A clause that is neither decision nor motion but owns results ("Michael" over
"- 9 Stimmen: Ja") becomes a decision that quotes both. List items above the first
agenda item are the agenda as planned ("6.1 Entlastung des Vorstands"), not decisions.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from extractor.assembly.sources import Marked, clause_source, stable_id
from extractor.ingest.document import Document
from extractor.lang.de.findings import FINITE_VERBS, MINUTES_APPROVED, TASK_REVIEW_CUES
from extractor.records import Decision
from extractor.stages.clauses import Clause
from extractor.stages.decisions import (
    assign_vote_results, merge_votes, motion_wording, puts_to_vote, refers_back, result_votes,
)
from extractor.stages.motions import MotionBlock, find_motion_blocks
from extractor.stages.votes import Votes, parse_votes
from extractor.structure.lines import clean_inline

_STATEMENT = re.compile(r"\b(?:%s)\b" % "|".join(FINITE_VERBS))
_REVIEW = re.compile("|".join(TASK_REVIEW_CUES), re.IGNORECASE)
_DECIDED_NOW = re.compile(r"\b(?:wird|werden|beschließt|beschließen|entscheidet|entscheiden|einigt|einigen|stimmt|stimmen|"
                          r"legt|legen|vereinbaren|bestätigt|bestätigen)\b|\d+\s*[/:]\s*\d+\s*[/:]\s*\d+|\beinstimmig\b"
                          r"|^\W*Beschluss\s*(?:\([^)]*\))?\s*:"  # "**Beschluss:** Ab Oktober …" under a review: decided now
                          # "Für das kommende Jahr wurde vereinbart, …" looks ahead: decided now
                          r"|\b(?:künftig|zukünftig|ab sofort|(?:kommende|nächste)[ns]?\s+Jahr)\b")
_MINUTES_APPROVED = re.compile(MINUTES_APPROVED)
_GOES_ON_WITH_PRONOUN = re.compile(r"(?:sie|er|es|dies|diese[rs]?)\s", re.IGNORECASE)
_OUTCOME_IN_BRACKETS = re.compile(r"\([^()]*\b(?:beschlossen|angenommen|einstimmig)\b[^()]*\)\s*[.!]?$")


@dataclass(frozen=True)
class _Runs:
    """Which clause owns which vote results, and which clauses belong to announced motions."""

    owners: dict[int, tuple[int, ...]]
    absorbed: set[int]
    blocks: list[MotionBlock]
    in_block: set[int]
    same_item: list[bool]


def decision_records(doc: Document, doc_id: str, marked: Marked, body_start: int) -> list[Decision]:
    texts = [c.text for c, _ in marked]
    runs = _vote_runs(doc, marked)
    out: list[Decision] = []
    last: Clause | None = None  # the clause of the last decision
    for i, (clause, sent) in enumerate(marked):
        if last is not None and not sent._.decision and not sent._.action and runs.same_item[i] \
                and _GOES_ON_WITH_PRONOUN.match(clause.text) and _goes_on(doc, out[-1], clause):
            # "Die Beitragsordnung wurde einstimmig beschlossen; sie gilt ab 1. Juli.": one resolution
            last, out[-1] = _continued(doc, doc_id, out[-1], last, clause, _votes_of(out[-1]))
            continue
        if i in runs.absorbed or i in runs.in_block or not (sent._.decision or i in runs.owners) \
                or _planned_agenda(clause, body_start) or (clause.kind == "heading" and i not in runs.owners) \
                or (_reported_in_review(clause) and i not in runs.owners):
            continue
        clause = _with_arrangement_before(doc, marked, i, runs.same_item[i])
        if clause.kind == "heading" and len(runs.owners.get(i, ())) == 1:
            clause = marked[runs.owners[i][0]][0]  # "## Protokoll vom 21.01." / "- genehmigt, einstimmig": the result, under its item
        votes = merge_votes([_own_votes(doc, marked, i, clause), result_votes([texts[r] for r in runs.owners.get(i, ())])])
        back = _motion_before(i, runs)
        previous = marked[back] if i > 0 else None
        rule = sent._.decision or "decision.motion_with_result"
        wording = motion_wording(clause.text)
        if wording is not None:
            clause = dataclasses.replace(clause, text=wording)  # "Beschlussvorschlag: X" over its result: X was decided
            rule = sent._.decision or "decision.motion_label"
        elif not sent._.decision and runs.owners.get(i, (i,))[0] < i:
            rule = "decision.result_before"  # "Abstimmung: 6 dafür … / Das Sommerfest findet … statt."
        elif not sent._.decision and not puts_to_vote(clause.text) and clause.kind != "heading":
            clause = _joined(doc, clause, marked[runs.owners[i][-1]][0])
        elif refers_back(clause.text) and runs.same_item[i] and out and (
                out[-1].source.char_start <= previous[0].start < out[-1].source.char_end or _goes_on(doc, out[-1], previous[0])):
            # "Der Vorschlag wurde … angenommen.", also after "Beschluss Nr. 9: X; die Kosten werden … entnommen."
            out[-1] = _with_votes(out[-1], merge_votes([votes, _votes_of(out[-1])]))
            continue
        elif refers_back(clause.text) and runs.same_item[i] and (_states_it(previous, back, runs) or _said_before(doc, clause, previous)):
            # "Die Geschäftsadresse ist ... / Dies wurde einstimmig beschlossen.": the clause before is it
            clause, rule = previous[0], "decision.refers_back"
        elif last is not None and out[-1].source.found_by == "decision.label" and runs.same_item[i] \
                and re.fullmatch(r"\s*[;,]\s*", doc.text[out[-1].source.char_end:clause.start]):
            # "Beschluss: Der Leasingvertrag wird nicht verlängert; stattdessen wird … gekauft.",
            # "Beschluss Beirat: Prüfvermerk wird erteilt, Empfehlung an ETV … (3/0/0)": one resolution
            last, out[-1] = _continued(doc, doc_id, out[-1], last, clause, merge_votes([votes, _votes_of(out[-1])]))
            continue
        out.append(decision_record(doc, doc_id, clause, votes, rule))
        last = clause
    out += _motion_block_decisions(doc, doc_id, marked, runs)
    return sorted(out, key=lambda d: d.source.char_start)


def _goes_on(doc: Document, decision: Decision, clause: Clause) -> bool:
    """"…; die Kosten werden der Rücklage entnommen": the clause goes on with the decision before its semicolon."""
    return _after_semicolon(doc, decision.source.char_end, clause.start)


def _after_semicolon(doc: Document, end: int, start: int) -> bool:
    return re.fullmatch(r"\s*;\s*", doc.text[end:start]) is not None


def _reported_in_review(clause: Clause) -> bool:
    """Under "Offene Punkte vom letzten Mal" or "Rückblick JHV", "Antrag Beitrag angenommen" reports an
    earlier resolution; one decided now ("Der Beschluss vom Mai wird aufgehoben", a vote) is a decision."""
    return any(_REVIEW.search(parent) for parent in clause.context) and not _DECIDED_NOW.search(clause.text) \
        and not _MINUTES_APPROVED.search(clause.text)


def decision_record(doc: Document, doc_id: str, clause: Clause, votes: Votes, rule: str) -> Decision:
    return Decision(doc_id, stable_id(doc_id, "D", clause.text), clause.text, clause.agenda_item, None,
                    votes.yes, votes.no, votes.abstain, votes.unanimous, clause_source(doc, clause, rule))


def _vote_runs(doc: Document, marked: Marked) -> _Runs:
    texts = [c.text for c, _ in marked]
    same_item = [i > 0 and marked[i - 1][0].agenda_item == c.agenda_item for i, (c, _) in enumerate(marked)]
    is_decision = [bool(s._.decision) for _, s in marked]
    opens = [not same_item[i] or marked[i - 1][0].kind == "heading" for i in range(len(marked))]
    may_own = [c.kind != "heading" and c.text[:1].isupper() and not s._.action and not c.text.endswith(("?", ":"))
               and len(c.text.split()) >= 4 for c, s in marked]
    breaks = [i > 0 and "\n\n" in re.sub(r"[ \t]+", "", doc.text[marked[i - 1][0].end:c.start])
              for i, (c, _) in enumerate(marked)]
    continues = [i > 0 and _after_semicolon(doc, marked[i - 1][0].end, c.start) for i, (c, _) in enumerate(marked)]
    owners = assign_vote_results(texts, is_decision, same_item, opens, may_own, breaks, continues)
    blocks = find_motion_blocks(doc.text, [c for c, _ in marked], is_decision)
    return _Runs(owners, {r for run in owners.values() for r in run}, blocks,
                 {i for b in blocks for i in _block_members(b)}, same_item)


def _with_arrangement_before(doc: Document, marked: Marked, i: int, same_item: bool) -> Clause:
    """"X findet am … statt; der Beirat stellt … bereit (einstimmig beschlossen).": both parts are the decision."""
    clause = marked[i][0]
    if i == 0 or not same_item or not _OUTCOME_IN_BRACKETS.search(clause.text):
        return clause
    first, marks = marked[i - 1]
    if marks._.decision or marks._.action or doc.text[first.end:clause.start].strip() != ";":
        return clause
    raw = doc.text[first.start:clause.end]
    return Clause(first.start, clause.end, clean_inline(re.sub(r"\s+", " ", raw)), raw, first.agenda_item,
                  first.kind, first.context)


def _own_votes(doc: Document, marked: Marked, i: int, clause: Clause) -> Votes:
    """The clause's votes; "... beschließt X; der Beschluss vom Mai wird geändert (6 Ja, 1 Nein).": after the ";"."""
    own = marked[i][1]._.votes or parse_votes(clause.text)
    if not own.found and i + 1 < len(marked) and doc.text[clause.end:marked[i + 1][0].start].strip() == ";":
        return parse_votes(marked[i + 1][0].text)
    return own


def _motion_before(i: int, runs: _Runs) -> int:
    """"Der Antrag ist angenommen." after "Abstimmungsergebnis: …": the motion before both."""
    back = i - 1
    while back > 0 and back in runs.absorbed and back not in runs.in_block:
        back -= 1
    return back


def _said_before(doc: Document, clause: Clause, previous: tuple[Clause, object] | None) -> bool:
    """"Die Sitzung wird … verlegt; dies wird einstimmig vereinbart.": the same sentence says what was agreed."""
    return previous is not None and 0 <= clause.start - previous[0].end <= 3 and doc.text[previous[0].end:clause.start].strip() == ";"


def _states_it(previous: tuple[Clause, object], back: int, runs: _Runs) -> bool:
    """The clause before a restated outcome is a statement the meeting could have decided."""
    clause, marks = previous
    return (clause.kind != "heading" and back not in runs.absorbed and back not in runs.in_block
            and not marks._.action and bool(_STATEMENT.search(clause.text)) and not clause.text.endswith(":"))


def _motion_block_decisions(doc: Document, doc_id: str, marked: Marked, runs: _Runs) -> list[Decision]:
    """"über folgenden Beschlussvorschlag: …" — one decision per paragraph, with the block's votes."""
    texts = [c.text for c, _ in marked]
    out = []
    for block in runs.blocks:
        results = [block.result] if block.result is not None else []
        owned = [r for i in _block_members(block) for r in runs.owners.get(i, ())]
        # without a result line the wording ends with its own ("… Ende 22 Uhr (einstimmig).")
        own = [parse_votes(texts[block.paragraphs[-1][-1]])] if block.result is None else []
        votes = merge_votes([parse_votes(texts[block.intro]), result_votes([texts[r] for r in results + owned]), *own])
        for paragraph in block.paragraphs:
            clause = _span(doc, [marked[j][0] for j in paragraph])
            out.append(decision_record(doc, doc_id, clause, votes, "decision.motion_block"))
    return out


def _block_members(block: MotionBlock) -> list[int]:
    return [block.intro, *(j for p in block.paragraphs for j in p)] + ([block.result] if block.result is not None else [])


def _span(doc: Document, clauses: list[Clause]) -> Clause:
    """Clauses of one paragraph as one: "Folgender Satz soll hinzugefügt werden:" with the sentence."""
    first, last = clauses[0], clauses[-1]
    return Clause(first.start, last.end, " ".join(c.text for c in clauses), doc.text[first.start:last.end],
                  first.agenda_item, first.kind, first.context)


def _continued(doc: Document, doc_id: str, decision: Decision, first: Clause, last: Clause,
               votes: Votes) -> tuple[Clause, Decision]:
    """A decision and its continuation as the minutes write them ("…; sie gilt ab 1. Juli.")."""
    raw = doc.text[first.start:last.end]
    clause = Clause(first.start, last.end, clean_inline(raw.replace("\n", " ")), raw, first.agenda_item, first.kind, first.context)
    return clause, decision_record(doc, doc_id, clause, votes, decision.source.found_by)


def _votes_of(decision: Decision) -> Votes:
    return Votes(decision.votes_yes, decision.votes_no, decision.votes_abstain, decision.unanimous)


def _with_votes(decision: Decision, votes: Votes) -> Decision:
    return dataclasses.replace(decision, votes_yes=votes.yes, votes_no=votes.no, votes_abstain=votes.abstain,
                               unanimous=votes.unanimous)


def _planned_agenda(clause: Clause, body_start: int) -> bool:
    return clause.start < body_start and (clause.kind == "bullet" or bool(re.match(r"\s*\d", clause.raw)))


def _joined(doc: Document, first: Clause, last: Clause) -> Clause:
    raw = doc.text[first.start:last.end]
    text = re.sub(r"\s*\n\s*(?:[-*•◦]\s+)?", " ◦ ", raw.strip())
    return Clause(first.start, last.end, clean_inline(text), raw, first.agenda_item, first.kind, first.context)
