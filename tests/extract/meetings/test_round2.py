"""Meetings, round 2: guests received together, counted ministers, and what a speaker said after talks."""

from tests.extract.helpers import facts, of_type


def pairs(text: str, published: str = "2024-05-16") -> list[tuple[str, ...]]:
    return sorted(f.parties for f in of_type(facts(text, published), "meeting"))


def test_guests_received_together_are_one_meeting_of_all():
    assert pairs("Prime Minister Narendra Modi received Japanese Prime Minister Fumio Kishida and Australian Prime "
                 "Minister Anthony Albanese at his residence on Friday to discuss defence cooperation.") == [
        ("AUS", "IND", "JPN")]
    assert pairs("President Lula hosted Argentine President Javier Milei and Chilean President Gabriel Boric for "
                 "defence talks in Brasilia on Tuesday.") == [("ARG", "BRA", "CHL")]


def test_guests_met_in_different_places_stay_separate_meetings():
    found = pairs("German Chancellor Olaf Scholz met French President Emmanuel Macron in Paris on Monday and Italian "
                  "Prime Minister Giorgia Meloni in Rome on Wednesday to discuss air defence.")
    assert ("AUS", "IND", "JPN") not in found and ("DEU", "FRA", "ITA") not in found


def test_both_ministers_are_the_articles_pair_not_the_states_they_spoke_of():
    text = ("Peru and Ecuador agreed to build coast guard patrol boats together.\n"
            "During the meeting, both ministers agreed to support Ecuador's role in a regional command, along with "
            "Brazil and Colombia.")
    assert pairs(text) == [("ECU", "PER")]
    text = ("India and Egypt signed a defence cooperation pact in Cairo.\n"
            "At the talks, the two ministers also welcomed Egypt's bid to join a naval forum with France and Greece.")
    assert ("FRA", "GRC") not in pairs(text)


def test_what_a_speaker_said_after_talks_names_no_side():
    found = pairs("The French defence minister told reporters after meeting his Greek counterpart, Nikos Dendias, that "
                  "the radar, which Ukraine already operates, could spot drones at long range.")
    assert not any("UKR" in p for p in found)
    assert pairs("The Dutch defence minister said after meeting his Polish counterpart, Wladyslaw Kosiniak-Kamysz, "
                 "that the tanks, which Ukraine has requested, would be delivered soon.") == [("NLD", "POL")]
    assert pairs("Japan's defence minister Minoru Kihara said after talks with Australian Defence Minister Richard "
                 "Marles that China's military build-up was a concern.") == [("AUS", "JPN")]
