"""pactwatch/clean/html.py and its siblings: body, title, date and outlet from HTML pages."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pactwatch.clean.html import MAX_HTML_CHARS, clean_html
from pactwatch.clean.titles import clean_title

PARAS = [
    "Defence ministers from both countries met in the capital on Tuesday and agreed to expand joint "
    "maritime patrols in the region, officials said after the talks.",
    "The two governments also said they would begin negotiations on a reciprocal access agreement "
    "that would let their forces train on each other's territory for longer periods.",
    "Analysts said the move reflected growing concern about security in nearby waters, where "
    "several incidents involving coast guard vessels were reported this year.",
    "A joint statement released after the meeting said a working group would report back to both "
    "ministers before the end of the year with a draft text.",
]


def page(head: str = "", body: str = "", article: list[str] | None = None, extra: str = "") -> str:
    """A small news page in our own words: navigation, an article, a newsletter box, teasers, footer."""
    paras = "".join(f"<p>{p}</p>" for p in (PARAS if article is None else article))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">{head}</head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>Ministers agree to expand joint patrols</h1>{paras}{body}</article>
<div class="newsletter-box"><h3>Get our morning briefing</h3><p>Sign up for our newsletter today.</p></div>
<section class="related-stories"><h2>More stories</h2><ul>
<li><a href="/a1">Budget talks stall again as deadline nears</a></li>
<li><a href="/a2">Navy commissions a new patrol vessel</a></li>
<li><a href="/a3">Opinion: what the summit means for the region</a></li></ul></section>{extra}</main>
<footer><p>© 2024 Harbour Daily Media Ltd. All rights reserved.</p></footer></body></html>"""


def test_body_is_the_article_paragraphs_only() -> None:
    got = clean_html(page(), "https://harbourdaily.example/2024/03/05/patrols")
    assert list(got.paragraphs) == PARAS
    assert got.empty_reason is None
    assert got.cleaner.startswith("html:")


def test_title_date_and_outlet_from_opengraph() -> None:
    head = ('<title>Ministers agree to expand joint patrols | Harbour Daily</title>'
            '<meta property="og:site_name" content="Harbour Daily">'
            '<meta property="og:title" content="Ministers agree to expand joint patrols | Bay Courier">'
            '<meta property="article:published_time" content="2024-03-05T09:30:00+09:00">')
    got = clean_html(page(head))
    assert got.title == "Ministers agree to expand joint patrols"
    assert got.published == "2024-03-05"
    assert got.outlet == "Harbour Daily"


def test_jsonld_gives_headline_date_and_publisher() -> None:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Harbour Daily"},
        {"@type": "NewsArticle", "headline": "Ministers agree to expand joint patrols",
         "datePublished": "2024-03-04T22:10:00Z", "publisher": {"@type": "Organization", "name": "Harbour Daily"}}]}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script><title>Harbour Daily: Ministers agree</title>'
    got = clean_html(page(head))
    assert (got.title, got.published, got.outlet) == (
        "Ministers agree to expand joint patrols", "2024-03-04", "Harbour Daily")


def test_jsonld_article_body_used_when_the_page_renders_by_script() -> None:
    body = "\n\n".join(PARAS)
    ld = {"@type": "NewsArticle", "headline": "Patrols", "articleBody": body}
    html = (f'<html><head><script type="application/ld+json">{json.dumps(ld)}</script></head>'
            '<body><div id="app"></div><script>render()</script></body></html>')
    got = clean_html(html)
    assert list(got.paragraphs) == PARAS and got.cleaner == "html:jsonld"


def test_date_from_time_element_and_from_url() -> None:
    timed = clean_html(page(body='<p><time datetime="2023-11-20T08:00">20 November</time></p>'))
    assert timed.published == "2023-11-20"
    assert clean_html(page(), "https://example.org/news/2022/07/14/some-story").published == "2022-07-14"


def test_outlet_from_copyright_line_when_nothing_else_says() -> None:
    assert clean_html(page()).outlet == "Harbour Daily Media"


@pytest.mark.parametrize(("raw", "sites", "url", "want"), [
    ("Ministers agree to expand patrols | Harbour Daily", ["Harbour Daily"], None,
     "Ministers agree to expand patrols"),
    ("Harbour Daily: Ministers agree to expand patrols", ["Harbour Daily"], None,
     "Ministers agree to expand patrols"),
    ("Ministers agree to expand patrols - HARBOURDAILY.COM", [], "https://www.harbourdaily.com/x",
     "Ministers agree to expand patrols"),
    ("Ministers agree to expand patrols - News - Harbour Daily", ["Harbour Daily"], None,
     "Ministers agree to expand patrols - News"),
    # dashes and colons that belong to the headline stay
    ("Japan-Australia pact: what changes - and what does not", ["Harbour Daily"], None,
     "Japan-Australia pact: what changes - and what does not"),
    ("Tokyo - Canberra talks resume", [], "https://harbourdaily.example/a", "Tokyo - Canberra talks resume"),
    ("Defence: a new chapter", [], None, "Defence: a new chapter"),
    ("Harbour Daily", ["Harbour Daily"], None, "Harbour Daily"),
    ("the news | BBC News", ["BBC News"], "https://www.bbc.co.uk/news/x", "the news"),
])
def test_site_name_is_stripped_from_titles(raw: str, sites: list[str], url: str | None, want: str) -> None:
    assert clean_title(raw, sites, url) == want


def test_teaser_runs_and_furniture_lines_are_dropped() -> None:
    extra = "".join(f'<p><a href="/t{i}">Another story about a different subject number {i}</a></p>'
                    for i in range(4))
    body = "<p>Share this article</p><p>Advertisement</p>"
    got = clean_html(page(body=body, extra=extra))
    assert list(got.paragraphs) == PARAS


def test_a_single_linked_line_inside_the_article_is_kept() -> None:
    article = PARAS[:2] + ['<a href="/report">Read the full joint statement</a> on the ministry site.'] + PARAS[2:]
    got = clean_html(page(article=article))
    assert "Read the full joint statement on the ministry site." in got.paragraphs


def test_article_split_over_repeated_containers_is_gathered() -> None:
    chunks = "".join(f'<div class="story-chunk"><p>{p}</p></div><div class="ad-slot">Advertisement</div>'
                     for p in PARAS)
    more = [f"Further paragraph number {i} explains the details of the training programme and the "
            "schedule agreed by the delegations during their two days of talks." for i in range(3)]
    chunks += "".join(f'<div class="story-chunk"><p>{p}</p></div><aside><p>Sponsored</p></aside>' for p in more)
    html = f"<html><body><div class='layout'><div class='story'>{chunks}</div></div></body></html>"
    got = clean_html(html)
    for text in PARAS + more:
        assert text in got.paragraphs


def test_words_split_by_html_comments_stay_whole() -> None:
    article = ["When <!-- -->the<!-- --> ministers met, " + PARAS[0]] + PARAS[1:]
    got = clean_html(page(article=article))
    assert got.paragraphs[0].startswith("When the ministers met,")


# --- bad input: an empty body with a reason, never an exception, in bounded time ---

def test_truncated_html_keeps_what_arrived() -> None:
    html = page()
    cut = html[: html.index(PARAS[2]) + 40]
    got = clean_html(cut)
    assert got.paragraphs[:2] == tuple(PARAS[:2])


def test_script_only_page() -> None:
    got = clean_html("<html><head><script>var a = 1;</script></head><body><script>boot()</script></body></html>")
    assert got.paragraphs == () and got.empty_reason == "page is only script"


def test_error_page() -> None:
    html = ("<html><head><title>Page not found | Harbour Daily</title></head><body><h1>Sorry</h1>"
            "<p>The page you are looking for may have been moved.</p><p><a href='/'>Go home</a></p></body></html>")
    got = clean_html(html)
    assert got.paragraphs == () and got.empty_reason == "error page (not found)"


def test_homepage_of_teasers_has_no_article() -> None:
    teasers = "".join(f"<div class='card'><h2><a href='/s{i}'>Headline of story {i} on the front page</a></h2>"
                      f"<p><a href='/s{i}'>A one-line summary of story {i}</a></p></div>" for i in range(40))
    got = clean_html(f"<html><head><title>Harbour Daily</title></head><body>{teasers}</body></html>")
    assert got.paragraphs == () and got.empty_reason == "no article found"


def test_non_latin_page_keeps_its_script() -> None:
    text = "防衛大臣は本日、オーストラリアとの円滑化協定に署名したと発表した。両国の防衛協力は新たな段階に入った。"
    html = f"<html><head><title>防衛協力の新段階</title></head><body><article><p>{text * 3}</p><p>{text}</p></article></body></html>"
    got = clean_html(html)
    assert got.paragraphs == (text * 3, text) and got.title == "防衛協力の新段階"


def test_oversized_page_is_cut_and_says_so() -> None:
    html = page() + "<div>" + ("<p>filler paragraph of no interest at all</p>" * 200_000) + "</div>"
    assert len(html) > MAX_HTML_CHARS
    got = clean_html(html)
    assert got.paragraphs[: len(PARAS)] == tuple(PARAS)
    assert got.cleaner.endswith(":cut")


@pytest.mark.parametrize("html", ["", "   ", "<", "<html></html>", "<?xml version='1.0' encoding='utf-8'?><html/>",
                                  "\x00\x01garbage<<<>>>", "<p>" * 5000])
def test_degenerate_markup_never_raises(html: str) -> None:
    got = clean_html(html)
    assert got.paragraphs == () and got.empty_reason


# --- ScrapingHub pages read in place ---

def _bench(shared: Path) -> tuple[Path, dict]:
    bench = shared / "bench" / "scrapinghub"
    return bench, json.loads((bench / "ground-truth.json").read_text(encoding="utf-8"))


def _recall(truth: str, got: str) -> float:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / ".." / "shared" / "eval"))
    from body_score import page_scores  # the shared scorer, imported in place, not copied

    return page_scores(truth, got)[1]


@pytest.mark.parametrize("index", [0, 45, 90, 135, 180])
def test_scrapinghub_pages_reach_recall_floor(shared: Path, index: int) -> None:
    from pactwatch.clean import clean_page
    from pactwatch.model import Page

    bench, truth = _bench(shared)
    key = sorted(truth)[index]
    raw = gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes())
    article = clean_page(Page(source=f"{key}.html", raw=raw, content_type="html"))
    assert _recall(truth[key]["articleBody"], article.text) >= 0.8, key


@pytest.mark.slow
def test_html_benchmark_f1_floor(shared: Path, baseline: dict, tmp_path: Path) -> None:
    from pactwatch.clean import clean_page
    from pactwatch.model import Page

    bench, truth = _bench(shared)
    pred = {}
    for key in truth:
        raw = gzip.decompress((bench / "html" / f"{key}.html.gz").read_bytes())
        pred[key] = {"articleBody": clean_page(Page(source=f"{key}.html", raw=raw, content_type="html")).text}
    out = tmp_path / "pred.json"
    out.write_text(json.dumps(pred), encoding="utf-8")
    done = subprocess.run([sys.executable, str(shared / "eval" / "body_score.py"), str(bench / "ground-truth.json"),
                           str(out), "--json"], capture_output=True, text=True, check=True)
    f1 = json.loads(done.stdout)["f1"]
    assert len(pred) == 181
    assert f1 >= baseline["clean_html_f1"], f"HTML body F1 {f1} fell below the floor {baseline['clean_html_f1']}"


def test_control_characters_in_markup_do_not_break_extraction() -> None:
    article = [PARAS[0].replace("capital", "capi\x01tal\x00"), *PARAS[1:]]
    got = clean_html(page(article=article))
    assert got.paragraphs[0] == PARAS[0] and got.empty_reason is None


def test_furniture_named_by_class_is_pruned_but_content_with_such_a_class_stays() -> None:
    card = ('<span class="rollover-people"><a href="/p/1">Jane Roe</a><span class="rollover-block">'
            '<a href="/x">Jane Roe headline one</a><a href="/y">Jane Roe headline two</a></span></span>')
    article = [PARAS[0].replace("Defence ministers", f"Defence ministers led by {card}"), *PARAS[1:]]
    share = '<div class="social-share-bar"><a href="/s">Facebook</a> <a href="/t">Twitter</a> 1,204 shares</div>'
    got = clean_html(page(article=article, body=share))
    assert got.paragraphs[0].startswith("Defence ministers led by Jane Roe from both countries")
    assert not any("shares" in p for p in got.paragraphs)
    # an article container whose class happens to contain a furniture word is still read
    wrapped = f'<div class="story has-comments">{"".join(f"<p>{p}</p>" for p in PARAS)}</div>'
    assert list(clean_html(f"<html><body>{wrapped}</body></html>").paragraphs) == PARAS


def test_a_site_name_with_separators_in_it_is_removed_whole() -> None:
    got = clean_title("Calendar for 2018 | Motor Racing | F1 | Indy | Rally", ["Motor Racing | F1 | Indy | Rally"])
    assert got == "Calendar for 2018"


def test_shouted_links_and_bracketed_labels_inside_the_body_are_dropped() -> None:
    article = [*PARAS[:2], '<a href="/other">NAVY CHIEF SAYS NEW SHIPS ARE ON SCHEDULE</a>', "[Related: budget talks]",
               *PARAS[2:]]
    assert list(clean_html(page(article=article)).paragraphs) == PARAS


def test_photo_credit_lines_and_blog_widgets_are_dropped() -> None:
    body = ("<p>Photo by A. Photographer, via a shared image library.</p><p>File photo</p>"
            "<p>No comments:</p><p>Featured Post</p>")
    got = clean_html(page(body=body))
    assert list(got.paragraphs) == PARAS


def test_title_part_printed_as_the_heading_is_the_headline() -> None:
    html = page(head='<meta property="og:title" content="Ministers agree to expand joint patrols | Bay Courier">')
    got = clean_html(html)
    assert got.title == "Ministers agree to expand joint patrols"


def test_a_title_whose_parts_are_no_heading_is_kept_whole() -> None:
    html = page(head='<meta property="og:title" content="Patrols: what the ministers agreed">')
    got = clean_html(html)
    assert got.title == "Patrols: what the ministers agreed"


def test_a_dateline_printed_under_the_headline_dates_the_page() -> None:
    body_top = '<div class="by">By A. Writer | Tuesday 5 March 2024, 10:15 GMT</div>'
    html = page(head="").replace("</h1>", "</h1>" + body_top, 1)
    got = clean_html(html)
    assert got.published == "2024-03-05"
    assert clean_html(page()).published is None


def test_footer_menu_line_after_the_article_is_dropped() -> None:
    got = clean_html(page(body="<p>About · Contact the newsroom · Advertise · Privacy</p>"))
    assert not any("Contact the newsroom" in p for p in got.paragraphs)
    assert list(got.paragraphs)[: len(PARAS)] == PARAS


def test_read_teasers_and_lone_photo_credits_inside_the_article_are_dropped() -> None:
    article = [*PARAS[:2], "Read: Harbour port deal draws fresh questions in parliament",
               "(Photo by SAM SNAPPER/POOL/AGENCY via Picture Desk)", *PARAS[2:]]
    got = clean_html(page(article=article), "https://harbourdaily.example/2024/03/05/patrols")
    assert list(got.paragraphs) == PARAS
