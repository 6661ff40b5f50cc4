"""Arms transfers: a named buyer and seller, the maker's state for known systems."""

from tests.extract.helpers import facts, of_type


def transfers(text: str):
    return [(f.parties, f.status) for f in of_type(facts(text, "2024-04-01"), "arms_transfer")]


def test_known_system_brings_its_maker():
    assert transfers("Poland will buy 96 more K9 howitzers, the defence ministry in Warsaw said.") == [
        (("KOR", "POL"), "planned")]


def test_delivery_between_named_states():
    assert transfers("Germany delivered four patrol boats to Ghana last week.") == [(("DEU", "GHA"), "occurred")]


def test_no_named_buyer_no_transfer():
    assert transfers("Japan wants to export more defence equipment to friendly countries.") == []


def test_approved_sale_names_seller_and_buyer_and_is_planned():
    text = "Washington approved the sale of 40 F-16 fighter jets to Taiwan, a senior official said."
    assert transfers(text) == [(("TWN", "USA"), "planned")]


def test_buyer_as_subject_and_seller_after_from():
    assert transfers("Turkey received the first batch of S-400 missile systems from Russia.") == [(("RUS", "TUR"), "occurred")]


def test_a_third_state_that_only_reports_is_no_side():
    text = "Russia supplied attack helicopters to Iran last year, British officials said."
    assert transfers(text) == [(("IRN", "RUS"), "occurred")]


def test_a_company_gives_its_state():
    text = "South Korea's Hanwha won a contract to supply 200 howitzers to Romania."
    assert transfers(text) == [(("KOR", "ROU"), "planned")]


def test_a_maker_from_the_makers_list():
    assert transfers("Egypt ordered 30 fighter jets from Dassault Aviation last month.") == [(("EGY", "FRA"), "occurred")]


def test_supply_the_recipient_with_the_equipment():
    assert transfers("Denmark will supply Ukraine with 19 air defence systems.") == [(("DNK", "UKR"), "planned")]


def test_a_purchase_from_a_domestic_maker_is_no_transfer():
    assert transfers("The Japanese defence ministry bought 12 helicopters from Mitsubishi Heavy Industries.") == []
    assert transfers("The Indian Army ordered 300 rifles from a domestic firm for its own troops.") == []


def test_forces_sent_to_a_place_are_no_transfer():
    assert transfers("China sent warships to waters near Japan on Monday.") == []
    assert transfers("The United States sent two aircraft carriers and 500 troops to the Middle East.") == []
    assert transfers("The Pentagon sent Patriot batteries to Poland for exercises.") == []


def test_sending_materiel_to_a_state_is_a_transfer():
    assert transfers("Canada is sending 40 armoured vehicles to Ukraine.") == [(("CAN", "UKR"), "ongoing")]


def test_offering_a_chance_is_no_transfer():
    text = "For India's air force, the Japanese pilots offer a rare chance to fly beside F-15 fighters."
    assert transfers(text) == []


def test_sale_to_a_government_of_equipment_is_planned_with_its_cost():
    text = ("The US State Department has approved a possible sale to the Government of Norway of 40 anti-ship "
            "missiles for an estimated cost of $1.6 billion.")
    found = [(f.parties, f.status, f.amount.value) for f in of_type(facts(text, "2024-05-10"), "arms_transfer")]
    assert found == [(("NOR", "USA"), "planned", 1.6e9)]


def test_each_supplier_and_each_recipient_in_a_list():
    assert transfers("Germany and the Netherlands will deliver 18 howitzers to Ukraine.") == [
        (("DEU", "UKR"), "planned"), (("NLD", "UKR"), "planned")]


def test_arms_sales_told_as_background_are_no_transfer():
    assert transfers("US arms sales to Taiwan have angered Beijing for decades.") == []


def test_a_total_over_many_purchases_is_no_price():
    text = "Vietnam has so far bought Russian-made warships and fighter jets from Russia totalling about $5 billion."
    found = of_type(facts(text, "2024-05-10"), "arms_transfer")
    assert [(f.parties, f.amount) for f in found] == [(("RUS", "VNM"), None)]


def test_a_ban_or_halt_on_arms_exports_is_no_transfer():
    assert transfers("Norway prolonged its ban on arms exports to Azerbaijan by a year, the ministry said.") == []
    assert transfers("Canada lifted its ban on arms exports to Turkey after the talks.") == []
    assert transfers("Italy halted weapons shipments to Israel, the foreign minister said.") == []
    assert transfers("The EU kept its arms embargo on Belarus and refused to sell jets to Minsk.") == []


def test_supply_as_a_market_is_no_transfer():
    text = "Jakarta wants to end a Russian monopoly over Indonesia's arms supplies, the minister said."
    assert transfers(text) == []
    text = "Hanoi seeks to reduce its dependence on Russian arms imports, analysts said."
    assert transfers(text) == []


def test_taking_delivery_from_a_foreign_state_is_an_occurred_transfer():
    text = "The Ghanaian army took delivery of ten armoured personnel carriers from Turkey on Monday."
    assert transfers(text) == [(("GHA", "TUR"), "occurred")]


def test_inducting_a_foreign_made_system():
    text = "The Bangladesh Air Force on Sunday inducted four China-made K-8 trainer jets."
    assert transfers(text) == [(("BGD", "CHN"), "occurred")]


def test_commissioning_into_a_navy_a_ship_a_foreign_maker_built():
    text = "The corvette built by Naval Group was commissioned into the Romanian Navy on Thursday."
    assert transfers(text) == [(("FRA", "ROU"), "occurred")]


def test_inducting_or_commissioning_a_home_built_ship_is_no_transfer():
    assert transfers("The Indian Navy inducted a new survey vessel built at a local yard on Friday.") == []
    assert transfers("The new patrol ship was commissioned into the Indonesian Navy on Friday.") == []


def test_the_scope_of_an_accord_is_no_transfer():
    text = ("The Angolan embassy in Moscow said the accord provides a legal basis for the supply and repair of "
            "military equipment, the training of officers and technology transfer.")
    assert transfers(text) == []


def test_a_passive_delivery_naming_no_side_is_no_transfer():
    text = ("\"The first French frigates of this class will be delivered in 2029, and the first Greek ones will "
            "follow in 2031,\" a French statement said.")
    assert transfers(text) == []


def test_a_state_the_goods_pass_through_is_no_side():
    text = "Ammunition made in South Korea may end up in Ukraine indirectly through the United States, officials said."
    assert transfers(text) == []


def test_a_foreign_built_ship_inducted_into_a_navy():
    text = "The two patrol submarines, built by Naval Group, were inducted into the Brazilian Navy on Tuesday."
    assert transfers(text) == [(("BRA", "FRA"), "occurred")]
    assert transfers("The two frigates, built at a local yard, were inducted into the Indian Navy on Tuesday.") == []


def test_handover_noun_to_a_state_has_the_other_main_state_as_supplier():
    text = ("Canada marked a new step in its partnership with the handover of a coastal patrol boat to the Republic "
            "of Ghana.")
    assert transfers(text) == [(("CAN", "GHA"), "occurred")]


def test_passive_receipt_by_a_state_figure_has_the_other_main_state_as_supplier():
    text = ("Norway and Latvia have worked closely on maritime security for years.\n"
            "The patrol boat was received by the commander of the Latvian Navy at a ceremony in Bergen on Monday.")
    assert transfers(text) == [(("LVA", "NOR"), "occurred")]


def test_completed_delivery_is_dated_by_its_report():
    found = [(f.parties, f.status, f.date) for f in of_type(facts(
        "A plant official said in March that the delivery of eight patrol boats to Ghana by Germany had been "
        "completed.", "2024-10-01"), "arms_transfer")]
    assert found == [(("DEU", "GHA"), "occurred", "2024-03")]


def test_a_handover_with_no_state_on_either_side_is_no_transfer():
    assert transfers("The ceremony followed the handover of a patrol boat to the navy.") == []


def test_resuming_weapons_exports_is_policy_not_a_delivery():
    text = "Canada may resume exporting weapons to Colombia after the government lifted its ban on Friday."
    assert transfers(text) == []


def test_received_object_split_by_the_parse_still_names_the_equipment():
    text = ("Ghana and Canada have worked together on coastal security for years.\n"
            "The Ghanaian Army has officially received its first six HX-77 Condor attack helicopters as part of a "
            "wider deal.")
    assert transfers(text) == [(("CAN", "GHA"), "occurred")]


def test_supplier_without_recipient_points_to_the_story_recipient():
    text = """Norway will send two air defence systems to Ukraine, the defence ministry in Oslo announced.
Later that day in Washington, the Pentagon said the United States would provide 20 Patriot interceptors, a move Oslo had welcomed."""
    assert sorted(p for p, _ in transfers(text)) == [("NOR", "UKR"), ("UKR", "USA")]


def test_supplier_alone_with_no_transfer_told_before_names_no_recipient():
    text = """Ministers from Norway and Sweden met in Oslo to discuss regional security.
The United States will provide 20 Patriot interceptors, officials said."""
    assert transfers(text) == []


def test_pronoun_subject_of_a_reported_clause_is_the_sayer():
    text = """Norway will send two air defence systems to Ukraine, the defence ministry in Oslo announced.
Earlier this month, Denmark and Norway said they would send howitzers and mortars respectively."""
    assert ("DNK", "UKR") in [p for p, _ in transfers(text)]


def test_goal_that_is_a_force_is_the_main_state_forces():
    text = """Washington hands armoured vehicles to Chad
To help fight insurgents, the United States on Friday donated 30 armoured vehicles valued at $9 million to the army."""
    assert [p for p, _ in transfers(text)] == [("TCD", "USA")]


def test_goal_that_is_a_region_is_no_recipient():
    text = """The United States delivered armoured vehicles to Chad last month.
The United States on Friday sent 30 armoured vehicles valued at $9 million to the region."""
    assert [p for p, _ in transfers(text)] == [("TCD", "USA")]


def test_provision_of_equipment_to_a_navy_is_a_transfer():
    text = ("At the same meeting, the two governments exchanged notes on the provision of coastal surveillance radars "
            "to the Vietnamese Navy, under Australia's security assistance programme.")
    assert [p for p, _ in transfers(text)] == [("AUS", "VNM")]


def test_provision_of_training_is_no_transfer():
    text = ("Australia and Vietnam agreed to expand defence cooperation, including the provision of training to "
            "Vietnamese officers by Australian instructors.")
    assert transfers(text) == []


def test_a_delivery_under_way_is_a_transfer():
    assert transfers("France is delivering 36 howitzers to Ghana, the defence minister said on Wednesday.") == [
        (("FRA", "GHA"), "ongoing")]


def test_choosing_a_foreign_built_system_is_a_planned_purchase():
    text = "Chile has chosen German-built Type 209 submarines in a deal worth 2 billion dollars, the navy said on Monday."
    assert transfers(text) == [(("CHL", "DEU"), "planned")]


def test_selecting_a_site_is_no_transfer():
    text = "Chile selected a site near Valparaiso for its new submarine base, the defence ministry said."
    assert transfers(text) == []


def test_refused_permits_for_arms_exports_move_nothing():
    assert transfers("Austria refused permits for arms exports to Qatar on Thursday.") == []


def test_an_objection_to_a_delivery_is_no_delivery():
    assert transfers("Norway withdrew its objection to the delivery of NASAMS launchers to Egypt on Thursday.") == []


def test_a_delivery_made_despite_objections_stands():
    text = "Spain delivered 12 howitzers to Morocco on Thursday despite objections from Algeria."
    assert transfers(text) == [(("ESP", "MAR"), "occurred")]


def test_deliveries_of_a_jointly_produced_system_are_no_sale_between_partners():
    text = ("France and India will jointly produce Scorpene submarines in Mumbai, with deliveries to the Indian navy "
            "due from 2027.")
    assert transfers(text) == []


def test_a_sale_told_before_a_coproduction_clause_stands():
    text = ("France delivered 26 Rafale jets to India in March, and the two will co-produce engines with deliveries "
            "from 2028.")
    assert transfers(text) == [(("FRA", "IND"), "occurred")]
