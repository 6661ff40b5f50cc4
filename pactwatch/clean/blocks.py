"""Turn an extracted body tree into paragraphs and drop the furniture extractors let through."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from pactwatch.clean.rules import block_pattern

_SQUASH = re.compile(r"[\W_]+")
_LINK_DENSE = 0.5  # a block more than half link text is a teaser or a navigation line, not prose
_SHORT = 200  # furniture patterns and link density are trusted only on blocks shorter than this


@dataclass(frozen=True)
class Block:
    """One paragraph-level piece of an extracted body with what is needed to judge it."""

    text: str
    tag: str  # p | head | item | row | quote | code | text
    link_chars: int

    @property
    def link_density(self) -> float:
        """Share of the block's characters that sit inside links."""
        return self.link_chars / max(len(self.text), 1)


def body_blocks(body: etree._Element) -> list[Block]:
    """Paragraph-level blocks of a trafilatura body element, in reading order."""
    out: list[Block] = []
    _add_text(out, body.text)
    for child in body:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "list":
            for item in child.iter("item"):
                if item.getparent() is child:
                    _add(out, item, "item")
        elif tag == "table":
            for row in child.iter("row"):
                _add(out, row, "row", joiner=" ")
        elif tag:
            _add(out, child, tag)
        _add_text(out, child.tail)
    return out


def keep_blocks(blocks: list[Block], title: str | None) -> list[str]:
    """The paragraphs worth keeping: no repeated headline, no furniture lines, no teaser lists."""
    title_key = _squash(title or "")
    pattern = block_pattern()
    kept: list[str] = []
    seen: set[str] = set()
    for index, block in enumerate(blocks):
        key = _squash(block.text)
        if not key:
            continue
        if title_key and key == title_key and (index < 3 or block.tag == "head"):
            continue  # the headline repeated as the first line of the body
        if len(block.text) < _SHORT and pattern.search(block.text):
            continue
        if len(block.text) < _SHORT * 2 and block.link_density > _LINK_DENSE:
            continue
        if key in seen and len(block.text) < _SHORT:
            continue  # a short line said twice is page furniture (share bars above and below)
        seen.add(key)
        kept.append(block.text)
    return kept


def _add(out: list[Block], element: etree._Element, tag: str, joiner: str = "") -> None:
    """Append one element as a block, counting the characters inside its links."""
    if joiner:
        text = joiner.join(" ".join(cell.itertext()) for cell in element)
    else:
        text = "".join(element.itertext())
    text = " ".join(text.split())
    if not text:
        return
    links = sum(len(" ".join("".join(ref.itertext()).split())) for ref in element.iter("ref"))
    out.append(Block(text, tag, links))


def _add_text(out: list[Block], text: str | None) -> None:
    """Append loose text between elements as its own block."""
    if text and text.strip():
        out.append(Block(" ".join(text.split()), "text", 0))


def _squash(text: str) -> str:
    """Lowercase letters and digits only, for comparing lines that differ in spacing and punctuation."""
    return _SQUASH.sub("", text.lower())
