"""Tests for pactwatch/clean/dates.py: the page's own publication date, not dates told in the story."""

from __future__ import annotations

import json

import pytest

from pactwatch.clean.dates import dated_lead, dates_in_line, find_published_date, unglue_months

STORY = (
    "The two governments signed the agreement on Friday (14/6) after talks that began in 2014, "
    "officials said, adding that a review is planned for March 3, 2027 at the earliest.\n"
    "A second paragraph follows here, with more detail on what the agreement covers and who signed it.\n"
)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Sunday, 16 June 2024 00:00", "2024-06-16"),
        ("Wednesday, August 31, 2022", "2022-08-31"),
        ("12:53 JST, November 18, 2025", "2025-11-18"),
        ("Published: 3 May 2021", "2021-05-03"),
        ("2021-12-03T10:00:00Z", "2021-12-03"),
        ("Dec. 3, 2021", "2021-12-03"),
        ("2024.02.29 19:22Nation", "2024-02-29"),
        ("AFP 04 May 2021", "2021-05-04"),
        ("17 January 2025, 11:08", "2025-01-17"),
        ("Posted on 1st February 2020 by the desk", "2020-02-01"),
        ("By Jo Writer | Published 12 Sept 2019 | 4 min read", "2019-09-12"),
        ("Monday November 18, 2019 7:45 am PST by Jo Writer", "2019-11-18"),
        ("Posted on Monday, 3 May 2021", "2021-05-03"),
        ("21/06/2014 Jo Writer All, Books, Reviews", "2014-06-21"),
        ("06/21/2014", "2014-06-21"),
    ],
)
def test_header_dates_in_many_shapes(header, expected):
    page = f"Menu\nA headline about two ministers\n{header}\n{STORY}"
    assert find_published_date(page) == expected


def test_date_header_marker_wins():
    assert find_published_date(" date 2024-11-25  Some Site Get tickets\nHeadline here\n" + STORY) == "2024-11-25"


def test_dates_inside_the_story_are_not_the_publication_date():
    assert find_published_date("A headline about two ministers\n" + STORY) is None


def test_teaser_and_comment_dates_after_the_article_are_ignored():
    tail = "More news\nAnother story title\nJanuary 2, 2020\nSam on May 3, 2024 at 10:02 am said:\n"
    assert find_published_date("A headline about two ministers\n" + STORY + tail) is None


def test_a_published_label_inside_a_sentence_is_not_a_dateline():
    page = ("A headline about two ministers\nThe study, published on 3 May 2021 by a university team, found "
            "that the rules were rarely used.\n" + STORY)
    assert find_published_date(page) is None


def test_a_short_sentence_with_a_date_is_not_a_dateline():
    assert find_published_date("A headline about two ministers\nTalks began on 3 May 2021 in Rome.\n" + STORY) is None


def test_published_label_beats_updated_label():
    page = "Headline words here today\nUpdated: 5 May 2023\nPublished: 1 May 2023\n" + STORY
    assert find_published_date(page) == "2023-05-01"


def test_nearest_date_above_the_body_wins_over_sidebar_dates():
    page = "Latest\n1 January 2020\nSidebar item one\nOur headline is here\n2 February 2021\n" + STORY
    assert find_published_date(page) == "2021-02-02"


@pytest.mark.parametrize("text", ["", "   ", "no digits at all here\n", None, "31 February 2020\n" + STORY,
                                  "Headline words here\n03/04/2021\n" + STORY])
def test_nothing_or_impossible_dates_give_none(text):
    assert find_published_date(text) is None  # type: ignore[arg-type]


def test_dates_in_line_gives_spans():
    [(iso, (start, end))] = dates_in_line("Updated on Dec. 3, 2021 at noon")
    assert iso == "2021-12-03" and "Updated on Dec. 3, 2021 at noon"[start:end] == "Dec. 3, 2021"


def test_seed_and_dev_dates(shared):
    checked = wrong = 0
    for gold, pages in ((shared / "gold" / "seeds.jsonl", shared / "seeds"),
                        (shared / "dev" / "gold.jsonl", shared / "dev" / "pages")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            got = find_published_date((pages / f"{g['doc']}.txt").read_text(encoding="utf-8"))
            if g["meta"].get("published"):
                checked += 1
                wrong += got != g["meta"]["published"]
    assert checked >= 20 and wrong <= 1


def test_wire_datelines_without_a_year_are_date_lines_not_headlines():
    from pactwatch.clean.dates import is_date_line

    for line in ("(14/6) JAKARTA", "MANILA, July 8 (Harbour Wire)", "SEOUL, 3 March --", "CANBERRA, Feb. 2"):
        assert is_date_line(line), line
    for line in ("ROME", "JAPAN AND ITALY SIGN DEFENCE PACT", "Seoul, Warsaw agree tank deal, sources say"):
        assert not is_date_line(line), line


BODY = (
    "Two coastal states agreed on Friday to run joint patrols along their shared sea border, officials from both "
    "governments said after a long day of talks in the port city.\n"
    "The patrols will start with two ships from each navy and grow next year if the first months go well, "
    "according to a statement issued by the two defence ministries late in the evening.\n"
    "Both sides also said they would set up a hotline between their coast guards so that crews at sea can "
    "share what they see without waiting for the capitals to agree on every message.\n"
)


def _published_after_body(tail: str) -> str | None:
    from pactwatch.clean.flat import clean_flat

    return clean_flat("Menu\nNews\nCoastal states agree joint patrols\n" + BODY + tail, "t.txt", "t").published


@pytest.mark.parametrize(("tail", "expected"), [
    ("Posted 1 February 2023\nShare this story\nMore news\n", "2023-02-01"),
    ("13 May 2025 | 14:02 GMT\nMore news\n", "2025-05-13"),
    ("Share this story\nPublished: 9 Oct 2024\nMore news\n", "2024-10-09"),
])
def test_a_stamp_printed_after_the_body_dates_the_page(tail, expected):
    assert _published_after_body(tail) == expected


def test_the_header_date_is_preferred_to_a_stamp_after_the_body():
    from pactwatch.clean.flat import clean_flat

    page = "Menu\nCoastal states agree joint patrols\n2 March 2023\n" + BODY + "Posted 1 February 2023\n"
    assert clean_flat(page, "t.txt", "t").published == "2023-03-02"


@pytest.mark.parametrize("tail", [
    "More news\nAnother story title here\n4 January 2020\n",  # a teaser's date further down
    "— A. Reporter (@areporter) June 3, 2024\nMore news\n",  # an embedded post's signature
    "The agreement itself was first drafted on 3 May 2021 by a joint team of lawyers from both ministries.\n",
])
def test_dates_after_the_body_that_are_not_stamps_are_ignored(tail):
    assert _published_after_body(tail) is None


def test_find_date_in_lines_needs_the_body_end_to_look_below_it():
    from pactwatch.clean.dates import find_date_in_lines

    lines = ["Coastal states agree joint patrols", *BODY.splitlines(), "Posted 1 February 2023"]
    assert find_date_in_lines(lines, 1) is None
    assert find_date_in_lines(lines, 1, 4) == "2023-02-01"


def test_a_published_stamp_below_the_body_beats_an_updated_one_above_it():
    from pactwatch.clean.flat import clean_flat

    page = "Menu\nCoastal states agree joint patrols\nUpdated: 5 March 2023\n" + BODY + "Published: 1 March 2023\n"
    assert clean_flat(page, "t.txt", "t").published == "2023-03-01"
    page = "Menu\nCoastal states agree joint patrols\nUpdated: 5 March 2023\n" + BODY + "More news\n"
    assert clean_flat(page, "t.txt", "t").published == "2023-03-05"


@pytest.mark.parametrize("line, expected", [
    ("3 May 2024 – Today the two ministers signed a plan on joint training at sea.", "2024-05-03"),
    ("CAPITAL CITY, May 3, 2024 - The ministry said the talks would go on.", "2024-05-03"),
    ("2024-05-03 — The navy said the ships would sail next week.", "2024-05-03"),
    ("Port City, 3 May 2024: The navy said the ships would sail next week.", "2024-05-03"),
    ("Talks, 3 May 2024 - 5 May 2024, were held in the port city.", None),
    ("On 3 May 2024 – a date told inside the story – the talks began.", None),
    ("3 May 2024 the ministers met again in the capital.", None),
])
def test_dated_lead(line, expected):
    assert dated_lead(line) == expected


def test_a_dated_lead_dates_the_page():
    text = "Freedonia buys twelve patrol boats\n3 May 2024 – Today the defence minister signed a contract for twelve patrol boats, the ministry said.\nThe boats will be delivered from next year."
    assert find_published_date(text) == "2024-05-03"


def test_a_byline_glued_to_its_date_still_dates_the_page():
    assert unglue_months("By Staff WriterMarch 2, 2021") == "By Staff Writer March 2, 2021"
    assert unglue_months("Omar 3 boats") == "Omar 3 boats"
    text = "Freedonia buys patrol boats\nBy Staff WriterMarch 2, 2021\nThe defence minister signed a contract for twelve patrol boats on Monday, the ministry said in a statement."
    assert find_published_date(text) == "2021-03-02"


@pytest.mark.parametrize("lead, expected", [
    ("9 Mar 2021; NEWSWIRE: The two navies will hold their first joint drill next month, officials said.", "2021-03-09"),
    ("PORTVILLE, Md., Feb. 4, 2022 /WireService/ -- Acme Corp today reported higher quarterly revenue.", "2022-02-04"),
    ("HARBOURTOWN, (Daily Post / Agency - 12th Oct, 2020) The two ministers agreed to meet again.", "2020-10-12"),
])
def test_dated_leads_with_semicolons_wire_tags_and_source_brackets(lead, expected):
    assert dated_lead(lead) == expected


def test_a_source_bracket_without_a_date_is_no_lead():
    assert dated_lead("HARBOURTOWN, (Agency) The two ministers agreed to meet again.") is None


def test_day_month_year_with_hyphens_and_a_day_glued_to_a_byline():
    assert dates_in_line("Posted 4-Sep-2024.")[0][0] == "2024-09-04"
    assert unglue_months("Alex Writer7 June 2023") == "Alex Writer 7 June 2023"
    text = "Council backs new bridge plan\nAlex Writer7 June 2023\n" + "The council backed the plan. " * 5
    assert find_published_date(text) == "2023-06-07"


def test_press_release_lead_below_highlight_bullets_dates_the_page():
    from pactwatch.clean.dates import find_date_in_lines
    lines = ["- Quarterly revenue of $2 billion, up 4 percent", "- Record order book", "- Higher cash flow",
             "PORTVILLE, Md., Feb. 4, 2022 /WireService/ -- Acme Corp today reported higher quarterly revenue.",
             "The company said orders were strong across all units, and it raised its guidance for the year."]
    assert find_date_in_lines(lines, 0, 5) == "2022-02-04"


def test_a_title_case_place_and_day_without_year_is_a_dateline_not_a_headline():
    from pactwatch.clean.dates import is_date_line
    assert is_date_line("Riverton, Eastland, Sep. 14")
    assert not is_date_line("Eastland, Westland Sign Border Accord")


@pytest.mark.parametrize("header, expected", [
    ("July 2023", "2023-07"),
    ("Published: Sept. 2023", "2023-09"),
    ("July 2023\nJune 2023", None),
    ("Posted: 3rd of July, 2023", "2023-07-03"),
])
def test_month_only_date_lines_and_ordinal_of(header, expected):
    body = "The minister said on Monday that the agreement would be signed soon, officials told reporters."
    assert find_published_date("Ministers agree to talk again\n" + header + "\n" + body) == expected


@pytest.mark.parametrize("line, expected", [
    ("3/7/2023 10:15 IST", "2023-07-03"),
    ("Updated 3/7/2023 9:00 AM ET", "2023-03-07"),
    ("3/7/2023", None),
])
def test_a_time_zone_tells_the_order_of_an_ambiguous_numeric_date(line, expected):
    found = dates_in_line(line)
    assert (found[0][0] if found else None) == expected
