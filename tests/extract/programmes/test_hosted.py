"""Programmes told by their setting: local production of a bought foreign system."""

from tests.extract.helpers import facts, of_type


def programmes(text: str):
    return sorted((f.programme, f.parties) for f in of_type(facts(text, "2024-07-01"), "joint_programme"))


def test_production_taking_place_in_the_buyer_state_is_a_programme_with_the_maker():
    text = "Croatia bought 12 Rafale jets from France in 2021, with part of the production to take place in Croatia."
    assert programmes(text) == [("Rafale", ("FRA", "HRV"))]


def test_a_foreign_system_assembled_in_a_state_is_a_programme_with_the_maker():
    text = "The first Gripen C fighter assembled in Thailand was delivered to the Thai air force on Monday."
    assert programmes(text) == [("Gripen", ("SWE", "THA"))]


def test_a_system_made_in_its_makers_own_state_or_unknown_is_no_programme():
    assert programmes("The Rafale jets built in France were delivered to Croatia on Monday.") == []
    assert programmes("Twelve patrol boats built in Vietnam were handed to the Laotian navy on Monday.") == []
    assert programmes("The Typhoon jets for Turkey are to be built in Britain, officials said on Monday.") == []


def test_a_place_with_an_appositive_naming_the_seller_is_still_one_host():
    text = ("On Thursday Saab rolled out the first Gripen E fighter assembled in Colombia, a milestone in the deal under "
            "which Colombia bought 17 of the jets from Sweden in 2025.")
    assert programmes(text) == [("Gripen", ("COL", "SWE"))]
