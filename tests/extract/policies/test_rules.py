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


def test_spending_target_and_dropped_refusal():
    text = """
    Chancellor Olaf Scholz pledged on Sunday to spend more than 2 per cent of GDP on defence every year.
    The government also dropped its refusal to send weapons to conflict zones on Saturday.
    """
    found = of_type(facts(text, "2022-02-28"), "policy_change")
    assert sorted((f.parties, f.date) for f in found) == [(("DEU",), "2022-02-26"), (("DEU",), "2022-02-27")]
