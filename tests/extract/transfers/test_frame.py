"""The transfer frame: seller and buyer read from the parse of the trigger's clause."""

from pactwatch.extract.actors import find_mentions
from pactwatch.extract.nlp import parse
from pactwatch.extract.transfers.frame import sides_of
from pactwatch.reference import load_reference


def sides(text: str, trigger: str):
    doc = parse([text])[0]
    start = text.index(trigger)
    return sides_of(doc, find_mentions(text, load_reference(), None, set()), start, start + len(trigger))


def test_sale_noun_takes_the_approving_subject_and_the_to_phrase():
    got = sides("Washington approved the sale of 12 patrol boats to Vietnam.", "sale of")
    assert (got.supplier, got.recipient) == (("USA",), ("VNM",))
    assert "patrol boats" in got.moved


def test_passive_delivery_reads_the_agent_as_supplier():
    got = sides("The missiles will be delivered to Estonia by the United States next year.", "delivered")
    assert (got.supplier, got.recipient) == (("USA",), ("EST",))


def test_buyer_subject_and_a_makers_state_from_the_list():
    got = sides("Greece ordered three frigates from Naval Group.", "ordered")
    assert (got.supplier, got.recipient, got.blocked) == (("FRA",), ("GRC",), None)


def test_sending_troops_is_a_deployment():
    assert sides("Britain is sending 500 troops to Estonia.", "sending").blocked == "deployment"


def test_a_domestic_supplier_blocks():
    assert sides("The army ordered 300 rifles from a domestic manufacturer.", "ordered").blocked == "own use"


def test_makers_come_from_the_shared_firm_list_then_the_few_only_transfers_names():
    from pactwatch.extract.transfers.frame import maker_named
    assert maker_named("a contract with Hanwha Aerospace") == "KOR"  # data/companies.yaml
    assert maker_named("trucks from Oshkosh") == "USA"  # data/transfers.yaml only
    assert maker_named("a consortium of local firms") is None
