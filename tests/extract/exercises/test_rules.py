"""Exercises: joint drills and training, their status, and descriptions of what a pact allows."""

from tests.extract.helpers import facts, of_type


def exercises(text: str):
    return [(f.parties, f.date, f.status) for f in of_type(facts(text, "2024-09-02"), "exercise")]


def test_drills_planned_for_a_month():
    assert exercises("India and France will hold joint naval exercises in the Arabian Sea in November.") == [
        (("FRA", "IND"), "2024-11", "planned")]


def test_drills_under_way():
    assert exercises("Troops from Mongolia and the United States began a joint field exercise on Monday.")[0][2] == "ongoing"


def test_what_a_pact_allows_is_not_an_exercise():
    text = "The pact between Japan and Canada will allow their forces to conduct joint training more easily."
    assert exercises(text) == []


def test_modified_joint_drill():
    text = "Vietnamese and Indian coast guards conducted a joint search-and-rescue drill off Da Nang on Saturday."
    assert exercises(text) == [(("IND", "VNM"), "2024-08-31", "occurred")]


def test_coordinated_patrol_and_combined_drill_are_exercises():
    text = "The navies of Thailand and Myanmar held a coordinated patrol in the Andaman Sea on Saturday."
    assert exercises(text) == [(("MMR", "THA"), "2024-08-31", "occurred")]
    text = "Polish and American troops completed a combined live-fire exercise near Drawsko on Friday."
    assert [p for p, _, _ in exercises(text)] == [("POL", "USA")]


def test_habit_of_training_together_is_no_exercise():
    text = "Estonian and Latvian soldiers regularly train together in winter, the defence forces say."
    assert exercises(text) == []


def test_drills_a_pact_grew_out_of_are_no_exercise():
    text = ("The defence minister said the accord puts on paper cooperation that Ghana and Canada earlier carried out "
            "through joint exercises and staff exchanges.")
    assert exercises(text) == []


def test_training_a_pact_makes_easier_is_no_exercise():
    text = "The Danish-Estonian defence pact would facilitate the training of Estonian pilots on Danish jets."
    assert exercises(text) == []


def test_training_listed_in_a_framework_is_no_exercise():
    text = ("The defence accord between Ghana and Turkey sets a framework for the supply of equipment, training of "
            "personnel and research.")
    assert exercises(text) == []


def test_a_single_naval_manoeuvre_is_an_exercise():
    text = "A Tunisian-Italian naval manoeuvre, named Blue Wave, was held off Bizerte on Thursday."
    assert exercises(text) == [(("ITA", "TUN"), "2024-08-29", "occurred")]


def test_taking_part_in_a_drill_is_an_exercise():
    text = "Soldiers from Kenya and Britain took part in a joint military exercise near Nanyuki on Monday."
    assert exercises(text) == [(("GBR", "KEN"), "2024-09-02", "occurred")]


def test_training_in_a_list_of_fields_is_no_exercise():
    text = ("Officials said the Ghana-Turkey defence deal covers the repair of military vehicles, training of "
            "officers and technology transfer.")
    assert exercises(text) == []


def test_maritime_cooperative_activity_and_joint_sail_are_drills():
    text = "The navies of Japan, Canada and the Philippines conducted a multilateral maritime cooperative activity on Sunday."
    assert exercises(text) == [(("CAN", "JPN", "PHL"), "2024-09-01", "occurred")]
    text = "Warships from Italy and Greece completed a joint sail through the Ionian Sea on Tuesday."
    assert exercises(text) == [(("GRC", "ITA"), "2024-08-27", "occurred")]


def test_joint_sail_a_pact_allows_is_no_drill():
    text = "The naval pact between Italy and Greece would allow joint sails and maritime cooperative activities."
    assert exercises(text) == []


def test_one_named_drill_told_twice_takes_every_state_taking_part():
    text = """
    Warships from India, Sri Lanka and Bangladesh began exercise Coral Shield 2025 off Trincomalee on Monday, the Sri Lankan navy said.
    This year's exercise is based in Sri Lanka and the Maldives, with harbour and sea phases over ten days.
    """
    found = of_type(facts(text, "2025-10-20"), "exercise")
    assert [(f.parties, len(f.evidence)) for f in found] == [(("BGD", "IND", "LKA", "MDV"), 2)]


def test_a_state_joining_the_drill_later_is_one_more_side():
    text = """
    Soldiers from Kenya and Uganda launched a joint field exercise near Isiolo on Monday.
    A company of Tanzanian troops joined the joint exercise on Wednesday, the Kenyan army said.
    """
    assert [f.parties for f in of_type(facts(text, "2025-10-24"), "exercise")] == [("KEN", "TZA", "UGA")]


def test_two_named_drills_stay_two():
    text = """
    Japan and India held exercise Dharma Guardian near Belagavi on Monday.
    On Thursday, Japan and India also joined exercise Malabar with Australia and the United States off Guam.
    """
    found = of_type(facts(text, "2025-10-20"), "exercise")
    assert sorted(f.parties for f in found) == [("AUS", "IND", "JPN", "USA"), ("IND", "JPN")]


def test_drills_months_apart_stay_two():
    text = """
    Russia and Belarus began joint military drills near Brest on 14 October, the Belarusian defence ministry said.
    In June, Russia held joint naval exercises with China in the Sea of Japan.
    """
    found = of_type(facts(text, "2025-10-20"), "exercise")
    assert sorted(f.parties for f in found) == [("BLR", "RUS"), ("CHN", "RUS")]


def test_drills_as_a_class_are_no_exercise():
    assert exercises("Joint air exercises differ from the solo patrols that Japan and China fly over the East China Sea.") == []
    assert exercises("Joint naval drills are a sign of trust, and Vietnam and India have stepped up port calls this year.") == []


def test_one_states_own_drills_are_no_exercise():
    assert exercises("China's unilateral naval drills around Taiwan in April drew protests from Japan.") == []


def test_drills_as_a_field_of_cooperation_are_no_exercise():
    text = "Officials said the cooperation of Chinese and Australian forces in joint exercises has been smooth in recent years."
    assert exercises(text) == []


def test_drills_two_forces_could_join_are_no_exercise():
    text = "The pact means Canada and the Philippines can hold larger exercises and take part together in multinational drills."
    assert exercises(text) == []


def test_drills_under_way_and_a_multinational_drill_opened_are_exercises():
    text = "Joint drills between Japan and the Philippines are under way off Palawan, the navy said on Tuesday."
    assert [p for p, _, _ in exercises(text)] == [("JPN", "PHL")]
    text = "The multinational Pacific Vanguard exercise, co-hosted by Japan and the United States, opened off Guam on Monday."
    assert [p for p, _, _ in exercises(text)] == [("JPN", "USA")]


def test_a_side_drill_with_its_own_codename_is_a_drill_of_its_own():
    text = """
    Morocco and the United States began a joint military exercise dubbed "Desert Falcon 2025" near Agadir on Monday.
    On the sidelines of the exercise, a Moroccan-American naval manoeuvre, codenamed "Atlantic Grip", is scheduled off the Atlantic coast.
    """
    found = of_type(facts(text, "2025-04-16"), "exercise")
    assert [(f.parties, len(f.evidence)) for f in found] == [(("MAR", "USA"), 1), (("MAR", "USA"), 1)]


def test_drills_held_every_year_with_no_date_are_a_habit():
    assert exercises("The armies of India and Egypt have held joint exercises every year since 2015.") == []


def test_an_annual_drill_that_began_on_a_day_is_news():
    text = "The annual joint exercise of the Thai and US armies began in Lopburi on Monday."
    assert [p for p, _, _ in exercises(text)] == [("THA", "USA")]


def test_their_own_joint_drills_are_still_joint_and_another_pairs_drill_stays_apart():
    text = """
    India and France began exercise Varuna off Goa on Monday.
    Meanwhile, Pakistan and China held their own joint naval drills in the Arabian Sea on Tuesday.
    """
    found = of_type(facts(text, "2025-06-04"), "exercise")
    assert sorted(f.parties for f in found) == [("CHN", "PAK"), ("FRA", "IND")]


def test_drills_endorsed_at_a_meeting_are_planned_on_the_meeting_day():
    text = """
    Defence ministers of Saudi Arabia, Qatar, Kuwait, Oman, Bahrain and the United Arab Emirates met in Doha on Thursday.
    The ministers also endorsed holding joint drills between their air defence centres within three months, and conducting a large-scale air exercise.
    """
    found = of_type(facts(text, "2025-09-20"), "exercise")
    assert [(f.parties, f.date, f.status) for f in found] == [
        (("ARE", "BHR", "KWT", "OMN", "QAT", "SAU"), "2025-09-18", "planned")]


def test_a_drill_named_in_quotes_dates_the_drill_told_before_it():
    text = ("Tunisian and Italian naval and air forces have conducted a joint exercise in the Strait of Sicily. The "
            "\"Blue Shield 4\" drill, held from October 12 to October 18, 2024, included day and night sailing and search "
            "and rescue operations.")
    found = of_type(facts(text, None), "exercise")
    assert [(f.parties, f.date, len(f.evidence)) for f in found] == [(("ITA", "TUN"), "2024-10-12", 2)]


def test_one_states_own_drill_in_a_pairs_story_is_no_joint_exercise():
    text = """
    Japan and the United States agreed on Monday to deepen defence cooperation, their defence ministers said after talks in Tokyo.
    Separately, Japan's navy held live-fire naval drills in the East China Sea on Sunday, the ministry said.
    """
    assert of_type(facts(text, "2025-06-10"), "exercise") == []


def test_a_delegation_watching_the_hosts_drill_is_an_exercise_of_both():
    text = """
    Defence officials of Kazakhstan and Uzbekistan met in Tashkent on Monday to discuss military cooperation.
    The Kazakh delegation will watch the Steppe Shield-2025 military exercise, taking place at the Termez training ground.
    """
    assert [f.parties for f in of_type(facts(text, "2025-06-10"), "exercise")] == [("KAZ", "UZB")]


def test_states_of_another_event_after_the_drill_are_not_its_sides():
    text = """
    Japan and the United States began a joint air exercise over the Sea of Japan on Monday, the Japanese defence ministry said.
    The exercise comes weeks after China and Russia held joint bomber patrols near Japan.
    """
    assert [f.parties for f in of_type(facts(text, "2025-06-10"), "exercise")] == [("JPN", "USA")]


def test_drills_between_two_states_described_as_a_class_or_supposed_are_no_exercise():
    text = "Joint drills between India and France help both navies learn each other's procedures."
    assert exercises(text) == []
    assert exercises("If Seoul and Tokyo held joint drills, Pyongyang would protest, officials said.") == []


def test_states_told_in_a_reporting_tail_or_a_reaction_are_not_drill_sides():
    text = ("Croatia and Slovenia will hold joint army exercises along their border next month, the ministry said on "
            "Friday, adding that Hungary and Austria had been informed.")
    assert [p for p, _, _ in exercises(text)] == [("HRV", "SVN")]
    text = "Thai and Malaysian patrol boats conducted their first joint drill on Sunday, a step Myanmar called unhelpful."
    assert [p for p, _, _ in exercises(text)] == [("MYS", "THA")]


def test_one_states_named_drill_with_others_in_an_after_clause_is_no_exercise():
    text = ("Greece's navy began its annual Kataigida exercise on Tuesday, a week after Turkish and Libyan officials "
            "signed a maritime accord.")
    assert exercises(text) == []
    text = "The defence ministers of Estonia and Latvia met in Riga on Monday, two days after Russia began military drills."
    assert exercises(text) == []


def test_a_drill_told_inside_a_while_clause_keeps_its_own_sides():
    text = "Spain hosted a NATO summit on Tuesday, while the Moroccan and Portuguese navies held joint drills off Tangier."
    assert [p for p, _, _ in exercises(text)] == [("MAR", "PRT")]


def test_drills_between_two_states_and_a_hyphenated_pair_are_exercises():
    assert [p for p, _, _ in exercises("Drills between Senegal and Mauritania got under way on Monday.")] == [("MRT", "SEN")]
    text = "Drills between the Omani and Qatari navies began on Sunday in the Gulf."
    assert [p for p, _, _ in exercises(text)] == [("OMN", "QAT")]
    text = "Thai-Cambodian border drills ended on Saturday, the army said."
    assert [p for p, _, _ in exercises(text)] == [("KHM", "THA")]


def test_troops_on_a_joint_operation_deploy_together():
    text = "Malian and Nigerien soldiers launched a joint operation against armed groups on Thursday near Menaka."
    assert [p for p, _, _ in exercises(text)] == [("MLI", "NER")]
    assert exercises("Chad and Niger opened a joint operations centre in N'Djamena on Thursday.") == []


def test_the_verb_exercise_is_no_drill_and_the_noun_is():
    text = "Japan's defence minister met his Australian counterpart and said Tokyo would exercise restraint on the issue."
    assert exercises(text) == []
    assert exercises("Vietnam and the Philippines exercised restraint after the collision on Monday.") == []
    text = "Ships from Chile and Peru taking part in the Unitas Exercise off Lima included two frigates."
    assert [p for p, _, _ in exercises(text)] == [("CHL", "PER")]
    assert exercises("Drills between operations centres of both ministries were agreed on Monday.") == []
    assert exercises("Nigerian and Ghanaian officers met the Chief of Joint Operations in Abuja on Monday.") == []
    text = "Indonesian and Australian troops completed Exercise Kasuari on Friday."
    assert [p for p, _, _ in exercises(text)] == [("AUS", "IDN")]


def test_drills_under_consideration_are_proposed():
    assert exercises("Bulgaria is considering joint naval drills with Romania, the defence minister said.")[0][::2] == (
        ("BGR", "ROU"), "proposed")
    assert exercises("Ankara proposed holding joint exercises with Baku next spring.")[0][::2] == (("AZE", "TUR"), "proposed")
    assert exercises("The pact would allow joint drills between Greek and Cypriot forces.") == []


def test_observer_states_and_listed_fields_are_not_drill_sides():
    text = """
    Moroccan and Spanish naval forces conducted a joint exercise off Cadiz on Monday.
    Observers from Portugal, France and Tunisia also took part in the exercise.
    """
    assert [p for p, _, _ in exercises(text)] == [("ESP", "MAR")]
    text = ("The pact took effect on Sunday, letting the armed forces of Spain and Morocco deploy to each other's "
            "territory for training, exercises and disaster relief.")
    assert exercises(text) == []
    text = "Fiji and Australia agreed on Monday to set up Exercise Southern Reach as a regional tabletop exercise."
    assert exercises(text) == []


def test_a_named_operation_of_two_states_is_an_exercise_and_of_one_state_is_not():
    text = "Border guards of Kyrgyzstan and Tajikistan conducted Operation Frontier Shield in August to practise drills."
    assert [p for p, _, _ in exercises(text)] == [("KGZ", "TJK")]
    assert exercises("India launched Operation Sindoor on Wednesday against targets in Pakistan.") == []


def test_drills_as_a_class_after_a_relative_or_plural_are_no_exercise():
    text = "Officials hope the pact will bring Spanish forces into more of the large exercises held on Moroccan soil."
    assert exercises(text) == []
    text = "Spain and Morocco have a long partnership that includes military training exercises and other activities."
    assert exercises(text) == []


def test_a_drill_in_an_after_clause_told_by_their_keeps_the_main_clause_pair():
    text = "The defence chiefs of Chile and Peru met in Lima on Monday, days after their navies held joint drills off Callao."
    assert [p for p, _, _ in exercises(text)] == [("CHL", "PER")]


def test_a_bilateral_artillery_drill_and_an_army_exercise_are_drills():
    text = "Thai and US troops wrapped up a bilateral artillery exercise in Lopburi on Tuesday, the Thai army said."
    assert [p for p, _, _ in exercises(text)] == [("THA", "USA")]
    text = "Nepal and India began their annual Surya Kiran army exercise in Pithoragarh on Monday."
    assert [p for p, _, _ in exercises(text)] == [("IND", "NPL")]
