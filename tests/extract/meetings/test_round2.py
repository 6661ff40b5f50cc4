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


def test_envoys_of_many_states_met_is_a_multilateral_gathering():
    for text in ("Army chiefs from about 30 countries met at the German base in Wiesbaden on Tuesday and agreed to "
                 "coordinate training for Ukraine.",
                 "Defence ministers from more than 50 nations met in Brussels on Thursday to pledge more air defence "
                 "for Ukraine.",
                 "Naval commanders from some 20 countries met in Singapore on Monday to discuss maritime security."):
        assert pairs(text) == [], text


def test_a_groups_leaders_meeting_in_a_city_are_no_pair():
    assert pairs("Separately, Forum leaders meeting in Suva on Wednesday backed a maritime security declaration "
                 "drafted by New Zealand.") == []
    assert pairs("Pacific leaders meeting in Apia endorsed a regional policing plan on Thursday, for which Australia "
                 "has offered A$400 million.") == []
    assert pairs("Indian and Chinese defence ministers meeting in Moscow on Friday agreed to ease border "
                 "tensions.") == [("CHN", "IND")]


def test_an_event_hosted_by_a_body_is_no_meeting_of_states():
    assert pairs("The defence minister spoke at a conference hosted by a think tank in Paris and said China was "
                 "building warships fast.") == []
    assert pairs("In a speech delivered at an event hosted by the Atlantic Council in Washington, the NATO chief said "
                 "Russia was rearming.") == []
    assert pairs("Kishida attended a state dinner hosted by Biden at the White House on Wednesday after their defence "
                 "talks.") == [("JPN", "USA")]


def test_the_agenda_told_on_the_meeting_place_names_no_side():
    assert pairs("The British prime minister announced higher defence spending two days before he was due at the "
                 "White House for his first meeting with President Donald Trump, where Ukraine is expected to "
                 "dominate.") == [("GBR", "USA")]
    assert not any("UKR" in p for p in pairs(
        "The chancellor will meet the Polish prime minister in Warsaw next week, where air defence for Ukraine is "
        "expected to top the agenda."))


def test_the_onward_stop_of_a_trip_is_no_side():
    assert not any("JPN" in p for p in pairs(
        "President Biden flies on to Japan on Wednesday after visiting South Korea for defence talks."))
    assert not any("ISR" in p for p in pairs(
        "The defence secretary travels on to Israel on Monday after attending a security conference in Riyadh."))
    assert not any("VNM" in p for p in pairs(
        "Defence Secretary Lloyd Austin held talks with Philippine officials in Manila and heads on to Vietnam "
        "on Thursday."))


def test_both_ministers_are_no_hub_of_the_states_they_spoke_of():
    text = ("Peru and Ecuador agreed to build coast guard patrol boats together.\n"
            "During the meeting, both ministers agreed to favour Ecuador's participation in a regional command based in "
            "Peru, along with Brazil and Colombia, countries that perform joint military exercises.")
    assert pairs(text) == [("ECU", "PER")]


def test_a_regional_bodys_gathering_is_no_pair():
    assert pairs("The Australian and Vanuatu prime ministers travel on Wednesday to Honiara for the Pacific Islands "
                 "Forum leaders' meeting.") == []
    assert pairs("The Kenyan and Ethiopian presidents will fly to Addis Ababa next week for the African Union "
                 "summit.") == []
    assert pairs("The Nigerian and Ghanaian defence ministers will attend the African Union summit in Addis Ababa "
                 "next week.") == []


def test_a_body_of_both_sides_meeting_is_their_meeting():
    assert pairs("India and the Maldives agreed on the withdrawal of Indian military personnel.\n"
                 "India will replace its military personnel in the Maldives by May, the Maldivian government said after "
                 "the two countries' high-level core group met in New Delhi on Friday.") == [("IND", "MDV")]
    assert pairs("South Korea and the United States will extend their defence cost-sharing pact.\n"
                 "Seoul will extend the pact, the South Korean defence ministry said after the two countries' joint "
                 "working group met in Washington on Tuesday.") == [("KOR", "USA")]
    assert pairs("Japan and the Philippines are negotiating a military access pact.\n"
                 "Their joint defence committee met in Manila on Monday to review the draft.") == [("JPN", "PHL")]


def test_what_was_announced_at_a_meeting_is_its_matter_not_a_side():
    assert pairs("The United States and Ukraine held defence talks at Ramstein on Tuesday.\n"
                 "At the same meeting, German Defence Minister Christine Lambrecht announced that Berlin would allow the "
                 "delivery of anti-aircraft tanks to Ukraine.") == [("UKR", "USA")]
    assert pairs("Japan and Australia held defence talks in Tokyo on Monday.\n"
                 "At the talks, Australian Defence Minister Richard Marles said that Canberra would buy missiles from "
                 "the United States.") == [("AUS", "JPN")]
    assert pairs("During the summit, the French president said that Paris would train Ukrainian pilots.") == []



def test_both_leaders_are_two_even_when_three_states_were_told_before():
    text = ("India and the Philippines have stepped up defence ties this year.\n"
            "Indian Defence Minister Rajnath Singh, who hosted Philippine Defence Secretary Gilberto Teodoro last week, "
            "flew to Tokyo to meet Japanese Defence Minister Gen Nakatani on Wednesday.\n"
            "During his meeting with the Japanese Defence Minister, both leaders emphasized cooperation in defence "
            "industry.")
    assert ("IND", "JPN", "PHL") not in pairs(text, "2025-03-20")


def test_a_main_clause_the_parser_hangs_under_a_speech_verb_keeps_its_date():
    text = ("India and the United States signed a new ten-year defence framework in Kuala Lumpur on Friday. The new "
            "version had been expected since February, when Prime Minister Narendra Modi and President Donald Trump, "
            "meeting at the White House, announced that the two sides would conclude it within the year.")
    found = [f for f in of_type(facts(text, "2024-05-16"), "meeting")]
    assert [(f.parties, f.date) for f in found] == [(("IND", "USA"), "2024-02")]
