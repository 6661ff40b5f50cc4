"""A state training with an unnamed many, told in the simple present, is a habit; a dated drill with named forces is not."""

import pytest

from tests.extract.helpers import facts, of_type


def drills(text: str):
    return [f.parties for f in of_type(facts(text, "2024-06-06"), "exercise")]


@pytest.mark.parametrize("text", [
    "She told reporters that Pretoria trains with many partners, including the United States, and that the drills "
    "would improve interoperability.",
    "The Indonesian navy trains with several regional navies, including Australia's, a spokesman said.",
    "Kenya exercises with numerous partners, among them Britain and France, the army said.",
])
def test_training_with_many_is_a_habit(text):
    assert drills(text) == []


@pytest.mark.parametrize("text, parties", [
    ("Indian and French troops trained together in Rajasthan on Monday.", ("FRA", "IND")),
    ("The Indian army trains with French troops this week in Rajasthan.", ("FRA", "IND")),
    ("The Vietnamese navy trained with the Indian navy off Da Nang on Friday.", ("IND", "VNM")),
])
def test_a_drill_with_named_forces_is_an_event(text, parties):
    assert drills(text) == [parties]
