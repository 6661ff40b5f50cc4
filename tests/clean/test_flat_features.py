"""Tests for pactwatch/clean/flat_features.py: what a line looks like, and how much it reads as prose."""

from __future__ import annotations

from pactwatch.clean.flat_features import HARD_SECTION, SOFT_SECTION, line_features, load_rules, prose_score

PROSE = "The ministers agreed on Monday to hold talks every year, and said the first round would be in May."


def _one(line: str, page: list[str] | None = None):
    lines = [*(page or []), line]
    return line_features(lines)[-1]


def test_rules_load_from_data_files():
    rules = load_rules()
    assert "read more" in rules.short_phrases and rules.stopwords["en"] and rules.line_patterns


def test_prose_scores_high_and_furniture_low():
    page = [PROSE]
    assert prose_score(_one(PROSE), True) > 1
    for furniture in ("Login to comment", "Read 353 times", "(0 votes)", "By A. Writer", "Share on Facebook",
                      "© 2025 Example News. All rights reserved.", "https://example.org/a/b"):
        assert prose_score(_one(furniture, page), True) < 0, furniture


def test_inline_promotion_is_furniture_whatever_its_length():
    f = _one("Read more: Ministers from both countries met last year to discuss a long list of shared concerns")
    assert f.furniture


def test_cookie_notice_is_furniture_even_when_long():
    f = _one("This website uses cookies to improve your experience while you navigate through the website, "
             "and you can opt-out of these cookies at any time in the settings.")
    assert f.furniture


def test_section_openers_soft_and_hard():
    assert _one("More from World").section_start == SOFT_SECTION
    assert _one("Related articles").section_start == SOFT_SECTION
    assert _one("Comments").section_start == HARD_SECTION
    assert _one("Alex on September 17, 2018 at 6:34 am said:").section_start == HARD_SECTION
    assert _one(PROSE).section_start == 0


def test_captions_bullets_repeats_and_teaser_cards():
    assert _one("Minister A, left, greets Minister B in the capital on Monday. Image: Example Agency").caption
    assert _one("  • joint training in mine clearance;".strip()).bullet
    assert line_features(["Menu", PROSE, "Menu"])[0].repeats == 2
    card = _one("Council Votes To Close Library In Budget Row The council voted on Monday to close the library "
                "after a long debate about money.")
    assert card.teaser_card and not _one(PROSE).teaser_card


def test_stop_words_pick_the_page_language():
    pt = "O ministro disse que a reunião foi muito boa e que os dois países vão continuar a cooperar no futuro."
    f = _one(pt, [pt])
    assert f.stop_ratio > 0.3


def test_cjk_lines_count_characters_as_words_and_skip_stop_words():
    f = _one("防衛大臣は月曜日に会談し、協力を強化することで合意した。")
    assert f.words > 20 and f.stop_ratio == -1.0 and f.ends_sentence


def test_abbreviations_are_not_sentence_breaks():
    from pactwatch.clean.flat_features import count_sentence_breaks

    assert count_sentence_breaks("St. Paul police chief sought state funding for a new system") == 0
    assert count_sentence_breaks("U.S. officials and Gen. Li met Mr. Smith") == 0
    assert count_sentence_breaks("They met in Tokyo. Then they left. In 2019. The end") == 3


def test_seen_as_is_prose_but_is_seen_describes_a_picture():
    assert not _one("The accord is seen as a sign of closer ties between the two states, analysts said.").caption
    assert not _one("The risk it poses for the region is growing, the report said.").caption
    assert _one("A patrol boat is seen during the handover ceremony at the naval base.").caption
    assert _one("The minister poses for a group photo with cadets.").caption


def test_agency_caption_shapes():
    for caption in ("Minister A (L) shakes hands with Minister B (R) at the talks",
                    "The treaty is the first in decades. (City News: Sam Snapper)",
                    "The frigate leaves port (A. Sailor/NAVY/Crown Copyright)",
                    "The ministers sign the accord (Photo by SAM SNAPPER/POOL/AGENCY via Picture Desk)",
                    "Harbour crane at dusk Reuters"):
        assert _one(caption).caption, caption
    assert not _one("Eastland buys jets, says Reuters").caption


def test_read_teaser_is_furniture_and_reading_prose_is_not():
    assert _one("Read: Eastland paid millions to win the port contract").furniture
    assert not _one("Reading the report: a guide to the main findings of the inquiry").furniture


def test_embedded_post_signature_is_dropped_lightly():
    f = _one("— Harbour Watch (@harbour_watch) March 3, 2024")
    assert f.embed and not f.furniture
    assert -1 < prose_score(f, True) < 0


def test_every_credit_glued_after_a_caption_is_cut():
    from pactwatch.clean.flat_features import strip_trailing_credit
    text = ("The ministers signed the accord. (Photo by Sam SNAPPER / POOL / AGENCY) "
            "(Photo by SAM SNAPPER/POOL/AGENCY via Picture Desk)")
    assert strip_trailing_credit(text) == "The ministers signed the accord."
    assert strip_trailing_credit("The treaty is new. (City News: Sam Snapper)") == "The treaty is new."


def test_clause_letters_in_prose_are_no_position_markers():
    assert not _one("Under Article 5(c) of the treaty, the parties will consult each other at once.").caption
    assert not _one("Under paragraph (c) the parties consult each other before any deployment.").caption
    assert _one("Minister B (2nd R) meets the visiting delegation in the capital").caption
