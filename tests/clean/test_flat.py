"""Tests for pactwatch/clean/flat.py: the article alone out of flattened page text."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pactwatch.clean.flat import MAX_LINES, clean_flat

ROOT = Path(__file__).resolve().parents[2]

# A page written for this test: menu, headline, date, byline, article with a bullet list,
# a share widget, a "More from" teaser block and a comment section.
PAGE = """Home
World
Politics
Business
Subscribe
Ruritania and Freedonia agree to hold joint naval drills
Tuesday, 4 March 2025 09:30
By Jane Example
Share on Facebook
Ruritania and Freedonia agreed on Monday to hold their first joint naval exercise next spring, the two defence ministries said in a statement issued after talks in the capital.
The ministers said the drills would focus on search and rescue at sea and on the protection of shipping lanes, and that observers from neighbouring states would be invited.
The agreement covers three areas:
  • a yearly staff dialogue between the two navies;
  • exchanges of cadets between the naval academies;
  • joint training in mine clearance.
Officials said a formal memorandum would be prepared for signature later this year, once both parliaments have been consulted on the plan.
Read more: Freedonia opens a new port on its northern coast
Analysts said the move reflects growing concern about piracy in the region and the cost of patrolling it alone.
More from World
Election results delayed in the southern provinces
Counting resumed on Sunday after a power cut stopped the machines for several hours.
Farmers protest over water prices
Hundreds of tractors blocked the main road into the city on Friday morning.
© Example Daily News 2025. All rights reserved.
"""


def test_keeps_the_article_and_drops_furniture():
    art = clean_flat(PAGE, "page.txt", "page")
    assert art.cleaner == "flat"
    assert art.empty_reason is None
    assert art.paragraphs[0].startswith("Ruritania and Freedonia agreed on Monday")
    assert art.paragraphs[-1].startswith("Analysts said the move reflects")
    for gone in ("Home", "Subscribe", "By Jane Example", "Share on Facebook", "Read more:", "More from World",
                 "Election results delayed", "Counting resumed", "All rights reserved"):
        assert gone not in art.text, gone


def test_list_items_inside_the_article_stay():
    art = clean_flat(PAGE, "page.txt", "page")
    assert "• exchanges of cadets between the naval academies;" in art.paragraphs
    assert "The agreement covers three areas:" in art.paragraphs


def test_headline_date_outlet_and_id():
    art = clean_flat(PAGE, "page.txt", "page")
    assert art.title == "Ruritania and Freedonia agree to hold joint naval drills"
    assert art.published == "2025-03-04"
    assert art.outlet == "Example Daily News"
    assert art.text == "\n\n".join(art.paragraphs)
    assert art.id == hashlib.sha256(" ".join(art.text.split()).encode()).hexdigest()[:16]
    assert art.doc == "page" and art.source == "page.txt"


def test_same_body_same_id_whatever_the_furniture():
    other = "Menu\nLogin\n" + PAGE.replace("Tuesday, 4 March 2025 09:30", "Tuesday, 4 March 2025 10:15")
    assert clean_flat(other, "b.txt", "b").id == clean_flat(PAGE, "a.txt", "a").id


def test_section_label_and_caption_are_not_the_headline():
    page = (
        "politics\n"
        "Two ministers sign a border accord in the old town hall\n"
        "Minister A, left, shakes hands with Minister B after the signing. Image: Example Photo Agency\n"
        "2 Comments\n"
        "The two ministers signed an accord on Thursday that settles the line of the border along the river, "
        "ending a dispute that had lasted for three decades.\n"
        "Both governments said the accord would be sent to parliament next month for approval.\n"
    )
    art = clean_flat(page, "p.txt", "p")
    assert art.title == "Two ministers sign a border accord in the old town hall"
    assert "shakes hands" not in art.text
    assert "Comments" not in art.text


def test_site_name_is_dropped_but_dashes_in_headlines_stay():
    page = (
        "Talks resume – and stall – over the port deal | Example Times\n"
        "Negotiators met again on Wednesday to discuss the lease of the port, but the talks ended after an hour "
        "without any statement from either side.\n"
        "A further round is planned for next month, officials said.\n"
    )
    art = clean_flat(page, "p.txt", "p")
    assert art.title == "Talks resume – and stall – over the port deal"


def test_comment_thread_is_not_the_article():
    page = (
        "A short note on our spring fundraising\n"
        "We raised more money this spring than in any previous season, and we want to thank everyone who gave, "
        "shared the appeal or volunteered at one of the events.\n"
        "The money will pay for two new classrooms, which the builders expect to finish before the winter.\n"
        "Sam on May 3, 2024 at 10:02 am said:\n"
        "Great news, and I hope the classrooms will be used in the evenings for adult courses as well, because "
        "there is a lot of interest in the village for that kind of thing.\n"
        "Alex on May 4, 2024 at 8:15 pm said:\n"
        "I agree with Sam, and I would add that the library could use some of the space on weekends too, "
        "since its own building is closed for repairs until next year at the earliest.\n"
    )
    art = clean_flat(page, "p.txt", "p")
    assert "two new classrooms" in art.text
    assert "adult courses" not in art.text and "Sam on May 3" not in art.text


@pytest.mark.parametrize(
    ("text", "reason_part"),
    [
        ("", "empty"),
        ("   \n\n \t\n", "empty"),
        ("Home\nNews\nSport\nWeather\nContact us\nAbout\n", "sentence punctuation"),
        ("word " * 300, "sentence punctuation"),
    ],
)
def test_no_article_gives_a_reason_not_an_exception(text, reason_part):
    art = clean_flat(text, "x.txt", "x")
    assert art.paragraphs == () and art.text == ""
    assert art.empty_reason and reason_part in art.empty_reason
    assert len(art.id) == 16


def test_non_string_input_is_an_empty_result():
    art = clean_flat(None, "x.txt", "x")  # type: ignore[arg-type]
    assert art.empty_reason == "empty text"


def test_huge_input_is_capped_and_says_so():
    paragraph = "The committee met again today and agreed to continue its work on the draft report next week.\n"
    text = "Menu item\n" * (MAX_LINES + 10) + paragraph * 5
    started = time.perf_counter()
    art = clean_flat(text, "big.txt", "big")
    assert time.perf_counter() - started < 60
    assert art.cleaner == "flat:capped"
    assert art.empty_reason and str(MAX_LINES) in art.empty_reason


def test_one_enormous_line_is_cut_not_fatal():
    text = "Title of a long page\n" + ("This sentence repeats itself to fill space. " * 200_000)
    art = clean_flat(text, "big.txt", "big")
    assert art.cleaner == "flat:capped"
    assert art.paragraphs and len(art.text) <= 100_000


def _docs_check(shared: Path, gold: Path, pages: Path) -> dict:
    golds = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    docs = []
    for g in golds:
        path = pages / f"{g['doc']}.txt"
        docs.append(clean_flat(path.read_text(encoding="utf-8"), str(path), g["doc"]).to_doc_json())
    return golds, docs


def _score_docs(shared: Path, gold: Path, docs: list[dict], tmp_path: Path) -> dict:
    facts, docs_path = tmp_path / "facts.jsonl", tmp_path / "docs.jsonl"
    facts.write_text("", encoding="utf-8")
    docs_path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    out = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), str(gold), str(facts),
                          "--docs", str(docs_path), "--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)["documents_check"]


def test_seeds_are_cleaned_exactly(shared, tmp_path):
    gold = shared / "gold" / "seeds.jsonl"
    _, docs = _docs_check(shared, gold, shared / "seeds")
    check = _score_docs(shared, gold, docs, tmp_path)
    assert check == {"title_accuracy": 1.0, "published_accuracy": 1.0, "body_recall": 1.0, "boilerplate_leak": 0.0}


def test_dev_bodies_are_complete_and_clean(shared, tmp_path):
    gold = shared / "dev" / "gold.jsonl"
    golds, docs = _docs_check(shared, gold, shared / "dev" / "pages")
    check = _score_docs(shared, gold, docs, tmp_path)
    assert check["body_recall"] == 1.0
    assert check["boilerplate_leak"] == 0.0
    assert check["published_accuracy"] >= 0.9
    # titles taken from URL slugs are not in the text and cannot match; score the others
    pages = shared / "dev" / "pages"
    in_text = [(g, d) for g, d in zip(golds, docs, strict=True) if g["meta"].get("title")
               and " ".join(g["meta"]["title"].split()) in " ".join((pages / f"{g['doc']}.txt").read_text().split())]
    right = sum(d["title"] == " ".join(g["meta"]["title"].split()) for g, d in in_text)
    assert len(in_text) >= 8 and right / len(in_text) >= 0.85


@pytest.mark.slow
def test_scrapinghub_flattened_f1_stays_above_the_baseline(shared, baseline):
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "flat_bench.py"), "--set", "scrapinghub",
                          "--json"], capture_output=True, text=True, check=True, cwd=ROOT)
    result = json.loads(out.stdout)["scrapinghub_flat"]
    assert result["all"]["f1"] >= baseline["clean_flat_f1"]


def test_line_endings_and_invisible_characters_do_not_matter():
    unix = clean_flat(PAGE, "a.txt", "a")
    windows = clean_flat(PAGE.replace("\n", "\r\n").replace("Ruritania and", "\u200bRuritania\u00a0and"), "b.txt", "b")
    assert windows.paragraphs == unix.paragraphs and windows.id == unix.id
    assert windows.title == unix.title


def test_random_mixtures_never_raise():
    import random

    rng = random.Random(7)
    pieces = [line for line in PAGE.splitlines()] + ["", ":", "•", "©", "Comments", "1 of 3", "date 2024-01-01",
                                                    "\x00", "\ud800", "。", "日本語の文章です。", "-" * 500, "a:" * 50]
    for _ in range(300):
        text = "\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        art = clean_flat(text, "fuzz.txt", "fuzz")
        assert (art.text == "") == (art.empty_reason is not None)
        assert art.text == "\n\n".join(art.paragraphs)


# A blog page written for this test: a short post, then the blog's comment form and a featured-post teaser.
BLOG_PAGE = """Monday, 2 June 2025
Ruritania and Freedonia open talks on a defence pact
Ruritania and Freedonia have opened a first round of talks on a defence cooperation pact, the foreign ministry said on Monday.
The chief negotiator said the draft text would go to both cabinets once the second round had closed in the autumn.
Officials expect parliament to vote on the pact next year, after a public consultation on its terms.
No comments:
Post a Comment
Daily Digest
Featured Post
Mayor says the new bridge will not open before winter because of steel shortages
The city mayor told reporters on Tuesday that the opening of the bridge had been postponed again after delays...
Blog Widget by SomeService
"""


def test_blog_comment_form_and_featured_teaser_are_dropped():
    art = clean_flat(BLOG_PAGE, "blog.txt", "blog")
    assert art.paragraphs[-1].startswith("Officials expect parliament")
    for gone in ("Post a Comment", "Featured Post", "Mayor says the new bridge", "Blog Widget"):
        assert gone not in art.text, gone


# Photo credits in the shapes flattening leaves them: signed caption, glued after a sentence, on their own line.
CREDIT_PAGE = """Freedonia signs naval training accord
Minister A. Person and General B. Person sign the accord in the capital. — Picture by C. Photographer
CAPITAL CITY, May 3 — Freedonia and Ruritania today signed an accord on naval training and exchanges of cadets.
The accord covers joint courses at both naval academies and a yearly staff dialogue between the two navies.
Photo by D. Someone, via a shared image library.
Both ministers said the accord would be reviewed after three years. Photo by E. Someone, Wikimedia commons.
"""


def test_photo_credits_are_dropped_and_their_paragraphs_kept():
    art = clean_flat(CREDIT_PAGE, "credit.txt", "credit")
    assert "Picture by" not in art.text and "Photo by" not in art.text
    assert art.paragraphs[0].startswith("CAPITAL CITY, May 3")
    assert art.paragraphs[-1] == "Both ministers said the accord would be reviewed after three years."


def test_desk_byline_is_not_a_headline():
    page = " date 2024-05-02 Staff Report\n\n" + "\n".join(CREDIT_PAGE.splitlines()[2:4])
    art = clean_flat(page, "desk.txt", "desk")
    assert art.title is None
    assert art.published == "2024-05-02"


# A fact sheet written for this test: a headline, then only bullet points without full stops.
BULLET_PAGE = """Freedonia and Ruritania sign a mutual defence treaty
KEY POINTS OF THE TREATY:
• The two prime ministers signed the treaty in the capital on Monday after a year of talks
• It commits each country to come to the aid of the other in the event of an armed attack
• Personnel of either force will be able to enter the other country without a visa
• The treaty stays in force until one of the parties gives a year of notice
"""


def test_a_page_of_bullet_sentences_is_an_article():
    art = clean_flat(BULLET_PAGE, "bullets.txt", "bullets")
    assert art.empty_reason is None
    assert "• The two prime ministers signed the treaty in the capital on Monday after a year of talks" in art.paragraphs
    assert art.title == "Freedonia and Ruritania sign a mutual defence treaty"


def test_a_menu_of_bullets_is_still_not_an_article():
    page = "• Home\n• World News\n• Sport and Games\n• Business Today\n• Contact the Editors\n"
    art = clean_flat(page, "menu.txt", "menu")
    assert art.text == "" and art.empty_reason


DATED_LEAD_PAGE = """Freedonia: the minister signed the deal for twelve patrol boats: “the largest naval purchase in decades”
3 May 2024 – Today in the capital, the Minister of Defence signed the contract for twelve patrol boats, with which the navy will renew its coastal fleet.
The boats will be delivered over four years, the first of them next spring, the ministry said in a statement after the ceremony.
The minister said the purchase was the largest for the navy since the end of the war, and thanked the builders for their offer.
"""


def test_a_dated_lead_gives_the_headline_above_it_and_the_date():
    art = clean_flat(DATED_LEAD_PAGE, "lead.txt", "lead")
    assert art.title == DATED_LEAD_PAGE.splitlines()[0]
    assert art.published == "2024-05-03"
    assert art.paragraphs[0].startswith("3 May 2024 – Today in the capital")


def test_syndication_notice_after_the_article_is_dropped():
    page = DATED_LEAD_PAGE + ("Note: this story was auto-published from an agency feed without changes to the text "
                              "and was not reviewed by an editor.\nOpen in App\n")
    art = clean_flat(page, "feed.txt", "feed")
    assert art.paragraphs[-1].startswith("The minister said the purchase")
    assert "agency feed" not in art.text and "Open in App" not in art.text


def test_outlet_photo_tags_template_markup_and_release_credits_are_dropped():
    lines = DATED_LEAD_PAGE.splitlines()
    page = "\n".join([lines[0], lines[1],
                      "The minister and the shipyard chief shake hands after the signing in the capital. (DAILY PHOTO)",
                      "{{^isSubscriber}} {{/isSubscriber}}",
                      lines[2] + " (Navy photo by Petty Officer A. Name)", lines[3],
                      "Read the rest of the story: Freedonia renews its coastal fleet."])
    art = clean_flat(page, "tags.txt", "tags")
    assert art.paragraphs[1] == lines[2]
    for gone in ("DAILY PHOTO", "{{", "photo by", "Read the rest"):
        assert gone not in art.text, gone


def test_a_radio_show_slot_is_not_the_headline():
    lines = DATED_LEAD_PAGE.splitlines()
    page = "\n".join(["A. Presenter 10am - 12pm", "3 May 2024, 11:08", *lines[2:]])
    art = clean_flat(page, "radio.txt", "radio")
    assert art.title is None
    assert art.published == "2024-05-03"


def test_wordpress_post_meta_list_and_comment_notice_are_dropped():
    page = DATED_LEAD_PAGE + ("- Post author:example-blog\n- Post published:May 3, 2024\n- Post comments:0 Comments\n"
                              "Leave a Reply\nYour email address will not be published. Required fields are marked *\n")
    art = clean_flat(page, "wp.txt", "wp")
    assert art.paragraphs[-1].startswith("The minister said the purchase")
    assert "Post author" not in art.text and "Required fields" not in art.text


def test_a_long_paragraph_with_a_credit_glued_after_it_is_kept_without_the_credit():
    lines = DATED_LEAD_PAGE.splitlines()
    long_para = ("The boats will be delivered over four years, the first of them next spring. The ministry said the "
                 "crews would train at the shipyard for six months before each handover. Local firms will build "
                 "parts of the hulls under the contract, officials added.")
    page = "\n".join([*lines[:2], long_para + " (Photo: Navy Press Office)", lines[3]])
    art = clean_flat(page, "glued.txt", "glued")
    assert long_para in art.paragraphs
    assert "Navy Press Office" not in art.text


def test_month_only_header_date_is_kept_at_month_precision():
    art = clean_flat("date 2024-07 " + PAGE, "page.txt", "page")
    assert art.published == "2024-07"


def test_a_headline_case_first_line_of_the_body_is_the_headline():
    text = ("OPINION: NOTED. To Keep the Peace, the City Must Fix Its Bridges.\n"
            "Keeping the bridges in good repair used to be taken for granted; everyone from the mayor to the "
            "commuters agreed that it was the right thing to do and that it paid for itself.\n"
            "That is no longer the case. The budget for repairs has shrunk for a decade, and several bridges "
            "are now closed to heavy traffic, which sends lorries through the old town.\n")
    art = clean_flat(text, "op.txt", "op")
    assert art.title == "OPINION: NOTED. To Keep the Peace, the City Must Fix Its Bridges."
    assert art.paragraphs[0].startswith("Keeping the bridges")


def test_a_long_capitalised_lead_stays_in_the_body():
    text = ("CAPITAL CITY: Inaugural Meeting of Eastland-Westland Joint Border Commission Held in Capital City "
            "on Tuesday.\n"
            "The commission agreed to meet twice a year and to set up working groups on trade and on security "
            "along the border, officials said after the talks.\n"
            "Both delegations said the talks had been useful and that a second round would follow in spring, "
            "when the working groups report.\n")
    art = clean_flat(text, "lead.txt", "lead")
    assert art.paragraphs[0].startswith("CAPITAL CITY: Inaugural")


def test_caption_above_the_headline_and_embedded_post_signature_leave():
    text = ("Minister A (L) shakes hands with Minister B (R) during the signing ceremony at the ministry on "
            "March 3, 2024. - Eastland joined the pact on Tuesday, ending decades of neutrality. "
            "(Photo by SAM SNAPPER / POOL / AGENCY) (Photo by SAM SNAPPER/POOL/AGENCY via Picture Desk)\n"
            "Eastland joins the northern pact\n"
            "Eastland on Tuesday became a member of the northern defence pact, a step its government said "
            "would make the country safer.\n"
            "— Harbour Watch (@harbour_watch) March 3, 2024\n"
            "The foreign minister handed over the documents at a ceremony in the capital, officials said.\n"
            "Read: Westland says it will not join the pact this year\n"
            "The agreement is seen as a sign of closer ties between the members, analysts said on Tuesday.\n")
    art = clean_flat(text, "pact.txt", "pact")
    assert art.title == "Eastland joins the northern pact"
    for gone in ("(L)", "@harbour_watch", "Read:", "Picture Desk"):
        assert gone not in art.text, gone
    assert "The agreement is seen as a sign" in art.text
