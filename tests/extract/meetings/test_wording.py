"""Other wordings of two states' officials sitting together: staff talks, conferring, sitting down with."""

from tests.extract.helpers import facts, of_type


def pairs(text: str) -> list[tuple[str, ...]]:
    return [f.parties for f in of_type(facts(text, "2024-05-16"), "meeting")]


def test_staff_talks_between_two_states_are_a_meeting_not_a_domestic_gathering():
    assert pairs("Chile and Peru held army staff talks in Lima on Monday, the defence ministries said.") == [("CHL", "PER")]
    assert pairs("India and Vietnam held their annual defence staff talks in Hanoi on Monday, officials said.") == [
        ("IND", "VNM")]
    assert pairs("The Chilean army held a staff meeting in Santiago on Monday to plan the defence budget.") == []


def test_conferring_and_sitting_down_with_a_counterpart_is_meeting():
    assert pairs("Chile's defence minister conferred with his Peruvian counterpart in Lima on Monday, the defence "
                 "ministries said.") == [("CHL", "PER")]
    assert pairs("Ghana's defence minister sat down with Togo's army chief in Accra on Monday to review border "
                 "security cooperation.") == [("GHA", "TGO")]
