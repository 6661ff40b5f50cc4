"""Mixed-precision dates: parsing, compatibility and slack."""

from __future__ import annotations

import pytest

from pactwatch.resolve import dates


@pytest.mark.parametrize(("value", "parsed"), [
    ("2024", (2024,)), ("2024-06", (2024, 6)), ("2024-06-09", (2024, 6, 9)), (None, ()), ("", ()),
    ("June 2024", ()), ("2024-13", ()), ("2024-02-30", (2024, 2)),
])
def test_parse(value, parsed) -> None:
    assert dates.parse(value) == parsed


@pytest.mark.parametrize(("a", "b", "slack", "ok"), [
    ("2024-06", "2024-06-09", 0, True),
    ("2024", "2024-06-09", 0, True),
    ("2024-06-09", "2024-06-10", 0, False),
    ("2024-06-09", "2024-06-10", 1, True),
    ("2024-06-30", "2024-07-01", 1, True),  # slack crosses a month end
    ("2024-06", "2024-07", 5, False),  # slack applies to days only
    ("2010-05-19", "2017-01-14", 3, False),
    (None, "2017-01-14", 0, True),
])
def test_compatible(a, b, slack, ok) -> None:
    assert dates.compatible(a, b, slack) is ok
    assert dates.compatible(b, a, slack) is ok


def test_normalise_and_precision() -> None:
    assert dates.normalise("2024-6-9") == "2024-06-09"
    assert [dates.precision(d) for d in (None, "2024", "2024-06", "2024-06-09")] == [0, 1, 2, 3]
