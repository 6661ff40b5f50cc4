"""Relative dates resolve against the article's date, only as precisely as the text allows."""

from datetime import date

import pytest

from pactwatch.extract.dates import find_dates, infer_year

PUB = date(2025, 12, 29)  # a Monday


@pytest.mark.parametrize(("sentence", "value"), [
    ("The ministers met on Tuesday in the capital.", "2025-12-23"),
    ("They plan to sign the pact as early as January.", "2026-01"),
    ("The accord took effect in September.", "2025-09"),
    ("The earlier round was held in January last year.", "2024-01"),
    ("Both navies will train together next year.", "2026"),
    ("The leaders reached an agreement on Friday (14/6) to deepen ties.", "2025-06-14"),
    ("The contract was signed on Aug. 29, 2024 in the capital.", "2024-08-29"),
    ("A first round took place in mid-June.", "2025-06"),
    ("The budget plan for 2023-2027 was approved.", "2023"),
    ("The two chiefs spoke today.", "2025-12-29"),
    ("The deal was inked on 3 March 2021 after long talks.", "2021-03-03"),
])
def test_resolves(sentence, value):
    got = find_dates(sentence, PUB)
    assert got and got[0].value == value


def test_future_weekday_looks_ahead():
    assert find_dates("The two ministers will meet on Thursday.", PUB)[0].value == "2026-01-01"


def test_no_anchor_no_guess():
    assert find_dates("They met on Tuesday.", None) == []
    assert find_dates("The pact takes effect on 21 January.", None) == []
    assert find_dates("It was signed in April 2019.", None)[0].value == "2019-04"


def test_may_the_verb_is_not_a_month():
    assert find_dates("The deal may make way for more sales.", PUB) == []


def test_infer_year_takes_the_latest_told_year():
    assert infer_year("Spending rose in 2022 and again in 2024, per the plan for 2023-2027.") == 2024
    assert infer_year("No years here.") is None


def test_latest_full_date_ignores_deadlines_and_the_future():
    from pactwatch.extract.dates import latest_full_date

    assert str(latest_full_date("Signed on Aug. 29, 2024. Deliveries by January 1, 2030.")) == "2024-08-29"
    assert latest_full_date("No dates at all.") is None
