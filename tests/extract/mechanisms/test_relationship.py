"""A partnership named by its closeness ("comprehensive", "strategic") is a relationship, no body set up."""

import pytest

from tests.extract.helpers import facts, of_type


def bodies(text: str):
    return [f.parties for f in of_type(facts(text, "2024-05-16"), "mechanism_established")]


@pytest.mark.parametrize("text", [
    "Vietnam and the United States established a comprehensive partnership in 2013.",
    "Indonesia and Australia launched a new strategic partnership on Tuesday.",
    "Egypt and India set up a special privileged partnership on Monday, the ministries said.",
])
def test_a_label_of_closeness_is_no_body(text):
    assert bodies(text) == []


@pytest.mark.parametrize("text, parties", [
    ("Japan and India agreed to establish a joint working group on defence industry on Monday.", ("IND", "JPN")),
    ("Australia, Britain and the United States launched a new security partnership on Wednesday.", ("AUS", "GBR", "USA")),
    ("Kenya and Somalia set up a joint defence committee on Tuesday.", ("KEN", "SOM")),
])
def test_bodies_stay(text, parties):
    assert bodies(text) == [parties]
