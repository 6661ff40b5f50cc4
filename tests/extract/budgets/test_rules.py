"""Budgets: one fact per government figure; a deal's price and conversions are not budgets."""

from tests.extract.helpers import facts, of_type


def budgets(text: str, published: str = "2024-02-01"):
    return sorted((f.parties, f.amount.value, f.amount.currency, f.date, f.status)
                  for f in of_type(facts(text, published), "budget"))


def test_each_figure_with_its_year():
    text = "South Korea's defence budget rose from 54.6 trillion won in 2022 to 57 trillion won in 2023."
    assert budgets(text) == [(("KOR",), 5.46e13, "KRW", "2022", "occurred"), (("KOR",), 5.7e13, "KRW", "2023", "occurred")]


def test_conversion_and_deal_price_are_skipped():
    text = ("The Philippine government allocated 9 billion pesos (about $160 million) for the navy, "
            "separate from a $375 million deal for missiles.")
    assert [b[1:3] for b in budgets(text)] == [(9e9, "PHP")]


def test_next_years_figure_is_planned():
    assert budgets("The Defence Ministry requested 8.5 trillion yen for fiscal 2025.", "2024-08-30")[0][-1] == "planned"


def test_worth_of_a_spending_rise_is_the_figure():
    text = "Britain will increase military spending, worth about £13.4 billion a year from 2027, the ministry said."
    assert budgets(text, "2025-02-25") == [(("GBR",), 1.34e10, "GBP", "2027", "planned")]


def test_extra_money_for_the_armed_forces():
    text = "The Dutch government approved an extra €2 billion for the armed forces next year."
    assert budgets(text, "2024-05-10") == [(("NLD",), 2e9, "EUR", "2025", "planned")]


def test_lakh_crore_in_rupees():
    text = "India's defence budget was raised to Rs 6.8 lakh crore this year, the defence ministry said."
    assert [b[1:3] for b in budgets(text, "2025-02-03")] == [(6.8e12, "INR")]


def test_iso_code_prefix_and_a_ministry_request():
    text = """
    Denmark will increase its defence budget to DKK 40 billion in 2026.
    Japan's defence ministry sought ¥8.5tn for the next fiscal year.
    """
    assert budgets(text, "2025-08-30") == [(("DNK",), 4e10, "DKK", "2026", "planned"),
                                           (("JPN",), 8.5e12, "JPY", "2026", "planned")]


def test_parliament_approves_next_years_budget_and_last_years_figure_occurred():
    text = """
    South Korea's defence minister briefed reporters in Seoul on the armed forces on Monday.
    Parliament approved a defence budget of 61 trillion won for next year, up from 59 trillion won this year.
    """
    assert budgets(text, "2024-12-10") == [(("KOR",), 5.9e13, "KRW", "2024", "occurred"),
                                           (("KOR",), 6.1e13, "KRW", "2025", "planned")]


def test_a_firms_investment_or_revenue_is_no_budget():
    text = """
    South Korea's defence minister briefed reporters in Seoul on the armed forces on Monday.
    Hanwha Aerospace plans to invest 2 trillion won in new defence production lines.
    The company's defence revenue rose to 11 trillion won last year, driven by exports.
    """
    assert budgets(text, "2024-12-10") == []


def test_money_to_buy_from_abroad_is_no_budget_of_the_seller():
    text = """
    South Korea's defence minister briefed reporters in Seoul on the armed forces on Monday.
    The government will spend 1.2 trillion won to buy 20 more fighter jets from the United States.
    """
    assert all(b[0] != ("USA",) for b in budgets(text, "2024-12-10"))


def test_officials_estimate_of_a_programmes_cost_is_a_planned_figure():
    text = """
    Canada's defence minister spoke about the navy's future in Ottawa on Monday.
    Officials estimated the cost of the new submarine programme at 100 billion Canadian dollars over 30 years.
    A shipbuilder estimated the cost of the plan at 90 billion Canadian dollars.
    """
    got = budgets(text, "2024-07-15")  # the month, or the lead's day lent to it
    assert [(b[:3], b[3][:7], b[4]) for b in got] == [((("CAN",), 1e11, "CAD"), "2024-07", "planned")]


def test_money_given_to_another_state_is_aid_not_a_budget():
    text = """
    US lawmakers debated the Pentagon's plans in Washington on Monday, US officials said.
    Congress approved $61 billion in funding for Ukraine's military.
    """
    assert budgets(text, "2024-04-25") == []


def test_aid_allocated_for_deliveries_to_another_state_is_no_budget():
    text = ("Over €300 million has been allocated for the delivery of drones and artillery shells to Kyiv, "
            "the Belgian defence minister said on Tuesday.")
    assert budgets(text) == []


def test_a_figure_with_no_spender_in_a_two_state_report_is_no_guess():
    text = """
    Belgium and Ukraine signed a security accord in Kyiv on Tuesday, the Belgian defence minister said.
    Another €80 million will be spent on short-range air defence systems to counter drones.
    """
    assert budgets(text) == []


def test_the_whole_governments_spending_plan_is_no_defence_budget():
    text = ("Military spending makes up 3.1% of the government's proposed 5.8 trillion pesos spending plan for 2026, "
            "the budget ministry in Manila said.")
    assert budgets(text, "2025-08-01") == []
    text = "Lawmakers in Abuja passed the N28 trillion national budget, with more money for the armed forces."
    assert budgets(text, "2025-08-01") == []


def test_a_naira_defence_budget():
    text = "The Federal Government of Nigeria set aside N1.8 trillion for defence in its 2026 budget proposal."
    assert [b[:3] for b in budgets(text, "2025-10-10")] == [(("NGA",), 1.8e12, "NGN")]


def test_a_named_fund_beside_a_deal_is_a_budget_and_an_adjective_is_no_recipient():
    text = ("Poland will pay for the tanks with money from its 30 billion zloty armed forces support fund, "
            "created in response to the Russian invasion.")
    assert [b[:3] for b in budgets(text, "2024-05-01")] == [(("POL",), 3e10, "PLN")]
