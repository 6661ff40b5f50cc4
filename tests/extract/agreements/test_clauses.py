"""Agreements, round 4: several instruments at one event, laws that ratify, background pacts, step per instrument."""

import pytest

from pactwatch.extract.agreements.clauses import held_pacts, pair_steps, signs_a_law
from tests.extract.helpers import facts


def agreements(text: str, published: str = "2024-05-16"):
    return sorted((f.type, f.parties, f.agreement_kind) for f in facts(text, published) if f.type.startswith("agreement_"))


@pytest.mark.parametrize("text, pair", [
    ("Chile and Spain on Tuesday signed a defence contract for four corvettes. "
     "The prime ministers also signed a strategic partnership between Spain and Chile.", ("CHL", "ESP")),
    ("Italy and Egypt on Monday signed a defence contract for two frigates and a joint strategic vision declaration.",
     ("EGY", "ITA")),
    ("Poland and South Korea signed a defence contract for tanks on Friday. "
     "The presidents also signed a strategic partnership agreement.", ("KOR", "POL")),
])
def test_a_contract_and_a_partnership_paper_signed_together_are_two_facts(text, pair):
    assert agreements(text) == [("agreement_signed", pair, "action_plan"), ("agreement_signed", pair, "contract")]


@pytest.mark.parametrize("text", [
    "Ghana and Togo elevated their defence ties to a strategic partnership on Monday.",
    "Egypt and Greece upgraded their military relationship to a strategic partnership on Friday.",
    "Brazil and Peru, which have a strategic partnership, held defence talks on Monday.",
])
def test_a_partnership_as_a_relation_is_no_instrument(text):
    assert not [a for a in agreements(text) if a[0] == "agreement_signed"]


@pytest.mark.parametrize("text, pair", [
    ("Britain and Norway on Wednesday signed a joint defence declaration committing their ministries to closer ties.",
     ("GBR", "NOR")),
    ("France and India signed a defence declaration on Monday.", ("FRA", "IND")),
    ("Australia and Fiji signed a declaration on defence cooperation on Friday.", ("AUS", "FJI")),
    ("Kazakhstan and Kyrgyzstan signed a strategic partnership program in the military field for 2025-2027 on Friday.",
     ("KAZ", "KGZ")),
    ("Turkey and Azerbaijan on Monday signed a programme of military cooperation for the next five years.",
     ("AZE", "TUR")),
])
def test_declarations_and_ministry_programmes_are_action_plans(text, pair):
    assert ("agreement_signed", pair, "action_plan") in agreements(text)


@pytest.mark.parametrize("text, partners", [
    ("President Subianto signed five laws ratifying defence cooperation agreements with India, Brazil and France.",
     {"IND", "BRA", "FRA"}),
    ("Indonesia's president signed laws ratifying defence cooperation agreements with India and Cambodia.",
     {"IND", "KHM"}),
    ("Malaysia's parliament ratified the defence cooperation agreements with Turkey and Pakistan on Thursday.",
     {"TUR", "PAK"}),
])
def test_laws_ratifying_a_list_of_pacts_give_one_in_force_fact_per_partner(text, partners):
    got = agreements(text)
    assert {t for t, _, _ in got} == {"agreement_in_force"}  # the signature is on the law, not on a pact
    assert {c for _, p, _ in got for c in p} - {"IDN", "MYS"} == partners


def test_a_bill_ratifying_a_pact_with_one_named_partner_takes_the_article_state():
    text = "Indonesia's lawmakers on Tuesday approved a bill ratifying a defence cooperation agreement with Fiji."
    assert agreements(text) == [("agreement_in_force", ("FJI", "IDN"), "treaty")]


@pytest.mark.parametrize("text, pair, kind", [
    ("Manila has visiting forces agreements with the United States and Australia and agreed last month to begin "
     "negotiating a reciprocal access agreement with Japan.", ("JPN", "PHL"), "raa"),
    ("Hanoi has defence cooperation agreements with India and Russia, and on Monday began negotiating a logistics pact "
     "with Australia.", ("AUS", "VNM"), "acsa"),
    ("Oslo, which has status of forces agreements with Washington and Berlin, is negotiating a defence cooperation "
     "agreement with Poland.", ("NOR", "POL"), "treaty"),
])
def test_pacts_a_state_already_has_are_background(text, pair, kind):
    assert agreements(text) == [("agreement_negotiation", pair, kind)]


@pytest.mark.parametrize("text, signed, talked", [
    ("The Philippines and France on Saturday signed a letter of intent to deepen defense cooperation, with both defense "
     "chiefs pledging to seek authority to open negotiations on a status of visiting forces agreement.", "memorandum", "raa"),
    ("Japan and Vietnam on Monday signed a memorandum on defence industry cooperation and agreed to start negotiations "
     "on an acquisition and cross-servicing agreement.", "memorandum", "acsa"),
    ("Germany and Canada signed a defence cooperation plan on Tuesday and said they would begin talks on a status of "
     "forces agreement.", "action_plan", "raa"),
])
def test_each_instrument_takes_the_step_whose_verb_governs_it(text, signed, talked):
    got = {(t, k) for t, _, k in agreements(text)}
    assert got == {("agreement_signed", signed), ("agreement_negotiation", talked)}


def test_clause_helpers_on_their_own():
    text = "Manila has visiting forces agreements with the US and Australia and agreed to negotiate a pact with Japan."
    talks = text.index("negotiate")
    assert held_pacts(text, [(None, talks, talks + 9)]) == [(7, text.index(" and agreed"))]
    assert held_pacts(text, []) == []  # no other step told: nothing to set aside
    law = "The president signed two laws ratifying the pacts."
    assert signs_a_law(law, law.index("signed"), law.index("signed") + 6)
    pact = "The president signed the pact."
    assert not signs_a_law(pact, pact.index("signed"), pact.index("signed") + 6)
    steps = {"agreement_signed": (5, 11, "sign"), "agreement_negotiation": (60, 70, "negotiate")}
    assert pair_steps(steps, [("memorandum", 20), ("raa", 80)]) == {
        "agreement_signed": [("memorandum", 20)], "agreement_negotiation": [("raa", 80)]}
    assert pair_steps(steps, [("memorandum", 20), ("raa", 30)])["agreement_negotiation"] == [("memorandum", 20), ("raa", 30)]


@pytest.mark.parametrize("text, first, later", [
    ("Spain and Portugal on Monday signed a memorandum on defence industry, a first step towards a wider defence treaty "
     "they hope to sign next year.", "memorandum", "treaty"),
    ("Britain and Germany on Wednesday signed a joint defence declaration, the first step towards a broader defence "
     "agreement that the new government wants to conclude within months.", "action_plan", None),
    ("Chile and Peru signed a roadmap for military ties on Friday, paving the way for an access agreement which they "
     "expect to sign in June.", "action_plan", "raa"),
])
def test_an_instrument_with_its_own_later_verb_is_a_second_fact_of_its_own_tense(text, first, later):
    found = [f for f in facts(text, "2024-05-16") if f.type.startswith("agreement_")]
    done = [f for f in found if f.status == "occurred"]
    ahead = [f for f in found if f.status in ("planned", "proposed", "ongoing")]
    assert [f.agreement_kind for f in done] == [first] and f"{done[0].type}" == "agreement_signed"
    assert len(ahead) == 1 and (later is None or ahead[0].agreement_kind == later)


@pytest.mark.parametrize("text, pair", [
    ("Czech President Petr Pavel has signed a defense cooperation agreement with the United States, completing the "
     "ratification of the document.", ("CZE", "USA")),
    ("Kenya's president on Monday signed the defence pact with Britain into law.", ("GBR", "KEN")),
    ("Polish President Andrzej Duda signed the status of forces agreement with the US on Tuesday, concluding its "
     "ratification.", ("POL", "USA")),
])
def test_a_signature_that_completes_a_ratification_is_the_entry_into_force(text, pair):
    assert [(t, p) for t, p, _ in agreements(text)] == [("agreement_in_force", pair)]


@pytest.mark.parametrize("text", [
    "France, Germany and Spain are building a fighter jet. The trilateral agreement, signed in Paris on Monday, "
    "launches the next phase.",
    "France, Germany and Spain build a fighter jet together. The defence ministers of France and Germany signed a "
    "trilateral memorandum on Monday.",
    "France, Germany and Spain plan joint naval patrols. France and Spain on Monday signed a tripartite defence "
    "cooperation arrangement.",
])
def test_a_trilateral_instrument_takes_the_three_main_states(text):
    assert {p for t, p, _ in agreements(text) if t == "agreement_signed"} == {("DEU", "ESP", "FRA")}


@pytest.mark.parametrize("text, pair", [
    ("Hungary's parliament voted on Monday to ratify Sweden's accession to NATO, removing the last obstacle.", ("HUN", "SWE")),
    ("Turkey's parliament ratified Finland's NATO membership on Thursday.", ("FIN", "TUR")),
    ("Croatia's parliament on Friday ratified Finland's accession to the alliance.", ("FIN", "HRV")),
])
def test_ratifying_a_state_s_accession_to_an_alliance_brings_the_protocol_into_force(text, pair):
    assert ("agreement_in_force", pair, "treaty") in agreements(text)


@pytest.mark.parametrize("text, step", [
    ("The defence ministers of Colombia and Ecuador met this week. Colombia's minister said both countries are working "
     "on the construction of the Military Plan for joint work between the armed forces on the border.",
     "agreement_negotiation"),
    ("Peru and Bolivia are drafting a binational plan for joint operations against smuggling, the defence ministry said.",
     "agreement_negotiation"),
    ("The defence ministers of Ecuador and Peru on Monday signed a security plan for coordinated patrols along the border.",
     "agreement_signed"),
])
def test_a_plan_for_joint_work_of_two_forces_is_an_action_plan(text, step):
    assert any(t == step and k == "action_plan" for t, _, k in agreements(text))
