"""After a drill is told, a sentence of taking part with no drill word names more of its sides; what is joined must be
the drill or its participants."""

import pytest

from tests.extract.helpers import facts, of_type


def drills(text: str):
    return [f.parties for f in of_type(facts(text, "2024-05-16"), "exercise")]


@pytest.mark.parametrize("text, parties", [
    ("Australia and the United States opened Exercise Talisman Sabre on Friday in Sydney. Alongside the two co-hosts, "
     "forces from Canada, Fiji, France and Japan are participating.", ("AUS", "CAN", "FJI", "FRA", "JPN", "USA")),
    ("India and Japan began the JIMEX naval exercise off Chennai on Monday. Ships from Australia and Singapore are also "
     "taking part.", ("AUS", "IND", "JPN", "SGP")),
    ("Kenya and Britain started joint drills in Nanyuki on Monday. Uganda and Tanzania have sent troops to join them.",
     ("GBR", "KEN", "TZA", "UGA")),
    ("Australia hosted Exercise Pitch Black with the United States on Friday. The Philippines and Spain have sent "
     "aircraft and crews, while Fiji and Brunei are contributing personnel.", ("AUS", "BRN", "ESP", "FJI", "PHL", "USA")),
])
def test_newcomers_join_the_told_drill(text, parties):
    assert drills(text) == [parties]


@pytest.mark.parametrize("text", [
    "Japan and the United States held a joint naval exercise on Monday. Finland and Sweden joined NATO last year.",
    "Japan and the United States held a joint naval exercise on Monday. Officials from France and Germany took part in "
    "the talks on Tuesday.",
    "Japan and the United States held a joint naval exercise on Monday. Germany and France did not take part.",
    "Japan and the United States held a joint naval exercise on Monday. Canada is also taking part.",
])
def test_other_joining_adds_no_side(text):
    assert drills(text) == [("JPN", "USA")]


def test_no_drill_told_no_newcomers():
    assert drills("Forces from Canada, Fiji and France are participating, the ministry said on Monday.") == []
