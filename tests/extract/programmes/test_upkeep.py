"""Programmes, session 4: upkeep named as a goal and papers drawn up together are no programme; joint maintenance
agreed on a day is still to come."""

from tests.extract.helpers import facts, of_type


def programmes(text: str, published: str = "2024-03-15"):
    return sorted((f.parties, f.status) for f in of_type(facts(text, published), "joint_programme"))


def test_maintenance_as_a_goal_kept_is_no_shared_work():
    text = ("Russian military universities train Kazakh cadets well enough to ensure the defence capability of "
            "Kazakhstan's armed forces and the maintenance of the joint air defence system.")
    assert programmes(text) == []
    text = "French advisers help Chad's army to safeguard the maintenance of its helicopter fleet, the defence ministry said."
    assert programmes(text) == []


def test_a_paper_drawn_up_together_is_no_programme():
    text = ('"We will work together to develop a trilateral threat assessment for the continent," the Canadian defence '
            "minister said after meeting his US counterpart.")
    assert programmes(text) == []
    text = "Japan and Australia will jointly develop a regional security analysis, the defence ministers said on Monday."
    assert programmes(text) == []
    assert programmes("India and France will work together to develop a new jet engine, the defence ministry said.") \
        == [(("FRA", "IND"), "planned")]


def test_joint_maintenance_agreed_on_a_day_is_planned():
    text = "Turkey and Azerbaijan agreed on Monday on the joint maintenance of their F-16 fighter jets, the defence ministry said."
    assert programmes(text) == [(("AZE", "TUR"), "planned")]
