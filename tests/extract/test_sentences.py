"""Sentences keep exact offsets and stay bounded on text with no punctuation."""

from pactwatch.extract.sentences import MAX_SENTENCE, split_sentences


def test_offsets_point_into_the_text():
    text = "Gen. Smith met Dr. Jones in the U.S. capital on Monday. They agreed to talk again.\n\nA new paragraph here."
    got = split_sentences(text)
    assert [s.text for s in got] == ["Gen. Smith met Dr. Jones in the U.S. capital on Monday.",
                                     "They agreed to talk again.", "A new paragraph here."]
    for s in got:
        assert text[s.start : s.end] == s.text
    assert [s.paragraph for s in got] == [0, 0, 1]


def test_no_punctuation_is_cut_into_bounded_pieces():
    text = " ".join(["word"] * 3000)
    got = split_sentences(text)
    assert len(got) > 1
    assert all(len(s.text) <= MAX_SENTENCE for s in got)
    assert text[got[-1].start : got[-1].end] == got[-1].text


def test_limit_bounds_the_count():
    text = "One short line here. " * 500
    assert len(split_sentences(text, limit=10)) == 10


def test_hard_wrapped_lines_are_read_as_running_text():
    text = ("ANKARA, May 3. Today the defence ministers of Chile and Peru\n\nmet in Lima and signed a plan of\n\n"
            "military cooperation for 2025. The talks\n\nlasted two hours.\n\nA new paragraph starts here.")
    got = split_sentences(text)
    assert [s.text for s in got] == [
        "ANKARA, May 3.", "Today the defence ministers of Chile and Peru  met in Lima and signed a plan of  military "
        "cooperation for 2025.", "The talks  lasted two hours.", "A new paragraph starts here."]
    for s in got:
        assert text[s.start : s.end].replace("\n", " ") == s.text
    assert [s.paragraph for s in got] == [0, 0, 0, 1]


def test_lines_that_close_or_start_in_capitals_stay_apart():
    text = "Defence ministers met\n\nKey points of the talks:\n\nthe border, the drills\n\nThe pact was signed.\n\nnew line"
    got = split_sentences(text)
    assert [s.paragraph for s in got] == [0, 1, 2, 3, 4]
    assert got[-1].text == "new line" and got[-2].text == "The pact was signed."
