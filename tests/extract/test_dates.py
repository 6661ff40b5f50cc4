"""Relative dates resolve against the article's date, only as precisely as the text allows."""

from datetime import date

import pytest

from pactwatch.extract.dates import find_dates, infer_year, story_dates

PUB = date(2025, 12, 29)  # a Monday


@pytest.mark.parametrize(("sentence", "value"), [
    ("The ministers met on Tuesday in the capital.", "2025-12-23"),
    ("They plan to sign the pact as early as January.", "2026-01"),
    ("The accord took effect in September.", "2025-09"),
    ("The earlier round was held in January last year.", "2024-01"),
    ("Both navies will train together next year.", "2026"),
    ("The leaders reached an agreement on Friday (14/6) to deepen ties.", "2025-06-14"),
    ("The contract was signed on Aug. 29, 2024 in the capital.", "2024-08-29"),
    ("A first round took place in mid-June.", "2025-06"),
    ("The budget plan for 2023-2027 was approved.", "2023"),
    ("The two chiefs spoke today.", "2025-12-29"),
    ("The deal was inked on 3 March 2021 after long talks.", "2021-03-03"),
])
def test_resolves(sentence, value):
    got = find_dates(sentence, PUB)
    assert got and got[0].value == value


def test_future_weekday_looks_ahead():
    assert find_dates("The two ministers will meet on Thursday.", PUB)[0].value == "2026-01-01"


def test_no_anchor_no_guess():
    assert find_dates("They met on Tuesday.", None) == []
    assert find_dates("The pact takes effect on 21 January.", None) == []
    assert find_dates("It was signed in April 2019.", None)[0].value == "2019-04"


def test_may_the_verb_is_not_a_month():
    assert find_dates("The deal may make way for more sales.", PUB) == []


def test_infer_year_takes_the_latest_told_year():
    assert infer_year("Spending rose in 2022 and again in 2024, per the plan for 2023-2027.") == 2024
    assert infer_year("No years here.") is None


def test_latest_full_date_ignores_deadlines_and_the_future():
    from pactwatch.extract.dates import latest_full_date

    assert str(latest_full_date("Signed on Aug. 29, 2024. Deliveries by January 1, 2030.")) == "2024-08-29"
    assert latest_full_date("No dates at all.") is None


def _story(*paragraphs: list[str], published: date | None = PUB) -> list[list[tuple[str, str]]]:
    """(text, value) of every date, sentence by sentence, read as one article."""
    from pactwatch.extract.dates import story_dates

    sentences = [(s, i) for i, p in enumerate(paragraphs) for s in p]
    return [[(d.text, d.value) for d in found] for found in story_dates(sentences, published)]


def test_a_history_paragraph_lends_its_year_to_later_dates():
    got = _story(["On 12 May 1962, the two navies signed a rescue pact in Lisbon.",
                  "Two days later, on 14 May, a second accord on fisheries was signed by the same envoys."])
    assert got[1] == [("Two days later", "1962-05-14"), ("14 May", "1962-05-14")]


def test_a_month_anchor_dates_a_later_day_in_the_past_tense():
    got = _story(["In October 2021 the two defence chiefs met in Oslo.",
                  "On 16 October they agreed to set up a joint staff college."])
    assert got[1] == [("16 October", "2021-10-16")]


def test_the_anchor_holds_inside_one_sentence():
    got = _story(["In December 2019 the two sides opened talks, and on 9 January they reached a deal."])
    assert got[0] == [("December 2019", "2019-12"), ("9 January", "2020-01-09")]  # the story moves forward


def test_steps_chain_from_the_last_told_date():
    got = _story(["The frigate deal was signed on 3 March 2019 in Brest.", "The next day the crews began training together.",
                  "A week after that, the first hull was laid down.", "The following month the yard hired 200 workers.",
                  "Later that year the second hull followed."])
    assert [g[0][1] for g in got] == ["2019-03-03", "2019-03-04", "2019-03-11", "2019-04", "2019"]


def test_the_same_day_is_the_story_day():
    got = _story(["The pact was signed on 4 June 1998.", "The same day, the two coast guards opened a hotline."])
    assert got[1] == [("The same day", "1998-06-04")]
    assert find_dates("The two chiefs met and, the same day, signed a memorandum.", PUB)[0].value == "2025-12-29"


def test_a_step_is_never_more_precise_than_its_anchor():
    got = _story(["The treaty was signed in 2016.", "Two days later the ratification began."])
    assert got[1] == [("Two days later", "2016")]
    got = _story(["The talks opened in June 2018.", "Three weeks later the envoys initialled a draft."])
    assert got[1] == [("Three weeks later", "2018-06")]


def test_a_vague_step_keeps_only_the_month():
    got = _story(["The vote in parliament was held on 2 September 2020.", "Days before that vote, a minister resigned."])
    assert got[1] == [("Days before", "2020-08")]  # a few days back from 2 September
    got = _story(["The base opened on 1 July 2015.", "Months later, the first jets arrived."])
    assert got[1] == []  # "months later" is too loose for any date


def test_parts_of_a_month_are_months():
    got = _story(["In March 2020 the two leaders talked by phone.", "At the end of August they signed the accord.",
                  "In early September the parliaments ratified it.", "By mid-June the first unit had moved."])
    assert [g[0][1] for g in got[1:]] == ["2020-08", "2020-09", "2020-06"]
    assert find_dates("The drills ended at the beginning of May.", PUB)[0].value == "2025-05"


def test_a_future_sentence_reads_from_the_publication_date():
    got = _story(["The pact was first signed in 2019.", "The ministers will meet on 16 March to review it."])
    assert got[1] == [("16 March", "2026-03-16")]


def test_the_present_takes_the_story_back_to_the_publication_date():
    got = _story(["The alliance was founded in 1991.",
                  "Last week the ministers met in Rome, and on 16 March they signed a new pact."])
    assert got[1] == [("Last week", "2025-12"), ("16 March", "2025-03-16")]


def test_a_present_tense_clause_is_not_read_in_the_story():
    got = _story(["The accord, signed in March 2019, takes effect on 1 September."])
    assert got[0] == [("March 2019", "2019-03"), ("1 September", "2025-09-01")]


def test_an_aside_does_not_set_the_story_time():
    got = _story(["Lima and Quito, which signed a border pact in 2014, met on 16 March to review it."])
    assert got[0] == [("in 2014", "2014"), ("16 March", "2025-03-16")]


def test_labels_and_bounds_do_not_set_the_story_time():
    got = _story(["The 2016 accord has been in force since 2017.", "The two air forces trained together on 8 May."])
    assert got[1] == [("8 May", "2025-05-08")]


def test_a_paragraph_break_lends_the_date_only_to_a_step():
    got = _story(["The two armies first trained together in 2017."], ["The ministers met on 16 March to discuss drills."])
    assert got[1] == [("16 March", "2025-03-16")]
    got = _story(["The frigates were ordered on 3 March 2019."], ["Two weeks later, on 17 March, the yard began work."])
    assert got[1] == [("Two weeks later", "2019-03-17"), ("17 March", "2019-03-17")]
    got = _story(["The frigates were ordered on 3 March 2019.", "Work began soon after."],
                 ["A month later the first steel was cut."])
    assert got[1] == [] and got[2] == []  # the anchor was told two sentences before the break


def test_the_publication_year_is_not_a_story():
    got = _story(["In January 2025 the envoys first met.", "On 20 December they signed the accord."])
    assert got[1] == [("20 December", "2025-12-20")]  # not December 2026


def test_durations_and_ago():
    assert _story(["The pact was signed in 2019.", "The ships will patrol for two years after that."])[1] == []
    assert find_dates("The two chiefs met three days ago in the capital.", PUB)[0].value == "2025-12-26"
    assert find_dates("The plan was adopted a year ago.", PUB) == []  # which year is a year ago in late December?


def test_no_publication_date_a_story_year_still_resolves():
    got = _story(["On 12 May 1962, the two navies signed a rescue pact.", "On 14 May they signed a second one."],
                 published=None)
    assert got[1] == [("14 May", "1962-05-14")]


HISTORY = """
Seoul, May 6 -- South Korea and Canada agreed on Monday to deepen defence industry cooperation, their defence ministers said after talks in Seoul.
The two countries have a long record of military ties. On 14 November 1961, Ottawa and Seoul signed a defence cooperation agreement in Ottawa. Two days later, on 16 November, the two navies signed a memorandum on joint training.
"""


def test_facts_in_a_history_paragraph_take_the_story_dates():
    from tests.extract.helpers import facts

    signed = sorted(f.date for f in facts(HISTORY, "2024-05-07") if f.type == "agreement_signed")
    assert signed == ["1961-11-14", "1961-11-16"]


def test_a_step_after_another_event_dates_that_event_back_from_the_sentence_date():
    got = _story(["The drills began on 3 May 2019, two weeks after the ministers met in Rome.",
                  "Two weeks after that, the ships sailed home."])
    assert got[0] == [("3 May 2019", "2019-05-03"), ("two weeks after", "2019-04-19")]
    assert got[1] == [("Two weeks after", "2019-05-17")]  # the story stays with the drills
    got = _story(["The ministers met on 3 May 2019.", "Two weeks after the meeting, the pact was signed."])
    assert got[1] == [("Two weeks after", "2019-05-17")]


def test_a_date_far_on_from_the_anchor_month_is_left_to_the_report_date():
    got = _story(["The access pact was signed in January 2022.", "It entered into force on 13 August."],
                 published=date(2023, 8, 14))
    assert got[1] == [("13 August", "2023-08-13")]


def test_a_step_told_after_the_verb_dates_the_other_event():
    got = _story(["The frigate was handed over on 9 June 2016.", "That came three years after the yard laid its keel."])
    assert got[1] == [("three years after", "2013")]  # the keel, three years before the hand-over
    got = _story(["The frigate was handed over on 9 June 2016.", "Just three days after the hand-over, it sailed."])
    assert got[1] == [("three days after", "2016-06-12")]


def test_a_clause_after_a_semicolon_has_its_own_tense():
    got = _story(["The merger closed in June 2018; the founder remains a large owner as of 20 March."],
                 published=date(2019, 11, 19))
    assert got[0] == [("June 2018", "2018-06"), ("20 March", "2019-03-20")]


def test_a_week_named_as_a_whole_keeps_the_month():
    got = _story(["The talks ended on 30 September 2019.", "The envoy had resigned the previous week."])
    assert got[1] == [("the previous week", "2019-09")]


def test_an_aside_with_an_adverb_does_not_set_the_story_time():
    got = _story(["The pact, first signed in 2014, was renewed on 3 March."])
    assert got[0] == [("in 2014", "2014"), ("3 March", "2025-03-03")]


@pytest.mark.parametrize(("sentence", "value", "until"), [
    ("The drill, held from 12 to 20 March 2019, tested air defences.", "2019-03-12", "2019-03-20"),
    ("The navies trained together from December 28 to January 3.", "2024-12-28", "2025-01-03"),
    ("Troops will train between 20 and 24 June near the border.", "2025-06-20", "2025-06-24"),
    ("The manoeuvres ran from Nov. 30 to Dec. 4, 2021 off the coast.", "2021-11-30", "2021-12-04"),
    ("The ministers meet in the capital on 27 and 28 February.", "2025-02-27", "2025-02-28"),
])
def test_a_stretch_of_days_starts_on_its_first_day(sentence, value, until):
    got = find_dates(sentence, date(2025, 3, 1))
    assert [(d.kind, d.value, d.until) for d in got] == [("span", value, until)]


def test_and_joins_a_stretch_only_after_between():
    got = find_dates("The ships sailed on May 3 and 14 crews joined later.", date(2025, 6, 1))
    assert [(d.kind, d.value) for d in got] == [("md", "2025-05-03")]


def test_a_year_in_a_name_is_a_label():
    got = find_dates("Exercise Coral Shield 2023 began on Monday off the coast.", PUB)
    assert [(d.kind, d.value) for d in got] == [("name_year", "2023"), ("weekday", "2025-12-29")]
    assert [d.kind for d in find_dates("In 2018 the two navies first trained together.", PUB)] == ["year"]


def test_a_due_date_looks_ahead():
    assert find_dates("The next round of talks is due in mid-June.", PUB)[0].value == "2026-06"


def test_a_future_month_borrows_no_past_event_year():
    story = [("In March 2016, the two countries signed a logistics pact.", 0),
             ("The two leaders will sign a second agreement in October.", 1)]
    assert infer_year(story[0][0]) == 2016
    assert infer_year(story[0][0], present_only=True) is None
    assert story_dates(story, None, 2016)[1] == []


def test_a_future_month_takes_a_year_told_of_the_present():
    story = [("Spending remains high at 9 billion euros in 2024.", 0),
             ("The ministers will meet again at the end of July.", 1)]
    assert [d.value for d in story_dates(story, None, 2024)[1]] == ["2024-07"]


def test_a_passive_infinitive_is_not_the_past():
    pub = date(2025, 7, 20)
    assert find_dates("The pact is likely to be inked during the leader's visit on Dec. 17.", pub)[0].value == "2025-12-17"
    assert find_dates("The pact was inked during the leader's visit on Dec. 17.", pub)[0].value == "2024-12-17"


def test_an_editions_year_stands_in_when_the_page_tells_no_other():
    text = "The delegation will watch the Steppe Shield-2021 drills. Its visit ends on November 24."
    assert infer_year(text) == 2021
    assert infer_year("Officers met on 3 May in 2019 to plan Steppe Shield-2021.") == 2019


def test_since_a_month_is_a_bound_read_from_the_report():
    # a history sentence set the story in 2011; "since March" still reaches up to the report (PUB is 2025-09-05)
    got = _story(["The first accord was signed in 2001 and renewed ten years later.",
                  "A new text had been awaited since March, when the two leaders met in Rome."])
    assert got[1] == [("March", "2025-03")]


def test_since_a_month_never_looks_ahead():
    got = _story(["A visit by the navy chief has been expected since November."], published=date(2025, 9, 5))
    assert got[0] == [("November", "2024-11")]


def test_a_past_month_without_since_still_reads_the_story_year():
    got = _story(["The first accord was signed in 2001 and renewed ten years later.",
                  "In March the two navies held their first joint patrol."])
    assert got[1] == [("March", "2011-03")]


def test_a_step_back_from_a_later_event_is_that_events_date():
    found = story_dates([("The two ministers met on Thursday, 4 September.", 0),
                         ("They talked for an hour, a day before the regional chiefs gather in the city.", 0)], PUB)
    step = found[1][0]
    assert step.value == "2025-09-05" and step.other  # the gathering's day, not the talks'
    ahead = story_dates([("On 4 September the two ministers met.", 0),
                         ("Two days later, they signed a logistics pact.", 0)], PUB)[1][0]
    assert ahead.value == "2025-09-06" and not ahead.other  # a step at the head moves the story on


def test_a_year_glued_to_a_name_is_the_editions_label():
    got = find_dates("On Friday the chief of staff watched the Vostok-2022 drills near the border.", PUB)
    assert [(d.kind, d.value) for d in got] == [("weekday", "2025-12-26"), ("name_year", "2022")]
    got = find_dates("Talks resumed in mid-2022 after a long pause.", PUB)
    assert [(d.kind, d.value) for d in got] == [("year", "2022")]  # a part of a year is a date, not a name


@pytest.mark.parametrize(("sentence", "published", "value"), [
    ("Washington cleared the possible sale of the jets last summer.", date(2024, 1, 29), "2023"),
    ("The two coast guards drilled together last summer.", date(2024, 10, 2), "2024"),
    ("The frigates will be handed over this autumn.", date(2024, 3, 2), "2024"),
    ("The ministers will meet again in the autumn.", date(2025, 5, 3), "2025"),
    ("The deal was first floated in the spring.", date(2025, 1, 10), "2024"),
])
def test_a_season_is_dated_to_its_year(sentence, published, value):
    got = find_dates(sentence, published)
    assert [(d.kind, d.value) for d in got] == [("season", value)]


def test_fall_the_verb_and_a_season_with_its_year_are_not_seasons():
    assert [d.kind for d in find_dates("Arms exports may fall next year.", PUB)] == ["rel_year"]
    assert [(d.kind, d.value) for d in find_dates("The talks began in the summer of 2021.", PUB)] == [("year", "2021")]


@pytest.mark.parametrize(("sentence", "value"), [
    ("BISHKEK, 14.03.2024 - The two defence ministers met in the capital.", "2024-03-14"),
    ("The memorandum was signed on 25/11/2022 in Hanoi.", "2022-11-25"),
    ("The treaty was ratified on the 13th of March 2019.", "2019-03-13"),
    ("The envoys met on the 3rd of April.", "2025-04-03"),
])
def test_numeric_and_of_dates(sentence, value):
    got = find_dates(sentence, PUB)
    assert got and got[0].value == value


def test_a_numeric_date_that_could_be_either_order_is_left_alone():
    assert find_dates("The memorandum was signed on 03/04/2024.", PUB) == []


def test_the_nth_is_a_day_of_the_reports_month():
    pub = date(2024, 3, 20)
    assert [d.value for d in find_dates("The agency confirmed on the 13th that the deal was re-signed.", pub)] \
        == ["2024-03-13"]
    assert [d.value for d in find_dates("The two chiefs met on the 28th in Seoul.", pub)] == ["2024-02-28"]
    assert find_dates("The plan was adopted on the 15th Joint Working Group meeting.", pub) == []
    assert find_dates("The two chiefs met on the 13th.", None) == []


def test_the_nth_opening_a_stretch_waits_for_its_month():
    got = find_dates("The drills run from the 1st to the 5th of May, and again on the 8th and 9th of June.", PUB)
    assert [d.kind for d in got] == ["dm", "dm"]


@pytest.mark.parametrize(("sentence", "value"), [
    # a modal far back in the date's own clause still looks ahead (published Monday 29 December 2025)
    ("Officials said the two navies would start a week of anti-submarine training in the Arabian Sea on Friday.",
     "2026-01-02"),
    ("Seoul and Canberra will formally open their second defence industry forum at a Busan hotel on Wednesday.",
     "2025-12-31"),
    ("Both sides aim to hold the next round of staff talks in the spring.", "2026"),
])
def test_a_modal_far_back_in_the_dates_clause_looks_ahead(sentence, value):
    assert [d.value for d in find_dates(sentence, PUB)] == [value]


@pytest.mark.parametrize(("sentence", "value"), [
    # a past verb after the modal, or a clause break before the date, leaves the date in the past
    ("The ministers will review the drills that the two navies concluded off Busan on Friday.", "2025-12-26"),
    ("The frigates will sail home next month, after the crews trained with Indian sailors on Friday.", "2025-12-26"),
    ("The two presidents agreed to set up the council at their summit in Seoul on Friday.", "2025-12-26"),
])
def test_a_modal_outside_the_dates_clause_does_not_look_ahead(sentence, value):
    assert [d.value for d in find_dates(sentence, PUB) if d.kind == "weekday"] == [value]


def test_a_step_from_a_named_event_opening_a_paragraph_reads_the_storys_first_date():
    got = _story(["Chile and Peru signed a coast guard accord in Lima on 18 December."],
                 ["In June, the two navies had trained together off Callao."],
                 ["Weeks before the signing, the ministers spoke by phone."])
    assert got[2] == [("Weeks before", "2025-12")]  # from the signing, not from June


def test_a_step_from_that_still_reads_the_date_told_last():
    got = _story(["Chile and Peru signed a coast guard accord in Lima on 18 December."],
                 ["In June, the two navies had trained together off Callao."],
                 ["Two weeks after that, they met again."])
    assert got[2] == [("Two weeks after", "2025-06")]


def test_a_count_ago_opening_a_paragraph_after_a_carried_date_reads_from_the_report():
    got = _story(["Chile and Peru signed a coast guard accord in Lima on 18 December."],
                 ["Two weeks ago, the two navies had trained together off Callao."])
    assert got[1] == [("Two weeks ago", "2025-12-15")]


def test_may_after_a_preposition_is_the_month():
    assert [d.value for d in find_dates("In May, the two navies trained off Busan.", PUB)] == ["2025-05"]
    assert find_dates("The two navies may train off Busan.", PUB) == []  # the verb


def test_a_step_back_from_an_undated_event_reads_from_the_storys_first_date():
    got = _story(["Chile's president on Sunday announced a new coast guard fund."],
                 ["Officials welcomed the plan."],
                 ["The speech came a day after Santiago lifted its ban on arms exports to Peru."])
    assert got[2] == [("a day after", "2025-12-27")]  # Sunday 28 December, a day before


def test_a_day_followed_by_last_year_is_one_date_of_that_year():
    found = find_dates("The pact was signed on 3 March last year, six months after the talks began.", date(2024, 6, 2))
    assert [(d.text, d.value) for d in found] == [("3 March", "2023-03-03"), ("six months after", "2022-09")]


def test_a_first_date_far_from_the_report_is_no_main_event_for_steps():
    got = _story(["Denmark secured its opt-out in 1992, officials recalled."],
                 ["The vote came weeks after Sweden applied to join NATO."])
    assert got[1] == []  # not "weeks after" 1992


def test_with_no_page_date_a_history_year_is_no_main_event_for_steps():
    got = _story(["Denmark secured its opt-out in 1992, officials recalled."],
                 ["The vote came weeks after Sweden applied to join NATO."], published=None)
    assert got[1] == []


def test_earlier_in_the_day_is_the_day_told_before():
    told = story_dates([("The ministers met in Lima on 8 October 2021.", 0),
                        ("Earlier in the day they were received by the president.", 0)], date(2021, 10, 9))
    assert [d.value for d in told[1]] == ["2021-10-08"]
