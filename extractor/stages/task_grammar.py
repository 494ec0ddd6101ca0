"""The grammar of task clauses: patterns built from the German language data, shared by the
stages that find a task (``actions``) and the one that names who does it (``doers``)."""
from __future__ import annotations

import re

from extractor.lang.de.findings import (
    ACTION_BLOCKERS,
    ACTION_PATTERNS,
    AGREED_THAT,
    ARTICLES,
    ASKED_TO,
    BODY_ADJECTIVES,
    BODY_HYPHEN_SUFFIXES,
    BODY_PREFIXES,
    BODY_SUFFIXES,
    CLAUSE_TASK_VERBS,
    DEADLINE_LEADS,
    DEADLINE_WORDS,
    DEED_NOUN_ENDINGS,
    FINITE_VERBS,
    HELPER_VERBS,
    INTENDED_DEEDS,
    MEETING_PARTICIPLES,
    INTENDING_VERBS,
    INVERTED_TASK_VERBS,
    NOT_PET_NAMES,
    SENTENCE_ADVERBS,
    PERSON_ONLY_VERBS,
    PROMISES,
    PRONOUNS,
    REPORT_PHRASES,
    REPORT_VERBS,
    RESPONSIBLE_BODIES,
    STATE_VERBS,
    SUBORDINATORS,
    TAKES_ON_VERBS,
    TASK_FIELD_DUE,
    TASK_FIELD_WHO,
    TASK_LABELS,
    TASK_LIST_CUES,
    TASK_REVIEW_CUES,
    TODO_INFINITIVES,
    TOGETHER_WITH,
    WHO_DOES,
)
from extractor.lang.de.stopwords import STOPWORDS
from extractor.lang.de.structure import OTHER_ROLES, ROLE_LABELS, TITLES
from extractor.stages.patterns import compile_patterns

TASK_CUES = compile_patterns(ACTION_PATTERNS)

FUNCTION_WORDS = STOPWORDS | frozenset(NOT_PET_NAMES)
ADVERB_WORDS = frozenset(SENTENCE_ADVERBS)

TASK_BLOCKERS = compile_patterns(ACTION_BLOCKERS)

TITLE = r"(?:(?:%s)\.?\s+)" % "|".join(t.capitalize() for t in TITLES if len(t) > 1)

NAME = r"(?:@[\w.-]+|(?:[A-ZÄÖÜ]\.){2,3}|[A-ZÄÖÜ][\w'’-]*\.?(?:\s+[A-ZÄÖÜ][\w'’-]+)?)"

# (an organisation's short name needs its article: "Der BUND bringt …", "die AG …")
BODY = r"(?:(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en)\s+[A-ZÄÖÜ]{2,6}(?![\wäöüß])|(?:(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Aa]lle)\s+(?:(?:%s)[nrs]?\s+)?)?(?:(?:%s)\s+[\wÄÖÜäöü-]+|(?:%s|[A-ZÄÖÜ][a-zäöüß]+(?:%s)|[A-ZÄÖÜ][\wäöüß]*-(?:%s))(?![\wäöüß])))" % (
    "|".join(BODY_ADJECTIVES), "|".join(BODY_PREFIXES), "|".join(RESPONSIBLE_BODIES), "|".join(BODY_SUFFIXES),
    "|".join(BODY_HYPHEN_SUFFIXES))

# (an article before a small word opens a body, not a name: "Der neue Vorstand")
SUBJECT = re.compile(rf"^\s*(?P<who>(?:{TITLE}?(?!(?:Der|Die|Das|Den)\s+[a-zäöü]){NAME}|{BODY})(?:\s*(?:,|und|&|\+)\s*(?:{TITLE}?{NAME}|{BODY}))*)\s+(?P<rest>[a-zäöü].*)$")

# "(SJ)", "(-> pit)", "(nullbyte), bis zum Workshop": who does it, in brackets after the task
BRACKET = re.compile(r"\((?:(?:→|->)\s*)?(?P<who>[^()]{1,60})\)(?:\s*,\s*(?:%s)\b[^()]{0,40}?)?\s*[.;]?\s*$" % DEADLINE_LEADS)

# ", carla kommt mit": a helper after the task
HELPER = re.compile(rf",\s*(?P<who>{TITLE}?{NAME}|@?[a-zäöü0-9][\w.-]+)\s+(?:{'|'.join(HELPER_VERBS)})\b[^,;]{{0,25}}$")

# "-> Sabine (heute entschuldigt), morgen": a note on the doer in brackets
ARROW = re.compile(r"(?:→|->)\s*(?P<who>[^→>,(]{1,60}?)\s*(?:\([^()]{1,60}\)\s*)?(?P<more>(?:,|\s(?=(?:bis|ab|zum|spätestens|binnen)\b))[^→>]{0,60})?$")

LABELLED = re.compile(r"^(?:%s)\b\s*(?:für\s+|an\s+)?(?P<who>[^:]{1,40})?:\s*(?P<task>.+)$" % "|".join(TASK_LABELS), re.IGNORECASE)

# "TODO: Aushang ändern   Wer: Tobi   Bis: 30.4.": who and when as fields on the task's line
FIELDS = re.compile(r"\s(?:%s)\s*:\s*(?P<who>.+?)\s+(?:%s)\s*:\s*(?P<due>.+?)\s*$"
                     % ("|".join(TASK_FIELD_WHO), "|".join(TASK_FIELD_DUE)), re.IGNORECASE)

# "Kassenschublade klemmt → Tobi guckt", "Lüfter klackert -> lkm schaut drauf" (a listed handle, see doers.credible)
ARROW_TASK = re.compile(r"(?:→|->)\s*(?P<who>[A-ZÄÖÜ@a-zäöü0-9][\w.@-]*)\s+(?P<rest>[a-zäöüß]{2,}(?:t|et)\b.*)$")

# a finite verb in the present, not a preposition ("mit"), a participle or an offer ("bietet an:")
FIRM_VERB = re.compile(r"(?!(?:mit|nicht|ist|hat|wird|un\w+|ge\w+t)\b)[a-zäöüß]{3,}t\b(?!\s+an\s*:)")

# a body or person named by its initials: "AK", "TBA", "OV"
INITIALS = re.compile(r"[A-ZÄÖÜ]{2,3}")

CHECKBOX = re.compile(r"^\s*\[(?P<done>[ xX✓✔]?)\]\s*")

# "Helferliste: wer macht? → Greta": the question who does it, answered
WHO_DOES_ANSWERED = re.compile(WHO_DOES + r"[^?]{0,40}\?\s*(?:→|->|=>|-->)\s*\S")

# a deed named as a noun, who does it after "durch" ("Versand Fragebogen an alle durch HV bis Fr. 20.3.")
NOMINAL_BY = re.compile(r"^[A-ZÄÖÜ][^,;:]{2,80}?\s+durch\s+(?:die\s+|den\s+|das\s+)?(?P<who>[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w-]+)?)")

# "Verantwortlich: AG Finanzen", "Gutachten muss bis zur ETV vorliegen (verantw. MK)"
RESPONSIBLE_LABEL = re.compile(r"(?:\b(?:Verantwortlich|Zuständig|Wer|Erledigung durch)\s*:|\((?:verantw|zust)\.:?)\s*(?P<who>[^;.]+)",
                               re.IGNORECASE)

STRONG_VERBS = "|".join(dict(ACTION_PATTERNS)[key] for key in ("action.kuemmern", "action.verb_present"))

VERB = re.compile(STRONG_VERBS)

AGENT_WHO = rf"(?:{TITLE}?{NAME}|{BODY})"

# "Pressearbeit wird an Hernani und Christine übertragen": a resolution that hands someone a task
HANDED_TO = re.compile(rf"\b(?:wird|werden|wurde|wurden)\b.{{0,60}}?\ban\s+(?P<who>{AGENT_WHO}(?:\s*(?:,|und|&)\s*{AGENT_WHO})*)\s.{{0,60}}\b(?:übertragen|uebertragen|delegiert|abgegeben)\b")

AGENT = re.compile(rf"\b(?:vom|von der|von|durch (?:den|die|das))\s+(?P<who>{AGENT_WHO}(?:\s+(?:und|&)\s+(?:(?:dem|der|den)\s+)?{AGENT_WHO})*)\s+(?:[\w-]+\s+){{0,6}}?[a-zäöü]\w*(?:t|en)\s+(?:(?:und|oder)\s+.{{0,60}}?)?(?:werden|wird)\b")

# "... werden noch durch die Mitgliederorganisationen definiert": the agent after the auxiliary
AGENT_LATE = re.compile(rf"\b(?:wird|werden)\b.{{0,60}}?\b(?:vom|von der|von|durch(?:\s+(?:den|die|das))?)\s+(?P<who>{AGENT_WHO}(?:\s+(?:und|&)\s+(?:(?:dem|der|den)\s+)?{AGENT_WHO})*)\s+(?:[\w.-]+\s+){{0,5}}?"
                        rf"(?!(?:{'|'.join(MEETING_PARTICIPLES)})\b)(?:(?:ge|be|ver|er|ent|zer)[a-zäöüß]{{3,}}(?:t|en)|[a-zäöüß]+iert|[a-zäöüß]+ge[a-zäöüß]{{3,}}(?:t|en))"
                        rf"(?:\s+und\s+[^.;]{{3,60}}?(?:ge|be|ver|er|ent|zer)?[a-zäöüß]{{3,}}(?:t|en))?\s*[.!]?$")  # "… angeschrieben und um ein Mandat gebeten"

# "Die Kassenprüfung durch Benedetti und Hafermann muss ... stattfinden"
BY_PEOPLE = re.compile(rf"\bdurch\s+(?P<who>{TITLE}?{NAME}(?:\s*(?:,|und|&)\s*{TITLE}?{NAME})*)")

AGENT_FIRST = re.compile(rf"^(?:Durch\s+(?:den|die|das)|Vom|Von\s+(?:der|den)?)\s*(?P<who>{AGENT_WHO}(?:\s+(?:und|&)\s+{AGENT_WHO})*)\s+(?:wird|werden)\b.{{0,100}}\b(?:ge[a-zäöüß]{{3,}}(?:t|en)|[a-zäöüß]+iert|[a-zäöüß]+ge[a-zäöüß]{{3,}}(?:t|en))\b")

PERSON_LABEL = re.compile(r"^(?:Auftrag an\s+)?(?P<who>[\w@.'-]+(?:\s*(?:und|&|\+)\s*[\w@.'-]+)?)\s*:\s*(?P<task>\S.*)$", re.IGNORECASE)

# "Tobias kümmert sich zusammen mit Emre um das Backup": the partner does it too
TOGETHER = re.compile(rf"{TOGETHER_WITH}(?P<who>{TITLE}?{NAME})")

# "Vorstand (Deniz) verschickt …", "Die AG Handyregel (Frau Fröhlich, Herr Szymanski) erarbeitet …"
MEMBERS = re.compile(r"^(?P<head>\s*(?:(?:[Dd]ie|[Dd]er|[Dd]as)\s+)?(?:[A-ZÄÖÜ@][\w.@-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?|(?P<form>\d{1,2}[a-z]?)))"
                     r"\s*\((?P<members>[^()]{2,80})\)(?=\s+[a-zäöü])")

# "Übergabe der Belege", "Anmeldung beim Ordnungsamt": a deed named as a noun
DEED_NOUN = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]*(?:%s)\b" % "|".join(DEED_NOUN_ENDINGS))

# "Mobile Ansicht fixen (#57) - Ilyas & Jonas": listed people after a dash at the end
# "Mobile Ansicht fixen - Ilyas & Jonas", "Kühlwagen reservieren – Jonas – KW 18": who, then maybe when after a dash
DASH_NAMES = re.compile(r"\s[-–]\s+(?P<who>[A-ZÄÖÜa-zäöü@][\w.@-]*(?:\s*(?:,|und|&|\+)\s*[A-ZÄÖÜa-zäöü@][\w.@-]*)*)"
                        rf"(?:\s*,?\s+(?:{DEADLINE_LEADS}|Frist|Termin)\s+[^,;]{{1,30}}?|\s[-–]\s+(?P<when>[^-–,;]{{2,45}}?))?\s*\.?$")

# "… eingetragen sein -> macht Jule": the arrow, a verb of taking it on, the doer
ARROW_DOER = re.compile(r"(?:→|->)\s*(?:%s)(?:\s+das)?\s+" % "|".join(TAKES_ON_VERBS) + r"(?P<who>[A-ZÄÖÜ@][\w.@-]*(?:\s*(?:,|und|&|\+)\s*[A-ZÄÖÜ@][\w.@-]*)*)\s*\.?$")

# a finite verb after a listed subject; "updated", "fixed" as minutes written in Denglisch have them
VERB_LIKE = re.compile(r"^(?!(?:und|oder|hatte|hatten|wurde|wurden|nicht|auch|noch|als|%s)\b|(?:schließt|schliesst)\b(?!.*\bab\b))(?:[a-zäöüß]+(?:t|en|ern|eln)|[a-z]{3,}ed|wird|werden)\b" % "|".join(REPORT_VERBS))

PREDICATE = re.compile(r"\b[a-zäöüß]{3,}(?:en|ern|eln|t)\b")

STATEMENT = re.compile(r"\b(?:ist|sind|war|waren|hat|haben|hatte|gibt|gab)\b")

TASK_LIST = re.compile("|".join(TASK_LIST_CUES), re.IGNORECASE)

TASK_REVIEW = re.compile("|".join(TASK_REVIEW_CUES), re.IGNORECASE)

STATUS_PART = re.compile(r"\s[–-]\s|:\s")  # "[ ] item – status", "[ ] item: status"
# "Betreiber anschreiben (Freddy): angefangen, 9 von 23": an earlier task, who had it, and its state
STATUS_ITEM = re.compile(r"^[^:()]{2,80}\([^()]{1,40}\)\s*(?::|\s[–-]\s|→|->)\s*\S"
                         # "Bus: 2 von 3 Angeboten da, drittes fehlt noch (MQ)": the item, its state, who has it
                         # (not a state that still asks for work: "Rohbau steht, muss noch lackiert werden (Konni)")
                         r"|^[^:()]{2,60}:\s*(?![^()]*\b(?:muss|müssen|soll|sollen)\b)[^()]{2,120}\([A-ZÄÖÜ][^()]{0,30}\)\s*[.!]?$")

REPORT = re.compile(r"^(?:%s)\b|%s" % ("|".join(REPORT_VERBS), "|".join(REPORT_PHRASES)))

# "Den Getränkestand organisieren Fr. Krämer und Hr. Wendt", "Material bringt die Koordinierungsstelle mit"
INVERTED_VERBS = "|".join(INVERTED_TASK_VERBS)

# (listed handles in small letters too: "Glühmate besorgt ente", checked by doers.credible)
INVERTED = re.compile(rf"^(?:[\wÄÖÜäöüß.-]+,?\s+|\([^()]{{1,80}}\)\s+){{1,10}}(?:{INVERTED_VERBS})\s+(?P<who>(?:{TITLE}?{NAME}|{BODY}|@?[a-zäöü][\w-]+)(?:\s*(?:,|und|&|\+)\s*(?:{TITLE}?{NAME}|{BODY}|@?[a-zäöü][\w-]+))*)")

# "Mietvertrag unterschreibt Svenja für die Koop", "…, fragt Marlene.": any verb before a listed doer
# (the things may be a list: "Glühwein, Punsch und Becher bestellt Jonas")
INVERTED_LISTED = re.compile(rf"^(?:[\wÄÖÜäöüß.-]+,?\s+|\([^()]{{1,80}}\)\s+){{1,10}}?(?!(?:{'|'.join(REPORT_VERBS + STATE_VERBS)})\b)[a-zäöüß]{{3,}}"
                              rf"(?:t\s+(?P<who>{TITLE}?{NAME}(?:\s*(?:und|&|\+)\s*{TITLE}?{NAME})*)"
                              # "Die Änderung bei der Bank veranlassen Herr Pfeilsticker und Herr Strohmaier": two, a plural verb
                              rf"|(?<!wurd)(?<!werd)(?<!hatt)(?<!konnt)(?<!sollt)(?<!woll)(?:en|ln|rn)\s+(?P<pair>{TITLE}?{NAME}\s*(?:und|&|\+)\s*{TITLE}?{NAME}))(?=\s|[.,!]|$)"
                              rf"|,\s+(?!(?:{'|'.join(REPORT_VERBS + STATE_VERBS)})\b)[a-zäöüß]{{3,}}t\s+(?P<last>{TITLE}?{NAME})\s*[.!]?$")

CLOCK = re.compile(r"\bum\s+\d{1,2}(?:[.:]\d{2})?\s*Uhr\b")

INNER_BRACKET = re.compile(r"\((?P<who>[A-ZÄÖÜ@][\w.@-]+(?:\s*(?:,|und|&)\s*[A-ZÄÖÜ@][\w.@-]+)*)\)")

# "Frau Niermann ist im Urlaub, Leon spricht mit dem Hausmeister": a person's task after a comma
INNER_SUBJECT = re.compile(rf",\s+(?P<who>{TITLE}?{NAME}(?:\s*(?:und|&|\+)\s*{TITLE}?{NAME})*)\s+(?:{'|'.join(CLAUSE_TASK_VERBS)})\b")

# "Kassenbox und Wechselgeld: Merve."
# (a number may stand in the task, "Entwurf Wirtschaftsplan 2027 an den Beirat: Fr. Kettwig", but no date or time:
# "Di. 21.10., 14 Uhr: VS, Seniorenbüro" is a schedule, "Krähenfelden, 5. Juni 2025 – für das Protokoll: …" a signature)
TASK_THEN_NAME = re.compile(rf"^(?P<task>(?![^:]*(?:(?<!bis\s)(?<!zum\s)\b\d{{1,2}}\.\s*(?:\d{{1,2}}\.|[A-ZÄÖÜ])|\bUhr\b|\d{{1,2}}:\d{{2}}))[^:\d][^:]{{2,59}}):\s*(?P<who>{TITLE}?{NAME}(?:\s*(?:,|und|&|\+)\s*{TITLE}?{NAME})*)"
                             rf"(?:\s*[,;]?\s+\(?{DEADLINE_LEADS}\s+[^,;()]{{1,30}}?\)?)?(?:\s*\((?:zugesagt|fest|bestätigt)\))?\s*\.?$")  # "Nextcloud-Umzug: Emre, bis KW 48", "…: Renate (bis Ende Mai)"

# "Ein Awareness-Konzept soll die AG Wiesenklang erarbeiten.": the thing first, then a modal, the body and its deed
MODAL_INVERTED = re.compile(rf"^(?:[\wÄÖÜäöüß.-]+\s+){{1,6}}(?:soll|sollen|muss|müssen)\s+(?P<who>{BODY}(?:\s+[A-ZÄÖÜ][\w-]+)?|{TITLE}{NAME})\s+"
                            rf"(?:[\wÄÖÜäöüß-]+\s+){{0,6}}?(?!(?:werden|sein|haben|lassen)\b)[a-zäöüß]+(?:en|ern|eln)\s*[.!]?$")

# everyone as the doer ("alle sprechen weiter Leute an"), not everyone agreeing or voting ("Alle stimmen zu")
EVERYONE_DOES = re.compile(r"(?P<who>(?i:alle|wir\s+alle))\s+(?P<rest>(?!(?:stimmen|einigen|sind|waren|haben|hatten|finden|fanden|danken|begrüßen|"
                           r"freuen|dürfen|durften|können|konnten|nehmen|nahmen|wissen|kennen|sehen|sahen)\b)[a-zäöüß].*)$")

# "Pfadis: Stockbrot + Knotenstation (Paula organisiert)": the doer and the deed in brackets after the task
BRACKET_DOER = re.compile(rf"\((?P<who>{NAME}(?:\s*(?:\+|&|und)\s*{NAME})?)\s+(?:{INVERTED_VERBS})\)\s*[.;]?$")

# "Datenübernahme BS + JB, bis Ende Juni": a deed as a noun, its doers and the day it is due
NOUN_THEN_NAME = re.compile(rf"^(?P<task>[A-ZÄÖÜ][\w-]+(?:\s+[\wäöüß-]+){{0,3}}?)\s+(?P<who>{NAME}(?:\s*(?:,|und|&|\+)\s*{NAME})*)"
                            rf"\s*,\s+(?=(?:bis|spätestens)\s)[^,;()]{{4,30}}\s*\.?$")

ROLE_WORDS = {w for words in ROLE_LABELS.values() for w in words} | set(OTHER_ROLES) | {
    "vorsitzender", "vorsitzende", "stellv. vorsitzender", "stellv. vorsitzende", "kassenwart"}

# Verbs that only a person or body does: their subject is named even when nobody lists it.
# "will zuerst mit dem Kreisbrandmeister klären, ob …", "wollen bis Ende August fertig sein": a deed intended
INTENDS = re.compile(r"(?:%s)\s+(?:[^,.;:]{0,60}\s)?(?:%s)\b(?!\s+(?:lassen|können)\b)" % (
    "|".join(INTENDING_VERBS), "|".join(INTENDED_DEEDS)))

STRONG_SUBJECT = re.compile(r"(?:%s)\b" % "|".join(PERSON_ONLY_VERBS))

ARTICLE_WORDS = set(ARTICLES)

PRONOUN_WORDS = set(PRONOUNS)

# Cues that make a task without a named subject ("... muss gestellt werden").
# "Vita des Vorstands auf der Website veröffentlichen": up to eight words, no finite verb,
# ending in a to-do infinitive
INFINITIVE_TODO = re.compile(r"^(?!(?:sie|er|wir|ich|man|es)\b)(?!.*\bzu\s+\w+(?:en|ln|rn)\b)(?!.*\w+zu\w+(?:en|ln|rn)\b)(?!.*\b(?:%s)\b)(?:\S+\s+){1,7}(?:[a-zäöü]+)?(?:%s)\s*[.!]?$" % (
    "|".join(FINITE_VERBS), "|".join(TODO_INFINITIVES)))

SUBORDINATE = re.compile(r",\s*(?=(?:%s)\b)" % "|".join(SUBORDINATORS))

# a present-tense verb right after an opening date ("am 21.03. gibt Leon ..."), not a report
DATED_VERB = re.compile(r"\s*(?!(?:%s)\b)[a-zäöüß]{2,}t\s+[A-ZÄÖÜ]" % "|".join(REPORT_VERBS))

# "Der Vorstand migriert ...": a body's present deed (the third person of a verb, no report verb)
BODY_DEED = re.compile(r"(?!(?:%s)\b)[a-zäöüß]{3,}(?:t|iert)\b(?!.*\b(?:wurde|wurden|hat|hatte)\b)" % "|".join(REPORT_VERBS + STATE_VERBS))
# "Der Vorstand wird dies in seiner nächsten Sitzung beraten.": a body's future deed
BODY_WILL = re.compile(r"(?:wird|werden|soll|sollen)\b.*\b\w+en\s*[.!]?$")  # "Der Festausschuss soll bis zur JHV … vorlegen."
# a group's deed by a day, or its care: "Die Abteilungen liefern bis zum 15. Mai …", "Die AL sorgen dafür, dass …"
GROUP_CARES = re.compile(r"(?:sorgen|kümmern\s+sich)\b")

PLURAL_VERB = re.compile(r"[a-zäöüß]+(?:en|ern|eln)\b")  # "liefern", "sammeln"

FULL_NAMES = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\w-]+(?:\s*(?:,|und|&)\s*[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ][\w-]+)+")

# "Lindenblatt Sommerausgabe: AD sammelt Beiträge": a topic before the task
# "Kinderschminken: HB fragt …", "Seniorennachmittag der Landfrauen (30.11.): Fr. Dörflinger meldet …"
TOPIC = re.compile(r"^(?P<topic>(?:[^:?!.()]|\([^()]{0,30}\)){2,60}):\s+(?P<rest>[A-ZÄÖÜ@].+)$")

# what may follow a lead time: "bis 2 Wochen vor dem Workshop" (nothing, or the event it counts back from)
EVENT_TAIL = re.compile(r"(?:(?:vor|nach)\s+(?:dem|der|den)\s+\S+)?")

TODO_END = re.compile(r"\b(?:%s)\s*[.!]?$|\b[a-zäöüß]{3,}(?:en|ern|eln)\s*[.!]?$" % "|".join(TODO_INFINITIVES))

# "Leon wird sich informieren": a person's future deed
WILL_DO = re.compile(r"(?:wird|werden)\s+(?:sich\s+)?(?:\S+\s+){0,5}(?!sein\b|werden\b|stattfinden\b|geben\b)[a-zäöüß]{3,}en\s*(?:[.!]?$|,\s*(?:ob|dass|wie|wann|wer|was|welche\w*)\b)")

# "flo räumt den Kühlschrank aus", "lisa_r + Moritz stellen vor": handles in small letters, maybe joined by a name
# (a title in small letters before, a class in brackets after: "hr. castellano fragt", "mila + jonas (10b) machen")
LOWER_SUBJECT = re.compile(r"^(?:(?:%s)\.?\s+)*(?P<who>@?[a-zäöü0-9][\w-]+(?:\s*(?:,|und|&|\+)\s*@?[\w-]+)*"
                           r"|@?[\w-]+(?:\s*(?:,|und|&|\+)\s*@?[a-zäöü0-9][\w-]+)+)(?:\s*\([^()]{1,20}\))?\s+(?P<rest>[^\s(].*)$"
                           % "|".join(t for t in TITLES if len(t) > 1))

# "Die Liste ist veraltet, mika aktualisiert sie": a listed nickname after a comma, then a verb
LOWER_INNER = re.compile(r",\s+(?P<who>@?[a-zäöü][\w-]+)\s+(?P<rest>[a-zäöüß]+(?:t|et)\b.*)$")

# "erklärt sich bereit", "sagt zu": a report verb that makes a promise, so a task
PROMISE = re.compile(PROMISES)

# "Frau Vogt wurde gebeten, …", "Der Vorstand wird beauftragt, …": charged with a task by the meeting
ASKED = re.compile("^" + ASKED_TO)

# "Es wurde vereinbart, dass Herr Kreuzer bis Ende des Monats … einholt"
AGREED = re.compile(AGREED_THAT + rf"(?P<who>{TITLE}+{NAME}(?:\s+(?:und|&)\s+{TITLE}+{NAME})*)\s+(?=.{{0,120}}{DEADLINE_WORDS})")

# "neue Vorstand" is the Vorstand
ADJECTIVE_BEFORE = re.compile(r"^(?:%s)[nrs]?\s+(?=[A-ZÄÖÜ])" % "|".join(BODY_ADJECTIVES))

MODAL_VERB = re.compile(r"\b(?:kann|können|muss|müssen|soll|sollen|wird|werden)\b")  # "… können entnommen werden"

PASSIVE_END = re.compile(r"\b(?:soll|sollen|muss|müssen|kann|können|wird|werden)\b.*\bwerden\s*[.!]?$")
