"""The parser wrapper mends the small model's known lemma slips, which the families' verb frames compare against."""

from pactwatch.extract.nlp import parse
from tests.extract.helpers import facts, of_type


def test_staged_is_the_verb_stage():
    doc = parse(["The navies of Chile and Peru staged joint drills in the Pacific on Monday."])[0]
    assert next(t for t in doc if t.text == "staged").lemma_ == "stage"


def test_drills_staged_are_drills_held():
    for text in ("Chile and Peru staged joint naval drills in the Pacific on Monday, the defence ministries said.",
                 "The armies of Ghana and Togo are staging a joint border exercise this week, officials said."):
        assert of_type(facts(text, "2024-05-16"), "exercise"), text
