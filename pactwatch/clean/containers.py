"""Recover article text split over repeated containers (one body <div> per chunk between ads)."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from pactwatch.clean.blocks import Block

_SQUASH = re.compile(r"[\W_]+")
_TEXT_TAGS = ("p", "h2", "h3", "h4", "li", "blockquote")
_SKIP_ANCESTORS = ("aside", "nav", "footer", "figure", "figcaption", "form")
_PROBES = 6
_MAX_CHUNKS = 40  # paragraphs of the first pass used to find their container in the page


def sibling_chunks(tree: HtmlElement, paragraphs: list[str]) -> list[Block]:
    """Blocks from every container shaped like the one holding the first pass's paragraphs.

    Some sites cut the article into several identical containers (same tag and class) with ads
    between them; content extractors pick the first container and lose the rest. This finds the
    container of the known paragraphs, gathers all its look-alikes in page order and reads their
    text blocks. An empty list means the page has no such repeated containers.
    """
    container = _container_of(tree, paragraphs)
    if container is None:
        return []
    cls = container.get("class")
    # look-alikes must live under the same grandparent: chunks of one article sit side by side,
    # while a class shared across the whole page (teasers, footers) is layout
    scope = container.getparent()
    scope = scope.getparent() if scope is not None and scope.getparent() is not None else scope
    if scope is None:
        return []
    look_alikes = [el for el in scope.iter(container.tag) if el.get("class") == cls]
    if len(look_alikes) > _MAX_CHUNKS:
        return []  # a class this common is layout, not an article container
    look_alikes = [el for el in look_alikes if not any(_is_inside(el, other) for other in look_alikes)]
    if len(look_alikes) < 2:
        return []
    blocks: list[Block] = []
    for chunk in look_alikes:
        for node in chunk.iter(*_TEXT_TAGS):
            if _skipped(node, chunk) or (node.tag != "li" and node.find(".//p") is not None):
                continue
            text = " ".join(node.text_content().split())
            if not text:
                continue
            links = sum(len(" ".join(a.text_content().split())) for a in node.iter("a"))
            tag = {"li": "item", "blockquote": "quote"}.get(node.tag, "head" if node.tag[0] == "h" else "p")
            blocks.append(Block(text, tag, links))
    return blocks


def _container_of(tree: HtmlElement, paragraphs: list[str]) -> HtmlElement | None:
    """The classed element directly holding the first pass's opening paragraphs, if one does."""
    probes = {_SQUASH.sub("", p.lower()) for p in paragraphs[:_PROBES] if len(p) >= 80}
    if not probes:
        return None
    for node in tree.iter("p"):
        if _SQUASH.sub("", node.text_content().lower()) in probes:
            parent = node.getparent()
            while parent is not None and not parent.get("class"):
                parent = parent.getparent()
            return parent if parent is not None and parent.tag not in ("body", "html") else None
    return None


def _is_inside(node: HtmlElement, other: HtmlElement) -> bool:
    """Whether node is a strict descendant of other."""
    return node is not other and any(anc is other for anc in node.iterancestors())


def _skipped(node: HtmlElement, chunk: HtmlElement) -> bool:
    """Whether a text node sits in furniture (aside, nav, figure, form) inside its chunk."""
    for anc in node.iterancestors():
        if anc is chunk:
            return False
        if anc.tag in _SKIP_ANCESTORS:
            return True
    return False
