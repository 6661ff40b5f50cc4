"""Drill wordings: passing exercises, joint sorties flown, skills rehearsed together."""

from tests.extract.helpers import facts, of_type


def drills(text: str) -> list[tuple[str, ...]]:
    return [f.parties for f in of_type(facts(text, "2024-05-16"), "exercise")]


def test_passing_exercises_sorties_and_rehearsals_together_are_drills():
    assert drills("Chilean and Peruvian warships conducted a passing exercise off Arica on Monday, the navies said.") == [
        ("CHL", "PER")]
    assert drills("Chilean and Peruvian fighter jets flew joint sorties over the Pacific on Monday, the air forces "
                  "said.") == [("CHL", "PER")]
    assert drills("Ghanaian and Togolese special forces rehearsed hostage rescue together in Lome on Monday, the "
                  "armies said.") == [("GHA", "TGO")]


def test_flying_to_talks_is_no_drill():
    assert drills("The Chilean defence minister flew to Lima on Monday for talks with his Peruvian counterpart.") == []
