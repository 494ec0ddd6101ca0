"""Terms meet across inflection, derivation and compounds; unrelated words do not."""
import pytest

from extractor.audit.terms import term_similarity, terms


def _best(a: str, b: str) -> float:
    return max(term_similarity(x, y) for x, _ in terms(a) for y, _ in terms(b))


@pytest.mark.parametrize("a, b", [
    ("Versicherung", "versichert"),          # derivation
    ("Plakate", "Sicherheitsplakate"),       # head of a compound
    ("Basteln", "Bastler"),                  # unstressed e dropped
    ("Protokolle", "Protokoll"),             # plural
    ("Kuchenspenden", "Kuchenaufruf"),       # shared modifier
    ("veröffentlicht", "veröffentlichen"),  # participle and infinitive
    ("Öffentlichkeitsarbeit", "Presse"),     # synonyms (followup.SYNONYM_GROUPS)
    ("Homepage", "Webseite"),
    ("Hausordnung", "AGB"),
])
def test_related_words_meet(a, b):
    assert _best(a, b) > 0


@pytest.mark.parametrize("a, b", [
    ("Funktionen", "funktioniert"),
    ("Konto", "Kontrolle"),
    ("Stand", "Stadtteilfest"),
])
def test_unrelated_words_do_not(a, b):
    assert _best(a, b) == 0


def test_names_and_filler_are_dropped():
    found = dict(terms("Ole fragt bis Ende Januar beim Ordnungsamt an", frozenset({"ole"})))
    assert "ole" not in found and "januar" not in found and "ordnungsamt" in found


@pytest.mark.parametrize("text, dropped", [
    ("Die Liste wird gepflegt, sodass alle vorher Bescheid wissen.", {"sodass", "vorher"}),
    ("Ute klärt zeitnah, spätestens im Mai, die Schlüsselfrage.", {"zeitnah", "spätestens"}),
    ("Zurzeit gibt es diverse Anfragen.", {"zurzeit", "divers", "diverse"}),
])
def test_conjunctions_and_time_words_are_dropped(text, dropped):
    assert not dropped & set(dict(terms(text)))


@pytest.mark.parametrize("a, b", [
    ("Presse", "Kasse"),
    ("Satzung", "Website"),
])
def test_synonym_groups_stay_apart(a, b):
    assert _best(a, b) == 0


def test_nouns_weigh_more_than_verbs():
    (verb, verb_weight), (noun, noun_weight) = terms("besorgt Greifzangen")
    assert noun == "greifzang" and noun_weight > verb_weight


@pytest.mark.parametrize("text, term, weight", [
    ("Genauer Ablauf ist unklar.", "genau", 0.5),    # an adjective opening a sentence is no noun
    ("1. Dringender Umbau im Keller", "dringend", 0.5),  # nor after a list marker
    ("Presse: Jana lädt ein.", "press", 1.0),        # a noun opening a sentence stays one
    ("Der Umbau beginnt. Neuer Termin folgt.", "neu", 0.5),
])
def test_capitals_at_the_start_of_a_sentence(text, term, weight):
    assert dict(terms(text))[term] == weight


@pytest.mark.parametrize("text, kept", [
    ("Donnerstags ist die Werkstatt offen.", {"donnerstag"}),     # every Thursday: a standing event
    ("Ablauf an den Donnerstagen", {"donnerstag"}),
    ("Tarek meldet sich bis Donnerstag.", set()),                # a date
    ("Der Antrag wird mit 12 Ja, 0 Nein und 2 Enthaltungen einstimmig angenommen.", set()),  # votes
])
def test_weekdays_and_vote_words(text, kept):
    found = set(dict(terms(text)))
    assert {"donnerstag", "ja", "nein", "enthalt", "enthaltung", "einstimmig"} & found == kept


def test_a_participle_noun_meets_its_office():
    assert _best("Vorsitzenden", "Vorsitz") >= 0.8 and _best("Teilnehmende", "Teilnehmer") >= 0.8


@pytest.mark.parametrize("a, b", [
    ("Antrag über 480 €", "Zusage über 480 EUR"),
    ("Kosten von 1.250 Euro", "Rechnung über 1250 €"),
])
def test_sums_of_money_meet(a, b):
    assert {t for t, _ in terms(a) if t.endswith("€")} & {t for t, _ in terms(b) if t.endswith("€")}


def test_currencies_are_no_topic():
    assert not {"eur", "euro"} & set(dict(terms("Zusage über 480 EUR, Rest 20 Euro")))
