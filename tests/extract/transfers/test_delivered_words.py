"""A speech, verdict or warning "delivered" moves no materiel between states."""

from tests.extract.helpers import facts, of_type


def test_a_speech_or_warning_delivered_is_no_transfer():
    for text in ("In his first major policy speech since taking office in March, delivered at an event hosted by a think "
                 "tank in Brussels, Rutte said Russia was preparing for a long confrontation and that its economy was on "
                 "a war footing.",
                 "The Russian foreign minister delivered a stern warning to Finland over the arrival of US troops "
                 "and weapons.",
                 "Ghana's president delivered a keynote address to Nigerian defence officials on regional security."):
        assert of_type(facts(text, "2024-05-16"), "arms_transfer") == [], text


def test_weapons_delivered_are_still_a_transfer():
    found = of_type(facts("Turkey delivered four armed drones to Ukraine last week, the Ukrainian defence ministry "
                          "said on Monday.", "2024-05-16"), "arms_transfer")
    assert [f.parties for f in found] == [("TUR", "UKR")]
