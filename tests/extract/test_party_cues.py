"""The party rules read their lexicon from data files, and find the parse token under a state's name."""

from datetime import date

from pactwatch.extract.actors import Mention, find_mentions
from pactwatch.extract.nlp import parse
from pactwatch.extract.party_cues import load_cues, load_frames, mention_token
from pactwatch.reference import load_reference

REF = load_reference()


def test_the_lexicon_comes_from_the_data_files():
    cues = load_cues()
    assert {"amid", "against", "despite"} <= cues.topic_preps  # data/cues.yaml, parties.topic_preps
    assert "deter" in cues.topic_verbs
    assert cues.respectively.search("on 18 and 19 December, respectively")
    assert load_cues() is cues  # read once
    frames = load_frames()
    assert frames.recipient.search("exports to the ")  # data/countries.yaml, party_frames.recipient_preps
    assert not frames.recipient.search("exports from the ")


def test_the_token_of_a_mention_is_the_head_of_its_name():
    text = "The United States and Japan signed the pact."
    doc = parse([text])[0]
    found = {m.code: m for m in find_mentions(text, REF, date(2024, 6, 1), set())}
    assert mention_token(doc, found["USA"]).text == "States"
    assert mention_token(doc, found["JPN"]).text == "Japan"


def test_a_mention_outside_the_parse_has_no_token():
    doc = parse(["Japan signed."])[0]
    far = Mention(start=200, end=205, code="JPN", how="name", surface="Japan", topic=False)
    assert mention_token(doc, far) is None
