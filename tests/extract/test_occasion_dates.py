"""Sentences that continue the lead's occasion take its day; sentences that look back keep their own time."""

from pactwatch.reference import load_reference
from tests.extract.helpers import facts, of_type

LEAD_SINCE = ("Chile and Peru on Tuesday signed a new maritime security memorandum, replacing the text that has "
              "framed their coast guard cooperation since 2012.")
LEAD_FIRST = ("Kenya and Tanzania put their naval cooperation on a written footing for the first time on Monday, "
              "signing a defence memorandum in Dar es Salaam.")


def test_a_lead_with_a_since_clause_still_lends_its_day():
    found = facts(LEAD_SINCE + "\nThe signing followed a meeting between the two defence ministers.", "2024-03-13")
    meetings = of_type(found, "meeting")
    assert meetings and meetings[0].date == "2024-03-12"


def test_a_lead_told_for_the_first_time_lends_its_day():
    found = facts(LEAD_FIRST + "\nThe two defence ministers held bilateral talks before the signing.", "2024-03-12")
    meetings = of_type(found, "meeting")
    assert meetings and meetings[0].date == "2024-03-11"


def test_a_sentence_that_looks_back_does_not_borrow_the_leads_day():
    for back in ("Since 2012 the defence ministers of Chile and Peru have held talks every year on coast guard "
                 "cooperation.", "The two defence ministers have met regularly since 2012 to review their coast "
                 "guard cooperation."):
        found = facts("Chile and Peru on Tuesday signed a new maritime security memorandum in Lima.\n" + back,
                      "2024-03-13")
        meetings = of_type(found, "meeting")
        assert meetings and all(f.date != "2024-03-12" for f in meetings)


def test_looking_back_inside_a_which_clause_tells_the_clauses_noun():
    found = facts(LEAD_SINCE + "\nThe signing followed a meeting between the two defence ministers, in which the "
                  "navies were already partners.", "2024-03-13")
    meetings = of_type(found, "meeting")
    assert meetings and meetings[0].date == "2024-03-12"



def test_an_original_equipment_maker_does_not_make_a_sentence_look_back():
    back = load_reference().looking_back
    assert back.search("The helicopters were bought from the original equipment manufacturer in Italy.") is None
    assert back.search("The original plan called for twelve frigates.") is not None
    assert back.search("The pact was originally due to be signed in May.") is not None
