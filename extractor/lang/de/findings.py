"""German cues for decisions, votes, tasks and appointments, as data keyed by meaning.

Each pattern is ``(id, regex)``; ``extractor.stages.patterns`` compiles them at
import, so a broken pattern fails when the package loads, not mid-batch.
"""
from __future__ import annotations

from extractor.lang.de.temporal import MONTHS

DECISION_PATTERNS: tuple[tuple[str, str], ...] = (
    ("decision.bracket_label", r"\((?:Beschluss|Entscheidung)\b[^)]*\)"),
    ("decision.there_shall_be", r"\b(?:soll|sollte)\s+es\b.{0,100}\bgeben\b"),
    ("decision.should_be", r"^(?!Es\b)(?!.*\b(?:wir|ich)\b)(?!.*\b(?:soll|sollen)\s+(?:er|sie|es)\b).*\b(?:soll|sollen)\b.{0,80}\b(?:sein|bleiben|gelten|starten|beginnen)\s*[.!]?$"),
    ("decision.standing_rule", r"^(?!Es\b).*\b(?:soll|sollen)\b.{0,80}\b(?:gepflegt|veröffentlicht|genutzt|abgelegt|aufgenommen|abgestimmt|eingezogen|verwendet|behandelt|gestrichen|ergänzt|hinzugefügt|ersetzt|eingeführt|überwiesen)\s+werden\b"),
    # "Beschluss:", "Beschluss (einstimmig):", "Beschluss Nr. 3/2026:"
    ("decision.label", r"^(?:[^:]{1,60}:\s+)?(?:Beschluss|Beschlüsse|Beschlossen|Entscheidung|Ergebnis(?: der (?:Diskussion|Abstimmung|Beratung))?|Einigung|Festlegung|Festgelegt|Vereinbarung|Vereinbart|Konsens)(?:\s+(?:AG|[A-ZÄÖÜ]{2,6}|Vorstand|Beirat|Ausschuss|des\s+[A-ZÄÖÜ][\w-]+|der\s+[A-ZÄÖÜ][\w-]+))?\s*(?:(?:Nr\.?\s*)?\d{1,3}(?:\s*/\s*\d{2,4})?\s*)?(?:\([^)]{0,30}\)\s*)?:"),
    # "Termin festgelegt: Sa, 27.06.", "Vereinbart wird: Treffpunkt …"
    ("decision.label_after", r"^(?:[A-ZÄÖÜ][\w-]*\s+(?:festgelegt|beschlossen|vereinbart|entschieden)|(?:Vereinbart|Beschlossen|Festgelegt)\s+(?:wird|wurde))\s*:"),
    ("decision.beschliessen", r"\bbeschlie(?:ß|ss)(?:t|en)\b|\bbeschlossen\b|\bbeschloss(?:en)?\b"),
    ("decision.vereinbaren", r"\b(?:wird|werden|wurde|wurden|ist|sind)\b.{0,80}\b(?:vereinbart|festgelegt|festgesetzt|entschieden|verabschiedet|bestätigt)\b|\bEs wird vereinbart\b|\bvereinbaren\b.{0,20}\bdass\b"),
    ("decision.entscheiden", r"\b(?:entscheidet|entscheiden|entschied|einigt sich|einigte sich|einigen sich|einigten sich|einigen uns|einigten uns|verständigt sich|verständigte sich|verständigen sich|verständigten sich)\b|\b(?:sind|waren)\s+(?:sich|uns)\s+(?:alle\s+)?einig\b|\bEntscheidung (?:wurde|ist) gefällt\b"
                             # minutes in the first person: "Wir haben uns darauf geeinigt, dass …", "Wir haben entschieden, …"
                             r"|\b(?:[Ww]ir\s+haben|haben\s+wir)\s+(?:uns\s+)?(?:\w+\s+){0,5}?(?:geeinigt|verständigt|entschieden|festgelegt|vereinbart)\b"
                             # staying with what is: "Wir bleiben bei Grünwerk.", "Es bleibt bei der bisherigen Regelung."
                             r"|^(?:Wir\s+bleiben|Es\s+bleibt)\s+(?:also\s+)?bei\s+(?:der|dem|den|[A-ZÄÖÜ])"
                             # "Wir haben deshalb das Motto geändert", "die Tombola lassen wir dieses Jahr weg"
                             r"|^[Ww]ir\s+haben\s+(?:\w+\s+){1,5}?(?:geändert|abgeschafft|gestrichen)\s*[.:]|\blassen\s+wir\s+(?:\S+\s+){0,4}?weg\b"),
    ("decision.angenommen", r"\b(?:angenommen|abgenommen|genehmigt|abgesegnet|zugestimmt|abgelehnt|bewilligt|beschlossen|gebilligt|befürwortet)\b"
                            # told in the past: "Der Vorstand genehmigte den Entwurf ohne Änderungen."
                            r"|^(?:Der|Die|Das)\s+\S+\s+(?:genehmigte|genehmigten|billigte|billigten|bewilligte|bewilligten)\b"),
    ("decision.delegated", r"\b(?:wird|werden|wurde|wurden)\b.{0,80}\b(?:übertragen|uebertragen|beauftragt)\b|\b(?:übertragen|übertrugen|beauftragen|beauftragt)\b.{0,40}\b(?:einstimmig|mehrheitlich)\b"),
    ("decision.einstimmig", r"\b(?:einstimmig\w*|im Konsens|Konsens|ohne Gegenstimmen?|mehrheitlich)\b|\beinst\.(?!\w)"),
    ("decision.answer", r"\?\s*(?:-->|->|→|=>)\s*\S|:\s*(?:Ja|Nein|angenommen|abgelehnt)\b(?:\s*\(|\s*[.!]?\s*$)"),
    ("decision.postpone", r"\b(?:wird|werden|wurde|wurden)\b.{0,80}\b(?:vertagt|zurückgestellt|verschoben|abgesehen|weiter\s+(?:besprochen|diskutiert|beraten))\b"),
    ("decision.gewaehlt", r"\b(?:gewählt|wiedergewählt|entlastet|ernannt|berufen)\b|\b(?:wird|wurde|werden|wurden)\b.{0,60}\bbestimmt\b"),
    ("decision.appoints", r"\b(?:bestimmt|bestimmen|benennt|benennen)\b.{0,60}\bals\b|\b(?:bestimmte|bestimmten|wählt|wählte|wählten|ernennt|ernannte|beruft|berief)\b[^,;]{0,60}\bzu[mr]?\s+(?-i:[A-ZÄÖÜ])|\bvorgeschlagen\b.{0,60}\bannahm\b"),
    ("decision.fixes", r"\b(?:legt|legen|legte)\b.{0,160}\bfest\b|\b(?:stimmt|stimmen|stimmte|stimmten)\b.{0,100}\bzu\b"),
    # discharge of the board, not any relief ("Entlastung der kleineren Gruppen")
    ("decision.entlastung", r"\bEntlastung\b(?=.{0,80}\b(?:Vorstand\w*|Kassenwart\w*|Kassier\w*|Schatzmeister\w*|erteilt|entsprochen|Geschäftsjahr)\b)"
                            r"|\b(?:Vorstand\w*|Kassenwart\w*|Kassier\w*|Schatzmeister\w*)\b.{0,80}\bEntlastung\b"),
    # a line that puts a wording to the vote and gives the result at its end
    ("decision.vote_line", r"^(?:Abstimmung|Abstimmungsergebnis)\s*:.{10,300}?(?:\bJa\s*:?\s*\d|\d+\s+dafür|\d+\s*/\s*\d+\s*/\s*\d+)"),
    # a statement with its vote: "Brief geht mit diesen Änderungen raus: 9 dafür / 0 dagegen / 1 Enthaltung"
    ("decision.vote_counts", r":\s*\d{1,3}\s+dafür\s*[/,;]\s*\d{1,3}\s+dagegen\b"),
    # "Spende nehmen wir an": the meeting accepts
    ("decision.accept", r"\b(?:nehmen|nahmen)\s+wir\s+(?:\S+\s+){0,2}?an\b(?!\s*,?\s*dass)|\bwir\s+nehmen\s+(?:\S+\s+){1,4}?an\b(?!\s*,?\s*dass)"),
    ("decision.abstimmung", r"\b(?:Abstimmung|Abstimmungsergebnis|abgestimmt)\b.{0,60}\d|\bJa[- ]Stimmen\b|\b\d+\s*/\s*\d+\s*/\s*\d+\b|:\s*\d{1,3}\s*:\s*\d{1,3}\s*:\s*\d{1,3}\s*$|\bmit\s+\d+\s+Stimmen\b|\b\d+\s+Stimmen?\s*:\s*(?:Ja|Nein|Enthaltung)"),
    # an office handed to a person: "Leon => Finanzminister", "Olaf -> Kassenwart"
    ("decision.office_assigned", r"^[A-ZÄÖÜ@][\w.@-]*(?:\s+[A-ZÄÖÜ][\w-]*)?\s*(?:=>|->|→)\s*[A-ZÄÖÜ][a-zäöüß-]*"
                                 r"(?:minister|ministerin|wart|wartin|beauftragte|beauftragter|leitung|vorsitz|vorsitzende|vorsitzender|"
                                 r"sprecher|sprecherin|referent|referentin|kassierer|kassiererin|schriftführer|schriftführerin|prüfer|prüferin)\s*$"),
    # a candidate and the vote on them: "Kandidatur Wene: Mit zwei Enthaltungen und einem Nein"
    ("decision.candidacy", r"^(?:Kandidatur|Wahl)\s+[^:]{1,40}:\s*(?:mit\s+)?(?:\d+|eine[rm]?|zwei|drei|keine[rn]?)\s+(?:Enthaltung\w*|Nein|Ja|Gegenstimme\w*|Stimmen?)\b"),
    ("decision.uebernimmt_amt", r"^(?!.*\b(?:gemäß|laut)\s+(?:§|der\s+Satzung))(?!.*\bübern(?:ahm|immt)\s+wieder\b).*\bübern(?:ahm|immt)\b.{0,60}\b(?:Versammlungsleitung|Protokollführung|Wahlleitung|Sitzungsleitung|Kassenprüfung|Leitung)\b"),
    ("decision.renaming", r"(?:^|:\s*)Aus\s+[„\"“'].+?[“\"”']\s+wird\b"),
    # "Die Kasse wird künftig von … geführt"; not a need ("gesucht"), a verdict ("gelobt"), a report
    # ("Nach Mitteilung des Schulträgers werden …") or a task for someone ("wird von Fr. X geklärt")
    ("decision.arrangement", r"^(?!.*\b(?:bis|binnen|wurde|wurden|soll|sollen|sollte|muss|müssen|noch|bitte|kann|können|gegeben|geschätzt|veranschlagt|beziffert|derzeit|momentan|voraussichtlich|gefertigt|geprüft|vorgeschlagen|vorgestellt|angesprochen|hingewiesen|diskutiert|besprochen|erläutert|berichtet|übergegangen|visiert|getestet|ausgeteilt|aufgetragen|gepicklet|zusammengebracht|informiert|gefragt|festgestellt|gezeigt"
                            r"|gesucht|gebraucht|benötigt|geplant|gewünscht|gefordert|gewartet|gelobt|kritisiert|bemängelt|beklagt|begrüßt|bedauert|ausgewertet|laut|Laut|Mitteilung"
                            r"|später|umgehend|demnächst|zeitnah|bald)\b)"
                            r"(?!.*\b(?:wird|werden)\s+(?:\S+\s+){0,4}von\s+(?:Hr\.|Fr\.|Herrn?|Frau|Dr\.|der\s+[A-ZÄÖÜ]|dem\s+[A-ZÄÖÜ]|den\s+[A-ZÄÖÜ])\s?)(?:\S+\s+){1,14}?(?:wird|werden)\b(?:\s+\S+){0,14}\s+(?:ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]+iert|[a-zäöüß]+ge[a-zäöüß]{3,}(?:t|en)|ermächtigt|ausgewählt|eröffnet|eingesetzt)\s*[.!]?$"),
    ("decision.rule", r"\b(?:gilt ab|gilt künftig|ab sofort|künftig|zukünftig|in Zukunft)\b.{0,80}\b(?:werden|wird|ist|sind|soll|sollen|dürfen|darf)\b"
                      # "Die Karteikarten werden ab sofort im Schrank aufbewahrt."
                      r"|^(?!.*\b(?:bis|noch|soll|sollen|muss|müssen)\b).*\b(?:werden|wird)\s+(?:\S+\s+){0,2}?(?:ab sofort|künftig|zukünftig|in Zukunft)\b.{0,80}\b[a-zäöüß]{5,}(?:t|en)\s*[.!]?$"
                      # "ab jetzt kommen alle protokolle in den SV-ordner", "ab jetzt reihum"
                      r"|^(?i:ab\s+jetzt|ab\s+sofort)\b"
                      # "Neue Helfende bekommen ab sofort eine Patin", "Ab Oktober findet die Sprechstunde zweimal im Monat statt"
                      r"|^[A-ZÄÖÜ].{0,60}\b(?:bekommen|bekommt|erhalten|erhält|gilt|gelten|dürfen|darf)\s+ab\s+sofort\b"
                      r"|^Ab\s+(?:Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b.{0,80}\b(?:findet|finden)\b.{0,60}\bstatt\b"),
    # the body follows a proposal or agrees: "Der Ortschaftsrat folgt dem Beschlussvorschlag der Verwaltung."
    ("decision.follows", r"\b(?:folgt|folgen|folgte)\s+(?:dem|der)\s+(?:\w+\s+)?(?:Beschlussvorschlag|Beschlussempfehlung|Empfehlung|Vorschlag|Antrag)\b"
                         r"|^(?:[Dd]er|[Dd]ie|[Dd]as)\s+\w*(?:[Rr]at|[Vv]orstand|[Vv]ersammlung|[Aa]usschuss|[Rr]unde|[Gg]remium|[Pp]lenum)\s+(?:ist|zeigt\s+sich|erklärt\s+sich)\s+(?:\w+\s+){0,4}einverstanden\b"),
    # referred to others: "wird der Antrag mit großer Mehrheit an Vorstand und Aufsichtsrat zur Prüfung überwiesen"
    ("decision.referred", r"\b(?:wird|werden|wurde|wurden)\b.{0,80}\b(?:zur\s+(?:Prüfung|Beratung|Bearbeitung|Entscheidung)|an\s+(?:den|die|das)\s+\w+)\b.{0,60}\b(?:überwiesen|verwiesen)\b"
                          r"|\b(?:wird|werden|wurde|wurden)\b.{0,80}\b(?:überwiesen|verwiesen)\b.{0,20}\bzur\s+(?:Prüfung|Beratung)\b"),
    # the round comes to an agreement: "Die Runde verständigt sich darauf, …", "Es besteht Einvernehmen, …"
    ("decision.agreement", r"\b(?:verständigt|verständigen|verständigte|verständigten)\s+sich\b|\bEinvernehmen\b|\beinvernehmlich\b"),
    # nobody objects: "tagesordnung passt so, keiner hat was dagegen", "Keine Einwände."
    ("decision.no_objection", r"(?i:\b(?:keiner|niemand)\s+(?:hat|hatte)\s+(?:was|etwas)\s+dagegen\b|^keine\s+(?:Einwände|Einwendungen)\b)"),
    # the body founds, adopts, grants: "Die Versammlung gründet den Verein und nimmt die Satzung an"
    ("decision.body_adopts", r"\b(?:\w*[Vv]ersammlung|Versammelung|\w*[Vv]orstand|\w*[Bb]eirat|Plenum|\w*[Rr]at|\w*[Aa]usschuss)\b.{0,40}\b(?:gründet|gründen|nimmt\b.{0,80}\ban|verabschiedet|billigt|billigen)\b"),
    # money the body grants: "Als Budget stellt der Verein 150 € zur Verfügung", "bezuschusst … mit 800 Euro"
    ("decision.grant", r"^(?!.*\b(?:hat|hatte|haben|hatten|wurde|wurden|würde|könnte|steht|stehen)\b).*(?:\d[\d.,]*\s*(?:€|(?:Euro|EUR)\b).{0,60}\bzur Verfügung\b|\b(?:bezuschusst|bezuschussen|bewilligt|bewilligen)\b.{0,80}\d[\d.,]*\s*(?:€|(?:Euro|EUR)\b))"),
)

# A clause with one of these is talk about a decision, not the decision itself.
# Bodies outside the meeting whose resolutions minutes report ("Der Stadtrat hat beschlossen, …").
EXTERNAL_BODIES: tuple[str, ...] = (
    "Stadtrat", "Gemeinderat", "Kreistag", "Landtag", "Bundestag", "Bezirksverband", "Landesverband",
    "Dachverband", "Kreisverband", "Stadt", "Gemeinde", "Träger", "Jugendamt", "Landkreis", "Ministerium",
    "Bezirksamt", "Bezirksvertretung", "Aufsichtsrat", "Kirchenvorstand", "Landeskirche", "Bistum",
)

_MONTHS = "|".join(m.capitalize() for m in MONTHS)

# "Frau Vogt wurde gebeten, …": someone charged by the meeting, a task rather than a resolution
ASKED_TO = (r"(?:wird|wurde|werden|wurden)\s+(?:\S+\s+){0,2}?(?:gebeten|beauftragt|aufgefordert)\s*,"
            r"(?=[^;]{0,200}\bzu\s+[a-zäöüß]+(?:en|ln|rn)\b|[^;]{0,200}\b[a-zäöüß]+zu[a-zäöüß]{2,}(?:en|ln|rn)\b)")  # "zu ermitteln"
# "Helferliste: wer macht? → Greta": the question who does it, which an answer turns into a task
WHO_DOES = r"\bwer\s+(?:macht|übernimmt|kümmert\s+sich)\b"
# "Es wurde vereinbart, dass Herr Kreuzer bis Ende des Monats … einholt": an agreement naming who does it by when
AGREED_THAT = r"\b(?:vereinbart|verabredet|abgesprochen),?\s+dass\s+"
DEADLINE_WORDS = r"\b(?:bis|spätestens|binnen|innerhalb)\b"
# Words that open the deadline after a doer's name ("→ Chiara, bis Monatsende", "- Ilyas, zum 30.04.").
DEADLINE_LEADS = r"(?:bis|zum|spätestens|ab|binnen|innerhalb)"
# Verbs of taking a task on after an arrow ("… -> macht Jule").
TAKES_ON_VERBS: tuple[str, ...] = ("macht", "machen", "übernimmt", "übernehmen", "erledigt", "erledigen")
# A partner in the work: "Tobias kümmert sich zusammen mit Emre um das Backup".
TOGETHER_WITH = r"\b(?:zusammen|gemeinsam)\s+mit\s+(?:(?:dem|der)\s+)?"
# Parties and lists in brackets after a name are no initials of who does it: "Fr. Carina Vöhringer (CDU)"
PARTIES: tuple[str, ...] = ("CDU", "CSU", "SPD", "FDP", "AfD", "FW", "FWV", "FWG", "ÖDP", "BSW", "GRÜNE", "Grüne", "LINKE", "Linke",
                            "PIRATEN", "Volt", "UWG", "WG", "BfB", "UBL")
# Offices in brackets after a name, not members of a group: "Tarik (Kasse) bestellt"
ROLE_NOTES: tuple[str, ...] = ("kasse", "presse", "technik", "finanzen", "öffentlichkeitsarbeit", "protokoll", "moderation",
                               "leitung", "social media", "orga")
# A helper named after the task: "tk montiert am Do, carla kommt mit", "bsd schaut sich das an, nullbyte hilft"
HELPER_VERBS: tuple[str, ...] = ("hilft", "helfen", "hilft mit", "helfen mit", "kommt mit", "kommen mit", "unterstützt",
                                 "unterstützen", "macht mit", "machen mit", "geht mit", "gehen mit")
# What is still to do after a report: "Wurde installiert, dies muss noch angepasst werden".
# A second election in the same sentence, its verb left out: "A wurde einstimmig zur Vorsitzenden gewählt, B mit fünf
# Ja-Stimmen zum Stellvertreter."
SECOND_ELECTION = r"(?<=\bgewählt),\s+(?=[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+)?\s+(?:mit|einstimmig|bei|ohne)\b[^.;]{0,100}?\bzu[mr]\s)"
STILL_TO_DO = r"(?:dies|das|es)\s+(?:muss|müssen|soll|sollen)\s+noch\b"
# Words that open what a to-do is about: "Mit Fr. Möbbeck besprechen, wie es weitergeht".
SUBORDINATORS: tuple[str, ...] = ("wie", "ob", "was", "wer", "wann", "wo", "dass", "welche", "welcher", "welches", "welchen", "welchem")
# Endings of nouns that name a deed ("Übergabe", "Anmeldung"): "Mara + Kosta: Übergabe der Belege am 02.04."
DEED_NOUN_ENDINGS: tuple[str, ...] = ("ung", "gabe", "nahme", "suche", "frage", "stellung", "bestellung")
# Short words that are no pet names of a person ("Ob die Haftpflicht …", "So wird es gemacht").
NOT_PET_NAMES: tuple[str, ...] = ("so", "am", "im", "an", "in", "wo", "ja", "je", "da", "du", "es")
# Labels that open a task, the doer before the colon: "TODO Anna:", "AI bsd:" (action item), "Auftrag an die AG:"
TASK_LABELS: tuple[str, ...] = ("TODO", "To-?Do", "Aufgabe", "AP", "AI", r"Action(?:\s+Item)?", "Auftrag", "Zusage")

# Fields on a task's line: "TODO: Aushang ändern   Wer: Tobi   Bis: 30.4."
TASK_FIELD_WHO: tuple[str, ...] = ("Wer", "Verantwortlich", "Zuständig")
TASK_FIELD_DUE: tuple[str, ...] = ("Bis wann", "Bis", "Termin", "Frist", "Wann")
# A report verb that makes a promise, so a task: "erklärt sich bereit", "sagt … zu", "übernahm es"
PROMISES = (r"\berklärt sich bereit\b|\berklären sich bereit\b|\bsagt\b.{0,60}\bzu\b|\bsagen\b.{0,60}\bzu\b"
            r"|\b(?:erklärte|erklärten) sich bereit\b|\b(?:sagte|sagten) zu\b|\b(?:übernahm|übernahmen|übernimmt|übernehmen) es\b"
            # "wendel hat angeboten, bis zum nächsten Plenum eine Vorlage zu zeichnen"
            r"|\b(?:hat|haben|hatte|hatten)\s+(?:sich\s+)?angeboten\s*,(?=[^;]{0,200}\bzu\s+[a-zäöüß]+en\b|[^;]{0,200}\b[a-zäöüß]+zu[a-zäöüß]{2,}en\b)")
# A poll of the mood that decides nothing ("Stimmungsbild: 9 dafür, 2 dagegen").
STRAW_POLL = r"\b(?:Stimmungsbild|Meinungsbild|Blitzlicht)\b"
# "Lena macht das bis Ende Februar", "Das macht Tobi.", "Greta kümmert sich darum": who takes the work just named
TAKES_IT = (r"^(?:[A-ZÄÖÜ@][\w.@-]*(?:\s+(?:und|&)\s+[A-ZÄÖÜ@][\w.@-]*)?\s+(?:macht|machen|übernimmt|übernehmen|erledigt|erledigen)"
            r"\s+(?:das|dies|es)\b(?!\s*,)(?!\s+[A-ZÄÖÜ\d])"
            r"|^[A-ZÄÖÜ@][\w.@-]*\s+kümmert\s+sich\s+(?:darum|drum)\b"
            r"|^(?:Das|Dies|Darum)\s+(?:macht|machen|übernimmt|übernehmen|erledigt|kümmert\s+sich)\s+[A-ZÄÖÜ@])")

DECISION_BLOCKERS: tuple[tuple[str, str], ...] = (
    ("block.question", r"\?\s*$"),
    # a date or rule fixed elsewhere, told as it now stands: "Der Päd. Tag ist jetzt auf Montag, 11. Mai festgelegt"
    ("block.fixed_meanwhile", r"\b(?:ist|sind)\s+(?:jetzt|nun|inzwischen|mittlerweile|bereits|schon)\s+(?:\S+\s+){0,8}?(?:festgelegt|terminiert|beschlossen|vereinbart|entschieden)\b"),
    ("block.proposal", r"\b(?:schlägt vor|schlug vor|empfiehlt|empfehlen|vorschlagen|regt an|regt\b[^.;]{0,60}\ban\b|(?:beantragt|beantragen)(?:\s*,|(?![^.;]{0,60}\bbei(?:m|\s+der|\s+dem|\s+den)\b))|beantragte|(?<!\bAuf )Vorschlag|Idee|(?<!\bAuf )Anregung|Wunsch|wünscht|fragt|möchte|könnte|müsste|sollte man|überlegt|diskutiert)\b(?!.{0,80}\b(?:angenommen|beschlossen|einstimmig|abgelehnt|zugestimmt)\b)"),
    ("block.future_decision", r"\b(?:soll|sollen|wird|werden)\b.{0,60}\b(?:beschlossen|entschieden|abgestimmt)\s+werden\b"
                              # "… einen Entwurf, der dann im Vorstand beschlossen wird"
                              r"|,\s*(?:der|die|das|den)\s+(?:dann|später|danach|anschließend)\b.{0,60}\b(?:beschlossen|entschieden|abgestimmt|verabschiedet)\s+(?:wird|werden)\b"
                              r"|\b(?:wird|werden)\s+(?:\w+\s+){0,2}?(?:im|in der|beim|am|auf der|in einer)\s+(?:nächsten|kommenden|%s)\b.{0,40}\b(?:festgelegt|entschieden|beschlossen|abgestimmt|geklärt|festgezurrt|festgemacht)\b"
                              r"|\b(?:entscheidet|entscheiden|beschließt|beschließen)\s+(?:\w+\s+){0,2}?(?:im|in der|beim|am|auf der|in einer)\s+(?:nächsten|kommenden|%s)\b"
                              % (_MONTHS, _MONTHS)),
    ("block.external", r"^Von\s+(?:der|dem|den)\s+\S+.{0,60}\b(?:genehmigt|bewilligt|zugesagt)\b|\bvon\s+(?:dieser|diesem|der|dem)\s+(?:\S+\s+)?(?:genehmigt|bewilligt|abgelehnt)\b"),
    ("block.received", r"\b(?:gut|sehr gut|schlecht|kaum|gern|gerne|positiv)\s+angenommen\b"),
    # one person agreeing with another in the debate: "Herr Vellmer stimmt ihr zu."
    ("block.person_agrees", r"^(?:Herr|Frau|Hr\.|Fr\.)\s+(?:Dr\.\s+)?[A-ZÄÖÜ][\w-]+\s+stimmt\s+(?:ihr|ihm|ihnen|dem|der|diesem|dieser)\b"),
    # a decision expected from someone, not taken: "Der Kreistag entscheidet voraussichtlich am 14.10."
    ("block.expected", r"\b(?:entscheidet|entscheiden|beschließt|beschließen)\s+(?:\w+\s+)?(?:voraussichtlich|wahrscheinlich|vermutlich|erst)\b"),
    # a date still to be fixed by someone: "Das Koordinationsteam … legt bis zum 30. September einen Termin fest." (a task)
    ("block.fix_later", r"\b(?:legt|legen)\b.{0,40}\b(?:bis|spätestens)\s+(?:zum|zur|Ende|\d).{0,60}\bfest\b"),
    # a pointer to the resolution listed in the table of resolutions: "… stimmt unter Bedingungen zu → B4"
    ("block.listed_elsewhere", r"(?:→|->|\bsiehe|\bs\.)\s*(?:Beschluss\s+|Aufgaben?\s+)?[BA]\s?\d{1,2}\s*[.)]?\s*$|\(siehe\s+(?:Aufgaben|Beschlüsse)\)"),
    # agreement on how things are, not on what to do: "Alle sind sich einig, dass das auf Dauer keine Lösung ist."
    ("block.assessment", r"\beinig,?\s+(?:dass|daß)\b(?!.*\b(?:wir|soll|sollen|wird|werden|muss|müssen)\b).*\b(?:ist|sind|war|wäre)\s*[.!]?$"),
    # a speaker reports what stands: "Petra: Reha-Sport bleibt vormittags, ist mit der Krankenkasse so vereinbart"
    ("block.reported_state", r",\s*ist\s+(?:\S+\s+){0,4}?(?:vereinbart|bestätigt|geklärt)\s*[.!]?$"),
    ("block.negated", r"\b(?:wurden?|wird|werden)\s+(?:\w+\s+){0,2}(?:keine|kein|nicht)\b.{0,60}\b(?:festgelegt|beschlossen|vereinbart|entschieden|bestätigt|getroffen|gefällt|gefasst)\b"
                      r"|\b(?:Ein|Kein)\s+Beschluss\s+(?:wird|wurde)\b.{0,40}\bnicht\s+gefasst\b|\bkein\s+Beschluss\s+(?:gefasst|getroffen)\b"
                      r"|\b(?:wurden?|wird|werden)\s+nicht\s+(?:mehr\s+)?ge[a-zäöüß]+t\s*[.!]?$"
                      # "Über die Fortführung des Kanals ist noch nicht entschieden."
                      r"|\b(?:ist|sind)\s+(?:noch\s+)?nicht\s+(?:\w+\s+)?(?:entschieden|beschlossen|festgelegt|vereinbart)\b"
                      # "Wir haben heute noch nichts entschieden."
                      r"|\b(?:nichts|nicht|keine?n?)\s+(?:\w+\s+){0,3}?(?:entschieden|beschlossen|festgelegt|vereinbart)\s*[.!]?$"),  # "Weitere Fragen werden nicht gestellt."
    # a note, a resolution taken by circulation and reported, the voting procedure
    ("block.note", r"^Info\s*:|\bzu\s+Protokoll\s+genommen\b|\bzur\s+Kenntnis\s+genommen\b"
                   r"|\b(?:hat|haben)\b.{0,80}\b(?:im\s+Umlaufverfahren|per\s+Umlauf)\b|\blässt\b.{0,80}\babstimmen\b"),
    # an assumption: "höher als im Wirtschaftsplan angenommen"
    ("block.assumed", r"\b(?:höher|niedriger|mehr|weniger|größer|kleiner|teurer|günstiger|besser|schlechter|früher|später)\b"
                      r".{0,60}\bals\s+(?:\S+\s+){0,3}angenommen\b"),
    # a plan or a date to be fixed later: "Baubeginn soll nach derzeitiger Planung im Frühjahr sein",
    # "der Termin wird nach Vorliegen der Ausführungsplanung festgelegt"
    ("block.plan", r"\bnach\s+(?:derzeitiger|aktueller|jetziger)\s+(?:Planung|Einschätzung|Stand)\b|\b(?:nach\s+Vorliegen|sobald|wenn)\b.{0,60}\b(?:festgelegt|entschieden|geklärt)\b"),
    ("block.report", r"\b(?:berichtet|informiert|stellt vor|stellte vor|erläutert|erläuterte|merkt\s+an|gibt\s+zu\s+bedenken)\b(?!.{0,80}\b(?:angenommen|beschlossen|einstimmig)\b)"
                     r"|^[\w@.-]+(?:\s+[\w@.-]+)?\s+(?:erinnert|meldet|sagt)\s*:"  # "Ute erinnert: Lastschriften werden …"
                     r"|\b(?:stellt|stellte|stellten)\b.{0,80}\bvor\b(?!.{0,80}\b(?:angenommen|beschlossen|einstimmig)\b)"),
    # "Helferliste: wer macht? → Greta" hands out a task; a straw poll decides nothing
    ("block.who_does", WHO_DOES),
    ("block.straw_poll", STRAW_POLL),
    # a condition or an assumption, not a resolution: "Wenn die Förderung bewilligt ist, …", "da angenommen wird, dass"
    ("block.condition", r"^(?:Wenn|Falls|Sobald|Sofern)\b|\bangenommen\s+(?:wird|werden|wurde)\s*,?\s*(?:dass|daß)\b"),
    # how the meeting decides, not what: "Wir entscheiden im Konsens."
    ("block.procedure", r"^Wir\s+(?:entscheiden|stimmen\s+ab|beschließen)\s+(?:im|per|mit|nach)\s+\w+\.?$"
                        # the mode of an election: "Es wird offen per Handzeichen gewählt", "Gewählt wird geheim"
                        r"|^(?:Es\s+)?(?:wird|werden|wurde|wurden)\s+(?:(?:offen|geheim|schriftlich|einzeln|en\s+bloc|im\s+Block|per\s+\w+|mit\s+\w+|durch\s+\w+)\s+){1,3}(?:gewählt|abgestimmt)\b"
                        r"|^(?:Gewählt|Abgestimmt)\s+wird\s+(?:offen|geheim|schriftlich|einzeln|per\s+\w+)\b"
                        # how the votes count and are written down: "Gemäß § 4 … wird nach Miteigentumsanteilen abgestimmt",
                        # "Die Ergebnisse werden nachfolgend jeweils mit der Zahl der … angegeben"
                        r"|\b(?:wird|werden)\s+nach\s+(?:\w+\s+){0,2}(?:Köpfen|Kopfprinzip|Anteilen|Miteigentumsanteilen|Stimmanteilen|Objekten|Einheiten)\s+abgestimmt\b"
                        r"|\bErgebnisse\b.{0,20}\b(?:werden|sind)\s+(?:nachfolgend|im Folgenden|unten)\b"),
    # another body's resolution, reported: "Der Stadtrat hat beschlossen, …", "Der Bezirksverband hat … bewilligt"
    ("block.other_body", r"^(?:Der|Die|Das)\s+(?:%s)\b.{0,60}\b(?:hat|haben|hatte|hatten)\b.{0,80}\b(?:beschlossen|bewilligt|genehmigt|entschieden|zugesagt|abgelehnt)\b" % "|".join(EXTERNAL_BODIES)
                         # "… auf seiner Mitgliederversammlung beschlossen hat", "ist dort zum Kassenprüfer gewählt worden"
                         + r"|\b(?:seiner|ihrer)\s+(?:\w+\s+)?(?:Sitzung|Versammlung|Mitgliederversammlung|Vorstandssitzung|Jahreshauptversammlung)\b.{0,40}\bbeschlossen\b"
                         r"|\bdort\b.{0,60}\bgewählt\b|\bwird\b.{0,60}\b(?:bei|auf|in)\s+der\s+nächsten\b.{0,60}\bgewählt\b"),
    # what an earlier meeting did, reported: "Das wurde beim letzten Mal vertagt.",
    # "Das Plenum hat am 18.09. die Laser-Regeln beschlossen"
    ("block.earlier_meeting", r"\b(?:beim|im|am)\s+letzten\s+(?:Mal|Plenum|Treffen)\b|\bin\s+der\s+letzten\s+(?:Sitzung|Versammlung)\b|\bletztes\s+Mal\b"
                              # "wie (im März) beschlossen": carried out as decided before
                              r"|\bwie\s+(?:(?:im|am|in\s+der|beim)\s+\S+\s+|bereits\s+|schon\s+|vereinbart\s+und\s+)?(?:beschlossen|vereinbart|besprochen)\b"
                              r"|\b(?:hat|haben|hatte|hatten)\s+(?:bereits\s+|schon\s+)?am\s+\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zä]+)"),
    # someone asked or charged to do something: a task, not a resolution of its own
    ("block.asked", r"\b" + ASKED_TO),
    # an agreement that names who does what by when: a task
    ("block.agreed_task", AGREED_THAT + r"(?:Herr|Frau|Hr\.|Fr\.|Dr\.)\s.{0,120}" + DEADLINE_WORDS),
)

ACTION_PATTERNS: tuple[tuple[str, str], ...] = (
    ("action.label", r"^(?:TODO|To-?Do|Aufgabe|Aufgaben|AP|Action|Maßnahme|Erledigung durch|Verantwortlich|Zuständig)\b\s*[:\-]?"),
    ("action.arrow", r"(?:→|->)\s*[A-ZÄÖÜ@][\w.@-]+\s*$"),
    ("action.kuemmern", r"\b(?:kümmert sich|kümmern sich|übernimmt|übernehmen|erklärt sich bereit|erklären sich bereit|sagt zu|sagen zu|sagt\b.{0,80}\bzu\b|ist zuständig|sind zuständig|ist verantwortlich|kümmert|klärt|klären)\b"),
    ("action.verb_present", r"\b(?:teilt\b.{0,60}\bmit|schaut|schauen|guckt|gucken|koordiniert|erledigt|stellt\b.{0,60}\b(?:zusammen|bereit|ein|auf)|gibt\b.{0,60}\b(?:raus|weiter|ab|heraus))\b|\b(?:fragt|fragen)\b.{0,60}\b(?:an|nach)\b|\b(?:sorgt|sorgen)\s+für\b|\b(?:nimmt|nehmen)\b.{0,60}\bmit\b|\b(?:fragt|fragen)\s+(?:bei|beim)\b|\b(?:stimmt|stimmen)\b.{0,60}\bab\b|\b(?:spricht|sprechen)\b.{0,40}\ban\b|\b(?:übermittelt|übermitteln|übergibt|übergeben)\b|\b(?:ruft|rufen)\b.{0,60}\ban\b|\b(?:spricht|sprechen) mit\b|\blädt\b|\bladen\b.{0,60}\bein\b|\b(?:verschickt|versendet|verschicken|versenden|schickt|schicken|sendet)\b|\b(?:bereitet|bereiten)\b.{0,60}\bvor\b|\b(?:erstellt|erstellen|organisiert|organisieren|prüft|prüfen|kontaktiert|kontaktieren|informiert|bestellt|bestellen|besorgt|besorgen|meldet|melden|recherchiert|recherchieren|überarbeitet|überarbeiten|schreibt|schreiben|entwirft|entwerfen|gestaltet|gestalten|plant|planen|bringt|bringen|holt|holen|beantragt|beantragen|reicht\b.{0,60}\b(?:ein|weiter|nach)|richtet|richten|fragt nach|führt|führen|vereinbart|vereinbaren|versucht|versuchen|kauft|kaufen|telefoniert|koordiniert|koordinieren|stellt|setzt|aktualisiert|aktualisieren|leitet|verteilt|verteilen|sammelt|sammeln|baut|bauen|druckt|drucken|macht|machen|geht|legt|kontaktieren|klärt|hilft|helfen)\b"),
    ("action.future", r"\b(?:wird|werden)\s+(?:\w+\s+){0,3}(?<!\bnur\s)noch\b(?!.{0,80}\b(?:gewählt|beschlossen|angenommen)\b)|\bwird\b.{0,80}\b\w+t\s+werden\b"
                      # work promised for later: "Die Satzung wird später online verfügbar gemacht"
                      r"|\b(?:wird|werden)\s+(?:\S+\s+){0,2}?(?:später|umgehend|demnächst|zeitnah|baldmöglichst)\b.{0,80}\b(?:ge[a-zäöüß]{3,}t|[a-zäöüß]+iert)\s*[.!]?$"),
    ("action.need", r"^(?!.*\b(?:weil|damit|wenn|falls|ob)\b)(?!.*\?).*\b(?:muss|müssen|soll|sollen|sollte|sollten)\b.{0,100}\b\w+(?:t|en)\s+werden\b|\b(?:ist|sind)\s+(?:noch\s+)?zu\s+\w+en\b|\b(?:muss|müssen|soll|sollen)\b.{0,100}\b(?:stattfinden|erfolgen)\b|\berfolgt\s+(?:bis|spätestens|binnen|innerhalb)\b|(?<!nicht )(?<!kein )\b(?:nötig|notwendig|erforderlich)\s*[.!]?\s*$"
                    r"|\b(?:muss|müssen)\s+(?:noch\s+)?(?:\S+\s+){0,6}?(?:fertig\s+werden|raus|rausgehen|hinaus|auf\s+die\s+\w+|an\s+die\s+\w+)\b"
                    r"|\b(?:muss|müsste)\s+noch\s+jemand\b"),
    ("action.we_must", r"^(?!.*\d+\s+Stimmen?)(?!.*[„\"]).*(?:\b(?:[Ww]ir|[Mm]an)\s+(?:müssen|muss|muessen|sollten|sollen)\b|\b(?:müssen|muessen|sollten|sollen)\s+wir\b)"),
    ("action.planned", r"\b(?:ist|sind|wird|werden)\s+(?:\w+\s+){0,2}geplant\b.{0,160}(?:\bzu\s+[a-zäöüß]+en|[a-zäöüß]{2,}zu[a-zäöüß]{3,}en)\b|^(?:Weiterhin\s+|Außerdem\s+|Zudem\s+)?[Gg]eplant\s+(?:ist|sind)\b"),
    ("action.can_now", r"(?:\b(?:kann|können)\s+(?:nun|jetzt|dann)\b|\b(?:[Nn]un|[Jj]etzt|[Dd]ann)\s+(?:kann|können)\b).{0,80}\b\w+t\s+werden\b"),
)

# Done, reported or hypothetical: not a task for after the meeting.
# Words after an arrow that report the state of an item ("Fotos im Schaukasten (JF) -> erl.").
# Outcomes after an arrow stay with what they decide: "GO-Antrag auf Vertagung -> angenommen", "… → so vereinbart".
OUTCOME_WORDS: tuple[str, ...] = (
    "angenommen", "abgelehnt", "beschlossen", "einstimmig", r"einst\.", "mehrheitlich", "konsens", r"so\s+vereinbart",
    r"so\s+beschlossen", "genehmigt",
)
STATUS_WORDS: tuple[str, ...] = (
    r"erl\.", "erledigt", "offen", "läuft", "done", "ok", "fertig", "entfällt", "vertagt", "hängen", "hängt",
    "liegt vor", "in Arbeit", "abgeschlossen",
)

# "Mehmet erstellt die Seite, den Text schreibt Ute. Beides bis 31.10.": one deadline for the tasks just before
SHARED_DEADLINE = r"^(?:Beides|Beide|Alles|Alle\s+(?:zwei|drei|vier)|Das\s+Ganze|Jeweils)\s+(?=(?:bis|spätestens|zum|binnen|innerhalb)\b)"
# A line that only tells the state of an item: "Putzplan: noch offen.", "Website: läuft".
STATUS_LINE = r"^[^:]{2,60}:\s*(?:noch\s+|immer\s+noch\s+|weiterhin\s+)?(?:%s)\b" % "|".join(STATUS_WORDS)

ACTION_BLOCKERS: tuple[tuple[str, str], ...] = (
    ("block.done_participle", r"\b(?:wurde|wurden|hat|haben|hatte|hatten|war|waren)\b(?!.*\b(?:werden|soll|sollen|muss|müssen)\b).{0,80}\b(?:(?:ab|an|auf|aus|bei|ein|fest|mit|nach|statt|vor|zu|zurück|zusammen)?ge[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert)\b"),
    # what the statutes require, and what is left for later in the same meeting
    ("block.by_rule", r"\bMehrheit\b.{0,60}\b(?:erforderlich|nötig|notwendig)\b|(?:^|\b)(?:[Ll]aut|[Gg]emäß|[Ll]t\.)\s+(?:der\s+|dem\s+)?(?:Satzung|Geschäftsordnung|Gesetz|Vereinsrecht|§)|\b(?:satzungsgemäß|fristgerecht\s+laut)\b"
                      # a meeting or feast that shall take place is an appointment, not work for someone
                      r"|^(?:Die\s+|Das\s+|Der\s+)?(?:\w+\s+){0,3}(?:\w*[Vv]ersammlung|MV|JHV|\w*[Ss]itzung|\w*[Tt]reffen|\w*[Ff]est)\b.{0,100}\b(?:stattfinden|stattfindet)\b"),
    ("block.later_in_meeting", r"\bunter\s+(?:TOP\s*\d+|Sonstiges|Verschiedenes|Punkt\s+\d+)\s+(?:weiter\s+)?(?:besprochen|diskutiert|beraten|behandelt)\b"),
    ("block.status_report", r"(?::\s*|\b)(?:erledigt|entfällt|vertagt|in Arbeit)\s*[.!]?$|:\s*(?:erledigt|entfällt|vertagt|steht noch aus|liegt vor|liegen vor|noch offen|läuft|in Arbeit|hängt|hängen)\b"
                            # "Dankesbrief: erl. (TR)", "Partituren: bestellt + geliefert (MK)": done, and who did it
                            r"|:\s*(?:erl\.|erledigt|(?:ge|be|ver)[a-zäöüß]+t(?:\s*(?:\+|und|&)\s*(?:ge|be|ver)[a-zäöüß]+t)?)\s*\([^()]{1,30}\)\s*[.!]?$|\b(?:liegt|liegen)\b(?:\s+[^\s,;.]+){0,4}?\s+vor\b|\bist gedruckt\b"),
    ("block.done", r"\b(?:wurde|wurden|war|waren|hat|haben|hatte|hatten|ist|sind)\b.{0,60}\b(?:erledigt|hergestellt|verschickt|versendet|durchgeführt|abgeschlossen|erfolgt|bestellt|eingereicht|gemacht|angeschafft|gekauft|eingerichtet|geklärt|aufgestellt|erstellt|geschickt|gegeben|gestellt|genehmigt|eingebaut)\b"),
    # news and a third party's intentions: "Frau H. informiert, dass die Arbeitgeberin … einführen will",
    # "Die Geschäftsführung beabsichtigt, …", "plant laut Aushang …", "Die Werkleitung lehnt … ab"
    ("block.informs", r"\binformiert\s*,?\s+(?:dass|daß|darüber)\b|\b(?:beabsichtigt|beabsichtigen)\b"
                      r"|\blaut\s+(?:Aushang|Mitteilung|Rundschreiben|Rundmail|Presse|Zeitung)\b|\b(?:lehnt|lehnen)\b.{0,60}\bab\b"),
    # a pointer to the table of resolutions or tasks: "Laptop für das BR-Büro → B9"
    ("block.listed_elsewhere", r"(?:→|->|\bsiehe|\bs\.)\s*(?:Beschluss\s+|Aufgaben?\s+)?[BA]\s?\d{1,2}\s*[.)]?\s*$"),
    # leaving a post, also on a day: "Jonas gibt die Koordination des Fahrdienstes zum Jahresende ab"
    ("block.leaves_post", r"\b(?:gibt|geben)\b.{0,40}\b(?:Koordination|Leitung|Amt|Ämter|Vorsitz|Posten|Funktion)\b.{0,60}\bab\b"),
    # a done mark: "Kontaktformular ist seit 01.09. online (Tobias) ✔", "Km-Abrechnung Q2 erledigt (Jonas)", "Formular: fertig, …"
    ("block.done_mark", r"[✔✓✅☑]\s*$|^[^()]{1,60}\berledigt\s*(?:\(|,|[.!]?$)|^[^:]{1,40}:\s*fertig\b|\bist\s+seit\s+(?:dem\s+)?[\d.]+\s+(?:online|da|fertig|live)\b"),
    ("block.question", r"\?\s*$|^Wer\b.{0,80}\b(?:ist|bleibt)\s+(?:noch\s+)?(?:offen|unklar)\b"),  # "Um was für ein Modell handelt es sich? (Olaf)" is Olaf's to find out
    # the minute-taker's signature: "Fürs Protokoll: Lea Hofstätter"
    ("block.signature", r"^(?:Für(?:s|\s+das)\s+Protokoll|Protokoll(?:führung|führer\w*)?|gez\.)\s*:?\s*[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,2}\s*$"),
    # what the meeting does today: "Wir wollen heute durchsprechen, …"
    ("block.today", r"\b(?:wollen|möchten|werden)\s+(?:wir\s+)?heute\b|\bheute\s+(?:wollen|möchten)\s+wir\b"),
    # proposals, motions, moods and work to settle later are no tasks: "Vorschlag Lena: …", "Beschlussvorschlag: Der
    # Förderverein schafft … an", "Stimmung: …", "klären wir später"
    ("block.proposal_label", r"^(?:Vorschlag|Idee|Anregung|Stimmung|Stimmungsbild|Meinung|Eindruck|Beschlussvorschlag|Beschlussantrag|Beschlussempfehlung|Antrag|Diskussion|Aussprache|Rückfrage)\b[^:]{0,30}:"
                            # who stands for election: "Wahl Kassenwart – Kandidat: Sven-Ole Harms"
                            r"|\b(?:Kandidat|Kandidatin|Kandidaten|Kandidatinnen|Kandidat\*innen|Kandidat:innen)\s*:"),
    # news passed on by someone who is not there: "Svenja per Mail: Stadtbibliothek macht wieder mit."
    ("block.message", r"^[\w@.-]+(?:\s+[\w@.-]+)?\s+(?:per|via|über)\s+(?:E-?Mail|Mail|Telefon|Matrix|Signal|Chat|Messenger)\s*:"),
    ("block.later", r"\b(?:klären|besprechen|entscheiden|schauen)\s+wir\s+(?:später|beim\s+nächsten|nächstes\s+Mal|dann)\b"),
    # a bare participle reports work done: "Flyer nachgedruckt" ("Olaf organisiert" may be either: left alone)
    ("block.done_item", r"^(?:[^\s,;:]+\s+){0,3}(?:(?:an|auf|aus|ein|ab|zu|nach|mit|fest)?ge[a-zäöüß]{3,}t|entworfen)\s*[.!]?$"),
    # a state, not a deed: "Hüpfburg ist für den 23.08. reserviert (KM)", "Schloss ist gekauft und eingebaut"
    ("block.state_passive", r"\b(?:ist|sind)\b(?:\s+[^\s,;]+){0,6}?\s+(?!(?:geplant|gewünscht|gefordert|gefragt|gebeten|gehalten)\b)(?:(?:an|auf|aus|ein|ab|zu|nach|mit|fest)?ge[a-zäöüß]{3,}t|[a-zäöüß]{3,}iert|(?:ent|ver|be|zer)[a-zäöüß]{3,}(?:t|en))\b(?!\s*(?:werden|worden))(?![^()]*\))"),
    # a negated main clause reports what is not the case: "Kalkbrenner meldet sich nicht."
    ("block.negated_modal", r"\b(?:kann|können|konnte|konnten|will|wollen|wird|werden)\s+(?:[^\s,;]+\s+){0,5}?nicht\s+(?:mehr\s+)?(?:[a-zäöüß]+en|fertig|rechtzeitig)\b"),
    # a cross reference, not a doer: "Honorar nur gegen Rechnung (-> Verein, s.o.)"
    ("block.cross_reference", r"(?:→|->)\s*[^)→]{1,30}?,?\s*(?:s\.\s?o\.|s\.\s?u\.|siehe|vgl\.)"),
    # greetings passed on, also with an invitation: "überbringt Grüße des Nachbarvereins und lädt … ein"
    ("block.greetings", r"\b(?:überbringt|überbringen|überbrachte|richtet|richten|richtete)\b.{0,40}\bGr[uü](?:ß|ss)\w*"),
    # a rule that takes effect, and an appointment with the people who go
    ("block.takes_effect", r"\bin Kraft (?:treten|tritt|gesetzt)\b"),
    ("block.appointment", r"^(?:Termin|Nächster Termin|Neuer Termin|Nächste Sitzung|Nächstes Treffen|Nächstes Mal|[Nn]ext)\b[^:]{0,40}:"),
    # "Innenhof gemäht (US) -> erl.": a status after an arrow reports, it sets no task
    ("block.arrow_status", r"(?:→|->)\s*(?i:%s)(?:\W|$)" % "|".join(STATUS_WORDS)),
    ("block.negated", r"\b(?:nicht|nie)(?:\s+(?:mehr|ganz|so))?\s*(?:\([^)]*\)\s*)?(?:[.,;!]|$)|\bnoch\s+nicht\s+[a-zäöüß]+(?:t|en)\s*(?:[.,;!]|$)"),
    # a wish about what we have or are: "Wir sollten noch einige Spenden haben"
    ("block.state_wish", r"\b(?:sollten|sollen|müssten)\b(?!.*\b(?:bis|spätestens|binnen)\b).{0,60}\b(?:haben|sein)\s*(?:\([^)]*\))?\s*[.!]?$"),
    # a wish or a possibility in the subjunctive: "Stadt müsste wieder prüfen", "wäre gut"
    ("block.subjunctive", r"^(?![^,]*\b(?:muss|müssen|soll|sollen|wird|werden)\b).*\b(?:müsste|müssten|könnte|könnten|wäre|wären|würde|würden|sollte man|lieber|könne|müsse|solle|sei)\b"),
    ("block.possibility", r"\b(?:kann|können|könnte|könnten)\s+(?:\S+\s+){0,3}?bis zu\b"),
    ("block.not_yet", r"\b(?:wird|werden)\s+(?:\w+\s+)?noch\s+nicht\b"),
    ("block.past", r"\b(?:berichtete|berichteten|stellte|stellten|erklärte|erklärten|wies|wiesen|fasste|fassten|begrüßte|eröffnete|schloss|kam|kamen|ging|gingen|lief|liefen|sprachen|sprach|musste|mussten)\b"),
    # a presentation in the meeting: "Zu den Schließtagen stellt Frau Ahrens den Entwurf vor: …",
    # "Frau Korte-Ahlers stellt das Programm des Festwochenendes vor." (not "stellt es in der nächsten Sitzung vor")
    ("block.presents", r"\b(?:stellt|stellen)\b[^:]{0,80}\bvor\s*:"
                       r"|^(?!.*\b(?:bis|nächsten|kommenden|zur|zum|beim|noch|demnächst)\b)(?:(?:Herr|Frau|Hr\.|Fr\.|Dr\.)\s+)*[A-ZÄÖÜ][\w-]+\s+(?:stellt|stellen)\s.{0,160}\bvor\s*\.?$"),
    # what befalls a group, not its deed: "TT verliert evtl. Do 16–18 Uhr"
    ("block.befalls", r"^(?:[^:]{1,30}:\s*)?\S+\s+(?:verliert|verlieren)\b"),
    # a meeting on a day is an appointment, not work: "Die Steuerungsgruppe trifft sich wieder am 28.04. um 15:45 Uhr."
    ("block.meets", r"\b(?:trifft|treffen)\s+sich\b(?:\s+\w+){0,3}?\s+(?:am|ab)\s+(?:\w+,?\s+)?\d{1,2}\."),
    # an invitation to an event on its day: "Herr Lammers lädt zum Projekttag … am Donnerstag, 23. April, … ein."
    ("block.invites_to_event", r"\b(?:lädt|laden)\b[^.]{0,80}?\bzu[mr]?\b[^.]{0,120}?\bam\s+(?:\w+,?\s+)?\d{1,2}\.[^.]{0,80}\bein\b"),
    # what there is: "Insgesamt gibt es 121 Anmeldungen, …"
    ("block.there_is", r"^(?:\w+\s+)?(?:gibt|gab)\s+es\b"),
    # what someone expects: "Die Gemeinde rechnet mit Fertigstellung Ende August", "geht davon aus, dass …"
    # (in the first part: "BK bestellt das Rad, der Händler rechnet mit 6 Wochen" is BK's task)
    ("block.expects", r"^[^,;]*\b(?:(?:rechnet|rechnen)\s+(?:[\wäöü.]+\s+){0,3}?(?:mit|damit)|(?:geht|gehen)\s+davon\s+aus)\b"),
    # an idea brought into the debate: "Herr Quandel bringt die Idee ein, das Programm zu wiederholen"
    ("block.idea", r"\b(?:bringt|bringen|brachte|brachten)\s+(?:\S+\s+){0,3}?(?:Idee|Vorschlag|Anregung|Wunsch|Gedanken)\b"),
    # someone stops: "Finn hört Ende August auf."
    ("block.stops", r"\b(?:hört|hören)\s+(?:[^.;]{0,40}\s)?auf\s*[.!]?$"),
    # trouble a thing makes: "Der Kopierer macht immer mehr Probleme"
    ("block.trouble", r"\b(?:macht|machen|bereitet|bereiten)\s+(?:\w+\s+){0,3}?(?:Probleme|Ärger|Schwierigkeiten|Sorgen|Mucken)\b"),
    # who leads the vote: "Die Wahl leitet Herr Bauer."
    ("block.leads_vote", r"\b(?:Wahl|Wahlgang|Abstimmung|Sitzung|Versammlung)\s+leitet\b|\bleitet\s+(?:die|den)\s+(?:Wahl|Wahlgang|Abstimmung|Sitzung|Versammlung)\b"),
    # what happens in the meeting itself: people come and go, ask, chair a vote
    ("block.in_meeting", r"\b(?:verlässt|verlassen|betritt|betreten)\s+(?:die|den)\s+(?:Sitzung|Versammlung|Raum|Saal)\b|\bkommt\s+(?:\S+\s+)?hinzu\b"
                         r"|\bkommt\b.{0,60}\bspäter\s*[.!]?$"
                         r"|\b(?:erscheint|erscheinen|erschien|kommt|kam)\s+(?:erst\s+)?um\s+\d{1,2}[:.]\d{2}\b"
                         r"|(?<!zu )\b(?:fragt|fragen|fragte),\s*(?:ob|wer|wie|was|warum|wann|wo)\b|\b(?:leitet|leiten)\s+die\s+(?:Wahl|Wahlen|Abstimmung|Sitzung|Versammlung|Diskussion)\b"
                         # "Herr Wendler nimmt ab 19:25 Uhr an der Sitzung teil", "Herr Wendler fehlt."
                         r"|\b(?:nimmt|nehmen)\b.{0,30}\ban\s+der\s+(?:Sitzung|Versammlung|Beratung|Abstimmung)\s+teil\b|^\S+(?:\s+\S+){0,2}\s+(?:fehlt|fehlen)\s*(?:entschuldigt\s*)?[.!]?$"
                         # who comes to an event to take part: "Ronja + Malte kommen auch, als Teilnehmende"
                         r"|\b(?:kommt|kommen)\b.{0,30}\bals\s+(?:Teilnehmende|Teilnehmer\w*|Gäste|Gast|Zuschauer\w*|Besucher\w*)\b"),
    # another body's resolution to come; an invitation of the body; wishes and wants
    ("block.other_resolution", r"[Bb]eschl(?:uss|üsse)\w*\b.{0,60}\bgefasst\b"),
    # an assessment: "ist nach ihrer Einschätzung möglich, muss aber geprüft werden"
    ("block.assessment", r"\bnach\s+(?:ihrer|seiner|unserer|deren|dessen|meiner)\s+(?:Einschätzung|Auffassung|Ansicht|Meinung)\b"),
    ("block.invitation", r"\b(?:lädt|laden|lud)\s+(?:(?:den|die|das)\s+\w+\s+|alle\s+)?(?:\S+\s+){0,2}?(?<!bis )zu[rm]?\b.{0,100}\bein\s*(?:[.!]?$|:|\()"),
    # a soft suggestion or an idea nobody took on: "wir sollten mal eine neue anschaffen", "(Idee, noch niemand zuständig)"
    ("block.suggestion", r"\b(?:wir|man)\s+(?:sollten|könnten|müssten)\s+(?:\S+\s+){0,2}?mal\b|\bsollten\s+wir\s+(?:\S+\s+){0,2}?mal\b"
                         r"|\bnoch\s+niemand\s+zuständig\b|\bkein\s+konkreter\s+Plan\b"),
    # accepting an election
    ("block.accepts_office", r"\b(?:nimmt|nehmen|nahm)\s+die\s+Wahl\s+an\b"),
    ("block.wish", r"\b(?:wünscht|wünschen)\s+sich\b|\b(?:fehlt|fehlen)\s*(?:[,;(]|[.!]?$)"),
    # what is expected to arrive, no deed: "Bescheid der Bürgerstiftung soll Ende April kommen"
    ("block.expected", r"\b(?:soll|sollen|wird|werden)\b[^,;]{0,40}\b(?:kommen|eintreffen|ankommen|vorliegen)\s*[.!]?$"
                       # "Der Bescheid wird für Juli erwartet.", "der Stadtrat wird voraussichtlich im Herbst beraten"
                       r"|\b(?:wird|werden)\b.{0,40}\berwartet\b|\b(?:wird|werden)\s+voraussichtlich\b"
                       # "kommt derzeit nicht in Frage"
                       r"|\b(?:kommt|kommen)\b.{0,20}\bnicht\s+in\s+Frage\b"),
)

# Vote counts, each with the meaning of its groups; a capital "O" before a count word is a
# zero that a typist or text layer got wrong ("O Enthaltungen").
VOTE_PATTERNS: tuple[tuple[str, str], ...] = (
    # (not "3 Angebote: 249 / 285 / 310 EUR", a list of prices)
    ("votes.triple", r"(?<![\d.,/:])(\d{1,3})\s*[/:]\s*(\d{1,3})\s*[/:]\s*(\d{1,3})(?![\d/:]|[.,]\d|\s*(?:EUR|€|Euro|%))"),
    # "Abstimmung 14-0-1", "Ergebnis: 14 – 0 – 1": dashes only after a word that says a vote follows (not a date)
    ("votes.dashed", r"\b(?:Abstimmung|Ergebnis|Votum|Stimmen)\s*:?\s*(\d{1,3})\s*[-–]\s*(\d{1,3})\s*[-–]\s*(\d{1,3})(?![\d-])"),
    # "+7 / -0 / o1", "(+5 -0 ~1)": for, against, abstaining, as hackerspaces count them
    ("votes.signed", r"(?<![\w+])\+\s*(\d{1,3})\s*/?\s*[-–]\s*(\d{1,3})\s*/?\s*(?:[oO~±]|\+/-|0\s)\s*(\d{1,3})(?!\d)"),
    ("votes.labelled_yes", r"(\d{1,3})\s+Stimmen?\s*:\s*(?:Ja\b|(?!Nein|Enthalt)[A-ZÄÖÜ])|\bmit\s+(\d{1,3})\s+Stimmen\b|(?:Dafür|Ja|Ja-Stimmen|Zustimmung|Pro)\s*[:=]?\s*(\d{1,3})|(\d{1,3})(?:\s*\(von \d+\))?\s*(?:Ja-Stimmen|Ja\b|Stimmen dafür|Für-Stimmen|dafür)"),
    ("votes.labelled_no", r"(\d{1,3})\s+Stimmen?\s*:\s*Nein\b|(?:Dagegen|Nein|Nein-Stimmen|Gegenstimmen?|Contra|Ablehnung(?:en)?)\s*[:=]?\s*(\d{1,3})|(\d{1,3}|keine|ein(?:e[rnm]?)?|ohne|zwei|drei|vier|fünf|(?-i:O)(?=\s))\s*(?:Nein-Stimmen?|Nein\b|Gegenstimmen?|Stimmen? dagegen|dagegen)"),
    # "einstimmig (19 Eigentümer, 7.126 MEA)", "einstimmig bei Enthaltung der drei Beiratsmitglieder (16 Eigentümer …)"
    ("votes.unanimous_count", r"\beinstimmig\w*\b[^()]{0,80}\((\d{1,3})\s+(?:[A-ZÄÖÜ][\wäöüß]+|Stimmen|Ja)\b"),
    ("votes.labelled_abstain", r"\bEnthaltung\s+(?:der|von|aller)\s+(\d{1,3}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn)\s+[A-ZÄÖÜ]|(\d{1,3})\s+Stimmen?\s*:\s*Enthaltung|(?:Enthaltungen|Enthaltung|Enthalten|Enth\.)\s*[:=]?\s*(\d{1,3})|(\d{1,3}|keine|ein(?:e[rnm]?)?|ohne|zwei|drei|vier|fünf|(?-i:O)(?=\s))\s*(?:Enthaltung(?:en)?|Enth\.|Stimmenthaltung(?:en)?)"),
)
# Words that open a sentence without being its subject ("Außerdem plant der Caterer …", "Insgesamt gibt es …").
SENTENCE_ADVERBS: tuple[str, ...] = (
    "insgesamt", "zudem", "leider", "deshalb", "deswegen", "inzwischen", "mittlerweile", "aktuell", "zurzeit",
    "allerdings", "jedoch", "trotzdem", "ebenfalls", "anschließend", "zunächst", "schließlich", "übrigens",
    "außerdem", "dann", "danach", "daher", "derzeit", "bisher",
)

# The body's total after the counts of its groups: "… Schüler 3/0/0; gesamt 11/1/0", "-> insgesamt 10 ja, 1 nein"
VOTE_TOTAL = r"\b(?:insgesamt|gesamt|zusammen|in\s+Summe|Summe|Gesamtergebnis)\b\s*:?\s*"
UNANIMOUS_CUES: tuple[str, ...] = (
    r"\beinstimmig\w*\b", r"\beinst\.(?!\w)", r"\bohne Gegenstimmen?\b", r"\bim Konsens\b", r"\bKonsens\b",
    r"\bmit Einverständnis aller\b", r"\bvon allen\b",
)
NUMBER_WORDS: dict[str, int] = {
    "keine": 0, "keiner": 0, "ohne": 0, "o": 0, "eine": 1, "einer": 1, "einen": 1, "einem": 1, "ein": 1, "zwei": 2,
    "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
}

# The body's own next meeting, said plainly; "Nächste StuRa-Sitzung" may be another body's.
# ("naechste": minutes typed without umlauts)
_NEXT = r"(?:n(?:ä|ae)chste[srn]?|kommende[srn]?)"
_WEEKDAY = r"(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)"
# A word that names a kind of meeting: "Vorstandssitzung", "Plenum", "Mitgliederversammlung", "AG-Treffen"
MEETING_NOUN = r"\b[\wÄÖÜäöüß-]*(?:sitzung|treffen|versammlung|plenum|runde|konferenz)\b"
NEXT_MEETING_PLAIN = r"\b%s\s+(?:Sitzung|Treffen|Plenum|Versammlung)\b" % _NEXT

# Appointments: a cue that a future date is fixed.
APPOINTMENT_CUES: tuple[tuple[str, str], ...] = (
    # "Nächste Sitzung", "nächstes Planungstreffen", "Nächste PGR-Sitzung", "nächste FSR-Sitzung", "next:"
    ("appointment.next_meeting", r"\b" + _NEXT + r"\s+(?:(?:gemeinsame|reguläre|regulaere|ordentliche|öffentliche)[nrs]?\s+)?(?:[A-ZÄÖÜ][\wÄÖÜäöüß]*-)?(?:Sitzung|Treffen|Versammlung|[A-ZÄÖÜ][a-zäöüß]+(?:sitzung|treffen|versammlung)|Plenum|Besprechung|Runde|(?!KW\b)[A-ZÄÖÜ]{2,4}|Zusammenkunft)\b"
                                 # English labels of minutes in git repositories: "next: Di, 04.06., 19:00"
                                 r"|^(?:[Nn]ext(?:\s+(?:meeting|Treffen))?|[Nn]ächstes\s+Mal)\s*:"
                                 # "## Nächster Termin" over the next meeting's date and place
                                 r"|^(?:[Nn]ächster|[Kk]ommender)\s+Termin\s*:?\s*$"),
    ("appointment.label", r"^(?:Termin|Termine|Nächster Termin|Neuer Termin|Datum|Save the Date|Veranstaltung)\b\s*(?:[\w ]{0,40})?:"),
    # "Die Mitgliederversammlung wurde auf Samstag, den 26. April 2025, 15 Uhr, festgelegt"
    # "legt das Festwochenende einstimmig auf den 13. und 14. September 2025 fest"
    ("appointment.fixed", r"\b(?:auf|für|am)\s+(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?,?\s+)?(?:den\s+)?(?:\d{1,2}\.\s*(?:und|bis|/|–|-)\s*)?\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+).{0,80}\b(?:festgelegt|gelegt|verlegt|verschoben|terminiert|angesetzt|vereinbart|geplant|vorgesehen|fest)\b"),
    # "Die Sitzungstermine für 2026 werden festgelegt: 21. Januar, 11. März ..." (the first is the next meeting)
    ("appointment.next_meeting_dates", r"\b(?:Sitzungstermine|Sitzungen|Treffen|Termine der (?:Sitzungen|Treffen))\b.{0,80}\b(?:festgelegt|vereinbart|beschlossen|geplant)\b"),
    # "Install-Partys 2025: Termine mit der Bibliothek abgestimmt, jeweils samstags: 15.02., 12.04. und 14.06."
    ("appointment.dates_fixed", r"\b(?:[A-ZÄÖÜ][a-zäöüß]+t|T)ermine?\b.{0,60}\b(?:festgelegt|vereinbart|abgestimmt|beschlossen|fest|stehen|steht)\b"),
    # "Begehung Außenanlagen: Di 20.05., 16:00, Treffpunkt Müllplatz": an event named before its date
    ("appointment.label_date", r"^(?!(?:Frist|Abgabe|Deadline|Rückmeldung|Stand|Protokoll|Datum|Erledigt|Erl)\b)[^:]{3,60}:\s*(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?,?\s+)?(?:den\s+)?\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)(?!.*\bbis\b)"),
    # "Sommergrillen So 25.06. ab 16 Uhr", "beim Frühjahrsputz (Sa 25.03.)", "Sa 23.09. vorgemerkt": an event on a weekday
    # (not "erste Verteilung vermutlich KW 15 (Do 10.4.)": a guess)
    ("appointment.weekday_date", r"^[A-ZÄÖÜ][\wäöüß-]+(?:\s+[\wäöüß.-]+)?\s+%s\.?,?\s+\d{1,2}\.\s*\d{1,2}\.(?:\d{2,4})?(?!\S)"
                                 r"|^(?!.*\b(?:vermutlich|voraussichtlich|wahrscheinlich)\b).*\(\s*%s\.?,?\s+\d{1,2}\.\s*\d{1,2}\.(?:\d{2,4})?\s*\)"
                                 r"|\b%s\.?,?\s+\d{1,2}\.\s*\d{1,2}\.(?:\d{2,4})?\s+(?:vorgemerkt|reserviert|geblockt|gebucht)\b"
                                 % (_WEEKDAY, _WEEKDAY, _WEEKDAY)),
    # an event noun and its days: "Festwochenende 13./14.09. – Festschrift …", "Sommerfest 21.06."
    ("appointment.event_date", r"^[A-ZÄÖÜ][\wäöüß-]*(?:fest|wochenende|feier|lauf|markt|basar|turnier|versammlung|ausflug|konzert)\s+"
                               r"\d{1,2}\.(?:\s*(?:/|–|-|und)\s*\d{1,2}\.)?\s*\d{1,2}\.(?:\d{2,4})?(?!\S)"),
    # "findet … statt", "am 12.03.", "am 20./21.05."; not "spätestens am" (a deadline) nor "ab dem 1. Februar" (a rule's start)
    ("appointment.event", r"\b(?:findet|finden)\b.{0,100}\bstatt\b|(?<!spätestens )\bam\s+(?:(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?,?\s+)?(?:den\s+|dem\s+)?(?:\d{1,2}\.?\s*(?:[/–-]|und)\s*)?\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+)"
                          # something that starts that day: "Das Lernprojekt soll erst ab dem 17.10. starten"
                          r"|\bab\s+dem\s+\d{1,2}\.\s*(?:\d{1,2}\.|[A-ZÄÖÜ][a-zäöü]+).{0,60}\b(?:starten|startet|beginnen|beginnt|losgehen|geht\s+los|öffnet|öffnen|eröffnet)\b"),
)

# Labels that name who does the task before them ("Verantwortlich: Hr. Arslan", "Zuständig" over names).
RESPONSIBLE_LABELS: tuple[str, ...] = (
    "Verantwortlich", "Verantwortliche", "Zuständig", "Zuständigkeit", "Erledigung durch",
)

# Words that stand for a group or office that can be responsible for a task.
RESPONSIBLE_BODIES: tuple[str, ...] = (
    "Koordinierungsstelle", "Vorstand", "Geschäftsstelle", "Geschäftsführung", "Kassenwart",
    "Kassenwartin", "Schatzmeister", "Schatzmeisterin", "Kassierer", "Kassiererin", "Verwaltung",
    "Protokollant", "Protokollantin", "Versammlungsleiter", "Sitzungsleitung", "Schriftführer",
    "Schriftführerin", "Vorsitzende", "Vorsitzender", "Fachschaft", "Redaktion", "Arbeitsgruppe",
    "Orga-Team", "Orgateam", "Team", "Elternbeirat", "Schulleitung", "Hausmeister", "Administratoren",
    "Mitgliederorganisationen", "Webteam", "Presseteam", "Kassenprüfer", "Kassenprüferin",
    "Bauamt", "Stadtverwaltung", "Ortsverwaltung", "Jugendwart", "Jugendwartin", "Sportwart", "Pressewart",
    "Pressewartin", "Beisitzer", "Beisitzerin", "Gemeinde", "Ausschuss", "Vermieter", "Verein",
    "Orga", "Gärtnerin", "Gärtner", "Küster", "Küsterin", "Hausverwaltung", "Ortsvorsteher", "Ortsvorsteherin",
    "Bürgermeister", "Bürgermeisterin", "Ortsverwaltung", "Arbeitskreis", "Kämmerei", "Netzwerkpartner",
    "Quartiersmanagement", "Umweltamt", "Kirchengemeinde",
    # the members of a board as a group ("Alle Vorstandsmitglieder sprechen bis zur JHV … an"), not all members;
    # those taking part in a trip ("Die Teilnehmenden überweisen den Restbetrag bis 31. Juli")
    "Vorstandsmitglieder", "Beiratsmitglieder", "Ausschussmitglieder", "Teilnehmenden", "Teilnehmende",
    # the units of a club and those who lead them ("Die Abteilungen liefern bis zum 15. Mai …")
    "Abteilungen", "Abteilungsleiter", "Abteilungsleitungen", "Übungsleiter", "Gruppenleitungen", "Fraktionen",
    "Arbeitsgruppen", "AGs", "Teams",
)
# Short words after a hyphen that make a compound a group ("Depot-AG", "Hoffest-Team", "Presse-Gruppe").
BODY_HYPHEN_SUFFIXES: tuple[str, ...] = ("AG", "Team", "Gruppe", "Kreis", "Orga", "Crew", "Referat")
# Endings of compound nouns that name a group or office ("Hausverwaltung", "Mieterbeirat").
BODY_SUFFIXES: tuple[str, ...] = (
    "verwaltung", "beirat", "vorstand", "ausschuss", "kommission", "leitung", "stelle", "gruppe", "team",
    "verantwortliche", "verantwortlichen",  # "Alle Bereichsverantwortlichen holen bis 31. Juli … ein"
    "rat", "amt", "büro", "vertretung", "vertreter", "vertreterinnen",
    # clubs and associations by what they are ("Förderverein", "Frauenbund", "Landjugend", "Feuerwehr")
    "verein", "bund", "jugend", "wehr", "kreis", "verband", "ring", "konferenz", "gemeinde", "chor",
    "verbände", "vereine", "organisationen",  # "Die Mitgliedsverbände werden gebeten, bis Ende April zu melden, …"
)
# Everyone as the doer of a task: "alle: Namensvorschläge ins Pad bis Ende Januar"
EVERYONE: tuple[str, ...] = ("alle", "jeder", "jede", "jede*r", "jede:r", "everyone", "all")
# "Der neue Vorstand wird gebeten, …": words between the article and the body
BODY_ADJECTIVES: tuple[str, ...] = ("neue", "alte", "gesamte", "amtierende", "geschäftsführende", "erweiterte", "kommissarische")
BODY_PREFIXES: tuple[str, ...] = ("AG", "Arbeitsgruppe", "Team", "Referat", "Ressort", "Fachbereich", "Amt")

# A clause that puts something to the vote; a following bare result belongs to it.
# Labels that put a motion's wording before its vote ("Beschlussvorschlag: Der Beitrag wird …").
MOTION_LABEL = r"^(?:Beschlussvorschlag|Beschlussantrag|Antrag|Antragstext|Beschlussempfehlung|Vorschlag)\s*:\s*"

MOTION_CUES: tuple[tuple[str, str], ...] = (
    ("motion.vote", r"\b(?:abgestimmt|Abstimmung|abstimmen|Antrag|Anträge|Wahl|gewählt|kandidiert|Kandidat\w*|Vorschlag|schlägt vor|schlug vor|zur Wahl|Entlastung|stellt sich|stellten sich)\b"),
)
# Words a bare vote result is made of ("Ergebnis: 8 Ja-Stimmen, keine Nein-Stimme").
VOTE_RESULT_WORDS: tuple[str, ...] = (
    "das", "ergebnis", "der", "abstimmung", "abstimmungsergebnis", "ja", "nein", "stimmen", "stimme",
    "ja-stimmen", "ja-stimme", "nein-stimmen", "nein-stimme", "enthaltung", "enthaltungen", "keine",
    "keiner", "eine", "einer", "einem", "einen", "und", "bei", "mit", "gegenstimme", "gegenstimmen", "dafür",
    "dagegen", "sowie", "von", "angenommen", "abgelehnt", "o", "per", "handzeichen", "stimmenthaltung",
    "stimmenthaltungen", "zwei", "drei", "vier", "fünf", "votum", "konsens", "einstimmig", "enthalten",
    "mehrheitlich", "kein", "veto", "vetos", "widerspruch",
    # who and what is counted: "Ja: 16 Eigentümer (6.288 MEA)", "Abstimmung im Block: einstimmig"
    "eigentümer", "eigentümerinnen", "eigentümer_innen", "mitglieder", "mitgliedern", "personen", "anwesende",
    "anwesenden", "stimmberechtigte", "stimmberechtigten", "mea", "miteigentumsanteile", "miteigentumsanteilen",
    "anteile", "anteilen", "im", "block", "enth",
)
# Words that name what was voted on: "TO einstimmig angenommen", "Protokoll 04.06.: 9/0/0 angenommen" state a decision
# of their own, they are no bare result of the clause before.
RESULT_SUBJECTS: tuple[str, ...] = ("to", "tagesordnung", "protokoll", "niederschrift", "haushalt", "haushaltsplan",
                                    "wirtschaftsplan", "jahresabschluss", "geschäftsordnung", "go")
# A bare outcome with no counts: the result of the motion before it ("Mehrheitlich angenommen").
BARE_OUTCOME = r"(?:einstimmig|mehrheitlich|knapp)\s+(?:angenommen|abgelehnt|beschlossen)\s*[.!]?"

# Present-tense verbs that report what happened in the meeting, not a task ("Hernani erklärt kurz").
REPORT_VERBS: tuple[str, ...] = (
    "berichtet", "berichten", "erklärt", "erläutert", "fasst", "begrüßt", "begrüsst", "eröffnet",
    "merkt", "tritt", "treten", "zeigt", "bedankt", "dankt", "weist",
    "betont", "meint", "findet", "finden", "meinen", "sagt", "ergänzt", "schlägt", "verweist", "verweisen", "bestätigt",
    "erzählt", "erzählen", "kennt", "kennen", "beklagt", "beklagen", "klagt", "beschwert", "beschweren",
    "bittet", "hält", "sieht", "kennt", "weiß", "hat", "haben", "ist", "sind", "war", "waren",
    "kann", "können", "möchte", "möchten", "will", "wollen", "wünscht", "empfiehlt", "regt",
    "nahm", "nahmen", "kam", "kamen", "gab", "gaben", "behauptet", "versteht", "sah", "sahen",
    "bat", "baten", "wartet", "warten", "hofft", "hoffen", "kandidiert", "kandidieren", "befürchtet", "begründet", "bemängelt", "kritisiert", "lobt", "bedauert",
    r"erinnert(?=\s*[,:]|\s+(?:(?:noch\s*(?:ein)?mal|nochmals|alle|die\s+Anwesenden)\s+)?(?:an|daran)\b)", "erinnern",
    r"mahnt(?=\s*[,:]|\s+(?:an|zur?)\b)", "appelliert", "warnt", "wirbt", "dankt", "freut",
    "unterstützt", "unterstützen", "schildert", "schildern", "würdigt", "würdigen", "erhält", "erhalten",
    "antwortet", "antworten", "äußert", "äußern", "entgegnet", "widerspricht", "widersprechen", "enthält",
    "bevorzugt", "bevorzugen", "interessiert", "bemerkt", "beantwortet", "beantworten", "verliest", "verlas", "beziffert", "schätzt", "fand", "fanden", "meinte", "meinten", "sagte", "sagten", "betonte",
)

# What a bullet opened by an arrow ("- → Daniel lädt ein") has as its nearest parent: it is marked as a task.
ARROW_BULLET = "→"
# … when it reads as a deed: a modal, or an infinitive at its end (not "→ kein Beschluss heute", "→ zusammen 800 €")
ARROWED_DEED = r"\b(?:soll|sollen|muss|müssen)\b|\b[a-zäöüß]{3,}(?:en|ern|eln)\s*[.!]?$"

# A list under a line with one of these words is a list of tasks ("Vorbereitung für den 13. Oktober:").
TASK_LIST_CUES: tuple[str, ...] = (
    r"^→$",  # ARROW_BULLET
    r"\bVorbereitung(?:en)?\s+(?:für|auf|bis)\b", r"^Vorbereitungen\b", r"\bAufgaben\b", r"\bTo[- ]?Dos?\b", r"\bTODO\b", r"\bOrga\b",
    r"\bOrganisation\b", r"\bNächste Schritte\b", r"\bMaßnahmen\b",
    r"\bWer macht was\b", r"\bArbeitsaufträge\b", r"\bAction Items\b",
    r"\b(?:muss|müssen|soll|sollen)\b.{0,40}\b(?:passieren|erledigt werden|getan werden|gemacht werden)\b",
)

# A list under one of these reports on earlier tasks and decisions, it sets no new tasks
# ("Was ist aus den Aufgaben geworden?", "Offene Punkte aus den letzten Sitzungen").
TASK_REVIEW_CUES: tuple[str, ...] = (
    r"\baus (?:den|der|dem) (?:letzten |vorigen |vorherigen |vergangenen )?(?:Sitzung|Sitzungen|Protokoll|Protokollen|Treffen)\b",
    r"\bStand der\b", r"[Kk]ontrolle\b", r"\bgeworden\b", r"\bRückblick\b", r"\bSachstand\b", r"\bvom letzten Mal\b",
    r"\berledigte\b", r"\bStand\s+(?:TODOs?|To-?Dos?|Aufgaben|APs?)\b", r"(?:Aufgaben|TODO|To-?Do)-?[Cc]heck\b", r"\bNachverfolgung\b", r"\bFollow-?up\b", r"\bErledigungsstand\b", r"\boffene Punkte\b",
    # the status groups of a review: "**Erledigt**", "Läuft / offen", "Entfällt"
    r"^\W*(?:[Ee]rledigt|[Aa]bgeschlossen|[Ee]ntfällt|[Ee]ntfallen|[Ll]äuft|[Ii]n Arbeit)(?:\s*/\s*(?:[Oo]ffen|[Ll]äuft|[Ii]n Arbeit))?\W*$",
    r"\b[Aa]lte\s+(?:TODOs?|To-?Dos?|Aufgaben|APs?|Action Items)\b", r"^(?:[Ww]as\s+war|[Rr]ückschau)\b", r"\b(?:TODOs?|To-?Dos?|Aufgaben|APs?)\s+(?:vom|aus dem|aus der)\b",
)

# A line that heads the done or dropped group of a review: the bullets below it report, they set no task.
DONE_GROUP = r"\W*(?:erledigt|erl\.|abgeschlossen|entfällt|entfallen|done|fertig)\W*"

# The minutes of the last meeting approved: decided now, also under "Kontrolle des Protokolls"
MINUTES_APPROVED = r"\b(?:Protokoll\w*\b|Prot\.|Niederschrift\b).{0,60}\b(?:angenommen|genehmigt|abgesegnet|bestätigt|gilt als)\b"

# Words before a vote result that say only how the vote came about ("Nach kurzer Diskussion (…) Abstimmung: …").
VOTE_PREAMBLE = (r"^(?:Nach\s+(?:\w+\s+)?(?:Diskussion|Aussprache|Beratung|Debatte)\b[^:]{0,60}?)(?=\b(?:Abstimmung|Ergebnis)\b)"
                 r"|^Nach\s+(?:\w+\s+)?(?:Diskussion|Aussprache|Beratung|Debatte)\s+wird\s+abgestimmt\s*:\s*")

# Clauses that only say how a vote was taken; a result after them belongs to the motion before.
VOTE_PROCEDURE: tuple[tuple[str, str], ...] = (
    ("procedure.show_of_hands", r"^(?:Die\s+)?Abstimmung\s+erfolgt\w*|per Handzeichen\.?$|^(?:Das\s+)?Ergebnis der Abstimmung\s*:?\s*$|^Es\s+(?:erfolgte|erfolgt|folgte|folgt)\s+(?:eine|die)\s+(?:\w+\s+)?Abstimmung\b|^Wir\s+(?:entscheiden|stimmen\s+ab)\s+(?:im|per|mit|nach)\s+\w+\.?$"),
)

# Modal words that make a clause a task itself; a task is not split from the person who does it.
TASK_MODALS = r"\b(?:muss|müssen|soll|sollen|sollte|sollten|kümmert|übernimmt)\b"
# After a comma, a person and a task verb start a new clause ("..., Leon spricht mit dem Hausmeister").
CLAUSE_TASK_VERBS: tuple[str, ...] = (
    "spricht", "fragt", "geht", "kümmert", "übernimmt", "klärt", "organisiert", "schickt",
    "verschickt", "ruft", "schreibt", "meldet", "erstellt", "prüft", "bringt", "holt", "kontaktiert",
    "informiert", "bestellt", "besorgt", "wird", "macht", "bereitet", "lädt", "führt", "versucht",
    "versendet", "sendet", "überarbeitet", "schaut", "guckt", "präsentiert", "erledigt", "telefoniert",
    # two doers: "…, Flo + Ilyas schauen sich das an", "…: Tobias und Emre richten … ein"
    "schauen", "kümmern", "übernehmen", "klären", "machen", "fragen", "nimmt", "richten", "erarbeiten", "erstellen",
    "bereiten", "besorgen", "organisieren", "schreiben", "bringen", "holen", "bucht", "richtet", "erarbeitet",
    r"rechnet(?!\s+(?:mit|damit)\b)", "reserviert", "druckt", "entwirft", "gestaltet",  # not "rechnet mit": expects
)

# A sentence that reads out the agenda: the list under it is the plan, not work to do
# ("Sarah stellte die Tagesordnung gemäß Einladung vor:").
AGENDA_READOUT = r"\b(?:Tagesordnung|Agenda|Themenliste|TOPs)\b[^:]*:\s*$"

# Words before a date that make it a day something is due by, not an appointment ("Frist 15.05.")
DUE_WORDS: tuple[str, ...] = ("bis", "spätestens", "Frist", "Abgabe", "Anmeldeschluss", "Einsendeschluss")

# A day named without a date in a sentence told in the past is a day gone by
# ("der Aufbau am Samstag dauerte eine Stunde länger", "beim Abbau am Montag fehlten Leute").
PAST_TELLING = (r"\b(?:war|waren|hatte|hatten|fehlte|fehlten|dauerte|dauerten|lief|liefen|kam|kamen|gab|fand|fanden"
                r"|klappte|klappten|verlief|verliefen|musste|mussten|half|halfen|kostete|kosteten)\b")

# Lines that carry a date but fix no appointment (a signature, a document date).
NOT_APPOINTMENTS: tuple[str, ...] = (
    r"^(?:Protokoll|Protokollführung|Schriftführung|gez\.?|Unterschrift|Stand|Erstellt|Datum|Verteiler)\b",
    r"^(?:Rückmeldung|Frist|Abgabe|Deadline|Meldeschluss|Anmeldeschluss|Einsendeschluss)\b",
    # "Auental, 25.09.2025" under the minutes, not "Cryptoparty Mi, 21.11.18"
    r"^(?![^,]*\b(?:Mo|Di|Mi|Do|Fr|Sa|So|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\.?,)"
    # (the name of the minute-taker may follow: "Auental, 25.09.2025 Henrike Vollmer (Protokoll)")
    r"[A-ZÄÖÜ][\w .-]{1,40},\s*(?:den\s+)?(?:\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})|\d{1,2}\.\s*[A-ZÄÖÜ][a-zäöü]+\s+\d{4})"
    r"(?:\s*(?:[–-]\s*)?[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,2}(?:\s*\([^()]{1,30}\))?)?\s*$",
    r"\b(?:Protokoll|Sitzung|Niederschrift)\s+vom\b",
)

# Column headers of result tables ("| TOP | Art | Inhalt | Wer | Bis |", "| Wer | Was | Bis wann |").
# A header under two columns ("punkt") takes the first one that no clearer header has claimed.
TABLE_COLUMNS: dict[str, tuple[str, ...]] = {
    "content": ("inhalt", "was", "aufgabe", "aufgaben", "beschluss", "maßnahme", "massnahme", "thema",
                "gegenstand", "beschreibung", "text", "ergebnis", "to-do", "todo", "punkt", "besprochen",
                "besprechung", "ergebnisse", "ergebnis / aufgabe", "diskussion", "beratung", "notizen",
                "veranstaltung", "anlass",  # "| Datum | Veranstaltung | Ort | Beginn |": a schedule
                # a table of motions: the motion is the content, not its result ("| Antrag | … | Ergebnis |")
                "antrag", "anträge"),
    # the subject of a row when another column holds what came of it ("| Nr | Thema | Ergebnis | Wer | Bis |")
    "topic": ("thema", "gegenstand", "betreff"),
    "who": ("wer", "verantwortlich", "zuständig", "verantwortliche", "zuständigkeit", "person", "durch", "verantw.", "verantw",
            "verantwortung", "zust."),
    "due": ("bis", "bis wann", "termin", "frist", "fällig", "deadline", "wann", "erledigen bis", "bis zum"),
    "kind": ("art", "typ", "kategorie"),
    "agenda": ("top", "nr", "nr.", "tagesordnungspunkt", "punkt"),
    # a row's own number ("| Nr. | TOP | Beschluss |": B1, B2 …) when another column holds the item
    "id": ("nr", "nr.", "lfd. nr.", "#"),
    # the counts of a vote in columns of their own ("| Beschluss | Ja | Nein | Enth. |")
    "yes": ("ja", "dafür", "pro", "ja-stimmen"),
    "no": ("nein", "dagegen", "contra", "nein-stimmen"),
    "abstain": ("enth.", "enth", "enthaltung", "enthaltungen", "enthalten"),
    # the whole vote in one column ("| TOP | Beschluss | Abstimmung |" with "10/0/1" or "einstimmig")
    "votes": ("abstimmung", "abstimmungsergebnis", "stimmen", "votum", "abst.", "ergebnis der abstimmung"),
    "status": ("status", "stand", "erledigt?", "sachstand"),
    # the day of an event in a schedule ("| Datum | Thema | Wer |"): the rows are appointments, not tasks
    "date": ("datum", "tag", "date"),
    # where an event takes place: with a "Wann" and no "Wer" the table is a schedule ("| Was | Wann | Wo |")
    "place": ("wo", "ort", "raum", "treffpunkt"),
}
# A topic cell that carries its item's number ("| 1. Protokoll und Kontrolle | … |", "| TOP 3: Haushalt | … |").
NUMBERED_TOPIC = r"^(?:TOP\s*)?(\d{1,2}[a-z]?)(?:[.):]|\s+[–-])?\s+(\S.*)$"
# A content column of these names holds resolutions: each row is a decision.
DECISION_COLUMNS: tuple[str, ...] = ("beschluss", "beschlüsse", "entscheidung", "beschlusstext")
# A status cell that says a listed task is done or dropped: the row reports, it sets no task.
DONE_STATUS = r"^\W*(?:erledigt|erl\.|done|fertig|abgeschlossen|entfällt|entfallen|hat sich erledigt|ja)\b|^\s*[✅✓✔xX]\s*$"
# Values of a kind column and what they mean (B = Beschluss, A = Aufgabe, I = Information).
ROW_KINDS: dict[str, str] = {
    "b": "decision", "beschluss": "decision", "e": "decision", "entscheidung": "decision",
    "a": "action", "aufgabe": "action", "auftrag": "action", "todo": "action", "to-do": "action",
    "i": "info", "info": "info", "information": "info", "f": "info", "feststellung": "info",
}
# A due cell with one of these holds no deadline.
NO_DEADLINE: tuple[str, ...] = ("offen", "-", "–", "laufend", "fortlaufend", "n. n.", "nn", "k. a.", "")

# Separable report verbs: "stellt den Bericht vor", "stellt fest, dass ...".
REPORT_PHRASES: tuple[str, ...] = (
    r"^(?:stellt|stellen|stellte|stellten)\b.*\b(?:vor|fest|dar)\b",
    r"^(?:gibt|gab)\b.*\b(?:bekannt|wieder)\b",
    r"^(?:legt|legen|legte)\b.*\bvor\b",
    r"^(?:geht|ging)\s+es\b",
    # a motion in the meeting ("beantragt, dass"); "beantragt beim Bezirksverband X" is an application to make
    r"^(?:beantragt|beantragen)\b(?:\s*,|(?![^.;]{0,60}\bbei(?:m|\s+der|\s+dem|\s+den)\b))",
    # a vote or consent; "stimmt den Aufbau mit X ab" is work to do
    r"^(?:stimmt|stimmen)\b(?!.*\bab\b)",
    r"^(?:lässt|lassen)\s+ausrichten\b",
    # a report read out, doubts, leaving, greetings: "trägt den Kassenbericht vor", "gibt zu bedenken",
    # "hört als Kassenwart auf", "zieht im Juni weg", "lässt alle grüßen" ("bietet an, … zu" is a promise)
    r"^(?:trägt|tragen|trug|trugen)\b.*\bvor\b",
    r"^(?:informiert|informieren|informierte)\s*:",  # "TB informiert: Die nächste Wahl ist am 1. März."
    r"^(?:stellt|stellen|stellte|stellten)\s+sich\b.*\bWahl\b",  # "… stellen sich nicht mehr zur Wahl": candidacy
    r"^(?:bleibt|bleiben)\s+(?:weiterhin\s+|auch\s+)?(?:[A-ZÄÖÜ][\wäöüß-]*)\s*[.!]?$",  # "Hartmut bleibt Kassenprüfer.": an office kept
    r"^(?:gibt|geben)\s+zu\s+bedenken\b",
    r"^(?:hört|hören)\b.*\bauf\b",
    r"^(?:zieht|ziehen)\b.*\b(?:weg|um|aus|fort)\s*(?:[.!,;]|$)",  # not "zieht sie aus dem Dashboard"
    r"^(?:lässt|lassen)\b.*\bgrüßen\b",
    # an opinion, a question about something, news passed on, an overview: "spricht sich gegen … aus",
    # "fragt nach dem Zustand der Mauer" ("fragt bei der Stadt nach" is work to do), "teilt mit, dass"
    r"^(?:spricht|sprechen|sprach)\s+sich\b",
    # closing the meeting, announcing ("schließt den Vertrag ab", "kündigt den Anschluss" are work to do)
    r"^(?:schließt|schliesst|schloss)\b(?!.*\bab\b)",
    r"^(?:kündigt|kündigen|kündigte)\s+(?:\S+\s+)?an\b|^(?:kündigt|kündigen|kündigte)\b.*\ban\s*[.!]?$",
    r"^(?:fragt|fragen|fragte)\s+nach\s+(?:dem|der|den|einem|einer)\b(?!.*\b(?:nach|bei|beim)\b)",
    # news and offers of a thing: "informiert über den Bezirksfonds", "bietet den Solaranhänger an"
    # ("bietet an, … zu" is a promise)
    r"^(?:informiert|informieren|informierte)\s+über\b",
    r"^(?:scheidet|scheiden|schied)\b.*\baus\s*[.!]?$",  # "scheidet nach neun Jahren aus dem Aufsichtsrat aus"
    r"^(?:bietet|bieten|bot)\s+(?!an\s*,)(?!.*\bzu\s+[a-zäöüß]+en\b).*\ban\s*[.!]?$",
    r"^(?:teilt|teilen|teilte)\b.{0,40}\bmit\b",
    r"^(?:gibt|geben|gab)\s+(?:einen|ein)\s+(?:kurzen\s+)?(?:Überblick|Ausblick|Rückblick|Sachstand|Bericht)\b",
)

# A decision that points back at what was just said ("Dies wurde einstimmig beschlossen.").
REFERS_BACK = r"^(?:(?:Dies|Das|Dieser|Diese|Der|Die|dies|die|der|das)\s*(?:Vorschlag|Antrag|Regelung|Änderung|Änderungen|Satzungsänderung|Beschlussvorschlag|Beschluss|Vorgehen)?|(?:Alle|Sämtliche|Beide)\s+(?:Änderungen|Anträge|Vorschläge|Punkte|Regelungen))\s+(?:wurde|wird|wurden|werden|ist|sind|ergeht|erging|erfolgt|erfolgte|fällt|fiel)\b|^(?:[Dd]ie|[Dd]er|[Dd]as)\s+\w+\s+(?:ist|sind|zeigt\s+sich|erklärt\s+sich)\s+damit\s+einverstanden\b|^(?:[Dd]ie|[Dd]er|[Dd]as)\s+\w+\s+(?:ist|sind|wurde|wurden)\s+damit\b"

# A clause that announces the wording of a motion on the lines after it
# ("über folgenden Beschlussvorschlag:", "beschloss folgende Änderung der Satzung:").
MOTION_INTRO = r"\bfolgende[nrsm]?\b[^.:;]{0,80}:\s*$|\b(?:Beschlussvorschlag|Beschlusstext|Wortlaut|Antragstext)\b[^.:;]{0,40}:\s*$"
# Inside a clause: "... folgende Regelung zur Abstimmung gestellt: Der Beitrag wird ausgesetzt."
MOTION_INTRO_INLINE = r"\bfolgende[nrsm]?\s[^.:;]{0,80}:\s+(?=[A-ZÄÖÜ„\"])"

# Infinitives that make a short verbless list item a to-do ("Flyer überarbeiten").
TODO_INFINITIVES: tuple[str, ...] = (
    "stellen", "veröffentlichen", "überarbeiten", "einbetten", "besorgen", "erstellen", "einrichten",
    "prüfen", "klären", "bestellen", "anfragen", "kontaktieren", "aktualisieren", "organisieren",
    "schreiben", "verschicken", "versenden", "einladen", "vorbereiten", "anlegen", "anschaffen",
    "kaufen", "buchen", "reservieren", "abstimmen", "vereinbaren", "besprechen", "informieren",
    "melden", "anmelden", "beantragen", "einreichen", "abholen", "aufbauen", "bauen", "drucken",
    "fragen", "nachfragen", "recherchieren", "überlegen", "verteilen", "planen", "sammeln", "umsetzen",
    "ergänzen", "hochladen", "verlinken", "testen", "reparieren", "aufräumen", "entwerfen", "übersetzen",
    "einholen", "anschreiben", "ansprechen", "abklären", "nachreichen", "zusammenstellen",
)
FINITE_VERBS: tuple[str, ...] = (
    "ist", "sind", "war", "waren", "wird", "werden", "wurde", "wurden", "hat", "haben", "hatte",
    "kann", "können", "soll", "sollen", "muss", "müssen", "gibt", "gab", "darf", "dürfen", "will",
)

# Verbs that tell a state, not a deed ("Der Verein braucht 2000 Fr. im Jahr").
STATE_VERBS: tuple[str, ...] = (
    "braucht", "brauchen", "benötigt", "benötigen", "besteht", "bestehen", "bleibt", "bleiben",
    "gehört", "gehören", "liegt", "liegen", "steht", "stehen", "kostet", "kosten", "umfasst", "zählt",
    "arbeitet", "arbeiten", "funktioniert", "läuft", "laufen", "wirkt", "reicht", "reichen", "deckt", "decken",
    "begeht", "feiert",  # "Der Verein begeht in diesem Jahr sein 100-jähriges Bestehen."
    "kommen", "gehen", "fehlen", "sitzen", "fahren", "sprechen", "nehmen",  # "Zum Fest kommen Herr P. und Frau H."
)

# Verbs after which the subject follows ("Die Stände koordiniert Holger", "Den Plan erstellt Merve").
INVERTED_TASK_VERBS: tuple[str, ...] = (
    "gibt", "geben", "leitet", "leiten", "hält", "halten", "erstellt", "erstellen",
    "koordiniert", "koordinieren", "organisiert", "organisieren", "übernimmt", "übernehmen", "stellt", "stellen",
    "bringt", "bringen", "besorgt", "besorgen", "klärt", "klären", "prüft", "prüfen",
    "schreibt", "schreiben", "macht", "machen", "erledigt", "erledigen", "verschickt", "verschicken",
    "kümmert", "aktualisiert", "aktualisieren", "bestellt", "bestellen", "holt", "holen", "betreut", "sorgt", "sorgen",
    "betreuen", "plant", "planen", "bereitet", "bereiten", "gestaltet", "gestalten", "kontaktiert",
    "informiert", "meldet", "baut", "bauen", "hilft", "helfen", "liefert", "liefern", "verteilt", "verteilen",
    "übergibt", "übergeben", "reicht", "reichen",
)
# Verbs whose subject is a person or body even when no list names them ("Louis kümmert sich ...").
# What someone intends to do is a task when it is a deed ("Markus will zuerst mit dem Kreisbrandmeister klären, ob …"),
# not when it is a wish to know or to have ("möchte wissen, ob …", "will keine Zusage geben").
INTENDING_VERBS: tuple[str, ...] = ("will", "wollen", "möchte", "möchten")
INTENDED_DEEDS: tuple[str, ...] = (
    "klären", "abklären", "prüfen", "überprüfen", "nachfragen", "anfragen", "nachhaken", "erkundigen", "kümmern",
    "besorgen", "organisieren", "bestellen", "anrufen", "anschreiben", "erstellen", "vorbereiten", "einholen",
    "kontaktieren", "ansprechen", "recherchieren", "entwerfen", "ausarbeiten", "mitbringen", "einladen",
    "verschicken", "zusammenstellen", "überarbeiten", "aktualisieren", "beantragen", "fertig sein", "fertigstellen",
)
# Participles of what happens in the meeting itself: "Die Tagesordnung wird von Frank Löffler vorgestellt." is no task.
MEETING_PARTICIPLES: tuple[str, ...] = (
    "vorgestellt", "erläutert", "erklärt", "begrüßt", "eröffnet", "geschlossen", "geleitet", "moderiert", "protokolliert",
    "berichtet", "dargestellt", "präsentiert", "vorgetragen", "verlesen", "zusammengefasst", "beantwortet", "gezeigt",
    "genannt", "vorgelesen", "angesprochen", "diskutiert", "besprochen", "gefragt", "kritisiert", "gelobt",
)
PERSON_ONLY_VERBS: tuple[str, ...] = (
    "kümmert sich", "kümmern sich", "erklärt sich bereit", "erklären sich bereit", "übernimmt", "übernehmen",
)
PRONOUNS: tuple[str, ...] = (
    "sie", "er", "wir", "man", "es", "dies", "das", "diese", "dieser", "ich", "ihr", "alle", "jeder",
)
ARTICLES: tuple[str, ...] = ("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem")


# Deadlines tied to an event the same minutes date ("bis zum Stadtfest", "am Vortag des Festes",
# "drei Wochen vor der Versammlung") or to the date just named ("bis dahin"). ``event`` names the
# event, ``n``/``unit`` the distance before it; without ``event`` the date named before is meant.
EVENT_DEADLINES: tuple[tuple[str, str], ...] = (
    ("event.eve", r"(?:spätestens\s+)?am\s+Vor(?:tag|abend)\s+(?:des|der|vom)\s+(?P<event>[A-ZÄÖÜ][\w-]+)"),
    ("event.before", r"(?:spätestens\s+|bis\s+(?:spätestens\s+)?)?(?P<n>\d{1,2}|eine[nm]?|zwei|drei|vier|fünf|sechs|acht|zehn|vierzehn)\s+"
                     r"(?P<unit>Tagen?|Wochen?)\s+vor\s+(?:dem|der|des)\s+(?P<event>[A-ZÄÖÜ][\w-]+)"),
    # "Einladung zur MV muss 4 Wochen vorher raus": the event named before, the time before it after
    ("event.before_named", r"\b(?:zur|zum|für\s+die|für\s+den|für\s+das)\s+(?P<event>[A-ZÄÖÜ][\w-]+)\b[^.;]{0,60}?"
                     r"(?P<expr>(?:spätestens\s+)?(?P<n>\d{1,2}|eine[nm]?|zwei|drei|vier|fünf|sechs|acht|zehn|vierzehn)\s+"
                     r"(?P<unit>Tagen?|Wochen?)\s+(?:vorher|zuvor|davor)\b)"),
    # "Finanzbericht bis Freitag vor der VV": the last such weekday before the event
    ("event.weekday_before", r"(?:(?:bis|spätestens)\s+(?:zum\s+|am\s+)?|am\s+)?(?P<weekday>Montag|Dienstag|Mittwoch|Donnerstag|Freitag"
                             r"|Samstag|Sonnabend|Sonntag)\s+vor\s+(?:dem|der|des)\s+(?P<event>[A-ZÄÖÜ][\w-]+)"),
    # "Einladung, spätestens 2 Wochen vorher rausschicken" under "VV am 27.11.": the date named just before
    ("event.before_then", r"(?P<expr>(?:spätestens\s+|bis\s+)?(?P<n>\d{1,2}|eine[nm]?|zwei|drei|vier|fünf|sechs|acht|zehn|vierzehn)\s+"
                          r"(?P<unit>Tagen?|Wochen?)\s+(?:vorher|zuvor|davor)\b)"),
    ("event.until", r"(?:bis|spätestens)\s+(?:zum|zur)\s+(?P<event>[A-ZÄÖÜ][\w-]+)"),
    # "bis zur nächsten Orga-Runde": the next meeting of another round, dated where the minutes list it
    ("event.next_other", r"(?:bis|spätestens)\s+(?:zum|zur)\s+(?:nächsten|naechsten|kommenden)\s+(?P<event>[A-ZÄÖÜ][\w]*-[\w-]+)"),
    # "Die Kassenprüfung muss vor der MV stattfinden": by the event
    ("event.by", r"(?:spätestens\s+|noch\s+)?\bvor\s+(?:dem|der)\s+(?P<event>[A-ZÄÖÜ][\w-]+)"),
    ("event.then", r"\bbis\s+dahin\b"),
    # "Malte übernimmt am Lauftag die Kasse", "beim Sommerfest": on the event's day (not "am Montag", "am Vormittag")
    ("event.on", r"\b(?:am|beim)\s+(?![A-ZÄÖÜ]\w*mittag\b)(?!(?:Mon|Diens|Donners|Frei|Sams|Sonn|Vor|Feier|Werk|Wochen|Folge|Geburts|Namens|Jahres)tag\b)"
                 r"(?P<event>[A-ZÄÖÜ][\w-]*(?:tag|fest|lauf|markt|basar|turnier|konzert|ausflug|abend))\b"),
    # "soll auf der Mitgliederversammlung angesprochen werden": done at the event, on its day
    ("event.at", r"\b(?:auf|bei|in)\s+(?:der|dem)\s+(?P<event>[A-ZÄÖÜ][\w-]+)\b(?=[^.;]{0,40}\b(?:werden|soll|sollen)\b)"),
)
# "vor der MV", "vor dem Hoffest": only these nouns name an event a plain "vor" is a deadline for
# ("vor dem Vereinsheim" is a place)
EVENTS_BY: tuple[str, ...] = (
    "versammlung", "mv", "jhv", "fest", "feier", "markt", "tag", "aktion", "start", "eröffnung", "café", "cafe",
    "lauf", "fahrt", "party", "konzert", "turnier", "saison", "messe", "basar", "börse", "ausstellung", "workshop",
    "wahl", "abend", "nacht", "prüfung", "runde", "kongress", "camp",
)
# Short names of events and what they stand for: "bis zur GV" is dated as "Gründungsversammlung am 13.04."
EVENT_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "gv": ("gründungsversammlung", "generalversammlung"), "mv": ("mitgliederversammlung",),
    "jhv": ("jahreshauptversammlung",), "hv": ("hauptversammlung",), "vv": ("vollversammlung",),
}
# Events that the minutes seldom date and a reader takes as vague ("bis zu den Sommerferien").
UNDATED_EVENTS: tuple[str, ...] = ("ferien", "weihnachten", "ostern", "pfingsten", "jahresende", "beginn", "ende")
# ... but a named weekend is an event like any other ("bis zum Festwochenende", dated "13./14.09.")
NAMED_WEEKEND = r"\w{3,}wochenende"

# Prepositions after a second doer whose verb is left out: "Philip fragt bei VOW an, Michael bei Digitalcourage".
GAPPING_PREPOSITIONS: tuple[str, ...] = ("bei", "beim", "mit", "über", "für", "zum", "zur", "nach", "an")
GAPPED_DOER = r"(?:(?:Hr\.|Fr\.|Herr|Frau)\s+)?(?P<who>[A-ZÄÖÜ@][\w.@-]+)\s+(?:%s)\s" % "|".join(GAPPING_PREPOSITIONS)
