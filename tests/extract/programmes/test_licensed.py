"""Programmes, session 4: one state's design built in another (technology transfer, licence, "X-designed"), a joint
venture or joint plant set up to make a system, a development phase begun, a contract placed on behalf of several
governments."""

from tests.extract.helpers import facts, of_type


def programmes(text: str, published: str = "2024-03-15"):
    return sorted(f.parties for f in of_type(facts(text, published), "joint_programme"))


def test_a_design_built_in_another_state():
    text = "The submarine was built in Brazil with technology transferred by France's Naval Group under a naval programme."
    assert programmes(text) == [("BRA", "FRA")]
    text = "Ukrainian-designed interceptor drones will be produced in Britain, the British defence ministry said on Monday."
    assert programmes(text) == [("GBR", "UKR")]
    text = "The frigates are being built in India with technology transferred by Russia, officials said."
    assert programmes(text) == [("IND", "RUS")]


def test_a_joint_venture_or_joint_plant_to_make_a_system():
    text = ("Otokar will establish a joint venture with Kazakhstan Engineering to manufacture Cobra armoured vehicles "
            "in Kazakhstan, the Turkish firm said.")
    assert programmes(text) == [("KAZ", "TUR")]
    text = "Ukraine announced a joint production facility with American partners to produce interceptor drones this year."
    assert programmes(text) == [("UKR", "USA")]
    text = "Poland and South Korea set up a joint venture to build K2 tanks for the Polish army, officials said on Monday."
    assert programmes(text) == [("KOR", "POL")]


def test_a_development_phase_begun_or_a_contract_on_behalf_of_several_governments():
    text = ("France, Germany and Spain have launched the demonstrator phase of their joint Future Combat Air System, "
            "after the defence ministry said on Thursday that the agency had notified the contract.")
    assert programmes(text) == [("DEU", "ESP", "FRA")]
    text = ("The procurement agency awarded a 2 billion euro contract for the development of a new armoured vehicle on "
            "behalf of Belgium, the Netherlands and Luxembourg on Monday.")
    assert programmes(text) == [("BEL", "LUX", "NLD")]
    text = ("Britain, Italy and Japan have launched the development phase of their new fighter jet, after the agency "
            "awarded the design contract on behalf of the three governments on Friday.")
    assert programmes(text) == [("GBR", "ITA", "JPN")]


def test_a_sale_built_at_home_is_no_programme():
    assert programmes("The frigates for Greece will be built in France by Naval Group, the defence ministry said.") == []
