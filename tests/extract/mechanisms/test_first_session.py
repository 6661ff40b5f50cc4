"""The maiden or founding session of a body sets the body up, like its first meeting; a yearly forum's opening does not."""

import pytest

from tests.extract.helpers import facts, of_type


def bodies(text: str):
    return [f.parties for f in of_type(facts(text, "2024-05-16"), "mechanism_established")]


@pytest.mark.parametrize("text, parties", [
    ("Ghana and Togo held the maiden session of their joint military commission in Accra on Friday.", ("GHA", "TGO")),
    ("The defence chiefs of Kenya and Uganda attended the founding meeting of the joint defence committee in Kampala "
     "on Monday.", ("KEN", "UGA")),
    ("Namibia and Angola held the maiden sitting of the Joint Permanent Commission on Defence and Security on Tuesday.",
     ("AGO", "NAM")),
])
def test_a_maiden_or_founding_session_sets_up_the_body(text, parties):
    assert bodies(text) == [parties]


def test_the_opening_session_of_a_yearly_forum_sets_up_nothing():
    assert bodies("Indian and Chinese defence officials attended the opening session of the Shangri-La Dialogue on "
                  "Friday.") == []
