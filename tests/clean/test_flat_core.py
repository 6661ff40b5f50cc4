"""Tests for pactwatch/clean/flat_core.py: the densest run of prose, extended and contracted at its edges."""

from __future__ import annotations

from pactwatch.clean.flat_core import best_run, find_core
from pactwatch.clean.flat_features import line_features, prose_score

PARA = ("The two ministers met on Monday in the capital and agreed to expand training, share more information "
        "and hold a joint exercise next year, officials said after the talks.")


def _core(lines: list[str]):
    feats = line_features(lines)
    scores = [prose_score(f, True) for f in feats]
    return find_core(feats, scores)


def test_kadane_finds_the_largest_sum():
    assert best_run([-1, 2, 3, -4, 1, -1], 0, 6) == (1, 3, 5.0)
    assert best_run([-1, -2], 0, 2)[2] == 0.0


def test_article_before_comments_wins_even_when_comments_are_longer():
    comments = []
    for n in range(6):
        comments += [f"Reader{n} on May 3, 2024 at 10:0{n} am said:", PARA.replace("ministers", f"readers{n}")]
    core = _core(["Headline of the story", PARA, PARA.replace("Monday", "Tuesday"), "Comments", *comments])
    assert core is not None and core.kept == (1, 2)


def test_inline_widget_is_crossed_when_the_article_goes_on():
    lines = ["Headline", PARA, PARA.replace("Monday", "Sunday"), "Related articles", "Another story title",
             "Yet another story title", PARA.replace("Monday", "Tuesday"), PARA.replace("Monday", "Friday")]
    core = _core(lines)
    assert core is not None and core.kept == (1, 2, 6, 7)


def test_teaser_list_after_a_gap_is_not_the_article():
    tags = ["Politics", "Ministers", "Defence", "Capital", "Talks", "Share", "Tweet"]
    teasers = []
    for n in range(4):
        teasers += [f"Story number {n} title here", f"Standfirst number {n} tells what the story is about today."]
    core = _core(["Headline", PARA, PARA.replace("Monday", "Sunday"), *tags, *teasers])
    assert core is not None and core.kept == (1, 2)


def test_lead_paragraph_cut_off_by_a_caption_is_taken_back():
    lines = ["Headline", PARA, PARA.replace("Monday", "Sunday"), "6", "A photo of the two ministers (Image: Agency)",
             "6", "Credit line", PARA.replace("Monday", "Tuesday"), PARA.replace("Monday", "Friday"),
             PARA.replace("Monday", "Thursday")]
    core = _core(lines)
    assert core is not None and core.kept[:2] == (1, 2) and core.kept[-1] == 9


def test_list_announced_by_a_colon_stays():
    items = [f"June {d} -- Example Arena, Example City" for d in range(1, 6)]
    core = _core(["Headline", PARA, PARA.replace("Monday", "Sunday"), "The tour dates:", *items, "Tags", "Share"])
    assert core is not None and core.kept == (1, 2, 3, 4, 5, 6, 7, 8)


def test_a_teaser_card_after_the_article_is_dropped():
    from pactwatch.clean.flat_core import mark_teasers

    lines = [
        "The two navies will hold their first joint patrol next month, the defence ministry said on Friday.",
        "The patrol will cover the shipping lanes of the southern strait and last about two weeks in all.",
        "Officials said more patrols could follow next year if the first one went well for both sides.",
        "Mayor says the new bridge will not open before winter",
        "The city mayor told reporters on Tuesday that the opening of the bridge had been postponed again...",
    ]
    feats = line_features(lines)
    scores = [prose_score(f, True) for f in feats]
    marked = mark_teasers(feats, scores)
    assert marked[3] < 0 and marked[4] < 0 and marked[:3] == scores[:3]
    core = find_core(feats, scores)
    assert core is not None and core.kept == (0, 1, 2)


def test_a_trailing_ellipsis_in_a_paragraph_after_prose_is_not_a_teaser():
    from pactwatch.clean.flat_core import mark_teasers

    lines = ["The minister paused, looked at the reporters, and said only that the talks would go on and on...",
             "Nobody in the room knew quite what he meant by it, and his office did not explain it later either."]
    feats = line_features(lines)
    scores = [prose_score(f, True) for f in feats]
    assert mark_teasers(feats, scores) == scores


def test_lead_paragraphs_above_a_photo_gallery_are_taken_back():
    lines = [
        "The two navies will hold their first joint patrol next month, the defence ministry said on Friday.",
        "The patrol will cover the shipping lanes of the southern strait and last about two weeks in all.",
        "Story continues below gallery",
        "1 of 6",
        *[f"Sailor number {k} Submitted photo" for k in range(1, 7)],
        "Officials said more patrols could follow next year if the first one went well for both sides.",
        "The ministry did not say how many ships would take part, but local reports spoke of six or seven.",
        "A second round of talks on a wider access agreement is planned for the spring, officials added.",
    ]
    feats = line_features(lines)
    core = find_core(feats, [prose_score(f, True) for f in feats])
    assert core is not None and core.kept == (0, 1, 10, 11, 12)


def test_bullet_headlines_running_on_below_the_body_are_not_the_article():
    from pactwatch.clean.flat_core import find_core
    from pactwatch.clean.flat_features import line_features, prose_score
    lines = ["Council approves the budget",
             "The council voted on Tuesday to approve the budget for next year, after a debate that lasted hours.",
             "The mayor said the plan would pay for road repairs and two new schools in the northern districts.",
             "Opposition members said the spending was too high and promised to raise the matter again in spring.",
             "- Farmers protest water prices in the valley", "- Storm closes mountain pass overnight",
             "- Festival draws record crowds", "- Museum reopens after renovation"]
    feats = line_features(lines)
    core = find_core(feats, [prose_score(f, True) for f in feats])
    assert core is not None and [lines[i][:5] for i in core.kept] == ["The c", "The m", "Oppos"]
