"""The same event told twice in one article is one fact with both evidence sentences; different events stay apart."""

from dataclasses import replace

from pactwatch.extract.context import Draft
from pactwatch.extract.merge import fuse, merge_drafts
from pactwatch.extract.sentences import Sentence
from pactwatch.model import Amount, Person
from tests.extract.helpers import facts, of_type

TWICE = """
Norway and Japan signed an information security agreement in Oslo on Tuesday.
The deal lets both militaries share classified data.
Officials said the Information Security Agreement was signed by the two foreign ministers on Tuesday after talks.
"""


def _draft(index: int, text: str, fact_type: str, parties: tuple[str, ...], date: str | None, status: str = "occurred",
           **fields) -> Draft:
    """A draft as a family would return it, on a sentence of its own."""
    start = index * 200
    sentence = Sentence(start, start + len(text), text, index, index)
    return Draft(fact_type, parties, date, status, sentence, "test/1", own_date=date is not None, **fields)


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


def test_a_memorandum_on_an_agreement_is_one_memorandum():
    text = """
    Thailand and the United States on Wednesday signed a memorandum of understanding (MoU) on a Defence Cooperation Agreement, the first such step between the two allies.
    Thai Defence Minister Sutin Klungsang said the MoU would help both militaries plan training together.
    """
    signed = of_type(facts(text, "2024-06-20"), "agreement_signed")
    assert [(f.parties, f.agreement_kind) for f in signed] == [(("THA", "USA"), "memorandum")]


def test_a_memorandum_and_an_agreement_signed_side_by_side_stay_two():
    text = "Japan and the Philippines on Monday signed a memorandum of understanding on disaster relief and a " \
           "reciprocal access agreement in Manila."
    kinds = {f.agreement_kind for f in of_type(facts(text, "2024-07-10"), "agreement_signed")}
    assert kinds == {"memorandum", "raa"}


def test_a_planned_signing_and_the_proposed_memorandum_are_one_instrument():
    text = """
    Indonesia and Vietnam are set to sign an agreement to strengthen cooperation between their coast guards.
    The agreement will be signed during the Indonesian president's state visit to Hanoi next week, a spokesman said.
    During Tuesday's talks, officials of the two coast guards discussed the proposed memorandum of understanding, which they have drafted since 2021.
    """
    found = facts(text, "2024-03-14")
    pacts = [f for f in found if f.type.startswith("agreement_")]
    assert len(pacts) == 1
    assert pacts[0].agreement_kind == "memorandum"
    assert pacts[0].status == "planned"
    assert len(pacts[0].evidence) == 3


def test_one_programme_under_two_names_is_one_fact():
    text = """
    The leaders of Australia, Britain and the United States on Monday endorsed the next phase of the AUKUS project at a naval base in California.
    The plan ends with British and Australian production of a new attack submarine, SSN-AUKUS, based on a British design with American technology.
    """
    programmes = of_type(facts(text, "2023-03-14"), "joint_programme")
    assert len(programmes) == 1
    assert programmes[0].programme == "SSN-AUKUS"  # the more specific reference name
    assert len(programmes[0].evidence) == 2


def test_two_programmes_of_the_same_partners_stay_apart():
    first = _draft(0, "They build the Miecznik frigate together.", "joint_programme", ("GBR", "POL"), None,
                   "ongoing", programme="MIECZNIK frigate")
    second = _draft(1, "They also build the Narew air defence system.", "joint_programme", ("GBR", "POL"), None,
                    "ongoing", programme="NAREW air defence")
    third = _draft(2, "Work on the F-35 goes on.", "joint_programme", ("GBR", "POL"), None, "ongoing",
                   programme="F-35 programme")
    fourth = _draft(3, "Both build F-16 parts.", "joint_programme", ("GBR", "POL"), None, "ongoing",
                    programme="F-16 parts")
    assert len(merge_drafts([first, second, third, fourth])) == 4


def test_the_same_programme_told_years_apart_is_one_fact_with_the_reference_name():
    early = _draft(0, "The KF-X programme began in 2015.", "joint_programme", ("IDN", "KOR"), "2015", "ongoing",
                   programme="KF-X")
    late = _draft(1, "Work on the KF-21 fighter jet development goes on.", "joint_programme", ("IDN", "KOR"), "2025",
                  "ongoing", programme="KF-21 fighter jet development")
    groups = merge_drafts([early, late])
    assert len(groups) == 1
    assert fuse(groups[0]).programme == "KF-X"  # "KF-X" is an alias; the first name stays when none is canonical


def test_a_sale_agreement_absorbs_the_purchase_told_a_sentence_before():
    text = """
    Germany is set to buy Israel's Arrow 3 missile defence system in a deal worth 3.5 billion euros.
    The defence ministers of Israel and Germany signed the agreement to supply the system in Berlin on Thursday.
    """
    found = facts(text, "2023-09-29")
    assert not of_type(found, "arms_transfer")
    signed = of_type(found, "agreement_signed")
    assert len(signed) == 1
    assert signed[0].parties == ("DEU", "ISR")
    assert signed[0].amount == Amount(3.5e9, "EUR")  # the sale's price goes to the agreement
    assert signed[0].date == "2023-09-28"
    assert len(signed[0].evidence) == 2


def test_a_sale_to_another_buyer_is_not_absorbed():
    text = """
    Germany signed an agreement with Israel on Thursday to supply the Arrow 3 missile defence system.
    Poland is set to buy Patriot missile systems from the United States, its defence ministry said separately.
    """
    found = facts(text, "2023-09-29")
    assert [f.parties for f in of_type(found, "arms_transfer")] == [("POL", "USA")]


def test_a_contract_for_one_system_does_not_absorb_a_sale_of_another():
    contract = _draft(0, "Poland signed a contract with South Korea for 180 K2 tanks.", "agreement_signed",
                      ("KOR", "POL"), "2022-07", agreement_kind="contract", programme="K2 tank")
    jets = _draft(1, "Poland will also buy FA-50 light combat aircraft from South Korea.", "arms_transfer",
                  ("KOR", "POL"), "2022-07", "planned", programme="FA-50")
    assert [g[0].type for g in merge_drafts([contract, jets])] == ["agreement_signed", "arms_transfer"]


def test_an_unnamed_sale_agreement_far_from_a_purchase_does_not_absorb_it():
    deal = _draft(0, "Egypt signed an agreement with France to buy fighter jets.", "agreement_signed", ("EGY", "FRA"),
                  "2015-02", agreement_kind="other")
    filler = [_draft(i, "Filler sentence about something else.", "budget", ("EGY",), None) for i in (1, 2, 3)]
    later = _draft(4, "Egypt will also buy two frigates from France.", "arms_transfer", ("EGY", "FRA"), "2015-02",
                   "planned")
    types = [g[0].type for g in merge_drafts([deal, *filler, later])]
    assert "arms_transfer" in types


def test_a_restated_signing_with_a_price_is_one_signing():
    text = """
    South Korea and Indonesia re-signed an agreement on the joint development of the KF-21 fighter on Monday, cutting Jakarta's share of the cost.
    Officials of both countries signed the new agreement at a defence exhibition in Jakarta, with Indonesia's payment now put at about 600 billion won.
    """
    signed = of_type(facts(text, "2025-06-18"), "agreement_signed")
    assert len(signed) == 1
    assert signed[0].agreement_kind == "other"  # a price alone does not make a cost-sharing deal a purchase
    assert signed[0].amount == Amount(6e11, "KRW")
    assert len(signed[0].evidence) == 2


def test_a_meeting_now_and_one_next_month_stay_apart():
    text = """
    The defence ministers of Japan and Australia met in Tokyo on Monday to discuss maritime security.
    They will meet again in Canberra next month for the annual two-plus-two talks.
    """
    meetings = of_type(facts(text, "2024-09-04"), "meeting")
    assert sorted((m.date, m.status) for m in meetings) == [("2024-09-02", "occurred"), ("2024-10", "planned")]


def test_a_signing_and_its_entry_into_force_stay_apart():
    signed = _draft(0, "Japan and Britain signed the agreement.", "agreement_signed", ("GBR", "JPN"), "2023-01",
                    agreement_kind="other")
    in_force = _draft(1, "The reciprocal access agreement took effect.", "agreement_in_force", ("GBR", "JPN"),
                      "2023-01", agreement_kind="raa")
    talks = _draft(2, "Talks on a logistics pact go on.", "agreement_negotiation", ("GBR", "JPN"), "2023-01",
                   "ongoing", agreement_kind="acsa")
    assert sorted(g[0].type for g in merge_drafts([signed, in_force, talks])) == \
        ["agreement_in_force", "agreement_negotiation", "agreement_signed"]


def test_two_counterparts_stay_apart():
    one = _draft(0, "Japan signed an agreement with Vietnam.", "agreement_signed", ("JPN", "VNM"), "2024-05",
                 agreement_kind="other")
    two = _draft(1, "Japan signed a memorandum with the Philippines.", "agreement_signed", ("JPN", "PHL"), "2024-05",
                 agreement_kind="memorandum")
    assert len(merge_drafts([one, two])) == 2


def test_a_defence_treaty_said_of_a_named_access_agreement_is_that_agreement():
    text = """
    Spain and Japan signed a defence agreement on Tuesday that lets their forces train in each other's country, in what Spanish officials called the most important defence treaty between them.
    The two prime ministers signed the Reciprocal Access Agreement in Madrid on Tuesday.
    """
    signed = of_type(facts(text, "2025-02-13"), "agreement_signed")
    assert [(f.agreement_kind, f.date, len(f.evidence)) for f in signed] == [("raa", "2025-02-11", 2)]


def test_a_named_treaty_stays_beside_the_access_agreement():
    treaty = _draft(0, "The allies signed the Mutual Defense Treaty.", "agreement_signed", ("JPN", "USA"), None,
                    agreement_kind="treaty")
    acsa = _draft(1, "They signed an acquisition and cross-servicing agreement.", "agreement_signed", ("JPN", "USA"),
                  "2024-05", agreement_kind="acsa")
    assert sorted(g[0].agreement_kind for g in merge_drafts([treaty, acsa])) == ["acsa", "treaty"]


def test_a_memorandum_for_a_purchase_is_the_sale_deal_told_again():
    text = """
    Spain and Portugal yesterday signed a multi-billion-euro deal for Lisbon to buy four Spanish corvettes.
    The memorandum of understanding for the purchase of the corvettes was inked in Madrid in the presence of both defence ministers.
    """
    signed = of_type(facts(text, "2024-06-12"), "agreement_signed")
    assert [(f.parties, f.agreement_kind, f.date) for f in signed] == [(("ESP", "PRT"), "memorandum", "2024-06-11")]


def test_a_memorandum_on_cooperation_and_a_deal_to_buy_ships_stay_two():
    text = "Spain and Portugal on Monday signed a memorandum on defence cooperation and a deal to buy four corvettes."
    kinds = sorted(f.agreement_kind for f in of_type(facts(text, "2024-06-12"), "agreement_signed"))
    assert kinds == ["contract", "memorandum"]


def test_a_name_tied_to_no_state_or_role_does_not_split_a_meeting():
    lead = _draft(0, "Vietnam and Australia held the inaugural meeting of their council on Tuesday.", "meeting",
                  ("AUS", "VNM"), "2025-05-06", people=(Person("Mekong Wire"),))
    body = _draft(1, "The session was co-chaired by a deputy minister of each side.", "meeting", ("AUS", "VNM"),
                  "2025-05-06", people=(Person("Hoang Chien", "VNM", "deputy minister"), Person("Pat Tesch", "AUS")))
    assert len(merge_drafts([lead, body])) == 1
    other = _draft(2, "The Australian minister also met Vietnam's foreign minister.", "meeting", ("AUS", "VNM"),
                   "2025-05-06", people=(Person("Bui Son", "VNM", "foreign minister"), Person("Pat Tesch", "AUS")))
    assert len(merge_drafts([body, other])) == 2


def test_a_drill_named_by_its_bracketed_short_form_is_that_drill():
    lead = _draft(0, "Navies of Ghana and France open exercise Gulf Guardian 2025 (GG25) in Accra on 3 March.", "exercise",
                  ("FRA", "GHA"), "2025-03-03", status="planned", programme="Gulf Guardian 2025")
    link = _draft(1, "GG25 will be linked with the American navy's Atlantic Reach exercise.", "exercise", ("GHA", "USA"),
                  "2025-03", status="planned", programme="Atlantic Reach")
    groups = merge_drafts([lead, link])
    assert [fuse(g).parties for g in groups] == [("FRA", "GHA", "USA")]
    other = _draft(1, "The American navy's Atlantic Reach exercise starts the same week off Senegal.", "exercise",
                   ("GHA", "USA"), "2025-03", status="planned", programme="Atlantic Reach")
    assert len(merge_drafts([lead, other])) == 2


def test_a_delivery_under_a_contract_signed_earlier_is_its_own_event():
    contract = _draft(0, "Estonia will receive 12 K9 howitzers from South Korea by 2026 under a contract signed in 2022.",
                      "agreement_signed", ("EST", "KOR"), "2022", agreement_kind="contract")
    delivery = _draft(0, contract.sentence.text, "arms_transfer", ("EST", "KOR"), "2026", "planned")
    assert sorted(g[0].type for g in merge_drafts([contract, delivery])) == ["agreement_signed", "arms_transfer"]
    same_day = _draft(0, "Norway signed a contract with Germany on Tuesday to buy two more submarines.", "arms_transfer",
                      ("DEU", "NOR"), "2024-05-14", "planned")
    signed = replace(same_day, type="agreement_signed", status="occurred", agreement_kind="contract")
    assert [g[0].type for g in merge_drafts([signed, same_day])] == ["agreement_signed"]


def test_two_contracts_of_one_pair_for_different_things_stay_two():
    radars = _draft(0, "Vietnam signed a contract with Israel on Monday to upgrade its coastal radars.", "agreement_signed",
                    ("ISR", "VNM"), "2024-05-13", agreement_kind="contract")
    drones = _draft(1, "Earlier this month the two sides struck a deal for 20 reconnaissance drones.", "agreement_signed",
                    ("ISR", "VNM"), "2024-05", agreement_kind="contract")
    assert len(merge_drafts([radars, drones])) == 2
    again = _draft(1, "The contract for the radars is worth 300 million dollars.", "agreement_signed", ("ISR", "VNM"),
                   "2024-05", agreement_kind="contract")
    assert len(merge_drafts([radars, again])) == 1


def test_a_sentence_pointing_back_at_the_meeting_joins_it_whoever_it_names():
    text = """
    Chile and Peru raised their ties to a strategic partnership on Monday as President Gabriel Boric hosted President Dina Boluarte in Santiago for talks on defence and trade.
    The talks followed Exercise Pacific Shield in April, a landing drill watched by Peruvian Defence Minister Walter Astudillo.
    """
    meetings = of_type(facts(text, "2024-05-16"), "meeting")
    assert len(meetings) == 1
    assert meetings[0].date == "2024-05-13"



def test_on_an_undated_page_this_weeks_step_and_an_old_dated_one_stay_apart():
    text = """
    OSLO (Nordic Wire) - Norway said on Monday it was fully lifting its ban on sales of lethal military equipment to Chile.
    Norway had already eased the ban in October 2014, allowing Chile to buy equipment for maritime security.
    """
    changes = of_type(facts(text, None), "policy_change")
    assert sorted(str(f.date) for f in changes) == ["2014-10", "None"]


def test_participants_told_next_with_no_drill_word_join_the_drill():
    text = """
    Australia and the United States opened Exercise Southern Kite in Darwin on Monday, the biggest air drill in the region.
    Alongside the two hosts, air forces from Japan, India and Indonesia are taking part.
    They join long-standing participants including France, Germany and Singapore.
    """
    drills = of_type(facts(text, "2024-07-16"), "exercise")
    assert [f.parties for f in drills] == [("AUS", "DEU", "FRA", "IDN", "IND", "JPN", "SGP", "USA")]
