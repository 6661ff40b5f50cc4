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


def test_joining_an_alliance():
    text = """
    Finland officially became NATO's newest member on Tuesday after decades of military neutrality.
    Sweden's accession to NATO was completed on Thursday.
    """
    found = of_type(facts(text, "2024-03-08"), "policy_change")
    assert sorted((f.parties, f.date) for f in found) == [(("FIN",), "2024-03-05"), (("SWE",), "2024-03-07")]


def test_spending_target_is_planned_for_its_year():
    found = of_type(facts("The Polish government will raise defence spending to 4.5% of GDP by 2026.", "2025-01-10"),
                    "policy_change")
    assert [(f.parties, f.date, f.status) for f in found] == [(("POL",), "2026", "planned")]


def test_relaxed_rules_on_exporting_weapons():
    found = of_type(facts("Japan relaxed its rules on exporting lethal weapons to partner nations on Monday.",
                          "2024-03-27"), "policy_change")
    assert [(f.parties, f.date) for f in found] == [(("JPN",), "2024-03-25")]


def test_member_of_the_alliance_and_an_aimed_target():
    text = """
    Sweden became a full member of NATO on Thursday.
    The Dutch government aims to raise military spending to 2 percent of GDP by 2025.
    """
    found = of_type(facts(text, "2024-03-08"), "policy_change")
    assert sorted((f.parties, f.date, f.status) for f in found) == [(("NLD",), "2025", "planned"),
                                                                    (("SWE",), "2024-03-07", "occurred")]


def test_an_accession_blocked_by_another_state_is_no_change():
    text = "Hungary blocked Sweden's accession to NATO for another month, the defence minister said."
    assert of_type(facts(text, "2024-01-20"), "policy_change") == []


def test_rule_noun_in_another_clause_is_not_changed():
    text = "Germany ended the visit on Monday after officials said the arms export rules would stay in place."
    assert of_type(facts(text, "2024-03-08"), "policy_change") == []


def test_joining_the_alliance_drills_is_no_entry():
    text = """
    Japan joined NATO drills in the Baltic Sea for the first time on Monday.
    Finland joined NATO on April 4, 2023, after decades of military non-alignment.
    """
    found = of_type(facts(text, "2024-03-15"), "policy_change")
    assert [(f.parties, f.date) for f in found] == [(("FIN",), "2023-04-04")]


def policy_owners(text: str) -> list[tuple[str, ...]]:
    return [f.parties for f in of_type(facts(text, "2024-03-15"), "policy_change")]


def test_a_ban_extended_is_the_imposing_states_policy():
    assert policy_owners("Norway extended its ban on arms exports to Chile by six months on Thursday.") == [("NOR",)]
    assert policy_owners("Canada suspended arms sales to Peru, the defence ministry announced on Monday.") == [("CAN",)]


def test_the_target_after_to_never_owns_a_lifted_restriction():
    text = ("Norway extended its ban on arms exports to Chile on Thursday, the Norwegian government said.\n\n"
            "The compromise would also lift restrictions on joint arms projects to Chile and Peru, a spokesman said.")
    assert set(policy_owners(text)) == {("NOR",)}


def test_the_possessor_of_an_accession_owns_it():
    text = ("Sweden's foreign minister shook hands with US Secretary of State Antony Blinken as he handed over "
            "Sweden's accession to NATO documents at the alliance headquarters on Thursday.")
    assert policy_owners(text) == [("SWE",)]


def test_an_embargo_lifted_belongs_to_the_lifting_state_not_its_target():
    assert policy_owners("Washington fully lifted its arms embargo on Vietnam on Monday, the White House said.") == [("USA",)]
