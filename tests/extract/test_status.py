"""Status follows the modality around the trigger; denied events are dropped (see test_status_negation)."""

import pytest

from pactwatch.extract.status import status_of
from pactwatch.reference import load_reference
from tests.extract.helpers import facts

REF = load_reference()


@pytest.mark.parametrize(("sentence", "trigger", "fact_type", "status"), [
    ("The two sides signed the pact on Monday.", "signed", "agreement_signed", "occurred"),
    ("The two sides plan to sign the pact in May.", "sign", "agreement_signed", "planned"),
    ("The ministers instructed that the pact be concluded soon.", "instructed", "agreement_negotiation", "planned"),
    ("Both sides hope to expand joint training.", "joint training", "exercise", "proposed"),
    ("They will consider concluding an access agreement.", "concluding", "agreement_negotiation", "proposed"),
    ("The two navies are negotiating a logistics pact.", "negotiating", "agreement_negotiation", "ongoing"),
    ("The ministers agreed to deepen cooperation.", "agreed", "cooperation_pledge", "occurred"),
    ("The ministers agreed to expand joint training.", "joint training", "exercise", "planned"),
    ("The prime minister will meet his counterpart on Friday.", "meet", "meeting", "planned"),
    ("The pact, which will ease joint drills, took effect in May.", "took effect", "agreement_in_force", "occurred"),
])
def test_status(sentence, trigger, fact_type, status):
    start = sentence.index(trigger)
    assert status_of(sentence, start, start + len(trigger), fact_type, REF) == status


@pytest.mark.parametrize("text", [
    "Japan and China did not sign the memorandum on Monday.",
    "India and Pakistan have never held talks on the issue.",
    "Spain and Morocco failed to agree on a joint patrol plan.",
    "Greece refused to sign the arms deal with Turkey.",
])
def test_denied(text):
    assert facts(text) == []


def test_affirmed_twin_still_counts():
    assert [f.type for f in facts("The navies of Spain and Morocco held a joint patrol on Monday.")] == ["exercise"]
