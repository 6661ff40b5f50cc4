"""Sentence-level flow in extract/__init__.py: which sentences become candidates, with which states, and the page gate."""

from __future__ import annotations

from pactwatch.extract import DATELINE, POINTS_BACK, _pointed
from tests.extract.helpers import facts, of_type

MET = ("The defence ministers of Kenya, Aden Duale, and of Tanzania, Stergomena Tax, met in Arusha on Tuesday to "
       "review security along the shared border.\n\n")
FILLER = "Officials said smuggling had grown.\n\nRain fell in the north.\n\nRoads were closed.\n\n"


def test_ministers_named_in_the_next_paragraph_act_for_the_states_told_before():
    text = MET + "Finally, ministers Duale and Tax signed a memorandum of understanding on border security."
    assert [f.parties for f in of_type(facts(text, "2024-05-08"), "agreement_signed")] == [("KEN", "TZA")]


def test_a_pointing_back_sentence_far_from_any_state_acts_for_none():
    text = MET + FILLER + "Finally, ministers Duale and Tax signed a memorandum of understanding on border security."
    assert of_type(facts(text, "2024-05-08"), "agreement_signed") == []


def test_a_quotation_mark_does_not_hide_a_continuing_opening():
    text = MET + "“The parties signed a memorandum of understanding on border security,” the statement said."
    assert [f.parties for f in of_type(facts(text, "2024-05-08"), "agreement_signed")] == [("KEN", "TZA")]


def test_a_number_of_states_points_to_the_last_group_of_that_size():
    history = [["CHL", "ECU", "PER"], ["CHL", "PER"], ["PER"]]
    assert _pointed("the navies of the three countries", ["PER"], history) == history[0]
    assert _pointed("a new three-nation brigade", ["PER"], history) == history[0]
    assert _pointed("both sides said", ["PER"], history) == history[1]
    assert _pointed("ministers Ruiz and Tan agreed", ["PER"], history) == history[1]
    assert _pointed("the parties agreed", ["PER"], history) == ["PER"]  # no number told


def test_plain_plurals_and_one_name_do_not_point_back():
    assert POINTS_BACK.search("Many countries sent observers, and minister Ruiz spoke.") is None
    assert POINTS_BACK.search("The ministers of finance and Tan Lee met bankers.") is None


def test_a_page_naming_several_kinds_of_equipment_is_a_defence_story():
    text = ("On Thursday the president announced a new plant with American partners to build hundreds of thousands of "
            "drones this year.\n\nThe main focus is on interceptors, which have shot down many attack drones.\n\n"
            "Ukraine and the United States signed a co-production agreement on the unmanned aerial vehicles on "
            "Thursday, the president said, adding that the deal gives Ukrainian firms access to American technology.")
    assert of_type(facts(text, "2025-07-04"), "agreement_signed")


def test_an_airline_order_naming_jets_and_aircraft_is_not_a_defence_story():
    text = ("Emirates and Boeing signed an agreement on Tuesday for 90 wide-body jets, the airline said at the air "
            "show.\n\nThe aircraft will be delivered from 2027, and the planes will fly long routes to Asia, where "
            "the carrier's vehicles and vessels already serve its cargo arm.")
    assert facts(text, "2025-11-18") == []


def test_a_wire_dateline_with_a_spaced_hyphen_is_the_filing_day_not_the_event_day():
    text = ("ACCRA, March 6 (West Africa Wire) - Ghana and Togo have signed a defence cooperation agreement covering "
            "joint border patrols.\n\nThe agreement was signed on Tuesday in Lome by the two defence ministers.")
    assert [f.date for f in of_type(facts(text, "2025-03-06"), "agreement_signed")] == ["2025-03-04"]


def test_a_year_before_a_spaced_hyphen_is_no_dateline():
    assert DATELINE.match("In 2019 - the year the pact was signed - the navies met") is None
    assert DATELINE.match("The deal - worth two billion - was signed") is None
    assert DATELINE.match("WASHINGTON, Nov 3 (Reuters) - The").group() == "WASHINGTON, Nov 3 (Reuters) - "


def test_a_capital_place_and_day_before_a_spaced_hyphen_is_the_filing_day():
    text = ("DAKAR, June 12 - Senegal and Mauritania signed an agreement on joint maritime patrols on Tuesday, "
            "the Senegalese armed forces said.")
    assert [f.date for f in of_type(facts(text, "2025-06-12"), "agreement_signed")] == ["2025-06-10"]
    assert DATELINE.match("NEW DELHI, 3 October - India").group() == "NEW DELHI, 3 October - "
    assert DATELINE.match("Manila, the capital, 2019 - a year") is None  # a place in plain case and a year: prose


def test_a_pointing_back_sentence_naming_only_a_place_acts_for_the_pair_before():
    text = ("Chile and Peru signed a coast guard training memorandum on Monday.\n\n"
            "The two will hold joint naval drills in Ecuador next year.")
    assert [f.parties for f in of_type(facts(text, "2025-06-03"), "exercise")] == [("CHL", "PER")]


def test_a_sentence_with_a_state_of_its_own_does_not_carry_the_pair():
    text = ("Chile and Peru signed a coast guard training memorandum on Monday.\n\n"
            "Ecuador and Colombia will hold joint naval drills next year.")
    assert [f.parties for f in of_type(facts(text, "2025-06-03"), "exercise")] == [("COL", "ECU")]


def test_a_short_page_of_defence_officials_or_staff_talks_passes_the_gate():
    text = "Richard Marles and Gilberto Teodoro held talks in Sydney on Tuesday on the situation at sea."
    assert [f.parties for f in of_type(facts(text, "2025-09-17"), "meeting")] == [("AUS", "PHL")]
    staff = "Chile and Peru held their first joint staff talks in Lima on Thursday."
    assert [f.parties for f in of_type(facts(staff, "2025-06-20"), "meeting")] == [("CHL", "PER")]


def test_a_short_page_of_trade_ministers_stays_out():
    assert facts("Chile and Peru held trade talks in Lima on Thursday on copper tariffs.", "2025-06-20") == []


def test_a_time_phrase_before_the_pronoun_still_points_back_to_the_pact():
    text = ("Chile and Peru have agreed on the text of a reciprocal access agreement, officials said.\n\n"
            "In March, it was signed in Lima by the two defence ministers.")
    assert [(f.parties, f.date) for f in of_type(facts(text, "2025-06-20"), "agreement_signed")] == \
        [(("CHL", "PER"), "2025-03")]
