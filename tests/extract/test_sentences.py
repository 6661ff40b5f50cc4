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
