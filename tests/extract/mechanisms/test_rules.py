"""Mechanisms: standing bodies set up or first convened."""

from tests.extract.helpers import facts, of_type


def test_named_dialogue_agreed():
    text = "Thailand and Japan agreed to establish a Maritime Security Dialogue between their defence ministries."
    found = of_type(facts(text, "2024-05-20"), "mechanism_established")
    assert [(f.parties, f.programme, f.status) for f in found] == [
        (("JPN", "THA"), "Maritime Security Dialogue", "planned")]


def test_first_round_is_meeting_and_mechanism():
    text = "Officials of Estonia and South Korea held the first defence policy consultations in Seoul on Tuesday."
    types = sorted(f.type for f in facts(text, "2024-05-23"))
    assert types == ["mechanism_established", "meeting"]


def test_committee_to_be_set_up():
    found = of_type(facts("Kenya and Turkey have agreed to set up a joint defence industry committee.", "2024-11-04"),
                    "mechanism_established")
    assert [(f.parties, f.programme, f.status) for f in found] == [
        (("KEN", "TUR"), "joint defence industry committee", "planned")]


def test_agreeing_to_form_a_task_force_sets_up_a_body():
    text = ("The Egypt-Jordan joint defence committee agreed to form a Task Force to draw up a ten-year plan for "
            "defence cooperation.")
    found = [(f.parties, f.programme) for f in of_type(facts(text), "mechanism_established")]
    assert found == [(("EGY", "JOR"), "Task Force")]


def test_a_partnership_formed_years_ago_is_no_new_body():
    assert of_type(facts("The defence partnership formed in 2015 between Chile and Peru has grown."),
                   "mechanism_established") == []


def test_a_treaty_setting_up_a_joint_agency_is_a_body_of_every_state_listed():
    text = ("The foreign ministers of Norway, Sweden and Finland signed a treaty in Oslo on Friday setting up a joint "
            "procurement agency to buy ammunition for the three armies.")
    found = of_type(facts(text, "2025-10-10"), "mechanism_established")
    assert [(f.parties, f.programme) for f in found] == [(("FIN", "NOR", "SWE"), "joint procurement agency")]


def test_a_joint_venture_to_be_set_up_is_a_company_not_a_body():
    text = ("Hanwha and Babcock said a joint venture of the two shipbuilders, backed by South Korea and Britain, is to "
            "be set up in Busan, with its head office in Seoul.")
    assert of_type(facts(text, "2025-10-10"), "mechanism_established") == []


def test_inaugural_meeting_of_a_group_and_the_new_group_told_after_are_one_body():
    text = """
    Australia and Indonesia held the inaugural meeting of their Maritime Coordination Group in Jakarta on Wednesday.
    The new coordination group was set up under the defence cooperation agreement the two leaders signed on 20 August.
    """
    found = facts(text, "2025-10-10")
    bodies = of_type(found, "mechanism_established")
    assert [(f.parties, f.programme, f.date, len(f.evidence)) for f in bodies] == [
        (("AUS", "IDN"), "Maritime Coordination Group", "2025-10-08", 2)]
    assert of_type(found, "meeting")


def test_a_body_in_a_quotation_the_report_opens_is_planned():
    text = ('Vietnam and the Philippines agreed on Monday to "set up a joint committee on coast guard cooperation that '
            'would meet twice a year," the statement said.')
    found = of_type(facts(text, "2025-10-10"), "mechanism_established")
    assert [(f.parties, f.programme, f.status) for f in found] == [(("PHL", "VNM"), "joint committee", "planned")]


def test_a_body_only_spoken_of_in_a_quotation_is_none():
    text = ('"We could one day establish a joint committee with Vietnam on the South China Sea," Philippine defence '
            'minister Gilberto Teodoro said on Monday.')
    assert of_type(facts(text, "2025-10-10"), "mechanism_established") == []


def test_one_states_own_consultation_on_a_law_is_no_body():
    text = ("According to its website, the Swiss government has launched consultations on amendments to the War "
            "Material Act, a move Ukraine has welcomed.")
    assert of_type(facts(text, "2025-06-04"), "mechanism_established") == []


def test_a_firms_office_abroad_is_no_body():
    text = "Back in 2021, Baykar opened its first office in Kenya at a technology park in Nairobi."
    assert of_type(facts(text, "2025-06-04"), "mechanism_established") == []


def test_a_dialogue_resumed_is_a_body_to_be_held_again():
    text = "Seoul and Tokyo agreed to resume their working-level security dialogue, suspended since 2018."
    found = of_type(facts(text, "2025-06-04"), "mechanism_established")
    assert [(f.parties, f.status) for f in found] == [(("JPN", "KOR"), "planned")]


def test_a_joint_body_of_two_states_and_an_office_in_the_partner_stay_bodies():
    found = of_type(facts("Japan and Australia on Monday set up a joint task force on critical minerals for defence.",
                          "2025-06-04"), "mechanism_established")
    assert [f.parties for f in found] == [("AUS", "JPN")]
    found = of_type(facts("Britain will open a defence office in Canberra to support AUKUS, the ministry said.",
                          "2025-06-04"), "mechanism_established")
    assert [f.parties for f in found] == [("AUS", "GBR")]


def test_the_name_given_right_after_the_body_word_is_the_bodys_name():
    text = ("Leaders of Chile, Peru and Ecuador unveiled a new grouping, called PACSEC, in a joint video appearance on "
            "Wednesday. The defence ministers also discussed joint exercises.")
    found = of_type(facts(text, "2025-06-04"), "mechanism_established")
    assert [(f.parties, f.programme) for f in found] == [(("CHL", "ECU", "PER"), "PACSEC")]


def test_the_forum_agreed_earlier_is_the_new_forum_first_convened():
    text = """
    Indian and Australian defence officials on Sunday held the first meeting of a new forum aimed at joint production of drones and the repair of warships.
    Prime Minister Narendra Modi and Prime Minister Anthony Albanese agreed to create the forum at their summit in Delhi in March.
    """
    found = of_type(facts(text, "2025-06-10"), "mechanism_established")
    assert [(f.parties, f.date, len(f.evidence)) for f in found] == [(("AUS", "IND"), "2025-06-08", 2)]


def test_a_state_in_an_after_clause_does_not_set_up_the_body():
    text = ("The defence chiefs of Ghana and Ivory Coast agreed on Monday to establish a joint border security committee, "
            "a week after Burkinabe gunmen attacked a border post.")
    found = of_type(facts(text, "2024-05-20"), "mechanism_established")
    assert [f.parties for f in found] == [("CIV", "GHA")]


def test_a_first_ever_dialogue_is_a_new_body():
    text = "Armenia and Greece held their first-ever defence policy dialogue in Athens on Tuesday."
    assert sorted(f.type for f in facts(text, "2024-05-23")) == ["mechanism_established", "meeting"]


def test_an_after_clause_parsed_as_the_root_still_gives_no_side():
    text = ("The defence ministers of Chile and Peru agreed on Monday to set up a joint border committee that will meet "
            "yearly, the Chilean ministry said, days after a Bolivian patrol crossed the frontier.")
    found = of_type(facts(text, "2024-05-20"), "mechanism_established")
    assert [f.parties for f in found] == [("CHL", "PER")]
