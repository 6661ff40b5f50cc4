"""Row conversions and keys: the same fact gives the same key; a review applies its edits."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from pactwatch.model import Amount, Event, Person
from pactwatch.store.records import Review, check_edits, fact_key, fact_problem, parties_text, parties_tuple
from tests.store.sample import meeting_article


def test_fact_key_ignores_the_file_name_but_not_the_content() -> None:
    _, facts = meeting_article(1)
    assert fact_key(facts[0]) == fact_key(replace(facts[0], doc="other-name"))
    assert fact_key(facts[0]) != fact_key(replace(facts[0], date="2024-06-10"))
    assert len({fact_key(f) for f in facts}) == 3


def test_parties_text_round_trips() -> None:
    assert parties_text(("NZL", "JPN")) == ",JPN,NZL,"
    assert parties_tuple(",JPN,NZL,") == ("JPN", "NZL")
    assert parties_tuple(parties_text(())) == ()


def test_review_apply_edits() -> None:
    event = Event(id="e", type="meeting", parties=("JPN", "USA"), date="2024-06", status="occurred")
    review = Review("e", "edited", {"date": "2024-06-09", "parties": ["USA", "JPN", "AUS"],
                                    "amount": {"value": 5, "currency": "USD"},
                                    "people": [{"name": "Lloyd Austin", "country": "USA"}]}, "ana",
                    datetime.now(UTC))
    fixed = review.apply(event)
    assert (fixed.date, fixed.parties, fixed.amount) == ("2024-06-09", ("AUS", "JPN", "USA"), Amount(5.0, "USD"))
    assert fixed.people == (Person("Lloyd Austin", "USA"),)
    assert replace(review, state="accepted").apply(event) is event


def test_edits_are_checked() -> None:
    assert check_edits({"place": "Tokyo"}) == {"place": "Tokyo"}
    with pytest.raises(ValueError, match="cannot edit facts"):
        check_edits({"facts": []})


def test_fact_problem_names_the_field() -> None:
    _, facts = meeting_article(2)
    assert fact_problem(facts[0]) is None
    assert fact_problem(replace(facts[0], type="")) == "its type is missing"
    assert fact_problem(replace(facts[0], parties=("JPN", None))).startswith("its parties")
    assert fact_problem(replace(facts[0], amount=Amount("lots", "USD"))).startswith("its amount")
    assert fact_problem("fact") == "not a Fact but str"
