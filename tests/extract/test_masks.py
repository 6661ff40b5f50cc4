"""Words that look like a state but are a currency sign or part of a person's name name no state (data/countries.yaml)."""

from datetime import date

from pactwatch.extract.actors import actor_codes, find_mentions
from pactwatch.reference import load_reference

REF = load_reference()


def codes(text: str) -> list[str]:
    return actor_codes(find_mentions(text, REF, date(2024, 1, 1), set()))


def test_the_us_dollar_sign_is_a_currency():
    assert codes("India offered US$500 million to Vietnam for patrol boats.") == ["IND", "VNM"]
    assert codes("Vietnam gets a credit line of US$ Five Hundred million from India.") == ["VNM", "IND"]
    assert codes("The US and Japan signed the deal.") == ["USA", "JPN"]


def test_a_capital_between_a_title_and_a_surname_is_a_name():
    assert codes("Uzbek Defence Minister Kabul Berdiev met his Kazakh counterpart.") == ["UZB", "KAZ"]
    assert codes("Officials from Kabul met Pakistan's envoy.") == ["AFG", "PAK"]


def test_an_airline_named_after_its_state_is_a_company():
    assert codes("Air India will buy 470 aircraft from Boeing, Washington said.") == ["USA"]
    assert codes("Qatar Airways and Singapore Airlines ordered jets as Japan and France met.") == ["JPN", "FRA"]
    assert codes("India and France signed the deal.") == ["IND", "FRA"]
