"""A state named as a show of force's target or a drill's site is no side of the drill; partners named with it stay."""

import pytest

from tests.extract.helpers import facts, of_type


def drills(text: str):
    return [f.parties for f in of_type(facts(text, "2024-05-16"), "exercise")]


@pytest.mark.parametrize("text", [
    "China said it would take resolute countermeasures. Beijing held its largest-ever exercises around the island in the "
    "days after the visit, firing ballistic missiles into waters near Taiwan.",
    "Moscow warned Kyiv against joining the alliance. Russia staged its biggest naval exercises near the peninsula last "
    "week, firing cruise missiles into the sea off Ukraine.",
    "Seoul protested to Pyongyang. North Korea conducted artillery drills near the border island on Friday, firing shells "
    "into waters close to South Korea.",
    "Manila summoned the Chinese ambassador. China held naval drills near the disputed shoal on Tuesday, sending warships "
    "into waters claimed by the Philippines.",
])
def test_a_show_of_force_names_its_target_not_a_partner(text):
    assert drills(text) == []


@pytest.mark.parametrize("text, parties", [
    ("Japan and the United States held joint naval drills around Okinawa on Sunday.", ("JPN", "USA")),
    ("India and France held joint naval exercises near the coast of Goa on Monday.", ("FRA", "IND")),
    ("Indian and US troops held joint exercises near the border with China on Monday.", ("IND", "USA")),
    ("The Philippines held joint drills near the shoal on Tuesday, sailing alongside US destroyers.", ("PHL", "USA")),
])
def test_partners_told_with_the_site_stay(text, parties):
    assert drills(text) == [parties]
