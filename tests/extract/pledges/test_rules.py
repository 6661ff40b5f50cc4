"""Cooperation pledges: agreed, discussed or wished; not what an instrument is for."""

from tests.extract.helpers import facts, of_type


def pledges(text: str):
    return [(f.parties, f.status) for f in of_type(facts(text, "2024-06-06"), "cooperation_pledge")]


def test_agreed_to_deepen():
    assert pledges("Spain and Morocco agreed to deepen cooperation on border security.") == [(("ESP", "MAR"), "occurred")]


def test_discussed_is_proposed():
    assert pledges("The ministers of Greece and Egypt discussed strengthening defence ties.") == [(("EGY", "GRC"), "proposed")]


def test_an_instrument_is_not_a_pledger():
    assert pledges("The agreement between Chile and Peru aims to strengthen maritime cooperation.") == []


def test_talks_held_to_discuss_are_no_pledge():
    assert pledges("The defence chiefs of Greece and Egypt held talks in Cairo to discuss expanding collaboration.") == []
