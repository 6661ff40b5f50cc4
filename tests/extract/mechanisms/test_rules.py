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


def test_establishment_of_something_other_than_a_body_is_no_mechanism():
    text = ("The Norwegian defence minister said after a legal consultation that the establishment of new border "
            "fences with Sweden was lawful.")
    assert of_type(facts(text, "2024-11-04"), "mechanism_established") == []


def test_office_opening_is_a_mechanism():
    text = "A joint Norwegian and Swedish defence procurement office will open in Oslo next year."
    found = of_type(facts(text, "2024-11-04"), "mechanism_established")
    assert [f.parties for f in found] == [("NOR", "SWE")]


def test_quoted_speech_about_a_new_forum_is_no_mechanism():
    text = '"Norway and Sweden should one day set up a joint defence forum," a retired Swedish general wrote in a blog.'
    assert of_type(facts(text, "2024-11-04"), "mechanism_established") == []
