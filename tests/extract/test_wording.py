"""Wordings reporters use that the trigger lexicon must reach: pledges with a time phrase or no verb, pacts entered into."""

from tests.extract.helpers import facts, of_type


def kinds(text: str, fact_type: str) -> list[tuple[str, ...]]:
    return [f.parties for f in of_type(facts(text, "2024-05-16"), fact_type)]


def test_a_stated_determination_or_commitment_is_a_pledge():
    assert kinds("Chile and Peru expressed on Monday their determination to deepen military ties.",
                 "cooperation_pledge") == [("CHL", "PER")]
    assert kinds("Ghana and Togo reaffirmed their commitment to closer defence cooperation at talks in Accra on "
                 "Monday.", "cooperation_pledge") == [("GHA", "TGO")]


def test_a_pact_entered_into_is_signed_but_entry_into_force_and_talks_are_not():
    assert kinds("Chile and Peru entered into a defence cooperation agreement in Lima on Monday, the defence "
                 "ministries said.", "agreement_signed") == [("CHL", "PER")]
    force = "The defence cooperation agreement between Chile and Peru entered into force on Monday, officials said."
    assert kinds(force, "agreement_signed") == [] and kinds(force, "agreement_in_force") == [("CHL", "PER")]


def test_a_pact_that_became_effective_is_in_force():
    assert kinds("The defence cooperation agreement between Chile and Peru became effective on Monday, officials said.",
                 "agreement_in_force") == [("CHL", "PER")]


def test_close_to_finalising_a_pact_is_negotiation():
    text = "Chile and Peru are close to finalising a defence cooperation agreement, officials said on Monday."
    assert kinds(text, "agreement_negotiation") == [("CHL", "PER")] and kinds(text, "agreement_signed") == []


def test_a_joint_centre_inaugurated_is_a_mechanism():
    assert kinds("Ghana and Togo inaugurated a joint border security centre in Aflao on Monday to share intelligence on "
                 "armed groups.", "mechanism_established") == [("GHA", "TGO")]


def test_finalising_preparations_to_sign_is_not_a_signing_step_of_its_own():
    text = ("Kenya and Ethiopia are finalising preparations to sign a memorandum of understanding on joint operations "
            "against armed groups, the army chief said on Monday.")
    assert len(of_type(facts(text, "2024-05-16"), "agreement_signed")) + len(
        of_type(facts(text, "2024-05-16"), "agreement_negotiation")) == 1
