"""Action items: tasks someone is to carry out after the meeting, and who is named for them."""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from extractor.lang.de.findings import (
    ACTION_BLOCKERS, ACTION_PATTERNS, AGREED_THAT, BODY_ADJECTIVES, BODY_HYPHEN_SUFFIXES, ARTICLES, ASKED_TO, DEADLINE_WORDS, PROMISES, TASK_FIELD_DUE, TASK_FIELD_WHO, WHO_DOES, BODY_PREFIXES, BODY_SUFFIXES, CLAUSE_TASK_VERBS, FINITE_VERBS,
    INVERTED_TASK_VERBS, PERSON_ONLY_VERBS, PRONOUNS, REPORT_PHRASES, REPORT_VERBS, RESPONSIBLE_BODIES, STATE_VERBS,
    TASK_LIST_CUES, TASK_REVIEW_CUES, TODO_INFINITIVES, DEADLINE_LEADS, DEED_NOUN_ENDINGS, NOT_PET_NAMES, SUBORDINATORS,
    TAKES_ON_VERBS, TOGETHER_WITH,
)
from extractor import temporal
from extractor.lang.de.stopwords import STOPWORDS
from extractor.lang.de.structure import OTHER_ROLES, ROLE_LABELS, TITLES
from extractor.stages.patterns import compile_patterns, first_match

_PATTERNS = compile_patterns(ACTION_PATTERNS)
_FUNCTION_WORDS = STOPWORDS | frozenset(NOT_PET_NAMES)
_BLOCKERS = compile_patterns(ACTION_BLOCKERS)
_TITLE = r"(?:(?:%s)\.?\s+)" % "|".join(t.capitalize() for t in TITLES if len(t) > 1)
_NAME = r"(?:@[\w.-]+|(?:[A-ZÄÖÜ]\.){2,3}|[A-ZÄÖÜ][\w'’-]*\.?(?:\s+[A-ZÄÖÜ][\w'’-]+)?)"
_BODY = r"(?:(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en)\s+(?:(?:%s)[nrs]?\s+)?)?(?:(?:%s)\s+[\wÄÖÜäöü-]+|(?:%s|[A-ZÄÖÜ][a-zäöüß]+(?:%s)|[A-ZÄÖÜ][\wäöüß]*-(?:%s))(?![\wäöüß]))" % (
    "|".join(BODY_ADJECTIVES), "|".join(BODY_PREFIXES), "|".join(RESPONSIBLE_BODIES), "|".join(BODY_SUFFIXES),
    "|".join(BODY_HYPHEN_SUFFIXES))
# (an article before a small word opens a body, not a name: "Der neue Vorstand")
_SUBJECT = re.compile(rf"^\s*(?P<who>(?:{_TITLE}?(?!(?:Der|Die|Das|Den)\s+[a-zäöü]){_NAME}|{_BODY})(?:\s*(?:,|und|&|\+)\s*(?:{_TITLE}?{_NAME}|{_BODY}))*)\s+(?P<rest>[a-zäöü].*)$")
# "(SJ)", "(-> pit)": who does it, in brackets after the task
_BRACKET = re.compile(r"\((?:(?:→|->)\s*)?(?P<who>[^()]{1,60})\)\s*[.;]?\s*$")
_ARROW = re.compile(r"(?:→|->)\s*(?P<who>[^→>,]{1,60}?)\s*(?P<more>(?:,|\s(?=(?:bis|ab|zum|spätestens|binnen)\b))[^→>]{0,60})?$")
_LABELLED = re.compile(r"^(?:TODO|To-?Do|Aufgabe|AP|Action|Auftrag)\s*(?:für\s+|an\s+)?(?P<who>[^:]{1,40})?:\s*(?P<task>.+)$", re.IGNORECASE)
# "TODO: Aushang ändern   Wer: Tobi   Bis: 30.4.": who and when as fields on the task's line
_FIELDS = re.compile(r"\s(?:%s)\s*:\s*(?P<who>.+?)\s+(?:%s)\s*:\s*(?P<due>.+?)\s*$"
                     % ("|".join(TASK_FIELD_WHO), "|".join(TASK_FIELD_DUE)), re.IGNORECASE)
# "Kassenschublade klemmt → Tobi guckt", "Lüfter klackert -> lkm schaut drauf" (a listed handle, see _credible)
_ARROW_TASK = re.compile(r"(?:→|->)\s*(?P<who>[A-ZÄÖÜ@a-zäöü0-9][\w.@-]*)\s+(?P<rest>[a-zäöüß]{2,}(?:t|et)\b.*)$")
_CHECKBOX = re.compile(r"^\s*\[(?P<done>[ xX✓✔]?)\]\s*")
# "Helferliste: wer macht? → Greta": the question who does it, answered
_WHO_DOES = re.compile(WHO_DOES + r"[^?]{0,40}\?\s*(?:→|->|=>|-->)\s*\S")
_RESPONSIBLE_LABEL = re.compile(r"\b(?:Verantwortlich|Zuständig|Wer|Erledigung durch)\s*:\s*(?P<who>[^;.]+)", re.IGNORECASE)
_STRONG_VERBS = "|".join(dict(ACTION_PATTERNS)[key] for key in ("action.kuemmern", "action.verb_present"))
_VERB = re.compile(_STRONG_VERBS)
_AGENT_WHO = rf"(?:{_TITLE}?{_NAME}|{_BODY})"
# "Pressearbeit wird an Hernani und Christine übertragen": a resolution that hands someone a task
_HANDED_TO = re.compile(rf"\b(?:wird|werden|wurde|wurden)\b.{{0,60}}?\ban\s+(?P<who>{_AGENT_WHO}(?:\s*(?:,|und|&)\s*{_AGENT_WHO})*)\s.{{0,60}}\b(?:übertragen|uebertragen|delegiert|abgegeben)\b")
_AGENT = re.compile(rf"\b(?:vom|von der|von|durch (?:den|die|das))\s+(?P<who>{_AGENT_WHO}(?:\s+(?:und|&)\s+(?:(?:dem|der|den)\s+)?{_AGENT_WHO})*)\s+(?:[\w-]+\s+){{0,6}}?[a-zäöü]\w*(?:t|en)\s+(?:(?:und|oder)\s+.{{0,60}}?)?(?:werden|wird)\b")
# "... werden noch durch die Mitgliederorganisationen definiert": the agent after the auxiliary
_AGENT_LATE = re.compile(rf"\b(?:wird|werden)\b.{{0,60}}?\b(?:vom|von der|von|durch(?:\s+(?:den|die|das))?)\s+(?P<who>{_AGENT_WHO}(?:\s+(?:und|&)\s+(?:(?:dem|der|den)\s+)?{_AGENT_WHO})*)\s+(?:[\w.-]+\s+){{0,5}}?(?:(?:ge|be|ver|er|ent|zer)[a-zäöüß]{{3,}}(?:t|en)|[a-zäöüß]+iert|[a-zäöüß]+ge[a-zäöüß]{{3,}}(?:t|en))\s*[.!]?$")
# "Die Kassenprüfung durch Benedetti und Hafermann muss ... stattfinden"
_BY_PEOPLE = re.compile(rf"\bdurch\s+(?P<who>{_TITLE}?{_NAME}(?:\s*(?:,|und|&)\s*{_TITLE}?{_NAME})*)")
_AGENT_FIRST = re.compile(rf"^(?:Durch\s+(?:den|die|das)|Vom|Von\s+(?:der|den)?)\s*(?P<who>{_AGENT_WHO}(?:\s+(?:und|&)\s+{_AGENT_WHO})*)\s+(?:wird|werden)\b.{{0,100}}\b(?:ge[a-zäöüß]{{3,}}(?:t|en)|[a-zäöüß]+iert|[a-zäöüß]+ge[a-zäöüß]{{3,}}(?:t|en))\b")
_PERSON_LABEL = re.compile(r"^(?:Auftrag an\s+)?(?P<who>[\w@.'-]+(?:\s*(?:und|&|\+)\s*[\w@.'-]+)?)\s*:\s*(?P<task>\S.*)$", re.IGNORECASE)
# "Tobias kümmert sich zusammen mit Emre um das Backup": the partner does it too
_TOGETHER = re.compile(rf"{TOGETHER_WITH}(?P<who>{_TITLE}?{_NAME})")
# "Vorstand (Deniz) verschickt …", "Die AG Handyregel (Frau Fröhlich, Herr Szymanski) erarbeitet …"
_MEMBERS = re.compile(r"^(?P<head>\s*(?:(?:[Dd]ie|[Dd]er|[Dd]as)\s+)?[A-ZÄÖÜ@][\w.@-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?)\s*\((?P<members>[^()]{2,80})\)(?=\s+[a-zäöü])")
# "Übergabe der Belege", "Anmeldung beim Ordnungsamt": a deed named as a noun
_DEED_NOUN = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]*(?:%s)\b" % "|".join(DEED_NOUN_ENDINGS))
# "Mobile Ansicht fixen (#57) - Ilyas & Jonas": listed people after a dash at the end
_DASH_NAMES = re.compile(r"\s[-–]\s+(?P<who>[A-ZÄÖÜa-zäöü@][\w.@-]*(?:\s*(?:,|und|&|\+)\s*[A-ZÄÖÜa-zäöü@][\w.@-]*)*)"
                         rf"(?:\s*,?\s+{DEADLINE_LEADS}\s+[^,;]{{1,30}}?)?\s*\.?$")
# "… eingetragen sein -> macht Jule": the arrow, a verb of taking it on, the doer
_ARROW_DOER = re.compile(r"(?:→|->)\s*(?:%s)(?:\s+das)?\s+" % "|".join(TAKES_ON_VERBS) + r"(?P<who>[A-ZÄÖÜ@][\w.@-]*(?:\s*(?:,|und|&|\+)\s*[A-ZÄÖÜ@][\w.@-]*)*)\s*\.?$")
# a finite verb after a listed subject; "updated", "fixed" as minutes written in Denglisch have them
_VERB_LIKE = re.compile(r"^(?!(?:und|oder|hatte|hatten|wurde|wurden|nicht|auch|noch|als|%s)\b)(?:[a-zäöüß]+(?:t|en|ert|elt)|[a-z]{3,}ed|wird|werden)\b" % "|".join(REPORT_VERBS))
_PREDICATE = re.compile(r"\b[a-zäöüß]{3,}(?:en|ern|eln|t)\b")
_STATEMENT = re.compile(r"\b(?:ist|sind|war|waren|hat|haben|hatte|gibt|gab)\b")
_TASK_LIST = re.compile("|".join(TASK_LIST_CUES), re.IGNORECASE)
_TASK_REVIEW = re.compile("|".join(TASK_REVIEW_CUES), re.IGNORECASE)
_STATUS_PART = re.compile(r"\s[–-]\s|:\s")  # "[ ] item – status", "[ ] item: status"
_REPORT = re.compile(r"^(?:%s)\b|%s" % ("|".join(REPORT_VERBS), "|".join(REPORT_PHRASES)))
# "Den Getränkestand organisieren Fr. Krämer und Hr. Wendt", "Material bringt die Koordinierungsstelle mit"
_INVERTED_VERBS = "|".join(INVERTED_TASK_VERBS)
# (listed handles in small letters too: "Glühmate besorgt ente", checked by _credible)
_INVERTED = re.compile(rf"^(?:[\wÄÖÜäöüß.-]+\s+){{1,10}}(?:{_INVERTED_VERBS})\s+(?P<who>(?:{_TITLE}?{_NAME}|{_BODY}|@?[a-zäöü][\w-]+)(?:\s*(?:,|und|&|\+)\s*(?:{_TITLE}?{_NAME}|{_BODY}|@?[a-zäöü][\w-]+))*)")
# "Mietvertrag unterschreibt Svenja für die Koop", "…, fragt Marlene.": any verb before a listed doer
_INVERTED_LISTED = re.compile(rf"^(?:[\wÄÖÜäöüß.-]+\s+){{1,10}}?(?!(?:{'|'.join(REPORT_VERBS + STATE_VERBS)})\b)[a-zäöüß]{{3,}}t\s+"
                              rf"(?P<who>{_TITLE}?{_NAME}(?:\s*(?:und|&|\+)\s*{_TITLE}?{_NAME})*)(?=\s|[.,!]|$)"
                              rf"|,\s+(?!(?:{'|'.join(REPORT_VERBS + STATE_VERBS)})\b)[a-zäöüß]{{3,}}t\s+(?P<last>{_TITLE}?{_NAME})\s*[.!]?$")
_CLOCK = re.compile(r"\bum\s+\d{1,2}(?:[.:]\d{2})?\s*Uhr\b")
_INNER_BRACKET = re.compile(r"\((?P<who>[A-ZÄÖÜ@][\w.@-]+(?:\s*(?:,|und|&)\s*[A-ZÄÖÜ@][\w.@-]+)*)\)")
# "Frau Niermann ist im Urlaub, Leon spricht mit dem Hausmeister": a person's task after a comma
_INNER_SUBJECT = re.compile(rf",\s+(?P<who>{_TITLE}?{_NAME}(?:\s*(?:und|&|\+)\s*{_TITLE}?{_NAME})*)\s+(?:{'|'.join(CLAUSE_TASK_VERBS)})\b")
# "Kassenbox und Wechselgeld: Merve."
_TASK_THEN_NAME = re.compile(rf"^(?P<task>[^:\d]{{3,60}}):\s*(?P<who>{_TITLE}?{_NAME}(?:\s*(?:,|und|&)\s*{_TITLE}?{_NAME})*)"
                             rf"(?:\s*,?\s+{DEADLINE_LEADS}\s+[^,;]{{1,30}}?)?\s*\.?$")  # "Nextcloud-Umzug: Emre, bis KW 48"
_ROLE_LABELS = {w for words in ROLE_LABELS.values() for w in words} | set(OTHER_ROLES) | {
    "vorsitzender", "vorsitzende", "stellv. vorsitzender", "stellv. vorsitzende", "kassenwart"}
# Verbs that only a person or body does: their subject is named even when nobody lists it.
_STRONG_SUBJECT = re.compile(r"(?:%s)\b" % "|".join(PERSON_ONLY_VERBS))
_ARTICLES = set(ARTICLES)
_PRONOUNS = set(PRONOUNS)
# Cues that make a task without a named subject ("... muss gestellt werden").
# "Vita des Vorstands auf der Website veröffentlichen": up to eight words, no finite verb,
# ending in a to-do infinitive
_INFINITIVE_TODO = re.compile(r"^(?!(?:sie|er|wir|ich|man|es)\b)(?!.*\bzu\s+\w+(?:en|ln|rn)\b)(?!.*\w+zu\w+(?:en|ln|rn)\b)(?!.*\b(?:%s)\b)(?:\S+\s+){1,7}(?:[a-zäöü]+)?(?:%s)\s*[.!]?$" % (
    "|".join(FINITE_VERBS), "|".join(TODO_INFINITIVES)))
_SUBORDINATE = re.compile(r",\s*(?=(?:%s)\b)" % "|".join(SUBORDINATORS))
# a present-tense verb right after an opening date ("am 21.03. gibt Leon ..."), not a report
_DATED_VERB = re.compile(r"\s*(?!(?:%s)\b)[a-zäöüß]{2,}t\s+[A-ZÄÖÜ]" % "|".join(REPORT_VERBS))
# "Der Vorstand migriert ...": a body's present deed (the third person of a verb, no report verb)
_BODY_DEED = re.compile(r"(?!(?:%s)\b)[a-zäöüß]{3,}(?:t|iert)\b(?!.*\b(?:wurde|wurden|hat|hatte)\b)" % "|".join(REPORT_VERBS + STATE_VERBS))
_PLURAL_VERB = re.compile(r"[a-zäöüß]+en\b")
_FULL_NAMES = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\w-]+(?:\s*(?:,|und|&)\s*[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\w-]+)+")
# "Lindenblatt Sommerausgabe: AD sammelt Beiträge": a topic before the task
_TOPIC = re.compile(r"^(?P<topic>[^:?!.]{2,40}):\s+(?P<rest>[A-ZÄÖÜ@].+)$")
_TODO_END = re.compile(r"\b(?:%s)\s*[.!]?$|\b[a-zäöüß]{3,}(?:en|ern|eln)\s*[.!]?$" % "|".join(TODO_INFINITIVES))
# "Leon wird sich informieren": a person's future deed
_WILL_DO = re.compile(r"(?:wird|werden)\s+(?:sich\s+)?(?:\S+\s+){0,5}(?!sein\b|werden\b|stattfinden\b|geben\b)[a-zäöüß]{3,}en\s*(?:[.!]?$|,\s*(?:ob|dass|wie|wann|wer|was|welche\w*)\b)")
# "flo räumt den Kühlschrank aus", "kato und memo machen einen Termin aus": listed handles, then a verb
_LOWER_SUBJECT = re.compile(r"^(?P<who>@?[a-zäöü0-9][\w-]+(?:\s*(?:,|und|&|\+)\s*@?[a-zäöü0-9][\w-]+)*)\s+(?P<rest>\S.*)$")
# "Die Liste ist veraltet, mika aktualisiert sie": a listed nickname after a comma, then a verb
_LOWER_INNER = re.compile(r",\s+(?P<who>@?[a-zäöü][\w-]+)\s+(?P<rest>[a-zäöüß]+(?:t|et)\b.*)$")
# "erklärt sich bereit", "sagt zu": a report verb that makes a promise, so a task
_PROMISE = re.compile(PROMISES)
# "Frau Vogt wurde gebeten, …", "Der Vorstand wird beauftragt, …": charged with a task by the meeting
_ASKED = re.compile("^" + ASKED_TO)
# "Es wurde vereinbart, dass Herr Kreuzer bis Ende des Monats … einholt"
_AGREED = re.compile(AGREED_THAT + rf"(?P<who>{_TITLE}+{_NAME}(?:\s+(?:und|&)\s+{_TITLE}+{_NAME})*)\s+(?=.{{0,120}}{DEADLINE_WORDS})")
# Decisions read off the grammar alone ("... werden ... abgelegt"); a named doer makes them tasks.
_ADJECTIVE_BEFORE = re.compile(r"^(?:%s)[nrs]?\s+(?=[A-ZÄÖÜ])" % "|".join(BODY_ADJECTIVES))
_MODAL_VERB = re.compile(r"\b(?:kann|können|muss|müssen|soll|sollen|wird|werden)\b")  # "… können entnommen werden"
_PASSIVE_END = re.compile(r"\b(?:soll|sollen|muss|müssen|kann|können|wird|werden)\b.*\bwerden\s*[.!]?$")
_WEAK_DECISIONS = ("decision.arrangement", "decision.standing_rule")
_OPENING_CUES = ("action.we_must", "action.can_now")
_WEAK_CUES = ("action.kuemmern", "action.planned", "action.need", "action.future", "action.we_must", "action.can_now")


if not Doc.has_extension("action"):
    Doc.set_extension("action", default=None)
    Doc.set_extension("named", default=None)


def classify_action(text: str, decision: str | None = None, people: frozenset[str] = frozenset()) -> str | None:
    """The id of the rule that makes ``text`` a task, or None.

    ``people`` holds lower-case name parts of the document's attendees: a
    clause that opens with one of them and a verb is a task ("Olaf organisiert").
    """
    checkbox = _CHECKBOX.match(text)
    if checkbox:  # "[ ] Flyer drucken" is work to do, "[x] Flyer nachgedruckt" work done
        return None if checkbox.group("done").strip() else "action.checkbox"
    members = _members(text)
    if members is not None:
        return classify_action(members[0], decision, people)
    if _LABELLED.match(text) or _RESPONSIBLE_LABEL.search(text) or _FIELDS.search(text):
        return "action.label"
    if _WHO_DOES.search(text):
        return "action.who_answer"  # "Helferliste: wer macht? → Greta"
    if _person_label(text, people):
        return "action.person_label"
    subject = _SUBJECT.match(text)
    if _charged(text, people):
        return "action.asked"  # "Frau Vogt wurde gebeten, …", "Herr Yıldız übernahm es, …"
    inner = _LOWER_INNER.search(text)
    if inner and inner.group("who").lower().lstrip("@") in people and not _REPORT.match(inner.group("rest")):
        return "action.known_subject"  # "Die Liste ist veraltet, mika aktualisiert sie": a listed nickname does it
    if _AGREED.search(text):
        return "action.agreed"
    if re.match(r"(?:Er|Sie)\s+", text) and _WILL_DO.match(text.split(None, 1)[1]):
        return "action.pronoun_future"  # "Sie wird bei der Jugendfeuerwehr nachfragen, ob …": who comes from before
    if first_match(_BLOCKERS, text) is not None:
        return None
    arrow = _ARROW.search(text)
    if arrow and (_looks_like_who(arrow.group("who")) or _handles(arrow.group("who"), people)) or _ARROW_DOER.search(text):
        return "action.arrow"
    handler = _ARROW_TASK.search(text)
    if handler and _credible(handler.group("who"), people) and not _REPORT.match(handler.group("rest")):
        return "action.arrow"  # "Kassenschublade klemmt → Tobi guckt"
    handed = _HANDED_TO.search(text)
    if handed and _looks_like_who(handed.group("who")):
        return "action.handed_over"  # a decision and a task at once
    if decision is not None:
        return None
    if _bracket_person(text, people):
        return "action.bracket_name"
    if _dash_person(text, people):
        return "action.dash_name"
    inner = _INNER_BRACKET.search(text)
    if inner and people and _known(inner.group("who"), people) and _PREDICATE.search(text[: inner.start()]):
        return "action.bracket_name"
    inner = _INNER_SUBJECT.search(text)
    if inner and _credible(inner.group("who"), people, strict=True):
        return "action.inner_subject"
    lower = _LOWER_SUBJECT.match(text)
    if lower and _handles(lower.group("who"), people) and _VERB_LIKE.match(lower.group("rest")):
        return "action.known_subject"  # "yannik präsentiert Freitag das Poster": chat-style minutes
    if subject and _REPORT.match(subject.group("rest")) and re.match(r"\w+\s*,", subject.group("rest")):
        return None  # "Greta findet, wir sollten …": an opinion, also about what we should do
    early = next((p.id for p in _PATTERNS if p.id in _OPENING_CUES and p.regex.search(text)), None)
    if early:
        return early  # "Wir sollten ...", "Nun kann ... werden": the opening word is no subject
    if subject and _REPORT.match(subject.group("rest")) and not _announced(text) and not _PROMISE.search(text):
        return None
    if subject and _VERB.match(subject.group("rest")) and _looks_like_who(subject.group("who")) and (
            not _PLURAL_VERB.match(subject.group("rest")) or _credible(subject.group("who"), people, strict=True)
            or re.search(r"\s(?:und|&|\+)\s", subject.group("who"))):
        return "action.subject_verb"  # a plural verb may be a to-do infinitive ("Dinge kaufen"): known doers
    if subject and _known(subject.group("who"), people) and _VERB_LIKE.match(subject.group("rest")):
        return "action.known_subject"
    if subject and _FULL_NAMES.fullmatch(subject.group("who")) and _PLURAL_VERB.match(subject.group("rest")) \
            and not _REPORT.match(subject.group("rest")):
        return "action.subject_verb"  # "Mara Lindqvist und Tobias Reinhardt stellen den Antrag": two people named in full
    if subject and re.fullmatch(_BODY, subject.group("who")) and re.match(r"(?:wird|werden)\b.*\b\w+en\s*[.!]?$", subject.group("rest")):
        return "action.body_will"  # "Der Vorstand wird dies in seiner nächsten Sitzung beraten."
    if subject and _is_body(subject.group("who")) and _BODY_DEED.match(subject.group("rest")):
        return "action.body_does"  # "Der Vorstand migriert daher auf den neuen Server."
    agent = _AGENT_FIRST.match(text)
    if agent and _credible(agent.group("who"), people, strict=True):
        return "action.agent_first"  # "Durch den Vorstand werden Flyer in Auftrag gegeben."
    for regex, rule in ((_INVERTED, "action.inverted_subject"), (_TASK_THEN_NAME, "action.task_then_name")):
        m = regex.search(text)
        if m and _credible(m.group("who"), people, strict=True) and not _REPORT.match(text[m.end():].strip()) \
                and not ("task" in m.groupdict() and _is_role_label(m.group("task"))):
            return rule
    if people and _inverted_listed(text, people):
        return "action.inverted_subject"
    weak = next((p.id for p in _PATTERNS if p.id in _WEAK_CUES and p.regex.search(text)), None)
    topic = _TOPIC.match(text)
    if weak is None and topic and not _PREDICATE.search(topic.group("topic")):
        return classify_action(topic.group("rest"), None, people)  # "Kinderschminken: HB fragt bei der Kita"
    return weak


def _charged(text: str, people: frozenset[str]) -> str | None:
    """Who was asked to do something or promised it ("Frau Vogt wurde gebeten, …", "wendel hat angeboten, … zu")."""
    subject = _SUBJECT.match(text)
    if not (subject and _credible(subject.group("who"), people)):
        subject = _LOWER_SUBJECT.match(text)
        if not (subject and _handles(subject.group("who"), people)):
            return None
    rest = subject.group("rest")
    return subject.group("who") if _ASKED.match(rest) or _PROMISE.match(rest) else None


def _inverted_listed(text: str, people: frozenset[str]) -> str | None:
    """The listed doer after the verb of a task written object first ("Die Versicherung klärt Rüdiger noch")."""
    if _CLOCK.search(text):
        return None  # "Zur Eröffnung um 13.30 Uhr segnet Pfarrer B. die Räume": the programme of an event
    m = _INVERTED_LISTED.match(text) or _INVERTED_LISTED.search(text)
    who = m and (m.group("who") or m.group("last"))
    return who if who and _known(who, people) else None


def _is_body(who: str) -> bool:
    return bool(re.fullmatch(_BODY, re.sub(r"^(?:Der|Die|Das|Den)\s+", "", who.strip())))


def _is_role_label(text: str) -> bool:
    return text.strip().lower() in _ROLE_LABELS


def _announced(text: str) -> bool:
    """"stellt die Idee in der nächsten Sitzung vor": a report promised for later is a task."""
    # not a date inside what is presented ("... vor: Angebot A, im April") or stated ("stellt fest, dass … am 12.03. …")
    head = re.split(r"[:(]|,\s*(?:dass|ob|wie)\b", text, maxsplit=1)[0]
    expression = temporal.find_deadline(head)
    return expression is not None and expression.kind != "vague"


def classify_in_context(text: str, context: tuple[str, ...]) -> str | None:
    """Items of a task list, and clauses with a firm deadline, are tasks even without a cue verb."""
    if first_match(_BLOCKERS, text) is not None:
        return None
    in_task_list = any(_TASK_LIST.search(parent) for parent in context[:2]) \
        and not any(_TASK_REVIEW.search(parent) for parent in context)
    short_item = len(text.split()) <= 4 and not re.search(r"\d", text) and bool(context) and bool(_TASK_LIST.search(context[0]))
    if in_task_list and len(text.split()) <= 25 and not _STATEMENT.search(re.sub(r"\([^()]*\)", " ", text)) \
            and (_PREDICATE.search(text) or short_item) and not text.rstrip().endswith(":"):
        return "action.task_list"
    if _INFINITIVE_TODO.match(_SUBORDINATE.split(text, maxsplit=1)[0].rstrip(" ;")):
        # "Mit Fr. Möbbeck besprechen, wie es vorangeht": the to-do before what it is about
        return "action.infinitive_todo"
    expression = temporal.find_deadline(text)
    subject = _SUBJECT.match(text)
    if subject and _REPORT.match(subject.group("rest")) and re.fullmatch(rf"{_TITLE}?[A-ZÄÖÜ]\S*\s+[A-ZÄÖÜ]\S*", subject.group("who")):
        return None  # "Konstantin Wendel trägt den Kassenbericht vor: Kontostand 01.01.2023 …"
    if expression is not None and expression.kind != "vague":
        if re.search(r"\b(?:werden|wird|soll|sollen|muss|müssen|kann)\b", text):
            return "action.dated"
        if expression.start == 0 and _DATED_VERB.match(text[expression.end:]):
            return "action.dated"  # "am 21.03. gibt Leon eine erste Einweisung": fixed for a day ahead
    return None


def _bracket_person(text: str, people: frozenset[str]) -> list[str]:
    """"Impressum aktualisieren (SJ)": a task followed by initials or a listed person in brackets."""
    m = _BRACKET.search(text)
    if not m or len(text[: m.start()].split()) < 2:
        return []
    initials = re.fullmatch(r"[A-ZÄÖÜ]{2,3}(?:\s*(?:,|/|&|und)\s*[A-ZÄÖÜ]{2,3})*", m.group("who").strip())
    if not initials and not (_PREDICATE.search(text[: m.start()]) or _STATEMENT.search(text[: m.start()])):
        return []  # "Meilensteine 2024 (Tim)" names who reports on a topic, not who does a task
    names = split_people(m.group("who")) or [n for n in re.split(r"\s*(?:,|/|\bund\b|&|\+)\s*", m.group("who").strip())
                                              if n.lower().lstrip("@") in people]  # "(jowe)": a listed nickname
    ok = names and all(re.fullmatch(r"[A-ZÄÖÜ]{2,3}", n) or n.lower().lstrip("@") in people for n in names)
    return names if ok else []


def _members(text: str) -> tuple[str, list[str]] | None:
    """The clause without the members named after its subject, and those members ("Vorstand (Deniz)")."""
    m = _MEMBERS.match(text)
    if not m:
        return None
    names = split_people(m.group("members"))
    if not names or not all(len(n.split()) <= 2 and not re.search(r"\d", n) for n in names):
        # "Marlene (heute nicht da) wird gebeten, …": a note on the subject, no members
        return (m.group("head") + text[m.end():], []) if m.group("members")[:1].islower() else None
    return m.group("head") + text[m.end():], names


def is_short_form(word: str) -> bool:
    """"Ferdi", "Tobi", "Jo", "Flo": how a first name is shortened among friends (not "Ob", "So", "OS")."""
    return 2 <= len(word) and (len(word) <= 3 or word.endswith("i")) and word.isalpha() \
        and word.lower() not in _FUNCTION_WORDS and not word.isupper()


def _dash_person(text: str, people: frozenset[str]) -> list[str]:
    """"Mobile Ansicht fixen - Ilyas & Jonas": only listed people or initials, after a task with a verb."""
    m = _DASH_NAMES.search(text)
    if not m or len(text[: m.start()].split()) < 2 or not _PREDICATE.search(text[: m.start()]):
        return []
    names = [n for n in re.split(r"\s*(?:,|\bund\b|&|\+)\s*", m.group("who").strip()) if n]
    ok = names and all(re.fullmatch(r"[A-ZÄÖÜ]{2,3}", n) or _listed(n.lower().lstrip("@"), people) for n in names)
    return names if ok else []


def _known(who: str, people: frozenset[str]) -> bool:
    names = split_people(who)
    return bool(people) and bool(names) and all(_listed(w.lower().strip(".,").lstrip("@"), people)
                                                for n in names for w in n.split()[-1:])


@lru_cache(maxsize=16384)
def _listed(word: str, people: frozenset[str]) -> bool:
    """A listed name, the short form of a listed handle ("Mara" for @maralin) or a pet name of one listed
    first name ("Ferdi", "Tobi", "Jo"); "Leon" may be another person than Leonard."""
    if word in people or (len(word) >= 4 and any(p.startswith("@" + word) for p in people)):
        return True
    return is_short_form(word) and len([p for p in people if p.startswith(word) and len(p) > len(word)]) == 1


def _person_label(text: str, people: frozenset[str]) -> list[str]:
    """"Philip: Plakate drucken", "Auftrag an Yannik: ..." name a known person before a colon."""
    m = _PERSON_LABEL.match(text)
    if not m or not people:
        return []
    names = split_people(m.group("who")) or [m.group("who")]
    if not all(n.lower().lstrip("@") in people for n in names) or not _assigned(m.group("task"), text):
        return []
    return names


def _assigned(task: str, text: str) -> bool:
    """"Philip: Stichsäge", "Leon: Plakate drucken" hand out work; "MN: Kassenstand 30.04. = 1.412 €"
    and "JF: Pflanzaktion super gelaufen" report. Short nouns and to-do infinitives are work."""
    task = re.sub(r"\s*\([^()]*\)", "", task).strip()  # "Migrationsplan ins Wiki (welcher Dienst, …)"
    deadline = temporal.find_deadline(task)
    at = task.rfind(deadline.text) if deadline is not None else -1
    if at > 0 and not task[at + len(deadline.text):].strip(" .!"):
        task = task[:at].rstrip(" ,")  # "Mühle anschreiben bis Fr": the work before its date
    if text.lower().startswith("auftrag") or (_TODO_END.search(task) and "," not in task and len(task.split()) <= 8
                                              and not _MODAL_VERB.search(task)):
        return True
    if at > 0 and deadline.kind != "vague" and _DEED_NOUN.match(task) and len(task.split()) <= 6 and "=" not in task:
        return True  # "Mara + Kosta: Übergabe der Belege am 02.04.": a deed as a noun, with its day
    return len(task.split()) <= 3 and not re.search(r"[\d?!=]", task) and not _PREDICATE.search(task)


def task_fields(text: str) -> tuple[str, str, str] | None:
    """"TODO: Aushang ändern   Wer: Tobi   Bis: 30.4." -> ("Aushang ändern", "Tobi", "30.4."), else None."""
    m = _FIELDS.search(text)
    if m is None:
        return None
    task = _LABELLED.match(text[: m.start()])
    return (task.group("task") if task else text[: m.start()]).strip(), m.group("who").strip(), m.group("due").strip()


def named_people(text: str, people: frozenset[str] = frozenset()) -> list[str]:
    """Who a task names as responsible, as written (titles dropped); "zusammen mit Emre" adds a helper."""
    named = _named_people(text, people)
    partner = _TOGETHER.search(text)
    if named and partner and _credible(partner.group("who"), people, strict=True):
        named += [n for n in split_people(partner.group("who")) if n not in named]
    return named


def _named_people(text: str, people: frozenset[str] = frozenset()) -> list[str]:
    fields = task_fields(text)
    if fields is not None:
        return split_people(fields[1])
    checkbox = _CHECKBOX.match(text)
    if checkbox:
        text = text[checkbox.end():]  # "[ ] @emre: Mühle anschreiben"
    if _person_label(text, people):
        return _person_label(text, people)
    members = _members(text)
    if members is not None:
        named = named_people(members[0], people)
        return named + [m for m in members[1] if m not in named]
    if _bracket_person(text, people):
        subject = _SUBJECT.match(text)
        body = split_people(subject.group("who")) if subject and _is_body(subject.group("who")) else []
        return body + _bracket_person(text, people)  # "FöV übernimmt den Getränkestand (BK)": the club and its person
    if _dash_person(text, people):
        return _dash_person(text, people)
    for regex, group in ((_LABELLED, "who"), (_RESPONSIBLE_LABEL, "who"), (_ARROW, "who"), (_ARROW_DOER, "who"), (_HANDED_TO, "who"),
                         (_AGREED, "who"), (_ARROW_TASK, "who")):
        m = regex.search(text)
        who = _label_who(m.group(group)) if m and m.group(group) and regex is _RESPONSIBLE_LABEL else m and m.group(group)
        if who and (_looks_like_who(who) or regex in (_ARROW, _ARROW_TASK) and _handles(who, people)):
            return split_people(who, people) + (_more_after_arrow(m.group("more")) if regex is _ARROW else [])
    subject = _SUBJECT.match(text)
    charged = _charged(text, people)
    if charged:
        return split_people(charged, people)
    verb_after_subject = subject is not None and (
        _VERB.match(subject.group("rest")) or _known(subject.group("who"), people)
        or _WILL_DO.match(subject.group("rest")))
    if verb_after_subject and _credible(subject.group("who"), people, strict=True):
        return split_people(subject.group("who"))
    if subject and _FULL_NAMES.fullmatch(subject.group("who")) and _PLURAL_VERB.match(subject.group("rest")):
        return split_people(subject.group("who"))
    lower = _LOWER_SUBJECT.match(text) or _LOWER_INNER.search(text)
    if lower and _handles(lower.group("who"), people) and _VERB_LIKE.match(lower.group("rest")):
        return split_people(lower.group("who"), people)
    if subject and _is_body(subject.group("who")) and _BODY_DEED.match(subject.group("rest")):
        return split_people(subject.group("who"))
    for regex in (_INVERTED, _INNER_SUBJECT, _TASK_THEN_NAME, _AGENT_FIRST, _AGENT, _AGENT_LATE, _INNER_BRACKET, _BY_PEOPLE):
        m = regex.search(text)
        if m and _credible(m.group("who"), people, strict=True):
            return split_people(m.group("who"), people)
    if people and _inverted_listed(text, people):
        return split_people(_inverted_listed(text, people), people)
    if verb_after_subject and (_credible(subject.group("who"), people) or _STRONG_SUBJECT.match(subject.group("rest"))):
        return split_people(subject.group("who"))
    topic = _TOPIC.match(text)
    if topic and not _PREDICATE.search(topic.group("topic")):
        names = _named_people(topic.group("rest"), people)
        return names if all(_credible(n, people, strict=True) for n in names) else []
    return []


def _label_who(who: str) -> str:
    """"Zuständig: Herr Arslan (Lehrerrat) und Ben Albers (SV), bis zum 06.03.": the names, without
    their groups in brackets and the deadline after them."""
    who = re.sub(r"\s*\([^()]*\)", "", who)
    return re.split(rf"\s*,?\s+(?={DEADLINE_LEADS}\b)|\s*,\s*(?=\S*\d)", who)[0].strip()


def _more_after_arrow(more: str | None) -> list[str]:
    """"-> KM, BK, bis Ende Juni": the names after the first, up to the deadline."""
    names: list[str] = []
    for part in (more or "").split(",")[1:]:
        part = part.strip(" .")
        if not _looks_like_who(part) or temporal.find_deadline(part) or len(part.split()) > 3:
            break
        names += split_people(part)
    return names


def _credible(who: str, people: frozenset[str], strict: bool = False) -> bool:
    """A named subject is a person or body we can vouch for: listed, titled, an office, initials.

    Without an attendance list any capitalised name is taken, unless ``strict``.
    """
    who = who.strip()
    if people and who[:1].islower() and _handles(who, people):
        return True  # "ente", "joey und memo": listed handles
    parts = [p for p in re.split(r"\s*(?:,|\bund\b|&)\s*", who) if p]
    if len(parts) > 1:
        return all(_credible(re.sub(r"^(?:dem|den|der|die|das)\s+", "", p), people, strict) for p in parts)
    if not _looks_like_who(who) or who.split()[0].lower() in _PRONOUNS:
        return False
    if who.split()[0].lower() in _ARTICLES and not re.fullmatch(_BODY, who):
        return False  # "Den Getränkestand": a thing, not a person
    if re.match(rf"^{_TITLE}", who) or re.fullmatch(_BODY, who) or re.fullmatch(r"[A-ZÄÖÜ]{2,3}|(?:[A-ZÄÖÜ]\.){2,3}", who):
        return True
    if people:
        return _known(who, people)
    return not strict


def split_people(text: str, people: frozenset[str] = frozenset()) -> list[str]:
    """The names in "Hr. Meier, Fr. Kaya und die AG Finanzen"; listed handles in small letters count too."""
    parts = re.split(r"\s*(?:,|/|\bund\b|&|\+)\s*", text.strip())
    names = [re.sub(rf"^{_TITLE}+", "", p.strip(" .:()"), flags=re.IGNORECASE).strip() for p in parts]
    names = [re.sub(r"^(?:die|der|das|den|dem)\s+", "", n, flags=re.IGNORECASE) for n in names]
    names = [_ADJECTIVE_BEFORE.sub("", n) for n in names]  # "neue Vorstand" is the Vorstand
    return [n for n in names if n and (_looks_like_who(n) or n.lower().lstrip("@") in people) and n.lower() not in _PRONOUNS]


def cell_people(cell: str) -> list[str]:
    """The names in a "Wer" cell of a task table: every part is a name, also "m4x" or "alle"."""
    parts = re.split(r"\s*(?:,|/|\bund\b|&|\+)\s*", re.sub(r"\s*\([^()]*\)", "", cell).strip())
    names = [re.sub(rf"^{_TITLE}+", "", p.strip(" .:"), flags=re.IGNORECASE).strip() for p in parts]
    return [n for n in names if re.search(r"\w", n) and n.lower() not in _PRONOUNS]


def _handles(who: str, people: frozenset[str]) -> bool:
    """"kato und memo", "bene": only listed names, written in small letters as handles are."""
    parts = [p for p in re.split(r"\s*(?:,|\bund\b|&|\+)\s*", who.strip()) if p]
    return bool(parts) and all(p.lower().lstrip("@") in people for p in parts)


def _looks_like_who(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 60 or re.search(r"\d{2}", text):
        return False
    words = re.split(r"\s*(?:,|/|\bund\b|&|\+)\s*|\s+", text)
    return all(w[:1].isupper() or w.startswith("@") or w in ("die", "der", "das", "den", "dem")
               or w.rstrip("nrs") in BODY_ADJECTIVES for w in words if w)


@Language.factory("protokoll_actions")
def make_action_finder(nlp: Language, name: str) -> "ActionFinder":
    return ActionFinder()


class ActionFinder:
    """Marks a clause Doc as a task (``doc._.action`` = rule id) with the people it names."""

    def __call__(self, doc: Doc) -> Doc:
        decision = doc._.decision if Doc.has_extension("decision") else None
        people = doc.user_data.get("people", frozenset())
        text = doc.text
        if decision in _WEAK_DECISIONS and _bracket_person(text, people):
            # "Protokolle werden in Markdown überführt. (SD)": whoever is named does it; a task
            doc._.decision = decision = None
        context = doc.user_data.get("context", ())
        doc._.action = classify_action(text, decision, people) or (
            None if decision else classify_in_context(text, context))
        if doc._.action == "action.checkbox" and any(_TASK_REVIEW.search(parent) for parent in context[:2]) \
                and temporal.find_deadline(_STATUS_PART.split(text)[-1]) is None:
            # "TODO-Status vom letzten Mal:" over "[ ] pit: Kabelkiste – nicht passiert" reports; an item
            # given a new date ("… – Website noch nicht → neu bis Ende März") is set again
            doc._.action = None
        if doc._.action:
            # with a head count only, the doer may be someone no list gives: named as in minutes without a list
            doc._.named = named_people(text, people) or named_people(text, people | recognised_people(doc)) or (
                named_people(text) if doc.user_data.get("few_listed") else [])
        return doc


def named_by_model(text: str, people: frozenset[str], entities: Doc) -> list[str]:
    """Who a task names when the attendance list does not know them ("Johanna Reiß informiert …"
    under a head count): persons the model finds, named in full, as one word it mistakes too
    often ("Lastschriftmandat"). The subject of a passive is no doer ("X soll eingeladen werden")."""
    if _PASSIVE_END.search(text):
        return []
    return named_people(text, people | recognised_people(entities, full_names=True))


def recognised_people(doc: Doc, full_names: bool = False) -> frozenset[str]:
    """Words of persons the statistical model finds, to name who does a task in minutes
    without an attendance list.

    Only naming, not finding tasks, uses them: measured on the dev set, letting the
    model's names decide what is a task cost precision. A blank pipeline finds none.
    """
    return frozenset(w.lower().strip(".,") for e in doc.ents if e.label_ == "PER" and (len(e) > 1 or not full_names)
                     for w in e.text.split())
