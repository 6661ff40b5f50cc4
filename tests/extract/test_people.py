"""People come with their state and role, spelled as the reference spells them (and as the article did)."""

from datetime import date

from pactwatch.extract.actors import find_mentions
from pactwatch.extract.nlp import parse
from pactwatch.extract.people import people_in, remember
from pactwatch.reference import load_reference

REF = load_reference()
ON = date(2022, 8, 30)


def people(sentence: str, registry=None):
    registry = {} if registry is None else registry
    doc = parse([sentence])[0]
    mentions = find_mentions(sentence, REF, ON, {"Yasukazu Hamada"})
    return people_in(sentence, doc, mentions, REF, ON, registry)


def test_official_spelled_family_name_first_is_normalised():
    got = people("Defense Minister HAMADA Yasukazu received Israeli Defense Minister Benny Gantz.")
    assert [(p.name, p.country) for p in got] == [("Yasukazu Hamada", "JPN"), ("Benny Gantz", "ISR")]


def test_unknown_person_takes_the_demonym_before_the_name():
    got = people("The visit was led by Latvian Defence Minister Janis Ozolkalns on Tuesday.")  # nobody in the data
    assert [(p.name, p.country, p.role) for p in got] == [("Janis Ozolkalns", "LVA", "defence minister")]


def test_bare_surname_resolves_through_the_registry():
    registry: dict = {}
    remember(registry, people("Estonian Defence Minister Hanno Pevkur arrived.", registry))
    got = people("Pevkur then met reporters.", registry)
    assert [p.name for p in got] == ["Hanno Pevkur"]


def test_a_misspelled_official_keeps_the_article_spelling_beside_the_record():
    on = date(2024, 6, 12)
    sentence = "The talks were co-chaired by Masatoshi Fukasawa, head of the Japanese acquisition agency."
    mentions = find_mentions(sentence, REF, on, set())
    got = people_in(sentence, parse([sentence])[0], mentions, REF, on, {})
    assert [(p.name, p.spelled) for p in got] == [("Masaki Fukasawa", "Masatoshi Fukasawa")]


def test_word_order_and_case_are_not_a_misspelling():
    got = people("Defense Minister HAMADA Yasukazu received Israeli Defense Minister Benny Gantz.")
    assert [p.spelled for p in got] == [None, None]


def names(sentence: str) -> list[tuple]:
    return [(p.name, p.country) for p in people(sentence)]


def test_malay_honorifics_are_titles_not_names():
    got = names("The talks followed a meeting between Defence Minister Datuk Seri Ahmad Rizal Hashim and a Thai envoy.")
    assert got == [("Ahmad Rizal Hashim", None)]


def test_buildings_ships_credits_and_places_are_not_people():
    assert names("Cambodia's Gen Tea Vanna signed the memorandum at Wisma Pertahanan here.") == [("Tea Vanna", "KHM")]
    assert names("The drills run in the coastal towns of Agadir, Sidi Ifni, Tan Tan, Tiznit and Essaouira.") == []
    assert names("The exercise will involve the Hassan II frigate and French aircraft.") == []
    assert names("Picture by Ahmad Zaki Yusof for the ministry.") == []
    assert names("The minister's brother, Tomas Kral, was not at the ceremony with Polish officials.") == []


def test_a_nickname_in_quotes_does_not_cut_the_name():
    got = names("The pact will be signed during the visit of President Ramon “Jojo” Castillo Jr. to Jakarta.")
    assert got == [("Ramon Castillo Jr.", None)]


def test_the_state_comes_from_the_grammar_not_the_nearest_name():
    assert names("In Norway, the Minister of Defence of Chile, Mario Fuentes Rojas, signed the accord.") == [
        ("Mario Fuentes Rojas", "CHL")]
    assert names("Kenya and Ghana signed; Kofi Mensah Boateng, Minister of Defence of Ghana, attended.") == [
        ("Kofi Mensah Boateng", "GHA")]
    assert names("A delegation led by Thailand's Deputy Minister of Defence, Somchai Kittipong Wat, visited Manila.") == [
        ("Somchai Kittipong Wat", "THA")]
    assert names("Peru's Ambassador to Kenya, Paulo Mendes Costa, toured the base.") == [("Paulo Mendes Costa", "PER")]


def test_a_firm_before_the_title_names_its_state():
    assert names("Baykar CEO Selim Kaya said the firm had signed an export deal with Kenya.") == [("Selim Kaya", "TUR")]


def test_a_ranked_name_the_parser_misses_is_still_a_person():
    got = names("Brunei's Minister of Defence Gen Awang Halbi Matusin, who is on a visit to Laos, signed the memorandum.")
    assert got == [("Awang Halbi Matusin", "BRN")]
    assert names("General Dynamics and General Atomics Aeronautical will supply the drones to Poland.") == []


def test_a_long_title_still_carries_the_possessive_state():
    got = names("The visit was led by Indonesia's Senior Deputy Minister of Maritime Affairs, Budi Santoso Rahardjo, "
                "to Hanoi.")
    assert got == [("Budi Santoso Rahardjo", "IDN")]


def test_a_state_before_another_person_and_a_verb_is_not_the_next_persons():
    assert names("Japan's Kihara met Luis de Guindos at the base.")[1:] == [("Luis de Guindos", None)]
    assert names("Indonesia's minister and his Malaysian counterpart Dato Seri Azlan bin Tun Rahman inked the deal."
                 ) == [("Azlan bin Tun Rahman", "MYS")]


def test_demonym_after_to_is_the_person_state():
    got = people("The patrol boat was handed over by Australian Minister Mark Collins to Fijian Prime Minister Josefa Naulivou.")
    assert [(p.name, p.country) for p in got] == [("Mark Collins", "AUS"), ("Josefa Naulivou", "FJI")]


def test_state_name_after_to_is_where_an_envoy_is_sent():
    got = people("The talks were attended by Ambassador to Chile Maria Lopez Vargas, a Spanish diplomat.")
    assert all(p.country != "CHL" for p in got)


def test_field_marshal_opens_a_name():
    got = people("The pact was signed by Ethiopia's Chief of the National Defence Forces, Field Marshal Abebe Tesfaye, in Addis Ababa.")
    assert [(p.name, p.country) for p in got] == [("Abebe Tesfaye", "ETH")]


def test_equipment_named_like_a_person_is_no_person():
    got = people("Fiji has taken delivery of its second Guardian-class Patrol Boat at a ceremony in Western Australia.")
    assert got == []
    got = people("Prague signed for 24 Lockheed Martin F-35A Lightning II fighters on Monday.")
    assert not any(ch.isdigit() for p in got for ch in p.name)


def test_a_person_named_like_a_ship_word_elsewhere_is_kept():
    got = people("Britain's Defence Secretary John Hartley visited the frigate base in Portsmouth.")
    assert [(p.name, p.country) for p in got] == [("John Hartley", "GBR")]


def test_romanian_defence_minister_named_without_a_demonym():
    got = people("The pact was signed in Bucharest by National Defence Minister Angel Tilvar and a Polish delegation.")
    assert [(p.name, p.country) for p in got][:1] == [("Angel Tîlvăr", "ROU")]


def test_a_namesake_titled_by_another_state_takes_the_title_state():
    got = people("Venezuelan Foreign Minister Pedro Sanchez flew to Havana on Monday.")  # not Spain's premier
    assert [(p.name, p.country) for p in got] == [("Pedro Sanchez", "VEN")]
    got = people("Spanish Prime Minister Pedro Sanchez flew to Rabat on Monday.")
    assert [(p.name, p.country) for p in got] == [("Pedro Sánchez", "ESP")]


def test_a_person_named_in_a_comparison_or_time_bound_takes_no_part():
    got = people("Prime Minister Maria Lund visited Accra on Monday, the first Danish leader to do so since Poul Schluter.")
    assert [p.name for p in got] == ["Maria Lund"]
    got = people("Defence Minister Benny Gantz got a warmer welcome in Rabat than his predecessor Avigdor Lieberman.")
    assert [p.name for p in got] == ["Benny Gantz"]
    got = people("Shoigu met Defense Minister Hamada, who has served since April.")
    assert {p.name for p in got} >= {"Yasukazu Hamada"}
