"""Which people's states join an event: an official told only as background brings no state in."""

from datetime import date

from pactwatch.extract.actors import actor_codes, find_mentions
from pactwatch.extract.nlp import parse
from pactwatch.extract.parties import with_people_states as reexported
from pactwatch.extract.party_people import with_people_states
from pactwatch.extract.people import people_in
from pactwatch.reference import load_reference

REF = load_reference()
ON = date(2024, 6, 1)


def _with_people(sentence: str, on: date = ON) -> list[str]:
    doc = parse([sentence])[0]
    mentions = find_mentions(sentence, REF, on, set())
    people = people_in(sentence, doc, mentions, REF, on, {})
    return with_people_states(actor_codes(mentions), people, mentions, doc)[0]


def test_a_person_told_as_background_brings_no_state():
    assert _with_people("Emmanuel Macron hosted the ceremony, which was attended by Volodymyr Zelenskyy.") == ["FRA"]
    assert _with_people("Spain signed the deal with Italy after Boris Pistorius visited Rome.") == ["ESP", "ITA"]


def test_a_person_in_the_event_brings_the_state():
    assert _with_people("Guido Crosetto met Boris Pistorius in Rome.") == ["ITA", "DEU"]
    assert _with_people("Boris Pistorius, who met Guido Crosetto on Monday, praised the deal.") == ["DEU", "ITA"]
    # no state in the main clause: the told clause is the event and everyone in it counts
    assert "USA" in _with_people("The news came a week before Lloyd Austin was due to host the leaders of Fiji and Samoa.")


def test_the_rule_is_still_importable_from_parties():
    assert reexported is with_people_states
