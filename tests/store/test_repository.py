"""The repository API on SQLite and PostgreSQL: idempotent saves, versions, filters, events, reviews."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pactwatch.model import Amount, Event
from pactwatch.resolve import resolve_events
from pactwatch.store import Store, StoreError, open_store
from tests.store.sample import article, fact, meeting_article


def test_save_is_idempotent(store: Store) -> None:
    a, facts = meeting_article(1)
    assert store.save_article(a, facts) == "new"
    before = store.counts()
    assert store.save_article(a, facts) == "unchanged"
    assert store.counts() == before == {"articles": 1, "article_versions": 1, "facts": 3, "events": 0,
                                        "reviews": 0}
    assert sorted(f.type for f in store.all_facts()) == ["agreement_signed", "arms_transfer", "meeting"]


def test_facts_round_trip_exactly(store: Store) -> None:
    a, facts = meeting_article(2)
    store.save_article(a, facts)
    assert sorted(store.all_facts(), key=lambda f: f.type) == sorted(facts, key=lambda f: f.type)
    stored = store.get_article(a.id)
    assert stored is not None and stored.article == a and stored.version == 1 and stored.current
    assert stored.facts == tuple(facts)


def test_same_text_from_another_source_is_one_article(store: Store) -> None:
    a, facts = meeting_article(3)
    store.save_article(a, facts)
    copy = replace(a, source="mirror/copy.txt", doc="copy")
    assert store.save_article(copy, [replace(f, doc="copy") for f in facts]) == "unchanged"
    assert store.counts()["articles"] == 1 and store.counts()["facts"] == 3


def test_changed_text_at_same_source_is_a_new_version(store: Store) -> None:
    a, facts = meeting_article(4, source="pages/same.txt")
    store.save_article(a, facts)
    b = article("Report 4, corrected: the ministers met in Osaka.", source="pages/same.txt")
    assert store.save_article(b, [fact(b, place="Osaka")]) == "new_version"
    assert store.counts() == {"articles": 1, "article_versions": 2, "facts": 1, "events": 0, "reviews": 0}
    assert [f.place for f in store.all_facts()] == ["Osaka"]
    old, new = store.get_article(a.id), store.get_article(b.id)
    assert (old.version, old.current, new.version, new.current) == (1, False, 2, True)
    assert store.save_article(b, [fact(b, place="Osaka")]) == "unchanged"
    # the page going back to its first text makes that version current again
    assert store.save_article(a, facts) == "new_version"
    assert store.get_article(a.id).current and not store.get_article(b.id).current


def test_same_url_from_another_file_is_a_new_version(store: Store) -> None:
    a = article("First text.", source="bundle1.jsonl", url="https://example.org/n/1")
    b = article("Second text.", source="bundle2.jsonl", url="https://example.org/n/1")
    assert store.save_article(a, [fact(a)]) == "new"
    assert store.save_article(b, [fact(b)]) == "new_version"


def test_new_facts_for_same_text_replace_old_ones(store: Store) -> None:
    a, facts = meeting_article(5)
    store.save_article(a, facts)
    assert store.save_article(a, facts[:1]) == "updated"
    assert [f.type for f in store.all_facts()] == ["meeting"]


def test_a_failed_batch_leaves_nothing(store: Store) -> None:
    a, facts = meeting_article(6)
    b, more = meeting_article(7)
    with pytest.raises(RuntimeError), store.transaction():
        store.save_article(a, facts)
        store.save_article(b, more)
        raise RuntimeError("killed mid-batch")
    assert store.counts()["articles"] == 0 and store.counts()["facts"] == 0
    with store.transaction():
        assert store.save_article(a, facts) == "new"
        assert store.save_article(b, more) == "new"
        assert store.counts()["articles"] == 2  # reads inside the batch see its writes
    assert store.counts()["facts"] == 6


def _filtered_store(store: Store) -> None:
    a = article("Japan and Australia signed; the Philippines watched.", title="Pact", outlet="Wire A",
                published="2023-01-20")
    store.save_article(a, [
        fact(a, "agreement_signed", ("AUS", "JPN"), "2023-01-12", agreement_kind="raa"),
        fact(a, "meeting", ("JPN", "PHL"), "2022-11"),
        fact(a, "budget", ("JPN",), "2023", "planned", amount=Amount(6.8e12, "JPY")),
        fact(a, "exercise", ("AUS", "PHL"), None, "planned"),
    ])


@pytest.mark.parametrize(("query", "expected"), [
    ({}, ["agreement_signed", "budget", "meeting", "exercise"]),
    ({"country": "JPN"}, ["agreement_signed", "budget", "meeting"]),
    ({"country": "jpn", "partner": "AUS"}, ["agreement_signed"]),
    ({"partner": "PHL"}, ["meeting", "exercise"]),
    ({"type": "budget"}, ["budget"]),
    ({"since": "2023"}, ["agreement_signed", "budget"]),
    ({"since": "2023-01-13"}, ["budget"]),
    ({"until": "2022"}, ["meeting"]),
    ({"since": "2022-11", "until": "2022-11"}, ["meeting"]),
    ({"until": "2023-01"}, ["agreement_signed", "budget", "meeting"]),
    ({"limit": 2}, ["agreement_signed", "budget"]),
])
def test_query_facts_filters(store: Store, query: dict, expected: list[str]) -> None:
    _filtered_store(store)
    rows = store.query_facts(**query)
    assert [r.fact.type for r in rows] == expected
    assert all(r.title == "Pact" and r.outlet == "Wire A" and r.published == "2023-01-20" for r in rows)


def _events(store: Store) -> list[Event]:
    for n in range(3):
        a, facts = meeting_article(n)
        store.save_article(a, facts)
    events = resolve_events(store.all_facts())
    store.save_events(events)
    return events


def test_save_events_links_facts_and_is_idempotent(store: Store) -> None:
    events = _events(store)
    assert len(events) == 3  # three articles tell the same three events
    listed = store.list_events()
    assert {e.id for e in listed} == {e.id for e in events}
    assert all(len(e.facts) == 3 and len({f.article_id for f in e.facts}) == 3 for e in listed)
    store.save_events(events)
    assert store.counts()["events"] == 3
    assert sorted(store.list_events(), key=lambda e: e.id) == sorted(events, key=lambda e: e.id)


def test_list_events_filters_and_get_event(store: Store) -> None:
    events = _events(store)
    assert [e.type for e in store.list_events(country="PHL")] == ["arms_transfer"]
    assert [e.type for e in store.list_events(country="JPN", partner="AUS")] == ["agreement_signed"]
    assert [e.type for e in store.list_events(since="2024-06-09")] == ["meeting", "agreement_signed"]
    assert [e.type for e in store.list_events(since="2024-06-10")] == ["agreement_signed"]
    meeting = next(e for e in events if e.type == "meeting")
    detail = store.get_event(meeting.id[:8])
    assert detail is not None and detail.event == meeting
    assert set(detail.articles) == {f.article_id for f in meeting.facts}
    assert detail.review is None and detail.history == ()
    assert store.get_event("nope") is None


def test_review_survives_reingest_and_remerge(store: Store) -> None:
    events = _events(store)
    meeting = next(e for e in events if e.type == "meeting")
    review = store.set_review(meeting.id, "edited", {"place": "Tokyo, Ichigaya"}, reviewer="ana")
    assert review.apply(meeting).place == "Tokyo, Ichigaya"
    a, facts = meeting_article(1)
    assert store.save_article(a, facts) == "unchanged"
    store.save_events(resolve_events(store.all_facts()))  # same facts: same ids
    assert store.get_event(meeting.id).review.state == "edited"


def test_review_follows_an_event_whose_id_changed(store: Store) -> None:
    a = article("Japan and Australia signed a logistics pact this year.", source="pages/early.txt")
    store.save_article(a, [fact(a, "agreement_signed", ("AUS", "JPN"), "2024", agreement_kind="acsa")])
    first = resolve_events(store.all_facts())
    store.save_events(first)
    store.set_review(first[0].id, "accepted", reviewer="ana")
    # A later report gives the day: the event's date (and so its id) becomes more precise.
    b = article("The pact was signed on 12 June 2024 in Tokyo.", source="pages/late.txt")
    store.save_article(b, [fact(b, "agreement_signed", ("AUS", "JPN"), "2024-06-12", agreement_kind="acsa")])
    second = resolve_events(store.all_facts())
    assert len(second) == 1 and second[0].id != first[0].id and len(second[0].facts) == 2
    store.save_events(second)
    assert store.counts()["events"] == 1
    moved = store.get_event(first[0].id)
    assert moved is not None and moved.event.id == second[0].id
    assert moved.review.state == "accepted" and moved.aliases == (first[0].id,)
    assert store.reviews()[second[0].id].reviewer == "ana"
    assert store.set_review(first[0].id, "rejected").event_id == second[0].id


def test_review_rejects_bad_input(store: Store) -> None:
    events = _events(store)
    with pytest.raises(StoreError, match="unknown review state"):
        store.set_review(events[0].id, "maybe")
    with pytest.raises(StoreError, match="cannot edit"):
        store.set_review(events[0].id, "edited", {"id": "x"})
    with pytest.raises(StoreError, match="no event"):
        store.set_review("0000000000000000", "accepted")
    store.set_review(events[0].id, "accepted")
    store.set_review(events[0].id, "rejected", reviewer="bo")
    detail = store.get_event(events[0].id)
    assert [r.state for r in detail.history] == ["rejected", "accepted"] and detail.review.reviewer == "bo"
    assert store.counts()["reviews"] == 1


def test_thread_siblings_are_listed(store: Store) -> None:
    a = article("Japan and Canada began talks, signed the ACSA, and it took effect.")
    store.save_article(a, [
        fact(a, "agreement_negotiation", ("CAN", "JPN"), "2017-05", agreement_kind="acsa"),
        fact(a, "agreement_signed", ("CAN", "JPN"), "2018-04-21", agreement_kind="acsa"),
        fact(a, "agreement_in_force", ("CAN", "JPN"), "2019-07", agreement_kind="acsa"),
    ])
    events = resolve_events(store.all_facts())
    store.save_events(events)
    signed = next(e for e in events if e.type == "agreement_signed")
    detail = store.get_event(signed.id)
    assert [e.type for e in detail.thread] == ["agreement_negotiation", "agreement_in_force"]


def test_runs_record_problems(store: Store) -> None:
    from pactwatch.model import Problem

    run = store.start_run()
    store.finish_run(run, {"articles": 0}, [Problem("x.bin", "binary", "not text", "skip it")])
    assert store.counts()["articles"] == 0


def test_malformed_facts_are_refused_before_any_write(store: Store) -> None:
    a, facts = meeting_article(8)
    with pytest.raises(StoreError, match="fact 1 of pages/p0008.txt: its status is missing"):
        store.save_article(a, [facts[0], replace(facts[1], status=None)])
    assert store.counts()["articles"] == 0
    long_values = replace(facts[0], date="2024-06-09T10:00:00+09:00", agreement_kind="a" * 200)
    assert store.save_article(a, [long_values]) == "new"  # no VARCHAR limit differs between backends
    assert store.all_facts() == [long_values]


def test_save_articles_batch_matches_one_by_one(store: Store, tmp_path) -> None:
    a, a_facts = meeting_article(10)
    store.save_article(a, a_facts)
    b, b_facts = meeting_article(11)
    changed = article("Report 10, corrected text.", source=a.source)
    batch = [(b, b_facts), (a, a_facts), (changed, [fact(changed)]), (b, b_facts), *[meeting_article(n) for n in (12, 13)]]
    assert store.save_articles(batch) == ["new", "unchanged", "new_version", "unchanged", "new", "new"]
    assert store.counts() == {"articles": 4, "article_versions": 5, "facts": 10, "events": 0, "reviews": 0}
    assert store.save_articles(batch[-2:]) == ["unchanged", "unchanged"]
    one_by_one = open_store(f"sqlite:///{tmp_path / 'other.db'}")
    for item in batch:
        one_by_one.save_article(*item)
    assert sorted(store.all_facts(), key=repr) == sorted(one_by_one.all_facts(), key=repr)


def test_save_articles_refuses_a_bad_batch_whole(store: Store) -> None:
    a, facts = meeting_article(14)
    with pytest.raises(StoreError, match="its type is missing"):
        store.save_articles([(a, facts), meeting_article(15)[:1] + ([replace(facts[0], type="")],)])
    assert store.counts()["articles"] == 0


def test_saving_the_same_events_again_writes_nothing(store: Store) -> None:
    events = _events(store)
    before = {e.event.id: (e.first_seen, e.last_seen) for e in map(store.get_event, [x.id for x in events])}
    store.save_events(resolve_events(store.all_facts()))
    after = {e.event.id: (e.first_seen, e.last_seen) for e in map(store.get_event, [x.id for x in events])}
    assert after == before
    a, facts = meeting_article(3)
    store.save_article(a, facts)
    store.save_events(resolve_events(store.all_facts()))
    meeting = next(e for e in store.list_events() if e.type == "meeting")
    detail = store.get_event(meeting.id)
    assert len(meeting.facts) == 4 and detail.first_seen == before[meeting.id][0]
    assert detail.last_seen > before[meeting.id][1]


def test_review_follows_an_event_when_its_article_gets_a_new_version(store: Store) -> None:
    a = article("Japan and India met in August.", source="pages/india.txt")
    store.save_article(a, [fact(a, "meeting", ("IND", "JPN"), "2024-08", place="New Delhi")])
    first = resolve_events(store.all_facts())
    store.save_events(first)
    store.set_review(first[0].id, "accepted")
    b = article("Japan and India met on 20 September (corrected).", source="pages/india.txt")
    assert store.save_article(b, [fact(b, "meeting", ("IND", "JPN"), "2024-09-20", place="New Delhi")]) == "new_version"
    second = resolve_events(store.all_facts())
    assert second[0].id != first[0].id
    store.save_events(second)
    detail = store.get_event(first[0].id)
    assert detail.event.id == second[0].id and detail.review.state == "accepted"
