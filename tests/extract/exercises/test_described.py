"""States described by the drills they hold as a rule, in a simple-present relative clause, hold no drill event."""

import pytest

from tests.extract.helpers import facts, of_type


def drills(text: str):
    return [f.parties for f in of_type(facts(text, "2024-05-16"), "exercise")]


@pytest.mark.parametrize("text", [
    "Ecuador will join a regional command alongside Brazil and Colombia, countries that perform military exercises and "
    "deployments in the Amazon.",
    "Kenya signed the pact with Uganda and Tanzania, neighbours and partners that conduct joint drills on the lake.",
    "Peru welcomed Chile and Bolivia, nations that hold joint naval exercises in the Pacific, into the group.",
])
def test_states_described_by_their_drills_hold_none_now(text):
    assert drills(text) == []


@pytest.mark.parametrize("text, parties", [
    ("Ecuador and Peru, countries that held joint military exercises on Monday, signed a border pact.", ("ECU", "PER")),
    ("India and France, which conduct joint naval exercises, began the Varuna drill off Goa on Monday.", ("FRA", "IND")),
    ("Japan and the Philippines, two allies of the United States, held joint naval drills on Monday.", ("JPN", "PHL")),
])
def test_a_drill_told_as_held_stays(text, parties):
    assert drills(text) == [parties]
