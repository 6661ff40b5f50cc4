"""Budgets, session 4: money a legislature grants to an arms programme or equipment is a defence budget figure,
though no defence word is told; money it grants to anything else is not."""

from tests.extract.helpers import facts, of_type


def budgets(text: str, published: str = "2024-03-15"):
    return sorted((f.parties, f.amount.value if f.amount else None) for f in of_type(facts(text, published), "budget"))


def test_a_legislature_granting_money_for_an_arms_programme():
    text = ("The three nations signed the fighter accord on Monday. It follows Germany's parliamentary approval in June "
            "to invest nearly 4.5 billion euros in the fighter programme through 2027.")
    assert budgets(text) == [(("DEU",), 4.5e9)]
    text = "Italy's parliament on Tuesday approved 2 billion euros for the new frigate programme over five years."
    assert budgets(text) == [(("ITA",), 2e9)]
    text = "The Dutch parliament approved 3 billion euros for new submarines for the navy on Thursday."
    assert budgets(text) == [(("NLD",), 3e9)]


def test_a_legislature_granting_money_for_other_things_is_no_defence_budget():
    text = "The army band played as parliament on Monday approved 2 billion euros for new schools and hospitals."
    assert budgets(text) == []
