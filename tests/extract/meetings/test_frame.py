"""Meeting frames: two state sides in the parse, not a quotation, a denial, a site or a non-state group."""

from tests.extract.helpers import facts, of_type


def meetings(text: str, published: str = "2024-10-18"):
    return [f.parties for f in of_type(facts(text, published), "meeting")]


def test_meeting_inside_a_quotation_is_not_reported():
    text = ('"Our navy chiefs have already held talks with Sweden about joint patrols," the Norwegian defence minister '
            "told a security forum.")
    assert meetings(text) == []


def test_meeting_told_about_in_testimony_is_not_the_event():
    text = "The Norwegian defence minister testified about a meeting with Swedish officials at the border base."
    assert meetings(text) == []


def test_denied_meeting_is_not_a_meeting():
    text = "A report of talks between the Norwegian and Swedish defence ministers was denied by both governments."
    assert meetings(text) == []


def test_adjunct_after_a_contesting_verb_keeps_the_meeting():
    text = "The Norwegian defence minister rejected a Swedish proposal at talks with his Swedish counterpart in Stockholm."
    assert meetings(text) == [("NOR", "SWE")]


def test_taking_part_in_something_else_is_not_a_meeting():
    text = "The Norwegian defence minister took part in an effort to persuade Sweden to buy frigates."
    assert meetings(text) == []


def test_talks_with_a_non_state_group_are_not_bilateral():
    text = "Officials in Oslo and the FARC rebels held direct talks about disarmament on Monday, the army said."
    assert meetings(text) == []


def test_talks_between_two_states_are_kept():
    text = "Talks between Norway and Sweden on defence cooperation took place in Stockholm on Monday."
    assert meetings(text) == [("NOR", "SWE")]


def test_visit_to_a_site_at_home_is_not_a_meeting():
    text = "The Swedish defence minister visited a naval shipyard near Stockholm on Tuesday with Norwegian officers in mind."
    assert meetings(text) == []


def test_visit_to_another_state_is_a_meeting():
    text = "The Swedish defence minister visited Norway on Tuesday to discuss joint patrols."
    assert meetings(text) == [("NOR", "SWE")]


def test_territory_visiting_its_sovereign_is_not_bilateral():
    text = "Hong Kong's security chief made a trip to Beijing on Monday to discuss police equipment for the army."
    assert meetings(text) == []


def test_meeting_of_a_body_is_not_a_bilateral_meeting():
    text = "Norway called for an emergency meeting of the council after the missile test, the defence ministry said."
    assert meetings(text) == []


def test_states_named_only_inside_a_quotation_make_no_meeting():
    text = ('The adviser said a meeting with the lawyer was routine, and the lawyer "told me that Norway would never '
            'sell fighters to anyone," he added.')
    assert meetings(text) == []


def test_visiting_officials_is_no_visit():
    text = "The Norwegian defence minister told visiting Swedish officials that the frigate deal needed more time."
    assert meetings(text) == []


def test_meeting_noun_without_participants_or_antecedent_is_not_a_meeting():
    text = "The Swedish admiral complained about his exclusion from several important meetings on Norway's navy."
    assert meetings(text) == []


def test_plural_subject_stands_for_both_sides():
    text = ("The defence ministers of Norway and Sweden signed a logistics pact on Monday.\n"
            "They met again in Oslo on Thursday to discuss joint patrols.")
    assert set(meetings(text)) == {("NOR", "SWE")}


def test_two_plus_two_dialogue_needs_no_named_state_in_its_phrase():
    text = ("Norway and Sweden issued a joint statement on defence cooperation.\n"
            "The statement came after the 2+2 dialogue in Oslo in May, officials of the two countries said.")
    assert ("NOR", "SWE") in meetings(text)


def test_meeting_a_goal_is_not_a_meeting():
    text = "Norway's new frigates meet the navy's requirements for Arctic patrols, a Swedish admiral said on Monday."
    assert meetings(text) == []


def test_a_cabinet_meeting_is_domestic():
    text = "The Norwegian prime minister told a cabinet meeting on Monday that Sweden would buy Norwegian missiles."
    assert meetings(text) == []


def test_a_summit_with_only_one_state_around_it_is_not_bilateral():
    text = ("Norway and Sweden signed a defence pact on Monday.\n"
            "The Norwegian prime minister pledged more climate aid at an Arctic summit on Friday.")
    assert meetings(text) == []


def test_travel_to_a_state_for_talks_names_the_other_side():
    text = "The Norwegian defence minister will travel to Sweden next week for talks on joint air patrols."
    assert meetings(text) == [("NOR", "SWE")]


def test_a_meeting_that_was_cancelled_is_not_a_meeting():
    text = "A meeting between the Norwegian and Swedish defence ministers that was cancelled last week will not take place."
    assert meetings(text) == []


def test_a_visit_to_a_border_is_a_site_not_a_state():
    text = "A Norwegian lawmaker visited the Swedish border on Monday to inspect army posts."
    assert meetings(text) == []


def test_a_visit_to_a_ministry_meets_its_state():
    text = "The Norwegian defence minister visited the Swedish defence ministry on Monday to discuss army posts."
    assert meetings(text) == [("NOR", "SWE")]


def test_two_officials_agreeing_inside_a_quotation_or_a_denial_have_not_met():
    quote = ('"I am sure Minoru Kihara and Richard Marles discussed defence ties when they spoke," the commentator '
             "wrote on Monday.")
    assert meetings(quote, "2024-06-18") == []
    denial = "Critics denied that Minoru Kihara and Richard Marles discussed missile defence ties at all."
    assert meetings(denial, "2024-06-18") == []


def test_named_people_of_unknown_state_meet_when_the_sentence_names_both_states():
    text = "Store and Kristersson met in Oslo on Sunday, where the Norwegian and Swedish leaders agreed to expand drills."
    assert meetings(text) == [("NOR", "SWE")]


def test_a_clause_on_the_meeting_noun_names_its_participants():
    text = "The talks in Oslo, attended by Norwegian and Swedish defence officials, focused on submarines."
    assert meetings(text) == [("NOR", "SWE")]


def test_a_pronoun_and_a_counterpart_are_two_sides():
    text = ("The Swedish foreign minister arrived in Oslo on Monday.\n"
            "She held talks with her counterpart on Arctic security and joint air patrols.")
    assert meetings(text) == [("NOR", "SWE")]
