"""Bodies told by their terms of reference; talks on a text's terms, or an office in a negotiator's title, set up none."""

import pytest

from tests.extract.helpers import facts, of_type


def bodies(text: str):
    return [f.parties for f in of_type(facts(text, "2024-06-06"), "mechanism_established")]


@pytest.mark.parametrize("text, parties", [
    ("The defence ministers of India and the Philippines agreed terms of reference for regular service-to-service talks "
     "between their armies, navies and air forces.", ("IND", "PHL")),
    ("Brazil and Chile adopted terms of reference for annual staff talks between their navies.", ("BRA", "CHL")),
    ("The two leaders exchanged a plan of action, along with terms of reference for a defence dialogue between Japan "
     "and Poland.", ("JPN", "POL")),
])
def test_terms_of_reference_for_standing_talks(text, parties):
    assert bodies(text) == [parties]


@pytest.mark.parametrize("text", [
    "Ukraine and Germany have launched the first round of negotiations on a bilateral security agreement, with the "
    "Ukrainian team headed by the deputy head of the Office of the President.",
    "Serbia and Hungary held the first session of talks on a defence cooperation treaty, led by the head of the Office "
    "of the Prime Minister.",
    "Moldova and Romania launched the first round of negotiations on a defence pact, with a delegation led by the "
    "secretary of the Security Council.",
])
def test_talks_on_a_text_set_up_no_body(text):
    assert bodies(text) == []


@pytest.mark.parametrize("text, parties", [
    ("Japan and Vietnam held the first meeting of their joint defence working group in Hanoi on Monday.", ("JPN", "VNM")),
    ("Officials of India and Oman held the inaugural session of the India-Oman Joint Military Cooperation Committee on "
     "Tuesday.", ("IND", "OMN")),
])
def test_first_meeting_of_a_body_still_counts(text, parties):
    assert bodies(text) == [parties]


@pytest.mark.parametrize("text, parties", [
    ("Canada, Mexico and the United States sent defence ministers to Ottawa.\nNorth America's three defence ministers "
     "declared their first-ever dialogue on common security threats on Tuesday a historic occasion.", ("CAN", "MEX", "USA")),
    ("Japan, Australia and India held talks on Tuesday.\nThe Japanese and Indian defence chiefs launched a trilateral "
     "dialogue on maritime security, the ministry said.", ("AUS", "IND", "JPN")),
    ("Greece, Cyprus and Egypt met in Athens.\nGreek and Cypriot officials said the three governments would set up a "
     "joint committee on energy security.", ("CYP", "EGY", "GRC")),
])
def test_a_counted_group_is_the_articles_main_states(text, parties):
    assert parties in bodies(text)


@pytest.mark.parametrize("text, parties", [
    ("India and the United States held defence talks in New Delhi.\nBoth the Indian ministers and their American "
     "counterparts resolved to continue meetings in this format on an annual basis, said a joint statement.", ("IND", "USA")),
    ("Canada, Mexico and the United States held defence talks.\nThe three defence ministers agreed to continue regular "
     "discussions on security threats.", ("CAN", "MEX", "USA")),
    ("Japan and Vietnam held defence talks in Hanoi.\nThe defence ministers of Japan and Vietnam decided to hold the "
     "dialogue annually.", ("JPN", "VNM")),
])
def test_talks_made_recurring_set_up_a_mechanism(text, parties):
    assert parties in bodies(text)


def test_talks_continued_on_a_sale_are_no_mechanism():
    assert bodies("Japan and Vietnam held defence talks in Hanoi.\nThe defence ministers of Japan and Vietnam agreed to "
                  "continue talks on the sale of frigates.") == []
