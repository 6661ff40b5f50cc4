"""Find the article in an HTML page: its body paragraphs, headline, date and outlet."""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from lxml import etree
from lxml.html import HtmlElement, HTMLParser, document_fromstring

from pactwatch.clean.blocks import body_blocks, keep_blocks
from pactwatch.clean.containers import sibling_chunks
from pactwatch.clean.metadata import PageMeta, read_metadata

MAX_HTML_CHARS = 5_000_000  # larger pages are cut here before parsing: real articles are far smaller
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_VISIBLE_TEXT = "//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template)]"
_MARKUP = re.compile(r"<\w+[^>]*>|&lt;\w+|&quot;")
# Comments are dropped while parsing: some sites put <!-- --> between words, and removing them
# later from the tree loses the words that follow them.
_PARSER = HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
_MIN_BODY = 250  # characters: below this the fast pass is retried with trafilatura's fallbacks


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
      1. parse once with lxml (the first MAX_HTML_CHARS characters only) and read the cheap evidence:
         meta tags, OpenGraph, JSON-LD, <time>, canonical URL (metadata.py, jsonld.py);
      2. trafilatura in fast mode on that tree (no comments, links kept to measure link density),
         then our block filters: repeated headline, furniture patterns, link-dense teasers (blocks.py);
      3. if that body is short, trafilatura again with its own fallbacks (readability, jusText);
      4. the JSON-LD articleBody replaces the body when it is clearly longer (pages that render the
         article with script) and is kept as is;
      5. nothing found: empty body with the reason (only script, not found, no article).
    """
    truncated = len(html) > MAX_HTML_CHARS
    tree = _parse(_XML_DECL.sub("", html[:MAX_HTML_CHARS], count=1))
    if tree is None:
        return HtmlResult((), None, None, None, url, "html", "unparseable html")
    meta = read_metadata(tree, url)
    paragraphs, cleaner = _extract(tree, meta)
    ld_body = _split(meta.linked.body)
    if ld_body and sum(map(len, ld_body)) > 1.3 * sum(map(len, paragraphs)) + 200:
        paragraphs, cleaner = ld_body, "html:jsonld"
    if truncated:
        cleaner += f":cut-at-{MAX_HTML_CHARS}"
    reason = None if paragraphs else _empty_reason(tree, meta)
    return HtmlResult(tuple(paragraphs), meta.title, meta.published, meta.outlet, meta.url, cleaner, reason)


def _extract(tree: HtmlElement, meta: PageMeta) -> tuple[list[str], str]:
    """Body paragraphs from trafilatura's fast pass, retried with its fallbacks when too short."""
    paragraphs = _trafilatura(tree, meta, fast=True)
    if sum(map(len, paragraphs)) >= _MIN_BODY:
        chunks = keep_blocks(sibling_chunks(tree, paragraphs), meta.title)
        if _extends(chunks, paragraphs):
            return chunks, "html:trafilatura-fast+chunks"
        return paragraphs, "html:trafilatura-fast+blocks"
    fuller = _trafilatura(tree, meta, fast=False)
    if sum(map(len, fuller)) > sum(map(len, paragraphs)):
        return fuller, "html:trafilatura-full+blocks"
    return paragraphs, "html:trafilatura-fast+blocks"


def _extends(longer: list[str], shorter: list[str]) -> bool:
    """Whether a candidate body holds nearly all of another and clearly more."""
    if sum(map(len, longer)) < 1.2 * sum(map(len, shorter)) + 200:
        return False
    have = {" ".join(p.split()).lower() for p in longer}
    kept = sum(len(p) for p in shorter if " ".join(p.split()).lower() in have)
    return kept >= 0.8 * sum(map(len, shorter))


def _trafilatura(tree: HtmlElement, meta: PageMeta, fast: bool) -> list[str]:
    """One trafilatura pass over the parsed tree, filtered into paragraphs."""
    try:
        doc = trafilatura.bare_extraction(
            tree, url=meta.url, fast=fast, include_comments=False, include_links=True,
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


def _split(text: str | None) -> list[str]:
    """Paragraphs of a plain-text body such as JSON-LD articleBody."""
    if not text or _MARKUP.search(text):
        return []  # a body with markup in it is a template, not the article's text
    parts = re.split(r"\n\s*\n|\r\n|\n", text)
    return [" ".join(p.split()) for p in parts if p.strip()]


def _empty_reason(tree: HtmlElement, meta: PageMeta) -> str:
    """Why no body was found: a page of script only, an error page, or a page with no article."""
    visible = [t for t in tree.xpath(_VISIBLE_TEXT) if t.strip()]
    if not visible:
        return "page is only script" if tree.find(".//script") is not None else "page has no text"
    title = (meta.title or "").lower()
    if re.search(r"\b(404|not found|page not found|error)\b", title):
        return "error page (not found)"
    return "no article found"
