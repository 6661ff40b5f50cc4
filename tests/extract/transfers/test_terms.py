"""Transfers: a recipient the parse hangs on the supply's terms ("on a non-reimbursable basis to X") still receives."""

from tests.extract.helpers import facts, of_type


def transfers(text: str):
    return [f.parties for f in of_type(facts(text, "2024-04-01"), "arms_transfer")]


def test_sent_on_a_basis_to_a_state():
    text = ("The defence ministry said Russia has sent a new batch of armoured vehicles on a non-reimbursable basis to the "
            "Central African Republic.")
    assert transfers(text) == [("CAF", "RUS")]


def test_sent_free_of_charge_to_a_states_army():
    text = "The defence ministry said China sent 20 armoured vehicles free of charge to the army of Mali."
    assert transfers(text) == [("CHN", "MLI")]


def test_shipped_as_a_gift():
    text = "The defence ministry said India shipped ten howitzers as a gift to Armenia."
    assert transfers(text) == [("ARM", "IND")]


def test_a_visit_is_no_term_of_supply():
    assert transfers("The defence ministry said Norway sent two frigates on a goodwill visit to Portugal.") == []
