"""The event's clause, not the report's: dates and status are read where the trigger's own verb is."""

from datetime import date

from pactwatch.extract.context import (
    ArticleView,
    SentenceView,
    date_near,
    draft,
    mention_near,
    reported_clause,
)
from pactwatch.extract.dates import find_dates, story_dates
from pactwatch.extract.nlp import parse
from pactwatch.extract.sentences import Sentence
from pactwatch.extract.status import verb_status
from pactwatch.reference import load_reference

PUB = date(2025, 9, 5)  # a Friday
ARTICLE = ArticleView(load_reference(), PUB, None, ("AUS", "JPN"))


def view(text: str) -> SentenceView:
    """A sentence as the families see it, parsed by the real model."""
    return SentenceView(Sentence(0, len(text), text, 0, 0), text, [], [], True, find_dates(text, PUB), [],
                        parse([text])[0], [], None, "", None, False)


def span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


def test_the_clause_after_a_reporting_verb():
    text = "The spokesman announced on Friday that the defence dialogue is set for Sept. 12 in Lima."
    sv = view(text)
    lo, hi = reported_clause(sv, *span(text, "dialogue"))
    assert text[lo:hi].startswith("that the defence dialogue")
    assert date_near(sv, *span(text, "dialogue"), lo, hi) == "2025-09-12"


def test_a_trailing_attribution_is_left_out():
    text = "A joint exercise between the two navies began on Monday, the ministry said on Tuesday."
    sv = view(text)
    lo, hi = reported_clause(sv, *span(text, "exercise"))
    assert "Tuesday" not in text[lo:hi] and "Monday" in text[lo:hi]


def test_a_trigger_in_the_reporting_clause_keeps_the_whole_sentence():
    text = "The ministers said after their meeting on Monday that the navies will train together."
    assert reported_clause(view(text), *span(text, "meeting")) is None


def test_a_year_in_a_name_is_a_last_resort():
    text = "Exercise Coral Shield 2023 opened on Monday off the coast."
    sv = view(text)
    assert date_near(sv, *span(text, "Exercise")) == "2025-09-01"
    only_name = "Exercise Coral Shield 2023 drew ships from six navies."
    assert date_near(view(only_name), *span(only_name, "Exercise")) == "2023"


def test_where_an_event_ends_is_not_its_date():
    text = "The drills, which will run until 30 September, involve three frigates."
    assert mention_near(view(text), *span(text, "drills")) is None
    text = "The exercise, which got under way on Monday, will conclude on Friday."
    assert date_near(view(text), *span(text, "exercise")) == "2025-09-01"


def test_the_tense_of_the_trigger_verb():
    cases = [
        ("The third round of talks is set for 20 September.", "talks", "meeting", "planned"),
        ("The joint exercise is being held near the border.", "exercise", "exercise", "ongoing"),
        ("The two navies are holding a joint exercise near the border.", "exercise", "exercise", "ongoing"),
        ("The logistics pact will be ready to be signed at the summit.", "signed", "agreement_signed", "planned"),
        ("The minister flew to Hanoi to sign the agreement.", "sign", "agreement_signed", "occurred"),
        ("The two sides signed the agreement in Hanoi.", "signed", "agreement_signed", "occurred"),  # its own past
        ("Defence ministers of Chile and Peru take part in the fifth round of talks in Lima.", "talks", "meeting",
         "ongoing"),
        ("Defence ministers of Chile and Peru hold annual talks in Lima.", "talks", "meeting", None),
        ("Defence ministers of Chile and Peru hold talks in Lima on Thursday.", "talks", "meeting", None),
        ("The government said the frigates would be delivered to Chile.", "delivered", "arms_transfer", "planned"),
        ("The joint drills are under way near the border.", "drills", "exercise", "ongoing"),
        ("The joint exercise will conclude on Friday.", "exercise", "exercise", "ongoing"),
        ("The logistics agreement will last ten years.", "agreement", "agreement_signed", "planned"),
    ]
    for text, word, fact_type, status in cases:
        doc = parse([text])[0]
        assert verb_status(doc, *span(text, word), fact_type) == status, text


def test_no_parse_no_guess():
    assert verb_status(None, 0, 4, "meeting") is None
    text = "The spokesman said on Friday that talks will be held."
    sv = view(text)
    assert reported_clause(SentenceView(**{**sv.__dict__, "doc": None}), *span(text, "talks")) is None


def test_a_goals_horizon_is_not_the_signing_date():
    text = "The two ministries signed a joint vision statement towards 2030 in Quito on Tuesday."
    assert date_near(view(text), *span(text, "signed")) == "2025-09-02"
    text = "The navies adopted a roadmap for cooperation till 2035."
    assert date_near(view(text), *span(text, "roadmap")) is None


def test_a_year_in_an_aside_about_another_time_is_not_the_events():
    text = "Bolivia and Paraguay held naval drills for the first time since their border war ended in 1935."
    assert date_near(view(text), *span(text, "drills")) is None
    text = "The ministers reviewed joint training based on the protocol signed in 2019."
    assert date_near(view(text), *span(text, "reviewed")) is None
    text = "They endorsed the frigate programme, first unveiled in 2020, at a summit."
    assert date_near(view(text), *span(text, "endorsed")) is None


def test_an_aside_about_the_trigger_itself_still_dates_it():
    text = "The accord on joint coastal patrols signed earlier this week is a first step."
    assert date_near(view(text), *span(text, "accord")) == "2025-09"
    text = "Officials met at the third Joint Steering Committee meeting held on Wednesday in Lima."
    assert date_near(view(text), *span(text, "Joint Steering Committee")) == "2025-09-03"


def test_the_verb_that_governs_the_date_beats_the_nearer_one():
    text = "The cabinet sent the accord to the senate in April, and it was signed in Quito on June 3, 2025."
    assert date_near(view(text), *span(text, "signed")) == "2025-06-03"


def test_a_step_back_to_another_event_does_not_date_the_main_clause():
    text = "The defence chiefs held talks in Jakarta, a day before the regional summit opens."
    sv = SentenceView(**{**view(text).__dict__,
                         "dates": story_dates([("The chiefs met on 3 September.", 0), (text, 0)], PUB)[1]})
    assert date_near(sv, *span(text, "talks")) is None  # the step dates the summit; the talks take the lead's day
    assert date_near(sv, *span(text, "summit")) == "2025-09-04"


def test_an_entry_into_force_takes_its_own_verbs_day_not_the_approvals():
    text = "The pact took effect on 1 August, three weeks after the senate ratified it on 10 July."
    sv = view(text)
    d = draft(sv, ARTICLE, "agreement_in_force", ("AUS", "JPN"), *span(text, "senate ratified"), "t")
    assert d.date == "2025-08-01"
    text = "The senate ratified the pact on 10 July."
    assert draft(view(text), ARTICLE, "agreement_in_force", ("AUS", "JPN"), *span(text, "ratified"), "t").date \
        == "2025-07-10"  # no entry into force told: the ratification keeps its day


def test_a_framework_s_own_day_is_not_the_act_done_under_it():
    for text, word in (("The task force was formed as part of the Manila Accord, concluded by the two presidents on "
                        "2 September, to coordinate coast guard patrols.", "formed"),
                       ("The joint committee was set up under the framework agreement, signed by both ministers in "
                        "Canberra on 4 March.", "set up")):
        assert date_near(view(text), *span(text, word)) is None  # the accord's day; the act takes the lead's


def test_a_participle_telling_the_same_occasion_keeps_its_day():
    for text, word in (("The pact was signed in Canberra, witnessed by both prime ministers on 4 March.", "signed"),
                       ("India took delivery of the jets at the base, handed over by the maker on 2 September.",
                        "delivery")):
        assert date_near(view(text), *span(text, word)) is not None


def test_a_date_in_the_story_of_another_noun_is_not_the_events():
    text = ("The three leaders met in Perth to present the findings of a review launched when the partnership was "
            "formed in March 2021.")
    assert date_near(view(text), *span(text, "met")) is None  # the review's story; the meeting takes the lead's day
    text = "The three leaders met in Perth in March 2021 to present the findings of a review."
    assert date_near(view(text), *span(text, "met")) == "2021-03"


def test_the_period_a_plan_covers_is_not_its_day():
    text = "Peru and Chile approved a naval cooperation programme for 2026-2028 at the talks on Tuesday."
    assert date_near(view(text), *span(text, "approved")) == "2025-09-02"
    dated = "Peru and Chile approved a naval cooperation programme in 2024-2025 with no fanfare."
    assert date_near(view(dated), *span(dated, "approved")) == "2024"  # no 'for': still the text's own years


def test_a_later_step_in_a_coordinated_verb_does_not_date_the_trigger():
    text = "The two ministers signed a memorandum on coastal radar and plan to meet again in Lima in March."
    assert date_near(view(text), *span(text, "signed")) is None
    assert date_near(view(text), *span(text, "meet")) == "2026-03"
    future = "The navies held a joint search drill and will train together again in November."
    assert date_near(view(future), *span(future, "held")) is None


def test_the_coordinated_past_step_keeps_its_date_with_a_penalty():
    text = "The treaty was submitted in April, and it was signed on 13 August."
    assert date_near(view(text), *span(text, "signed")) == "2025-08-13"
    purpose = "The ministers met to sign the logistics pact on Monday."
    assert date_near(view(purpose), *span(purpose, "met")) == "2025-09-01"  # the purpose infinitive is the meeting's


def test_a_date_inside_a_since_clause_is_the_bounds_event():
    text = "The minister made his first visit to Lima since taking office in June."
    assert date_near(view(text), *span(text, "visit")) is None


def test_a_year_naming_another_thing_does_not_date_the_trigger():
    text = "During his visit to Lima, the minister said Chile would leave a 2011 fisheries accord with Peru."
    assert date_near(view(text), *span(text, "visit")) is None
    own = "The 2019 coast guard accord between Chile and Peru was signed in Lima."
    assert date_near(view(own), *span(own, "signed")) == "2019"  # the year names the signed thing itself


def test_a_date_right_after_since_is_a_bound():
    text = "The two ministers agreed to resume the security dialogue, suspended since March 2018."
    assert date_near(view(text), *span(text, "dialogue")) is None


def test_a_trigger_inside_a_counted_step_clause_does_not_take_the_main_date():
    text = "The navies held drills on Monday, months after Lima agreed to buy two patrol boats."
    assert date_near(view(text), *span(text, "buy")) is None
    counted = "The navies held drills on Monday, two months after Lima agreed to buy two patrol boats."
    assert date_near(view(counted), *span(counted, "buy")) == "2025-07"  # the step itself dates it
    other = "On Monday, a year after the accord took effect, the two navies held their first drills."
    assert date_near(view(other), *span(other, "held")) == "2025-09-01"


def test_a_when_clause_after_a_since_date_is_dated_by_it():
    text = "The pact had been expected since February, when the two ministers, meeting in Lima, agreed to finish it."
    assert date_near(view(text), *span(text, "meeting")) == "2025-02"


def test_a_date_after_a_relating_verb_belongs_to_the_other_event():
    for text, word in (("The talks followed Exercise Southern Reach in August, the largest drill of the two navies.", "talks"),
                       ("The visit came two weeks after joint patrols in June.", "visit"),
                       ("The meeting coincided with naval drills held off Crete in July.", "meeting")):
        assert date_near(view(text), *span(text, word)) is None, text


def test_a_relating_verb_with_its_own_day_or_a_later_clause_still_dates():
    text = "The talks came on Monday as tensions rose along the border."
    assert date_near(view(text), *span(text, "talks")) == "2025-09-01"
    text = "The meeting followed the drills, and was held on 3 September in Hanoi."
    assert date_near(view(text), *span(text, "meeting")) == "2025-09-03"


def test_the_year_a_document_covers_is_not_its_signing_day():
    text = "The ministers signed a plan of joint events for next year on Wednesday in Astana."
    assert date_near(view(text), *span(text, "signed")) == "2025-09-03"
    text = "The ministers also approved a cooperation plan for 2026, which sets out joint events."
    assert date_near(view(text), *span(text, "approved")) is None


def test_a_deadline_after_within_is_not_the_day_the_plan_was_agreed():
    text = "The coast guards will hold joint at-sea training within the next year, the leaders said."
    assert date_near(view(text), *span(text, "training")) is None


def test_a_date_inside_what_a_reporter_says_is_not_the_reporting_clauses():
    text = "Rousseff said during a visit to Ankara on Monday that trade with Turkey reached $2 billion in 2011."
    assert date_near(view(text), *span(text, "visit")) == "2025-09-01"
    text = "Rousseff said during a visit to Ankara that trade with Turkey reached $2 billion in 2011."
    assert date_near(view(text), *span(text, "visit")) is None
