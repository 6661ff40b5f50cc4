"""People come with their state and role, spelled as the reference spells them (and as the article did)."""

from datetime import date

from pactwatch.extract.actors import find_mentions
from pactwatch.extract.nlp import parse
from pactwatch.extract.people import people_in, remember
from pactwatch.reference import load_reference

REF = load_reference()
ON = date(2022, 8, 30)


def people(sentence: str, registry=None):
    registry = {} if registry is None else registry
    doc = parse([sentence])[0]
    mentions = find_mentions(sentence, REF, ON, {"Yasukazu Hamada"})
    return people_in(sentence, doc, mentions, REF, ON, registry)


def test_official_spelled_family_name_first_is_normalised():
    got = people("Defense Minister HAMADA Yasukazu received Israeli Defense Minister Benny Gantz.")
    assert [(p.name, p.country) for p in got] == [("Yasukazu Hamada", "JPN"), ("Benny Gantz", "ISR")]


def test_unknown_person_takes_the_demonym_before_the_name():
    got = people("The visit was led by Latvian Defence Minister Janis Ozolkalns on Tuesday.")  # nobody in the data
    assert [(p.name, p.country, p.role) for p in got] == [("Janis Ozolkalns", "LVA", "defence minister")]


def test_bare_surname_resolves_through_the_registry():
    registry: dict = {}
    remember(registry, people("Estonian Defence Minister Hanno Pevkur arrived.", registry))
    got = people("Pevkur then met reporters.", registry)
    assert [p.name for p in got] == ["Hanno Pevkur"]


def test_a_misspelled_official_keeps_the_article_spelling_beside_the_record():
    on = date(2024, 6, 12)
    sentence = "The talks were co-chaired by Masatoshi Fukasawa, head of the Japanese acquisition agency."
    mentions = find_mentions(sentence, REF, on, set())
    got = people_in(sentence, parse([sentence])[0], mentions, REF, on, {})
    assert [(p.name, p.spelled) for p in got] == [("Masaki Fukasawa", "Masatoshi Fukasawa")]


def test_word_order_and_case_are_not_a_misspelling():
    got = people("Defense Minister HAMADA Yasukazu received Israeli Defense Minister Benny Gantz.")
    assert [p.spelled for p in got] == [None, None]
