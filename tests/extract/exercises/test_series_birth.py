"""A drill dated only by the past year its series began is the series' history, no event; a drill with its own date
stays."""

import pytest

from tests.extract.helpers import facts, of_type


def drills(text: str):
    return [(f.parties, f.date) for f in of_type(facts(text, "2024-05-16"), "exercise")]


@pytest.mark.parametrize("text", [
    "What began in 2003 as a bilateral naval exercise between India and Russia, the joint exercise assumed a "
    "tri-services scope with consistent growth.",
    "Launched in 2010 as a bilateral drill between Egypt and Greece, the joint naval exercise now draws navies from "
    "across the region.",
    "The joint exercise between Japan and India, which started in 2012 as a naval drill, has grown to include air forces.",
])
def test_the_birth_of_a_series_is_history(text):
    assert drills(text) == []


@pytest.mark.parametrize("text, found", [
    ("India and Russia began a joint naval exercise in Goa on Monday.", [(("IND", "RUS"), "2024-05-13")]),
    ("Japan and India held a joint exercise in 2019, the first since the series started in 2012.",
     [(("IND", "JPN"), "2019")]),
    ("Egypt and Greece started a joint naval exercise in 2024 off Crete.", [(("EGY", "GRC"), "2024")]),
])
def test_a_drill_with_its_own_date_stays(text, found):
    assert drills(text) == found
