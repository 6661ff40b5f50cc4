"""Policy changes, session 3: the changing verb's subject owns the change; new frames (strategy released, opt-out
scrapped, export permits for partners, an open licence, easier exports, firsts in arms deliveries); proposals."""

from tests.extract.helpers import facts, of_type


def policies(text: str, published: str = "2024-03-15"):
    return sorted((f.parties, f.status) for f in of_type(facts(text, published), "policy_change"))


def test_the_subject_of_the_change_owns_it_not_the_recipient_named_before():
    text = "Norway said on Friday it would ship howitzers to Kyiv, ending its ban on sending arms to countries at war."
    assert [p for p, _s in policies(text)] == [("NOR",)]


def test_a_published_defence_strategy():
    text = "The Canadian government released its first Indo-Pacific defence strategy on Tuesday."
    assert [p for p, _s in policies(text)] == [("CAN",)]


def test_voters_scrapping_an_opt_out():
    text = "Maltese voters decided on Saturday to scrap the island's opt-out from the bloc's common defence policy."
    assert [p for p, _s in policies(text, "2024-06-10")] == [("MLT",)]


def test_export_permits_for_partners_to_pass_on_weapons():
    text = "The Dutch government will grant the export licences that allies need to pass on its Patriot interceptors."
    assert [p for p, _s in policies(text)] == [("NLD",)]
    text = "Madrid cleared Portugal on Monday to re-export Spanish-made armoured vehicles to Kyiv."
    assert [p for p, _s in policies(text)] == [("ESP",)]


def test_an_open_licence_belongs_to_the_state_opening_it_not_to_its_beneficiary():
    text = "Britain announced an open general export licence for Japan to speed up joint work on fighter engines."
    assert [p for p, _s in policies(text)] == [("GBR",)]


def test_making_arms_exports_easier():
    text = "South Korea is making it easier for its arms makers to export howitzers, officials said on Tuesday."
    assert [p for p, _s in policies(text)] == [("KOR",)]


def test_a_commitment_to_a_share_of_gdp():
    text = "Belgium's prime minister announced a commitment to spend 2.5 per cent of GDP on defence from next year."
    assert [p for p, _s in policies(text)] == [("BEL",)]


def test_a_first_in_arms_deliveries():
    text = "Japan will for the first time supply lethal weapons to a country at war, the government said on Monday."
    assert [p for p, _s in policies(text)] == [("JPN",)]


def test_a_proposal_is_proposed():
    text = "The Austrian government wants to relax its arms export rules, according to a draft bill seen by reporters."
    assert policies(text) == [(("AUT",), "proposed")]


def test_easier_trade_of_other_goods_and_a_drill_first_are_no_policy():
    text = """
    A new road makes it easier for Kenyan farmers to sell their produce in Nairobi.
    For the first time, Brazilian troops trained alongside US marines in arms-handling drills on Tuesday.
    """
    assert policies(text) == []


def test_limits_eased_and_a_plan_released_under_guidelines():
    text = "The South Korean government is considering easing limits on arms exports to a handful of partners."
    assert policies(text) == [(("KOR",), "proposed")]
    text = "Seoul's new five-year defence plan, released on Tuesday under the national security guidelines, adds drones."
    assert policies(text) == []


def test_a_spending_goal_as_a_yardstick_is_no_change():
    text = """
    Portugal remains short of NATO's goal to spend 2 per cent of GDP on defence, officials said on Monday.
    Critics faulted Canada for failing to meet the commitment to spend 2 per cent of GDP on defence.
    """
    assert policies(text) == []
    text = "The Greek prime minister announced new frigates and a commitment to spend 3 per cent of GDP on defence."
    assert [p for p, _s in policies(text)] == [("GRC",)]


def test_a_consultation_required_by_a_decision_does_not_make_it_a_proposal():
    text = ("Norway extended its ban on arms exports to Qatar on Monday, subject to consultation with partners "
            "during this period.")
    assert policies(text) == [(("NOR",), "occurred")]
    text = "Oslo launched consultations on relaxing its arms export rules on Monday."
    assert policies(text) == [(("NOR",), "proposed")]


def test_a_demand_on_another_state_is_no_change_and_a_revised_law_is():
    text = "Kyiv urged Berlin once more to lift its restrictions on long-range missiles, officials said on Monday."
    assert policies(text) == []
    text = "Indonesia amended its defence industry law to allow arms exports to partner states."
    assert [p for p, _s in policies(text)] == [("IDN",)]


def test_a_rule_change_a_treaty_left_and_an_import_ban():
    text = "Seoul's cabinet on Tuesday approved a rule change that lets its firms export howitzers to Europe."
    assert [p for p, _s in policies(text)] == [("KOR",)]
    text = "Lithuania will withdraw from the convention banning cluster munitions, its defence minister said on Friday."
    assert [p for p, _s in policies(text)] == [("LTU",)]
    text = "Indonesia has banned the import of 300 more military spare parts to favour local suppliers."
    assert [p for p, _s in policies(text)] == [("IDN",)]
    text = "Finnish lawmakers voted on Tuesday to let allied troops train on its soil, overturning a policy of barring foreign forces."
    assert [p for p, _s in policies(text)] == [("FIN",)]


def test_troops_withdrawn_near_a_treaty_and_a_school_rule_change_are_no_policy():
    text = """
    Britain withdrew troops from the area covered by the 1990 treaty on Monday.
    The education minister made a rule change on school hours on Monday.
    """
    assert policies(text) == []


def test_withheld_export_permits_and_a_halt_of_exports_of_materiel():
    text = "Belgium will stop issuing new licences for the export of ammunition to Colombia, its foreign minister said on Monday."
    assert policies(text) == [(("BEL",), "planned")]
    text = "Spain on Thursday revoked twelve arms export permits to Myanmar."
    assert policies(text) == [(("ESP",), "occurred")]
    text = "A court in Oslo told the government to halt exports of tank spare parts to Turkey on Friday."
    assert [p for p, _s in policies(text)] == [("NOR",)]


def test_a_licence_or_export_halt_outside_defence_is_no_policy():
    text = """
    Poland suspended the fishing licences of two Danish trawlers on Monday.
    Austria halted exports of timber to Hungary on Tuesday, while its defence minister was abroad.
    Activists renewed calls to halt arms sales to Qatar on Wednesday.
    """
    assert policies(text) == []


def test_a_dropped_veto_an_eased_participle_and_a_pass_on_rule():
    text = "Austria withdrew its veto on the sale of Leopard tanks to Slovakia, its chancellor said on Monday."
    assert [p for p, _s in policies(text)] == [("AUT",)]
    text = "Seoul's cabinet on Friday adopted relaxed rules for defence exports, ending a 40-year curb."
    assert [p for p, _s in policies(text)] == [("KOR",)]
    text = "Austrian deputies will debate a law that would let buyers of Austrian rifles hand them on to Moldova."
    assert policies(text) == [(("AUT",), "planned")]
    text = "Italy's foreign minister promised on Friday to loosen the country's arms export rules for European projects."
    assert policies(text) == [(("ITA",), "planned")]


def test_an_ended_defence_accord_names_its_partner_and_talks_end_nothing():
    found = of_type(facts("Mali's junta ordered Danish soldiers out on Tuesday, ending a 2021 accord on their presence.",
                          "2024-05-16"), "policy_change")
    assert [(f.parties, f.date) for f in found] == [(("DNK", "MLI"), "2024-05-14")]
    text = "Thailand and Laos ended talks on a defence pact without agreement on Monday."
    assert policies(text) == []


def test_a_share_target_told_with_its_announcement_day_is_that_days_change():
    found = of_type(facts("Latvia will lift defence spending to 4% of GDP next year, its prime minister said on 14 May.",
                          "2024-05-16"), "policy_change")
    assert [(f.parties, f.date, f.status) for f in found] == [(("LVA",), "2024-05-14", "occurred")]


def test_a_vote_taken_to_overturn_a_policy_is_a_change_made():
    text = "Norwegian lawmakers voted on Tuesday to let allied jets be based at home, ending a policy of no foreign bases."
    assert policies(text) == [(("NOR",), "occurred")]


def test_a_change_that_opens_a_period_is_background():
    text = "Seoul won its largest arms order in June since it relaxed its rules on weapons exports."
    assert policies(text) == []


def test_a_vision_for_the_forces_unveiled_is_a_new_policy():
    text = "Ireland's government published on Monday a ten-year vision for the defence forces, doubling naval patrols."
    assert [p for p, _s in policies(text)] == [("IRL",)]
    text = "Ireland's president unveiled a statue for the defence forces memorial in Dublin on Monday."
    assert policies(text) == []


def test_a_conditional_share_target_is_no_change_made_that_day():
    text = "If it wins power, the opposition would raise defence spending to 3% of GDP, its leader said on 4 May."
    assert all(s != "occurred" for _p, s in policies(text, "2024-05-16"))
