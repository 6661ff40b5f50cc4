"""Transfers, session 4: a stance on a delivery (reservations, misgivings) moves nothing; a critic of another state's
decision to supply is no side of the sale; technology transferred for local building is a programme, not a sale."""

from tests.extract.helpers import facts, of_type


def transfers(text: str, published: str = "2024-03-15"):
    return sorted(f.parties for f in of_type(facts(text, published), "arms_transfer"))


def test_reservations_about_a_delivery_tell_no_transfer():
    text = ("Despite calling for freer arms exports, the German minister continued to voice reservations against "
            "delivering modern battle tanks to Ukraine.")
    assert transfers(text) == []
    text = "Paris has repeatedly expressed misgivings about supplying long-range missiles to Ukraine, officials said."
    assert transfers(text) == []
    text = "Rome voiced qualms over sending more air defence systems to Kyiv on Tuesday."
    assert transfers(text) == []


def test_the_owner_of_a_decision_to_supply_is_the_supplier_not_its_critic():
    assert transfers("Turkey criticised France's decision to supply howitzers to Armenia.") == [("ARM", "FRA")]
    assert transfers("Moscow condemned Germany's plan to deliver cruise missiles to Ukraine.") == [("DEU", "UKR")]
    text = ("Azerbaijan voiced concern over the growing military ties between Armenia and India and asked New Delhi to "
            "reconsider India's decision to supply weapons to Armenia.")
    assert transfers(text) == [("ARM", "IND")]


def test_technology_transferred_for_local_building_is_no_sale():
    text = "The submarine was built in Brazil with technology transferred by France's Naval Group under a naval programme."
    assert transfers(text) == []
    text = "The frigates are being built in India with technology transferred by Russia, officials said."
    assert transfers(text) == []
    text = "The howitzers will be assembled in Poland using know-how provided by South Korea's Hanwha."
    assert transfers(text) == []
