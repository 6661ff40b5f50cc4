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
