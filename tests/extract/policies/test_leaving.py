"""Policy changes, session 4: leaving a security bloc or its joint force, a defence vision unveiled, a revision of
export principles, export permits withheld (owner only), and a change told as a clause's subject."""

from tests.extract.helpers import facts, of_type


def policies(text: str, published: str = "2024-03-15"):
    return sorted(f.parties for f in of_type(facts(text, published), "policy_change"))


def transfers(text: str, published: str = "2024-03-15"):
    return sorted(f.parties for f in of_type(facts(text, published), "arms_transfer"))


def test_leaving_a_regional_security_bloc_or_its_joint_force():
    text = "Niger's military rulers said on Thursday they would leave the regional defence alliance and its joint force."
    assert policies(text) == [("NER",)]
    text = "Burkina Faso's military junta said on Saturday it was quitting the regional organisation, including its joint force."
    assert policies(text) == [("BFA",)]
    text = "Armenia will withdraw from the Russian-led security bloc, the defence minister said on Friday."
    assert policies(text) == [("ARM",)]


def test_leaving_a_trade_bloc_or_a_summit_is_no_defence_policy():
    assert policies("Several members of the army's staff left the trade bloc's meeting in Ghana early on Friday.") == []
    assert policies("The Polish defence delegation left the alliance's summit early on Friday.") == []


def test_a_vision_for_expanding_the_armed_forces():
    text = "The Canadian defence minister unveiled on Wednesday the government's vision for expanding the armed forces."
    assert policies(text) == [("CAN",)]
    text = "Norway's government on Monday presented its blueprint for rebuilding the military, adding 4,000 conscripts."
    assert policies(text) == [("NOR",)]


def test_a_revision_of_export_principles():
    text = "The Japanese cabinet approved a revision of the three principles on defence equipment transfers on Tuesday."
    assert policies(text) == [("JPN",)]
    text = "South Korea's cabinet adopted revisions to its rules on military exports on Monday."
    assert policies(text) == [("KOR",)]


def test_export_permits_withheld_are_the_exporters_policy_and_no_sale():
    text = "Canada has suspended all new permits for exports of military equipment to Turkey, the foreign minister said on Friday."
    assert policies(text) == [("CAN",)]
    assert transfers(text) == []
    text = "Oslo on Tuesday temporarily suspended new export permits for defence materiel to Ankara over its offensive in Syria."
    assert policies(text) == [("NOR",)]
    assert transfers(text) == []
    text = "Britain said on Monday it was suspending 12 of about 200 licences for arms exports to Saudi Arabia."
    assert policies(text) == [("GBR",)]
    assert transfers(text) == []


def test_a_change_told_as_a_subject_is_not_the_later_clauses_state():
    text = ("Berlin lifted its curbs on arms exports on Monday.\n"
            "Lifting the restrictions makes it likely Israel will again import German tank engines, officials said.")
    assert ("ISR",) not in policies(text)
    text = "Lifting the embargo on weapons sales means Vietnam can now buy patrol aircraft, US officials said on Monday."
    assert policies(text) == [("USA",)]
