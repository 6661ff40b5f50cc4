"""Money figures become values in units with an ISO 4217 currency; conversions are flagged."""

import pytest

from pactwatch.extract.amounts import find_amounts


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("a plan worth 3.5 trillion yen over five years", 3.5e12, "JPY"),
    ("spending rose to US$6.6 billion", 6.6e9, "USD"),
    ("with €1.9 billion earmarked for ships", 1.9e9, "EUR"),
    ("a $375 million deal for missiles", 3.75e8, "USD"),
    ("the 3.75-billion-euro purchase of jets", 3.75e9, "EUR"),
    ("a £2 billion fund for industry", 2e9, "GBP"),
    ("an order of 1,200 million won", 1.2e9, "KRW"),
])
def test_parses(text, value, currency):
    got = find_amounts(text)
    assert len(got) == 1
    assert got[0].amount.value == pytest.approx(value)
    assert got[0].amount.currency == currency


def test_conversion_in_parentheses_is_flagged():
    got = find_amounts("about 3.5 trillion yen (about 22.4 billion U.S. dollars) for research")
    assert [a.converted for a in got] == [False, True]


def test_small_numbers_and_plain_counts_are_not_money():
    assert find_amounts("12 jets and 30 helicopters, 5 per cent") == []


def test_iso_code_prefixes_and_zloty():
    from pactwatch.extract.amounts import find_amounts
    found = [(a.amount.value, a.amount.currency) for a in find_amounts("NOK 1.5 billion and 20 billion zlotys")]
    assert found == [(1.5e9, "NOK"), (2e10, "PLN")]
