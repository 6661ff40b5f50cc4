"""Budgets: a rise told as a sum "more for defence" is a spending figure, like "an extra" sum."""

from tests.extract.helpers import facts, of_type


def budgets(text: str, published: str = "2025-02-25"):
    return [(f.parties, f.amount.value, f.amount.currency, f.date, f.status) for f in of_type(facts(text, published), "budget")]


def test_sum_more_for_defence_every_year():
    text = "Britain's prime minister said the step would mean roughly £13.4bn more for defence every year from 2027."
    assert budgets(text) == [(("GBR",), 1.34e10, "GBP", "2027", "planned")]


def test_sum_more_into_the_armed_forces():
    text = "The chancellor said Germany would put 10 billion euros more into the armed forces in 2026."
    assert budgets(text) == [(("DEU",), 1e10, "EUR", "2026", "planned")]


def test_a_firms_extra_earnings_are_no_budget():
    assert budgets("The company said it earned 2 billion dollars more from its defence business in 2023.") == []
