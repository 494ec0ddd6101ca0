"""Decisions: resolutions the meeting itself reached, with their votes."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

import re

from extractor.lang.de.findings import (
    BARE_OUTCOME, DECISION_BLOCKERS, DECISION_PATTERNS, MOTION_CUES, MOTION_LABEL, REFERS_BACK, RESULT_SUBJECTS, STRAW_POLL, VOTE_PREAMBLE, VOTE_PROCEDURE, VOTE_RESULT_WORDS,
)
from extractor.stages.patterns import compile_patterns, first_match
from extractor.stages.votes import Votes, group_total, group_votes, parse_votes, without_signed_counts

_PATTERNS = compile_patterns(DECISION_PATTERNS, re.IGNORECASE)
_BLOCKERS = compile_patterns(DECISION_BLOCKERS)
_MOTION = compile_patterns(MOTION_CUES, re.IGNORECASE)
_RESULT_WORDS = frozenset(VOTE_RESULT_WORDS)
_PROCEDURE = compile_patterns(VOTE_PROCEDURE, re.IGNORECASE)
_REFERS_BACK = re.compile(REFERS_BACK)
_PREAMBLE = re.compile(VOTE_PREAMBLE, re.IGNORECASE)
_STRAW_POLL = re.compile(STRAW_POLL, re.IGNORECASE)
_MOTION_LABEL = re.compile(MOTION_LABEL, re.IGNORECASE)
_BARE_OUTCOME = re.compile(BARE_OUTCOME, re.IGNORECASE)
_OUTCOME = re.compile(r"\b(?:angenommen|abgelehnt|beschlossen)\b", re.IGNORECASE)
_POLL_OPTION = re.compile(r"^\d{1,3}\s+Stimmen?\s*:")
_POLL_ANSWER = re.compile(r"^(\d{1,3})\s+Stimmen?\s*:\s*(?:[a-z]\)\s*)?(?:(Ja|Nein|Enthaltung)\b|\S)", re.IGNORECASE)
_NAME_LIST = re.compile(r"^[A-ZÄÖÜ][\w.-]*(?:\s[A-ZÄÖÜ][\w.-]*)?(?:\s*,\s*[A-ZÄÖÜ][\w.-]*(?:\s[A-ZÄÖÜ][\w.-]*)?)+\.?$")
# Cues strong enough to mark a decision even beside a blocker word ("Vorschlag ... angenommen").
STRONG = {"decision.label", "decision.beschliessen", "decision.angenommen", "decision.einstimmig", "decision.entscheiden",
          "decision.abstimmung", "decision.vote_line", "decision.vote_counts", "decision.renaming", "decision.answer", "decision.postpone",
          "decision.bracket_label"}

# Blockers that even a strong cue does not override.
ABSOLUTE_BLOCKERS = {"block.question", "block.future_decision", "block.external", "block.received", "block.negated", "block.expected", "block.person_agrees",
                     "block.other_body", "block.asked", "block.agreed_task", "block.procedure",
                     "block.who_does", "block.straw_poll", "block.condition", "block.earlier_meeting", "block.note",
                     "block.plan", "block.assumed", "block.assessment", "block.listed_elsewhere"}

# Blockers of charges and agreed tasks that a "Beschluss:" label before them overrides.
LABEL_OVERRIDES = {"block.asked", "block.agreed_task"}

if not Doc.has_extension("decision"):
    Doc.set_extension("decision", default=None)
    Doc.set_extension("votes", default=None)


def classify_decision(text: str) -> str | None:
    """The id of the rule that makes ``text`` a decision, or None."""
    match = first_match(_PATTERNS, text)
    if match is None:
        return None
    blocker = first_match(_BLOCKERS, text)
    if blocker is not None and match.id == "decision.label" and blocker.id in LABEL_OVERRIDES:
        return match.id  # "Beschluss Nr. 9/2026: Die Verwaltung wird beauftragt, …": resolved, and a charge
    if blocker is not None and (match.id not in STRONG or blocker.id in ABSOLUTE_BLOCKERS):
        return None
    return match.id


def refers_back(text: str) -> bool:
    """"Der Vorschlag wurde einstimmig angenommen": the decision is the clause before."""
    return bool(_REFERS_BACK.match(text)) and len(text.split()) <= 12


def is_vote_result(text: str) -> bool:
    """"Das Ergebnis der Abstimmung: 8 Ja-Stimmen, keine Nein-Stimme" says only how a vote went."""
    if _STRAW_POLL.search(text):
        return False  # "Stimmungsbild: 9 dafür, 2 dagegen" asks the mood, it decides nothing
    if _POLL_OPTION.match(text):
        return True  # "0 Stimmen: c) Nein, wir sollten ...": a count for one option of a poll
    if group_total(text) is not None and not any(w in RESULT_SUBJECTS for w in re.findall(r"[\w-]+", text.lower())):
        return True  # "Ergebnis nach Gruppen: Lehrkräfte 5/0/0 – Eltern 3/1/0 – Schüler 3/0/0; gesamt 11/1/0."
    rest = without_signed_counts(text)
    for group in group_votes(text):
        rest = rest.replace(group, " ")  # "Abstimmung: Eltern 12/0/1, Lehrkräfte 4/0/0": the groups are no statement
    words = [w for w in re.findall(r"[\w-]+", re.sub(r"\([^()]*\)", " ", rest).lower()) if not w.isdigit()]
    if any(w in RESULT_SUBJECTS for w in words):
        return False  # "TO einstimmig angenommen": what was decided is named
    if _BARE_OUTCOME.fullmatch(text.strip()):
        return True
    m = _PREAMBLE.match(text)
    if m:
        return is_vote_result(text[m.end():])  # "Nach kurzer Diskussion Abstimmung: 6 dafür, 0 dagegen"
    return parse_votes(text).found and sum(w not in _RESULT_WORDS for w in words) <= 1


def is_vote_procedure(text: str) -> bool:
    """"Die Abstimmung erfolgte per Handzeichen." says how, not what, was voted."""
    return first_match(_PROCEDURE, text) is not None


def motion_wording(text: str) -> str | None:
    """"Beschlussvorschlag: Der Beitrag wird erhöht." -> the wording, which is what the meeting decided."""
    m = _MOTION_LABEL.match(text)
    return text[m.end():] if m and len(text) > m.end() else None


def puts_to_vote(text: str) -> bool:
    """"Es wurde über die Anschaffung ... abgestimmt": the motion a following result belongs to."""
    return first_match(_MOTION, text) is not None


@Language.factory("protokoll_decisions")
def make_decision_finder(nlp: Language, name: str) -> "DecisionFinder":
    return DecisionFinder()


class DecisionFinder:
    """Marks a clause Doc as a decision (``doc._.decision`` = rule id) with its votes."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        doc._.decision = classify_decision(text)
        doc._.votes = parse_votes(text) if doc._.decision else None
        return doc


def result_votes(results: list[str]) -> Votes:
    """The votes of a run of results; poll options add up by their answer.

    "5 Stimmen: a) Ja, ich mache mit", "5 Stimmen: b) Ja, aber ...", "0 Stimmen: c) Nein" and
    "1 Stimme: d) Enthaltung" are 10 yes, 0 no, 1 abstention.
    """
    options = [_POLL_ANSWER.match(r) for r in results if _POLL_OPTION.match(r)]
    if not options:
        return merge_votes([parse_votes(r) for r in results])
    totals: dict[str, int] = {}
    candidates = []
    for m in options:
        answer = m.group(2).lower() if m.group(2) else "candidate"
        if answer == "candidate":
            candidates.append(int(m.group(1)))
        else:
            totals[answer] = totals.get(answer, 0) + int(m.group(1))
    # "7 Stimmen: Sarah", "2 Stimmen: Martin": the elected candidate's count is the yes vote,
    # and votes for a rival mean the election was not unanimous
    yes = totals.get("ja", max(candidates) if candidates else None)
    no = totals.get("nein")
    contested = no or sum(1 for c in candidates if c) > 1
    return Votes(yes, no, totals.get("enthaltung"), False if contested else None)


def merge_votes(parts: list[Votes]) -> Votes:
    """Counts spread over bullets ("Dafür: 11", "Dagegen: 0", "Enthalten: 0") as one result."""
    pick = lambda field: next((getattr(v, field) for v in parts if getattr(v, field) is not None), None)  # noqa: E731
    merged = Votes(pick("yes"), pick("no"), pick("abstain"), pick("unanimous"))
    return Votes(merged.yes, merged.no, merged.abstain, False if merged.no else merged.unanimous)


def assign_vote_results(texts: list[str], is_decision: list[bool], same_item: list[bool],
                        opens: list[bool] | None = None, may_own: list[bool] | None = None,
                        breaks: list[bool] | None = None, continues: list[bool] | None = None) -> dict[int, tuple[int, ...]]:
    """Which bare vote results belong to which clause: {clause index: result indices}.

    A run of results goes to the decision right after it ("- 6 Stimmen: Ja ... Der Vorstand
    wurde entlastet."), else to the clause right before it: a decision, a motion ("...
    abgestimmt. Ergebnis: 8 Ja-Stimmen") or the candidate voted on ("Michael" over "- 9 Stimmen:
    Ja"). ``same_item[i]`` says clause i is in the agenda item of i - 1.
    A run that opens its item or paragraph (``opens``) goes to the statement after it
    ("Abstimmung: 6 dafür, 0 dagegen. Das Sommerfest findet am 23. August statt.") when
    ``may_own`` says that clause can be a resolution. A run written right under a decision
    without votes, with a blank line (``breaks``) before the next one, is that decision's
    ("Beschluss Nr. 3: X wird gewählt." / "Abstimmung: 11 dafür …" / blank / "Beschluss Nr. 4: …").
    ``continues[i]`` says clause i goes on after a semicolon ("…; Kostenrahmen 3.000 €"): the decision before owns the run.
    """
    opens = opens or [False] * len(texts)
    continues = continues or [False] * len(texts)
    breaks = breaks or [False] * len(texts)
    may_own = may_own or [False] * len(texts)
    results = [is_vote_result(t) for t in texts]
    owners: dict[int, tuple[int, ...]] = {}
    i = 0
    while i < len(texts):
        if not results[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(texts) and same_item[j + 1] and (results[j + 1] or (
                j + 2 < len(texts) and _NAME_LIST.match(texts[j + 1]) and results[j + 2])):
            j += 1  # names under an option ("- Klaus-Jürgen, Martin, Michael") stay in the run
        run = tuple(range(i, j + 1))
        after, before = j + 1, i - 1
        while before > 0 and same_item[before] and first_match(_PROCEDURE, texts[before]) and not is_decision[before]:
            before -= 1
        announced = before < i - 1  # "Es erfolgte eine Abstimmung per Handzeichen." between: the vote on what came before
        # "Mehrheitlich angenommen" tells the outcome of what was said before it
        outcome = any(_OUTCOME.search(texts[r]) for r in run)
        restates = after < len(texts) and refers_back(texts[after]) and before >= 0 and same_item[i]
        under_before = before == i - 1 and before >= 0 and same_item[i] and is_decision[before] and not breaks[i] \
            and after < len(texts) and breaks[after] and not parse_votes(texts[before]).found
        if under_before:
            owners[before] = run
        elif after < len(texts) and same_item[after] and is_decision[after] and not parse_votes(texts[after]).yes \
                and not ((announced or outcome or restates) and before >= 0 and same_item[i]):
            owners[after] = run
        elif opens[i] and after < len(texts) and same_item[after] and may_own[after] and not results[after]:
            owners[after] = run
        elif before >= 0 and same_item[i]:
            # a decision or motion owns it; else what was voted on is only named ("Michael", "Antrag 2");
            # "… wird beschlossen, ein Diensthandy anzuschaffen; die Kosten übernimmt der Förderverein." / "Abstimmung: 7 dafür":
            # the resolution owns it, not the clause that goes on after its semicolon
            goes_on = before >= 1 and (texts[before][:1].islower() or continues[before]) and same_item[before] \
                and is_decision[before - 1] \
                and not is_decision[before] and not parse_votes(texts[before - 1]).found
            owners[before - 1 if goes_on else before] = run
        i = j + 1
    return owners
