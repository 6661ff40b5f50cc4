"""Pledge classes seen on real pages: commitments told as a participle, an upgrade of ties, a stress on a field,
two decisions joined by "and", an instrument only as a circumstance; and a bill's aim is no pledge."""

import pytest

from tests.extract.helpers import facts, of_type


def pledges(text: str):
    return [f.parties for f in of_type(facts(text, "2024-06-06"), "cooperation_pledge")]


@pytest.mark.parametrize("text, parties", [
    ("Kenya and Tanzania on Monday raised their relationship to a strategic partnership, with President Ruto and "
     "President Hassan committing to deepen defence and border cooperation after talks in Nairobi.", ("KEN", "TZA")),
    ("Chile and Peru agreed on Tuesday to raise their relations to a comprehensive partnership and to step up "
     "cooperation in defence and maritime security.", ("CHL", "PER")),
    ("Argentina and Uruguay decided to raise their defence ties to a strategic partnership during the visit.", ("ARG", "URY")),
    ("The defence ministers of Vietnam and Indonesia agreed to elevate relations to a comprehensive strategic partnership.",
     ("IDN", "VNM")),
])
def test_an_upgrade_of_ties_or_a_participle_commitment(text, parties):
    assert pledges(text) == [parties]


@pytest.mark.parametrize("text, parties", [
    ("The parties of Armenia, Georgia and Greece reiterated the importance of holding trilateral exercises, joint "
     "military education and cooperation on cyber security.", ("ARM", "GEO", "GRC")),
    ("The defence ministers of Spain and Morocco stressed the importance of information exchange and cooperation "
     "against terrorism.", ("ESP", "MAR")),
    ("Defence officials of Chile and Peru underlined the importance of coordination between their coast guards.", ("CHL", "PER")),
])
def test_the_sides_stressing_a_shared_field(text, parties):
    assert pledges(text) == [parties]


@pytest.mark.parametrize("text", [
    "Mr Sanchez stressed the importance of the alliance for Spain's defence.",
    "The Kenyan defence minister underlined the importance of joint exercises for the region.",
])
def test_one_speaker_stressing_is_no_pledge(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text, parties", [
    ("Jordan's defence minister Ali and his Egyptian counterpart decided to develop a common threat assessment and to "
     "cooperate on drug trafficking and organised crime.", ("EGY", "JOR")),
    ("The defence ministers of Ghana and Togo agreed to draw up a joint risk analysis and cooperate against piracy.",
     ("GHA", "TGO")),
    ("Canadian Defence Minister Anand said she and her counterparts from Mexico and the United States decided to develop "
     "a shared assessment of threats and to cooperate to address them.", ("CAN", "MEX", "USA")),
    ("Speaking in Accra, Nigeria's defence chief said he and his counterparts from Ghana and Benin agreed to cooperate "
     "against piracy.", ("BEN", "GHA", "NGA")),
])
def test_cooperate_after_another_decision_and_the_speakers_own_state(text, parties):
    assert pledges(text) == [parties]


@pytest.mark.parametrize("text, parties", [
    ("Even without a new treaty, the defence ministers of Norway and Finland agreed to sustain visits and cooperation "
     "between their navies.", ("FIN", "NOR")),
    ("Under the new agreement, Brazil and Argentina pledged to deepen cooperation on border security.", ("ARG", "BRA")),
])
def test_an_instrument_in_a_prepositional_phrase_is_a_circumstance(text, parties):
    assert pledges(text) == [parties]


@pytest.mark.parametrize("text", [
    "Senators discussed the bills that would promote military cooperation between Kazakhstan and Kyrgyzstan.",
    "Lawmakers in Bishkek discussed a draft which would strengthen defence ties between Kyrgyzstan and Qatar.",
    "Deputies discussed amendments that would expand military cooperation between Armenia and India.",
    "The agreement between Chile and Peru aims to strengthen maritime cooperation.",
])
def test_what_an_instrument_would_do_is_no_pledge(text):
    assert pledges(text) == []


@pytest.mark.parametrize("text", [
    "Britain and India said the two governments have decided to collaborate in the development of a jet engine for fighters.",
    "France and Brazil agreed to cooperate on the production of a new submarine for the navy.",
    "Turkey and Indonesia decided to cooperate in the joint development of a medium tank for their armies.",
])
def test_working_together_on_one_item_is_a_programme_not_a_pledge(text):
    assert pledges(text) == []
    assert of_type(facts(text, "2024-06-06"), "joint_programme")
