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
