"""German words that mark the structure of minutes: labels, roles, titles, kinds.

Data only: the stages in ``extractor.structure`` import these and hold no
German themselves.  Keys are meanings, values are lower-case cue words.
"""
from __future__ import annotations

# Labels that open an attendance list, keyed by the status they give.
ATTENDANCE_LABELS: dict[str, tuple[str, ...]] = {
    "present": (
        "anwesend", "anwesende", "anwesende mitglieder", "anwesende personen",
        "teilnehmer", "teilnehmende", "teilnehmer*innen", "teilnehmer:innen",
        "teilnehmerinnen", "teilnehmerinnen und teilnehmer", "teilnahme", "anwesenheit",
        "es waren anwesend", "es nahmen teil", "teilgenommen haben", "stimmberechtigte mitglieder", "mitglieder",
        "vorstand", "anwesende mitglieder des vorstands", "anwesend vom vorstand",
        "anwesende vorstandsmitglieder", "ausschussmitglieder", "stimmberechtigt",
        "präsenz", "online", "vor ort", "online anwesend", "anwesende delegierte",
        "ersatzmitglied", "ersatzmitglieder", "mit beratender stimme", "beratend", "beratende mitglieder", "anwesende mitglieder des betriebsrats",
        "anwesende revisoren", "anwesenheitsliste", "verwaltung", "von der verwaltung", "von der stadtverwaltung", "von der gemeindeverwaltung",
        "vom vorstand", "vom aufsichtsrat", "vom beirat", "vom präsidium", "beirat", "verwaltungsbeirat", "anwesenheitsliste gründungsmitglieder",
        "teilnehmerliste", "teilnehmendenliste", "da", "dabei", "mit dabei", "anwesend waren", "waren da", "da waren",
        "da sind", "anwesend sind",
        # staff of the body beside its elected members; "TN" for Teilnehmende
        "hauptamt", "hauptamtliche", "hauptamtlich", "mitarbeitende", "tn",
        "später", "später dazu", "später dazugekommen", "nachgekommen", "kam später", "kamen später", "anw",
        # English labels of minutes kept in git repositories
        "present", "attendees", "attendance", "participants", "people", "here",
    ),
    "absent": (
        "abwesend", "abwesende", "nicht anwesend", "es fehlten", "fehlend", "fehlt", "ohne entschuldigung",
        "fehlten unentschuldigt", "unentschuldigt abwesend", "nicht anwesend (ohne entschuldigung)",
        "es fehlt", "unentschuldigt", "unentschuldigt fehlend", "abwesend (vorstand)", "nicht da", "fehlen",
        "absent", "missing",
    ),
    "excused": (
        "entschuldigt", "entsch", "entschuldigt fehlend", "entschuldigt abwesend", "abgemeldet",
        "es fehlten entschuldigt", "entschuldigt fehlten", "entschuldigungen",
        "excused", "sorry", "apologies", "regrets",
    ),
    "guest": (
        "gäste", "gast", "als gast", "als gäste", "gäste und zuhörer", "zuhörer",
        "zuhörende", "außerdem anwesend", "ferner anwesend", "weitere anwesende",
        "eingeladen", "eingeladene gäste", "als gäste nahmen teil", "als gast nahm teil",
        "ferner nahmen teil", "außerdem nahmen teil", "gäste waren", "als gäste dabei", "als gast dabei", "gäste dabei",
        "guests", "guest",
    ),
}

# A label that says where the people below come from ("von der Kita:", "vom Träger:"): in the header they are present.
FROM_GROUP = (r"(?:von\s+der|von\s+den|vom|aus\s+der|aus\s+dem)\s+[a-zäöüß-]+(?:\s+[a-zäöüß-]+)?"
              # "Gruppe der Lehrkräfte:", "Gruppe der Schülerinnen und Schüler:" in a school conference
              r"|(?:gruppe|vertreter|vertreterinnen|vertretung)\s+der\s+[a-zäöüß-]+(?:\s+(?:und\s+)?[a-zäöüß-]+){0,2}")

# Standing offices behind the roles "chair" and "minutes": "die Vorsitzende", "der Schriftführer" name a person.
OFFICES_OF_ROLES: dict[str, tuple[str, ...]] = {
    "chair": ("vorsitzende", "vorsitzender", "erste vorsitzende", "erster vorsitzender", "1. vorsitzende", "1. vorsitzender",
              "ortsvorsteher", "ortsvorsteherin"),
    "minutes": ("schriftführer", "schriftführerin"),
}

# Plural nouns for a group that a list names before its members ("darunter die Vorstandsmitglieder A, B").
GROUP_NOUN_ENDINGS: tuple[str, ...] = (
    "mitglieder", "mitglied", "prüfer", "prüferin", "prüferinnen", "vertreter", "vertreterin", "vertreterinnen", "gäste",
    "räte", "rätinnen",  # "die Ortschaftsräte Klaus-Dieter Haselhoff, …"
)

# Word endings of organisations: after a name, "Bäderverwaltung der Stadt" says where a guest comes from.
ORGANISATION_ENDINGS: tuple[str, ...] = (
    "verwaltung", "gruppe", "verein", "verband", "amt", "stelle", "büro", "schule", "werk", "bund", "kasse",
    "zentrum", "gesellschaft", "genossenschaft", "behörde", "ministerium", "kreis", "rat", "ausschuss",
)

# A note in brackets behind a name that says how the person was absent ("Obermaier (entsch.)").
STATUS_NOTES: dict[str, str] = {
    "anwesend": "present", "da": "present",
    "entsch": "excused", "entschuldigt": "excused", "abgemeldet": "excused", "krank": "excused", "urlaub": "excused",
    "unentsch": "absent", "unentschuldigt": "absent", "ohne entschuldigung": "absent",
}

# Labels that name a person in a role; the role name is the value written to tables.
ROLE_LABELS: dict[str, tuple[str, ...]] = {
    "chair": (
        "sitzungsleitung", "sitzungsleiter", "sitzungsleiterin", "vorsitz", "vorsitzender",
        "vorsitzende", "moderation", "moderator", "moderatorin", "versammlungsleitung",
        "versammlungsleiter", "versammlungsleiterin", "leitung", "gesprächsleitung",
        "redeleitung", "vorsitzführung", "mod", "moderation", "chair", "facilitation", "vors",
    ),
    "minutes": (
        "protokoll", "prot", "protokollführung", "protokollführer", "protokollführerin",
        "protokollant", "protokollantin", "schriftführung", "schriftführer",
        "schriftführerin", "protokolix", "protokollierung", "protokoll geführt von", "niederschrift",
        "notes", "minutes", "protocol",
    ),
}

# Other short role words that may stand beside a name in a list ("Hernani (Vorstand)").
OTHER_ROLES: tuple[str, ...] = (
    "vorstand", "revisor", "revisorin", "kassenwart", "kassenwartin", "kassierer",
    "kassiererin", "schatzmeister", "schatzmeisterin", "beisitzer", "beisitzerin",
    "kassenprüfer", "kassenprüferin", "wahlleitung", "stellvertretung", "stellv.", "stellvertreter", "stellvertreterin",
    "kassier", "dirigent", "dirigentin", "ehrenmitglied", "ehrenvorsitzender", "ehrenvorsitzende",
    # ranks of teachers after a name: "Mareike Trautwein, StRin"
    "str", "strin", "ostr", "ostrin", "std", "stdin", "ostd", "ostdin", "lehrerin", "lehrer", "konrektor", "konrektorin",
    "rektor", "rektorin",
)

# Words before a name that are not part of it.
TITLES: tuple[str, ...] = (
    "herr", "herrn", "hr", "hrn", "frau", "fr", "dr", "prof", "dipl", "ing", "med",
    "rer", "nat", "phil", "mag", "ba", "ma", "msc", "bsc", "stadtrat", "stadträtin",
    "bürgermeister", "bürgermeisterin", "ratsherr", "ratsfrau", "pfarrer", "pfarrerin",
)

# Lower-case words inside personal names ("Anna von Hagen", "Jan de Vries").
NAME_PARTICLES: tuple[str, ...] = ("von", "van", "de", "zu", "der", "den", "del", "da", "di", "ten", "vom")

# Labels of a key that spells out initials ("Kürzel: DP = Dragana Petrović, BK = Bernd Kühnast").
LEGEND_LABELS: tuple[str, ...] = (
    "kürzel", "namenskürzel", "abkürzungen", "abk", "legende", "namen", "initialen", "wer ist wer",
)

# Header labels that are not agenda items even when written as headings.
HEADER_LABELS: tuple[str, ...] = (
    "tagesordnung", "agenda", "tagesordnungspunkte", "top", "tops", "ort", "zeit", "datum",
    "termin", "beginn", "ende", "sitzungsbeginn", "sitzungsende", "uhrzeit",
    "beschlussfähigkeit", "beschlussfähigkeit des vorstands", "protokoll", "inhalt",
    "inhaltsverzeichnis", "ablauf", "teilnehmende", "anlagen", "anhang", "verteiler",
    "regelmäßige tops",
)

# Words that introduce an agenda item number ("TOP 3", "Zu TOP 2", "Punkt 4", "zu 3)").
AGENDA_PREFIXES: tuple[str, ...] = (
    "zu top", "zu punkt", "zu tagesordnungspunkt", "zu", "top", "tagesordnungspunkt", "tagesordnungs-punkt", "punkt", "tp", "pkt",
)

# Page furniture of PDF and DOCX minutes ("Seite 2 von 5", "Page 3 of 4").
PAGE_WORDS: tuple[str, ...] = ("seite", "page", "s.", "blatt")
PAGE_OF_WORDS: tuple[str, ...] = ("von", "of", "/", "aus")
# "Bau- und Planungsausschuss": a hyphen at a line end before these words is an elided compound part.
ELIDED_COMPOUND_CONJUNCTIONS: tuple[str, ...] = ("und", "oder", "bzw.", "bzw", "sowie", "bis", "als", "and", "or")

# Kinds of meeting, most specific first; the matched word is the kind as written.
MEETING_KINDS: tuple[str, ...] = (
    "außerordentliche mitgliederversammlung", "ordentliche mitgliederversammlung",
    "mitgliederversammlung", "jahreshauptversammlung", "hauptversammlung",
    "generalversammlung", "gründungsversammlung", "delegiertenversammlung",
    "vollversammlung", "elternversammlung", "vorstandssitzung", "erweiterte vorstandssitzung",
    "ausschusssitzung", "gemeinderatssitzung", "ratssitzung", "sitzung", "klausurtagung",
    "fachschaftsratssitzung", "fachschaftssitzung", "plenum", "planungstreffen",
    "vereinsgründungstreffen", "community-runde", "teamsitzung", "dienstbesprechung",
    "besprechung", "arbeitstreffen", "treffen", "versammlung", "konferenz", "runde",
)

# First cells of a table header that make two-cell rows a table ("| Name | Bemerkung |"), not "label: value" lines.
COLUMN_HEADERS: tuple[str, ...] = ("name", "teilnehmer", "teilnehmerin", "teilnehmende", "person", "wer", "vorname")

# Labels of header fields.
HEADER_FIELDS: dict[str, tuple[str, ...]] = {
    "date": ("datum", "sitzungsdatum", "tag", "termin", "zeit", "wann", "date"),
    "start": ("beginn", "sitzungsbeginn", "start", "anfang", "uhrzeit", "zeit", "termin", "von"),
    "end": ("ende", "sitzungsende", "schluss", "bis"),
    "location": ("ort", "sitzungsort", "raum", "tagungsort", "wo", "veranstaltungsort", "location"),
}


# Words in a list that mean "no names follow" ("siehe Anhang A", "alle Mitglieder").
NO_NAMES: tuple[str, ...] = (
    "siehe", "vgl", "anhang", "anlage", "liste", "niemand", "keine", "keiner", "alle",
    "mitglieder", "personen", "teilnehmer", "teilnehmende", "gäste", "leute", "stimmen",
    "insgesamt", "davon", "online", "vor ort", "vorname", "name", "unterschrift", "anschrift",
)

# Headings under which wiki pages put the minutes after an agenda template.
PROTOCOL_SECTIONS: tuple[str, ...] = (
    "protokoll", "protokoll der sitzung", "mitschrift", "notizen", "verlauf", "ergebnisse",
    "sitzungsverlauf",
)

# Phrases that report the end of the meeting in the closing lines ("schließt die Sitzung um 21:30 Uhr").
# Regular expressions; bare "Ende"/"Schluss" count only as a label at the start of a line.
END_CUES: tuple[str, ...] = (
    r"^\s*(?:Ende|Schluss|Sitzungsende)\b", r"\bSitzungsende\b", r"\bgeschlossen\b", r"\bschlie(?:ß|ss)t\b",
    r"\bschloss\b", r"\bbeendet\w*\b", r"\bendet\b", r"\b(?:war|waren)\s+(?:\S+\s+){0,4}?zu\s+Ende\b", r"\bEnde der (?:Sitzung|Versammlung|Veranstaltung|Mitgliederversammlung)\b",
)
START_CUES: tuple[str, ...] = (
    r"^\s*(?:Beginn|Sitzungsbeginn)\b", r"\bBeginn\s+(?:um\s+|ab\s+)?\d{1,2}[:.]\d{2}", r"\bging\b[^.]{0,30}?\blos\b", r"\beröffnet\w*\b", r"\bbeginnt\b", r"\bbegann\b",
    r"\bversammel\w+\b", r"\btrafen sich\b", r"\btreffen sich\b",
)

# Words before a place in a title line ("... am 24.10.2022 im Multikultizentrum Dessau").
PLACE_PREPOSITIONS: tuple[str, ...] = ("im", "in der", "in den", "in", "bei", "auf der", "auf dem")

# Keys of a mail header above minutes sent to a list ("Subject:", "From:", "Date:"): the date there
# is when the mail went out, the title is the minutes' own heading below it.
MAIL_HEADER_KEYS: tuple[str, ...] = ("subject", "from", "to", "cc", "date", "message-id", "reply-to",
                                     "betreff", "von", "an", "gesendet", "datum")
MAIL_HEADER_NEEDS: tuple[tuple[str, ...], ...] = (("subject", "betreff"), ("from", "von"))
# First words of a heading line that names the minutes ("Protokoll Chaostreff Hafenstadt, 11.01.2024").
MINUTES_TITLE_WORDS: tuple[str, ...] = ("protokoll", "niederschrift", "mitschrift", "sitzungsprotokoll",
                                        "ergebnisprotokoll", "verlaufsprotokoll", "notizen", "minutes")

# Front-matter keys (Pelican, Hugo, Jekyll) that hold the title and date.
FRONT_MATTER_TITLE: tuple[str, ...] = ("title", "titel")
FRONT_MATTER_DATE: tuple[str, ...] = ("date", "datum")

# Sentences that name the place of the meeting; the group "place" is kept.
LOCATION_SENTENCES: tuple[str, ...] = (
    r"\bUhr\s+(?:im|in der|in den|in|bei|auf dem)\s+(?P<place>[A-ZÄÖÜ].+?)(?=\s+unter\s|\s+\d+\s+Personen|,\s+die\s|\s+zur?\s|\s+statt\b|$)",
    r"\b(?:fand|findet|tagte|tagt)\b.{0,60}?\s(?:im|in der|in den|bei)\s+(?P<place>[A-ZÄÖÜ].+?)\s+statt\b",
)

# List labels that also give everyone listed a role ("Anwesende Mitglieder des Vorstands:").
# Labels that list people present only in the head of the minutes ("Geschäftsstelle: Birgit Lohmeier-Sanz, Daniel
# Kowarsch"); in the body "Geschäftsstelle:" heads a report.
HEADER_PRESENT_LABELS: tuple[str, ...] = ("geschäftsstelle", "von der geschäftsstelle", "büro", "team der geschäftsstelle")

LIST_ROLES: dict[str, str] = {
    "anwesende mitglieder des vorstands": "Vorstand", "anwesende vorstandsmitglieder": "Vorstand",
    "anwesend vom vorstand": "Vorstand", "vorstand": "Vorstand", "revisoren": "Revisor",
    "anwesende revisoren": "Revisor", "kassenprüfer": "Kassenprüfer", "kassenprüfung": "Kassenprüfer",
}

# Sentences that give a listed person the chair or the minutes; groups "name" and "office".
ROLE_SENTENCES: tuple[str, ...] = (
    r"(?P<name>[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+)?)\s+(?:übernimmt|übernahm|übernehmen|führt|führte)\s+(?:die|das)\s+(?P<office>Versammlungsleitung|Sitzungsleitung|Protokollführung|Protokoll|Moderation|Leitung)",
    r"(?:übernimmt|übernahm)\s+(?P<name>[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+)?)\s+die\s+(?P<office>Versammlungsleitung|Sitzungsleitung|Protokollführung|Moderation|Leitung)",
    r"\bund\s+(?P<name>[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+)?)\s+die\s+(?P<office>Protokollführung|Versammlungsleitung)",
    r"^(?P<name>[A-ZÄÖÜ][\w.-]+\s+[A-ZÄÖÜ][\w.-]+)\s+(?P<office>eröffnet|eröffnete)\s+(?:die|das)\s+(?:Versammlung|Sitzung|MV|Mitgliederversammlung|Treffen|Plenum)",
    r"\bAls\s+(?P<office>Versammlungsleiter\w*|Sitzungsleiter\w*|Protokollführer\w*|Protokollant\w*|Schriftführer\w*)\s+(?:wurde|wird)\s+(?P<name>[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+)?)\s+(?:bestimmt|gewählt|benannt)",
    # "Sie wurde von der Vorsitzenden Gertrud Hallmeier geleitet; die Niederschrift führte Ilse Brandenstein."
    r"\b(?:wurde|wird)\s+von\s+(?:der|dem)\s+(?:\w+\s+)?(?P<name>[A-ZÄÖÜ][\w.-]+\s+[A-ZÄÖÜ][\w.-]+)\s+(?P<office>geleitet)\b",
    r"\b(?P<office>Niederschrift|Protokoll)\s+(?:führte|schrieb)\s+(?P<name>[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+)?)",
)

# First words of longer list labels ("Anwesende Ausschussmitglieder:", "Teilnehmende Mitglieder:").
LABEL_FIRST_WORDS: dict[str, str] = {
    "anwesend": "present", "anwesende": "present", "teilnehmende": "present", "teilnehmer": "present",
    "stimmberechtigte": "present", "entschuldigt": "excused", "entschuldigte": "excused",
    "abwesend": "absent", "abwesende": "absent", "gäste": "guest", "gast": "guest",
}

# The last word of a label that adds people to the list: "Beim Rundgang außerdem:", "Zum TOP 3 zusätzlich:"
LABEL_LAST_WORDS: dict[str, str] = {"außerdem": "guest", "zusätzlich": "guest", "ferner": "guest"}

# Attendance told in running text, when the minutes have no list: status and a pattern whose
# group "names" holds the names ("Anwesend waren kato, joey und ich (Paula, Protokoll).").
# A sentence that leads into the list of those present: "Unter dem Vorsitz von Ortsvorsteherin Renate Obermaier
# nahmen an der Sitzung teil: die Ortschaftsräte …" (the chair named in it)
ATTENDANCE_LEAD = (r"^(?:Unter\s+(?:dem\s+)?Vorsitz\s+(?:von\s+|des\s+|der\s+)?(?P<chair>[^:]{3,80}?)\s+)?"
                   r"(?:nahmen|nehmen|waren|sind)\b[^:]{0,60}:\s*")
# An office before the chair's name: "Unter dem Vorsitz von Ortsvorsteherin Renate Obermaier"
OFFICE_BEFORE_NAME = (r"^(?:Erste[rn]?\s+)?[A-ZÄÖÜ][a-zäöüß]*(?:vorsteher|vorsteherin|meister|meisterin|vorsitzende|vorsitzender|vorsitzenden)\s+(?=[A-ZÄÖÜ])"
                      # "Wehrführer Markus Dellbrück", "Jugendwartin Lena Vosskuhl": before a first name and a surname
                      r"|^(?:stv\.\s+|stellv\.\s+)?[A-ZÄÖÜ][a-zäöüß]+(?:führer|führerin|kommandant|kommandantin|leiter|leiterin|wart|wartin|pfarrer|pfarrerin)"
                      r"\s+(?=[A-ZÄÖÜ][a-zäöüß]+\s+[A-ZÄÖÜ])")
# Endings of an office named after a person: "Stefan Ruoff, Abteilungskommandant der Feuerwehr"
OFFICE_ENDINGS: tuple[str, ...] = ("kommandant", "kommandantin", "leiter", "leiterin", "beauftragter", "beauftragte", "wart", "wartin",
                                   "führer", "führerin", "führung", "leitung",
                                   "berater", "beraterin", "prüfer", "prüferin",
                                   "referent", "referentin", "sprecher", "sprecherin", "direktor", "direktorin",
                                   "anwalt", "anwältin", "notar", "notarin", "gutachter", "gutachterin", "architekt", "architektin",
                                   "sachverständiger", "sachverständige", "vertreter", "vertreterin")
# A note after several names that holds for each: "A, B und C (alle CDU)", "D und E (beide FW)"
SHARED_NOTE = r"\((?:alle|beide|jeweils)\s+([^()]+)\)"
# Who came late, said in a sentence; also under a list of those present ("Selin kam um 19:15 dazu.")
_OFFICE_IN_PROSE = r"(?:(?:Kantor|Kantorin|Pfarrer|Pfarrerin|Diakon|Diakonin|Küster|Küsterin|Hausmeister|Hausmeisterin|Wehrführer|Bürgermeister|Bürgermeisterin)\s+)?"
_LATE_LATER = ("present", r"(?:^|[.!]\s+)(?P<names>@?[\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)\s+(?:kam|kamen|stieß|stießen)\s+(?:etwas\s+|erst\s+)?später\s+(?:dazu|hinzu)\b")
_LATE_AT = ("present", r"(?:^|[.!;,]\s+)" + _OFFICE_IN_PROSE + r"(?P<names>(?:(?:Herr|Frau|Dr\.)\s+)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)\s+"
            # "Herr Sondermann kam um 15:20 Uhr hinzu", "Kantor Jonas Vellmer stieß um 20:10 Uhr zu uns."
            r"(?:kam|kamen|stieß|stießen)\s+(?:um|gegen|ab)\s+\d{1,2}[:.]\d{2}\s*(?:Uhr\s+)?(?:dazu|hinzu|zu\s+uns)\b")
LATE_ARRIVALS: tuple[tuple[str, str], ...] = (_LATE_LATER, _LATE_AT)
PROSE_ATTENDANCE: tuple[tuple[str, str], ...] = (
    ("present", r"\b(?:Anwesend|Dabei|Da)\s+waren\s*:?\s+(?P<names>[^.]+)"),
    _LATE_LATER,
    ("excused", r"\b[Ee]ntschuldigt\s+(?:hatte|hatten|hat|haben)\s+sich\s+(?P<names>[^.]+)"),
    # "Bernd Talheimer hatte sich entschuldigt, er ist im Urlaub.", "Ulrike Sommerfeld kam als Gast … dazu."
    ("excused", r"(?:^|[.!;]\s+)(?P<names>(?:(?:Herr|Frau|Dr\.)\s+)*[A-ZÄÖÜ][\w-]+\s+[A-ZÄÖÜ][\w-]+)\s+(?:hatte|hat)\s+sich\s+(?:\w+\s+)?entschuldigt\b"),
    ("guest", r"(?:^|[.!;]\s+)(?P<names>(?:(?:Herr|Frau|Dr\.)\s+)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)\s+(?:kam|kamen|war|waren)\s+als\s+(?:Gast|Gäste|Gästin)\b"),
    ("guest", r"\b(?:war|waren)\s+(?P<names>[^.]{2,80}?)\s+als\s+(?:Gast|Gäste|Gästin)\b"),
    # formal minutes in running text: "Sie wurde von der Vorsitzenden Gertrud Hallmeier geleitet; die Niederschrift
    # führte Ilse Brandenstein. … Entschuldigt fehlten Frau Bonnhoff und Herr Wallbrecht. Herr Sondermann kam um 15:20 Uhr
    # hinzu, Herr Maaßberg verließ die Sitzung nach TOP 6. Für die Verwaltung nahm Frau Drescher-Kaul teil. Als Gäste
    # begrüßte die Vorsitzende Herrn Lutz Fahrenkamp und Frau Dr. Sabine Quernheim."
    ("present", r"\b(?:wurde|wird)\s+von\s+(?:der|dem)\s+\w+\s+(?P<names>(?:Dr\.\s+)?[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)\s+geleitet\b"),
    ("present", r"\b(?:Niederschrift|Protokoll)\s+(?:führte|schrieb)\s+(?P<names>(?:(?:Herr|Frau|Dr\.)\s+)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)"),
    ("excused", r"\b[Ee]ntschuldigt\s+(?:fehlten|fehlte)\s+(?P<names>(?:Dr\.|Prof\.|[^.])+)"),
    _LATE_AT,
    ("present", r"(?:^|[.!;,]\s+)(?P<names>(?:(?:Herr|Frau|Dr\.)\s+)*[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)\s+verließ\s+die\s+(?:Sitzung|Versammlung)\b"),
    ("present", r"\bFür\s+(?:die|den|das)\s+\w+\s+(?:nahm|nahmen)\s+(?P<names>(?:Dr\.|Prof\.|[^.])+?)\s+teil\b"),
    ("guest", r"\bAls\s+(?:Gast|Gäste)\s+(?:begrüßte|begrüßt)\s+(?:die|der)\s+\w+\s+(?P<names>(?:Dr\.|Prof\.|[^.])+)"),
    # "Als Gäste dabei: Marion Kettwig (Verwaltung) sowie ab 19:45 Uhr Benedikt Raschke-Olm, der … übergeben hat."
    ("guest", r"\bAls\s+(?:Gast|Gäste)\s+(?:dabei|anwesend)\s*:\s+(?P<names>(?:Dr\.|Prof\.|[^.])+?)(?=,\s+(?:der|die|das|den)\s|\.|$)"),
)
# Notes on a person in running text that give the role ("kato (hat moderiert)").
PROSE_ROLE_NOTES: dict[str, str] = {
    "hat moderiert": "Moderation", "moderiert": "Moderation", "hat die sitzung geleitet": "Sitzungsleitung",
    "hat protokoll geschrieben": "Protokoll", "schreibt protokoll": "Protokoll",
}
# "ich (Paula, Protokoll)": the writer names themself in brackets.
PROSE_SELF = r"\b(?:ich|mir|mich)\s*\((?P<name>[^,()]+)(?:,\s*(?P<note>[^()]+))?\)"

# Words before a time that only estimate it ("bis ca. 21:30"): a closing time written later wins.
ESTIMATE_WORDS: tuple[str, ...] = ("ca.", "circa", "etwa", "gegen")

# Marks that stand before the meeting's place in a header line ("🕢 19:30–21:05 · 📍 Gemeindehaus, Kleiner Saal").
LOCATION_MARKS: tuple[str, ...] = ("📍", "📌")
