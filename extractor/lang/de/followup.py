"""German cues for the follow-up audit: status words, review sections, kinds of meeting.

Data only: ``extractor.audit`` compiles the ``(id, regex)`` patterns at import
(``extractor.stages.patterns.compile_patterns``), so a broken one fails when
the package loads.  Status cues are tried in the order of ``STATUS_ORDER``:
"noch nicht erledigt" is ``open`` before it can be ``done``.
"""
from __future__ import annotations

STATUSES = ("done", "in_progress", "open", "dropped", "changed")
STATUS_ORDER = ("changed", "dropped", "open", "in_progress", "done")

STATUS_PATTERNS: dict[str, tuple[tuple[str, str], ...]] = {
    "changed": (
        ("changed.revoked", r"\b(?:aufgehoben|widerrufen|zurückgenommen|revidiert|annulliert)\b"),
        ("changed.amended", r"\b(?:geändert|abgeändert|geaendert|neu gefasst|neu geregelt|ersetzt|korrigiert)\b"),
        ("changed.instead", r"\b(?:stattdessen|statt dessen|anstelle|anstatt|abweichend von)\b"),
        # "Statt des Zelts wird ein Pavillon gemietet"; not a comparison of numbers ("7 statt 10 Tage")
        # nor the end of "findet ... statt"
        ("changed.statt", r"\b[Ss]tatt\s+(?!(?:und|oder|sowie)\b)[^\W\d_]"),
        ("changed.no_longer", r"\bgilt nicht mehr\b|\bnicht mehr gültig\b"),
    ),
    "dropped": (
        ("dropped.entfaellt", r"\bentf(?:ällt|allen|iel)\b"
                              r"|\bf(?:ällt|allen|iel) (?:\w+ ){0,3}(?:weg|aus)\b"),  # "fällt für uns weg"
        ("dropped.sich_erledigt", r"\bhat sich (?:\w+\s+)?erledigt\b|\bhaben sich (?:\w+\s+)?erledigt\b"),
        ("dropped.not_pursued", r"\bnicht (?:weiter|mehr) (?:verfolgt|weiterverfolgt|nötig|notwendig|erforderlich|benötigt)\b|\bnicht weiterverfolgt\b"),
        ("dropped.withdrawn", r"\b(?:zurückgezogen|abgesagt|gestrichen|verworfen|fallen gelassen|fallengelassen)\b"),
        ("dropped.not_needed", r"\b(?:nicht|kein(?:e|en)?) (?:erforderlich|nötig|notwendig|Bedarf)\b"),
    ),
    "open": (
        ("open.noch_offen", r"\b(?:noch |weiter(?:hin)? |bleibt |ist )?offen\b(?! für)"),
        ("open.steht_aus", r"\bsteh(?:t|en) (?:\w+ )?aus\b|\bausstehend\b"),
        ("open.noch_nicht", r"\bnoch (?:nicht|keine?n?|nichts)\b|\bnicht geschafft\b|\bkonnte(?:n)? (?:\w+ )?nicht\b"),
        ("open.vertagt", r"\b(?:vertagt|verschoben|zurückgestellt|Aufschub|aufgeschoben)\b"),
        ("open.muss_noch", r"\b(?:muss|müssen|soll|sollen|ist|sind) (?:\w+ ){0,8}noch\b"),
        ("open.waiting", r"\b(?:wartet|warten|warte) (?:\w+ )?auf\b|\bkeine (?:Rückmeldung|Antwort)\b"),
        # still to come: "die Pflanzen kommen Anfang Mai", "die Rechnung folgt nächste Woche"
        ("open.to_come", r"\b(?:kommt|kommen|folgt|folgen|erfolgt|erfolgen) (?:\w+ ){0,2}(?:Anfang|Mitte|Ende|nächste[nr]?|"
                         r"demnächst|später|im (?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                         r"November|Dezember|Frühjahr|Sommer|Herbst|Winter))\b"),
        ("open.should", r"\b(?:soll|sollen|muss|müssen)\b.{0,120}\b(?:werden|sein)\b"),
    ),
    "in_progress": (
        ("in_progress.laeuft", r"\bl(?:ä|ae)uft\b|\blaufen\b"),
        ("in_progress.in_arbeit", r"\bin (?:Arbeit|Bearbeitung|Vorbereitung|Planung|Klärung|Abstimmung)\b"),
        ("in_progress.partly", r"\b(?:teilweise|zum Teil|bisher|bislang|begonnen|angefangen|Zwischenstand|ist dabei|sind dabei)\b"),
        # a count of what is done so far: "für 41 von 60 Mitgliedern bezahlt"
        ("in_progress.count", r"\b\d+ von \d+\b"),
        # planned but not yet done: "Geld ist im Haushalt eingeplant" (not "wie vorgesehen")
        ("in_progress.planned", r"(?<!wie )\b(?:eingeplant|vorgesehen|in Aussicht gestellt)\b"),
    ),
    "done": (
        ("done.erledigt", r"\berledigt\b|\bfertig\b|\babgeschlossen\b|\bumgesetzt\b|\bgeklärt\b"),
        ("done.liegt_vor", r"\blieg(?:t|en) (?:\w+ )?vor\b|\bvorhanden\b"),
        ("done.participle", r"\b(?:versandt|eingereicht|abgegeben|gekauft|geliefert|gedruckt|eingebaut|aufgesetzt|umgestellt|abgeholt|unterschrieben|gewählt|stattgefunden|durchgeführt)\b"),
        # "verschickt" is also the present tense ("Fritz verschickt die Einladung"):
        # done only after an auxiliary or a label ("Einladung: wurde verschickt").
        ("done.sent", r"(?:\b(?:wurde|wurden|ist|sind|war|waren|hat|haben)\b(?:\s+\S+){0,8}?\s+|:\s*)(?:verschickt|geschickt|versendet|verteilt|gestellt|veröffentlicht|bestellt|besorgt|bezahlt|installiert|eingerichtet|erstellt|beantragt|informiert|geklärt|organisiert|angefragt|angesprochen|aktualisiert)\b"),
        ("done.ist_raus", r"\b(?:ist|sind) raus\b|:\s*raus\b"),
        ("done.works", r"\bfunktionier(?:t|en)\b"),
        ("done.agreed", r"\b(?:zugesagt|Zusage|bestätigt|genehmigt|bewilligt)\b"),
        ("done.steht", r"\bsteh(?:t|en)\s*(?:[.,;!]|$)"),
        ("done.perfect", r"\b(?:hat|haben|wurde|wurden|war|waren)\b"),
    ),
}

# A present-tense report of someone doing the task ("Philip erstellt die Plakate")
# means the work goes on.
ONGOING_PATTERNS: tuple[tuple[str, str], ...] = (
    ("in_progress.person_does", r"\b(?:erstellt|erstellen|kümmert|kümmern|richtet|richten|bereitet|bereiten|arbeitet|arbeiten|organisiert|organisieren|plant|planen|klärt|klären|schreibt|schreiben|sammelt|koordiniert|bearbeitet|prüft|prüfen|sucht|suchen|fragt|fragen|erfragt|spricht|sprechen)\b"),
)

# An item told in the past ("Starttermin wurde mit der Bibliothek abgestimmt.", "Die Kassenprüfer
# haben die Entlastung empfohlen.") reports what happened: nothing is left to follow.  A past
# auxiliary, then a participle at the end of the sentence; "wurde beschlossen", "wurde gebeten"
# record a decision or a task and are not reports.
PAST_REPORT_PATTERNS: tuple[tuple[str, str], ...] = (
    ("report.past", r"^(?!.*\b(?:noch|soll|sollen|sollte|sollten|muss|müssen|wird|werden|bis|beschlossen|"
                    r"vereinbart|festgelegt|entschieden|beauftragt|gebeten|verabschiedet|angenommen)\b)"
                    r".*\b(?:wurde|wurden|hat|haben|ist|sind)\b(?:\s+\S+)*?\s+(?<!\bzu )"
                    r"(?:(?:ge|be|ver|er|ent|emp|zer)\w+(?:t|en)|\w+iert|\w+ge\w+(?:t|en))\s*[.!]?\s*$"),
)

# A task that names its own outcome ("Die Helferliste muss bis 10.04. erledigt werden", "in zwei
# Wochen soll er fertig sein") still lies ahead: a modal verb or a future "wird ... noch" before
# the status word makes it a task, not a report.
PENDING_PATTERNS: tuple[tuple[str, str], ...] = (
    ("pending.modal", r"\b(?:muss|müssen|soll|sollen|sollte|sollten)\b"),
    ("pending.future", r"\b(?:wird|werden) (?:\w+ ){0,3}noch\b"),
)

# A decision that something shall be done or is proposed ("Die Satzung soll überarbeitet werden",
# "Jana schlägt Ute als Kassenprüferin vor"): a later decision on it carries it out.
MANDATE_PATTERNS: tuple[tuple[str, str], ...] = PENDING_PATTERNS + (
    ("mandate.proposal", r"\bschläg(?:t|en)\b.*\bvor\b|\bvorgeschlagen\b|\b[Vv]orschlag\b"),
    ("mandate.check", r"\b(?:prüf(?:t|en)|geprüft)\b"),
)

# Agenda items and lead-ins that report on earlier meetings.
REVIEW_SECTION_PATTERNS: tuple[tuple[str, str], ...] = (
    ("review.kontrolle", r"\bKontrolle\b|\bDurchsicht\b|\bNachbereitung\b"),
    ("review.stand", r"\bStand der (?:Aufgaben|Dinge|Umsetzung|Arbeiten)\b|\bSachstand\b|\bStatus\b|\bZwischenstand\b"),
    ("review.offene_punkte", r"\boffene(?:n)? (?:Punkte|Aufgaben|Themen|Posten)\b|\bOffene Punkte\b|\bTo-?Dos?\b|\bAufgabenliste\b"),
    ("review.aus_sitzung", r"\b(?:aus|von) der (?:letzten |vorigen |vorherigen )?(?:Sitzung|Besprechung|Versammlung|Treffen)\b|\bProtokoll(?:s)? (?:vom|der letzten)\b"),
    ("review.berichte", r"\bBericht(?:e)? (?:aus|über|zu)\b|\bRückblick\b|\bMitteilungen\b"),
    ("review.geworden", r"\bwas (?:ist|wurde) aus\b|\b(?:Aufgaben|Beschlüsse|Beschlüssen|Punkte)\b.{0,30}"
                        r"\b(?:geworden|erledigt|umgesetzt)\b|\bNachverfolgung\b|\bWiedervorlage\b"),
)

# Items that recur in every meeting and report on nothing ("Die Tagesordnung wird angenommen").
PROCEDURAL_PATTERNS: tuple[tuple[str, str], ...] = (
    ("procedural.agenda", r"\bTagesordnung\b.{0,60}\b(?:angenommen|genehmigt|beschlossen|festgestellt|erweitert|ergänzt)\b"),
    ("procedural.minutes", r"\b(?:Protokolls?|Niederschrift)\b.{0,60}\b(?:genehmigt|angenommen|verabschiedet|bestätigt)\b"),
    ("procedural.approval", r"\b(?:Annahme|Genehmigung|Verabschiedung|Feststellung|Änderung|Ergänzung|Erweiterung)"
                            r"\s+(?:des|der)\s+(?:Protokolls?|Niederschrift|Tagesordnung)\b"),
    ("procedural.greeting", r"\b(?:begrüßt|eröffnet|schließt|beendet|bedankt sich|dankt)\b"),
    ("procedural.quorum", r"\bBeschlussfähigkeit\b|\bbeschlussfähig\b"),
)

# Words that say nothing about the topic of a task or its report.
FILLER_WORDS: frozenset[str] = frozenset({
    "top", "tagesordnungspunkt", "punkt", "thema", "themen", "sitzung", "treffen", "status",
    "nächste", "nächsten", "bis", "noch", "schon", "bereits", "jetzt", "heute", "inzwischen",
    "wieder", "ggf", "bzw", "evtl", "etc", "usw", "zb", "ca", "uhr", "erledigt", "offen",
    "gemacht", "machen", "sollen", "müssen", "werden", "sein", "haben", "können",
    "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "montag", "dienstag", "mittwoch", "donnerstag",
    "freitag", "samstag", "sonntag", "woche", "ende", "anfang", "monat",
    # conjunctions and adverbs of time that the stop list lacks
    "sodass", "vorher", "nachher", "zurzeit", "momentan", "demnächst", "zeitnah", "spätestens",
    "künftig", "zukünftig", "zukunft", "ebenfalls", "diverse", "divers", "einzelnen", "möglichst",
    # the words of a vote, which every vote shares ("16 Ja, 0 Nein, 2 Enthaltungen")
    "ja", "nein", "enthaltung", "enthaltungen", "stimme", "stimmen", "gegenstimme", "gegenstimmen",
    "einstimmig", "mehrheitlich", "konsens",
    # currencies: a sum of money is a term of its own ("650 EUR" is "650€")
    "eur", "euro", "cent",
})

# Words that open a status line without naming its topic ("Beschluss: ...", "TODO Aylin: ...",
# "Frau Lenz: ..."): such a line has no topic label, however it goes on.
GENERIC_LABEL_WORDS: frozenset[str] = frozenset({
    "beschluss", "beschlüsse", "ergebnis", "ergebnisse", "todo", "todos", "aufgabe", "aufgaben",
    "info", "infos", "information", "hinweis", "verantwortlich", "zuständig", "frage", "antwort",
    "vorschlag", "diskussion", "entscheidung", "abstimmung", "bericht", "stand", "anmerkung",
    "notiz", "fazit", "zusammenfassung", "idee", "update", "neu", "wichtig", "achtung", "protokoll",
    "herr", "herrn", "frau", "hr", "hrn", "fr", "dr", "prof",
    # the fields of a plan ("Ort: Turnhalle", "Beginn: 19 Uhr") name no matter either
    "ort", "zeit", "datum", "beginn", "ende", "uhrzeit", "dauer", "anwesend", "gast", "gäste",
})

# Items settled at the meeting itself, which no later protocol reports on: who chairs it or
# keeps the minutes, and who was elected to an office and accepted.
SETTLED_PATTERNS: tuple[tuple[str, str], ...] = (
    ("settled.meeting_role", r"\bübern(?:immt|ahm|ehmen|ahmen)\b.{0,60}\b(?:Versammlungs|Sitzungs|Wahl)leitung|"
                             r"\bübern(?:immt|ahm|ehmen|ahmen)\b.{0,60}\bProtokollführung\b|"
                             r"\b(?:Versammlungs|Sitzungs|Wahl)leitung\b.{0,80}\b[Vv]orgeschlagen\b|"
                             r"\b[Vv]orgeschlagen\b.{0,80}\b(?:Versammlungs|Sitzungs|Wahl)leitung\b|"
                             r"\b(?:leitet|leiten) die (?:Versammlung|Sitzung)\b|\bdie (?:Versammlung|Sitzung) leite[nt]\b|"
                             r"\bführ(?:t|en) das Protokoll\b|\bdas Protokoll führ(?:t|en)\b"),
    ("settled.elected", r"\b(?:nimmt|nahm|nehmen|nahmen) (?:die|seine|ihre) Wahl an\b"
                        r"|\b(?:zum|zur|als)\s+(?:\S+\s+){0,3}gewählt\b"),
    # "Kassenwartin: Ute Brandl ◦ 12 Ja, 0 Nein": an office, a name, the votes
    ("settled.vote_for_office", r"^(?:stellv(?:\.|ertretende[rn]?)\s*)?(?:Vorsitzende[rn]?|Schatzmeister(?:in)?|"
                                r"Schriftführer(?:in)?|Kassenprüfer(?:in)?|Kassierer(?:in)?|Kassenwart(?:in)?|"
                                r"Beisitzer(?:in)?|Revisor(?:in)?)\s*:.*\b\d+\s+(?:Ja|Stimmen)\b"),
    ("settled.discharge", r"\bEntlastung des (?:gesamten )?Vorstand(?:e?s)?\b"),
    # the agenda and the minutes of earlier meetings, approved at the meeting itself
    ("settled.approval", r"^(?:Die\s+|Das\s+)?(?:(?:Tagesordnung|TO|Protokoll|Niederschrift)\b|Prot\.).{0,80}\b(?:genehmigt|angenommen|beschlossen|bestätigt)\b"),
)

# Weekdays with an "s" name a standing event ("Donnerstags ist die Werkstatt offen": every Thursday),
# not a date, and so are kept as topic words although the weekday itself is filler.
RECURRING_DAYS: dict[str, str] = {
    f"{day}{ending}": day
    for day in ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
    for ending in ("s", "en")  # "donnerstags", "an den Donnerstagen"
}

# Words that name one matter in different ways ("Öffentlichkeitsarbeit" / "Presse"): each group
# is compared like one word, a little below an exact match.  Keep the groups to plain synonyms of
# club and board business; a topic that merely belongs nearby ("Kasse" / "Konto") is no synonym.
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("Öffentlichkeitsarbeit", "Presse", "Pressearbeit", "Werbung", "Marketing", "Medienarbeit"),
    ("Hausordnung", "AGB", "Nutzungsordnung", "Benutzungsordnung", "Regelwerk", "Nutzungsbedingungen"),
    ("Website", "Webseite", "Homepage", "Internetseite", "Internetauftritt"),
    ("Protokoll", "Niederschrift", "Sitzungsprotokoll"),
    ("Mitgliederversammlung", "Jahreshauptversammlung", "Hauptversammlung", "Vollversammlung"),
    ("Genehmigung", "Erlaubnis", "Bewilligung"),
    ("Flyer", "Handzettel", "Faltblatt"),
    ("Satzung", "Statuten", "Vereinssatzung"),
    ("Versicherung", "Haftpflicht", "Haftpflichtversicherung"),
    ("Spende", "Zuwendung"),
    ("Kostenvoranschlag", "Angebot"),
    ("Anschaffung", "Beschaffung", "Kauf"),
)

# Endings stripped before words are compared ("Versicherungen" -> "versicher").
STEM_SUFFIXES: tuple[str, ...] = (
    "ungen", "ung", "ern", "em", "en", "er", "es", "e", "n", "s",
)

# Kinds of meeting as written, mapped to one name per kind for grouping a series.
MEETING_KINDS: dict[str, tuple[str, ...]] = {
    "vorstand": ("vorstandssitzung", "vorstandstreffen", "vorstandsbesprechung", "vorstand",
                 "sitzung des vorstands", "sitzung des vorstandes", "vorstandsklausur"),
    "mitgliederversammlung": ("mitgliederversammlung", "jahreshauptversammlung", "hauptversammlung",
                              "generalversammlung", "vollversammlung", "jahresversammlung", "mv", "jhv"),
    "plenum": ("plenum", "plenarsitzung"),
    "ausschuss": ("ausschusssitzung", "ausschuss"),
    "beirat": ("beiratssitzung", "beirat", "elternbeirat", "seniorenbeirat"),
    "planungstreffen": ("planungstreffen", "orgatreffen", "orga-treffen", "arbeitstreffen"),
}

# Sheet names, headers and labels of the annual report workbook.
REPORT_LABELS: dict[str, str] = {
    "overview": "Übersicht",
    "meetings": "Sitzungen",
    "attendance": "Anwesenheit",
    "decisions": "Beschlüsse",
    "tasks": "Aufgaben",
    "charts": "Diagramme",
    "title": "Jahresbericht {year}: Sitzungen, Beschlüsse und Aufgaben",
    "as_of": "Stand",
    "meetings_by_body": "Sitzungen nach Gremium und Art",
    "body": "Gremium",
    "kind": "Art",
    "count": "Anzahl",
    "attendance_rate": "Anwesenheitsquote je Person",
    "person": "Person",
    "present": "anwesend",
    "meetings_total": "Sitzungen",
    "rate": "Quote",
    "figures": "Kennzahlen",
    "decisions_total": "Beschlüsse",
    "tasks_created": "Aufgaben angelegt",
    "tasks_done": "Aufgaben erledigt",
    "tasks_open": "Aufgaben offen",
    "tasks_overdue": "Aufgaben überfällig",
    "month": "Monat",
    "meetings_per_month": "Sitzungen je Monat",
    "attendance_per_person": "Anwesenheit je Person",
    "task_status": "Aufgaben nach Status",
    "status": "Status",
}

# How a status is shown in the report.
STATUS_LABELS: dict[str, str] = {
    "done": "erledigt",
    "in_progress": "in Arbeit",
    "open": "offen",
    "dropped": "entfallen",
    "changed": "geändert",
    "unreported": "ohne Bericht",
}

ATTENDANCE_MARKS: dict[str, str] = {
    "present": "anwesend",
    "absent": "abwesend",
    "excused": "entschuldigt",
    "guest": "Gast",
}
