"""Joint programmes: known names with their partners, and 'joint development of X' phrases."""

from tests.extract.helpers import facts, of_type


def programmes(text: str):
    return sorted((f.programme, f.parties) for f in of_type(facts(text, "2024-07-01"), "joint_programme"))


def test_known_programme_takes_its_partners():
    assert programmes("Japan's share of the GCAP fighter programme will grow, the ministry said.") == [
        ("GCAP", ("GBR", "ITA", "JPN"))]


def test_named_activity_becomes_a_programme():
    got = programmes("Sweden and Finland agreed on the joint development of a new armoured vehicle for their armies.")
    assert got == [("armoured vehicle", ("FIN", "SWE"))]


def test_research_and_maintenance_keep_their_activity():
    text = ("Australian and Japanese engineers started cooperative research on underwater acoustics, "
            "and the maintenance of Australian frigates by Japanese yards is under study.")
    names = [n for n, _ in programmes(text)]
    assert "underwater acoustics research" in names


def test_jointly_developing_a_named_system():
    assert programmes("Pakistan and China are jointly developing the JF-17 fighter.") == [("JF-17", ("CHN", "PAK"))]


def _programmes(text: str, published: str = "2024-03-15"):
    return sorted((f.parties, f.programme, f.status) for f in facts(text, published) if f.type == "joint_programme")


def test_verbs_that_govern_the_system_directly():
    text = """
    Canada and Germany will co-develop long-range air defence radars, the two defence ministers said.
    Italy and Spain agreed to jointly produce Leonardo's M-346 trainers for their air forces.
    """
    assert _programmes(text) == [(("CAN", "DEU"), "long-range air defence radars", "planned"),
                                 (("ESP", "ITA"), "M-346 trainers", "planned")]


def test_design_and_construction_and_develop_together():
    text = """
    Norway and Poland will cooperate on the design and construction of the next-generation corvette.
    Sweden and Finland plan to develop an unmanned ground vehicle together, the defence ministers said.
    """
    assert _programmes(text) == [(("FIN", "SWE"), "unmanned ground vehicle", "planned"),
                                 (("NOR", "POL"), "next-generation corvette", "planned")]


def test_a_bare_verb_without_joint_work_is_not_a_programme():
    text = "Poland will develop its army quickly, the defence minister said, as Germany watched."
    assert _programmes(text) == []


def test_firms_only_take_the_programme_partners():
    text = "GE and HAL will jointly produce F414 engines for India's light combat aircraft."
    assert _programmes(text) == [(("IND", "USA"), "F414 engine", "planned")]


def test_a_document_made_together_is_no_programme():
    text = "Poland and Germany will jointly produce a report on defence exports, the ministers said."
    assert _programmes(text) == []


def test_coordinated_verbs_and_working_together():
    text = """
    Sweden and Norway agreed to jointly develop and produce a new anti-ship missile.
    Canada and Australia will work together to develop undersea sensors, the defence ministers said.
    """
    assert _programmes(text) == [(("AUS", "CAN"), "undersea sensors", "planned"),
                                 (("NOR", "SWE"), "anti-ship missile", "planned")]


def test_a_relation_developed_together_is_no_programme():
    text = """
    Japan and India will develop closer ties together, the defence ministers said.
    Britain and Italy will work together to develop a common approach to maritime security.
    """
    assert _programmes(text) == []


def test_passive_agent_names_the_makers():
    text = ("The new fighter engine will be co-produced by Safran and HAL in Hyderabad, "
            "defence officials of France and India said.")
    assert _programmes(text) == [(("FRA", "IND"), "fighter engine", "planned")]


def test_working_together_on_a_system():
    text = "Brazil and Sweden are working together on a new trainer jet for their air forces."
    assert _programmes(text) == [(("BRA", "SWE"), "trainer jet", "ongoing")]


def test_building_under_licence_names_the_licensor():
    text = "Romania will build 300 Piranha armoured vehicles under licence from Switzerland, the defence ministry said."
    assert _programmes(text) == [(("CHE", "ROU"), "Piranha armoured vehicles", "planned")]


def test_building_a_system_together():
    text = "Denmark and the Netherlands are building four new frigates together at two naval yards."
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("DNK", "NLD"), "frigates")]


def test_known_programme_named_by_its_possessor():
    text = "Germany, France and Spain approved the next phase of the three nations' Future Combat Air System, their defence ministers said."
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("DEU", "ESP", "FRA"), "FCAS")]


def test_new_known_programmes_take_their_partners():
    text = "Indonesia will pay a smaller share of the KF-21 fighter jet programme, South Korean defence officials said."
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("IDN", "KOR"), "KF-21")]


def test_a_relation_or_idea_is_no_programme():
    text = """
    Spain and Germany will jointly develop a new relationship between their defence industries.
    Chile and Peru agreed on the co-development of a stronger partnership between their navies.
    """
    assert _programmes(text) == []


def test_a_national_programme_is_no_joint_programme():
    text = "Turkey unveiled the second prototype of its national fighter jet programme, the defence ministry said."
    assert _programmes(text) == []


def test_a_programme_told_in_a_relative_clause_keeps_no_date():
    text = ("Japan and Britain, which already co-develop a missile seeker, agreed on Tuesday to hold more "
            "naval drills, the defence ministers said.")
    found = [f for f in facts(text, "2024-03-15") if f.type == "joint_programme"]
    assert [(f.programme, f.date) for f in found] == [("missile seeker", None)]


def test_cooperating_on_and_developed_by():
    text = """
    Greece and Cyprus agreed to cooperate on a new coastal patrol drone, their defence ministers said.
    The light tank developed by Spain, Portugal and Morocco is running late, defence officials said.
    """
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("CYP", "GRC"), "coastal patrol drone"),
                                                          (("ESP", "MAR", "PRT"), "light tank")]


def test_one_state_making_alone_is_no_programme():
    text = """
    The new corvette developed by Greece will enter service next year, the defence ministry said.
    Chile and Peru will build their own patrol boats, the defence ministers said.
    """
    assert _programmes(text) == []


def test_a_system_made_under_a_known_programme_is_that_programme():
    text = "Germany, France and Spain are building a new fighter jet under the FCAS programme, defence officials said."
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("DEU", "ESP", "FRA"), "FCAS")]


def test_made_by_a_joint_venture_and_co_manufacture():
    text = """
    Artillery shells will be made in Kenya by a joint venture with Turkey, defence officials said.
    The defence firms of Chile and Spain will co-manufacture Orca patrol boats at a yard near Valparaiso.
    """
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("CHL", "ESP"), "Orca patrol boats"),
                                                          (("KEN", "TUR"), "Artillery shells")]


def test_a_large_consortium_lends_no_partner_list():
    text = """
    Denmark and Norway will increase their share of work in the F-35 programme, the defence ministries said.
    The Netherlands and Germany will jointly produce ESSM missiles for their navies, defence officials said.
    """
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("DEU", "NLD"), "ESSM"), (("DNK", "NOR"), "F-35 programme")]


def test_a_proper_name_must_be_a_system():
    text = """
    Britain and France will cooperate on NATO, defence officials said.
    Hungary and Sweden will jointly build the Gripen at a new plant, defence officials said.
    Indonesia and Turkey agreed on the production of a new frigate with Turkish yards, the defence ministers said.
    """
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("HUN", "SWE"), "Gripen"), (("IDN", "TUR"), "frigate")]


def test_a_known_programme_seen_or_briefed_is_no_fact():
    text = """
    The Qatari defence minister held talks with his British counterpart in London on Monday.
    During the visit he toured a factory and viewed the firm's programme for a future combat air system.
    He was also briefed on the Tempest during a stop at an air base.
    """
    assert _programmes(text) == []


def test_a_known_programme_worked_on_is_a_fact():
    text = """
    The Swedish defence minister met his Italian counterpart in Rome on Friday.
    Italy took part in early studies for the Tempest programme, the two ministers recalled.
    """
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("GBR", "ITA", "JPN"), "GCAP")]


def test_local_production_of_a_foreign_system_is_a_joint_programme():
    text = """
    The defence ministers of Hungary and Sweden met in Budapest on Monday.
    Two local firms opened a production line for Gripen fighter jets in Hungary, the ministry said.
    """
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("HUN", "SWE"), "Gripen")]
    text = "Under the deal, 12 Gripen jets will be produced in Thailand under a technology transfer agreement with Sweden."
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("SWE", "THA"), "Gripen")]


def test_making_verbs_in_other_senses_are_no_programme():
    text = """
    The defence ministers of Norway and Denmark met in Oslo on Monday.
    The documentary on the two navies is produced by an independent team from Norway and Denmark.
    The defence report was developed by researchers in Norway and Denmark.
    Norway and Denmark have built a reputation for fast military procurement.
    """
    assert _programmes(text) == []


def test_work_agreed_or_signed_for_is_planned():
    text = "Japan and Britain signed a deal to jointly produce a new missile seeker."
    assert [s for _, _, s in _programmes(text)] == ["planned"]


def test_a_plant_set_up_abroad_is_local_production_of_both_states():
    text = "Finland plans to set up a plant in Estonia to produce armoured vehicles for both armies."
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("EST", "FIN"), "armoured vehicles")]
    assert _programmes("Poland opened a new factory in Poland for assembling howitzers, the army said.") == []


def test_a_state_brought_into_a_programme_is_proposed():
    text = "Italy now hopes to involve Greece in the naval programme for building a new corvette, officials said."
    assert _programmes(text) == [(("GRC", "ITA"), "corvette", "proposed")]
    text = "Turkey has invited Azerbaijan to join the KAAN fighter programme, the minister said."
    assert _programmes(text) == [(("AZE", "TUR"), "KAAN", "proposed")]


def test_work_a_contract_carries_is_joint_only_when_it_develops_or_makes_parts():
    text = ("Chile and Spain signed a defence contract on Monday. Under the contract, components of the Halcon "
            "trainer aircraft will be produced and developed in both countries.")
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("CHL", "ESP"), "Halcon trainer aircraft")]
    text = ("Chile and Spain signed a defence contract on Monday. Under the contract, twelve patrol boats will be "
            "produced at the shipyard.")
    assert _programmes(text) == []


def test_abstract_work_made_together_is_no_programme():
    text = "Fiji and Australia are working together to develop joint responses to regional security needs."
    assert _programmes(text) == []


def test_a_plant_for_a_system_without_a_making_verb_and_a_known_makers_plant():
    text = "A Danish defence group will open an assembly line in Latvia for armoured vehicles."
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("DNK", "LVA"), "armoured vehicles")]
    text = "A new plant will be built in Indonesia to assemble Anka drones, officials said."
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("IDN", "TUR"), "Anka")]


def test_licence_built_known_systems_take_their_maker():
    text = "Poland will produce K2PL tanks under licence from South Korea starting in 2026."
    assert [(p, n) for p, n, _ in _programmes(text)] == [(("KOR", "POL"), "K2 tank")]


def test_deciding_to_collaborate_in_the_development_of_a_system_is_a_planned_programme():
    text = "Britain and India have decided to collaborate in the development of a jet engine, officials said."
    found = of_type(facts(text, "2025-06-04"), "joint_programme")
    assert [(f.parties, f.programme, f.status) for f in found] == [(("GBR", "IND"), "jet engine", "planned")]


def test_shared_development_of_a_system_is_a_programme():
    text = ("India and the United States agreed on Sunday to open the door to shared development of aircraft carrier "
            "and jet engine technology.")
    found = of_type(facts(text, "2025-06-04"), "joint_programme")
    assert {(f.parties, f.status) for f in found} == {(("IND", "USA"), "planned")}


def test_parts_and_hardware_in_general_name_no_programme():
    text = ("India and France said their trust shows in the sharing and joint development of critical components and "
            "technology building blocks.")
    assert of_type(facts(text, "2025-06-04"), "joint_programme") == []
    text = ("India and Britain today agreed to deepen defence engagement in counter-terror cooperation, maritime "
            "security and co-development of military hardware.")
    assert of_type(facts(text, "2025-06-04"), "joint_programme") == []


def test_a_quoted_aside_after_a_dash_is_no_programme_name():
    text = ("“The issue is not having two partners who are willing to co-produce an item — there are willing "
            "participants — but money,” a US official said of Ukraine.")
    assert of_type(facts(text, "2025-06-04"), "joint_programme") == []


def test_the_name_a_sentence_gives_the_work_is_the_programme():
    text = "France and Germany will build a missile warning system as part of an initiative called “Jewel”."
    found = of_type(facts(text, "2025-06-04"), "joint_programme")
    assert [(f.parties, f.programme) for f in found] == [(("DEU", "FRA"), "Jewel")]
    text = "The two navies will co-develop an unmanned surface vessel dubbed Sea Hunter II, Japan and Australia said."
    assert [f.programme for f in of_type(facts(text, "2025-06-04"), "joint_programme")] == ["Sea Hunter II"]


def test_a_known_system_keeps_its_reference_name():
    text = "Turkey and Azerbaijan will co-produce the Bayraktar drone, known as Baku's favourite, under a deal."
    assert [f.programme for f in of_type(facts(text, "2025-06-04"), "joint_programme")] == ["Bayraktar"]


def test_two_lines_of_work_sharing_a_general_head_are_two_programmes():
    text = ("India and the United States agreed on Sunday to open the door to shared development of aircraft carrier "
            "and jet engine technology.")
    found = of_type(facts(text, "2025-06-04"), "joint_programme")
    assert sorted(f.programme for f in found) == ["aircraft carrier technology", "jet engine technology"]
    text = "Japan and Britain will jointly develop command and control systems for their navies."
    assert [f.programme for f in of_type(facts(text, "2025-06-04"), "joint_programme")] == ["command and control systems"]


def test_a_known_programme_an_agency_is_set_up_to_run_is_told_on_that_day():
    text = """
    The defence ministers of Spain, Germany and France signed a convention in Madrid on Thursday establishing a joint agency to run the FCAS programme.
    FCAS was launched in June 2019, when the three governments agreed to develop a new fighter together.
    """
    found = [f for f in of_type(facts(text, "2025-06-06"), "joint_programme") if f.programme == "FCAS"]
    assert [(f.parties, f.date, len(f.evidence)) for f in found] == [(("DEU", "ESP", "FRA"), "2025-06-05", 2)]


def test_the_three_governments_developing_a_system_are_the_articles_three_states():
    text = """
    The defence ministers of Spain, Germany and France met in Madrid on Thursday.
    The three governments agreed to develop a new stealth drone together by 2040.
    """
    found = of_type(facts(text, "2025-06-06"), "joint_programme")
    assert [f.parties for f in found] == [("DEU", "ESP", "FRA")]
