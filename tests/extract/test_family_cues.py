"""The word lists of the agreement and policy rules are reference data, read once and matched as whole words."""

from pactwatch.extract.family_cues import load_agreement_cues, load_policy_cues
from tests.extract.helpers import facts, of_type


def test_the_lists_come_from_the_data_file():
    agreements = load_agreement_cues()
    assert {"signed", "inked"} <= agreements.past_words
    assert "indicate" in agreements.untold and "condemn" in agreements.judging
    assert load_agreement_cues() is agreements  # read once
    policies = load_policy_cues()
    assert "on" in policies.object_preps  # a YAML "on" stays a word, not a boolean
    assert "announce" in policies.announcing


def test_phrases_match_whole_words_whatever_the_case():
    cues = load_agreement_cues()
    assert cues.non_defence.search("a Free Trade Agreement")
    assert cues.non_defence.search("new tariffs on steel")  # "tariffs?" is a fragment: plural too
    assert not cues.non_defence.search("a tradesman")
    assert load_policy_cues().defence.search("a Defense review") and load_policy_cues().defence.search("landmines")
    assert load_policy_cues().enacted.search("the bill Came Into Force")


def test_a_trade_pact_is_no_defence_agreement():
    assert not facts("Japan and Vietnam signed a free trade agreement on Monday.")
    signed = facts("Japan and Vietnam signed a defence cooperation agreement on Monday.")
    assert [f.parties for f in of_type(signed, "agreement_signed")] == [("JPN", "VNM")]


def test_a_policy_change_needs_a_defence_word():
    assert not facts("Germany eased its rules on exports of machine tools on Monday.")
    eased = facts("Germany eased its rules on arms exports on Monday.")
    assert [f.parties for f in of_type(eased, "policy_change")] == [("DEU",)]
