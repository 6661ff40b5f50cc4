"""Find the article in an HTML page: its body paragraphs, headline, date and outlet."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from pactwatch.clean.blocks import Block, body_blocks, keep_blocks
from pactwatch.clean.containers import sibling_chunks
from pactwatch.clean.metadata import PageMeta, read_metadata
from pactwatch.clean.prune import prune_furniture
from pactwatch.clean.rules import error_page_pattern

# trafilatura logs a warning for every empty link it meets; those are page defects, not ours to report
logging.getLogger("trafilatura").setLevel(logging.ERROR)

MAX_HTML_CHARS = 3_000_000  # larger pages are cut here before parsing: real articles are far smaller
MAX_ELEMENTS = 20_000  # a tree with more elements is cut to about this many (ten times a big news page)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_VISIBLE_TEXT = "//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # lxml refuses these in text nodes
_MARKUP = re.compile(r"<\w+[^>]*>|&lt;\w+|&quot;")
# Comments are dropped while parsing: some sites put <!-- --> between words, and removing them
# later from the tree loses the words that follow them.
_PARSER = HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
_MIN_BODY = 250  # characters: below this the fast pass is retried with trafilatura's fallbacks
_MIN_PROSE = 150  # characters of prose a page that does not call itself an article must show
_ERROR_PAGE_BODY = 1500  # an error-page title with a body shorter than this is an error page
_SENTENCE_END = re.compile(r"[.!?。！？…]['\"”’»)]?\s*$|[.!?。！？]\s")


@dataclass(frozen=True)
class HtmlResult:
    """What the HTML cleaner found; clean_page turns it into an Article."""

    paragraphs: tuple[str, ...]
    title: str | None
    published: str | None
    outlet: str | None
    url: str | None
    cleaner: str
    empty_reason: str | None = None


def clean_html(html: str, url: str | None = None) -> HtmlResult:
    """Clean one decoded HTML page; never raises, an unusable page comes back empty with a reason.

    The cascade, in order:
      1. parse once with lxml (control characters removed; a page over MAX_HTML_CHARS characters or
         MAX_ELEMENTS elements is cut to that size first, and the cleaner name ends in ":cut") and
         read the cheap evidence: meta tags, OpenGraph, JSON-LD, <time>, canonical URL, and htmldate
         only when the markup states no date (metadata.py, jsonld.py, titles.py);
      2. remove furniture named by class or id words (prune.py, rules in boilerplate_html.yaml);
      3. trafilatura in fast mode, recall focus, on that tree (no comments; links kept to measure
         link density), then our block filters: leading headings, repeated headline, furniture
         lines, teaser runs, furniture tail (blocks.py) -> "html:trafilatura-fast+blocks";
      4. when the article is split over repeated containers, the chunks trafilatura left out are
         gathered back (containers.py) if they hold its paragraphs and clearly more
         -> "html:trafilatura-fast+chunks";
      5. if that body is under _MIN_BODY characters: the JSON-LD articleBody when it is plain text
         and long enough -> "html:jsonld"; else trafilatura again with its own fallbacks
         (readability, jusText) -> "html:trafilatura-full+blocks";
      6. the JSON-LD articleBody also replaces a body when it is clearly longer, or the same text
         with its paragraph breaks kept -> "html:jsonld";
      7. the article gate: an error-page title with a short body, or a body with no prose or mostly
         link text on a page that does not call itself an article, gives an empty body and reason.
    """
    html = _CONTROL.sub("", _XML_DECL.sub("", html[:MAX_HTML_CHARS], count=1))
    truncated = len(html) >= MAX_HTML_CHARS
    tree = _parse(html)
    elements = sum(1 for _ in tree.iter()) if tree is not None else 0
    if elements > MAX_ELEMENTS:  # extraction time grows faster than the tree: bound it
        tree, truncated = _parse(html[: int(len(html) * MAX_ELEMENTS / elements)]), True
    if tree is None:
        return HtmlResult((), None, None, None, url, "html", "unparseable html")
    meta = read_metadata(tree, url)
    prune_furniture(tree)
    blocks, cleaner = _extract(tree, meta)
    linked = _linked_body(meta)
    if cleaner != "html:jsonld" and (_chars(linked) > 1.3 * _chars(blocks) + 200
                                     or len(linked) > len(blocks) and _squash(linked) == _squash(blocks)):
        blocks, cleaner = linked, "html:jsonld"  # longer, or the same text with its paragraphs kept
    if truncated:
        cleaner += ":cut"
    reason = _empty_reason(tree, meta) if not blocks else _not_an_article(tree, blocks, meta)
    paragraphs = () if reason else tuple(b.text for b in blocks)
    return HtmlResult(paragraphs, meta.title, meta.published, meta.outlet, meta.url, cleaner, reason)


def _extract(tree: HtmlElement, meta: PageMeta) -> tuple[list[Block], str]:
    """Body blocks from trafilatura's fast pass, widened to sibling chunks, or replaced when short."""
    blocks = _trafilatura(tree, meta, fast=True)
    if _chars(blocks) >= _MIN_BODY:
        chunks = keep_blocks(sibling_chunks(tree, [b.text for b in blocks]), meta.title)
        if _extends(chunks, blocks):
            return chunks, "html:trafilatura-fast+chunks"
        return blocks, "html:trafilatura-fast+blocks"
    linked = _linked_body(meta)
    if _chars(linked) >= _MIN_BODY:
        return linked, "html:jsonld"
    fuller = _trafilatura(tree, meta, fast=False)
    if _chars(fuller) > _chars(blocks):
        return fuller, "html:trafilatura-full+blocks"
    return blocks, "html:trafilatura-fast+blocks"


def _extends(longer: list[Block], shorter: list[Block]) -> bool:
    """Whether a candidate body holds nearly all of another and clearly more."""
    if _chars(longer) < 1.2 * _chars(shorter) + 200:
        return False
    have = {b.text.lower() for b in longer}
    kept = sum(len(b.text) for b in shorter if b.text.lower() in have)
    return kept >= 0.8 * _chars(shorter)


def _trafilatura(tree: HtmlElement, meta: PageMeta, fast: bool) -> list[Block]:
    """One trafilatura pass over the parsed tree, filtered into blocks."""
    try:
        doc = trafilatura.bare_extraction(
            tree, url=None, fast=fast, favor_recall=True, include_comments=False, include_links=True,
            include_tables=True, with_metadata=False)
    except Exception:  # trafilatura on hostile markup: treat any failure as "found nothing"
        return []
    body = getattr(doc, "body", None)
    if body is None:
        return []
    return keep_blocks(body_blocks(body), meta.title)


def _parse(html: str) -> HtmlElement | None:
    """An lxml tree of the page, or None when there is nothing to parse."""
    if not html.strip():
        return None
    try:
        return document_fromstring(html, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def _linked_body(meta: PageMeta) -> list[Block]:
    """Paragraph blocks of the JSON-LD articleBody, when it is plain text."""
    text = meta.linked.body
    if not text or _MARKUP.search(text):
        return []  # a body with markup in it is a template, not the article's text
    parts = re.split(r"\n\s*\n|\r\n|\n", text)
    return keep_blocks([Block(" ".join(p.split()), "p", 0) for p in parts if p.strip()], meta.title)


def _squash(blocks: list[Block]) -> str:
    """Letters and digits of a body, to compare two bodies whatever their paragraphing."""
    return re.sub(r"[\W_]+", "", "".join(b.text for b in blocks).lower())


def _chars(blocks: list[Block]) -> int:
    """Characters of text in a list of blocks."""
    return sum(len(b.text) for b in blocks)


def _is_prose(block: Block) -> bool:
    """A paragraph that reads as running text: long enough, mostly not links, ends a sentence."""
    text = block.text
    return (block.link_density < 0.5 and len(text) >= 60
            and (len(text) >= 200 or bool(_SENTENCE_END.search(text))))


def _error_page(tree: HtmlElement, meta: PageMeta) -> bool:
    """Whether the headline or the <title> says this is an error page."""
    pattern = error_page_pattern()
    title_tag = " ".join((tree.findtext(".//title") or "").split())
    return bool(pattern.search(meta.title or "") or pattern.search(title_tag))


def _not_an_article(tree: HtmlElement, blocks: list[Block], meta: PageMeta) -> str | None:
    """Why an extracted body is not an article (error page, link list, no prose), or None."""
    chars = _chars(blocks)
    if chars < _ERROR_PAGE_BODY and _error_page(tree, meta):
        return "error page (not found)"
    prose = sum(len(b.text) for b in blocks if _is_prose(b))
    if meta.is_article:
        return None if prose or chars >= _MIN_BODY else "no article found"
    links = sum(b.link_chars for b in blocks)
    if prose < _MIN_PROSE or links > 0.5 * chars:
        return "no article found"
    return None


def _empty_reason(tree: HtmlElement, meta: PageMeta) -> str:
    """Why no body was found: a page of script only, an error page, or a page with no article."""
    visible = [t for t in tree.xpath(_VISIBLE_TEXT) if t.strip()]
    if not visible:
        return "page is only script" if tree.find(".//script") is not None else "page has no text"
    if _error_page(tree, meta):
        return "error page (not found)"
    return "no article found"
