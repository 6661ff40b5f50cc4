"""Transfers: a state allowing a delivery decides a sale; an instrument allowing one only describes its content."""

from tests.extract.helpers import facts, of_type


def transfers(text: str):
    return [(f.parties, f.status) for f in of_type(facts(text, "2024-04-01"), "arms_transfer")]


def test_a_capital_allowing_a_delivery_plans_a_transfer():
    text = "The defence minister said Madrid would allow the delivery of Leopard tanks to Ukraine."
    assert transfers(text) == [(("ESP", "UKR"), "planned")]


def test_a_government_allowing_a_sale_plans_a_transfer():
    text = "Officials said the Italian government allowed the sale of two frigates to Egypt on Monday."
    assert transfers(text) == [(("EGY", "ITA"), "planned")]


def test_an_agreement_allowing_transfers_moves_nothing():
    assert transfers("The new defence agreement allows the transfer of military equipment between Japan and Italy.") == []


def test_rules_allowing_sales_move_nothing():
    assert transfers("The defence ministry said rules allowing the sale of drones to India were now in force.") == []
