"""The prefix-tree alternation must match exactly what the plain longest-first alternation matches."""

from __future__ import annotations

import random
import re

from pactwatch.reference import load_reference
from pactwatch.reference.trie import alternation


def _plain(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _spans(body: str, text: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<![A-Za-z0-9])(?:" + body + r")(?![A-Za-z0-9])")
    return [m.span() for m in pattern.finditer(text)]


def test_prefixes_prefer_the_longest_word_and_fall_back_to_a_shorter_one():
    words = ["Korea", "South Korea", "South Korean", "Sudan", "South Sudan", "US", "U.S.", "USA"]
    text = "South Korean and South Sudan troops met U.S. and USA officials; Korea, South Korea-led, USAF."
    assert _spans(alternation(words), text) == _spans(_plain(words), text)
    found = [text[a:b] for a, b in _spans(alternation(words), text)]
    assert found[:2] == ["South Korean", "South Sudan"] and "USAF" not in found


def test_random_word_lists_match_the_plain_alternation():
    rng = random.Random(7)
    letters = "abAB .-'"
    for _ in range(200):
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 12))]
        text = "".join(rng.choice(letters + "xyz") for _ in range(200))
        assert _spans(alternation(words), text) == _spans(_plain(words), text), words


def test_every_state_surface_in_the_reference_is_found_whole():
    ref = load_reference()
    for surface in list(ref.surface_to_code)[:400]:
        m = ref.country_surface.search(f"Officials of {surface} met.")
        assert m and m.group() == surface, surface


def test_an_empty_list_matches_nothing():
    assert re.search(alternation([]), "anything") is None
