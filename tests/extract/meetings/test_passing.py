"""Meetings told only in passing or not at all: other stops of a tour, counted persons, partner classes, meetings that
never took place, a host city and a beneficiary, and the article's pair named only as a topic."""

import pytest

from pactwatch.extract.meetings.cues import load_meeting_cues, not_held, tour_spans
from tests.extract.helpers import facts, of_type


def meetings(text: str, published: str = "2024-10-18"):
    return sorted(f.parties for f in of_type(facts(text, published), "meeting"))


@pytest.mark.parametrize("text, expected", [
    ("Italian Defence Minister Guido Crosetto met Spanish Defence Minister Margarita Robles in Madrid on Thursday during "
     "his first visit to Spain as minister, part of a tour that also took him to Portugal and Morocco.", [("ESP", "ITA")]),
    ("Chilean Defence Minister Maya Fernandez met her Argentine counterpart in Buenos Aires to sign a military "
     "cooperation plan, part of a tour that will also take her to Uruguay and Paraguay.", [("ARG", "CHL")]),
    ("Saudi Defence Minister Khalid bin Salman held defence talks in Abu Dhabi on Monday, part of a Gulf swing that also "
     "took him to Qatar and Oman.", []),
])
def test_other_stops_of_a_tour_are_no_meetings(text, expected):
    assert meetings(text) == expected


def test_tour_span_runs_from_the_cue_to_the_clause_end():
    text = "He met the minister in Berlin, part of a tour that also took him to France and Poland; talks followed."
    (lo, hi), = tour_spans(text)
    assert text[lo:hi] == "part of a tour that also took him to France and Poland"


@pytest.mark.parametrize("text, expected", [
    ("India and Australia held their first 2+2 defence dialogue in New Delhi on Saturday.\n"
     "India already holds such talks with the United States and Japan.\n"
     "External Affairs Minister S. Jaishankar and Defence Minister Rajnath Singh received Australian Foreign Minister "
     "Marise Payne and Defence Minister Peter Dutton at Hyderabad House. The four ministers discussed Afghanistan and "
     "maritime security.", [("AUS", "IND")]),
    ("Japan and the Philippines held their first two-plus-two defence talks in Tokyo on Tuesday.\n"
     "Japan already holds such talks with Britain and France.\n"
     "Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara hosted Philippine Foreign Secretary Enrique "
     "Manalo and Defence Secretary Gilberto Teodoro. The four ministers discussed China and the South China Sea.",
     [("JPN", "PHL")]),
])
def test_counted_ministers_stand_for_their_states_and_a_discussed_state_is_a_topic(text, expected):
    assert meetings(text, "2024-07-10") == expected


def test_person_count_cue_counts_persons_not_states():
    cue = load_meeting_cues().person_count
    assert cue.search("The four ministers agreed") and cue.search("the three defence ministers met")
    assert not cue.search("the four countries agreed")


@pytest.mark.parametrize("text", [
    "Britain joins France and Germany among Japan's 2+2 partners on defence and security.",
    "Italy joined Britain and France as one of Japan's two-plus-two defence partners.",
    "The Philippines joins the United States and Australia among Japan's 2+2 defence and security partners.",
])
def test_a_partner_class_is_no_meeting(text):
    assert meetings(text) == []


@pytest.mark.parametrize("text", [
    "Ghana and Togo agreed in January to hold joint military patrols.\nA summit of West African defence chiefs that was "
    "to open Ghana's chairmanship was due to be held in Accra in March, but two months later it had still not taken "
    "place.",
    "Mongolia and Kazakhstan signed a military cooperation plan last year.\nTalks between their defence ministers were "
    "due in Astana in April but have still not been held.",
    "Peru and Bolivia agreed in May to patrol their border jointly.\nA meeting of their army chiefs planned for July in "
    "La Paz has not yet taken place, the ministry said.",
])
def test_a_meeting_that_did_not_take_place_is_none(text):
    assert meetings(text, "2024-09-20") == []


def test_not_held_reads_only_after_the_meeting_word():
    text = "The summit was due in May but has still not taken place."
    assert not_held(text, text.index("summit"))
    assert not not_held("The ministers met in May and signed a defence pact.", 0)


@pytest.mark.parametrize("text", [
    "Defence stocks rose as European leaders met in London on Sunday to discuss military security guarantees for "
    "Ukraine.",
    "Defence ministers from across Europe gathered in Warsaw on Monday to discuss military support for Moldova.",
    "Army chiefs met in Paris on Tuesday to discuss defence aid for Armenia.",
])
def test_a_host_city_and_a_beneficiary_are_no_sides(text):
    assert meetings(text) == []


@pytest.mark.parametrize("text", [
    "Switzerland and Ukraine discussed military demining.\nSwitzerland will host the defence peace summit on Ukraine "
    "in June.",
    "Norway and Ukraine agreed on military demining aid.\nNorway will host a donors conference on Ukraine's defence "
    "needs in May.",
])
def test_the_pair_named_only_as_the_topic_does_not_complete_a_one_sided_meeting(text):
    assert not any(f.status == "planned" for f in of_type(facts(text, "2024-03-15"), "meeting"))


@pytest.mark.parametrize("text, expected", [
    ("Greece and Cyprus held defence talks in Athens on Monday.\nThe Turkish military build-up and the deployment of "
     "Turkish and Libyan forces were discussed during the talks.", [("CYP", "GRC")]),
    ("Japan and Australia held defence talks in Tokyo on Monday.\nNorth Korean and Russian military cooperation was "
     "also addressed at the meeting.", [("AUS", "JPN")]),
    ("Azerbaijan and Georgia held defence talks in Baku on Monday.\nThe Armenian-Azerbaijani conflict, particularly the "
     "line of contact of Armenian and Azerbaijani troops, was thoroughly discussed during the talks.", [("AZE", "GEO")]),
])
def test_states_in_the_matter_of_a_passive_discussed_are_topics(text, expected):
    assert meetings(text, "2024-05-16") == expected


@pytest.mark.parametrize("text, expected", [
    ("The defence ministers of Lithuania, Latvia and Estonia held their annual trilateral meeting in Vilnius on Monday.\n"
     "Kaunas also thanked his Estonian and Latvian counterparts for fruitful discussions on military mobility.",
     [("EST", "LTU", "LVA")]),
    ("The defence ministers of Chile, Peru and Colombia held their trilateral meeting in Lima on Monday.\n"
     "Minister Ramos thanked his Chilean and Colombian counterparts for the frank discussions on military cooperation.",
     [("CHL", "COL", "PER")]),
    ("The defence ministers of Azerbaijan, Georgia and Turkey held their trilateral meeting in Gabala on Monday.\n"
     "The minister said that during the bilateral and trilateral talks they discussed military security in the region.",
     [("AZE", "GEO", "TUR")]),
])
def test_a_meeting_of_three_is_not_split_into_pairs(text, expected):
    assert meetings(text, "2024-05-16") == expected


@pytest.mark.parametrize("text, pair", [
    ("Polish Defence Minister Wladyslaw Kosiniak-Kamysz and his Lithuanian counterpart Laurynas Kasciunas who visited "
     "Warsaw for the first time as minister signed a military cooperation plan.", ("LTU", "POL")),
    ("The Russian Defence Minister Sergei Shoigu and his Kazakh counterpart Murat Bektanov who visited Moscow for the "
     "first time as a defence minister have signed a military cooperation programme.", ("KAZ", "RUS")),
    ("Armenian Defence Minister Suren Papikyan and his Greek counterpart Nikos Dendias who visited Yerevan for the first "
     "time as defence minister signed a military cooperation plan.", ("ARM", "GRC")),
])
def test_a_first_visit_told_in_a_who_clause_is_the_last_named_persons(text, pair):
    assert meetings(text, "2024-05-16") == [pair]


@pytest.mark.parametrize("text, pair", [
    ("Japan's defense chief and US Defense Secretary Lloyd Austin agreed in October that Tokyo would receive the first "
     "200 missiles a year earlier than planned.", ("JPN", "USA")),
    ("Poland's defence minister and his Norwegian counterpart agreed on Monday to buy air defence missiles jointly.",
     ("NOR", "POL")),
    ("The French armed forces minister and British Defence Secretary John Healey agreed on Thursday to deepen military "
     "cooperation on drones.", ("FRA", "GBR")),
])
def test_office_holders_of_two_states_agreeing_have_met(text, pair):
    assert meetings(text, "2024-05-16") == [pair]


def test_two_states_agreeing_by_name_are_no_meeting():
    text = "Japan and the United States agreed in October that Tokyo would receive the first 200 missiles earlier."
    assert meetings(text, "2024-05-16") == []


@pytest.mark.parametrize("text, pair", [
    ("During his recent visit to Brazil, Kenyan President William Ruto signalled his intention to quit a defence deal "
     "with Turkey.", ("BRA", "KEN")),
    ("On his trip to Vietnam, Indonesian Defence Minister Prabowo Subianto praised a military accord with France.",
     ("IDN", "VNM")),
    ("During her visit to Japan, Australian Foreign Minister Penny Wong said a defence pact with Britain would be signed "
     "soon.", ("AUS", "JPN")),
])
def test_a_visit_told_as_the_setting_meets_the_subject_and_the_destination_only(text, pair):
    assert meetings(text, "2024-05-16") == [pair]


@pytest.mark.parametrize("text", [
    "Norway and Ukraine signed a defence pact in May.\nThe Norwegian government opened consultations on a draft law on "
    "arms exports to Ukraine.",
    "Switzerland and Ukraine agreed on demining aid in May.\nThe Swiss authorities have launched consultations on "
    "amendments to the War Material Act to allow re-exports of arms to Ukraine.",
    "Austria and Ukraine signed a defence pact in May.\nThe Austrian government began consultations on changes to the "
    "military equipment export rules for Ukraine.",
])
def test_consultations_on_a_law_are_no_meeting(text):
    assert meetings(text, "2024-06-20") == []


def test_talks_on_changes_to_a_pact_are_still_talks():
    text = "The Norwegian and Swedish defence ministers held talks on changes to their defence pact in Oslo on Monday."
    assert meetings(text, "2024-06-20") == [("NOR", "SWE")]


@pytest.mark.parametrize("text", [
    "In March, it was signed by Italian Defence Minister Guido Crosetto and his Japanese counterpart Minoru Kihara.",
    "The treaty, which was signed by Dutch Defence Minister Kajsa Ollongren and her German counterpart Boris Pistorius "
    "in 2023, took effect on Monday.",
    "The pact signed in Warsaw in May by Polish Defence Minister Wladyslaw Kosiniak-Kamysz and his Lithuanian counterpart "
    "Laurynas Kasciunas sets the legal framework for joint patrols.",
])
def test_a_signing_recalled_as_the_pacts_history_is_no_meeting(text):
    assert meetings(text, "2024-06-20") == []


def test_signers_told_signing_together_still_met():
    text = ("Japanese Defence Minister Minoru Kihara and his Philippine counterpart Gilberto Teodoro signed the defence "
            "agreement in Manila on Monday.")
    assert meetings(text, "2024-06-20") == [("JPN", "PHL")]
