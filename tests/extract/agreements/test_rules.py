"""Agreements: kinds from names and acronyms, the step told (signed, in force, negotiated), anaphors."""

from tests.extract.helpers import facts


def agreements(text: str, published: str = "2024-03-15"):
    return sorted((f.type, f.parties, f.agreement_kind, f.date, f.status) for f in facts(text, published)
                  if f.type.startswith("agreement_"))


def test_signed_information_pact():
    text = "South Korea and Poland signed a General Security of Military Information Agreement in Warsaw on Monday."
    assert agreements(text) == [("agreement_signed", ("KOR", "POL"), "isa", "2024-03-11", "occurred")]


def test_access_pact_takes_effect():
    text = "The reciprocal access agreement between Japan and Britain took effect in October last year."
    assert agreements(text) == [("agreement_in_force", ("GBR", "JPN"), "raa", "2023-10", "occurred")]


def test_anaphor_points_to_the_named_pact():
    text = """
    Vietnam and the Philippines are negotiating a logistics support agreement, officials said.
    The two sides hope to sign the pact before the end of the year.
    """
    got = agreements(text)
    assert ("agreement_negotiation", ("PHL", "VNM"), "acsa", "2024-03", "ongoing") in got
    assert any(t == "agreement_signed" and k == "acsa" and s == "proposed" for t, _, k, _, s in got)


def test_us_defence_cooperation_agreement_is_an_access_pact():
    text = "Norway and the United States signed a supplementary defense cooperation agreement on Friday."
    assert agreements(text)[0][2] == "raa"


def test_purchase_contract_carries_its_price():
    found = [f for f in facts("Egypt signed a contract worth 2.5 billion euros with France for 12 Rafale jets on Monday.")
             if f.type == "agreement_signed"]
    assert [(f.parties, f.agreement_kind, f.amount.value, f.amount.currency) for f in found] == [
        (("EGY", "FRA"), "contract", 2.5e9, "EUR")]


def test_the_agreement_later_is_the_contract_told_first():
    text = """
    Chile has signed a formal agreement with Spain to buy four patrol ships for 500 million euros.
    The defence ministers of the two countries signed the agreement in Madrid on Friday.
    """
    signed = [f for f in facts(text, "2024-03-16") if f.type == "agreement_signed"]
    assert [(f.agreement_kind, f.date, f.amount.value) for f in signed] == [("contract", "2024-03-15", 5e8)]


def test_an_order_from_home_industry_is_no_cooperation():
    text = "Turkey signed an order for 40 domestically built drones on Monday, months after talks with Qatar."
    assert [f for f in facts(text) if f.type == "agreement_signed"] == []


def test_other_signing_phrasings():
    assert agreements("Chile and Brazil put pen to paper on a memorandum of understanding on naval training on Monday.") == [
        ("agreement_signed", ("BRA", "CHL"), "memorandum", "2024-03-11", "occurred")]
    assert agreements("Kenya and Britain renewed their memorandum on defence training on Tuesday.")[0][:3] == (
        "agreement_signed", ("GBR", "KEN"), "memorandum")
    assert agreements("Egypt and Greece signed a letter of arrangement on military research on Tuesday.")[0][2] == "memorandum"


def test_roadmap_agreed_on_is_adopted():
    text = "The defence ministers of Thailand and Laos agreed on a roadmap for border cooperation in Vientiane on Monday."
    assert agreements(text) == [("agreement_signed", ("LAO", "THA"), "action_plan", "2024-03-11", "occurred")]


def test_short_name_of_an_access_pact_keeps_its_kind():
    text = """
    Japan and Peru signed a reciprocal access agreement in Lima in July.
    Meanwhile, Japan and Chile held talks on defence equipment in Tokyo on Monday.
    The access agreement took effect on Wednesday after both parliaments approved it.
    """
    assert ("agreement_in_force", ("JPN", "PER"), "raa", "2024-03-13", "occurred") in agreements(text)


def test_entry_into_force_outweighs_a_ratification_in_the_same_sentence():
    text = """
    Japan and Peru signed a reciprocal access agreement in Lima in July.
    The Peruvian Congress ratified the pact in December, and it entered into force on Thursday.
    """
    assert ("agreement_in_force", ("JPN", "PER"), "raa", "2024-03-14", "occurred") in agreements(text)


def test_in_force_in_a_new_paragraph_points_back_past_a_bystander():
    text = """
    Japan and Peru signed a reciprocal access agreement in Lima in July.
    Bolivia's foreign ministry criticised the deal on Friday, saying it threatened regional peace.
    The agreement entered into force on Thursday.
    """
    assert ("agreement_in_force", ("JPN", "PER"), "raa", "2024-03-14", "occurred") in agreements(text)


def test_in_force_takes_the_sides_of_the_last_pact_of_its_kind():
    text = """
    Japan and Peru signed a reciprocal access agreement in Lima in July.
    In December, Japan and Chile signed a logistics support agreement in Santiago.
    The access agreement entered into force on Thursday, the defence ministry said.
    """
    assert ("agreement_in_force", ("JPN", "PER"), "raa", "2024-03-14", "occurred") in agreements(text)


def test_acronym_subject_points_back_to_its_pact():
    text = """
    Japan and Peru signed a reciprocal access agreement in Lima in July.
    The RAA entered into force on Thursday.
    """
    assert ("agreement_in_force", ("JPN", "PER"), "raa", "2024-03-14", "occurred") in agreements(text)


def test_legislature_approving_a_pact_ratifies_it():
    text = "Norway's parliament on Tuesday approved the defence cooperation agreement with the United States."
    assert agreements(text) == [("agreement_in_force", ("NOR", "USA"), "raa", "2024-03-12", "occurred")]


def test_declaration_of_intent_is_a_memorandum():
    text = "Chile and Peru signed a declaration of intent on naval cooperation in Lima on Monday."
    assert agreements(text) == [("agreement_signed", ("CHL", "PER"), "memorandum", "2024-03-11", "occurred")]


def test_pact_signed_in_the_past_taking_effect_now_gives_two_steps():
    text = "The reciprocal access agreement between Chile and Peru, signed in 2021, took effect on Wednesday, officials said."
    got = agreements(text)
    assert ("agreement_in_force", ("CHL", "PER"), "raa", "2024-03-13", "occurred") in got
    assert ("agreement_signed", ("CHL", "PER"), "raa", "2021", "occurred") in got
