"""Cooperation pledges: agreed, discussed or wished; not what an instrument is for."""

from tests.extract.helpers import facts, of_type


def pledges(text: str):
    return [(f.parties, f.status) for f in of_type(facts(text, "2024-06-06"), "cooperation_pledge")]


def test_agreed_to_deepen():
    assert pledges("Spain and Morocco agreed to deepen cooperation on border security.") == [(("ESP", "MAR"), "occurred")]


def test_discussed_is_proposed():
    assert pledges("The ministers of Greece and Egypt discussed strengthening defence ties.") == [(("EGY", "GRC"), "proposed")]


def test_an_instrument_is_not_a_pledger():
    assert pledges("The agreement between Chile and Peru aims to strengthen maritime cooperation.") == []


def test_talks_held_to_discuss_are_no_pledge():
    assert pledges("The defence chiefs of Greece and Egypt held talks in Cairo to discuss expanding collaboration.") == []


def test_status_follows_the_verb():
    text = """
    Norway and Sweden agreed to strengthen defence cooperation in the Arctic.
    """
    assert pledges(text) == [(("NOR", "SWE"), "occurred")]
    assert pledges("Kenya and Ethiopia plan to boost defence cooperation, the ministers said.") == [(("ETH", "KEN"), "planned")]


def test_commentators_agreeing_give_no_pledge():
    assert pledges("Analysts agreed that Norway and Sweden should strengthen defence cooperation.") == []
    assert pledges("The article argues that Norway and Sweden have pledged to deepen military ties.") == []


def test_an_opinion_piece_gives_no_pledge():
    text = "In an op-ed, a former envoy wrote that Kenya and Ethiopia pledged to boost defence ties."
    assert pledges(text) == []


def test_a_threat_named_beside_the_pledge_is_no_party():
    text = "Norway and Finland vowed to strengthen defence ties in the face of Russian pressure."
    assert pledges(text) == [(("FIN", "NOR"), "occurred")]


def test_one_speaker_praising_a_tie_is_no_pledge():
    text = ("Norway's defence minister stressed the importance of this collaboration, adding: \u201cSweden and Norway "
            "have been close allies for a very long time.\u201d")
    assert pledges(text) == []


def test_the_pledge_is_read_in_its_own_clause():
    text = ("Kenya and Ethiopia decided on Monday to hold a summit, while Norway wants to deepen defence ties "
            "with Sweden.")
    assert pledges(text) == [(("NOR", "SWE"), "proposed")]


def test_carrying_on_cooperation_is_pledged():
    text = """
    The defence ministers of Chile and Peru held talks in Lima on Tuesday. Host and guest agreed to continue effectively implementing existing defence cooperation programmes.
    """
    assert pledges(text) == [(("CHL", "PER"), "occurred")]


def test_committed_to_continuing_and_readiness_to_expand():
    text = """
    The defence ministers of Ghana and Nigeria met in Abuja on Monday. Both sides committed to continuing active cooperation in maritime security.
    """
    assert pledges(text) == [(("GHA", "NGA"), "occurred")]
    text = """
    The defence ministers of Ghana and Nigeria met in Abuja on Monday. The two ministers expressed readiness to expand cooperation in the defence industry.
    """
    assert [p for p, _ in pledges(text)] == [("GHA", "NGA")]


def test_he_and_his_partner_pledge_as_the_pair():
    text = """
    Australian Prime Minister Anthony Albanese met Japanese Prime Minister Fumio Kishida in Perth on Friday for security talks.
    "We agreed that defence cooperation between Australia, the United States and Japan matters," Albanese said, adding that he and Kishida committed to continuing active cooperation.
    """
    assert [p for p, _ in pledges(text)] == [("AUS", "JPN")]


def test_a_topic_of_talks_is_no_pledge_but_growing_it_is():
    assert pledges("Norway and Sweden held talks that focused on bilateral defence cooperation.") == []
    assert pledges("The defence ministers of Norway and Sweden discussed ways to expand defence cooperation.") == [
        (("NOR", "SWE"), "proposed")]


def test_agreement_reached_on_a_field_is_a_pledge_not_on_a_text():
    text = "Chile and Peru reached an agreement on maritime security along their sea border."
    assert pledges(text) == [(("CHL", "PER"), "occurred")]
    assert pledges("Chile and Peru reached an agreement on the text of a new defence pact.") == []


def test_it_was_mutually_agreed_is_the_pair_pledging():
    text = ("Ghana and Togo held the first defence committee session on Tuesday. It was mutually agreed to "
            "strengthen and diversify this cooperation through all available forums.")
    assert pledges(text) == [(("GHA", "TGO"), "occurred")]


def test_agreeing_on_what_was_done_is_no_pledge():
    text = ("Chile and Peru reviewed defence cooperation, agreeing that they have effectively implemented "
            "the memorandum on defence cooperation.")
    assert pledges(text) == []
    assert pledges("Chile and Peru promised to deepen their defence engagement.") == [(("CHL", "PER"), "occurred")]


def test_pursue_closer_co_operation_in_british_spelling():
    text = """The defence ministers of Norway and Canada met in Oslo on Monday to review Arctic security.
Norway and Canada will pursue closer co-operation in cold-weather training and military education, the Canadian minister said."""
    assert [p for p, _ in pledges(text)] == [("CAN", "NOR")]


def test_statement_announcing_intention_to_deepen():
    text = """The governments of Spain and Italy held talks in Madrid this week, chaired by the two prime ministers.
After the meeting, a joint statement was issued, announcing their intention to deepen bilateral security cooperation."""
    assert [p for p, _ in pledges(text)] == [("ESP", "ITA")]


def test_jointly_research_and_produce_defence_technology():
    text = """The prime ministers of Spain and Italy met in Madrid on Friday.
Spain and Italy will jointly research, develop and produce defence technology and systems, according to a decision taken at the meeting."""
    assert pledges(text) == [(("ESP", "ITA"), "planned")]


def test_jointly_developing_a_named_programme_is_no_pledge():
    text = "Britain, Italy and Japan will jointly develop the GCAP fighter and its defence systems, the ministers said."
    assert pledges(text) == []


def test_two_leaders_saying_they_would_deepen_ties_with_a_third_state():
    text = """The prime ministers of Spain and Poland met in Madrid on Monday.
After the talks the two leaders said they would deepen defence cooperation with Italy, officials said."""
    assert [p for p, _ in pledges(text)] == [("ESP", "ITA", "POL")]


def test_one_state_saying_it_would_deepen_ties_is_no_pledge_of_two():
    text = "Spain said it would deepen its defence cooperation in the years ahead, the ministry said."
    assert pledges(text) == []


def test_agreeing_to_strengthen_an_alliance_is_a_pledge():
    assert pledges("Poland and Lithuania agreed on Monday to bolster their military alliance.") == [
        (("LTU", "POL"), "occurred")]


def test_agreeing_to_step_up_the_fight_against_terrorism_is_a_pledge():
    text = "The defence ministers of Chad and Niger agreed on Monday to step up the joint fight against jihadist groups."
    assert pledges(text) == [(("NER", "TCD"), "occurred")]


def test_one_states_alliance_with_a_third_is_no_pledge_of_the_speaker():
    text = "Poland's defence minister said on Monday that Belarus's decision to deepen its alliance with Russia was a threat."
    assert pledges(text) == []


def test_discussing_the_development_of_cooperation_in_a_field_is_a_topic_not_a_pledge():
    text = ("The defence ministers of Cambodia and Thailand discussed the development of cooperation in the field of "
            "military medicine on Monday.")
    assert pledges(text) == []


def test_agreeing_to_boost_intelligence_sharing_is_a_pledge():
    text = "The defence ministers of Benin and Niger agreed on Monday to boost intelligence sharing along their border."
    assert pledges(text) == [(("BEN", "NER"), "occurred")]
