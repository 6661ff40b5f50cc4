"""Remove page furniture named by its class or id before extraction (rules in boilerplate_html.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from lxml.html import HtmlElement

from pactwatch.clean.rules import html_rules

_PARTS = re.compile(r"[\s_-]+")
_NEVER = {"html", "body", "head", "article", "main"}
_KEEP_PARAGRAPHS = 3  # an element holding this many long paragraphs is content, whatever its class says
_LONG = 100
_INLINE = {"span", "a", "em", "strong", "b", "i", "abbr", "cite", "sup", "small"}


def prune_furniture(tree: HtmlElement) -> int:
    """Drop elements whose class or id names furniture (newsletter, share bar, tooltip, ...).

    Class and id values are split on spaces, hyphens and underscores and a part must equal a rule
    word, so "related-stories" matches "related" but "unrelated" does not. An element that holds
    several long paragraphs is kept: article containers sometimes carry a misleading class. The
    element's tail text stays in the page. Returns how many elements were removed.
    """
    words = _words()
    doomed = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in _NEVER:
            continue
        if not _named(element, words):
            continue
        if sum(1 for p in element.iter("p") if len(p.text_content()) >= _LONG) >= _KEEP_PARAGRAPHS:
            continue
        if element.tag in _INLINE and any(_named(d, words) for d in element.iterdescendants()):
            continue  # an inline wrapper (name + hover card): only the inner card goes
        doomed.append(element)
    for element in doomed:
        element.drop_tree()
    return len(doomed)


def _named(element: HtmlElement, words: frozenset[str]) -> bool:
    """Whether a word of the element's class or id is a furniture word."""
    if not isinstance(element.tag, str):
        return False
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower()
    return bool(names.strip()) and not words.isdisjoint(_PARTS.split(names))


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    """The rule words, lowercased."""
    return frozenset(w.lower() for w in html_rules()["prune_class_id"])
