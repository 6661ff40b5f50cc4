"""A drill's name read next to its drill word; states, services and a sentence's first common word name none."""

import re

from pactwatch.extract.exercises.name import drill_name


def _name(text: str, states: tuple[str, ...] = ()) -> str | None:
    m = re.search(r"(?i)exercises?|drills?", text)
    spans = [(s.start(), s.end()) for w in states for s in re.finditer(w, text)]
    return drill_name(text, m.start(), m.end(), spans)


def test_name_after_the_word_exercise():
    assert _name("Marines of both states opened exercise Coral Shield 2025 near Trincomalee.") == "Coral Shield 2025"


def test_designation_before_the_drill_word():
    assert _name("Observers watched the Iron Steppe-2024 command-post exercise in Karaganda.") == "Iron Steppe-2024"


def test_states_and_services_are_no_name():
    assert _name("The Chilean Navy and Peruvian Navy joint exercise ended on Friday.", ("Chilean", "Peruvian")) is None
    assert _name("The Kenyan army and the Ugandan army began a joint exercise on Monday.", ("Kenyan", "Ugandan")) is None


def test_unnamed_drill_pointed_back_at():
    assert _name("Australia sent four frigates to the Exercise while Fiji sent one.", ("Australia", "Fiji")) is None
