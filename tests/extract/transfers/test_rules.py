"""Arms transfers: a named buyer and seller, the maker's state for known systems."""

from tests.extract.helpers import facts, of_type


def transfers(text: str):
    return [(f.parties, f.status) for f in of_type(facts(text, "2024-04-01"), "arms_transfer")]


def test_known_system_brings_its_maker():
    assert transfers("Poland will buy 96 more K9 howitzers, the defence ministry in Warsaw said.") == [
        (("KOR", "POL"), "planned")]


def test_delivery_between_named_states():
    assert transfers("Germany delivered four patrol boats to Ghana last week.") == [(("DEU", "GHA"), "occurred")]


def test_no_named_buyer_no_transfer():
    assert transfers("Japan wants to export more defence equipment to friendly countries.") == []
