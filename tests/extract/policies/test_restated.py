"""Policy changes, session 4: a share of GDP that restates a sum told first is a budget figure, not a spending target."""

from tests.extract.helpers import facts


def types(text: str, published: str = "2024-03-15"):
    return sorted({(f.type, f.parties) for f in facts(text, published) if f.type in ("policy_change", "budget")})


def test_a_share_restating_a_sum_is_no_target():
    text = "Lithuania will spend 2.4 billion euros on defence next year, or 3.2% of GDP, the defence ministry said."
    assert types(text) == [("budget", ("LTU",))]
    text = "Poland's military spending will reach 187 billion zlotys in 2025, or 4.7% of GDP, the defence minister said."
    assert types(text) == [("budget", ("POL",))]
    text = "Latvia will spend 1.6 billion euros (3.45% of GDP) on defence next year, the defence ministry said."
    assert types(text) == [("budget", ("LVA",))]


def test_a_target_told_after_a_rise_stays_a_target():
    text = "Estonia will raise its defence budget by 200 million euros to reach 3.7% of GDP in 2025, the minister said on Monday."
    assert ("policy_change", ("EST",)) in types(text)
    text = "Germany pledged on Monday to raise defence spending to 3.5% of GDP by 2029, the chancellor said."
    assert types(text) == [("policy_change", ("DEU",))]
