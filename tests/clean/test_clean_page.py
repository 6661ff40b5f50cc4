"""pactwatch/clean/__init__.py: clean_page decodes, routes HTML or flattened text, and never raises."""

from __future__ import annotations

import gzip
import time
from pathlib import Path

import pytest

from pactwatch.clean import MAX_RAW_BYTES, clean_page
from pactwatch.model import Article, Page

PARAS = [
    "The defence ministers of the two countries signed an agreement on Monday that allows their "
    "forces to share fuel, food and spare parts during joint exercises and disaster relief.",
    "Officials said the agreement would enter into force once both parliaments approve it, which "
    "is expected early next year after committee hearings in both capitals.",
    "The ministers also discussed a plan to hold a larger naval exercise in the autumn, with "
    "observers from three neighbouring states invited for the first time.",
]


def html_page(paras: list[str] = PARAS, charset: str = "utf-8") -> str:
    """A small article page in our own words."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>Ministers sign supply pact | Tide Post</title>'
            '<meta property="og:site_name" content="Tide Post">'
            '<meta property="article:published_time" content="2024-06-03T10:00:00Z"></head><body>'
            '<nav><a href="/">Home</a> <a href="/world">World</a></nav>'
            f"<article><h1>Ministers sign supply pact</h1>{body}</article>"
            "<footer>Contact us | Privacy</footer></body></html>")


def clean(raw: bytes, source: str = "page.html", content_type: str = "unknown") -> Article:
    return clean_page(Page(source=source, raw=raw, content_type=content_type))


def test_html_page_becomes_an_article() -> None:
    art = clean(html_page().encode(), "/data/in/story.html")
    assert art.paragraphs == tuple(PARAS)
    assert art.text == "\n\n".join(PARAS)
    assert (art.title, art.published, art.outlet) == ("Ministers sign supply pact", "2024-06-03", "Tide Post")
    assert art.doc == "story" and art.source == "/data/in/story.html"
    assert art.empty_reason is None and art.cleaner.startswith("html:")


def test_id_is_a_hash_of_the_text_so_copies_are_one_article() -> None:
    one = clean(html_page().encode(), "a/one.html")
    two = clean(html_page().encode("utf-16"), "b/copy.htm", "text")
    assert one.id == two.id and len(one.id) == 20
    assert clean(html_page(PARAS[:2]).encode()).id != one.id


def test_html_is_recognised_by_content_not_by_name() -> None:
    art = clean(html_page().encode(), "download.txt", "text")
    assert art.cleaner.startswith("html:") and art.paragraphs == tuple(PARAS)


def test_flattened_text_goes_to_the_flat_cleaner() -> None:
    text = "Ministers sign supply pact\n\n" + "\n\n".join(PARAS) + "\n"
    art = clean(text.encode(), "page.html", "html")
    assert not art.cleaner.startswith("html:")
    assert PARAS[0] in art.text


def test_windows_1252_page_without_declaration() -> None:
    paras = [p.replace("defence", "défense") + " It’s “final”." for p in PARAS]
    art = clean(html_page(paras, charset="").replace('<meta charset="">', "").encode("cp1252"))
    assert art.paragraphs == tuple(paras)


def test_shift_jis_page() -> None:
    jp = ["防衛大臣は本日、オーストラリアとの円滑化協定に署名したと発表した。両国の防衛協力は新たな段階に入った。" * 2,
          "協定は両国の議会の承認を経て発効する見通しで、共同訓練の拡大も検討されている。" * 2]
    art = clean(html_page(jp, charset="shift_jis").encode("shift_jis"))
    assert art.paragraphs == tuple(jp)


def test_gzipped_page_is_inflated() -> None:
    art = clean(gzip.compress(html_page().encode()), "story.html.gz")
    assert art.paragraphs == tuple(PARAS) and art.doc == "story"


# --- bad input: a clear empty result, never an exception, in bounded time ---

@pytest.mark.parametrize(("raw", "reason"), [
    (b"", "empty file"),
    (b"   \n\t ", "empty file"),
    (bytes(range(256)) * 64, "binary"),
    (b"%PDF-1.7\n" + bytes(2000), "binary"),
    (b"\x89PNG\r\n\x1a\n" + bytes(500), "binary"),
    (b"<html><head><script>var x = 1;</script></head><body><script>start()</script></body></html>",
     "page is only script"),
])
def test_bad_input_has_an_empty_body_and_a_reason(raw: bytes, reason: str) -> None:
    art = clean(raw)
    assert art.paragraphs == () and art.text == "" and art.empty_reason == reason
    assert len(art.id) == 20  # still a stable id, from source and bytes


def test_truncated_html_keeps_the_paragraphs_that_arrived() -> None:
    raw = html_page().encode()
    cut = raw[: raw.index(PARAS[2].encode()) + 30]
    art = clean(cut)
    assert art.paragraphs[:2] == tuple(PARAS[:2]) and art.empty_reason is None


def test_error_page_and_homepage_have_no_article() -> None:
    not_found = (b"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
                 b"<p>The requested URL was not found on this server.</p></body></html>")
    assert clean(not_found).empty_reason == "error page (not found)"
    cards = "".join(f"<div><h3><a href='/n{i}'>Front page story {i} headline</a></h3></div>" for i in range(50))
    assert clean(f"<html><head><title>Tide Post</title></head><body>{cards}</body></html>".encode()
                 ).empty_reason == "no article found"


def test_fifty_megabyte_page_is_capped_and_fast() -> None:
    filler = b"<div><p>row of furniture text that repeats</p></div>" * (50_000_000 // 52)
    raw = html_page().encode().replace(b"</article>", b"</article>" + filler)
    assert len(raw) >= 50_000_000 > MAX_RAW_BYTES
    start = time.perf_counter()
    art = clean(raw)
    assert time.perf_counter() - start < 10
    assert art.paragraphs[: len(PARAS)] == tuple(PARAS)


def test_text_mangled_upstream_is_reported_undecodable() -> None:
    raw = b"<p>ok</p>" + ("\ufffd" * 500).encode()  # a page whose characters were already lost
    art = clean(raw)
    assert art.empty_reason == "undecodable" and art.text == ""


def test_seed_pages_clean_without_error(shared: Path) -> None:
    for path in sorted((shared / "seeds").glob("*.txt")):
        art = clean_page(Page(source=str(path), raw=path.read_bytes(), content_type="text"))
        assert art.text and art.doc == path.stem


def test_mutated_benchmark_pages_never_raise(shared: Path) -> None:
    import random

    rng = random.Random(7)
    pages = sorted((shared / "bench" / "scrapinghub" / "html").glob("*.html.gz"))[::30]
    for path in pages:
        raw = bytearray(gzip.decompress(path.read_bytes()))
        for _ in range(300):
            raw[rng.randrange(len(raw))] = rng.randrange(256)
        for variant in (bytes(raw), bytes(raw[: rng.randrange(len(raw))])):
            art = clean(variant)
            assert art.text or art.empty_reason


def test_content_type_breaks_the_tie_for_text_with_a_few_tags() -> None:
    text = ("Ministers sign supply pact\n\n" + "\n\n".join(PARAS)
            + "\n\nWrite <p> to start a paragraph and <br> to break a line in comments.\n")
    assert not clean(text.encode(), "notes.txt", "text").cleaner.startswith("html:")
    assert clean(text.encode(), "page.html", "html").cleaner.startswith("html:")
