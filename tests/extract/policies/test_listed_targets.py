"""Policies: every state of a target list, and a bracketed short name, stays a target, never the owner."""

from tests.extract.helpers import facts, of_type


def owners(text: str):
    return [f.parties for f in of_type(facts(text, "2024-05-16"), "policy_change")]


def test_bracketed_short_name_of_a_target_is_no_owner():
    text = ("Finland's defence policy was debated in Helsinki on Thursday. Members of the Green League have commended the "
            "government for suspending the granting of arms export permits to Saudi Arabia and the United Arab Emirates (UAE).")
    assert owners(text) == [("FIN",)]


def test_bracketed_target_before_and_keeps_its_role():
    text = ("Norway's defence ministry spoke on Thursday. Opposition members praised the government for halting arms "
            "exports to the United Arab Emirates (UAE) and Saudi Arabia.")
    assert owners(text) == [("NOR",)]


def test_middle_of_a_target_list_is_a_target():
    text = ("The defence ministry spoke on Thursday. The lifting of restrictions on arms exports to Turkey, Saudi Arabia "
            "and Qatar was announced by Canada on Thursday.")
    assert owners(text) == [("CAN",)]


def test_a_sayer_after_a_single_target_is_not_listed():
    text = "Norway said on Monday it was lifting its ban on arms exports to Chile, Germany's ambassador said."
    assert owners(text) == [("NOR",)]
