"""A state training with an unnamed many, told in the simple present, is a habit; a dated drill with named forces is not."""

import pytest

from tests.extract.helpers import facts, of_type


def drills(text: str):
    return [f.parties for f in of_type(facts(text, "2024-06-06"), "exercise")]


@pytest.mark.parametrize("text", [
    "She told reporters that Pretoria trains with many partners, including the United States, and that the drills "
    "would improve interoperability.",
    "The Indonesian navy trains with several regional navies, including Australia's, a spokesman said.",
    "Kenya exercises with numerous partners, among them Britain and France, the army said.",
])
def test_training_with_many_is_a_habit(text):
    assert drills(text) == []


@pytest.mark.parametrize("text, parties", [
    ("Indian and French troops trained together in Rajasthan on Monday.", ("FRA", "IND")),
    ("The Indian army trains with French troops this week in Rajasthan.", ("FRA", "IND")),
    ("The Vietnamese navy trained with the Indian navy off Da Nang on Friday.", ("IND", "VNM")),
])
def test_a_drill_with_named_forces_is_an_event(text, parties):
    assert drills(text) == [parties]


@pytest.mark.parametrize("text, parties", [
    ('Botswana, Rwanda, Uganda, Kenya, Djibouti and Somalia in United States Army exercise code-named "Justified Accord".',
     ("BWA", "DJI", "KEN", "RWA", "SOM", "UGA", "USA")),
    ('Armed forces of Botswana, Rwanda, Uganda and Kenya will take part in the US Army\'s exercise code-named "Shared '
     'Accord" from late this month.', ("BWA", "KEN", "RWA", "UGA", "USA")),
    ('Troops from Chile, Peru and Ecuador took part in the Brazilian Army\'s drill "Southern Cross" on Monday.',
     ("BRA", "CHL", "ECU", "PER")),
])
def test_the_service_running_the_drill_is_a_party(text, parties):
    assert drills(text) == [parties]


def test_a_drill_held_in_a_third_state_leaves_the_host_out():
    assert drills("Troops from Chile, Peru and Ecuador took part in joint drills in Brazil on Monday.") == [("CHL", "ECU", "PER")]


@pytest.mark.parametrize("text", [
    "India and Pakistan fought a short war in December 1971.\nFour nights later, Operation Python returned to Karachi with "
    "another missile boat and two frigates, setting more fuel tanks ablaze.",
    "Russia and Ukraine fought for the town in May.\nOperation Spiderweb reached airfields deep inside Russia with drones "
    "on Sunday.",
    "Israel and Iran traded strikes in June.\nTwo days later, Operation Rising Lion hit Tehran with more aircraft.",
])
def test_one_sides_named_operation_is_no_drill(text):
    assert drills(text) == []


@pytest.mark.parametrize("text, parties", [
    ("Tajik and Uzbek border guards also conducted Operation Jayhun in August to practise interoperability against "
     "smugglers.", ("TJK", "UZB")),
    ("Kenyan and Somali troops launched Operation Linda Boni against militants in the forest, the army said.", ("KEN", "SOM")),
])
def test_a_named_operation_of_two_states_is_kept(text, parties):
    assert drills(text) == [parties]


@pytest.mark.parametrize("text", [
    "Australia and the United States signed a defence pact in March.\nAustralia's biggest air exercise opened in Darwin on "
    "Friday with personnel from 20 nations.",
    "Ghana and Togo signed a defence pact in March.\nThe Ghanaian navy held joint drills with several regional navies on "
    "Monday.",
    "Kenya and Botswana signed a defence pact in March.\nTwenty-five African armies will take part in the US Army's "
    "exercise Obangame Express next month.",
])
def test_one_named_state_and_an_unnamed_group_is_not_the_articles_pair(text):
    assert drills(text) == []


def test_named_navies_beside_one_state_still_count():
    assert drills("The Indian navy held joint drills with the navies of Japan and France on Monday.") == [("FRA", "IND", "JPN")]


@pytest.mark.parametrize("text", [
    "India and Japan signed a defence pact in March.\nThe two countries' ground forces are due to hold their first "
    "exercise in Japan next month.",
    "Chile, Peru and Ecuador signed a defence pact in March.\nThe three countries' navies will hold their first joint "
    "exercise in June.",
])
def test_the_counted_pair_points_back_to_named_states(text):
    assert drills(text)


@pytest.mark.parametrize("text", [
    "India and Australia signed a pact in June.\nIndia's defence ministry had said last month that the exercise would help "
    "the participating navies strengthen coordination in the maritime domain.",
    "Egypt and Greece signed a pact in June.\nThe exercise is designed to boost coordination between the two air forces.",
    "Chile and Peru signed a pact in June.\nThese drills aim to improve interoperability between the Chilean and Peruvian "
    "navies, officials said.",
])
def test_what_a_told_drill_is_for_is_no_new_drill(text):
    assert drills(text) == []


def test_a_drill_begun_with_its_purpose_in_a_clause_is_kept():
    text = ("Egypt and Greece signed a pact in June.\nThe Egyptian and Greek air forces began a joint exercise on Monday "
            "that will help them coordinate.")
    assert drills(text) == [("EGY", "GRC")]


@pytest.mark.parametrize("text, parties", [
    ("Greece and Egypt held defence talks.\nThe ministers reviewed the results of the Medusa joint naval exercise, which "
     "was held off Crete in October.", ("EGY", "GRC")),
    ("Uzbekistan and Kazakhstan held defence talks.\nThe meeting focused on the outcomes of the Steppe Shield joint "
     "military exercise that had taken place in Kazakhstan in May.", ("KAZ", "UZB")),
    ("Jordan and Iraq held defence talks. The chiefs praised the lessons of the joint border exercise that was conducted "
     "near Trebil in April.", ("IRQ", "JOR")),
])
def test_a_drill_with_its_own_clause_of_holding_is_held(text, parties):
    assert parties in drills(text)
