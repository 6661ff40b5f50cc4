"""Tests for pactwatch/clean/headline.py: the headline is the line the article follows."""

from __future__ import annotations

from pactwatch.clean.flat_features import line_features
from pactwatch.clean.headline import find_headline, strip_site_name


def _headline(lines: list[str], core_start: int) -> str | None:
    return find_headline(lines, line_features(lines), core_start)


BODY = "The council voted on Tuesday to approve the budget for next year, after a debate that lasted six hours."


def test_skips_bylines_dates_counters_and_labels():
    lines = ["politics", "Council approves next year's budget after long debate", "By A. Writer",
             "Monday, 3 March 2025", "0 Comments", "CITYVILLE", BODY]
    assert _headline(lines, 6) == "Council approves next year's budget after long debate"


def test_headline_above_a_longer_standfirst_wins():
    lines = ["Council approves the city budget", "Members argued for six hours about road repairs and school funding "
             "before the final vote", BODY]
    assert _headline(lines, 2) == "Council approves the city budget"


def test_short_menu_line_above_a_headline_is_not_taken():
    lines = ["Local News", "Council approves next year's budget after long debate", BODY]
    assert _headline(lines, 2) == "Council approves next year's budget after long debate"


def test_headline_in_another_alphabet_is_skipped():
    lines = ["Council approves next year's budget after long debate", "Совет утвердил бюджет на следующий год", BODY]
    assert _headline(lines, 2) == "Council approves next year's budget after long debate"


def test_no_headline_above_the_body_gives_none():
    assert _headline([BODY, BODY.replace("six", "seven")], 0) is None
    assert find_headline([], [], None) is None


def test_site_names_are_stripped_but_dashes_and_colons_kept():
    page = ["© 2025 The Example Herald"]
    assert strip_site_name("Budget passes | The Example Herald", page) == "Budget passes"
    assert strip_site_name("Budget passes - The Example Herald", page) == "Budget passes"
    assert strip_site_name("Budget passes - but only just", page) == "Budget passes - but only just"
    assert strip_site_name("Analysis: why the budget passed", page) == "Analysis: why the budget passed"


def test_line_repeating_the_page_title_wins_over_bylines_and_stamps():
    lines = ["Council approves next year's budget after long debate - The Example Herald", "Home", "News",
             "Council approves next year's budget after long debate", "Jo Writer @jowriter",
             "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM", "Copy Link URL Copied!", BODY]
    assert _headline(lines, 7) == "Council approves next year's budget after long debate"


def test_a_repeated_date_line_is_not_taken_for_the_title():
    lines = ["2024.02.29 19:22Nation", "Council approves next year's budget", "2024.02.29 19:22Nation", BODY]
    assert _headline(lines, 3) == "Council approves next year's budget"


def test_a_wire_dateline_under_the_headline_is_not_taken_for_it():
    from pactwatch.clean.flat import clean_flat

    page = "\n".join([
        "Home | World | Defence",
        "Seoul and Warsaw agree second tank package",
        "SEOUL, Dec. 1 (Harbour Wire)",
        "South Korea and Poland signed a second contract for K2 tanks on Friday, the defence ministry in "
        "Warsaw said, adding that part of the fleet would be assembled in Polish factories from 2026.",
        "The deal follows a framework agreement reached last year between the two governments, which set "
        "out plans for close to a thousand tanks over the coming decade and a joint service centre.",
        "© Harbour Wire",
    ])
    assert clean_flat(page, "x.txt", "x").title == "Seoul and Warsaw agree second tank package"


def test_photo_titles_of_a_gallery_are_not_the_headline():
    lines = ["Council approves next year's budget after long debate", "By City DeskMarch 4, 2025",
             "Council members raise their hands in the vote", "1 / 2 Show Caption + Hide Caption – (Photo Credit: City)",
             "Mayor speaks to reporters outside the hall", "2 / 2 Show Caption + Hide Caption – (Photo Credit: City)", BODY]
    assert _headline(lines, 6) == "Council approves next year's budget after long debate"


def test_a_line_announcing_a_list_is_not_the_headline():
    lines = ["Council approves next year's budget after long debate", "WHAT THE BUDGET HOLDS:", BODY]
    assert _headline(lines, 2) == "Council approves next year's budget after long debate"


def test_a_cut_off_snippet_is_not_the_headline():
    lines = ["Council approves next year's budget after long debate", "By A. Writer | Updated: March 4, 2025",
             "The council voted on Tuesday to approve the budget for next year, after a debate that ...",
             "Open in App", BODY]
    assert _headline(lines, 4) == "Council approves next year's budget after long debate"


def test_a_relative_time_glued_to_the_headline_is_cut():
    assert strip_site_name("Navies agree on a joint patrol plan12 min ago", []) == "Navies agree on a joint patrol plan"
    assert strip_site_name("Navies agree on a joint patrol plan 3 hours ago", []) == "Navies agree on a joint patrol plan"


def test_a_label_under_the_headline_is_not_the_headline():
    lines = ["Three navies train together for the first time", "Ministry of Defence", BODY]
    assert _headline(lines, 2) == "Three navies train together for the first time"


def test_a_byline_glued_to_its_date_is_not_the_headline():
    lines = ["Council approves next year's budget after long debate", "Alex Writer12 May 2023", BODY]
    assert _headline(lines, 2) == "Council approves next year's budget after long debate"


def test_a_photo_title_above_its_caption_is_not_the_headline():
    lines = ["Council approves next year's budget after long debate", "Mayor And Treasurer Signing Budget",
             "The budget is the largest in a decade. (City News: Sam Snapper)", BODY]
    assert _headline(lines, 3) == "Council approves next year's budget after long debate"


def test_image_alt_text_repeated_by_its_caption_is_no_headline():
    lines = ["Harbour crane at dusk", "Harbour crane at dusk Reuters", BODY]
    assert _headline(lines, 2) is None


def test_a_wrapped_caption_fragment_is_not_the_headline():
    lines = ["The mayor laid a wreath at the memorial, a", "quiet place kept by the city", BODY]
    assert _headline(lines, 2) is None


def test_a_repost_prefix_is_dropped_from_the_headline():
    assert strip_site_name("From the City Gazette (Apr 3): Council approves budget", []) == "Council approves budget"


def test_two_sentences_ending_in_a_full_stop_are_not_a_headline():
    lines = ["The town first held the fair on May Day. The fair was renamed in 1954.", BODY]
    assert _headline(lines, 1) is None


def test_a_long_line_of_clauses_is_not_a_headline():
    lines = ["Harvest Day is a public holiday, held each year on 2 October, that honours farmers, that is, people "
             "who work the land in the valley", BODY]
    assert _headline(lines, 1) is None
