"""Tests for pactwatch/clean/outlet.py: the outlet's name, or None rather than a guess."""

from __future__ import annotations

import pytest

from pactwatch.clean.outlet import find_outlet

BODY = "The council voted on Tuesday to approve the budget for next year, after a debate that lasted six hours."


@pytest.mark.parametrize(
    ("footer", "name"),
    [
        ("© Example Herald All Rights Reserved.", "Example Herald"),
        ("©2024 Example Media Inc.", "Example Media"),
        ("(c) 2023 Example Journal | About | Privacy", "Example Journal"),
        ("Copyright 2019-2024 The Example Post. All rights reserved.", "The Example Post"),
        ("Example Weekly is an independent community publication. © 2024 All rights reserved.", "Example Weekly"),
    ],
)
def test_copyright_and_about_lines(footer, name):
    assert find_outlet(["Council passes budget", BODY, footer], 1) == name


def test_last_copyright_line_wins_over_a_wire_credit():
    assert find_outlet(["Headline", BODY, "© Wire Service 2024.", "©2024 Example Daily"], 1) == "Example Daily"


def test_datelines_name_the_agency_or_outlet():
    assert find_outlet(["Headline", "Cityville, May 2 (Example Press)--" + BODY], 1) == "Example Press"
    assert find_outlet(["Headline", "ExampleNews,Cityville: " + BODY], 1) == "ExampleNews"


def test_masthead_and_title_suffix():
    assert find_outlet(["Example Evening Star", "Menu", "Council passes budget", BODY], 3) == "Example Evening Star"
    assert find_outlet(["Council passes budget | Example Star", BODY], 1) == "Example Star"


def test_nothing_recognisable_gives_none():
    assert find_outlet(["Council passes budget", BODY], 1) is None
    assert find_outlet([], None) is None


def test_site_name_after_the_headline_in_the_page_title():
    lines = ["Council passes budget - Example Star", "Council passes budget", BODY, "© 2024 Example Media Pty Ltd"]
    assert find_outlet(lines, 2, "Council passes budget") == "Example Star"
    assert find_outlet(lines[1:], 1, "Council passes budget") == "Example Media"
