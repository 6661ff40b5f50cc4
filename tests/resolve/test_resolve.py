"""resolve_events end to end: merges, stable ids, dates, status, notes, threads, order independence."""

from __future__ import annotations

import random
from dataclasses import replace

from pactwatch.model import Amount, Evidence, Fact, Person
from pactwatch.resolve import NoLookup, resolve_events


def f(doc: str, type_: str, parties: tuple[str, ...], date: str | None, status: str = "occurred", **more) -> Fact:
    sentence = f"{doc}: {type_} {date}"
    return Fact(article_id=doc, doc=doc, type=type_, parties=parties, date=date, status=status,
                evidence=(Evidence(sentence, 0, len(sentence)),), **more)


def by_doc(events) -> dict[str, str]:
    return {fact.doc: e.id for e in events for fact in e.facts}


def test_month_and_day_reports_merge_and_keep_the_day() -> None:
    events = resolve_events([f("a", "agreement_signed", ("JPN", "PHL"), "2026-01", "planned", agreement_kind="acsa"),
                             f("b", "agreement_signed", ("JPN", "PHL"), "2026-01-15", agreement_kind="acsa")])
    assert len(events) == 1
    assert (events[0].date, events[0].status, events[0].agreement_kind) == ("2026-01-15", "occurred", "acsa")


def test_two_acsas_years_apart_stay_apart() -> None:
    events = resolve_events([f("a", "agreement_signed", ("AUS", "JPN"), "2010-05-19", agreement_kind="acsa"),
                             f("b", "agreement_signed", ("AUS", "JPN"), "2017-01-14", agreement_kind="acsa")])
    assert len(events) == 2 and events[0].id != events[1].id


def test_undated_report_joins_the_only_signing_but_not_when_two_fit() -> None:
    one = resolve_events([f("a", "agreement_signed", ("JPN", "NLD"), "2025-12-18", agreement_kind="acsa"),
                          f("b", "agreement_signed", ("JPN", "NLD"), None, agreement_kind="acsa")])
    assert len(one) == 1 and one[0].date == "2025-12-18"
    two = resolve_events([f("a", "agreement_signed", ("AUS", "JPN"), "2010-05-19", agreement_kind="acsa"),
                          f("b", "agreement_signed", ("AUS", "JPN"), "2017-01-14", agreement_kind="acsa"),
                          f("c", "agreement_signed", ("AUS", "JPN"), None, agreement_kind="acsa")])
    assert len(two) == 3


def test_undated_meeting_needs_a_shared_place_or_person() -> None:
    dated = f("a", "meeting", ("IND", "JPN"), "2024-08", place="New Delhi")
    bare = f("b", "meeting", ("IND", "JPN"), None, place="Vientiane")
    assert len(resolve_events([dated, bare])) == 2
    same_place = f("c", "meeting", ("IND", "JPN"), None, place="New Delhi")
    assert len(resolve_events([dated, same_place])) == 1


def test_days_apart_merge_with_a_note_and_the_most_reported_day() -> None:
    events = resolve_events([f("a", "agreement_signed", ("JPN", "NLD"), "2025-12-17", agreement_kind="acsa"),
                             f("b", "agreement_signed", ("JPN", "NLD"), "2025-12-18", agreement_kind="acsa"),
                             f("c", "agreement_signed", ("JPN", "NLD"), "2025-12-18", agreement_kind="acsa")])
    assert len(events) == 1 and events[0].date == "2025-12-18"
    assert events[0].notes == ("reports give different dates: 2025-12-17 (a); 2025-12-18 (b, c); kept 2025-12-18",)


def test_one_article_never_tells_one_event_twice() -> None:
    events = resolve_events([f("a", "meeting", ("IDN", "JPN"), "2025-11-17", people=(Person("Sugiono"),)),
                             replace(f("a", "meeting", ("IDN", "JPN"), "2025-11-17"), people=(Person("Koizumi"),))])
    assert len(events) == 2 and len({e.id for e in events}) == 2


def test_exact_repeats_in_one_article_are_one_fact() -> None:
    fact = f("a", "meeting", ("IDN", "JPN"), "2025-11-17")
    events = resolve_events([fact, fact])
    assert len(events) == 1 and events[0].facts == (fact,)


def test_budget_figures_are_their_identity() -> None:
    events = resolve_events([f("a", "budget", ("JPN",), "2023", amount=Amount(6.8e12, "JPY")),
                             f("b", "budget", ("JPN",), "2023", amount=Amount(6.82e12, "JPY")),
                             f("c", "budget", ("JPN",), "2023", amount=Amount(8.968e11, "JPY"))])
    assert sorted(len(e.facts) for e in events) == [1, 2]


def test_people_merged_and_official_spelling_noted() -> None:
    events = resolve_events([
        f("a", "meeting", ("JPN", "USA"), "2024-06-09", people=(Person("Masatoshi Fukasawa", "JPN"),)),
        f("b", "meeting", ("JPN", "USA"), "2024-06-09", people=(Person("Fukasawa"), Person("William LaPlante")))])
    assert len(events) == 1
    assert [p.name for p in events[0].people] == ["Masaki Fukasawa", "William LaPlante"]
    assert any("Masatoshi Fukasawa" in n and "official record" in n for n in events[0].notes)


def test_programme_aliases_merge_through_reference_data() -> None:
    events = resolve_events([f("a", "joint_programme", ("GBR", "ITA", "JPN"), None, "ongoing",
                               programme="Global Combat Air Programme"),
                             f("b", "joint_programme", ("GBR", "ITA", "JPN"), None, "ongoing", programme="GCAP")])
    assert len(events) == 1 and events[0].programme == "GCAP"


def test_without_reference_data_spellings_alone_decide() -> None:
    events = resolve_events([f("a", "joint_programme", ("GBR", "ITA", "JPN"), None, "ongoing",
                               programme="Global Combat Air Programme"),
                             f("b", "joint_programme", ("GBR", "ITA", "JPN"), None, "ongoing", programme="GCAP")],
                            lookup=NoLookup())
    assert len(events) == 2


def test_ids_are_stable_across_order_and_more_precise_reports() -> None:
    facts = [f("a", "meeting", ("JPN", "USA"), "2024-04-10", place="Washington"),
             f("b", "meeting", ("JPN", "USA"), "2024-04-28", place="Tokyo"),
             f("c", "agreement_signed", ("CAN", "JPN"), "2025-07-08", agreement_kind="isa"),
             f("d", "meeting", ("JPN", "USA"), "2024-04", place="Tokyo")]
    first = resolve_events(facts)
    for seed in range(5):
        shuffled = facts[:]
        random.Random(seed).shuffle(shuffled)
        assert resolve_events(shuffled) == first
    month_only = resolve_events([f("x", "agreement_signed", ("CAN", "JPN"), "2025-07", agreement_kind="isa")])
    with_day = resolve_events([f("x", "agreement_signed", ("CAN", "JPN"), "2025-07", agreement_kind="isa"),
                               f("y", "agreement_signed", ("CAN", "JPN"), "2025-07-08", agreement_kind="isa")])
    assert month_only[0].id == with_day[0].id


def test_lifecycle_events_share_a_thread_per_signing() -> None:
    events = resolve_events([
        f("a", "agreement_negotiation", ("JPN", "PHL"), "2025-10", agreement_kind="acsa"),
        f("b", "agreement_signed", ("JPN", "PHL"), "2026-01-15", agreement_kind="acsa"),
        f("c", "agreement_in_force", ("JPN", "PHL"), "2026-03", agreement_kind="acsa"),
        f("d", "agreement_signed", ("JPN", "PHL"), "2024-07-08", agreement_kind="raa"),
        f("e", "agreement_in_force", ("JPN", "PHL"), "2025-09-11", agreement_kind="raa"),
        f("g", "meeting", ("JPN", "PHL"), "2026-01-15")])
    thread = {e.facts[0].doc: e.thread_id for e in events}
    assert thread["a"] == thread["b"] == thread["c"]
    assert thread["d"] == thread["e"] != thread["a"]
    assert thread["g"] is None


def test_bad_facts_are_ignored_not_raised() -> None:
    good = f("a", "meeting", ("JPN", "USA"), "2024-04-10")
    odd = [replace(good, date="April"), replace(good, article_id="b", doc="b", parties=()), "not a fact"]
    events = resolve_events([good, *odd])
    assert len(events) == 2 and {e.date for e in events} == {"2024-04-10", None}


def test_a_named_programme_is_one_event_whatever_the_report_dates() -> None:
    events = resolve_events([
        f("a", "joint_programme", ("GBR", "ITA", "JPN"), "2024-06-14", "planned", programme="next-generation fighters"),
        f("b", "joint_programme", ("GBR", "ITA", "JPN"), "2024-11-25", "ongoing", programme="GCAP"),
        f("c", "joint_programme", ("GBR", "ITA", "JPN"), None, "ongoing", programme="GCAP")])
    assert len(events) == 1 and events[0].programme == "GCAP" and events[0].notes == ()
    alone = resolve_events([f("b", "joint_programme", ("GBR", "ITA", "JPN"), "2024-11-25", "ongoing", programme="GCAP")])
    assert alone[0].id == events[0].id


def test_place_and_people_tell_meetings_apart_but_not_a_signing() -> None:
    tokyo = dict(place="Tokyo", people=(Person("Toshimitsu Motegi", "JPN"),))
    wellington = dict(place="Wellington", people=(Person("Christopher Luxon", "NZL"),))
    meetings = resolve_events([f("a", "meeting", ("JPN", "NZL"), "2025-12-19", **tokyo),
                               f("b", "meeting", ("JPN", "NZL"), "2025-12-19", **wellington)])
    assert len(meetings) == 2
    signings = resolve_events([f("a", "agreement_signed", ("JPN", "NZL"), "2025-12-19", agreement_kind="acsa", **tokyo),
                               f("b", "agreement_signed", ("JPN", "NZL"), "2025-12-19", agreement_kind="acsa",
                                 **wellington)])
    assert len(signings) == 1
