"""Score how well a passage of a later protocol reports on an earlier item.

The score is a soft, IDF-weighted overlap of terms (``terms.py``) between the
item with its context (agenda item, enclosing lines) and the passage with
its context, plus evidence that is not about words: the same person, a
review section ("Kontrolle des Protokolls vom 13.02."), a date that names
the item's meeting, a status word.  Every piece of evidence that counted is
kept in ``Candidate.found_by``.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, replace

from extractor.audit.items import Item
from extractor.audit.outline import Context, Passage, in_review_section
from extractor.audit.status import has_cue
from extractor.audit.terms import term_similarity, terms
from extractor.lang.de.followup import GENERIC_LABEL_WORDS
from extractor.temporal import find_dates

_NAME_PART = re.compile(r"[^\W\d_]+", re.UNICODE)
_INITIALS = re.compile(r"\b[A-ZÄÖÜ]{2,3}\b")
_LABEL = re.compile(r"([A-ZÄÖÜ][\w .&/„“”»«'\"-]{1,40}?)\s*:\s+\S")  # quotes: „Zu Fuß zur Kita“
_FEW = 3
_TITLE_NAMES = 0.7  # a title this similar names the item's noun, not just shares a modifier with it


@dataclass(frozen=True)
class Weights:
    """How much each kind of evidence counts; ``threshold`` is the score a link needs."""

    core: float = 1.0
    line: float = 0.6
    parent: float = 0.6
    agenda: float = 0.4
    section: float = 0.3  # the other lines under the same agenda item
    topic: float = 0.1  # the later agenda item is titled with a rare noun of the item
    topic_rare: float = 0.05  # "rare": in at most this share of the series' passages (or 3 of them)
    topic_needs: float = 0.2  # words a title sharing only a compound's modifier needs beside it
    person: float = 0.15
    person_needs: float = 0.1  # a shared name counts only beside shared words
    review: float = 0.1
    same_meeting: float = 0.25
    same_meeting_full: float = 0.2  # below these shared words, a named meeting counts proportionally less
    cue: float = 0.05
    thread: float = 0.2  # the passage opens with the label an earlier report on the item opened with
    label: float = 0.15  # the passage opens with a topic label the item or its line names ("Fundkiste: ...")
    threshold: float = 0.35
    terms_needs: float = 0.05  # no link without shared words, however strong the other evidence
    share: float = 0.85  # a passage also reports on a second item scoring this share of the best
    carried: float = 0.3  # shared words that let a decision and its task both claim one report
    item_focus: float = 1.0  # > 1: covering the item counts more than covering the passage (F-beta)

    def __post_init__(self) -> None:
        if not 0 < self.threshold < 2:
            raise ValueError(f"threshold {self.threshold!r} must lie between 0 and 2")


@dataclass(frozen=True)
class Profile:
    """The weighted terms of a text with its context, and the people it names."""

    weights: tuple[tuple[str, float], ...]
    people: frozenset[str]
    around: tuple[tuple[str, float], ...] = ()  # the other lines of its agenda item: found there, not sought
    nouns: frozenset[str] = frozenset()  # the nouns of the text itself, without context
    title: frozenset[str] = frozenset()  # the terms of its agenda item's title
    label: frozenset[str] = frozenset()  # the terms of the label it opens with ("Website: läuft noch")
    label_head: str = ""  # the label's first term, which names what it is about ("Tische" in "Tische für den Basar")


@dataclass(frozen=True)
class Candidate:
    item: Item
    passage: Passage
    score: float
    found_by: str
    fit: float = 0.0  # the part of ``score`` that depends on the item (words, person, its meeting named)
    lexical: float = 0.0  # the shared words alone
    matched: frozenset[str] = frozenset()  # the passage's own nouns that the item's words meet
    unit: int = -1  # where the whole clause starts when ``passage`` is one of its parts
    reports: tuple[str, ...] = ()  # the parts of the clause that name the item (none: the whole clause)


class Idf:
    """Inverse document frequency of terms over the passages of one series."""

    def __init__(self, profiles: list[Profile]) -> None:
        self.n = max(len(profiles), 1)
        self.df = Counter(t for p in profiles for t in {t for t, _ in p.weights})

    def rare(self, term: str, share: float) -> bool:
        """Whether at most ``share`` of the passages use ``term``; in a short series, at most three."""
        return self.df.get(term, 0) <= max(_FEW, share * self.n)

    def __call__(self, term: str) -> float:
        return math.log(1 + self.n / (1 + self.df.get(term, 0))) ** 2


def profile(text: str, context: Context, names: frozenset[str], weights: Weights = Weights(),
            extra_people: tuple[str, ...] = (), lean: bool = False,
            aliases: Mapping[str, frozenset[str]] | None = None) -> Profile:
    """The terms of ``text`` and its context.  With ``lean`` (items), a text without a noun of its
    own ("Ute wird sich erkundigen" under "Heizung") takes its topic from its line and nearest
    parent, which then count as much as the text: the report names the topic, not the promise."""
    own = terms(text, names)
    promoted = lean and not any(w == 1.0 for _, w in own)
    line, parent = (weights.core, weights.core) if promoted else (weights.line, weights.parent)
    parts = [(text, weights.core), (context.line, line)]
    parts += [(p, parent if n == 0 else weights.parent) for n, p in enumerate(context.parents[:2])]
    parts.append((context.agenda_title, weights.agenda))
    bag: dict[str, float] = {}
    for part, weight in parts:
        for term, kind_weight in terms(part, names):
            bag[term] = max(bag.get(term, 0.0), weight * kind_weight)
    around_text = " ".join([text, context.line, *context.parents[:1]])
    people = _people(around_text, names) | _by_initials(" ".join([around_text, *extra_people]), aliases or {})
    people |= {w.lower() for p in extra_people for w in _NAME_PART.findall(p) if w.lower() in names}
    nouns = frozenset(t for t, w in own if w == 1.0)
    title = frozenset(t for t, _ in terms(context.agenda_title, names))
    label = label_parts(text, names)
    return Profile(tuple(bag.items()), frozenset(people), (), nouns, title, frozenset(label), label[0] if label else "")


def label_terms(text: str, names: frozenset[str] = frozenset()) -> frozenset[str]:
    """The terms of the topic label a status line opens with: "Website" in "Website: läuft noch"."""
    return frozenset(label_parts(text, names))


def label_parts(text: str, names: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The terms of a status line's topic label in their order.  A lead-in that is a sentence
    ("Herr Kaya berichtet: ...") or names no topic ("Beschluss: ...", "TODO Jana: ...") is no
    topic label."""
    found = _LABEL.match(text)
    if not found:
        return ()
    words = [w for w in _NAME_PART.findall(found.group(1)) if w.lower() not in GENERIC_LABEL_WORDS]
    found_terms = terms(" ".join(words), names)
    if any(weight < 1.0 for _, weight in found_terms):
        return ()
    return tuple(t for t, _ in found_terms)


def section_terms(texts: list[str], names: frozenset[str], weight: float) -> tuple[tuple[str, float], ...]:
    """The terms of the lines under one agenda item, at ``weight``: a report often names the topic
    in a neighbouring line ("Die Agenda wird veröffentlicht." / "Michael richtet einen Ordner ein.")."""
    bag: dict[str, float] = {}
    for text in texts:
        for term, kind_weight in terms(text, names):
            bag[term] = max(bag.get(term, 0.0), weight * kind_weight)
    return tuple(bag.items())


def with_section(p: Profile, around: tuple[tuple[str, float], ...]) -> Profile:
    return replace(p, around=around)


def name_aliases(names: list[str]) -> dict[str, frozenset[str]]:
    """The initials minutes use for people ("JH" for Jonas Hafermann), each with the person's name
    parts ("Max" and "Maximilian Brettschneider" are one person); initials that two people with
    different surnames share name nobody."""
    found: dict[str, list[list[str]]] = {}
    for name in names:
        words = [w for w in re.split(r"[\s-]+", name) if w[:1].isupper() and not w.endswith(".")]
        if len(words) >= 2:
            found.setdefault("".join(w[0] for w in words), []).append(words)
    return {key: name_parts([" ".join(w) for w in people]) for key, people in found.items()
            if 2 <= len(key) <= 3 and len({w[-1].lower() for w in people}) == 1}


def _by_initials(text: str, aliases: Mapping[str, frozenset[str]]) -> set[str]:
    """The name parts of the people ``text`` names by their initials, written in capitals."""
    return {w for found in _INITIALS.findall(text) for w in aliases.get(found, ())}


def name_parts(names: list[str]) -> frozenset[str]:
    """Lower-case first names and surnames, the way people are named in minutes."""
    return frozenset(w.lower() for n in names for w in _NAME_PART.findall(n) if len(w) > 2)


def candidate(item: Item, item_profile: Profile, passage: Passage, passage_profile: Profile,
              idf: Idf, meeting_dates: frozenset[dt.date], weights: Weights = Weights(),
              thread: frozenset[frozenset[str]] = frozenset()) -> Candidate:
    """How well ``passage`` reports on ``item``; ``thread`` holds the labels of the item's earlier reports."""
    lexical = similarity(item_profile, passage_profile, idf, weights.item_focus)
    fit, found_by = lexical, [f"terms={lexical:.2f}"]
    if lexical >= weights.terms_needs and _same_label(passage_profile.label, thread):
        fit, found_by = fit + weights.thread, found_by + ["thread"]
    if item_profile.people & passage_profile.people and lexical >= weights.person_needs:
        fit, found_by = fit + weights.person, found_by + ["person"]
    title = _titled_after(item_profile, passage_profile, idf, weights.topic_rare)
    # the title names the noun itself (or a synonym, or its compound head) beside a few shared
    # words; a title that only shares a modifier ("Garten" / "Gartenfest") needs more of them
    if lexical >= (weights.person_needs if title >= _TITLE_NAMES else weights.topic_needs) and title >= 0.5:
        fit, found_by = fit + weights.topic, found_by + ["agenda_topic"]
    section = " ".join([passage.context.agenda_title, *passage.context.parents])
    if item.meeting_date in _dates_named(section, passage.meeting_date) & meeting_dates:
        # a review of the item's meeting reports on one of its items; the words say which
        share = min(1.0, lexical / weights.same_meeting_full)
        fit, found_by = fit + weights.same_meeting * share, found_by + ["names_meeting"]
    if passage_profile.label:
        if not _names_label(item_profile, passage_profile, idf, weights.topic_rare):
            found_by.append("off_label")
        elif (lexical >= weights.person_needs and "thread" not in found_by
              and _names_label(item_profile, passage_profile, idf, weights.topic_rare, own=weights.line)):
            fit, found_by = fit + weights.label, found_by + ["label"]
    score = fit
    if in_review_section(passage.context):
        score, found_by = score + weights.review, found_by + ["review_section"]
    if has_cue(passage.text):
        score, found_by = score + weights.cue, found_by + ["status_cue"]
    return Candidate(item, passage, score, " ".join(found_by), fit, lexical, met(passage_profile, item_profile),
                     passage.start)


def _names_label(item: Profile, passage: Profile, idf: Idf, rare: float, own: float = 0.0) -> bool:
    """Whether the item (with its agenda item and the lines around it) names the topic a status
    line opens with: "Tische: noch keine Antwort" reports on a task about the tables, however
    many other words it shares with a task about the Signal group.  Where the label has a rare
    word ("Aktion Sauberer Schulweg" beside the everyday "Schule"), the item must name that one
    or the label's head, its first word.
    With a weight ``own``, the item must name every rare word of the label, with words of its own
    and of its lines (at least that weight, not the agenda title's), rare ones, as the same word or
    a compound's head: "Stand" names the "Vorstand" of every line in a board's minutes, which is
    no sign of anything."""
    label = passage.label
    sought = frozenset(t for t in label if idf.rare(t, rare)) or label
    if own:  # as evidence, the item names the whole label: "Transport der Telefonzelle" is no purchase
        words = tuple(w for w, weight in item.weights if weight >= own and idf.rare(w, rare))
        return all(any(_label_names(t, w, _TITLE_NAMES) for w in words) for t in sought)
    sought |= {passage.label_head}
    # the lines around the item name the label only with the same word ("Tisch" is no "Nachtisch")
    return (any(_label_names(t, w, 0.5) for t in sought for w, _ in item.weights)
            or any(term_similarity(t, w) >= 0.8 for t in sought for w, _ in item.around))


def _label_names(label: str, word: str, least: float) -> bool:
    """A label may be short for the item's word ("Punsch" for "Punschstand"), but the item's word
    does not name a longer label it is only the modifier of ("Kasse" / "Kassenstand")."""
    similar = term_similarity(label, word)
    return similar >= least or (similar >= 0.5 and len(label) < len(word))


def _same_label(label: frozenset[str], thread: frozenset[frozenset[str]]) -> bool:
    """Whether a status line's label is one an earlier report on the item used ("Website: ..."):
    the same words both ways, so "Basar: hat stattgefunden" does not go on "Tische für den Basar"."""
    def covers(a: frozenset[str], b: frozenset[str]) -> bool:
        return all(any(term_similarity(t, u) >= 0.8 for u in b) for t in a)
    return bool(label) and any(covers(label, earlier) and covers(earlier, label) for earlier in thread)


def met(passage: Profile, item: Profile) -> frozenset[str]:
    """The nouns of the passage that the item names: a passage naming two things ("die Aushänge
    und die Platzordnung") can report on two items, one for each."""
    return frozenset(noun for noun in passage.nouns
                     if any(term_similarity(noun, t) >= 0.5 for t, _ in item.weights))


def _titled_after(item: Profile, passage: Profile, idf: Idf, rare: float) -> float:
    """How closely the passage's agenda item is titled with one of the item's rare nouns
    ("Vorstandsänderungen müssen dem Amtsgericht mitgeteilt werden" / TOP "Amtsgericht")."""
    return max((term_similarity(noun, word) for noun in item.nouns if idf.rare(noun, rare)
                for word in passage.title), default=0.0)


def similarity(a: Profile, b: Profile, idf: Idf, focus: float = 1.0) -> float:
    """Weighted harmonic mean (F-beta, beta = ``focus``) of how much of ``a`` is found in ``b``
    and of ``b`` in ``a``."""
    if not a.weights or not b.weights:
        return 0.0
    covered_a = _coverage(a.weights, b.weights + b.around, idf)
    covered_b = _coverage(b.weights, a.weights + a.around, idf)
    beta2 = focus * focus
    denominator = beta2 * covered_b + covered_a
    return (1 + beta2) * covered_a * covered_b / denominator if denominator else 0.0


def _coverage(source: tuple[tuple[str, float], ...], target: tuple[tuple[str, float], ...], idf: Idf) -> float:
    total = matched = 0.0
    for term, weight in source:
        mass = idf(term) * weight
        total += mass
        matched += mass * max(term_similarity(term, other) * w for other, w in target)
    return matched / total if total else 0.0


def _people(text: str, names: frozenset[str]) -> set[str]:
    return {w.lower() for w in _NAME_PART.findall(text) if w.lower() in names}


def _dates_named(text: str, reference: dt.date | None) -> set[dt.date]:
    """Dates a review heading names, read as past dates: "vom 13.02." in March is last February."""
    out = set()
    for _, _, day in find_dates(text, reference):
        if reference and day > reference:
            day = day.replace(year=day.year - 1) if not (day.month == 2 and day.day == 29) else day
        out.add(day)
    return out
