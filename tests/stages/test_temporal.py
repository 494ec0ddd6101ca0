"""The temporal stage: explicit dates, clock times, and deadlines resolved per SCHEMA.md."""
from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace

import pytest

from extractor.lang.de import temporal as german
from extractor.temporal import (
    DATA_KEYS, KINDS, RULES, find_dates, find_deadline, find_times, load_rules, parse_date,
    resolve_deadline, validate_language_data,
)

MON = date(2023, 3, 13)  # a Monday
WED = date(2023, 3, 15)
SAT = date(2023, 3, 18)
SUN = date(2023, 3, 19)
NEXT = date(2023, 4, 17)  # the next meeting, where the protocol gives one


# ---------------------------------------------------------------- resolving deadlines

RESOLVE_CASES = [
    # A full date
    ("Der Kassenwart überweist den Zuschuss bis zum 14.04.2023.", MON, date(2023, 4, 14)),
    ("Frau Yilmaz reicht den Bericht bis 5.4.23 ein.", MON, date(2023, 4, 5)),
    ("Die AG Technik liefert das Konzept spätestens am 2. Mai 2023.", MON, date(2023, 5, 2)),
    ("Abgabe der Unterlagen bis 2023-06-30.", MON, date(2023, 6, 30)),
    ("Herr Okafor meldet den Stand bis Freitag, den 24. März 2023.", MON, date(2023, 3, 24)),
    ("Die Kündigung des Kopierers erfolgt per 30. Juni 2023.", MON, date(2023, 6, 30)),
    # an abbreviated weekday after a preposition
    ("Sabine fragt bei Ulrike nach, Rückmeldung bis Mi.", MON, date(2023, 3, 15)),
    ("Plakate an die Vereine, bis Fr", MON, date(2023, 3, 17)),
    ("merle: bis Do. Mail an die Bib mit der Themenliste", MON, date(2023, 3, 16)),
    # "Fr." before a name is Frau
    ("Rückmeldung bis Fr. Müller anruft", MON, None),
    ("Der Antrag geht bis spätestens 3. Okt. 2023 an die Stadt.", MON, date(2023, 10, 3)),
    ("Frau Novak meldet sich bis zum 31.04.2023.", MON, None),  # no such day: nothing, not a guess
    # A date without year: next occurrence on or after the reference
    ("Die Jugendwartin verteilt die Trikots bis zum 20.3.", MON, date(2023, 3, 20)),
    ("Anmeldungen für das Zeltlager nimmt Herr Paul bis 10.01. an.", WED, date(2024, 1, 10)),
    ("Herr Brandt ruft am 13. März beim Amt an.", MON, date(2023, 3, 13)),  # the same day counts
    ("Der Vorstand lädt bis 3. Feb. zur Versammlung ein.", MON, date(2024, 2, 3)),
    ("Frau Gruber schickt die Abrechnung bis 15. Jänner.", MON, date(2024, 1, 15)),  # Austrian
    ("Herr Meier liefert die Offerte bis am 7. April.", MON, date(2023, 4, 7)),  # Swiss "bis am"
    ("Das Protokoll wird bis 29.3 verschickt.", MON, date(2023, 3, 29)),  # closing dot missing
    ("Die Hallenmiete wird am 29.02. überwiesen.", date(2023, 3, 1), date(2024, 2, 29)),
    ("Die Flyer müssen am 20. fertig sein.", MON, date(2023, 3, 20)),  # day of the month alone
    ("Die Miete wird bis zum 5. des Monats überwiesen.", date(2023, 3, 20), date(2023, 4, 5)),
    # A weekday: the first such day strictly after the reference
    ("Frau Schulz fragt bis Donnerstag beim Hausmeister nach.", MON, date(2023, 3, 16)),
    ("Herr Demir schickt die Liste am Montag herum.", MON, date(2023, 3, 20)),  # not today
    ("Die Bühne wird am kommenden Mittwoch aufgebaut.", SAT, date(2023, 3, 22)),
    ("Rückmeldung an die Kassenwartin bis nächsten Dienstag.", WED, date(2023, 3, 21)),
    ("Frau Lindner bringt Freitagabend die Kasse vorbei.", SUN, date(2023, 3, 24)),
    ("Der Lagerraum wird bis Samstag geräumt.", WED, date(2023, 3, 18)),
    ("Herr Koch meldet sich Dienstag nächster Woche.", MON, date(2023, 3, 21)),
    ("Herr Koch meldet sich Dienstag nächster Woche.", SAT, date(2023, 3, 21)),  # the coming week
    ("Frau Ernst zählt die Stimmzettel am übernächsten Freitag.", MON, None),  # read two ways
    # morgen, übermorgen
    ("Die Einladung geht morgen raus.", MON, date(2023, 3, 14)),
    ("Frau Peters bezahlt die Rechnung übermorgen.", MON, date(2023, 3, 15)),
    ("Herr Vogel klärt das noch heute.", MON, MON),
    # A number of days, weeks, months
    ("Die Satzungsänderung wird in drei Wochen vorgelegt.", MON, date(2023, 4, 3)),
    ("Frau Sommer prüft den Mietvertrag binnen 10 Tagen.", MON, date(2023, 3, 23)),
    ("Herr Ali beantwortet die Anfrage innerhalb von einer Woche.", MON, date(2023, 3, 20)),
    ("Die Rechnung ist innert 30 Tagen zu begleichen.", MON, date(2023, 4, 12)),  # Swiss
    ("Die Kasse wird in einem Monat erneut geprüft.", MON, date(2023, 4, 13)),
    ("Herr Pauls liefert die Fotos in fünfzehn Tagen.", MON, date(2023, 3, 28)),
    ("Der Entwurf kommt in zwei bis drei Wochen.", MON, None),  # a range names no day
    ("Die Antwort folgt innerhalb von 5 Werktagen.", MON, None),  # holidays unknown
    # This week, next week (Friday; from a weekend the coming week)
    ("Frau Kraft schickt die Fotos bis Ende der Woche.", WED, date(2023, 3, 17)),
    ("Herr Lenz kümmert sich diese Woche um die Getränke.", MON, date(2023, 3, 17)),
    ("Der Aushang wird noch in dieser Woche gemacht.", SAT, date(2023, 3, 24)),
    ("Die Plakate werden nächste Woche gedruckt.", WED, date(2023, 3, 24)),
    ("Frau Arslan verschickt nächste Woche die Einladungen.", SUN, date(2023, 3, 24)),
    ("Die Abrechnung kommt bis Ende nächster Woche.", MON, date(2023, 3, 24)),
    ("Herr Wolf erledigt das in der übernächsten Woche.", MON, date(2023, 3, 31)),
    # Calendar weeks: Friday of the ISO week, next year once past
    ("Die Bestellung wird in KW 14 ausgelöst.", MON, date(2023, 4, 7)),
    ("Der Hallenplan steht bis zur 5. KW.", date(2023, 11, 20), date(2024, 2, 2)),
    ("Abgabe der Entwürfe Kalenderwoche 12.", MON, date(2023, 3, 24)),
    ("Die Umfrage läuft bis KW 20/2024.", MON, date(2024, 5, 17)),
    # Month ends and middles
    ("Die Beiträge werden bis Ende des Monats eingezogen.", MON, date(2023, 3, 31)),
    ("Frau Beck überarbeitet die Website bis Monatsende.", date(2024, 2, 10), date(2024, 2, 29)),
    ("Herr Jung sichtet die Fotos bis Ende Mai.", MON, date(2023, 5, 31)),
    ("Herr Roth bestellt die Pokale im Januar.", date(2023, 11, 2), date(2024, 1, 31)),
    ("Frau Keller prüft die Angebote bis Ende nächsten Monats.", MON, date(2023, 4, 30)),
    ("Die Abrechnung erfolgt bis Ende Monat.", MON, date(2023, 3, 31)),  # Swiss
    ("Herr Sander sammelt bis Mitte April die Anmeldungen.", MON, date(2023, 4, 15)),
    ("Die Kassenprüfung ist Mitte Januar.", date(2023, 12, 5), date(2024, 1, 15)),
    ("Die Spendenaktion läuft bis November.", MON, None),  # start or end of November?
    # Year ends
    ("Der Vorstand legt bis Jahresende einen Haushaltsentwurf vor.", MON, date(2023, 12, 31)),
    ("Die Umstellung auf das neue Kassenbuch ist Ende 2024 abgeschlossen.", MON, date(2024, 12, 31)),
    ("Frau Hahn digitalisiert das Archiv bis Ende des nächsten Jahres.", MON, date(2024, 12, 31)),
    # Quarters and half-years
    ("Die Inventur ist bis Ende des Quartals erledigt.", date(2023, 5, 10), date(2023, 6, 30)),
    ("Der Förderantrag geht im zweiten Quartal 2024 raus.", MON, date(2024, 6, 30)),
    ("Frau Ota legt im 1. Quartal den Jahresbericht vor.", date(2023, 8, 1), date(2024, 3, 31)),
    ("Die Migration der Mailinglisten ist bis Q3/2023 fertig.", MON, date(2023, 9, 30)),
    ("Die neue Satzung gilt im ersten Halbjahr 2024.", MON, date(2024, 6, 30)),
    # The next meeting: its date where known, else nothing
    ("Herr Yıldız stellt die Zahlen bis zur nächsten Sitzung zusammen.", MON, NEXT),
    ("Frau Ohm stellt bis zur ersten Sitzung nach den Ferien die Ergebnisse zusammen.", MON, NEXT),
    ("Die Satzung wird auf der nächsten Mitgliederversammlung vorgestellt.", MON, NEXT),
    ("Bis zur nächsten Sitzung am 27.3. liegt der Plan vor.", MON, date(2023, 3, 27)),  # written date wins
    # Vague: found, but no day
    ("Frau Otto bestellt Anfang Juni das Zelt.", MON, None),
    ("Herr Graf lässt im Herbst die Heizung warten.", MON, None),
    ("Die Homepage wird zeitnah aktualisiert.", MON, None),
    ("Herr Busch meldet sich so bald wie möglich beim Verband.", MON, None),
    ("Die Protokolle werden demnächst online gestellt.", MON, None),
    ("Frau Jäger prüft in den nächsten Tagen die Belege.", MON, None),
    ("Neue Schlüssel asap bestellen.", MON, None),
    ("Die Dekoration wird bis Weihnachten besorgt.", MON, None),
    ("Herr Kurz ruft Anfang nächster Woche an.", MON, None),
    ("Herr Kurz meldet sich bis zum Wochenende.", MON, None),
    ("Die Kasse wird Mitte nächster Woche geprüft.", MON, None),  # not Friday
    # No deadline at all
    ("Die Rechnung vom 02.03.2023 wird von Herrn Lang geprüft.", MON, None),
    ("Der am 10. März gelieferte Schrank wird aufgebaut.", MON, None),  # attributive, past
    ("Seit dem 1. Januar betreut Herr Kim die Kasse.", MON, None),
    ("Herr Freitag übernimmt die Kasse.", MON, None),  # a surname
    ("Guten Morgen, die Sitzung beginnt.", MON, None),
    ("Die Trainingsgruppe trifft sich jeden Dienstag in der Halle.", MON, None),
    ("Wir treffen uns weiterhin jeden zweiten Dienstag in der Bibliothek.", MON, None),
    ("Der Glühweinabend findet am Donnerstag im Innenhof statt.", MON, None),  # an event, no deadline
    ("TOP 1.2. wird vertagt.", MON, None),  # a section number, not 1 February
    ("Der heute gewählte Vorstand übernimmt die Konten.", MON, None),  # attributive "heute"
    ("Frau Brandt bereitet das nächste Treffen vor.", MON, None),  # the meeting is the object
    ("Herr Ries erstellt den Q1-Bericht.", MON, None),
    # Told in the past: a report, not a deadline, unless something is still to do
    ("Herr Klein hat am 3. März die Rechnung bezahlt.", MON, None),
    ("Die Rechnung wurde am 3.3. bezahlt, Frau Roth prüft sie am Freitag.", MON, date(2023, 3, 17)),
    ("Es wurde vereinbart, dass Herr Nagel am Donnerstag anruft.", MON, date(2023, 3, 16)),
    ("Frau Heck hat zugesagt, am Mittwoch die Schlüssel abzuholen.", MON, date(2023, 3, 15)),
    ("Frau Heck hat bis Freitag Zeit für die Durchsicht.", MON, date(2023, 3, 17)),  # "bis" stated outright
    # the next meeting with an adjective between
    ("Der Vorstand wird bis zur nächsten gemeinsamen Sitzung eine Vorlage erarbeiten.", MON, date(2023, 4, 17)),
    # a deadline that comes round each month: the first one
    ("Die Mängelliste geht jeweils bis zum Monatsende an das Sekretariat.", MON, date(2023, 3, 31)),
    # a promise for a time to come
    ("Die Lieferung der Stühle hat der Händler für KW 14 zugesagt.", MON, date(2023, 4, 7)),
    # Several times in one sentence: the one stated outright
    ("Herr Aydin schickt zeitnah, spätestens bis 31.03.2023, die Liste.", MON, date(2023, 3, 31)),
    ("Die Rechnung vom 1.3. bezahlt Frau Ulrich bis Ende des Monats.", MON, date(2023, 3, 31)),
]


@pytest.mark.parametrize("sentence, reference, expected", RESOLVE_CASES)
def test_resolve_deadline(sentence: str, reference: date, expected: date | None) -> None:
    assert resolve_deadline(sentence, reference, next_meeting=NEXT) == expected


@pytest.mark.parametrize("sentence, reference, expected", RESOLVE_CASES)
def test_found_expression_resolves_alone_as_in_its_sentence(sentence: str, reference: date,
                                                            expected: date | None) -> None:
    """The pipeline resolves ``find_deadline(clause).text`` on its own."""
    found = find_deadline(sentence)
    alone = resolve_deadline(found.text, reference, next_meeting=NEXT) if found else None
    assert alone == expected


@pytest.mark.parametrize("expression, reference, expected", [
    ("bis zum 30.04.2023", MON, date(2023, 4, 30)),
    ("14.11.", MON, date(2023, 11, 14)),
    ("bis Freitag", MON, date(2023, 3, 17)),
    ("in zwei Wochen", MON, date(2023, 3, 27)),
    ("Ende der Woche", SUN, date(2023, 3, 24)),
    ("KW 47", MON, date(2023, 11, 24)),
    ("Ende November", MON, date(2023, 11, 30)),
    ("Ende des Jahres", MON, date(2023, 12, 31)),
    ("im ersten Quartal 2024", MON, date(2024, 3, 31)),
    ("bald", MON, None),
])
def test_resolve_bare_expression(expression: str, reference: date, expected: date | None) -> None:
    assert resolve_deadline(expression, reference) == expected


def test_next_meeting_without_its_date_is_none() -> None:
    assert resolve_deadline("Frau Wenzel bereitet zum nächsten Treffen einen Vorschlag vor.", MON) is None


# ---------------------------------------------------------------- finding deadlines

@pytest.mark.parametrize("sentence, text, kind", [
    ("Frau Albers reicht den Antrag bis zum 14.04.2023 ein.", "bis zum 14.04.2023", "date"),
    ("Herr Weiß liefert die Zahlen spätestens am 2. Mai.", "spätestens am 2. Mai", "date_no_year"),
    ("Meldung bis Freitag, den 24. März 2023, an den Verband.", "bis Freitag, den 24. März 2023", "date"),
    ("Die Bühne wird am kommenden Mittwoch aufgebaut.", "am kommenden Mittwoch", "weekday"),
    ("Frau Kühn erledigt das morgen.", "morgen", "relative"),
    ("Herr Pohl meldet sich innerhalb einer Woche.", "innerhalb einer Woche", "relative"),
    ("Der Aushang wird noch diese Woche gemacht.", "noch diese Woche", "week"),
    ("Die Bestellung geht in der 12. KW raus.", "in der 12. KW", "kw"),
    ("Herr Jung sichtet die Fotos bis Ende Mai.", "bis Ende Mai", "month"),
    ("Herr Sander sammelt Mitte April die Anmeldungen.", "Mitte April", "mid_month"),
    ("Der Vorstand legt bis Jahresende einen Entwurf vor.", "bis Jahresende", "year_end"),
    ("Der Antrag geht im zweiten Quartal 2024 raus.", "im zweiten Quartal 2024", "quarter"),
    ("Die Zahlen liegen bis zur nächsten Vorstandssitzung vor.", "bis zur nächsten Vorstandssitzung", "next_meeting"),
    ("Frau Jäger prüft in den kommenden Tagen die Belege.", "in den kommenden Tagen", "vague"),
    ("Der Antrag muss möglichst bald gestellt werden.", "möglichst bald", "vague"),
    ("Herr Graf klärt das nach Absprache mit dem Kassenwart.", "nach Absprache", "vague"),
    ("Die Antwort kommt möglichst zeitnah.", "möglichst zeitnah", "vague"),
    ("Herr Lux erledigt das nächste Woche.", "nächste Woche", "week"),  # "das" is a pronoun here
    ("Herr Aydin schickt zeitnah, spätestens bis 31.03.2023, die Liste.", "spätestens bis 31.03.2023", "date"),
    ("Herr Kurz ruft Anfang nächster Woche an.", "Anfang nächster Woche", "vague"),  # not "nächster Woche"
    # the task's own deadline, not the one of the clause after it
    ("Selin stellt die Umfrage bis Freitag online, sie soll dann bis zum 31. Oktober laufen.", "bis Freitag", "weekday"),
])
def test_find_deadline(sentence: str, text: str, kind: str) -> None:
    found = find_deadline(sentence)
    assert found is not None
    assert (found.text, found.kind) == (text, kind)
    assert sentence[found.start:found.end] == found.text
    assert found.rule in {rule.id for rule in RULES.deadlines}


@pytest.mark.parametrize("sentence", [
    "Herr Lang kümmert sich um die Beschaffung der Stühle.",
    "Die Rechnung vom 02.03.2023 wird von Herrn Lang geprüft.",
    "Die am 1. Februar eingegangene Spende wird verbucht.",
    "Frau Ernst betreut weiterhin den Newsletter.",
    "Die Gruppe trifft sich jeden Donnerstag um 18 Uhr.",
    # "Fr." before a name is "Frau", "Mo" beside a name is a person
    "Die Liste geht bis Fr. Müller an alle.",
    "Plakate → Mo & Vicky",
])
def test_find_deadline_finds_nothing(sentence: str) -> None:
    assert find_deadline(sentence) is None


# ---------------------------------------------------------------- explicit dates and clock times

@pytest.mark.parametrize("text, reference, expected", [
    ("Genehmigung des Protokolls vom 14.09.2022", None, [("14.09.2022", date(2022, 9, 14))]),
    ("Montag, 24. Oktober 2022, 19 Uhr", None, [("24. Oktober 2022", date(2022, 10, 24))]),
    ("Sitzung am 24.10.22 im Vereinsheim", None, [("24.10.22", date(2022, 10, 24))]),
    ("Termin: 2022-10-24", None, [("2022-10-24", date(2022, 10, 24))]),
    ("Gründung am 03.04.71", None, [("03.04.71", date(1971, 4, 3))]),  # 70 and later: 19xx
    ("am 24. Okt. 2022", None, [("24. Okt. 2022", date(2022, 10, 24))]),
    ("Treffen am 24.10.", date(2022, 10, 1), [("24.10.", date(2022, 10, 24))]),
    ("Treffen am 24.10.", None, []),  # no year, no reference: unknown
    ("Feste am 3. Mai und am 17. Juni", date(2023, 1, 1),
     [("3. Mai", date(2023, 5, 3)), ("17. Juni", date(2023, 6, 17))]),
    ("Nächste Sitzung: 12.05. 19 Uhr", date(2023, 3, 1), [("12.05.", date(2023, 5, 12))]),
    ("Die Version 0.3 der Satzung liegt vor.", None, []),
    ("Die Kosten betragen 10.50 € pro Person.", None, []),
    ("Beginn 19.30 Uhr", MON, []),
    ("1.2. Haushalt\n3.1. Kasse", MON, []),  # section numbers opening a line
    ("Nächste Sitzung\n28.3. (Do) 9:00 Uhr", MON, [("28.3.", date(2023, 3, 28))]),  # a date there
    ("siehe TOP 3.1. oben", MON, []),
    ("Update auf Version 2.10.12 erfolgt", None, []),
    ("Der 31.04.2023 existiert nicht.", None, []),
])
def test_find_dates(text: str, reference: date | None, expected: list[tuple[str, date]]) -> None:
    assert [(text[s:e], day) for s, e, day in find_dates(text, reference)] == expected


@pytest.mark.parametrize("text, reference, expected", [
    ("24.10.2022", None, date(2022, 10, 24)),
    ("24.10.22", None, date(2022, 10, 24)),
    ("24. Oktober 2022", None, date(2022, 10, 24)),
    ("Montag, 24. Oktober 2022", None, date(2022, 10, 24)),
    ("2022-10-24", None, date(2022, 10, 24)),
    ("24.10.", date(2022, 11, 2), date(2023, 10, 24)),  # next occurrence
    ("3. Mai", date(2022, 1, 10), date(2022, 5, 3)),
    ("3. Mai", None, None),
    ("Protokoll", None, None),
])
def test_parse_date(text: str, reference: date | None, expected: date | None) -> None:
    assert parse_date(text, reference) == expected


@pytest.mark.parametrize("text, expected", [
    ("14 – 16 Uhr", [("14 – 16 Uhr", "14:00", "16:00")]),
    ("19:05 Uhr", [("19:05 Uhr", "19:05", None)]),
    ("Beginn: 19:05 Uhr", [("19:05 Uhr", "19:05", None)]),
    ("Ende 21:30", [("21:30", "21:30", None)]),
    ("Beginn 19.30 Uhr", [("19.30 Uhr", "19:30", None)]),
    ("von 18 bis 20 Uhr", [("18 bis 20 Uhr", "18:00", "20:00")]),
    ("18:00-20:00", [("18:00-20:00", "18:00", "20:00")]),
    ("9:00 -- 9:30", [("9:00 -- 9:30", "09:00", "09:30")]),
    ("ab 20h im Saal", [("20h", "20:00", None)]),
    ("18.00 - 20.00 Uhr", [("18.00 - 20.00 Uhr", "18:00", "20:00")]),
    ("14 Uhr bis 16:30 Uhr", [("14 Uhr bis 16:30 Uhr", "14:00", "16:30")]),
    ("Zeit: 19:00 bis ca. 21:00", [("19:00 bis ca. 21:00", "19:00", "21:00")]),
    ("Sitzung am 24.10.2022 um 19 Uhr", [("19 Uhr", "19:00", None)]),
    ("Abstimmung: 6:0:1", []),  # votes, not a time
    ("Kosten 10.50 €", []),
    ("Seiten 14-16", []),
    ("2022-10-24", []),
    ("2016-06-08T00:00:00+02:00", []),  # a time-zone offset
])
def test_find_times(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(text[s:e], start, end) for s, e, start, end in find_times(text)] == expected


# ---------------------------------------------------------------- the language data

def test_language_data_is_valid() -> None:
    validate_language_data(german)


@pytest.mark.parametrize("entry", german.DATE_PATTERNS + german.TIME_PATTERNS + german.DEADLINE_PATTERNS,
                         ids=lambda entry: entry["id"])
def test_every_pattern_is_compiled(entry: dict[str, str]) -> None:
    compiled = {rule.id: rule for rule in RULES.dates + RULES.times + RULES.deadlines}
    assert isinstance(compiled[entry["id"]].regex, re.Pattern)


@pytest.mark.parametrize("entry", german.CONTEXT_PATTERNS, ids=lambda entry: entry["id"])
def test_every_context_pattern_is_compiled(entry: dict[str, str]) -> None:
    assert isinstance(RULES.context[entry["kind"]], re.Pattern)


def test_every_deadline_kind_is_known() -> None:
    assert {entry["kind"] for entry in german.DEADLINE_PATTERNS} <= set(KINDS)


def _data(**changes: object) -> SimpleNamespace:
    return SimpleNamespace(**{**{key: getattr(german, key) for key in DATA_KEYS}, **changes})


def _deadline(**changes: str) -> tuple[dict[str, str], ...]:
    return german.DEADLINE_PATTERNS + ({"id": "test.bad", "kind": "date", "resolve": "date",
                                        "prefix": "optional", "pattern": "x", **changes},)


@pytest.mark.parametrize("data, message", [
    (_data(EXTRA_WORDS=("foo",)), "unknown keys"),
    (_data(DEADLINE_PATTERNS=_deadline(pattern="(unclosed")), "'test.bad' does not compile"),
    (_data(DEADLINE_PATTERNS=_deadline(kind="someday")), "unknown kind 'someday'"),
    (_data(DEADLINE_PATTERNS=_deadline(resolve="guess")), "unknown resolve 'guess'"),
    (_data(DEADLINE_PATTERNS=_deadline(prefix="maybe")), "unknown prefix 'maybe'"),
    (_data(DEADLINE_PATTERNS=_deadline(pattern="{fortnight}")), "unknown placeholder {fortnight}"),
    (_data(DEADLINE_PATTERNS=_deadline(id="deadline.vague")), "used twice"),
    (_data(DEADLINE_PATTERNS=_deadline(label="x")), "has keys"),
    (_data(MONTHS={**german.MONTHS, "Brachet": 6}), "lower-case"),
    (_data(MONTHS={**german.MONTHS, "brachet": 13}), "MONTHS['brachet'] = 13"),
    (_data(DURATION_UNITS={**german.DURATION_UNITS, "jahr": "year"}), "DURATION_UNITS['jahr']"),
])
def test_bad_language_data_fails_at_load(data: SimpleNamespace, message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        load_rules(data)


@pytest.mark.parametrize("sentence, next_meeting, expected", [
    # a meeting named by its month is the next meeting when that falls in the month
    ("Konzept fertig machen bis zum Juni-Plenum", date(2023, 6, 14), date(2023, 6, 14)),
    ("Ergebnis in der Januarsitzung vorstellen", date(2023, 2, 1), None),
    ("Ergebnis in der Januarsitzung vorstellen", None, None),
])
def test_meeting_named_by_its_month(sentence: str, next_meeting: date | None, expected: date | None) -> None:
    assert resolve_deadline(sentence, MON, next_meeting) == expected


@pytest.mark.parametrize("text, first_day", [
    ("### Stadtfest 22./23.06.", date(2024, 6, 22)),
    ("Projektwoche 25.-29.11.2024", date(2024, 11, 25)),
    ("Weihnachtsmarkt am 29. und 30. November", date(2024, 11, 29)),
])
def test_an_event_of_days_starts_on_its_first(text: str, first_day: date) -> None:
    from extractor.temporal import find_dates, range_start
    assert range_start(text, find_dates(text, date(2024, 5, 21))[-1])[2] == first_day


def test_the_end_of_a_range_with_its_year_is_a_date() -> None:
    from extractor.temporal import find_dates, range_start
    text = "Blasmusikfest am 05./06.07.2025"
    found = find_dates(text, date(2025, 3, 21))
    assert [d for _, _, d in found] == [date(2025, 7, 6)] and range_start(text, found[0])[2] == date(2025, 7, 5)


def test_the_first_meeting_ever_is_no_next_meeting() -> None:
    found = find_deadline("Einladung zur ersten ordentlichen MV im ersten Quartal 2025")
    assert found is not None and found.kind != "next_meeting"
