"""Meetings: talks, visits, rounds of talks with several counterparts, multilateral gatherings."""

from tests.extract.helpers import facts, of_type


def meetings(text: str, published: str = "2024-10-18"):
    return [(f.parties, f.date, f.status) for f in of_type(facts(text, published), "meeting")]


def test_talks_with_counterpart_take_the_pair():
    text = "Singaporean Defence Minister Ng Eng Hen held talks with his Australian counterpart in Canberra on Tuesday."
    assert meetings(text) == [(("AUS", "SGP"), "2024-10-15", "occurred")]


def test_planned_visit():
    text = "The Polish defence minister will visit Seoul next month to meet South Korean officials."
    assert meetings(text) == [(("KOR", "POL"), "2024-11", "planned")]


def test_round_of_bilateral_talks_gives_one_meeting_per_counterpart():
    text = ("On the sidelines of the forum, the Indian defence minister held bilateral meetings with counterparts from "
            "Vietnam, Thailand and Cambodia.")
    assert sorted(p for p, _, _ in meetings(text)) == [("IND", "KHM"), ("IND", "THA"), ("IND", "VNM")]


def test_a_summit_alone_is_not_a_bilateral_meeting():
    assert meetings("Leaders of Japan, Canada and Germany attended the G7 summit in Italy on Friday.") == []


def test_ships_calling_at_a_port_are_not_a_meeting():
    assert meetings("A German frigate visited Japan and Australia in August.") == []


def test_date_of_a_subordinate_clause_is_not_the_meeting_date():
    text = ("The leaders of Britain and Australia met in London on Monday to review a study launched when the two "
            "countries signed their treaty in May 2021.")
    assert meetings(text, "2024-10-15") == [(("AUS", "GBR"), "2024-10-14", "occurred")]


def test_host_welcoming_a_counterpart_is_a_meeting():
    text = "The Norwegian defence minister welcomed his Swedish counterpart to Oslo on Monday for talks on military ties."
    assert meetings(text, "2024-10-18")[0][0] == ("NOR", "SWE")


def test_receiving_a_delegation_is_a_meeting_but_receiving_a_ship_is_not():
    text = "The Norwegian defence minister received a Swedish delegation in Oslo on Monday to discuss military ties."
    assert [p for p, _, _ in meetings(text)] == [("NOR", "SWE")]
    assert meetings("The Norwegian navy received a new frigate from a Swedish shipyard on Monday.") == []


def test_phone_and_video_talks_are_meetings():
    text = "The Dutch defence minister spoke by phone with her Polish counterpart on Tuesday about military mobility."
    assert meetings(text)[0][:2] == (("NLD", "POL"), "2024-10-15")
    text = "The defence ministers of Spain and Morocco held a videoconference on Friday on border security cooperation."
    assert [p for p, _, _ in meetings(text)] == [("ESP", "MAR")]


def test_talks_at_a_summit_do_not_make_the_host_city_a_party():
    text = ("Defence ministers of Chile and Peru held talks on the sidelines of the ASEAN defence ministers meeting in "
            "Jakarta on Thursday.")
    assert [p for p, _, _ in meetings(text)] == [("CHL", "PER")]


def test_demonym_counterparts_give_one_meeting_each_and_discussions_happened():
    text = ("The Greek defence minister held discussions with his Danish and Canadian counterparts on the sidelines of "
            "a NATO summit in Brussels on Friday.")
    assert sorted(meetings(text)) == [(("CAN", "GRC"), "2024-10-18", "occurred"), (("DNK", "GRC"), "2024-10-18", "occurred")]


def test_talks_setting_a_misattached_roadmap_still_met():
    text = "The defence ministers of Thailand and Laos agreed on a roadmap for border cooperation during talks in Vientiane on Monday."
    assert [p for p, _, _ in meetings(text)] == [("LAO", "THA")]


def test_a_call_told_about_is_no_meeting():
    text = "Senators questioned the envoy on the Brazilian president's phone call with the Argentine leader about arms."
    assert meetings(text) == []


def test_round_of_talks_and_named_dialogue_are_meetings():
    assert [p for p, _, _ in meetings("Chile and Peru held the fourth round of defence policy talks in Lima on Thursday.")] == [
        ("CHL", "PER")]
    assert [p for p, _, _ in meetings("Chile and Peru held their annual defence dialogue in Santiago on Wednesday.")] == [
        ("CHL", "PER")]


def test_visit_by_a_minister_to_the_other_capital_is_a_meeting():
    text = ("Chile and Peru signed a memorandum on defence exchanges during a visit by the Peruvian defence minister "
            "to Santiago on Monday.")
    assert [p for p, _, _ in meetings(text)] == [("CHL", "PER")]


def test_courtesy_call_on_a_leader_is_a_meeting_but_an_appeal_is_not():
    assert [p for p, _, _ in meetings("The Chilean defence minister called on President Boluarte of Peru in Lima on Thursday.")] == [
        ("CHL", "PER")]
    assert meetings("Chile called on Peru to withdraw its troops from the border, the army said on Monday.") == []


def test_inaugural_meeting_of_a_joint_committee_is_a_meeting():
    text = "The inaugural meeting of the Chile-Peru Joint Defence Committee was held in Lima on Wednesday."
    assert [p for p, _, _ in meetings(text)] == [("CHL", "PER")]


def test_signing_by_video_conference_is_a_meeting():
    text = ("Kenya's defence secretary Ruth Wambui and Ghana's defence minister Kofi Mensah on Tuesday signed a "
            "defence memorandum via video conferencing.")
    assert ("meeting" in {f.type for f in facts(text, "2024-10-18")})


def test_a_visitor_named_before_who_is_on_a_visit():
    text = ("Thai Defence Minister Somchai Wong and Cambodia's defence minister Gen Dara Sok, who is on a four-day "
            "visit to Thailand, signed the defence memorandum in Bangkok.")
    assert [p for p, _, _ in meetings(text)] == [("KHM", "THA")]


def test_an_exercise_attended_by_officers_is_no_meeting():
    text = "The joint naval exercise was attended by senior defence officials from both Tunisia and Italy."
    assert meetings(text) == []


def test_resuming_a_suspended_dialogue_is_a_meeting():
    text = ("Defence ministers of Chile and Peru agreed to resume the bilateral security dialogue that had been "
            "suspended since 2019.")
    assert [p for p, _, _ in meetings(text)] == [("CHL", "PER")]


def test_the_summit_between_two_leaders_has_only_their_states():
    text = ("North Korea test-fired a missile on Thursday, hours before the defence summit between South Korea's "
            "President Lee Jun and Japan's Prime Minister Sato Ken in Tokyo.")
    assert [p for p, _, _ in meetings(text)] == [("JPN", "KOR")]


def test_agreeing_to_hold_the_next_round_of_a_joint_committee_is_a_planned_meeting():
    text = "Egypt and Jordan agreed to hold the next round of the Joint Defence Committee in Amman in 2025."
    assert meetings(text) == [(("EGY", "JOR"), "2025", "planned")]


def test_ministers_holding_dialogue_with_their_counterparts_meet():
    text = ("Brazil's foreign and defence ministers held dialogue in Brasilia on Monday with their respective "
            "Argentine counterparts on defence.")
    assert [p for p, _, _ in meetings(text)] == [("ARG", "BRA")]


def test_ministers_signing_together_in_a_city_met():
    text = ("Estonian Defence Minister Kalle Tamm and his Finnish counterpart Mikko Virtanen signed the defence "
            "accord in Helsinki on Tuesday.")
    assert [p for p, _, _ in meetings(text)] == [("EST", "FIN")]


def test_an_ambassador_signing_with_the_host_is_no_meeting():
    text = "Japanese Foreign Minister Aiko Mori and Danish Ambassador Lars Holm signed the defence accord in Tokyo."
    assert meetings(text) == []


def test_talks_among_a_grouping_are_no_bilateral_meeting():
    text = ("The accord was signed by defence officials, and Spain's minister travelled to Rome for talks among NATO "
            "defence ministers.")
    assert meetings(text) == []


def test_a_submarine_visiting_a_port_is_no_meeting():
    text = ("The plan is under way, with USS Dakota, a nuclear-powered attack submarine, currently visiting Perth, "
            "Australia, defence officials said.")
    assert meetings(text) == []


def test_a_state_visit_to_another_state_is_a_meeting():
    text = ("The engine deal was a milestone of Indonesian President Budi Santoso's official state visit to France, "
            "defence officials said.")
    assert [p for p, _, _ in meetings(text)] == [("FRA", "IDN")]


def test_being_in_talks_to_buy_from_makers_of_other_states_is_no_meeting():
    text = ("Egypt had been in talks for years on buying 30 of the fighter jets, which are built by a consortium "
            "from France and Italy.")
    assert meetings(text) == []


def test_signing_by_video_conference_with_a_named_memorandum():
    text = ("Kenya's defence secretary Ruth Wambui and Yusuf Ali, acting defence minister of the Union of the "
            "Comoros, today signed a Memorandum of Understanding via video conferencing.")
    assert [p for p, _, _ in meetings(text)] == [("COM", "KEN")]


def test_joint_council_of_ministers_is_a_meeting():
    text = """Spain and Italy held their first joint council of ministers in Madrid this week, chaired by the two prime ministers.
Defence and military cooperation featured high on the agenda, officials said."""
    assert [p for p, _, _ in meetings(text)] == [("ESP", "ITA")]


def test_one_government_council_of_ministers_is_no_meeting():
    text = """The Spanish council of ministers approved a new defence budget in Madrid on Tuesday.
The military will buy more drones, officials said."""
    assert meetings(text) == []


def test_counterparts_signing_together_met_without_a_place_told():
    text = """Norway is set to buy South Korean howitzers in a deal between the two countries.
Norwegian Defence Minister Per Olsen and his South Korean counterpart, Kim Dong-hyun, signed the agreement on Thursday."""
    assert [p for p, _, _ in meetings(text)] == [("KOR", "NOR")]


def test_two_ministers_signing_without_place_or_counterpart_did_not_meet():
    text = """Norway is set to buy South Korean howitzers in a deal between the two countries.
Norwegian Defence Minister Per Olsen and South Korean Defence Minister Kim Dong-hyun signed the agreement on Thursday."""
    assert meetings(text) == []


def test_a_numbered_round_of_talks_on_a_pact_is_a_meeting():
    text = ("Chile and Peru have made significant progress after both sides concluded their 4th round of talks for an "
            "agreement on the presence of troops, the defence ministry said on Friday.")
    assert [p for p, _, _ in meetings(text)] == [("CHL", "PER")]


def test_rounds_of_talks_in_general_are_no_meeting():
    text = ("Chile and Peru are negotiating a logistics support agreement, officials said, and several rounds of talks "
            "may be needed before the military deal is done.")
    assert meetings(text) == []


def test_being_in_talks_on_a_pact_is_no_meeting():
    text = "Chile is in talks with Peru on a memorandum of understanding for the maintenance of its military aircraft."
    assert meetings(text) == []


def test_a_third_state_in_an_after_clause_met_no_one():
    text = ("Kenyan and Ugandan army commanders met in Kampala on Tuesday to review border patrols, a week after "
            "Congolese rebels seized several fishing boats on the lake.")
    assert all("COD" not in p for p, _, _ in meetings(text))


def test_ministers_of_two_states_meet_each_other_not_an_absent_hub():
    text = ("MANILA, Feb 25 - The defence ministers of Japan and the Philippines met in Manila on Monday, days after "
            "Chinese coast guard vessels fired water cannon at a Philippine supply boat.")
    assert [p for p, _, _ in meetings(text, "2025-02-25")] == [("JPN", "PHL")]


def test_ministers_of_named_states_agreeing_at_a_place_met():
    text = ("Defence ministers of Spain, Italy and Greece agreed in Athens on Friday to speed up joint development of "
            "their new naval drone programme, officials said.")
    assert [p for p, _, _ in meetings(text)] == [("ESP", "GRC", "ITA")]


def test_ministers_of_named_states_agreeing_with_no_place_are_no_meeting():
    text = ("Defence ministers of Spain, Italy and Greece agreed on Friday to speed up joint development of "
            "their new naval drone programme, officials said.")
    assert meetings(text) == []


def test_a_visitor_received_by_the_host_is_a_meeting():
    text = "Estonia's defence minister was warmly received by his Finnish counterpart in Helsinki on Wednesday."
    assert meetings(text) == [(("EST", "FIN"), "2024-10-16", "occurred")]


def test_a_host_receiving_a_titled_name_without_article_is_a_meeting():
    text = "Latvia's defence minister received Lithuanian Defence Minister Jonas Petraitis in Riga on Wednesday."
    assert [p for p, _, _ in meetings(text)] == [("LTU", "LVA")]


def test_receiving_a_leaders_letter_is_no_meeting():
    text = "Latvia's army received President Nauseda's letter on military aid for Lithuania on Wednesday."
    assert meetings(text) == []


def test_a_second_day_of_talks_is_a_meeting():
    text = "The defence ministers of Chile and Peru held a second day of talks in Lima on Wednesday."
    assert meetings(text) == [(("CHL", "PER"), "2024-10-16", "occurred")]


def test_joint_staff_talks_are_no_domestic_staff_meeting():
    text = "The military chiefs of Georgia and Armenia held joint staff talks in Tbilisi on Wednesday."
    assert [p for p, _, _ in meetings(text)] == [("ARM", "GEO")]


def test_a_joint_press_conference_with_a_counterpart_is_a_meeting():
    text = ("Norway's defence minister told a joint press conference with his Danish counterpart on Wednesday that "
            "military ties would grow.")
    assert [p for p, _, _ in meetings(text)] == [("DNK", "NOR")]


def test_a_proposed_standing_dialogue_is_no_meeting():
    assert meetings("Chile proposed a regular defence dialogue with Argentina on Wednesday.") == []


def test_a_coming_visit_to_a_third_state_is_no_meeting():
    text = ("Egypt agreed to buy 12 military helicopters from Italy on Wednesday, ahead of a visit by President Sisi "
            "to Greece.")
    assert meetings(text) == []


def test_a_dated_round_of_the_articles_pair_is_a_meeting_without_a_state_named():
    text = """
    Chile and Peru hold another round of talks on a defence pact
    The Peruvian delegation is led by the deputy foreign minister. Today's round of negotiations was chaired by the
    Chilean side's legal adviser.
    """
    assert [p for p, _, _ in meetings(text)] == [("CHL", "PER")]


def test_a_joint_news_conference_with_no_one_named_beside_the_speaker_is_no_new_meeting():
    text = ('"Both countries must watch Russia closely," Orban said during a joint news conference following the '
            "summit.")
    assert meetings(text) == []


def test_a_visit_in_a_relative_clause_is_background_to_the_main_meeting():
    text = ("Marles, who visited Vietnam earlier in the week, met Philippine Defence Secretary Gilberto Teodoro in "
            "Manila on Wednesday.")
    assert meetings(text) == [(("AUS", "PHL"), "2024-10-16", "occurred")]


def test_a_visit_in_a_relative_clause_told_alone_meets_its_destination_only():
    text = ("Vietnam's defence minister, who visited Laos last year, said on Wednesday that military ties with "
            "Cambodia were strong.")
    assert [p for p, _, _ in meetings(text)] == [("LAO", "VNM")]


def test_observers_and_a_third_states_host_city_are_no_sides_of_the_talks():
    text = ("Military officers from Sudan and South Sudan are holding a second day of border talks in Addis Ababa, with "
            "Kenyan officers sitting in as observers.")
    assert [p for p, _, _ in meetings(text)] == [("SDN", "SSD")]


def test_a_standing_dialogue_proposed_is_no_meeting_even_misparsed_under_said():
    text = ("Chile has proposed a standing naval security dialogue with Peru, a senior official in Santiago said on "
            "Wednesday.")
    assert meetings(text) == []


def test_a_joint_body_convening_is_a_meeting_of_its_sides():
    text = "The new Chile-Peru naval cooperation committee convened for the first time in Lima on Wednesday."
    assert [p for p, _, _ in meetings(text)] == [("CHL", "PER")]


def test_one_states_committee_convening_is_no_meeting():
    text = "The Chilean senate's defence committee convened on Wednesday to discuss the purchase of Peruvian boats."
    assert meetings(text) == []


def test_bilateral_calls_with_listed_counterparts_are_one_call_each():
    text = ("Spain's defence minister held bilateral calls with her counterparts from Italy and Greece on Wednesday, "
            "the ministry said.")
    assert sorted(p for p, _, _ in meetings(text)) == [("ESP", "GRC"), ("ESP", "ITA")]


def test_states_in_the_purpose_clause_are_the_agenda_not_sides():
    text = ("Latvia's defence minister met Estonian Defence Minister Hanno Pevkur in Tallinn on Wednesday to discuss "
            "the deployment of Swedish troops in the Baltics.")
    assert [p for p, _, _ in meetings(text)] == [("EST", "LVA")]


def test_a_visit_to_discuss_with_one_side_outside_keeps_the_other_side():
    text = "Latvia's defence minister travelled to Tallinn on Wednesday to discuss military ties with Estonia."
    assert all("LVA" in p for p, _, _ in meetings(text))


def test_a_commander_calling_on_a_counterpart_is_a_meeting():
    text = "Ecuador's navy commander paid a courtesy call on his Colombian counterpart in Cartagena on Wednesday."
    assert [p for p, _, _ in meetings(text)] == [("COL", "ECU")]


def test_a_warship_visiting_a_port_is_still_no_meeting():
    assert meetings("An Ecuadorian navy frigate visited Colombia's port of Cartagena on Wednesday.") == []


def test_sides_pledging_during_talks_met():
    text = "Bolivia and Paraguay reaffirmed their commitment to deepen defence ties during talks in Asuncion on Wednesday."
    assert [p for p, _, _ in meetings(text)] == [("BOL", "PRY")]
