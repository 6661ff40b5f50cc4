"""Transfers: a type designation ("MiG-29s", "BTR-80", "F-16s") names the equipment that moves."""

import re

from pactwatch.reference import load_reference
from tests.extract.helpers import facts, of_type


def transfers(text: str):
    return [f.parties for f in of_type(facts(text, "2024-04-01"), "arms_transfer")]


def test_fighter_designation_moved_between_states():
    text = "The defence ministry said Poland would transfer four fully working MiG-29s to Slovakia in the coming days."
    assert transfers(text) == [("POL", "SVK")]


def test_western_designation_received_from_a_state():
    text = "Defence officials said Jordan had received four F-16s from the Netherlands last week."
    assert transfers(text) == [("JOR", "NLD")]


def test_armoured_vehicle_designation_delivered():
    text = "The defence ministry said Russia had delivered 20 BTR-82A to Mali on Monday."
    assert transfers(text) == [("MLI", "RUS")]


def test_designation_lookalikes_are_no_equipment():
    nouns = load_reference().equipment_nouns
    for words in ("the G-20 summit", "the Covid-19 response", "an S-1 filing", "the COVID-19 pandemic", "an F-1 visa"):
        assert not nouns.search(words), words
    for words in ("two Il-76 transports", "the Su-30MKI fleet", "MQ-9B drones", "S-400 systems", "T-72s"):
        assert re.search(nouns, words), words
