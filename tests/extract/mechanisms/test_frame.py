"""Mechanism frames: "establish", "open", "creation of" must take a body as object."""

from tests.extract.helpers import facts, of_type


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
