"""Agreements round 4: signings that did not happen, talks as a pact's history, trade pacts, comparisons."""

import pytest

from tests.extract.helpers import facts


def agreements(text: str, published: str = "2024-05-16"):
    return sorted((f.type, f.parties, f.agreement_kind, f.status) for f in facts(text, published)
                  if f.type.startswith("agreement_"))


@pytest.mark.parametrize("text, parties", [
    ("A security agreement that Australia had hoped to sign with Fiji on Tuesday was left unsigned after Fijian "
     "ministers asked for more time.", ("AUS", "FJI")),
    ("The defence pact between Kenya and Turkey is yet to be signed, officials said on Monday.", ("KEN", "TUR")),
    ("A contract between Greece and the United States for the frigates has yet to be signed.", ("GRC", "USA")),
    ("Chile and Peru had planned to sign a logistics agreement on Monday, but it was left unsigned.", ("CHL", "PER")),
])
def test_a_signing_that_did_not_happen_leaves_the_pact_under_negotiation(text, parties):
    got = agreements(text)
    assert got and all(t == "agreement_negotiation" and p == parties and s == "ongoing" for t, p, _, s in got)


@pytest.mark.parametrize("text", [
    "India signed a deal with France for 36 Rafale jets on Monday. The deal is the result of years of negotiation.",
    "Egypt signed a defence pact with Greece on Monday. The accord came after years of negotiations between them.",
    "Norway and Poland signed a defence cooperation agreement on Monday, the culmination of lengthy negotiations.",
])
def test_talks_told_as_a_signed_pacts_history_are_no_negotiation(text):
    got = agreements(text)
    assert [t for t, *_ in got] == ["agreement_signed"]


@pytest.mark.parametrize("text", [
    "Turkey and Indonesia signed a defence cooperation agreement on Tuesday. Indonesia and Turkey also agreed to speed "
    "up negotiations on a Comprehensive Economic Partnership Agreement to boost trade.",
    "Japan and India signed a pact on defence equipment on Monday. The two sides are also negotiating a free trade "
    "agreement.",
    "Brazil and Sweden signed a defence cooperation agreement on Monday. They also resumed talks on an investment "
    "protection treaty.",
])
def test_talks_on_a_trade_or_investment_pact_are_no_defence_negotiation(text):
    got = agreements(text)
    assert [t for t, *_ in got] == ["agreement_signed"]


def test_talks_still_open_without_a_signing_stay_negotiation():
    got = agreements("Vietnam and the Philippines held two rounds of negotiations on a logistics agreement this month.")
    assert [t for t, *_ in got] == ["agreement_negotiation"]


@pytest.mark.parametrize("text", [
    "Critics argued that, unlike similar agreements signed by Norway and Denmark, the Swedish text with the United "
    "States did not exclude nuclear weapons.",
    "Unlike earlier pacts concluded with Germany and Italy, the Polish text does not cover nuclear weapons.",
    "As with other agreements signed by Finland and Estonia, the text gives US troops access to bases.",
])
def test_a_comparison_with_other_states_pacts_tells_no_signing(text):
    assert not [f for f in agreements(text) if f[0] == "agreement_signed"]


@pytest.mark.parametrize("text, parties, kind", [
    ("Army officers from China and Sri Lanka placed their signatures on an MOU on military training on Monday.",
     ("CHN", "LKA"), "memorandum"),
    ("The defence ministers of Spain and Morocco put their signatures to a memorandum of understanding on Monday.",
     ("ESP", "MAR"), "memorandum"),
    ("Kenya's defence minister and his Turkish counterpart affixed their signatures to a defence cooperation agreement "
     "in Ankara on Monday.", ("KEN", "TUR"), "treaty"),
])
def test_placing_signatures_on_an_instrument_signs_it(text, parties, kind):
    assert agreements(text) == [("agreement_signed", parties, kind, "occurred")]


def test_signatures_with_no_instrument_named_sign_nothing():
    assert agreements("The two ministers put their signatures on the letter in Nairobi, a Kenyan official said of "
                      "the visit of Turkey's minister.") == []


def test_a_trade_pact_signed_beside_a_defence_pact_leaves_the_defence_signing():
    for text in ("Indonesia's parliament on Tuesday ratified the defence cooperation agreement with Singapore. The "
                 "Singapore agreement was signed in April 2007 in Bali, together with an extradition treaty.",
                 "Chile and Peru signed a defence pact on Monday, along with a trade agreement.",
                 "The logistics pact between Kenya and Turkey was signed on Monday, as well as a customs accord."):
        assert "agreement_signed" in [t for t, *_ in agreements(text)], text
