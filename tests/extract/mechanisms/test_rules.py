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
