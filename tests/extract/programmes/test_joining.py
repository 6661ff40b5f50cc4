"""Programmes, session 4: a state joining a programme others run, and a joint venture of two states' firms carrying
the sentence's system."""

from tests.extract.helpers import facts, of_type


def programmes(text: str, published: str = "2024-03-15"):
    return sorted(f.parties for f in of_type(facts(text, published), "joint_programme"))


def test_a_state_joining_a_programme_others_run():
    text = ("Britain will join the European long-range strike project launched by Germany, France, Italy and Poland, "
            "the defence secretary said on Wednesday.")
    assert programmes(text) == [("DEU", "FRA", "GBR", "ITA", "POL")]
    text = "Japan formally joined the fighter jet programme run by Britain and Italy on Friday, the defence ministry said."
    assert programmes(text) == [("GBR", "ITA", "JPN")]
    text = "Sweden said on Monday it would join the joint missile development project of Norway and Finland."
    assert programmes(text) == [("FIN", "NOR", "SWE")]


def test_joining_a_body_no_state_runs_is_no_programme():
    assert programmes("Finland joined the bloc's defence innovation initiative on Monday, the defence ministry said.") == []


def test_a_joint_venture_of_two_states_firms():
    text = ("The rifle contract, for more than 600,000 rifles, will be executed by a joint venture of India's Munitions "
            "India with Russia's Rosoboronexport, the defence ministry said.")
    assert programmes(text) == [("IND", "RUS")]
    text = "The howitzers will be built by a joint venture between Poland's WB Group and South Korea's Hanwha, the defence ministry said."
    assert programmes(text) == [("KOR", "POL")]
    text = "The drones will be made by a joint venture of Turkish and Ukrainian firms, officials said."
    assert programmes(text) == [("TUR", "UKR")]


def test_a_maker_described_as_a_joint_venture_is_no_news():
    text = ("Vietnam signed a deal on Friday to buy the cruise missiles, which are manufactured by Meridian Dynamics, "
            "an India-Russia joint venture.")
    assert programmes(text) == []
    text = "The deal will be inked between the India-Russia joint venture, Meridian Dynamics, and the Vietnamese navy."
    assert programmes(text) == []
