"""People merged across reports: word order, short forms, misspellings, the official record."""

from __future__ import annotations

from datetime import date

from pactwatch.model import Person
from pactwatch.reference import load_reference
from pactwatch.resolve.names import NoLookup, fold, merge_people, programme_key


def test_fold_removes_accents_and_punctuation() -> None:
    assert fold("Phan Văn Giang") == "phan van giang"
    assert fold("Mohammed bin Zayed al-Nahyan") == "mohammed bin zayed al nahyan"


def test_order_short_forms_and_titles_merge_without_notes() -> None:
    people, notes = merge_people([(Person("Minoru Kihara", "JPN", "defence minister"), "a"),
                                  (Person("Kihara Minoru", "JPN"), "b"), (Person("Kihara"), "c"),
                                  (Person("Mr Lloyd Austin", "USA"), "d")], None, NoLookup())
    assert people == (Person("Minoru Kihara", "JPN", "defence minister"), Person("Mr Lloyd Austin", "USA"))
    assert notes == ()


def test_misspelling_between_reports_is_merged_with_a_note() -> None:
    people, notes = merge_people([(Person("Giorgia Meloni", "ITA"), "a"), (Person("Giorgona Meloni", "ITA"), "b"),
                                  (Person("Giorgia Meloni", "ITA"), "c")], None, NoLookup())
    assert people == (Person("Giorgia Meloni", "ITA"),)
    assert notes == ("name spelled 'Giorgona Meloni' in b; other reports have 'Giorgia Meloni'",)


def test_official_record_fixes_a_spelling_and_adds_the_country() -> None:
    ref = load_reference()
    people, notes = merge_people([(Person("Masatoshi Fukasawa"), "s1"), (Person("William LaPlante", "USA"), "s1")],
                                 date(2024, 6, 9), ref)
    assert [(p.name, p.country) for p in people] == [("Masaki Fukasawa", "JPN"), ("William LaPlante", "USA")]
    assert notes == ("name spelled 'Masatoshi Fukasawa' in s1; the official record has 'Masaki Fukasawa'",)


def test_different_people_stay_apart() -> None:
    people, _ = merge_people([(Person("Takeshi Iwaya", "JPN"), "a"), (Person("Takeshi Ishikawa", "JPN"), "b"),
                              (Person("Anthony Albanese", "AUS"), "a")], None, NoLookup())
    assert len(people) == 3


def test_programme_key_uses_reference_aliases() -> None:
    ref = load_reference()
    assert programme_key("Global Combat Air Programme", ref) == programme_key("GCAP", ref) == "GCAP"
    assert programme_key("Defense Strategy Dialogue", ref) == "defense strategy dialogue"
    assert programme_key(None, ref) is None


def test_the_article_spelling_of_a_normalised_name_is_noted() -> None:
    ref = load_reference()
    reported = Person("Masaki Fukasawa", "JPN", "commissioner", spelled="Masatoshi Fukasawa")
    people, notes = merge_people([(reported, "s1")], date(2024, 6, 9), ref)
    assert [p.name for p in people] == ["Masaki Fukasawa"] and people[0].spelled is None
    assert notes == ("name spelled 'Masatoshi Fukasawa' in s1; the official record has 'Masaki Fukasawa'",)
