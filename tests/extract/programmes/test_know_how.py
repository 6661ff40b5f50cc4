"""Programmes: one state handing another the know-how to make a system is licensed production, not a sale."""

from tests.extract.helpers import facts


def kinds(text: str):
    found = facts(text, "2024-05-16")
    return sorted((f.type, f.parties) for f in found if f.type in ("joint_programme", "arms_transfer"))


def test_expertise_needed_to_build_tanks():
    text = "South Korea will transfer the expertise needed to build K2 tanks to Poland, the countries' defence ministers said."
    assert kinds(text) == [("joint_programme", ("KOR", "POL"))]


def test_know_how_to_build_submarines():
    text = "France will transfer the know-how to build Scorpene submarines to Brazil, the defence ministry said."
    assert kinds(text) == [("joint_programme", ("BRA", "FRA"))]


def test_skills_to_manufacture_drones():
    text = "Turkey agreed to transfer the skills to manufacture armed drones to Ukraine, the defence ministry said."
    assert kinds(text) == [("joint_programme", ("TUR", "UKR"))]


def test_a_sale_of_the_system_stays_a_transfer():
    assert kinds("South Korea will transfer 20 K2 tanks to Poland, the defence ministry said.") == [
        ("arms_transfer", ("KOR", "POL"))]
