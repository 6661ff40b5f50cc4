"""Money figures become values in units with an ISO 4217 currency; conversions are flagged."""

import pytest

from pactwatch.extract.amounts import find_amounts


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("a plan worth 3.5 trillion yen over five years", 3.5e12, "JPY"),
    ("spending rose to US$6.6 billion", 6.6e9, "USD"),
    ("with €1.9 billion earmarked for ships", 1.9e9, "EUR"),
    ("a $375 million deal for missiles", 3.75e8, "USD"),
    ("the 3.75-billion-euro purchase of jets", 3.75e9, "EUR"),
    ("a £2 billion fund for industry", 2e9, "GBP"),
    ("an order of 1,200 million won", 1.2e9, "KRW"),
])
def test_parses(text, value, currency):
    got = find_amounts(text)
    assert len(got) == 1
    assert got[0].amount.value == pytest.approx(value)
    assert got[0].amount.currency == currency


def test_conversion_in_parentheses_is_flagged():
    got = find_amounts("about 3.5 trillion yen (about 22.4 billion U.S. dollars) for research")
    assert [a.converted for a in got] == [False, True]


def test_small_numbers_and_plain_counts_are_not_money():
    assert find_amounts("12 jets and 30 helicopters, 5 per cent") == []


def test_iso_code_prefixes_and_zloty():
    from pactwatch.extract.amounts import find_amounts
    found = [(a.amount.value, a.amount.currency) for a in find_amounts("NOK 1.5 billion and 20 billion zlotys")]
    assert found == [(1.5e9, "NOK"), (2e10, "PLN")]


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("a package of AUD 2 billion for the navy", 2e9, "AUD"),
    ("the SAR 4.5 billion order", 4.5e9, "SAR"),
    ("USD1.2 billion in loans", 1.2e9, "USD"),
    ("a 12 billion NOK frigate plan", 1.2e10, "NOK"),
    ("the CA$3 billion radar deal", 3e9, "CAD"),
    ("NT$9.4 billion of missiles", 9.4e9, "TWD"),
    ("R$ 5 billion for submarines", 5e9, "BRL"),
    ("Rs 63,000 crore for warships", 6.3e11, "INR"),
    ("2 billion Swiss francs for jets", 2e9, "CHF"),
    ("a deal of 3 billion dirhams", 3e9, "AED"),
    ("a £1.2bn upgrade", 1.2e9, "GBP"),
    ("1.4 trillion won for tanks", 1.4e12, "KRW"),
])
def test_iso_codes_symbols_and_currency_words(text, value, currency):
    got = find_amounts(text)
    assert [(a.amount.value, a.amount.currency) for a in got] == [(pytest.approx(value), currency)]


@pytest.mark.parametrize("text", [
    "a programme worth $2-3 billion",
    "deals of 4 to 5 billion euros each",
    "somewhere between $1 billion and $2 billion",
    "about half a billion dollars",
])
def test_ranges_and_words_for_numbers_give_no_figure(text):
    assert find_amounts(text) == []


def test_a_change_from_one_figure_to_another_keeps_the_new_one():
    got = find_amounts("spending grew from 6.1 to 6.9 trillion yen; from $40 billion in 2023 to $45 billion in 2024")
    assert [a.amount.value for a in got] == [6.9e12, 4e10, 4.5e10]


@pytest.mark.parametrize(("text", "value"), [
    ("an order for 118 tanks at a cost of ₹ 7,523 crores", 7.523e10),
    ("a Rs 19,600 cr deal for patrol vessels", 1.96e11),
    ("output worth Rs 1.27 Lakh Cr", 1.27e12),
])
def test_indian_scales_in_plural_short_and_capitalised_forms(text, value):
    assert [a.amount.value for a in find_amounts(text)] == [pytest.approx(value)]


@pytest.mark.parametrize(("text", "value", "currency"), [
    ("Abuja set aside N850 billion for the armed forces", 8.5e11, "NGN"),
    ("a ₦40 billion order for patrol boats", 4e10, "NGN"),
    ("Accra approved GH₵ 1.2 billion for the army", 1.2e9, "GHS"),
    ("about 30 billion shillings for the Kenyan navy", 3e10, "KES"),
    ("R4.1 billion for the South African air force", 4.1e9, "ZAR"),
    ("12 billion birr for the army", 1.2e10, "ETB"),
    ("a 900 billion dinar plan for Algeria's forces", 9e11, "DZD"),
    ("Tk 42,000 crore for the forces", 4.2e11, "BDT"),
    ("2 trillion kyat", 2e12, "MMK"),
    ("66 billion baht for submarines", 6.6e10, "THB"),
    ("about 30 trillion dong", 3e13, "VND"),
    ("600 billion tenge", 6e11, "KZT"),
    ("10 billion som", 1e10, "KGS"),
    ("5 billion manat", 5e9, "AZN"),
    ("1.3 billion lari", 1.3e9, "GEL"),
    ("600 billion drams", 6e11, "AMD"),
    ("1.7 trillion hryvnias", 1.7e12, "UAH"),
    ("118 billion zlotys", 1.18e11, "PLN"),
    ("1.6 trillion forints", 1.6e12, "HUF"),
    ("150 billion korunas", 1.5e11, "CZK"),
    ("20 billion lei", 2e10, "RON"),
    ("3 billion leva", 3e9, "BGN"),
])
def test_currencies_of_many_states(text, value, currency):
    assert [(a.amount.value, a.amount.currency) for a in find_amounts(text)] == [(pytest.approx(value), currency)]


def test_a_bare_letter_sign_needs_its_context():
    assert find_amounts("the firm reported N2.5 billion in the first quarter") == []
    assert find_amounts("an offer of R3 billion for the plant") == []


@pytest.mark.parametrize(("text", "currency"), [
    ("Denmark will pay 2 billion kroner", "DKK"),
    ("Oslo will pay 2 billion kroner", "NOK"),
    ("the Czech army gets 9 billion crowns", "CZK"),
    ("Saab won an order of 9 billion crowns", "SEK"),
    ("Pakistan set aside Rs 1.8 trillion", "PKR"),
    ("Beijing raised it to ¥1.6 trillion", "CNY"),
    ("Tokyo sought ¥7.7 trillion", "JPY"),
])
def test_shared_signs_and_words_read_by_the_state_the_sentence_names(text, currency):
    assert [a.amount.currency for a in find_amounts(text)] == [currency]


def test_the_articles_states_re_read_a_shared_word():
    from pactwatch.extract.amounts import resolve
    mention = find_amounts("the navy will get 4 billion kroner more")[0]
    assert mention.amount.currency == "DKK"
    assert resolve(mention, ("NOR",)).currency == "NOK"
    assert resolve(mention, ("DNK", "NOR")).currency == "DKK"
    assert resolve(find_amounts("a 4 billion Danish kroner deal")[0], ("NOR",)).currency == "DKK"


@pytest.mark.parametrize(("text", "value"), [
    ("Rs 4,52,000 crore for the ministry", 4.52e12),  # lakh grouping: 4,52,000 crore
    ("Rs 1,05,118.5 crore in all", 1.051185e12),
    ("a payment of $2,400,000,000 over ten years", 2.4e9),  # western grouping unchanged
])
def test_indian_and_western_digit_grouping(text, value):
    got = find_amounts(text)
    assert [a.amount.value for a in got] == [pytest.approx(value)]


def test_a_bare_dollar_is_a_dollar_states_own_money_only_when_it_spends_it():
    from pactwatch.extract.amounts import spent_by
    bare, marked = find_amounts("$3 billion and US$2 billion")
    assert spent_by(bare, "AUS").currency == "AUD"
    assert spent_by(bare, "SGP").currency == "SGD"
    assert spent_by(bare, "TWN").currency == "USD"  # Taiwan writes NT$ for its own money
    assert spent_by(bare, None).currency == "USD"
    assert spent_by(marked, "AUS").currency == "USD"  # "US$" says whose dollar it is


def test_a_bracketed_figure_in_the_same_currency_is_a_figure_of_its_own():
    got = find_amounts("a rise of Rs 52,000 crore in total allocations (Rs 7,12,000 crore) this year")
    assert [a.converted for a in got] == [False, False]
    got = find_amounts("A$5 billion (US$3.3 billion) for the navy")
    assert [a.converted for a in got] == [False, True]


@pytest.mark.parametrize(("text", "value"), [
    ("the base budget amounts to 3,6 billion crowns", 3.6e9),
    ("a grant of 1,25 million euros", 1.25e6),
    ("2,400 million euros", 2.4e9),
])
def test_a_decimal_comma_before_a_scale_word(text, value):
    assert [a.amount.value for a in find_amounts(text)] == [value]


def test_a_rival_or_neighbour_named_is_no_cue_for_a_shared_currency():
    text = "The budget gives Rs 2.1 lakh crore to the army, which faces threats along the frontier with Pakistan."
    assert [a.amount.currency for a in find_amounts(text)] == ["INR"]
    assert [a.amount.currency for a in find_amounts("Pakistan will spend Rs 2.1 trillion on defence.")] == ["PKR"]
