"""Action items: tasks someone is to carry out after the meeting (who does them: ``doers``)."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from extractor import temporal
from extractor.lang.de.findings import ARROW_BULLET, ARROWED_DEED
from extractor.stages.doers import (
    arrow_clause,
    bracket_person,
    charged,
    credible,
    dash_person,
    handles,
    inverted_listed,
    is_body,
    is_role_label,
    known,
    looks_like_who,
    members,
    named_people,
    pair_with_listed,
    person_label,
    recognised_people,
)
from extractor.stages.task_grammar import (
    AGENT_FIRST,
    AGENT_LATE,
    AGREED,
    ARROW,
    ARROW_DOER,
    ARROW_TASK,
    BODY,
    BODY_DEED,
    BODY_WILL,
    CHECKBOX,
    DATED_VERB,
    EVERYONE_DOES,
    FIELDS,
    FIRM_VERB,
    FULL_NAMES,
    GROUP_CARES,
    HANDED_TO,
    INFINITIVE_TODO,
    INITIALS,
    INNER_BRACKET,
    INNER_SUBJECT,
    INTENDS,
    INVERTED,
    LABELLED,
    LOWER_INNER,
    LOWER_SUBJECT,
    NOMINAL_BY,
    NOUN_THEN_NAME,
    PLURAL_VERB,
    PREDICATE,
    PROMISE,
    REPORT,
    RESPONSIBLE_LABEL,
    STATEMENT,
    STATUS_ITEM,
    STATUS_PART,
    SUBJECT,
    SUBORDINATE,
    TASK_BLOCKERS,
    TASK_CUES,
    TASK_LIST,
    TASK_REVIEW,
    TASK_THEN_NAME,
    TITLE,
    TOPIC,
    VERB,
    VERB_LIKE,
    WHO_DOES_ANSWERED,
    WILL_DO,
)
from extractor.stages.event_deadlines import find_event_deadline
from extractor.stages.patterns import first_match

# Decisions read off the grammar alone ("... werden ... abgelegt"); a named doer makes them tasks.
_WEAK_DECISIONS = ("decision.arrangement", "decision.standing_rule")
_OPENING_CUES = ("action.we_must", "action.can_now")
# blockers that tell a state; a note or the state before an arrow may hold it, apart from the deed
_STATE_BLOCKERS = ("block.done_participle", "block.past")
# before an arrow the state may also be a report or a lack ("Prot. liegt vor -> JB stellt es online")
_ARROW_STATE_BLOCKERS = _STATE_BLOCKERS + ("block.status_report", "block.negated")
_NOTE = re.compile(r"\s*\([^()]{3,80}\)")
_ARROWED_DEED = re.compile(ARROWED_DEED)
_WEAK_CUES = ("action.kuemmern", "action.planned", "action.need", "action.future", "action.we_must", "action.can_now")


if not Doc.has_extension("action"):
    Doc.set_extension("action", default=None)
    Doc.set_extension("named", default=None)


def classify_action(text: str, decision: str | None = None, people: frozenset[str] = frozenset()) -> str | None:
    """The id of the rule that makes ``text`` a task, or None.

    ``people`` holds lower-case name parts of the document's attendees: a
    clause that opens with one of them and a verb is a task ("Olaf organisiert").
    """
    checkbox = CHECKBOX.match(text)
    if checkbox:  # "[ ] Flyer drucken" is work to do, "[x] Flyer nachgedruckt" work done
        return None if checkbox.group("done").strip() else "action.checkbox"
    group = members(text)
    if group is not None:
        return classify_action(group.rest, decision, people)
    if LABELLED.match(text) or RESPONSIBLE_LABEL.search(text) or FIELDS.search(text):
        return "action.label"
    if WHO_DOES_ANSWERED.search(text):
        return "action.who_answer"  # "Helferliste: wer macht? → Greta"
    if person_label(text, people):
        return "action.person_label"
    everyone = EVERYONE_DOES.match(text)
    if everyone and VERB_LIKE.match(everyone.group("rest")) and not REPORT.match(everyone.group("rest")):
        return "action.everyone"  # "alle sprechen weiter Leute an", "Alle werben in ihren Verbänden …"
    subject = SUBJECT.match(text)
    if charged(text, people):
        return "action.asked"  # "Frau Vogt wurde gebeten, …", "Herr Yıldız übernahm es, …"
    inner = LOWER_INNER.search(text)
    if inner and inner.group("who").lower().lstrip("@") in people and not REPORT.match(inner.group("rest")):
        return "action.known_subject"  # "Die Liste ist veraltet, mika aktualisiert sie": a listed nickname does it
    if AGREED.search(text):
        return "action.agreed"
    if re.match(r"(?:Er|Sie)\s+", text) and WILL_DO.match(text.split(None, 1)[1]):
        return "action.pronoun_future"  # "Sie wird bei der Jugendfeuerwehr nachfragen, ob …": who comes from before
    if _blocked(text):
        return None
    arrow = ARROW.search(text)
    if arrow and (looks_like_who(arrow.group("who")) or handles(arrow.group("who"), people)) or ARROW_DOER.search(text):
        return "action.arrow"
    handler = ARROW_TASK.search(text)
    if handler and credible(handler.group("who"), people) and not REPORT.match(handler.group("rest")):
        return "action.arrow"  # "Kassenschublade klemmt → Tobi guckt"
    if handler and people and classify_action(arrow_clause(handler), None, people) is not None:
        return "action.arrow"  # "Sammlung: Sa, 10.01. → Flyer macht Katrin bis Ende Nov.": the deed after the arrow
    handed = HANDED_TO.search(text)
    if handed and looks_like_who(handed.group("who")):
        return "action.handed_over"  # a decision and a task at once
    if decision is not None:
        return None
    if bracket_person(text, people):
        return "action.bracket_name"
    if dash_person(text, people):
        return "action.dash_name"
    inner = INNER_BRACKET.search(text)
    if inner and people and known(inner.group("who"), people) and PREDICATE.search(text[: inner.start()]):
        return "action.bracket_name"
    inner = INNER_SUBJECT.search(text)
    if inner and credible(inner.group("who"), people, strict=True):
        return "action.inner_subject"
    lower = LOWER_SUBJECT.match(text)
    if lower and handles(lower.group("who"), people) and VERB_LIKE.match(lower.group("rest")):
        return "action.known_subject"  # "yannik präsentiert Freitag das Poster": chat-style minutes
    if subject and REPORT.match(subject.group("rest")) and re.match(r"\w+\s*,", subject.group("rest")):
        return None  # "Greta findet, wir sollten …": an opinion, also about what we should do
    early = next((p.id for p in TASK_CUES if p.id in _OPENING_CUES and p.regex.search(text)), None)
    if early:
        return early  # "Wir sollten ...", "Nun kann ... werden": the opening word is no subject
    if subject and INTENDS.match(subject.group("rest")) and credible(subject.group("who"), people, strict=True):
        return "action.intends"  # "Bernd und Jonas wollen bis Ende August fertig sein."
    if subject and REPORT.match(subject.group("rest")) and not _announced(text) and not PROMISE.search(text):
        return None
    if subject and VERB.match(subject.group("rest")) and looks_like_who(subject.group("who")) and (
            not PLURAL_VERB.match(subject.group("rest")) or credible(subject.group("who"), people, strict=True)
            or re.search(r"\s(?:und|&|\+)\s", subject.group("who"))):
        return "action.subject_verb"  # a plural verb may be a to-do infinitive ("Dinge kaufen"): known doers
    if subject and (known(subject.group("who"), people) or pair_with_listed(subject.group("who"), people)
                    and not REPORT.match(subject.group("rest"))) and VERB_LIKE.match(subject.group("rest")):
        return "action.known_subject"
    if subject and INITIALS.fullmatch(subject.group("who")) and FIRM_VERB.match(subject.group("rest")) \
            and not REPORT.match(subject.group("rest")) and _announced(text):
        return "action.initials_subject"  # "AK liefert Fotos bis 31.08.": a short name, its deed and its day
    if subject and FULL_NAMES.fullmatch(subject.group("who")) and PLURAL_VERB.match(subject.group("rest")) \
            and not REPORT.match(subject.group("rest")):
        return "action.subject_verb"  # "Mara Lindqvist und Tobias Reinhardt stellen den Antrag": two people named in full
    if subject and re.fullmatch(BODY, subject.group("who")) and BODY_WILL.match(subject.group("rest")):
        return "action.body_will"  # "Der Vorstand wird dies in seiner nächsten Sitzung beraten."
    group_deed = subject is not None and PLURAL_VERB.match(subject.group("rest")) and not REPORT.match(subject.group("rest")) \
        and (_announced(text) or GROUP_CARES.match(subject.group("rest")))
    if subject and (is_body(subject.group("who")) or re.fullmatch(BODY, subject.group("who")) and group_deed) and (
            BODY_DEED.match(subject.group("rest")) or group_deed):
        # "Der Vorstand migriert daher auf den neuen Server.", "Alle Netzwerkpartner melden bis …",
        # "Die Abteilungen liefern bis zum 15. Mai …", "Die AL sorgen dafür, dass …"
        return "action.body_does"
    if subject and REPORT.match(subject.group("rest")) and _due_report(text) and credible(subject.group("who"), people, strict=True):
        return "action.due_report"  # "Tobias bedankt sich bis Ende Januar schriftlich beim Ensemble": due by a day
    agent = AGENT_FIRST.match(text)
    if agent and credible(agent.group("who"), people, strict=True):
        return "action.agent_first"  # "Durch den Vorstand werden Flyer in Auftrag gegeben."
    if _passive_doer(text, people):
        return "action.agent_late"  # "diese Mitglieder werden von Bernd angeschrieben"
    nominal = NOMINAL_BY.match(text)
    if nominal and credible(nominal.group("who"), people, strict=True) and _nominal_deed(text):
        return "action.nominal_by"  # "Versand Fragebogen an alle 22 Stellplatzeigentümer durch HV bis Fr. 20.3."
    for regex, rule in ((INVERTED, "action.inverted_subject"), (TASK_THEN_NAME, "action.task_then_name"),
                        (NOUN_THEN_NAME, "action.task_then_name")):
        m = regex.search(text)
        if m and credible(m.group("who"), people, strict=True) and not REPORT.match(text[m.end():].strip()) \
                and not ("task" in m.groupdict() and is_role_label(m.group("task"))):
            return rule
    if people and inverted_listed(text, people):
        return "action.inverted_subject"
    weak = next((p.id for p in TASK_CUES if p.id in _WEAK_CUES and p.regex.search(text)), None)
    topic = TOPIC.match(text)
    if weak is None and topic and not PREDICATE.search(topic.group("topic")):
        return classify_action(topic.group("rest"), None, people)  # "Kinderschminken: HB fragt bei der Kita"
    return weak


def _set_again(text: str, people: frozenset[str]) -> bool:
    """The state of an earlier task that sets it again: a new date, or a listed person's new deed."""
    parts = STATUS_PART.split(text)
    status = parts[-1]
    if _due_by(temporal.find_deadline(status)):
        return True  # "neu bis Ende März" (not "Termin beim Mieterverein erst am 14.11.": when it happens)
    # "Entwurf liegt vor, Svenja liest gegen": the new deed may follow the state after a comma
    return len(parts) > 1 and any(classify_action(part, None, people) is not None
                                  and any(known(n, people) and part.lower().startswith(n.lower()) for n in named_people(part, people))
                                  for part in [status] + [p.strip() for p in status.split(",")[1:]])


@lru_cache(maxsize=4096)
def _blocked(text: str) -> bool:
    """A blocker says the clause sets no task (read once per clause: both classifiers ask).

    What was done may be only the state before an arrow ("3 haben nicht gezahlt → Aylin schreibt …")
    or a note in brackets ("Rüdiger fragt nach (hat per Mail zugesagt)"): the deed itself is read then.
    """
    found = first_match(TASK_BLOCKERS, text)
    if found is None:
        return False
    handler = ARROW_TASK.search(text)
    if found.id not in (_ARROW_STATE_BLOCKERS if handler else _STATE_BLOCKERS):
        return True
    if handler:
        core = text[handler.start():]
    else:  # the note is read apart only after a doer and a deed ("Ilyas: wir sollten … (Meinung, wurde nicht …)" stays)
        subject = SUBJECT.match(text)
        core = _NOTE.sub(" ", text) if subject and VERB.match(subject.group("rest")) else text
    return core == text or first_match(TASK_BLOCKERS, core) is not None


def _announced(text: str) -> bool:
    """"stellt die Idee in der nächsten Sitzung vor": a report promised for later is a task."""
    # not a date inside what is presented ("... vor: Angebot A, im April", "stellen die Überlegung vor, die Messe
    # am Samstag …") or stated ("stellt fest, dass … am 12.03. …")
    head = re.split(r"[:(]|,\s*(?:dass|ob|wie|die|der|das|den)\b", text, maxsplit=1)[0]
    expression = temporal.find_deadline(head)
    if expression is None:  # "sprechen bis zur JHV … an": due by an event
        event = find_event_deadline(head)
        return event is not None and event.text.lower().startswith(("bis", "spätestens", "zur ", "zum "))
    return expression.kind != "vague"


def _due_report(text: str) -> bool:
    """A report verb with a day it is due by ("bedankt sich bis Ende Januar"), not a report of what was said."""
    due = temporal.find_deadline(text)
    return due is not None and due.text.lower().startswith(("bis", "spätestens")) and due.kind != "vague" \
        and not re.search(r",\s*(?:dass|ob)\b", text)


def _passive_doer(text: str, people: frozenset[str]) -> bool:
    """"… werden von Bernd angeschrieben": a deed to come, its doer a listed person or a body."""
    agent = AGENT_LATE.search(text)
    return agent is not None and bool(people) and credible(agent.group("who"), people, strict=True)


def _due_by(expression: temporal.TimeExpression | None) -> bool:
    """A day something is due by, not the day it happens on ("am 14.11.")."""
    return expression is not None and not expression.text.lower().startswith("am ")


def _nominal_deed(text: str) -> bool:
    """"Beauftragung durch HV morgen": no verb but the deed's noun, and a day it is due by
    (not "Die Prüfung durch das Bauamt erfolgte am 3.5.", not "Begrüßung durch Marion am 12.3.")."""
    expression = temporal.find_deadline(text)
    if not _due_by(expression) or expression.kind == "vague":
        return False
    rest = text[: expression.start] + " " + text[expression.end:]
    return not re.search(r"\b[a-zäöüß]{3,}(?:en|ern|eln|t|te|ten)\b", rest)


def classify_in_context(text: str, context: tuple[str, ...]) -> str | None:
    """Items of a task list, and clauses with a firm deadline, are tasks even without a cue verb."""
    if _blocked(text):
        return None
    lists = [parent for parent in context[:2] if TASK_LIST.search(parent)]
    in_task_list = bool(lists) and not any(TASK_REVIEW.search(parent) for parent in context) \
        and (any(parent != ARROW_BULLET for parent in lists) or _ARROWED_DEED.search(text) is not None)
    short_item = len(text.split()) <= 4 and not re.search(r"\d", text) and bool(context) and bool(TASK_LIST.search(context[0]))
    if in_task_list and len(text.split()) <= 25 and not STATEMENT.search(re.sub(r"\([^()]*\)", " ", text)) \
            and (PREDICATE.search(text) or short_item) and not text.rstrip().endswith(":"):
        return "action.task_list"
    if INFINITIVE_TODO.match(SUBORDINATE.split(text, maxsplit=1)[0].rstrip(" ;")):
        # "Mit Fr. Möbbeck besprechen, wie es vorangeht": the to-do before what it is about
        return "action.infinitive_todo"
    expression = temporal.find_deadline(text)
    subject = SUBJECT.match(text)
    if subject and REPORT.match(subject.group("rest")) and re.fullmatch(rf"{TITLE}?[A-ZÄÖÜ]\S*\s+[A-ZÄÖÜ]\S*", subject.group("who")):
        return None  # "Konstantin Wendel trägt den Kassenbericht vor: Kontostand 01.01.2023 …"
    if expression is not None and expression.kind != "vague":
        if re.search(r"\b(?:werden|wird|soll|sollen|muss|müssen|kann)\b", text):
            return "action.dated"
        if expression.start == 0 and DATED_VERB.match(text[expression.end:]):
            return "action.dated"  # "am 21.03. gibt Leon eine erste Einweisung": fixed for a day ahead
    return None


@Language.factory("protokoll_actions")
def make_action_finder(nlp: Language, name: str) -> "ActionFinder":
    return ActionFinder()


class ActionFinder:
    """Marks a clause Doc as a task (``doc._.action`` = rule id) with the people it names."""

    def __call__(self, doc: Doc) -> Doc:
        decision = doc._.decision if Doc.has_extension("decision") else None
        people = doc.user_data.get("people", frozenset())
        text = doc.text
        if decision in _WEAK_DECISIONS and (bracket_person(text, people) or _passive_doer(text, people)):
            # "Protokolle werden in Markdown überführt. (SD)", "diese Mitglieder werden von Bernd angeschrieben":
            # whoever is named does it; a task
            doc._.decision = decision = None
        context = doc.user_data.get("context", ())
        doc._.action = classify_action(text, decision, people) or (
            None if decision else classify_in_context(text, context))
        if (doc._.action == "action.checkbox" or STATUS_ITEM.match(text)) \
                and any(TASK_REVIEW.search(parent) for parent in context[:2]) and not _set_again(text, people):
            # "TODO-Status vom letzten Mal:" over "[ ] pit: Kabelkiste – nicht passiert" reports; an item
            # given a new date ("… – Website noch nicht → neu bis Ende März") or a new deed
            # ("Vereinskonto (Dirk): keine Antwort, Dirk ruft nochmal an") is set again
            doc._.action = None
        if doc._.action:
            # with a head count only, the doer may be someone no list gives: named as in minutes without a list
            doc._.named = named_people(text, people) or named_people(text, people | recognised_people(doc)) or (
                named_people(text) if doc.user_data.get("few_listed") else [])
        return doc
