"""Dates lent to undated facts (extract/lending.py), read through whole articles."""

from __future__ import annotations

from tests.extract.helpers import facts, of_type

LEAD_DAY = ("Ottawa: The defence ministers of Canada and Mexico called their first-ever dialogue on border security a "
            "historic occasion on Tuesday.\n\nOfficials said the talks covered drug trafficking and disaster response."
            "\n\nLater, Canada and Mexico signed a memorandum of understanding on disaster relief cooperation.")


def test_an_undated_fact_takes_the_day_the_lead_tells_before_the_month():
    assert [f.date for f in of_type(facts(LEAD_DAY, "2024-05-08"), "agreement_signed")] == ["2024-05-07"]


def test_a_day_after_publication_is_a_preview_and_lends_nothing():
    text = LEAD_DAY.replace("called their first-ever dialogue on border security a historic occasion on Tuesday",
                            "said their first-ever dialogue on border security will be held in Ottawa on Friday")
    assert [f.date for f in of_type(facts(text, "2024-05-08"), "agreement_signed")] == ["2024-05"]



def test_the_leads_own_event_lends_its_day_not_a_background_fact_told_after_it():
    text = ("The defence ministers of Chile and Peru met in Lima on Wednesday.\n\n"
            "In March, Chilean and Peruvian marines held a joint landing exercise near Arica.\n\n"
            "Chile and Peru also signed a memorandum of understanding on coast guard training.")
    found = facts(text, "2025-05-16")
    assert [f.date for f in of_type(found, "agreement_signed")] == ["2025-05-14"]
    assert [f.date for f in of_type(found, "exercise")] == ["2025-03"]


def test_within_the_first_sentence_the_day_nearest_the_report_lends():
    text = ("The defence ministers of Chile and Peru met in Lima on Wednesday, weeks after their marines held a joint "
            "landing exercise in April.\n\nChile and Peru also signed a memorandum of understanding on coast guard "
            "training.")
    assert [f.date for f in of_type(facts(text, "2025-05-16"), "agreement_signed")] == ["2025-05-14"]


def test_an_undated_lead_fact_takes_the_day_of_its_own_event_told_a_sentence_later():
    text = ("Chile and Peru signed a contract for four coastal patrol boats, officials said.\n\n"
            "The defence ministers of Chile and Peru met in Lima on Monday and the contract was signed on Tuesday.")
    found = facts(text, "2025-10-15")
    assert [f.date for f in of_type(found, "agreement_signed")] == ["2025-10-14"]
    assert [f.date for f in of_type(found, "meeting")] == ["2025-10-13"]


def test_an_event_counted_back_from_the_story_borrows_no_date():
    text = ("Chile and Peru held joint naval drills off Callao on Monday, months after Lima agreed to buy "
            "two Chilean-built patrol boats.")
    found = facts(text, "2025-10-15")
    assert [f.date for f in of_type(found, "exercise")] == ["2025-10-13"]
    assert all(f.date is None for f in found if f.type != "exercise")
