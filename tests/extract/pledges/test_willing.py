"""A side standing ready or promising to improve ties pledges like one that agreed to strengthen them; an adjective
that contains a pledge verb ("highly-developed") is none."""

import pytest

from tests.extract.helpers import facts, of_type


def pledges(text: str):
    return [f.parties for f in of_type(facts(text, "2024-05-16"), "cooperation_pledge")]


@pytest.mark.parametrize("text, parties", [
    ("Brazil and Turkey on Monday promised to improve military relations and technology transfer between the two "
     "countries.", ("BRA", "TUR")),
    ("Kenya and Uganda agreed on Tuesday to improve defence ties and intelligence sharing.", ("KEN", "UGA")),
    ("The minister said China is willing to work with Vietnam to strengthen high-level communication and deepen "
     "practical cooperation between the two militaries.", ("CHN", "VNM")),
    ("Ghana and Nigeria said on Monday they stand ready to strengthen defence cooperation.", ("GHA", "NGA")),
])
def test_readiness_and_promises_to_improve_ties_are_pledges(text, parties):
    assert pledges(text) == [parties]


@pytest.mark.parametrize("text", [
    "Sri Lanka and China signed a deal. Sri Lanka Army intends to deploy these highly-developed military vehicles for "
    "internal security duties, the ministry said.",
    "The minister said Japan is ready to buy more fighter jets from the United States.",
    "India and Japan are willing to share data, officials said.",
])
def test_no_commitment_to_cooperate_is_no_pledge(text):
    assert pledges(text) == []
