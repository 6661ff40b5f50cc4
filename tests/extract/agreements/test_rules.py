"""Agreements: kinds from names and acronyms, the step told (signed, in force, negotiated), anaphors."""

from tests.extract.helpers import facts


def agreements(text: str, published: str = "2024-03-15"):
    return sorted((f.type, f.parties, f.agreement_kind, f.date, f.status) for f in facts(text, published)
                  if f.type.startswith("agreement_"))


def test_signed_information_pact():
    text = "South Korea and Poland signed a General Security of Military Information Agreement in Warsaw on Monday."
    assert agreements(text) == [("agreement_signed", ("KOR", "POL"), "isa", "2024-03-11", "occurred")]


def test_access_pact_takes_effect():
    text = "The reciprocal access agreement between Japan and Britain took effect in October last year."
    assert agreements(text) == [("agreement_in_force", ("GBR", "JPN"), "raa", "2023-10", "occurred")]


def test_anaphor_points_to_the_named_pact():
    text = """
    Vietnam and the Philippines are negotiating a logistics support agreement, officials said.
    The two sides hope to sign the pact before the end of the year.
    """
    got = agreements(text)
    assert ("agreement_negotiation", ("PHL", "VNM"), "acsa", "2024-03", "ongoing") in got
    assert any(t == "agreement_signed" and k == "acsa" and s == "proposed" for t, _, k, _, s in got)


def test_us_defence_cooperation_agreement_is_an_access_pact():
    text = "Norway and the United States signed a supplementary defense cooperation agreement on Friday."
    assert agreements(text)[0][2] == "raa"


def test_purchase_contract_carries_its_price():
    found = [f for f in facts("Egypt signed a contract worth 2.5 billion euros with France for 12 Rafale jets on Monday.")
             if f.type == "agreement_signed"]
    assert [(f.parties, f.agreement_kind, f.amount.value, f.amount.currency) for f in found] == [
        (("EGY", "FRA"), "contract", 2.5e9, "EUR")]


def test_the_agreement_later_is_the_contract_told_first():
    text = """
    Chile has signed a formal agreement with Spain to buy four patrol ships for 500 million euros.
    The defence ministers of the two countries signed the agreement in Madrid on Friday.
    """
    signed = [f for f in facts(text, "2024-03-16") if f.type == "agreement_signed"]
    assert [(f.agreement_kind, f.date, f.amount.value) for f in signed] == [("contract", "2024-03-15", 5e8)]


def test_an_order_from_home_industry_is_no_cooperation():
    text = "Turkey signed an order for 40 domestically built drones on Monday, months after talks with Qatar."
    assert [f for f in facts(text) if f.type == "agreement_signed"] == []


def test_other_signing_phrasings():
    assert agreements("Chile and Brazil put pen to paper on a memorandum of understanding on naval training on Monday.") == [
        ("agreement_signed", ("BRA", "CHL"), "memorandum", "2024-03-11", "occurred")]
    assert agreements("Kenya and Britain renewed their memorandum on defence training on Tuesday.")[0][:3] == (
        "agreement_signed", ("GBR", "KEN"), "memorandum")
    assert agreements("Egypt and Greece signed a letter of arrangement on military research on Tuesday.")[0][2] == "memorandum"


def test_roadmap_agreed_on_is_adopted():
    text = "The defence ministers of Thailand and Laos agreed on a roadmap for border cooperation in Vientiane on Monday."
    assert agreements(text) == [("agreement_signed", ("LAO", "THA"), "action_plan", "2024-03-11", "occurred")]


def test_short_name_of_an_access_pact_keeps_its_kind():
    text = """
    Japan and Peru signed a reciprocal access agreement in Lima in July.
    Meanwhile, Japan and Chile held talks on defence equipment in Tokyo on Monday.
    The access agreement took effect on Wednesday after both parliaments approved it.
    """
    assert ("agreement_in_force", ("JPN", "PER"), "raa", "2024-03-13", "occurred") in agreements(text)


def test_entry_into_force_outweighs_a_ratification_in_the_same_sentence():
    text = """
    Japan and Peru signed a reciprocal access agreement in Lima in July.
    The Peruvian Congress ratified the pact in December, and it entered into force on Thursday.
    """
    assert ("agreement_in_force", ("JPN", "PER"), "raa", "2024-03-14", "occurred") in agreements(text)


def test_in_force_in_a_new_paragraph_points_back_past_a_bystander():
    text = """
    Japan and Peru signed a reciprocal access agreement in Lima in July.
    Bolivia's foreign ministry criticised the deal on Friday, saying it threatened regional peace.
    The agreement entered into force on Thursday.
    """
    assert ("agreement_in_force", ("JPN", "PER"), "raa", "2024-03-14", "occurred") in agreements(text)


def test_in_force_takes_the_sides_of_the_last_pact_of_its_kind():
    text = """
    Japan and Peru signed a reciprocal access agreement in Lima in July.
    In December, Japan and Chile signed a logistics support agreement in Santiago.
    The access agreement entered into force on Thursday, the defence ministry said.
    """
    assert ("agreement_in_force", ("JPN", "PER"), "raa", "2024-03-14", "occurred") in agreements(text)


def test_acronym_subject_points_back_to_its_pact():
    text = """
    Japan and Peru signed a reciprocal access agreement in Lima in July.
    The RAA entered into force on Thursday.
    """
    assert ("agreement_in_force", ("JPN", "PER"), "raa", "2024-03-14", "occurred") in agreements(text)


def test_legislature_approving_a_pact_ratifies_it():
    text = "Norway's parliament on Tuesday approved the defence cooperation agreement with the United States."
    assert agreements(text) == [("agreement_in_force", ("NOR", "USA"), "raa", "2024-03-12", "occurred")]


def test_declaration_of_intent_is_a_memorandum():
    text = "Chile and Peru signed a declaration of intent on naval cooperation in Lima on Monday."
    assert agreements(text) == [("agreement_signed", ("CHL", "PER"), "memorandum", "2024-03-11", "occurred")]


def test_pact_signed_in_the_past_taking_effect_now_gives_two_steps():
    text = "The reciprocal access agreement between Chile and Peru, signed in 2021, took effect on Wednesday, officials said."
    got = agreements(text)
    assert ("agreement_in_force", ("CHL", "PER"), "raa", "2024-03-13", "occurred") in got
    assert ("agreement_signed", ("CHL", "PER"), "raa", "2021", "occurred") in got


def test_cooperation_and_implementation_plans_are_action_plans():
    text = "Kenya's defence minister said on Tuesday they had signed a Defence Cooperation Plan with Turkey's defence minister."
    assert agreements(text) == [("agreement_signed", ("KEN", "TUR"), "action_plan", "2024-03-12", "occurred")]
    text = "Chile and Peru adopted an implementation plan for their military cooperation in Lima on Monday."
    assert [(t, p, k) for t, p, k, _, _ in agreements(text)] == [("agreement_signed", ("CHL", "PER"), "action_plan")]


def test_military_technical_pact_is_an_equipment_framework():
    text = "Ghana and Russia have signed a new military-technical cooperation agreement, the embassy said on Monday."
    assert [(t, p, k) for t, p, k, _, _ in agreements(text)] == [("agreement_signed", ("GHA", "RUS"), "equipment_transfer")]


def test_generic_deal_for_a_sale_is_a_contract():
    text = "Italy signed an agreement with Qatar for the sale of 12 patrol vessels on Friday."
    assert [(t, p, k) for t, p, k, _, _ in agreements(text)] == [("agreement_signed", ("ITA", "QAT"), "contract")]
    text = "Spain and Peru on Monday signed an accord for Lima to buy four Spanish frigates."
    assert [(t, p, k) for t, p, k, _, _ in agreements(text)] == [("agreement_signed", ("ESP", "PER"), "contract")]


def test_work_on_a_text_is_negotiation_even_with_a_signing_ahead():
    text = "Brazil and Chile are working on fine-tuning a logistics agreement which will be ready to be signed at the next summit."
    got = agreements(text)
    assert [(t, p, k) for t, p, k, _, _ in got] == [("agreement_negotiation", ("BRA", "CHL"), "acsa")]


def test_a_hubs_list_of_earlier_pacts_is_background():
    text = """
    Mexico and Peru signed a logistics support agreement in Lima on Monday.
    Since then, Mexico has signed similar agreements with Chile, Colombia, Ecuador and Uruguay.
    """
    assert {p for _, p, _, _, _ in agreements(text)} == {("MEX", "PER")}


def test_a_comparison_clause_lends_no_parties_to_the_next_sentence():
    text = """
    Egypt is negotiating a logistics support agreement with Kenya, officials said on Monday.

    The draft is similar to the ones Egypt has signed with Greece and Cyprus. Egypt has also signed similar pacts \
with Greece, Cyprus, Jordan and Oman. The two leaders will sign the pact in May.
    """
    got = agreements(text)
    assert {p for _, p, _, _, _ in got} == {("EGY", "KEN")}
    assert any(t == "agreement_signed" and s == "planned" for t, _, _, _, s in got)


def test_states_in_an_aside_clause_are_not_the_signers():
    text = ("The letter of intent for the purchase of the corvettes was inked on Monday, two weeks after Chile was left "
            "fuming by Peru's cancellation of a contract to buy Chilean boats as part of a new pact with Brazil and Spain.")
    assert agreements(text) == []  # no state of the main clause signs: the aside's states are another story


def test_two_clauses_with_their_own_pairs_are_not_one_signing():
    text = "Chile and Peru train together under their reciprocal access agreement, and Brazil and Peru have signed their own."
    assert [(t, p) for t, p, _, _, _ in agreements(text)] == [("agreement_signed", ("BRA", "PER"))]
    text = "Chile and Peru signed a logistics agreement on Monday and agreed to hold naval drills with Brazil."
    assert [(t, p) for t, p, _, _, _ in agreements(text)] == [("agreement_signed", ("CHL", "PER"))]


def test_hyphenated_co_operation_plan_signed_before_the_main_verb():
    text = "Britain and Kenya are to deepen military ties following the signing of a new defence co-operation plan."
    assert [(t, p, k, s) for t, p, k, _, s in agreements(text)] == [
        ("agreement_signed", ("GBR", "KEN"), "action_plan", "occurred")]


def test_negotiations_as_a_pacts_means_are_no_talks():
    text = """
    Chile and Peru signed a defence treaty in Lima on Monday.
    Any dispute under the treaty shall be settled through consultation and negotiations, the text says.
    """
    assert [t for t, _, _, _, _ in agreements(text)] == ["agreement_signed"]


def test_a_dated_deal_told_again_is_the_same_sale():
    text = """
    Peru's defence minister signed a deal on Tuesday worth about 2 billion euros to buy 24 of Spain's used fighter jets.
    Tuesday's deal was signed at a Spanish air force base.
    """
    assert [(t, p, k) for t, p, k, _, _ in agreements(text)] == [("agreement_signed", ("ESP", "PER"), "contract")]


def test_a_step_under_a_denied_telling_verb_is_no_fact():
    text = """
    Washington approved the possible sale of rocket launchers to Poland on Tuesday, the Pentagon said.
    The notice does not yet indicate that a contract has been signed with Poland or that negotiations have reached a conclusion.
    """
    assert agreements(text) == []


def test_a_comparison_inside_the_signing_sentence_keeps_the_signing():
    text = "Chile and Peru signed a logistics support agreement on Monday, similar to the one Chile signed with Brazil in 2022."
    assert [(t, p, k) for t, p, k, _, _ in agreements(text)] == [("agreement_signed", ("CHL", "PER"), "acsa")]


def _kinds_of(text: str) -> list[str]:
    return [k for t, _, k, _, _ in agreements(text) if t == "agreement_signed"]


def test_cooperation_arrangement_is_a_memorandum():
    assert _kinds_of("Chile and Peru signed on Monday a defence co-operation arrangement in Lima.") == ["memorandum"]


def test_logistical_agreement_is_an_acsa():
    assert _kinds_of("On Monday, Indonesia and India signed a mutual logistical agreement for their navies.") == ["acsa"]


def test_mutual_defence_pact_is_a_treaty():
    assert _kinds_of("Egypt and Sudan have signed a formal mutual defence pact, officials said on Monday.") == ["treaty"]


def test_plan_of_ties_and_of_joint_events_are_action_plans():
    assert _kinds_of("Tajikistan and Uzbekistan signed a document outlining a plan of bilateral military ties "
                     "on Monday.") == ["action_plan"]
    assert _kinds_of("Following the talks, Armenia and Greece signed an agreement between their defence ministries "
                     "to hold a series of joint events.") == ["action_plan"]


def test_agreement_allowing_rotational_presence_is_an_access_pact():
    got = agreements("Australia and the United States concluded their third round of talks for an agreement that "
                     "would allow greater rotational presence of American forces in the country.")
    assert [(t, k, s) for t, _, k, _, s in got] == [("agreement_negotiation", "raa", "ongoing")]  # the talks, not the pact


def test_upgraded_instrument_gives_way_to_the_new_one():
    got = agreements("The signing came a week after Canberra, where Malaysia and Australia announced the conclusion of "
                     "negotiations to upgrade their cooperation arrangement to a treaty-level agreement.")
    assert {k for _, _, k, _, _ in got} == {"treaty"}


def test_one_chamber_voting_the_ratification_bill_leaves_ratification_under_way():
    got = agreements("Armenia's parliament on Wednesday approved a bill on the ratification of the defence "
                     "cooperation agreement with Greece.")
    assert [(t, s) for t, _, _, _, s in got] == [("agreement_in_force", "ongoing")]


def test_a_signing_told_as_a_condition_is_no_event():
    got = agreements("Serbia and Hungary's old defence cooperation agreement will lapse as soon as the new treaty "
                     "is adopted.")
    assert not [t for t, _, _, _, s in got if t == "agreement_signed" and s == "planned"]


def test_signed_as_an_adjective_names_old_pacts():
    got = agreements("Host and guest agreed to keep implementing defence cooperation in accordance with signed "
                     "agreements between Chile and Peru.")
    assert not [t for t, _, _, _, _ in got if t == "agreement_signed"]
    assert _kinds_of("Chile and Peru signed two defence agreements on Monday.") == ["other"]


def test_procurement_and_export_agreements_are_contracts():
    assert _kinds_of("On Monday, Qatar and Turkey signed two procurement agreements for armed drones.") == ["contract"]


def test_a_pact_signed_in_a_participle_is_a_past_signing_not_talks():
    got = agreements("The ministers of Chile and Peru also discussed initiatives to improve military ties based on "
                     "the defence agreement signed in 2021, including training.", "2024-05-02")
    assert [(t, d, s) for t, _, _, d, s in got] == [("agreement_signed", "2021", "occurred")]


def test_talks_with_a_state_after_a_named_contract_are_on_that_contract():
    text = """Portugal signed a contract with Sweden on Thursday for 12 Gripen fighter jets for its air force.
The contract ends a long selection. Lisbon announced in January that it had chosen the Gripen over rival offers, and then opened negotiations with Sweden on the size and price of the package."""
    got = agreements(text)
    assert ("agreement_negotiation", ("PRT", "SWE"), "contract", "2024-01", "occurred") in got


def test_talks_with_a_state_on_trade_are_no_defence_negotiation():
    text = """Portugal signed a contract with Sweden on Thursday for 12 Gripen fighter jets for its air force.
Lisbon also opened negotiations with Sweden on a trade and investment package, the ministry said."""
    assert [t for t, *_ in agreements(text)] == ["agreement_signed"]


def test_progress_on_a_text_is_talks_going_on():
    text = 'Chile and Peru have made "substantial progress" on the text of a logistics support agreement, officials said on Monday.'
    assert agreements(text) == [("agreement_negotiation", ("CHL", "PER"), "acsa", "2024-03-11", "ongoing")]


def test_intergovernmental_convention_is_a_treaty():
    text = ("The defence ministers of Germany, Spain and France signed an intergovernmental convention in Madrid on "
            "Thursday establishing a joint agency to run their fighter programme.")
    assert [(t, k) for t, _, k, _, _ in agreements(text)] == [("agreement_signed", "treaty")]


def test_close_to_signing_is_talks_with_a_signing_ahead():
    text = "Chile and Peru are close to signing a logistics support agreement, the Chilean defence minister said on Thursday."
    assert agreements(text) == [("agreement_negotiation", ("CHL", "PER"), "acsa", "2024-03-14", "planned")]


def test_signing_close_to_a_border_is_still_a_signing():
    text = "Chile and Peru signed a logistics support agreement close to their border on Thursday."
    assert [t for t, *_ in agreements(text)] == ["agreement_signed"]


def test_exchange_of_notes_before_entry_into_force_is_no_signing():
    text = ("The status of forces agreement between Chile and Peru is set to go into effect on May 2 after the two sides "
            "exchanged diplomatic notes in Lima on Tuesday, the foreign ministry said.")
    assert [(t, k) for t, _, k, _, _ in agreements(text)] == [("agreement_in_force", "raa")]


def test_exchanged_signed_copies_is_still_a_signing():
    text = "Chile and Peru exchanged the signed logistics support agreement in Lima on Tuesday, officials said."
    assert [t for t, *_ in agreements(text)] == ["agreement_signed"]


def test_calls_to_publish_a_text_are_no_negotiation():
    text = """Chile and Peru signed a defence memorandum in Lima on Monday.
Opposition lawmakers called for the text of the memorandum to be made public, arguing that the military deal needs scrutiny."""
    assert [t for t, *_ in agreements(text)] == ["agreement_signed"]


def test_declaration_named_after_a_city_is_an_action_plan():
    text = ("The new planning group was created under the Lisbon Declaration, adopted by the presidents of Portugal and "
            "Brazil at their defence summit in Lisbon on April 26.")
    assert [(t, k) for t, _, k, _, _ in agreements(text)] == [("agreement_signed", "action_plan")]


def test_a_sentence_opening_the_declaration_names_no_instrument():
    text = """Brazil and Portugal held defence talks in Lisbon on Friday.
The Declaration of the summit's host city was read out before the military parade."""
    assert agreements(text) == []


def test_welcomed_finalisation_of_an_arrangement_is_a_signing():
    text = """The prime ministers of Brazil and Portugal met in Lisbon on Friday to discuss defence cooperation.
A joint statement said the two leaders welcomed the finalisation of the Letter of Arrangement between their defence research agencies."""
    assert [(t, k, s) for t, _, k, _, s in agreements(text)] == [("agreement_signed", "memorandum", "occurred")]


def test_working_towards_finalisation_is_talks():
    text = """The prime ministers of Brazil and Portugal met in Lisbon on Friday to discuss defence cooperation.
The two sides are working towards the finalisation of a logistics support agreement, officials said."""
    assert [t for t, *_ in agreements(text)] == ["agreement_negotiation"]


def test_a_rival_bid_names_no_side():
    text = ("Chile's defence ministry has signed a contract with France's Naval Group for two submarines worth US$900 million, "
            "beating a rival offer from Germany's TKMS, a spokesman said on Wednesday.")
    assert [p for _, p, *_ in agreements(text)] == [("CHL", "FRA")]


def test_calls_to_buy_elsewhere_name_no_side():
    text = ("Peru has concluded an agreement with South Korea for 20 howitzers, the minister told congress on Thursday, "
            "rejecting opposition calls to buy from Brazil instead.")
    assert [p for _, p, *_ in agreements(text)] == [("KOR", "PER")]


def test_a_critic_in_a_judging_clause_is_no_side():
    text = ("Chile and Peru reached an agreement in principle on Monday on the supply of more patrol boats, in a deal "
            "that Bolivia's foreign ministry called destabilising.")
    assert [p for _, p, *_ in agreements(text)] == [("CHL", "PER")]


def test_struck_without_an_instrument_is_no_signing():
    text = ("Chile and Peru signed a logistics support agreement on Wednesday. "
            "The pact comes a week after Bolivia struck rebel camps near the border.")
    assert [(t, p) for t, p, *_ in agreements(text)] == [("agreement_signed", ("CHL", "PER"))]


def test_struck_a_deal_is_a_signing():
    text = "Chile and Peru struck a deal on Wednesday for the joint purchase of patrol aircraft, officials said."
    assert [t for t, *_ in agreements(text)] == ["agreement_signed"]


def test_talks_between_the_sides_on_a_pact_are_negotiation():
    text = "Talks between Chile and Peru on an agreement for joint border patrols are under way, a Chilean defence official said."
    assert [t for t, *_ in agreements(text)] == ["agreement_negotiation"]


def test_a_pact_proposed_to_the_other_side_is_negotiation():
    text = "Spain has proposed a new agreement on defence industry cooperation to Morocco, a Spanish official said on Tuesday."
    assert [(t, s) for t, _, _, _, s in agreements(text)] == [("agreement_negotiation", "proposed")]


def test_entry_into_force_told_as_a_noun():
    text = ("The entry into force of the reciprocal access agreement between Chile and Peru on Wednesday was hailed as "
            "a milestone by the defence ministers.")
    assert [(t, k) for t, _, k, _, _ in agreements(text)] == [("agreement_in_force", "raa")]


def test_a_statement_of_intent_is_a_memorandum():
    text = "Estonia and Latvia signed a statement of intent on military medical training in Tallinn on Wednesday."
    assert agreements(text) == [("agreement_signed", ("EST", "LVA"), "memorandum", "2024-03-13", "occurred")]


def test_a_multi_year_partnership_programme_is_an_action_plan():
    text = "Belarus and Kazakhstan signed a strategic partnership programme for 2026-2028 on military ties on Wednesday."
    assert [(t, p, k) for t, p, k, _, _ in agreements(text)] == [("agreement_signed", ("BLR", "KAZ"), "action_plan")]


def test_a_plan_concerning_cooperation_in_defence_is_an_action_plan():
    text = ("The ministers signed the Plan concerning Cooperation in Defence between Cambodia and Laos in Vientiane "
            "on Wednesday.")
    assert [(t, p, k) for t, p, k, _, _ in agreements(text)] == [("agreement_signed", ("KHM", "LAO"), "action_plan")]


def test_ministers_approving_a_cooperation_plan_adopt_it():
    text = "The defence ministers of Ghana and Togo approved a military cooperation plan for 2025 in Lome on Wednesday."
    assert [(t, p, k) for t, p, k, _, _ in agreements(text)] == [("agreement_signed", ("GHA", "TGO"), "action_plan")]


def test_approving_a_plan_to_buy_is_no_pact():
    text = "The Ghanaian cabinet approved a plan to buy four patrol boats from Turkey on Wednesday."
    assert agreements(text) == []


def test_negotiating_with_a_supplier_for_jets_is_a_sale_under_negotiation():
    text = "Peru is negotiating with South Korea for 20 FA-50 fighter jets, the air force said on Wednesday."
    assert agreements(text) == [("agreement_negotiation", ("KOR", "PER"), "contract", "2024-03-13", "ongoing")]


def test_negotiating_with_a_partner_for_better_ties_names_no_pact():
    text = "Peru is negotiating with South Korea for better defence ties, the air force said on Wednesday."
    assert agreements(text) == []


def test_a_ratification_clearing_the_way_to_entry_into_force_is_the_step_told():
    text = ("Chile's Senate on Wednesday ratified a status of forces agreement with Peru, clearing the way for it to "
            "enter into force.")
    assert agreements(text) == [("agreement_in_force", ("CHL", "PER"), "raa", "2024-03-13", "occurred")]


def test_an_entry_into_force_wanted_ahead_stays_planned():
    text = "Chile and Peru want the status of forces agreement to enter into force next year, officials said on Wednesday."
    assert [(t, s) for t, _, _, _, s in agreements(text)] == [("agreement_in_force", "planned")]


def test_negotiations_opened_with_no_state_named_are_on_the_pact_told_before():
    text = """
    Chile and Peru want a status of forces agreement to ease joint naval drills.

    Negotiations were formally opened in Lima on Wednesday, officials said.
    """
    assert agreements(text) == [("agreement_negotiation", ("CHL", "PER"), "raa", "2024-03-13", "occurred")]


def test_talks_opened_on_another_states_trade_deal_are_no_pact_talks():
    text = """
    Chile and Peru want a status of forces agreement to ease joint naval drills.

    Talks began on Wednesday on a trade deal with Bolivia, officials said.
    """
    assert [p for _, p, _, _, _ in agreements(text)] == []


def test_agreeing_to_start_talks_on_renewing_a_pact_is_no_signing():
    text = "Chile and Peru agreed on Wednesday to start talks on renewing their defence cooperation agreement."
    assert [t for t, _, _, _, _ in agreements(text)] == ["agreement_negotiation"]


def test_renewing_a_pact_is_a_signing():
    text = "Chile and Peru renewed their defence cooperation agreement in Lima on Wednesday."
    assert [t for t, _, _, _, _ in agreements(text)] == ["agreement_signed"]


def test_an_agreement_with_its_day_before_the_purchase_is_a_contract():
    text = "Bolivia and China signed an agreement on Wednesday for the purchase of K-8 trainer jets."
    assert [(t, k) for t, _, k, _, _ in agreements(text)] == [("agreement_signed", "contract")]
