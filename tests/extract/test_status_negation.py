"""Denied events ("did not sign", "never held talks", "failed to agree") give no fact: the parser's check."""

import pytest

from tests.extract.helpers import facts


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
