"""Prices told in the sentence after a deal are the deal's amount; figures about other things are not."""

from tests.extract.helpers import facts


def priced(text: str, published: str = "2024-06-01"):
    return sorted((f.type, f.parties, f.amount.value if f.amount else None, f.amount.currency if f.amount else None)
                  for f in facts(text, published) if f.type in ("agreement_signed", "arms_transfer"))


def test_package_worth_in_the_next_sentence():
    text = """
    Romania signed a contract with the United States on Tuesday for 32 Black Hawk helicopters.
    The package is worth $1.1 billion, officials said.
    """
    assert priced(text) == [("agreement_signed", ("ROU", "USA"), 1.1e9, "USD")]


def test_the_equipment_will_cost_in_another_paragraph():
    text = """
    Norway will buy 40 anti-ship missiles from the United States, its defence ministry said.
    The missiles will cost NOK 4.2 billion, the ministry added.
    """
    assert priced(text) == [("arms_transfer", ("NOR", "USA"), 4.2e9, "NOK")]


def test_a_budget_figure_after_a_deal_is_no_price():
    text = """
    Greece signed a contract with France for three frigates on Monday.
    Its defence budget is worth 6 billion euros this year.
    """
    assert priced(text) == [("agreement_signed", ("FRA", "GRC"), None, None)]


def test_another_states_purchase_is_no_price():
    text = """
    Romania will buy 54 Abrams tanks from the United States.
    Poland paid $4.75 billion for a similar batch of the tanks.
    """
    assert [p[2] for p in priced(text)] == [None]


def test_an_earlier_purchase_told_with_its_year_is_no_price():
    text = """
    Egypt will buy 30 more Rafale jets from France.
    In 2015 the country paid 5.2 billion euros for the first 24 jets.
    """
    assert [p[2] for p in priced(text)] == [None]


def test_a_total_over_many_deals_is_no_price():
    text = """
    Hungary will buy 44 Leopard tanks from Germany.
    Its orders with German firms so far are worth 2 billion euros in total.
    """
    assert [p[2] for p in priced(text)] == [None]


def test_estimated_cost_of_the_deal_two_sentences_later():
    text = """
    Washington approved a potential arms sale to Denmark on Friday, the Pentagon said.
    Copenhagen asked to purchase twelve naval guns and spare parts. The estimated cost of the deal is $310 million.
    """
    assert priced(text, "2024-05-10") == [("arms_transfer", ("DNK", "USA"), 3.1e8, "USD")]


def test_a_package_priced_before_the_sale_it_covers():
    text = """
    The $3.4 billion package was cleared by the State Department on Friday. Under it, the United States will sell 40 F-16 fighter jets to Estonia.
    """
    assert priced(text, "2024-06-08") == [("arms_transfer", ("EST", "USA"), 3.4e9, "USD")]


def test_a_figure_before_the_deal_needs_the_deal_to_point_back():
    text = """
    The $3.4 billion package was cleared by the State Department on Friday. Separately, the United States will sell 40 F-16 fighter jets to Estonia.
    """
    assert priced(text, "2024-06-08") == [("arms_transfer", ("EST", "USA"), None, None)]


def test_a_figure_in_another_paragraph_before_the_deal_is_no_price():
    text = """
    The $3.4 billion package was cleared by the State Department on Friday.

    Under it, the United States will sell 40 F-16 fighter jets to Estonia.
    """
    assert priced(text, "2024-06-08") == [("arms_transfer", ("EST", "USA"), None, None)]


def test_shares_of_a_budget_told_before_take_its_year():
    text = """
    The Philippines is allocating 180 billion pesos for defence spending in 2027, the budget ministry in Manila said.
    Of the total defence budget, 120 billion pesos will go to air and naval modernisation, the ministry said.
    """
    found = sorted((f.amount.value, f.date, f.status) for f in facts(text, "2026-07-20") if f.type == "budget")
    assert found == [(1.2e11, "2027", "planned"), (1.8e11, "2027", "planned")]


def test_a_later_undated_budget_that_is_no_share_keeps_its_own_reading():
    text = """
    The Philippines spent 150 billion pesos on defence in 2024, the budget ministry in Manila said.
    The navy's current budget is 50 billion pesos, officials said.
    """
    dates = {f.amount.value: f.date for f in facts(text, "2026-07-20") if f.type == "budget"}
    assert dates.get(5e10) != "2024"


def test_an_agreement_for_a_sale_is_priced_past_a_bracketed_conversion():
    text = """
    Spain signed an agreement with Brazil on Tuesday for the sale of its trainer jets.
    Madrid hopes the 1.4 billion euro ($1.5 billion) deal for 20 jets will win over other air forces.
    """
    assert [p[2:] for p in priced(text)] == [(1.4e9, "EUR")]


def test_a_sentence_retelling_the_deal_does_not_stop_the_search_for_its_price():
    text = """
    Greece has signed a contract with France for three frigates, the largest naval order in its history.
    The contract, announced on Friday, covers the ships, their weapons and training.
    Athens valued the order at 3 billion euros (about $3.3 billion).
    """
    assert [p[2:] for p in priced(text)] == [(3e9, "EUR")]


def test_a_programme_cost_put_at_after_an_aside():
    text = """
    Romania on Monday signed agreements with the United States for the purchase of 32 F-35 fighters.
    The defence minister signed the documents in Bucharest. The cost of the programme, including weapons and bases,
    is put at about 6.5 billion dollars.
    """
    assert [p[2:] for p in priced(text)] == [(6.5e9, "USD")]


def test_a_cooperation_agreement_is_not_priced_by_a_later_budget_figure():
    text = """
    Kenya signed a defence cooperation agreement with Turkey on Monday.
    The agreement covers training and exchanges of officers.
    Kenya's defence budget is worth 150 billion shillings this year.
    """
    assert [p[2] for p in priced(text)] == [None]


def test_the_one_figure_worded_as_the_price_among_several():
    text = """
    Finland signed a deal on Monday to buy 60 air-defence missiles from Norway.
    The missiles will cost about 300 million euros, with a further 45 million euros needed to fit them to its launchers.
    """
    assert [p[2:] for p in priced(text)] == [(3e8, "EUR")]
    text = """
    Finland signed a deal on Monday to buy 60 air-defence missiles from Norway.
    The missiles will cost 300 million euros and the launchers will cost 120 million euros.
    """
    assert [p[2] for p in priced(text)] == [None]


def test_aid_that_paid_for_the_goods_prices_the_transfer():
    text = """
    The United States delivered two C-130 transport planes to Kenya on Thursday.
    The aircraft, paid for with $65 million in foreign military financing, will fly relief missions.
    """
    assert priced(text, "2024-06-01") == [("arms_transfer", ("KEN", "USA"), 6.5e7, "USD")]


def test_a_budget_figure_is_not_the_price_of_a_purchase_in_its_sentence():
    text = ("Seoul's cabinet on Tuesday approved a 61 trillion won defence budget, with a large share going to buying "
            "American F-35 fighter jets.")
    found = facts(text, "2024-06-01")
    assert [(f.type, f.amount.value if f.amount else None) for f in found if f.type in ("budget", "arms_transfer")] == [
        ("arms_transfer", None), ("budget", 6.1e13)]
