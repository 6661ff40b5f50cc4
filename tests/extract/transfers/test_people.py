"""Transfers: people as what a supply verb moves (a resupply run, a troop contribution) is no arms transfer."""

from tests.extract.helpers import facts, of_type


def transfers(text: str):
    return [f.parties for f in of_type(facts(text, "2024-04-01"), "arms_transfer")]


def test_vessels_supplying_troops_move_no_arms():
    text = ("Manila has accused Chinese coast guard ships of repeatedly blocking Philippine vessels supplying troops at "
            "Second Thomas Shoal.")
    assert transfers(text) == []


def test_helicopters_supplying_soldiers_move_no_arms():
    text = "Indian officials said Chinese helicopters supplying soldiers near the border with India had been spotted."
    assert transfers(text) == []


def test_boats_supplying_a_garrison_move_no_arms():
    text = "Vietnam said Chinese ships harassed its boats supplying the garrison on a reef claimed by the Philippines."
    assert transfers(text) == []


def test_supplying_a_state_with_tanks_still_moves_arms():
    assert transfers("Germany will supply Ukraine with 20 tanks, the defence ministry said.") == [("DEU", "UKR")]
