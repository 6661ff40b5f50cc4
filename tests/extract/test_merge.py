"""The same event told twice in one article is one fact with both evidence sentences."""

from tests.extract.helpers import facts, of_type

TWICE = """
Norway and Japan signed an information security agreement in Oslo on Tuesday.
The deal lets both militaries share classified data.
Officials said the Information Security Agreement was signed by the two foreign ministers on Tuesday after talks.
"""


def test_lead_and_body_become_one_fact():
    signed = of_type(facts(TWICE, "2024-05-16"), "agreement_signed")
    assert len(signed) == 1
    assert signed[0].agreement_kind == "isa"
    assert signed[0].date == "2024-05-14"
    assert len(signed[0].evidence) == 2


def test_two_sittings_with_different_people_stay_apart():
    text = """
    Japanese Defense Minister Minoru Kihara met Vietnamese Defense Minister Phan Van Giang in Hanoi on Tuesday.
    Kihara also met with Vietnamese Prime Minister Pham Minh Chinh.
    """
    meetings = of_type(facts(text, "2024-08-06"), "meeting")
    assert len(meetings) == 2
    assert all(m.date == "2024-08-06" for m in meetings)
