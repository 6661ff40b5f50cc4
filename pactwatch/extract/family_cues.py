"""The word lists of single fact families' rules (data/family_cues.yaml), read once and typed for the rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pactwatch.reference import data_file


@dataclass(frozen=True)
class AgreementCues:
    """The `agreement_cues` section, read by extract/agreements/rules.py."""

    past_words: frozenset[str]
    untold: frozenset[str]
    judging: frozenset[str]
    signed: re.Pattern[str]
    text_released: re.Pattern[str]
    non_defence: re.Pattern[str]


@dataclass(frozen=True)
class PolicyCues:
    """The `policy_cues` section, read by extract/policies/rules.py."""

    object_preps: frozenset[str]
    announcing: frozenset[str]
    enacted: re.Pattern[str]
    defence: re.Pattern[str]


def _words(entries: list) -> frozenset[str]:
    """A list compared with a token's lemma or lower-cased text."""
    return frozenset(str(w) for w in entries)


def _phrases(entries: list) -> re.Pattern[str]:
    """A list of regular-expression fragments, matched as whole words whatever the case."""
    return re.compile(r"\b(?:" + "|".join(str(w) for w in entries) + r")\b", re.I)


@lru_cache(maxsize=1)
def load_agreement_cues() -> AgreementCues:
    """The `agreement_cues` section of data/family_cues.yaml, read once."""
    data = data_file("family_cues.yaml")["agreement_cues"]
    return AgreementCues(_words(data["past_words"]), _words(data["untold"]), _words(data["judging"]),
                         _phrases(data["signed"]), _phrases(data["text_released"]), _phrases(data["non_defence"]))


@lru_cache(maxsize=1)
def load_policy_cues() -> PolicyCues:
    """The `policy_cues` section of data/family_cues.yaml, read once."""
    data = data_file("family_cues.yaml")["policy_cues"]
    return PolicyCues(_words(data["object_preps"]), _words(data["announcing"]), _phrases(data["enacted"]),
                      _phrases(data["defence"]))
