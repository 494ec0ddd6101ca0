"""Who a task names: people and bodies as written, listed handles, pet names and initials.

The attendance list of the same minutes is the gazetteer (``people``: lower-case name parts);
without one, capitalised names are taken, and the model's persons where a clause needs them."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from extractor import temporal
from extractor.lang.de.findings import (
    BODY_ADJECTIVES,
    DEADLINE_LEADS,
    EVERYONE,
    PARTIES,
    ROLE_NOTES,
)
from extractor.stages.event_deadlines import find_event_deadline
from extractor.stages.task_grammar import (
    ADJECTIVE_BEFORE,
    ADVERB_WORDS,
    AGENT,
    AGENT_FIRST,
    AGENT_LATE,
    AGREED,
    ARROW,
    ARROW_DOER,
    ARROW_TASK,
    ARTICLE_WORDS,
    ASKED,
    BODY,
    BRACKET_DOER,
    BODY_DEED,
    BODY_WILL,
    BRACKET,
    BY_PEOPLE,
    CHECKBOX,
    EVERYONE_DOES,
    CLOCK,
    DASH_NAMES,
    DEED_NOUN,
    EVENT_TAIL,
    FIELDS,
    FULL_NAMES,
    FUNCTION_WORDS,
    HANDED_TO,
    HELPER,
    INITIALS,
    INNER_BRACKET,
    INNER_SUBJECT,
    INVERTED,
    MODAL_INVERTED,
    NOUN_THEN_NAME,
    INVERTED_LISTED,
    LABELLED,
    LOWER_INNER,
    LOWER_SUBJECT,
    MEMBERS,
    MODAL_VERB,
    PASSIVE_END,
    PERSON_LABEL,
    PLURAL_VERB,
    PREDICATE,
    PROMISE,
    PRONOUN_WORDS,
    REPORT,
    RESPONSIBLE_LABEL,
    ROLE_WORDS,
    STATEMENT,
    STRONG_SUBJECT,
    SUBJECT,
    TASK_THEN_NAME,
    TITLE,
    TODO_END,
    TOGETHER,
    TOPIC,
    VERB,
    VERB_LIKE,
    WILL_DO,
)
_STATE_VERB = re.compile(r"\b(?:hat|haben|ist|sind|war|waren|gibt|wird|werden|kann|können|muss|müssen)\b")
_DUE = re.compile(r"\b(?:bis|spätestens)\s")


def charged(text: str, people: frozenset[str]) -> str | None:
    """Who was asked to do something or promised it ("Frau Vogt wurde gebeten, …", "wendel hat angeboten, … zu")."""
    subject = SUBJECT.match(text)
    if not (subject and credible(subject.group("who"), people)):
        subject = LOWER_SUBJECT.match(text)
        if not (subject and handles(subject.group("who"), people)):
            return None
    rest = subject.group("rest")
    return subject.group("who") if ASKED.match(rest) or PROMISE.match(rest) else None


def inverted_listed(text: str, people: frozenset[str]) -> str | None:
    """The listed doer after the verb of a task written object first ("Die Versicherung klärt Rüdiger noch")."""
    if CLOCK.search(text):
        return None  # "Zur Eröffnung um 13.30 Uhr segnet Pfarrer B. die Räume": the programme of an event
    m = INVERTED_LISTED.match(text) or INVERTED_LISTED.search(text)
    who = m and (m.group("who") or m.group("pair") or m.group("last"))
    if not who:
        return None
    if known(who, people):
        return who
    titled = re.match(rf"{TITLE}\S+", who)  # "bringt Frau Haberzettl Urkunde und Präsent vorbei": the name ends before the things
    return titled.group() if titled and known(titled.group(), people) else None


def is_body(who: str) -> bool:
    return bool(re.fullmatch(BODY, re.sub(r"^(?:Der|Die|Das|Den)\s+", "", who.strip())))


def is_role_label(text: str) -> bool:
    word = text.strip().lower()
    return word in ROLE_WORDS or word.rstrip(".") in ROLE_WORDS  # "Prot.: Daniel"


def bracket_person(text: str, people: frozenset[str]) -> list[str]:
    """"Impressum aktualisieren (SJ)": a task followed by initials or a listed person in brackets."""
    doer = BRACKET_DOER.search(text)
    if doer and len(text[: doer.start()].split()) >= 2 and known(doer.group("who"), people):
        return split_people(doer.group("who"), people)  # "Stockbrot + Knotenstation (Paula organisiert)"
    m = BRACKET.search(text)
    if not m or len(text[: m.start()].split()) < 2:
        return []
    if m.group("who").strip().lower() in EVERYONE and PREDICATE.search(text[: m.start()]):
        return [m.group("who").strip()]  # "Fotos bitte bis Ende der Woche an LP schicken (alle)."
    if text[: m.start()].rstrip().endswith(('"', "“", "”", "«", "»")):
        return []  # '"wir sind doch nur ein Stammtisch" (pit)': who said it
    initials = re.fullmatch(r"[A-ZÄÖÜ]{2,3}(?:\s*(?:,|/|&|und)\s*[A-ZÄÖÜ]{2,3})*", m.group("who").strip())
    if initials and (text[m.end("who"):].strip(" ).;") or m.group("who").strip() in PARTIES):
        return []  # "Ben Albers (SV), bis zum 06.03.": a group after a name, not who does it
    if not initials and not (PREDICATE.search(text[: m.start()]) or STATEMENT.search(text[: m.start()])):
        return []  # "Meilensteine 2024 (Tim)" names who reports on a topic, not who does a task
    names = split_people(m.group("who")) or [n for n in re.split(r"\s*(?:,|/|\bund\b|&|\+)\s*", m.group("who").strip())
                                              if n.lower().lstrip("@") in people]  # "(jowe)": a listed nickname
    ok = names and all(re.fullmatch(r"[A-ZÄÖÜ]{2,3}", n) or n.lower().lstrip("@") in people for n in names)
    return names if ok else []


@dataclass(frozen=True)
class Members:
    """A subject with names in brackets after it: the clause without them, the names, the subject."""

    rest: str
    names: list[str]
    head: str


def members(text: str) -> Members | None:
    """The clause without the members named after its subject, and those members ("Die AG (Fr. Kern, Hr. Ott)")."""
    m = MEMBERS.match(text)
    if not m:
        return None
    names, head = split_people(m.group("members")), m.group("head").strip()
    if m.group("form"):  # "die 7a (hannah) macht plakate": a school form, and who of it does it
        return Members(m.group("members") + text[m.end():], [], head)
    if names and all(n.lower() in ROLE_NOTES for n in names):
        return Members(m.group("head") + text[m.end():], [], head)  # "Tarik (Kasse) bestellt": his office, no members
    if not names or not all(len(n.split()) <= 2 and not re.search(r"\d", n) for n in names):
        # "Marlene (heute nicht da) wird gebeten, …": a note on the subject, no members
        return Members(m.group("head") + text[m.end():], [], head) if m.group("members")[:1].islower() else None
    return Members(m.group("head") + text[m.end():], names, head)


def is_short_form(word: str) -> bool:
    """"Ferdi", "Tobi", "Jo", "Flo": how a first name is shortened among friends (not "Ob", "So", "OS")."""
    return 2 <= len(word) and (len(word) <= 3 or word.endswith("i")) and word.isalpha() \
        and word.lower() not in FUNCTION_WORDS and not word.isupper()


def dash_person(text: str, people: frozenset[str]) -> list[str]:
    """"Mobile Ansicht fixen - Ilyas & Jonas": only listed people or initials, after a task with a verb."""
    m = DASH_NAMES.search(text)
    if not m or len(text[: m.start()].split()) < 2 or not PREDICATE.search(text[: m.start()]):
        return []
    if m.group("when") and temporal.find_deadline(m.group("when")) is None and find_event_deadline(m.group("when")) is None:
        return []  # what follows the second dash is no day ("– Yvonne – bis 20.06.", "– Jonas – KW 18")
    names = [n for n in re.split(r"\s*(?:,|\bund\b|&|\+)\s*", m.group("who").strip()) if n]
    ok = names and all(re.fullmatch(r"[A-ZÄÖÜ]{2,3}", n) or _listed(n.lower().lstrip("@"), people) for n in names)
    return names if ok else []


def known(who: str, people: frozenset[str]) -> bool:
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


def pair_with_listed(who: str, people: frozenset[str]) -> bool:
    """"Miriam und Fritzi": two people, one of them listed, the other called by a first name."""
    parts = [p.strip() for p in re.split(r"\s(?:und|&|\+)\s", who)]
    return bool(people) and len(parts) == 2 and any(known(p, people) for p in parts) \
        and all(known(p, people) or re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]{2,}", p) for p in parts)


def person_label(text: str, people: frozenset[str], is_task: bool = False) -> list[str]:
    """"Philip: Plakate drucken", "Auftrag an Yannik: ..." name a known person before a colon.

    ``is_task``: the clause is known to set work ("[ ] @carla: restliche 2 Router"), whatever follows.
    """
    m = PERSON_LABEL.match(text)
    if not m or not people:
        return []
    names = split_people(m.group("who"), people) or [m.group("who")]
    if not all(n.lower().lstrip("@") in people or n.lower() in EVERYONE for n in names) \
            or not (is_task or _assigned(m.group("task"), text)):
        return []
    return names


def _assigned(task: str, text: str) -> bool:
    """"Philip: Stichsäge", "Leon: Plakate drucken" hand out work; "MN: Kassenstand 30.04. = 1.412 €"
    and "JF: Pflanzaktion super gelaufen" report. Short nouns and to-do infinitives are work."""
    task = re.sub(r"\s*\([^()]*\)", "", task).strip()  # "Migrationsplan ins Wiki (welcher Dienst, …)"
    at, length, firm = _deadline_in(task)
    if at > 0 and EVENT_TAIL.fullmatch(task[at + length:].strip(" .!")):
        task = task[:at].rstrip(" ,")  # "Mühle anschreiben bis Fr": the work before its date
    elif at == 0:
        task = task[length:].strip(" ,.")  # "bis Do. Mail an Bib mit Themenliste": the work after it
    head, _, tail = task.partition(",")
    if text.lower().startswith("auftrag") or (TODO_END.search(head) and len(head.split()) <= 8 and len(tail.split()) <= 3
                                              and not PREDICATE.search(tail) and not MODAL_VERB.search(task)):
        return True  # "Infos zum Konto sammeln, kein Termin": a to-do and a short note
    dated = at >= 0 and firm and len(task.split()) <= 6 and "=" not in task
    if dated and (DEED_NOUN.match(task) or (at == 0 and task[:1].isupper() and not re.search(r"[!?=]", task)
                                            and not PREDICATE.search(task))):
        return True  # "Mara + Kosta: Übergabe der Belege am 02.04.", "merle: bis Do. Mail an die Bib": a deed with its day
    due = temporal.find_deadline(text)
    if due is not None and re.match(r"(?:bis|spätestens)\b", due.text, re.IGNORECASE) and firm and not re.search(r"[=!?]", task) \
            and len(task.split()) <= 10 and not PREDICATE.search(task) and not _STATE_VERB.search(task):
        return True  # "KY: Gutachten an alle BR-Mitglieder per Mail bis Fr.": work with its "bis"
    return len(task.split()) <= 3 and not re.search(r"[\d?!=]", task) and not PREDICATE.search(task)


def _deadline_in(task: str) -> tuple[int, int, bool]:
    """Where a deadline stands in ``task``, its length, and whether it gives a day: a date
    ("bis Fr") or an event's lead time ("bis 2 Wochen vor dem Workshop"); (-1, 0, False) if none."""
    deadline = temporal.find_deadline(task)
    if deadline is not None:
        return task.rfind(deadline.text), len(deadline.text), deadline.kind != "vague"
    event = find_event_deadline(task)
    return (event.start, event.end - event.start, True) if event is not None else (-1, 0, False)


def task_fields(text: str) -> tuple[str, str, str] | None:
    """"TODO: Aushang ändern   Wer: Tobi   Bis: 30.4." -> ("Aushang ändern", "Tobi", "30.4."), else None."""
    m = FIELDS.search(text)
    if m is None:
        return None
    task = LABELLED.match(text[: m.start()])
    return (task.group("task") if task else text[: m.start()]).strip(), m.group("who").strip(), m.group("due").strip()


_LOWER_PARTNER = re.compile(r"(?:und|&|\+)\s+([a-zäöüß][\w-]*)\s+[a-zäöüß]{3,}(?:en|n)\b")


def named_people(text: str, people: frozenset[str] = frozenset()) -> list[str]:
    """Who a task names as responsible, as written (titles dropped); "zusammen mit Emre" adds a helper."""
    named = _named_people(text, people)
    partner = TOGETHER.search(text)
    if named and partner and credible(partner.group("who"), people, strict=True):
        named += [n for n in split_people(partner.group("who")) if n not in named]
    helper = HELPER.search(text)
    if named and helper and credible(helper.group("who"), people, strict=True):
        named += [n for n in split_people(helper.group("who"), people) if n not in named]
    return named


def _named_people(text: str, people: frozenset[str] = frozenset()) -> list[str]:
    fields = task_fields(text)
    if fields is not None:
        return split_people(fields[1])
    checkbox = CHECKBOX.match(text)
    if checkbox:
        text = text[checkbox.end():]  # "[ ] @emre: Mühle anschreiben"
    if person_label(text, people, is_task=checkbox is not None):
        return person_label(text, people, is_task=checkbox is not None)
    group = members(text)
    if group is not None:
        titled = re.match(TITLE, group.head) is not None
        if group.names and re.fullmatch(BODY, group.head) and not titled:
            return group.names  # "Die Geschäftsstelle (Fr. Fehse) erstellt …": the members named do it
        named = named_people(group.rest, people)
        if titled or (people and not any(known(n, people) for n in group.names)):
            return named  # "Frau Demirtaş (QM) schreibt": where she works; "Ersatzteile (Schläuche, …)": things
        return named + [n for n in group.names if n not in named]
    if bracket_person(text, people):
        subject = SUBJECT.match(text)
        body = split_people(subject.group("who")) if subject and is_body(subject.group("who")) else []
        return body + bracket_person(text, people)  # "FöV übernimmt den Getränkestand (BK)": the club and its person
    if dash_person(text, people):
        return dash_person(text, people)
    handler = ARROW_TASK.search(text)
    after = _named_people(arrow_clause(handler), people) if handler and people and not credible(handler.group("who"), people) else []
    if after:
        return after  # "→ Flyer macht Katrin": the doer of the clause after the arrow
    for regex, group in ((LABELLED, "who"), (RESPONSIBLE_LABEL, "who"), (ARROW, "who"), (ARROW_DOER, "who"), (HANDED_TO, "who"),
                         (AGREED, "who"), (ARROW_TASK, "who")):
        m = regex.search(text)
        who = _label_who(m.group(group)) if m and m.group(group) and regex is RESPONSIBLE_LABEL else m and m.group(group)
        if who and regex is LABELLED and who.strip().lower() in EVERYONE:
            return [who.strip()]  # "AI Alle: Schichtplan ausfüllen"
        if who and (looks_like_who(who) or regex in (LABELLED, ARROW, ARROW_TASK) and handles(who, people)):
            return split_people(who, people) + (_more_after_arrow(m.group("more")) if regex is ARROW else [])
    subject = SUBJECT.match(text)
    doer = charged(text, people)
    if doer:
        return split_people(doer, people)
    if subject and REPORT.match(subject.group("rest")) and _DUE.search(text) and credible(subject.group("who"), people, strict=True):
        return split_people(subject.group("who"), people)  # "Der Schriftführer fasst die Ordnung bis Ende Juni neu"
    everyone = EVERYONE_DOES.match(text)
    if everyone and VERB_LIKE.match(everyone.group("rest")):
        return [everyone.group("who")]  # "Alle werben in ihren Verbänden für die offenen Schichten"
    partner = subject and _LOWER_PARTNER.match(subject.group("rest"))
    if partner and handles(partner.group(1), people) and known(subject.group("who"), people):
        return split_people(f"{subject.group('who')} und {partner.group(1)}", people)  # "Paul und ich erstellen …"
    verb_after_subject = subject is not None and (
        VERB.match(subject.group("rest")) or known(subject.group("who"), people)
        or pair_with_listed(subject.group("who"), people)
        or WILL_DO.match(subject.group("rest"))
        or INITIALS.fullmatch(subject.group("who")) and VERB_LIKE.match(subject.group("rest")))
    if verb_after_subject and (credible(subject.group("who"), people, strict=True) or pair_with_listed(subject.group("who"), people)):
        return split_people(subject.group("who"), people)
    if subject and FULL_NAMES.fullmatch(subject.group("who")) and PLURAL_VERB.match(subject.group("rest")):
        return split_people(subject.group("who"))
    lower = LOWER_SUBJECT.match(text) or LOWER_INNER.search(text)
    if lower and handles(lower.group("who"), people) and VERB_LIKE.match(lower.group("rest")):
        return split_people(lower.group("who"), people)
    if subject and is_body(subject.group("who")) and (BODY_DEED.match(subject.group("rest")) or BODY_WILL.match(subject.group("rest")) or (
            PLURAL_VERB.match(subject.group("rest")))) or subject and re.fullmatch(BODY, subject.group("who")) \
            and PLURAL_VERB.match(subject.group("rest")):
        return split_people(subject.group("who"))
    for regex in (INVERTED, INNER_SUBJECT, TASK_THEN_NAME, NOUN_THEN_NAME, MODAL_INVERTED, AGENT_FIRST, AGENT, AGENT_LATE, INNER_BRACKET, BY_PEOPLE):
        m = regex.search(text)
        if m and credible(m.group("who"), people, strict=True):
            return split_people(m.group("who"), people)
    if people and inverted_listed(text, people):
        return split_people(inverted_listed(text, people), people)
    if verb_after_subject and (credible(subject.group("who"), people) or STRONG_SUBJECT.match(subject.group("rest"))):
        return split_people(subject.group("who"))
    topic = TOPIC.match(text)
    if topic and not PREDICATE.search(topic.group("topic")):
        names = _named_people(topic.group("rest"), people)
        # "Flyer: Sina gestaltet bis 02.04." in minutes without a list: Sina, as written ("Aufgabe: Plakate drucken": none)
        as_written = not people and re.match(r"\S+\s+[a-zäöüß]{2,}t\b", topic.group("rest"))
        return names if all(credible(n, people, strict=not as_written) for n in names) else []
    return []


def _label_who(who: str) -> str:
    """"Zuständig: Herr Arslan (Lehrerrat) und Ben Albers (SV), bis zum 06.03.": the names, without
    their groups in brackets and the deadline after them."""
    who = re.sub(r"\s*\([^()]*\)", "", who)
    return re.split(rf"\s*,?\s+(?={DEADLINE_LEADS}\b)|\s*,\s*(?=\S*\d)", who)[0].strip(" )")  # "(verantw. MK)"


def _more_after_arrow(more: str | None) -> list[str]:
    """"-> KM, BK, bis Ende Juni": the names after the first, up to the deadline."""
    names: list[str] = []
    for part in (more or "").split(",")[1:]:
        part = part.strip(" .")
        if not looks_like_who(part) or temporal.find_deadline(part) or len(part.split()) > 3:
            break
        names += split_people(part)
    return names


def arrow_clause(handler: re.Match[str]) -> str:
    """What follows an arrow, as a clause of its own."""
    return f"{handler.group('who')} {handler.group('rest')}"


def credible(who: str, people: frozenset[str], strict: bool = False) -> bool:
    """A named subject is a person or body we can vouch for: listed, titled, an office, initials.

    Without an attendance list any capitalised name is taken, unless ``strict``.
    """
    who = who.strip()
    if people and who[:1].islower() and handles(who, people):
        return True  # "ente", "joey und memo": listed handles
    parts = [p for p in re.split(r"\s*(?:,|\bund\b|&)\s*", who) if p]
    if len(parts) > 1:
        return all(credible(re.sub(r"^(?:dem|den|der|die|das)\s+", "", p), people, strict) for p in parts)
    if not looks_like_who(who) or who.split()[0].lower() in PRONOUN_WORDS:
        return False
    if who.split()[0].lower() in ARTICLE_WORDS and not re.fullmatch(BODY, who):
        return False  # "Den Getränkestand": a thing, not a person
    if re.match(rf"^{TITLE}", who) or re.fullmatch(BODY, who) or re.fullmatch(r"[A-ZÄÖÜ]{2,3}|(?:[A-ZÄÖÜ]\.){2,3}", who):
        return True
    if people:
        return known(who, people)
    return not strict


def split_people(text: str, people: frozenset[str] = frozenset()) -> list[str]:
    """The names in "Hr. Meier, Fr. Kaya und die AG Finanzen"; listed handles in small letters count too."""
    parts = re.split(r"\s*(?:,|/|\bund\b|&|\+)\s*", text.strip())
    names = [re.sub(rf"^{TITLE}+", "", p.strip(" .:()"), flags=re.IGNORECASE).strip() for p in parts]
    names = [re.sub(r"^(?:die|der|das|den|dem|alle)\s+", "", n, flags=re.IGNORECASE) for n in names]
    names = [ADJECTIVE_BEFORE.sub("", n) for n in names]  # "neue Vorstand" is the Vorstand
    # "ich" names someone only where the writer is listed as "ich (Henrike, Protokoll)"
    return [n for n in names if n and (looks_like_who(n) or n.lower().lstrip("@") in people)
            and (n.lower() not in PRONOUN_WORDS or n.lower() in people)]


def cell_people(cell: str) -> list[str]:
    """The names in a "Wer" cell of a task table: every part is a name, also "m4x" or "alle"."""
    parts = re.split(r"\s*(?:,|/|\bund\b|&|\+)\s*", re.sub(r"\s*\([^()]*\)", "", cell).strip())
    names = [re.sub(rf"^{TITLE}+", "", p.strip(" .:"), flags=re.IGNORECASE).strip() for p in parts]
    return [n for n in names if re.search(r"\w", n) and n.lower() not in PRONOUN_WORDS]


def handles(who: str, people: frozenset[str]) -> bool:
    """"kato und memo", "bene": only listed names, written in small letters as handles are."""
    parts = [p for p in re.split(r"\s*(?:,|\bund\b|&|\+)\s*", who.strip()) if p]
    return bool(parts) and all(p.lower().lstrip("@") in people for p in parts)


def looks_like_who(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 60 or re.search(r"\d{2}", text):
        return False
    words = re.split(r"\s*(?:,|/|\bund\b|&|\+)\s*|\s+", text)
    if len(words) == 1 and words[0].lower() in ADVERB_WORDS:
        return False  # "Außerdem plant der Caterer …": a word that opens the sentence, no subject
    return all(w[:1].isupper() or w.startswith("@") or w in ("die", "der", "das", "den", "dem")
               or w.rstrip("nrs") in BODY_ADJECTIVES for w in words if w)


def named_by_model(text: str, people: frozenset[str], entities: Callable[[str], Doc]) -> list[str]:
    """Who a task names when the attendance list does not know them ("Johanna Reiß informiert …"
    under a head count): persons the model finds, named in full, as one word it mistakes too
    often ("Lastschriftmandat"). The subject of a passive is no doer ("X soll eingeladen werden").
    ``entities`` runs the model; only clauses with two capitalised words in a row need it."""
    if PASSIVE_END.search(text) or not _may_name_in_full(text):
        return []
    return named_people(text, people | recognised_people(entities(text), full_names=True))


def _may_name_in_full(text: str) -> bool:
    """Two capitalised words where a doer stands: at the start, after a colon, comma or arrow, at the end."""
    return any((m.group(1) or m.group(2)).lower() not in _NOT_FIRST_NAMES for m in _CAPITALISED_PAIR.finditer(text))


_NOT_FIRST_NAMES = FUNCTION_WORDS | set(ARTICLE_WORDS) | {"am", "im", "in", "an", "so", "was", "man", "war"}
_CAPITALISED_PAIR = re.compile(r"(?:^|[:,;]\s+|(?:→|->)\s*)(?:(?:Herr|Frau|Hr\.|Fr\.|Dr\.)\s+)?([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)\s+[A-ZÄÖÜ][a-zäöüß]+"
                               r"|\b([A-ZÄÖÜ][a-zäöüß]+)\s+[A-ZÄÖÜ][a-zäöüß]+\s*[.!]?$")


def recognised_people(doc: Doc, full_names: bool = False) -> frozenset[str]:
    """Words of persons the statistical model finds, to name who does a task in minutes
    without an attendance list.

    Only naming, not finding tasks, uses them: measured on the dev set, letting the
    model's names decide what is a task cost precision. A blank pipeline finds none.
    """
    return frozenset(w.lower().strip(".,") for e in doc.ents if e.label_ == "PER" and (len(e) > 1 or not full_names)
                     for w in e.text.split())
