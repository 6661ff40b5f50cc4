"""Policy changes: a state easing or revising its own defence rules."""

from tests.extract.helpers import facts, of_type


def test_easing_export_rules():
    found = of_type(facts("South Korea relaxed its rules on arms exports to allied countries on Tuesday.", "2024-06-06"),
                    "policy_change")
    assert [(f.parties, f.date, f.status) for f in found] == [(("KOR",), "2024-06-04", "occurred")]


def test_likely_revision_is_proposed():
    found = of_type(facts("The Japanese government is likely to revise its defence export guidelines again.", "2024-06-06"),
                    "policy_change")
    assert [f.status for f in found] == ["proposed"]
