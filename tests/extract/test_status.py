"""Status follows the modality around the trigger; denied events are dropped (see test_status_negation)."""

import pytest

from pactwatch.extract.status import status_of
from pactwatch.reference import load_reference
from tests.extract.helpers import facts, of_type

REF = load_reference()


@pytest.mark.parametrize(("sentence", "trigger", "fact_type", "status"), [
    ("The two sides signed the pact on Monday.", "signed", "agreement_signed", "occurred"),
    ("The two sides plan to sign the pact in May.", "sign", "agreement_signed", "planned"),
    ("The ministers instructed that the pact be concluded soon.", "instructed", "agreement_negotiation", "planned"),
    ("Both sides hope to expand joint training.", "joint training", "exercise", "proposed"),
    ("They will consider concluding an access agreement.", "concluding", "agreement_negotiation", "proposed"),
    ("The two navies are negotiating a logistics pact.", "negotiating", "agreement_negotiation", "ongoing"),
    ("The ministers agreed to deepen cooperation.", "agreed", "cooperation_pledge", "occurred"),
    ("The ministers agreed to expand joint training.", "joint training", "exercise", "planned"),
    ("The prime minister will meet his counterpart on Friday.", "meet", "meeting", "planned"),
    ("The pact, which will ease joint drills, took effect in May.", "took effect", "agreement_in_force", "occurred"),
])
def test_status(sentence, trigger, fact_type, status):
    start = sentence.index(trigger)
    assert status_of(sentence, start, start + len(trigger), fact_type, REF) == status


@pytest.mark.parametrize("text", [
    "Japan and China did not sign the memorandum on Monday.",
    "India and Pakistan have never held talks on the issue.",
    "Spain and Morocco failed to agree on a joint patrol plan.",
    "Greece refused to sign the arms deal with Turkey.",
])
def test_denied(text):
    assert facts(text) == []


def test_affirmed_twin_still_counts():
    assert [f.type for f in facts("The navies of Spain and Morocco held a joint patrol on Monday.")] == ["exercise"]


@pytest.mark.parametrize(("text", "published", "fact_type", "status", "when"), [
    # the reporting verb's own day is nobody's: the event's clause tells its date and mood
    ("The spokesman announced on Friday that the first defence dialogue between Chile and Peru is set for "
     "Sept. 12 in Lima.", "2025-09-05", "meeting", "planned", "2025-09-12"),
    ("A ten-day joint exercise between the navies of Chile and Peru began on Monday off Valparaiso, "
     "the ministry said on Tuesday.", "2025-09-03", "exercise", "ongoing", "2025-09-01"),
    # a purpose after a past verb was carried out
    ("On March 3, the Argentine minister received his Danish counterpart in Buenos Aires to sign a letter of "
     "intent on fighter jets.", "2025-04-16", "agreement_signed", "occurred", "2025-03-03"),
    # a stretch of days around the report is under way; one told after it is over
    ("The joint exercise between Kenya and Uganda is being held from 3 to 14 May near the border.",
     "2025-05-06", "exercise", "ongoing", "2025-05-03"),
    ("Kenyan and Ugandan troops held a joint exercise from 3 to 14 May near the border.",
     "2025-05-06", "exercise", "ongoing", "2025-05-03"),
    ("The navies of Egypt and Greece held a joint drill from October 29 to November 4, 2017.",
     None, "exercise", "occurred", "2017-10-29"),
    ("Morocco is hosting a joint exercise with the United States dubbed Desert Falcon 2019, which began on Monday "
     "and will run until April 29.", "2019-04-17", "exercise", "ongoing", "2019-04-15"),
])
def test_status_and_date_of_the_event_clause(text, published, fact_type, status, when):
    found = of_type(facts(text, published), fact_type)
    assert [(f.status, f.date) for f in found] == [(status, when)]


def test_an_undated_report_lends_its_day():
    found = of_type(facts("Italy and Japan have signed a defence cooperation memorandum, an Italian statement said "
                          "on Monday.", "2025-11-26"), "agreement_signed")
    assert [(f.status, f.date) for f in found] == [("occurred", "2025-11-24")]


def test_a_hedge_outranks_the_verb():
    found = of_type(facts("Both governments hope that joint naval drills between Chile and Peru will be held in "
                          "spring.", "2025-09-05"), "exercise")
    assert [f.status for f in found] == ["proposed"]


def test_a_present_tense_event_dated_ahead_is_planned():
    text = "The defence ministers of Chile and Peru take part in the fifth round of talks in Lima on 5 September."
    assert [(f.status, f.date) for f in of_type(facts(text, "2025-09-02"), "meeting")] == [("planned", "2025-09-05")]
    assert [f.status for f in of_type(facts(text.replace(" on 5 September", ""), "2025-09-02"), "meeting")] == ["ongoing"]


def test_a_name_year_of_the_report_year_leaves_the_date_to_the_report():
    text = "Ghana and Togo signed a defence memorandum on the sidelines of the Coastal Defence Show 2024."
    assert [f.date for f in of_type(facts(text, "2024-05-16"), "agreement_signed")] == ["2024-05"]
    assert [f.date for f in of_type(facts(text, None), "agreement_signed")] == ["2024"]


def test_the_participle_of_the_instrument_beats_the_matrix_verb():
    text = ("Ghana and Togo have agreed to deepen military cooperation under a memorandum of understanding, MoU, "
            "inked today at the defence show in Accra.")
    found = of_type(facts(text, "2024-05-16"), "agreement_signed")
    assert [(f.status, f.date) for f in found] == [("occurred", "2024-05-16")]


def test_a_round_of_talks_leaves_the_negotiation_under_way():
    text = "Chile and Peru concluded their fourth round of talks on a defence cooperation agreement in Lima."
    assert [f.status for f in of_type(facts(text, "2025-03-10"), "agreement_negotiation")] == ["ongoing"]


def test_preparations_to_sign_are_a_plan():
    text = "Ghana and Togo are finalising preparations to sign a memorandum of understanding on maritime security."
    assert [f.status for f in of_type(facts(text, "2025-03-10"), "agreement_negotiation")] == ["planned"]


def test_one_chambers_vote_on_ratification_is_a_step():
    text = "Peru's Congress lower house has approved a bill on the ratification of the defence treaty with Chile on Tuesday."
    assert [f.status for f in of_type(facts(text, "2025-03-12"), "agreement_in_force")] == ["ongoing"]


def test_an_exercise_taking_place_is_under_way():
    text = "Officers from Peru will observe the joint exercise of Chile and Peru, taking place at the Arica range."
    assert [f.status for f in of_type(facts(text, "2025-03-12"), "exercise")] == ["ongoing"]


def test_the_purpose_of_a_meeting_is_not_a_plan():
    text = "Chile's defence minister said the objective of the meeting is to deepen naval cooperation."
    start = text.index("meeting")
    assert status_of(text, start, start + len("meeting"), "meeting", REF) == "occurred"
    plan = "Chile's defence minister said the meeting is to be held in May."
    start = plan.index("meeting")
    assert status_of(plan, start, start + len("meeting"), "meeting", REF) == "planned"


def test_endorsed_plans_and_money_set_aside_for_a_delivery_are_plans():
    text = "On Monday the leaders of Chile and Peru endorsed plans for the joint development of a patrol vessel."
    assert [f.status for f in of_type(facts(text, "2025-03-12"), "joint_programme")] == ["planned"]
    text = "Some 50 million euros have been earmarked by Spain for the delivery of artillery shells to Ukraine."
    assert [f.status for f in of_type(facts(text, "2025-03-12"), "arms_transfer")] == ["planned"]


@pytest.mark.parametrize(("sentence", "trigger", "fact_type", "status"), [
    ("Ghana and Togo have made 'real progress' on the text of a border security pact.", "pact",
     "agreement_negotiation", "ongoing"),
    ("Negotiators made good progress in the third round of talks on the access agreement.", "talks",
     "agreement_negotiation", "ongoing"),
    ("Both navies made progress in implementing the pact signed in May.", "signed", "agreement_signed", "occurred"),
])
def test_progress_on_a_text_leaves_talks_under_way(sentence, trigger, fact_type, status):
    start = sentence.index(trigger)
    assert status_of(sentence, start, start + len(trigger), fact_type, REF) == status


def test_a_drills_main_phase_watched_on_the_report_day_is_under_way():
    text = ("The Kazakh and Kyrgyz defence chiefs on Tuesday watched the active phase of a joint exercise of their "
            "troops near the border.")
    assert [f.status for f in of_type(facts(text, "2024-03-12"), "exercise")] == ["ongoing"]
    text = "In 2019 the two presidents watched the main phase of a joint exercise of Kazakh and Kyrgyz troops."
    assert [f.status for f in of_type(facts(text, "2024-03-12"), "exercise")] == ["occurred"]


def test_talks_told_during_a_visit_under_way_have_taken_place():
    for sentence, trigger in (("Chile's navy chief, who is visiting Lima, held talks with his Peruvian counterpart.",
                               "held talks"),
                              ("Peru's defence minister is on an official visit to Chile this week.", "visit")):
        start = sentence.index(trigger)
        assert status_of(sentence, start, start + len(trigger), "meeting", REF, "", "ongoing") == "occurred"
    sentence = "Ministers of both states take part in the fifth round of the dialogue in Lima."
    start = sentence.index("take part")
    assert status_of(sentence, start, start + 9, "meeting", REF, "", "ongoing") == "ongoing"  # told as live


def test_a_visit_spanning_the_report_day_is_a_meeting_that_took_place():
    text = "Peru's defence minister held talks with his Chilean counterpart during a visit from 9 to 11 March."
    meetings = of_type(facts(text, "2024-03-10"), "meeting")
    assert meetings and meetings[0].status == "occurred" and meetings[0].date == "2024-03-09"


@pytest.mark.parametrize(("sentence", "trigger", "status"), [
    ("Exports of armoured vehicles will be allowed to partner states in wartime, the cabinet's draft law says.",
     "Exports", "proposed"),
    ("The ministry will be able to ease the export ban for allies, the government's proposals say.", "ease", "proposed"),
    ("The ministry will ease the export ban for allies, the minister says.", "ease", "planned"),
])
def test_what_a_draft_or_proposal_says_is_proposed(sentence, trigger, status):
    start = sentence.index(trigger)
    assert status_of(sentence, start, start + len(trigger), "policy_change", REF) == status


@pytest.mark.parametrize(("sentence", "trigger", "status"), [
    ("After discussions in Accra, a defence cooperation pact was signed by the two ministers.", "signed", "occurred"),
    ("Following discussions, the two sides signed a logistics memorandum.", "signed", "occurred"),
    ("The two sides discussed signing a logistics memorandum.", "signing", "proposed"),  # still a hedge
])
def test_talks_that_led_to_an_act_are_no_hedge(sentence, trigger, status):
    start = sentence.index(trigger)
    assert status_of(sentence, start, start + len(trigger), "agreement_signed", REF) == status


@pytest.mark.parametrize(("text", "fact_type", "status"), [
    # an exercise launched or got under way on a recent day is still under way
    ("Kenyan and Ugandan troops launched a joint border security exercise near Busia on Monday.", "exercise", "ongoing"),
    ("Drills between the Omani and Indian navies got under way off Muscat on Sunday.", "exercise", "ongoing"),
    # a present verb in a when-clause under a future main verb is a future visit
    ("Ghana and Togo will sign a defence pact when President Mahama visits Lome next month.", "meeting", "planned"),
    # a plain past verb trigger is done, whatever its subject's modifiers say ("allowing troops to deploy")
    ("A defence pact allowing Chilean and Peruvian troops to train on each other's bases took effect on Monday.",
     "agreement_in_force", "occurred"),
    # "agreed on Sunday to expand": a decision about drills still to come
    ("Chile and Peru agreed on Sunday to expand joint military exercises.", "exercise", "planned"),
])
def test_status_from_the_verb_group(text, fact_type, status):
    found = of_type(facts(text, "2025-04-08"), fact_type)
    assert found and found[0].status == status


@pytest.mark.parametrize(("sentence", "trigger", "status"), [
    ("Talks in Lima on a Chile-Peru logistics agreement ended on Friday without a deal.", "Talks", "ongoing"),
    ("Negotiations between Lima and Santiago on a frigate contract are expected to conclude by December.",
     "Negotiations", "ongoing"),
    ("Chile and Peru concluded negotiations on a logistics agreement on Friday.", "negotiations", "occurred"),
])
def test_a_negotiation_with_no_deal_yet_goes_on(sentence, trigger, status):
    start = sentence.index(trigger)
    assert status_of(sentence, start, start + len(trigger), "agreement_negotiation", REF) == status
