"""The parties of a fact are the states acting in it: threats, yardsticks, beneficiaries and old ties are topics."""

from datetime import date

from pactwatch.extract.actors import actor_codes, find_mentions
from pactwatch.extract.dates import find_dates
from pactwatch.extract.nlp import parse
from pactwatch.extract.parties import Pair, refine, respective
from pactwatch.reference import load_reference
from tests.extract.helpers import facts, of_type

REF = load_reference()
ON = date(2024, 6, 1)


def acting(sentence: str) -> list[str]:
    doc = parse([sentence])[0]
    return actor_codes(refine(doc, find_mentions(sentence, REF, ON, set())))


def pairs(sentence: str) -> list[Pair]:
    doc = parse([sentence])[0]
    return respective(sentence, doc, find_mentions(sentence, REF, ON, set()), find_dates(sentence, ON))


def test_a_threat_in_a_prepositional_phrase_is_a_topic():
    assert acting("The logistics pact between Chile and Peru took effect in the face of Russian pressure.") == ["CHL", "PER"]
    assert acting("Oslo and Helsinki signed the accord despite Russian objections.") == ["NOR", "FIN"]
    assert acting("Tokyo and Canberra trained together to deter Pyongyang.") == ["JPN", "AUS"]


def test_a_yardstick_is_a_topic_but_the_sides_stay():
    assert acting("Warsaw regards Athens as a counterweight to Algeria in the region.") == ["POL", "GRC"]
    assert acting("Canberra values Jakarta as a bulwark against Beijing.") == ["AUS", "IDN"]


def test_a_beneficiary_is_a_topic_only_when_two_others_act():
    assert acting("Danish and Swedish ministers met to discuss security guarantees for Georgia.") == ["DNK", "SWE"]
    assert acting("Poland will buy tanks for Estonia.") == ["POL", "EST"]  # one other side: Estonia may be the buyer's partner
    assert acting("Japan will send trucks to the Philippines and Vietnam.") == ["JPN", "PHL", "VNM"]  # "to" names recipients


def test_a_tie_already_held_is_background():
    sentence = ("Chile became the first country in its region to sign a logistics pact with Spain, "
                "which already has similar accords with Norway and Denmark.")
    assert acting(sentence) == ["CHL", "ESP"]
    held_now = "Spain, which signed accords with Norway and Denmark on Monday, is pleased."
    assert set(acting(held_now)) == {"ESP", "NOR", "DNK"}  # a relative clause telling an event is no background


def test_a_participle_aside_names_no_party():
    sentence = ("Greek and Polish defence ministers met in Athens to discuss a radar project "
                "named after a treaty between France, Italy and Spain.")
    assert acting(sentence) == ["GRC", "POL"]
    assert acting("Greek and Polish ministers signed a treaty with France and Spain.") == ["GRC", "POL", "FRA", "ESP"]


def test_respectively_pairs_states_with_days():
    found = pairs("Peru signed similar defence accords with Chile and Ecuador on 3 and 5 May, respectively.")
    assert found == [Pair("PER", "CHL", "2024-05-03"), Pair("PER", "ECU", "2024-05-05")]
    found = pairs("Norway and Denmark signed deals with Poland in 2019 and 2021, respectively.")
    assert found == [Pair("POL", "NOR", "2019"), Pair("POL", "DNK", "2021")]
    assert pairs("Peru signed similar defence accords with Chile and Ecuador on 3 and 5 May.") == []
    assert pairs("Peru and Chile signed deals on 3, 4 and 5 May, respectively.") == []  # three dates, two states


def test_respectively_gives_one_fact_per_pair():
    found = facts("Spain signed defence cooperation accords with Chile and Peru on 7 and 9 February, respectively.")
    signed = {(f.parties, f.date) for f in of_type(found, "agreement_signed")}
    assert signed == {(("CHL", "ESP"), "2024-02-07"), (("ESP", "PER"), "2024-02-09")}


def test_threats_and_beneficiaries_stay_out_of_facts():
    found = facts("Korean and Vietnamese defence ministers signed a logistics pact in Hanoi on Tuesday.\n"
                  "The pact took effect on Wednesday in the face of Russian pressure.")
    assert {f.parties for f in of_type(found, "agreement_in_force")} == {("KOR", "VNM")}
    found = facts("The Danish and Swedish defence chiefs met in Oslo on Monday and discussed "
                  "Europe's part in security guarantees for Georgia.")
    assert {f.parties for f in of_type(found, "meeting")} == {("DNK", "SWE")}


def test_old_ties_give_no_negotiation():
    found = facts("Chile became the first country in its region to sign a defence logistics pact with Spain, "
                  "which already has similar accords with Norway and Denmark.")
    assert all(set(f.parties) <= {"CHL", "ESP"} for f in found)


def test_the_instrument_as_subject_inherits_its_parties():
    found = facts("Peru and Chile signed a security of information agreement on Monday.\n"
                  "It was signed in Lima by the two defence ministers.\n"
                  "The agreement entered into force on Thursday.")
    assert {f.parties for f in of_type(found, "agreement_signed")} == {("CHL", "PER")}
    assert {(f.parties, f.date) for f in of_type(found, "agreement_in_force")} == {(("CHL", "PER"), "2024-03-14")}


def test_an_object_pronoun_takes_the_kind_told_before():
    found = facts("Greece and Cyprus negotiated a reciprocal access agreement for two years.\n"
                  "The Greek and Cypriot defence ministers signed it in Nicosia on Monday.")
    assert {(f.parties, f.agreement_kind) for f in of_type(found, "agreement_signed")} == {(("CYP", "GRC"), "raa")}


def test_a_plain_subject_sentence_is_not_an_anaphor():
    found = facts("Peru and Chile signed a security of information agreement on Monday.\n"
                  "It rained in Lima all week as the defence ministers left.")
    assert {f.type for f in found} == {"agreement_signed"}


def test_a_comparison_or_a_description_is_a_yardstick():
    compared = "Peru and Chile signed a logistics pact on Monday, modelled on a similar pact between Spain and Italy."
    assert acting(compared) == ["PER", "CHL"]
    described = "Indian and Greek ministers discussed NATO, a grouping with France and Italy, in Athens."
    assert acting(described) == ["IND", "GRC"]
    assert acting("Peru and Chile signed a logistics pact on Monday, modelled on a French text.") == ["PER", "CHL"]


def test_a_misparsed_dateline_keeps_its_state():
    assert "AUS" in acting("SAN DIEGO — Australia will build new boats with Britain, the leaders said on Monday.")


def test_the_possessor_of_a_thing_is_a_topic_but_not_of_an_actor():
    assert acting("Spanish and Greek ministers met in Madrid and discussed Ukraine's air defence needs.") == ["ESP", "GRC"]
    assert acting("Spain's defence minister met Greece's defence minister in Madrid.") == ["ESP", "GRC"]
    assert acting("Spain's navy and Greece's army trained with Italy's air force.") == ["ESP", "GRC", "ITA"]


def test_a_state_in_an_aside_clause_is_a_topic():
    assert acting("Norway and Sweden signed a tank contract on Friday, after Finland donated old tanks to Ukraine.") \
        == ["NOR", "SWE"]
    found = facts("The German and Dutch navies held a joint drill in the Baltic on Monday, "
                  "a week after Russia's navy staged its own exercise.")
    assert {f.parties for f in of_type(found, "exercise")} == {("DEU", "NLD")}
    told = "France and Italy welcomed the pact agreed in 2020, when Australian and Japanese leaders met in Tokyo."
    assert acting(told) == ["FRA", "ITA", "AUS", "JPN"]  # a "when" clause tells the event itself


def test_the_owners_of_a_company_do_not_act_in_its_deals():
    sentence = "The contract will be signed between the Spain-Italy joint venture and the Indonesian navy."
    assert acting(sentence) == ["IDN"]
    assert acting("Chile signed a contract with the Spanish firm on Monday.") == ["CHL", "ESP"]


def test_the_instrument_names_its_own_sides():
    found = facts("Peruvian and Ecuadorian defence officials welcomed Chile's defence agreement with Spain, "
                  "which was signed in Madrid on Monday.")
    assert {f.parties for f in of_type(found, "agreement_signed")} == {("CHL", "ESP")}
    found = facts("Peru and Ecuador welcomed the defence pact between Chile and Spain signed on Monday.")
    assert {f.parties for f in of_type(found, "agreement_signed")} == {("CHL", "ESP")}
    found = facts("Chile and Spain signed a defence pact on Monday.")  # no sides on the noun: the sentence's states
    assert {f.parties for f in of_type(found, "agreement_signed")} == {("CHL", "ESP")}


def test_the_possessor_of_an_event_noun_acts():
    assert acting("Peru and Ecuador discussed Chile's talks with Spain on Monday.") == ["PER", "ECU", "CHL", "ESP"]


def test_a_sentence_naming_only_a_threat_borrows_states_only_from_just_before():
    near = facts("Peru and Chile signed a defence logistics pact on Monday. "
                 "The pact took effect on Friday in the face of Russian pressure.")
    assert {f.parties for f in of_type(near, "agreement_in_force")} == {("CHL", "PER")}
    far = facts("Peru and Chile signed a defence logistics pact on Monday.\n"
                "The weather in the capital was mild for the season.\n"
                "Officials said navies held joint drills on Tuesday in the face of Russian pressure.")
    assert not of_type(far, "exercise")


def test_a_passive_signing_in_a_capital_takes_the_pacts_sides_not_the_place_or_the_article_pair():
    found = facts("Spanish and Greek defence ministers met in Madrid on Monday and agreed to expand joint drills.\n"
                  "Madrid and Athens also discussed the defence agreement between Peru and Chile.\n"
                  "It was signed in Lima in July last year by the two defence ministers.")
    assert {(f.parties, f.date) for f in of_type(found, "agreement_signed")} == {(("CHL", "PER"), "2023-07")}
    named = facts("Peru and Chile signed a defence agreement in January.\n"
                  "Spanish and Greek defence ministers met in Madrid on Monday.\n"
                  "The Spain-Greece agreement was signed in Athens on Friday.")
    assert ("ESP", "GRC") in {f.parties for f in of_type(named, "agreement_signed")}  # own sides beat the anaphor


def test_witnesses_of_a_signing_are_not_topics():
    assert acting("The pact was signed in the presence of Spanish and Greek ministers.") == ["ESP", "GRC"]


def test_another_states_wish_told_beside_the_event_is_a_topic():
    found = facts("Spain, Italy and Greece signed a defence treaty on Thursday, and Poland's bid to join was left open.")
    assert {f.parties for f in of_type(found, "agreement_signed")} == {("ESP", "GRC", "ITA")}


def test_respectively_ignores_a_date_told_before_the_list():
    found = pairs("On 2 June, officials said Norway and Denmark had signed deals with Poland in 2019 and 2021, respectively.")
    assert found == [Pair("POL", "NOR", "2019"), Pair("POL", "DNK", "2021")]


def test_a_scrapped_purchase_stays_undone_once_its_topics_are_gone():
    scrapped = facts("Peru decided on Monday to scrap an agreement to buy Spanish frigates in favour of an Italian design.")
    assert not of_type(scrapped, "arms_transfer")
    bought = facts("Peru signed an agreement on Monday to buy Spanish frigates.")
    assert {f.parties for f in of_type(bought, "agreement_signed")} == {("ESP", "PER")}  # a live purchase still counts


def test_a_list_under_one_recipient_preposition_is_one_side():
    text = ("Berlin extended its ban on arms exports by six months. The spokesman said the deal would lift limits on "
            "joint European projects delivered to Saudi Arabia and the United Arab Emirates.")
    assert not [f for f in facts(text) if set(f.parties) == {"ARE", "SAU"}]


def test_firms_stand_for_their_states_when_no_pair_is_named():
    found = facts("Embraer and Saab on Monday opened a production line for Gripen fighter jets in Brazil, deepening "
                  "their joint programme.")
    assert [f.parties for f in of_type(found, "joint_programme")] == [("BRA", "SWE")]
    assert facts("Rheinmetall reported record quarterly sales on Thursday, driven by orders from Germany and Hungary, "
                 "its chief executive said.") == []


def test_a_speaker_whose_side_is_not_in_the_event_brings_no_state():
    found = facts("Japan will supply coastal radars to the Philippines under the new deal, Austin said on Tuesday.")
    assert [f.parties for f in of_type(found, "arms_transfer")] == [("JPN", "PHL")]


def test_states_of_a_while_clause_are_asides_when_the_main_clause_names_the_pair():
    text = "The two ministers agreed to deepen air defence cooperation, while Warsaw said it opposed selling tanks to Hungary."
    assert acting(text) == []
    text = "Poland agreed to deepen air defence cooperation, while Warsaw said it opposed selling tanks to Hungary."
    assert "POL" in acting(text)  # no pair marker: the clause's states stay for the families to judge
    text = "It is Chile's third accord of this kind, after one with Peru signed in May last year."
    assert acting(text) == ["CHL", "PER"]  # an earlier accord told in an after-phrase keeps its partner


def test_a_state_qualifying_the_matter_discussed_is_a_topic():
    text = "Australia's defence minister met the governor of Darwin on Friday to discuss the expansion of a US Marine base."
    assert acting(text) == ["AUS"]
    text = "Australia's defence minister met US commanders on Friday to discuss the expansion of a naval base."
    assert acting(text) == ["AUS", "USA"]


def test_the_target_of_a_refused_act_is_a_topic_its_refuser_is_not():
    assert acting("Italy and Spain agreed on Monday to boost training but declined to send troops to Mali.") \
        == ["ITA", "ESP"]
    assert acting("Germany and Austria declined to join the exercise.") == ["DEU", "AUT"]


def test_a_state_in_a_phrase_of_an_earlier_or_later_event_is_an_aside():
    text = "Chile's defence minister met his Peruvian counterpart in Lima on Monday, days after touring Bolivia."
    assert acting(text) == ["CHL", "PER"]
    text = "Peru will buy six patrol boats from Spain, officials said on Friday, ahead of a trip by the president to Chile."
    assert acting(text) == ["PER", "ESP"]


def test_a_state_in_the_matter_the_named_pair_discussed_is_a_topic():
    text = "Ghana's army chief hosted his Togolese counterpart in Accra; the two sides also discussed cooperation with Benin."
    assert acting(text) == ["GHA", "TGO"]
    assert acting("Ghana and Togo discussed cooperation with Benin on Monday.") == ["GHA", "TGO", "BEN"]


def test_similar_instruments_signed_as_the_object_are_the_event_s_own():
    assert acting("Latvia and Estonia signed similar accords with Poland last spring.") == ["LVA", "EST", "POL"]
    assert acting("Peru and Chile signed a pact modelled on a similar accord between Spain and Italy.") == ["PER", "CHL"]
