"""Read schema.org JSON-LD blocks, the publisher's own statement of headline, date, outlet and body."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement

from pactwatch.clean.rules import html_rules

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_MAX_BLOCK = 2_000_000  # a JSON-LD block larger than this is not metadata; skip it rather than parse it


@dataclass(frozen=True)
class LinkedData:
    """What the page's JSON-LD says about its main article; every field may be missing."""

    headline: str | None = None
    published: str | None = None  # as written (ISO 8601 mostly), not yet normalised
    publisher: str | None = None
    body: str | None = None
    url: str | None = None
    is_article: bool = False  # an article-like @type was found


def read_jsonld(tree: HtmlElement) -> LinkedData:
    """The first article-like JSON-LD object on the page, or an empty LinkedData."""
    article_types = set(html_rules()["jsonld_article_types"])
    best: dict[str, Any] | None = None
    site_name: str | None = None
    for script in tree.iterfind(".//script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        for obj in _objects(_load(script.text or "")):
            types = obj.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if types & article_types and best is None:
                best = obj
            elif "WebSite" in types and site_name is None:
                site_name = _text(obj.get("name"))
    if best is None:
        return LinkedData(publisher=site_name)
    return LinkedData(
        headline=_text(best.get("headline")) or _text(best.get("name")),
        published=_text(best.get("datePublished")) or _text(best.get("dateCreated")),
        publisher=_name(best.get("publisher")) or site_name,
        body=_text(best.get("articleBody")),
        url=_text(best.get("url")) or _text(best.get("mainEntityOfPage")),
        is_article=True,
    )


def _load(raw: str) -> Any:
    """Parse one block, tolerating the CDATA wrappers and raw control characters pages leave in."""
    if len(raw) > _MAX_BLOCK:
        return None
    raw = raw.strip()
    if raw.startswith("<!--") or raw.startswith("//<![CDATA["):
        raw = raw.split("\n", 1)[-1] if "\n" in raw else raw[4:]
    raw = raw.rstrip().removesuffix("-->").removesuffix("//]]>")
    try:
        return json.loads(_CONTROL.sub(" ", raw), strict=False)
    except (ValueError, RecursionError):
        return None


def _objects(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    """Every typed object at the top of a block: lists and @graph arrays flattened."""
    if depth > 3:
        return []
    if isinstance(data, list):
        return [o for item in data for o in _objects(item, depth + 1)]
    if not isinstance(data, dict):
        return []
    out = [data] if "@type" in data else []
    graph = data.get("@graph")
    if graph is not None:
        out.extend(_objects(graph, depth + 1))
    return out


def _text(value: Any) -> str | None:
    """A plain string from a JSON-LD value that may be a string, a list or an {@id}/{@value} object."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("@value") or value.get("@id")
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return None


def _name(value: Any) -> str | None:
    """The name of a publisher given as an object, a list of objects or a bare string."""
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)
