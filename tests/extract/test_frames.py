"""Frames: a trigger's head word, the chain of heads above it, quoted speech, territories."""

from pactwatch.extract.frames import head_token, off_event, quoted, territories
from pactwatch.extract.nlp import parse


def test_long_quotation_is_speech_but_a_quoted_name_is_not():
    text = 'He said: "We took part in long talks with our friends in Oslo last week," before leaving.'
    assert quoted(text, text.index("talks"))
    name = 'They held the first round of the "Joint Naval Dialogue" in Stockholm.'
    assert not quoted(name, name.index("Naval"))


def test_sentence_continuing_a_quotation_is_quoted():
    text = 'we never held talks with Sweden," the Norwegian defence minister said.'
    assert quoted(text, text.index("talks"))


def test_off_event_reads_the_chain_of_heads():
    def why(text: str, word: str):
        doc = parse([text])[0]
        start = text.index(word)
        return off_event(head_token(doc, start, start + len(word)))

    assert why("A photo of the meeting was denied by the palace.", "meeting") == "contested"
    assert why("The senator testified about a meeting at the embassy.", "meeting") == "topic"
    assert why("The minister rejected the plan at the meeting in Oslo.", "meeting") is None
    assert why("The two ministers met in Oslo on Monday.", "met") is None


def test_territories_name_their_sovereign_and_taiwan_is_not_one():
    assert territories()["HKG"] == "CHN" and territories()["GUM"] == "USA"
    assert "TWN" not in territories()
