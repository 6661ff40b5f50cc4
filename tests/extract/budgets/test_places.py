"""Budgets: a state named as the place money is spent in ("for missions in Afghanistan") does not spend it."""

from tests.extract.helpers import facts, of_type


def owners(text: str):
    return [f.parties for f in of_type(facts(text, "2024-02-01"), "budget")]


def test_war_zones_after_the_figure_are_places():
    text = ("The US Congress passed the annual defence bill on Tuesday. Congressional staff say the defence bill allots "
            "$66 billion for wartime missions in Afghanistan, Iraq and Syria.")
    assert owners(text) == [("USA",)]


def test_deployment_across_a_region_is_spent_by_the_lead_state():
    text = ("France's defence ministry presented its plans on Monday. The ministry said it would spend 4 billion euros on "
            "the military deployment across Mali, Niger and Chad.")
    assert owners(text) == [("FRA",)]


def test_spender_named_before_keeps_the_figure():
    text = "The Kenyan parliament approved a defence budget of 150 billion shillings for operations in Somalia."
    assert owners(text) == [("KEN",)]


def test_possessive_after_in_is_an_owner_not_a_place():
    text = "The defence ministry said $5 billion in Japan's budget would go to new missiles."
    assert owners(text) == [("JPN",)]
