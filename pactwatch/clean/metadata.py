"""Gather a page's own statements of title, date and outlet (meta tags, JSON-LD, <time>, URL)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from lxml.html import HtmlElement

from pactwatch.clean.jsonld import LinkedData, read_jsonld
from pactwatch.clean.rules import html_rules
from pactwatch.clean.titles import clean_title

_ISO_DATE = re.compile(r"((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:/|\b)")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*"
                        r"([A-Z][\w&'.-]*(?: [A-Z&][\w&'.-]*){0,4})")
_LEGAL_SUFFIX = re.compile(r"[,.]?\s+(?:Inc|LLC|Ltd|Limited|plc|GmbH|S\.A|Corp|Corporation|All)\b.*$")


@dataclass(frozen=True)
class PageMeta:
    """Title, date, outlet and URL as the page declares them, with the JSON-LD behind them."""

    title: str | None
    published: str | None  # YYYY-MM-DD
    outlet: str | None
    url: str | None
    description: str | None
    linked: LinkedData
    is_article: bool  # the page calls itself an article (og:type, JSON-LD type, article:* tags)


HEADINGS = 40  # headings read when looking for the printed headline


def read_metadata(tree: HtmlElement, url: str | None) -> PageMeta:
    """Read every cheap metadata source once and pick the most trusted value of each field."""
    metas = _meta_map(tree)
    linked = read_jsonld(tree)
    page_url = url or metas.get("og:url") or _canonical(tree) or linked.url
    outlet = _outlet(metas, linked, tree)
    site_names = [n for n in (metas.get("og:site_name"), linked.publisher, outlet,
                              metas.get("application-name")) if n]
    raw_title = (metas.get("og:title") or linked.headline or metas.get("twitter:title")
                 or _single_h1(tree) or _title_tag(tree))
    title = _heading_part(clean_title(raw_title, site_names, page_url), tree)
    published = _published(metas, linked, tree, page_url) or _date_above_text(tree, title)
    is_article = (linked.is_article or "article" in (metas.get("og:type") or "").lower()
                  or "article:published_time" in metas)
    return PageMeta(title, published, outlet, page_url, metas.get("og:description")
                    or metas.get("description"), linked, is_article)


def normalise_date(value: str | None) -> str | None:
    """YYYY-MM-DD from an ISO-like timestamp, or None when it is not a plausible publication date."""
    if not value:
        return None
    match = _ISO_DATE.search(value)
    if not match:
        return None
    try:
        found = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    if found.year < 1995 or found > date.today().replace(year=date.today().year + 1):
        return None
    return found.isoformat()


def _meta_map(tree: HtmlElement) -> dict[str, str]:
    """<meta> values by lowercased name, property or itemprop; the first value of each wins."""
    out: dict[str, str] = {}
    for meta in tree.iterfind(".//meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        value = meta.get("content") or meta.get("datetime")
        if key and value and value.strip():
            out.setdefault(key.strip().lower(), " ".join(value.split()))
    return out


def _published(metas: dict[str, str], linked: LinkedData, tree: HtmlElement, url: str | None) -> str | None:
    """The publication date by trust: JSON-LD, date meta tags, <time datetime>, the URL, htmldate."""
    for value in (linked.published, *(metas.get(k.lower()) for k in html_rules()["date_meta"])):
        found = normalise_date(value)
        if found:
            return found
    for time_el in tree.iterfind(".//time"):
        found = normalise_date(time_el.get("datetime"))
        if found:
            return found
    match = _URL_DATE.search(url or "")
    if match:
        return normalise_date("-".join(match.groups()))
    return _htmldate(tree)


_BLOCK_TAGS = {"p", "div", "li", "h1", "h2", "h3", "h4", "header", "section", "article", "td", "time", "span",
               "address", "dd", "small"}
MAX_TEXT_LINES = 400  # elements read when looking for a printed dateline above the story


def _date_above_text(tree: HtmlElement, title: str | None) -> str | None:
    """A dateline printed by the headline ("By A. Writer | Friday 9 December 2022"), read as flat lines."""
    from pactwatch.clean.dates import find_date_in_lines

    body = tree.find(".//body")
    lines: list[str] = []
    for el in (body if body is not None else tree).iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCK_TAGS:
            continue
        if any(isinstance(child.tag, str) and child.tag in _BLOCK_TAGS - {"span", "time", "small"} for child in el):
            continue  # a container: its inner blocks are read on their own
        text = " ".join(el.text_content().split())
        if text and (not lines or lines[-1] != text):
            lines.append(text)
        if len(lines) >= MAX_TEXT_LINES:
            break
    key = (title or "").lower()
    heading = next((i for i, line in enumerate(lines) if key and line.lower() == key), None)
    if heading is None:
        return None  # without the headline on the page, a date in a menu or a sidebar could be anyone's
    return find_date_in_lines(lines, heading + 1)


def _htmldate(tree: HtmlElement) -> str | None:
    """htmldate's reading of the page (it copies the tree), for pages that state no date in markup."""
    try:
        from htmldate import find_date

        return normalise_date(find_date(tree, extensive_search=False, original_date=True))
    except Exception:  # a third-party heuristic over hostile markup: no answer rather than a crash
        return None


def _outlet(metas: dict[str, str], linked: LinkedData, tree: HtmlElement) -> str | None:
    """The outlet's name: og:site_name, the JSON-LD publisher, other site tags, then a copyright line."""
    candidates = [metas.get("og:site_name"), linked.publisher,
                  *(metas.get(key) for key in html_rules()["site_meta"])]
    for value in candidates:
        name = (value or "").lstrip("@").strip()
        if name and "://" not in name:  # some sites put their address where the name belongs
            return name
    return _copyright_holder(tree)


def _copyright_holder(tree: HtmlElement) -> str | None:
    """The name after a © in the page footer, without legal suffixes."""
    for footer in tree.xpath(".//footer | .//*[contains(@class,'footer') or contains(@id,'footer')]")[:3]:
        text = " ".join(footer.text_content().split())
        match = _COPYRIGHT.search(text)
        if match:
            return _LEGAL_SUFFIX.sub("", match.group(1)).strip() or None
    return None


def _canonical(tree: HtmlElement) -> str | None:
    """The page's canonical link, which names its address when the caller does not."""
    for link in tree.iterfind(".//link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return link.get("href")
    return None


def _heading_part(title: str | None, tree: HtmlElement) -> str | None:
    """The part of a "Headline | Site" title that the page prints as a heading: that part is the headline.

    Sites with no site-name tags still print their headline in an <h1>-<h3>; the other part is the site.
    """
    if not title:
        return title
    parts = [title]
    for sep in html_rules()["title_separators"]:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and tail.strip():
            parts = [head.strip(), tail.strip()]
            break
    if len(parts) < 2:
        return title
    headings = {" ".join(h.text_content().split()).lower() for h in tree.xpath(".//h1 | .//h2 | .//h3")[:HEADINGS]}
    if title.lower() in headings:
        return title
    return next((part for part in parts if part.lower() in headings and len(part.split()) >= 3), title)


def _single_h1(tree: HtmlElement) -> str | None:
    """The text of the page's only <h1>; several <h1>s say nothing about which is the headline."""
    heads = tree.xpath(".//h1")
    if len(heads) != 1:
        return None
    return " ".join(heads[0].text_content().split()) or None


def _title_tag(tree: HtmlElement) -> str | None:
    """The <title> text."""
    found = tree.find(".//title")
    return " ".join(found.text_content().split()) if found is not None else None
