"""Budgets, session 3: local dollars, budget years, thresholds, receivers and the figure's own clause."""

from datetime import date

from pactwatch.extract.budgets.fiscal import fiscal_year, told_year
from tests.extract.helpers import facts, of_type


def budgets(text: str, published: str = "2024-02-01"):
    return sorted((f.parties, f.amount.value, f.amount.currency, f.date, f.status)
                  for f in of_type(facts(text, published), "budget"))


def test_a_bare_dollar_in_a_dollar_states_own_budget_is_its_dollar():
    text = ("Canada's defence minister said in Ottawa on Tuesday that the government will spend an additional "
            "$8.1 billion on the armed forces over five years.")
    assert [b[1:3] for b in budgets(text, "2024-04-09")] == [(8.1e9, "CAD")]
    text = "New Zealand's government set aside $2.7 billion for the defence force in this year's budget."
    assert [b[1:3] for b in budgets(text, "2024-05-30")] == [(2.7e9, "NZD")]


def test_a_bare_dollar_stays_us_money_elsewhere():
    text = "Poland's defence ministry will spend $4 billion on air defence next year, officials in Warsaw said."
    assert [b[1:3] for b in budgets(text, "2024-05-01")] == [(4e9, "USD")]
    # Taiwan's press writes NT$ for its own money: a bare "$" there is not read as NT$
    text = "Taiwan's defence ministry requested $19 billion for the armed forces, officials in Taipei said."
    assert [b[1:3] for b in budgets(text, "2024-08-22")] == [(1.9e10, "USD")]


def test_a_sale_to_a_dollar_state_stays_in_us_dollars():
    text = "The United States approved the sale of 12 helicopters to Australia for $1.9 billion on Friday."
    sales = [f for f in facts(text, "2024-06-01") if f.type == "arms_transfer"]
    assert sales and all(f.amount is None or f.amount.currency == "USD" for f in sales)


def test_the_current_financial_year_is_the_spenders_running_budget_year():
    assert fiscal_year("IND", date(2025, 2, 1)) == "2024"  # India's 2024-25 runs from April 2024
    assert fiscal_year("IND", date(2025, 5, 1)) == "2025"
    assert fiscal_year("USA", date(2024, 11, 5)) == "2025"  # the US fiscal 2025 began in October 2024
    assert fiscal_year("FRA", date(2025, 2, 1), 1) == "2026"  # calendar budget years elsewhere
    assert told_year("for the next fiscal year", 0, 40, "JPN", date(2025, 8, 30)) == "2026"
    text = ("India's defence budget rose to Rs 7.4 lakh crore, up from the Rs 6.8 lakh crore set aside "
            "for the current financial year, the finance ministry said.")
    got = budgets(text, "2026-02-01")
    assert [(b[1], b[3]) for b in got] == [(6.8e12, "2025"), (7.4e12, "2026-02")]


def test_indian_digit_grouping_is_one_figure():
    text = "The government has allotted Rs 7,45,300 crore to the defence ministry for 2026-27, officials in New Delhi said."
    assert [(b[1], b[2], b[3]) for b in budgets(text, "2026-02-01")] == [(7.453e12, "INR", "2026")]


def test_the_year_opening_a_figures_clause_dates_it():
    text = ("Spending will rise steadily, so that by 2030-31 the Dutch defence ministry expects to have "
            "€27 billion a year, far more than it had in 2021.")
    assert [(b[1], b[3]) for b in budgets(text, "2025-03-01")] == [(2.7e10, "2030")]


def test_the_day_a_budget_is_approved_is_not_its_year():
    text = "The $60 billion defence budget approved Tuesday by Japan's cabinet for the 2027 fiscal year sets a record."
    assert [(b[1], b[3]) for b in budgets(text, "2026-12-22")] == [(6e10, "2027")]


def test_a_period_end_is_not_the_figures_year():
    text = ("Germany's defence ministry is due to receive a total of €400 billion over the ten years to 2035, "
            "officials in Berlin said.")
    assert [(b[1], b[3], b[4]) for b in budgets(text, "2025-06-10")] == [(4e11, "2025-06", "planned")]


def test_a_mark_crossed_is_no_figure_of_its_own():
    text = ("India's defence budget crossed the Rs 7 lakh crore mark for the first time, reaching Rs 7.2 lakh crore, "
            "the defence ministry said.")
    assert [b[1] for b in budgets(text, "2026-02-01")] == [7.2e12]


def test_money_received_from_another_state_is_aid():
    text = "Moldova's army is set to receive €40 million from the European Union and Germany to buy radars."
    assert budgets(text, "2024-05-01") == []


def test_a_governments_own_response_is_no_whole_budget_but_a_share_of_the_total_is():
    text = ("Australia's defence minister said the new shipbuilding funding is part of the government's $11 billion "
            "response to the fleet review.")
    assert [b[1:3] for b in budgets(text, "2024-05-01")] == [(1.1e10, "AUD")]
    text = ("Pakistan's defence budget of Rs 2.1 trillion makes up 12 per cent of the total federal outlay of "
            "Rs 17.5 trillion, the finance ministry said.")
    assert [b[1] for b in budgets(text, "2024-06-12")] == [2.1e12]


def test_a_figure_without_a_year_takes_the_year_of_the_budget_told_first():
    text = """
    India's defence ministry was allotted Rs 7.2 lakh crore in the Union Budget for 2026-27, the finance minister said.
    The figure is well above the Rs 6.8 lakh crore budgeted for the current financial year.
    Capital outlay, which pays for new equipment, has been set at Rs 2.1 lakh crore.
    """
    got = {b[1]: b[3] for b in budgets(text, "2026-02-01")}
    assert got == {7.2e12: "2026", 6.8e12: "2025", 2.1e12: "2026"}


def test_the_budget_for_this_year_approved_months_ago_is_this_years():
    text = ("Taiwan's defence budget for this year, passed by the legislature in December, stands at about "
            "NT$480 billion, officials in Taipei said.")
    assert [(b[1], b[2], b[3]) for b in budgets(text, "2025-06-20")] == [(4.8e11, "TWD", "2025")]


def test_a_change_against_another_figure_is_no_sum_to_spend():
    text = ("Officials said there is a rise of Rs 52,000 crore over last year in India's defence allocation "
            "(Rs 7,12,000 crore) for 2026-27.")
    assert [b[1] for b in budgets(text, "2026-02-01")] == [7.12e12]
    text = "The Dutch government will make an increase of €2 billion in defence spending next year."
    assert [b[1] for b in budgets(text, "2025-05-10")] == [2e9]


def test_the_previous_years_figure_and_the_current_fiscal():
    text = ("The central government raised the defence ministry's budget from the previous year's Rs 6.2 lakh crore "
            "to Rs 6.9 lakh crore, officials in New Delhi said.")
    assert {b[1]: b[3][:4] for b in budgets(text, "2026-02-01")} == {6.2e12: "2025", 6.9e12: "2026"}
    text = "India's defence pension budget for the current fiscal was Rs 1.6 lakh crore, the defence ministry said."
    assert [b[3] for b in budgets(text, "2026-02-01")] == ["2025"]


def test_the_whole_central_expenditure_is_no_defence_figure():
    text = ("India's defence budget of Rs 6.8 lakh crore is about 13 per cent of total central government expenditure "
            "for the year 2025-26, which is Rs 50.6 lakh crore.")
    assert [b[1] for b in budgets(text, "2025-02-01")] == [6.8e12]


def test_an_extra_sum_to_defence_with_a_decimal_and_a_short_scale():
    text = "Canada's defence minister said the plan will provide an extra C$1.5bn to defence over three years."
    assert [b[1:3] for b in budgets(text, "2024-04-09")] == [(1.5e9, "CAD")]


def test_a_whole_budget_holding_the_defence_figure_is_not_the_defence_budget():
    text = ("Canberra's cabinet on Monday approved the A$700 billion budget for next year, which includes "
            "A$60 billion in defence spending.")
    assert [b[1] for b in budgets(text, "2025-05-12")] == [6e10]
    text = "The Dutch defence budget of €22 billion includes €5 billion for new frigates, the ministry said."
    assert sorted(b[1] for b in budgets(text, "2025-05-12")) == [5e9, 2.2e10]


def test_the_national_budget_after_a_conversion_and_a_figure_exceeded_are_no_defence_figures():
    text = ("South Korea's defence spending is part of the 650 trillion won (US$480 billion) national budget for 2025, "
            "the defence ministry said.")
    assert budgets(text, "2024-12-10") == []
    text = "Poland's defence budget exceeded 100 billion zlotys for the first time, reaching 118 billion zlotys."
    assert [b[1] for b in budgets(text, "2024-12-10")] == [1.18e11]


def test_a_plan_giving_a_sum_to_the_defence_department():
    text = "New Zealand's fiscal plan, tabled on Thursday, includes $12 billion to the defence force over eight years."
    assert [b[1:3] for b in budgets(text, "2025-05-22")] == [(1.2e10, "NZD")]
    text = "Japan's aid package includes $50 million for the Philippine military to buy coastal radars."
    assert budgets(text, "2025-05-22") == []


def test_a_budget_year_label():
    text = "Singapore's defence budget for FY2026 is $24.1 billion, the finance ministry said on Tuesday."
    assert [(b[1], b[2], b[3]) for b in budgets(text, "2026-02-17")] == [(2.41e10, "SGD", "2026")]
    text = "India allotted Rs 7.1 lakh crore to the defence ministry for FY 2026-27, the finance ministry said."
    assert [b[3] for b in budgets(text, "2026-02-01")] == ["2026"]


def test_a_blocs_fund_is_no_member_states_budget():
    text = "Romania welcomed the EU's €150 billion loan fund for defence on Tuesday, officials in Bucharest said."
    assert budgets(text, "2025-03-20") == []


def test_a_budget_year_that_has_not_begun_is_planned():
    text = "India set aside Rs 7.2 lakh crore for the defence ministry in the budget for 2026-27, officials said."
    assert [(b[3], b[4]) for b in budgets(text, "2026-02-01")] == [("2026", "planned")]
    text = "France set aside 50 billion euros for the armed forces in its budget for 2026, officials said."
    assert [(b[3], b[4]) for b in budgets(text, "2026-02-01")] == [("2026", "occurred")]


def test_a_currency_read_from_the_article_is_kept_for_the_spender():
    text = """
    Norway's defence minister presented the long-term plan for the armed forces in Oslo on Friday.
    The defence ministry will spend 600 billion kroner over twelve years, the minister said.
    """
    assert [b[1:3] for b in budgets(text, "2024-04-05")] == [(6e11, "NOK")]


def test_a_figure_for_another_purpose_beside_a_defence_contrast_is_no_budget():
    text = ("Ghana's finance minister allocated GH₵3 billion to rural clinics in the budget he read on Tuesday, "
            "while the defence ministry's share was not made public.")
    assert budgets(text, "2025-03-12") == []


def test_the_currency_names_the_spender_over_a_state_named_nearer():
    text = ("Indonesia must do more, experts at an Australian institute said on Monday, calling the current "
            "defence allocation of Rp 150 trillion too small.")
    assert [b[0] for b in budgets(text, "2025-03-10")] == [("IDN",)]


def test_a_rival_named_in_a_budget_sentence_does_not_take_the_money():
    text = ("The finance minister on Monday set aside Rs 6.5 lakh crore for the armed forces in 2024-25, "
            "citing tensions along the borders with Pakistan and China.")
    assert [(p, c) for p, _v, c, _d, _s in budgets(text, "2024-02-06")] == [(("IND",), "INR")]


def test_an_agency_name_and_named_aid_are_no_budget():
    text = ("Lithuania agreed to buy four more NASAMS batteries from Norway for about 150 million euros, the "
            "Lithuanian Centre for Defence Investment said on Monday.")
    assert budgets(text) == []
    text = ("The United States handed four patrol boats to the Ghanaian navy on Friday, funded with $40 million in "
            "foreign military financing.")
    assert budgets(text) == []


def test_a_fiscal_year_starting_in_a_month_and_a_year_after_a_conversion():
    text = ("Seoul's cabinet set aside on Tuesday 61 trillion won ($45 billion) for defence for the fiscal year starting "
            "in January.")
    assert [(d, s) for _p, _v, _c, d, s in budgets(text, "2024-08-27")] == [("2025", "planned")]
    text = "Romania plans to spend 40 billion lei ($8.7 billion) on defence in 2026, the finance ministry said on Monday."
    assert [(p, d) for p, _v, _c, d, _s in budgets(text, "2025-09-02")] == [(("ROU",), "2026")]


def test_a_vote_still_expected_far_before_the_figure_is_planned():
    text = ("Sweden's parliament is expected next week to approve a defence bill that raises military spending by "
            "40 billion crowns over five years.")
    assert [s for _p, _v, _c, _d, s in budgets(text, "2024-06-03")] == ["planned"]
    text = "Sweden's parliament approved on Tuesday a defence bill that raises military spending by 40 billion crowns."
    assert [s for _p, _v, _c, _d, s in budgets(text, "2024-06-05")] == ["occurred"]


def test_a_sum_told_as_announced_after_its_phrase_is_planned():
    text = "Finland's budget provides 9 billion euros for defence in 2024, announced in March by the finance minister."
    assert [(p, s) for p, *_x, s in budgets(text, "2024-06-05")] == [(("FIN",), "planned")]
    text = "Finland spent 6 billion euros on defence last year, the finance ministry announced on Monday."
    assert [s for *_x, s in budgets(text, "2024-06-05")] == ["occurred"]
