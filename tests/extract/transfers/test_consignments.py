"""Transfers, session 4: a consignment reaching a state, free transfers of military property, a state's own design
sold abroad, the buyer above a plan or a letter to buy; tallies, tender offers and services move nothing."""

from tests.extract.helpers import facts, of_type


def transfers(text: str, published: str = "2024-03-15"):
    return sorted(f.parties for f in of_type(facts(text, published), "arms_transfer"))


def test_a_consignment_reaching_a_state():
    text = "A cargo containing Indian rocket launchers has reached Armenia via Iran, defence officials said on Monday."
    assert transfers(text) == [("ARM", "IND")]
    text = "A shipment of Turkish armoured vehicles arrived in Georgia on Tuesday, the defence ministry said."
    assert transfers(text) == [("GEO", "TUR")]
    text = "The first batch of BrahMos missiles reached the Philippines on Friday, the defence ministry said."
    assert transfers(text) == [("IND", "PHL")]


def test_forces_reaching_a_port_are_no_consignment():
    assert transfers("Chinese warships reached the port of Colombo on Monday for a naval visit, the military said.") == []


def test_free_transfers_of_military_property():
    text = "Under the defence accord, Kazakhstan will make a one-time free transfer of military property to Kyrgyzstan."
    assert transfers(text) == [("KAZ", "KGZ")]
    text = "The defence agreement foresees a free transfer of military equipment from Russia to Kyrgyzstan for its border troops."
    assert transfers(text) == [("KGZ", "RUS")]
    text = "The United States handed over military property worth $5 million to Moldova's army on Tuesday, the defence ministry said."
    assert transfers(text) == [("MDA", "USA")]


def test_a_states_own_design_sold_abroad_is_no_purchase_at_home():
    text = "A consignment carrying Turkey's indigenous armoured vehicles has reached Georgia, defence sources said."
    assert transfers(text) == [("GEO", "TUR")]
    assert transfers("The army ordered 300 indigenous howitzers from a local firm, the defence ministry said.") == []


def test_the_buyer_above_a_plan_to_buy():
    text = "Poland is in talks on a plan to buy 180 Korean tanks, the defence ministry said on Monday."
    assert transfers(text) == [("KOR", "POL")]
    text = "Egypt took a decision on Tuesday to buy 30 more French Rafale jets, the military said."
    assert transfers(text) == [("EGY", "FRA")]


def test_tallies_tender_offers_and_services_move_nothing():
    text = "He told MPs that the UK supplies less than 1 percent of Israel's arms and that the defence decision changes little."
    assert transfers(text) == []
    text = "Zagreb announced its choice of the Rafale fighter in May, after a tender in which the United States offered F-16 jets."
    assert transfers(text) == []
    text = "Washington provides about a third of Taiwan's weapons, defence analysts said."
    assert transfers(text) == []
    text = ("The defence minister alluded to the help the U.S. Navy provided Argentina last November when one of its "
            "submarines went missing.")
    assert transfers(text) == []
