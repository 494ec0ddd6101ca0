"""Converters and template generator on tiny inline fixtures (no shared data needed)."""
import random

import pytest

import convert
import synth

spacy = pytest.importorskip("spacy")


GERMEVAL = (
    "#\thttp://de.wikipedia.org/wiki/X\t[2009-08-13]\n"
    "1\tAngela\tB-PER\tO\n"
    "2\tMerkel\tI-PER\tO\n"
    "3\tbesucht\tO\tO\n"
    "4\tdeutsche\tB-LOCderiv\tO\n"
    "5\tFirmen\tO\tO\n"
    "6\tin\tO\tO\n"
    "7\tBerlin\tB-LOC\tO\n"
    "8\tund\tO\tO\n"
    "9\tden\tO\tO\n"
    "10\tFC\tB-ORG\tO\n"
    "11\tKickers\tI-ORG\tO\n"
    "12\tDarmstadt\tI-ORG\tB-LOC\n"
    "13\t\"\tO\tO\n"
    "14\tEcce\tB-OTH\tO\n"
    "15\tEU-Verordnung\tB-ORGpart\tO\n"
    "\n"
    "#\thttp://x\t[2010]\n"
    "1\tHallo\tO\tO\n"
)


def test_germeval_mapping():
    sents = convert.read_germeval(GERMEVAL)
    assert len(sents) == 2
    s = sents[0]
    assert s.meta["url"].startswith("http")
    spans = convert.iob_to_spans(s.tags)
    assert (0, 2, "PER") in spans
    assert (6, 7, "LOC") in spans
    assert (9, 12, "ORG") in spans
    assert (13, 14, "MISC") in spans  # OTH -> MISC
    assert s.tags[3] == "O" and s.tags[14] == "O"  # deriv / part dropped


LER = (
    "Richter B-RR\nDr.\tO\nMüller I-RR\nam O\nBundesgerichtshof B-GRT\nnach O\n"
    "§ B-GS\n5 I-GS\nBGB I-GS\nin O\nKarlsruhe B-ST\n. O\n\r\n"
    "Die O\nSiemens B-UN\nAG I-UN\n. O\n"
)


def test_ler_mapping_and_crlf():
    sents = convert.read_ler(LER.replace("\n", "\r\n"))
    assert len(sents) == 2
    spans = convert.iob_to_spans(sents[0].tags)
    assert (0, 1, "PER") in spans  # RR -> PER (B- only, "Dr." is O in the fixture)
    assert (4, 5, "ORG") in spans  # GRT -> ORG
    assert (10, 11, "LOC") in spans  # ST -> LOC
    assert all(t == "O" for t in sents[0].tags[6:9])  # GS dropped
    assert convert.iob_to_spans(sents[1].tags) == [(1, 3, "ORG")]


def test_ler_train_split_is_multiset_difference():
    a = convert.Sent(["a"], ["O"])
    b = convert.Sent(["b"], ["O"])
    courts = [a, a, a, b]
    train = convert.ler_train_from_courts(courts, dev=[a], test=[a])
    assert [s.words for s in train] == [["a"], ["b"]]


MOBIE = (
    "-DOCSTART- -123- O O\n\n"
    "#DeutscheBahn\tNE\tI-NE\tB-organization-company\n"
    "fährt\tVVFIN\tI-VV\tO\n"
    "nach\tAPPR\tI-AP\tO\n"
    "Soltau\tNE\tI-NE\tB-location-city\n"
    "um\tAPPR\tI-AP\tO\n"
    "23:08\tCARD\tI-CA\tB-time\n"
    "Uhr\tNN\tI-NN\tI-time\n"
    "Hauptstraße\tNN\tI-NN\tB-location-street\n"
    "Anna\tNE\tI-NE\tB-person\n"
    "\n"
)


def test_mobie_mapping():
    sents = convert.read_mobie(MOBIE)
    assert len(sents) == 1
    s = sents[0]
    assert s.words[0] == "DeutscheBahn"  # hashtag stripped
    assert convert.iob_to_spans(s.tags) == [(0, 1, "ORG"), (3, 4, "LOC"), (7, 8, "LOC"), (8, 9, "PER")]


def test_uner_and_europarl_iob1():
    uner = ("# sent_id = x\n# text = Joe Biden in Rom\n1\tJoe\tB-PER\t-\t-\n2\tBiden\tI-PER\t-\t-\n"
            "3\tin\tO\t-\t-\n4\tRom\tB-LOC\t-\t-\n")
    s = convert.read_uner(uner)[0]
    assert s.meta["text"] == "Joe Biden in Rom"
    assert convert.iob_to_spans(s.tags) == [(0, 2, "PER"), (3, 4, "LOC")]
    pado = "Herr\therr\tNN\tI-NC\tO\nSchulz\tSchulz\tNE\tI-NC\tI-PER\nEU\tEU\tNE\tI-NC\tI-ORG\n"
    s = convert.read_europarl_pado(pado)[0]
    assert convert.iob_to_spans(s.tags) == [(1, 2, "PER"), (2, 3, "ORG")]


def test_smartdata_reader_filters_nominal_mentions():
    import json

    text = "Michael Peters, CEO der Gruppe, war in Berlin. Die deutschen Firmen feiern."
    def mention(s, e, t):
        return {"span": {"start": s, "end": e}, "type": t}
    doc = {"text": {"string": text}, "conceptMentions": {"array": [
        mention(0, 14, "person"), mention(24, 30, "organization-company"),
        mention(39, 45, "location-city"), mention(51, 60, "location"), mention(16, 19, "org-position"),
    ]}}
    stream = json.dumps(doc, indent=2) + "\n" + json.dumps(doc)
    nlp = spacy.blank("de")
    sents = convert.read_smartdata(stream, convert._spacy_tokenize(nlp), convert._split_by_sentencizer(nlp))
    assert len(sents) == 4  # two docs, two sentences each
    first = sents[0]
    assert convert.iob_to_spans(first.tags) == [(0, 2, "PER"), (9, 10, "LOC")]
    assert first.tags[first.words.index("Gruppe")] is None  # nominal: missing, not O
    assert first.tags[first.words.index("CEO")] == "O"  # dropped type
    second = sents[1]
    assert second.tags[second.words.index("deutschen")] is None


def test_to_doc_sets_entities_and_missing():
    nlp = spacy.blank("de")
    s = convert.Sent(["Anna", "Meier", "aus", "Köln", "."], ["B-PER", "I-PER", "O", None, "O"])
    doc = convert.to_doc(nlp.vocab, s)
    assert [(e.text, e.label_) for e in doc.ents] == [("Anna Meier", "PER")]
    assert doc[3].ent_iob_ == ""  # missing
    assert doc[2].ent_iob_ == "O"
    assert doc.text == "Anna Meier aus Köln."


def test_write_docbin_roundtrip(tmp_path):
    from spacy.tokens import DocBin

    nlp = spacy.blank("de")
    sents = [convert.Sent(["Frau", "Schmidt", "ruft", "an"], ["O", "B-PER", "O", "O"])]
    assert convert.write_docbin(sents, tmp_path / "x.spacy") == 1
    docs = list(DocBin().from_disk(tmp_path / "x.spacy").get_docs(nlp.vocab))
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Schmidt", "PER")]


def test_templates_generate_aligned_protocol_sentences():
    nlp = spacy.blank("de")
    sents = synth.generate(300, nlp, seed=7)
    assert len(sents) == 300
    labels = convert.entity_counts(sents)
    assert labels["PER"] > 100 and labels["ORG"] > 10 and labels["LOC"] > 10
    # Anrede is never part of the PER span, initials are
    for s in sents:
        for a, b, lab in convert.iob_to_spans(s.tags):
            assert s.words[a] not in ("Frau", "Herr", "Hr.", "Dr.", "Prof.")
    assert any(s.words[0] == "Anwesend" for s in sents)
    # there are negative examples (no entity at all)
    assert any(all(t == "O" for t in s.tags) for s in sents)


def test_fill_template_spans():
    lex = synth.Lexicon(first=["Anna"], last=["Sternal"], orgs=["Caritas"], places=["Köln"],
                        topics=["Haushalt"], templates=[])
    filler = synth.Filler(lex, random.Random(0))
    text, ents = synth.fill_template("TODO {PF}: {O} in {L} anrufen", filler)
    assert text == "TODO Anna: Caritas in Köln anrufen"
    assert [(text[s:e], lab) for s, e, lab in ents] == [("Anna", "PER"), ("Caritas", "ORG"), ("Köln", "LOC")]


def test_swap_person_names_keeps_structure():
    lex = synth.Lexicon(first=["Kori"], last=["Schulman"], orgs=[], places=[], topics=[], templates=[])
    s = convert.Sent(["R.", "Meier", "trifft", "Obama", "in", "Rom"], ["B-PER", "I-PER", "O", "B-PER", "O", "B-LOC"])
    x = synth.swap_person_names(s, random.Random(1), lex)
    assert x.words[0] == "R." and x.words[1] == "Schulman"
    assert convert.iob_to_spans(x.tags)[-1] == (len(x.words) - 1, len(x.words), "LOC")
    assert synth.swap_person_names(convert.Sent(["Rom"], ["B-LOC"]), random.Random(1), lex) is None
