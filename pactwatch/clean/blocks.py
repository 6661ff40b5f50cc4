"""Turn an extracted body tree into paragraphs and drop the furniture extractors let through."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from pactwatch.clean.rules import block_pattern

_SQUASH = re.compile(r"[\W_]+")
_LINK_DENSE = 0.75  # a block mostly made of link text is a teaser or a navigation line, not prose
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


def keep_blocks(blocks: list[Block], title: str | None) -> list[Block]:
    """The paragraphs worth keeping: no repeated headline, no furniture lines, no teaser lists."""
    title_key = _squash(title or "")
    pattern = block_pattern()
    kept: list[Block] = []
    dropped = _teaser_runs(blocks) | _furniture_tail(blocks) | _leading_headings(blocks)
    for index, block in enumerate(blocks):
        key = _squash(block.text)
        if not key:
            continue
        if title_key and key == title_key and (index < 3 or block.tag == "head"):
            continue  # the headline repeated as the first line of the body
        if len(block.text) < _SHORT and pattern.search(block.text):
            continue
        if block.link_density > 0.9 and block.text.isupper() and len(block.text.split()) >= 3:
            continue  # a shouted, fully linked line inside a body is a promotion for another story
        if index in dropped:
            continue
        kept.append(block)
    return kept


def _teaser_runs(blocks: list[Block]) -> set[int]:
    """Indexes of link-dense blocks that stand in a run of two or more: lists of other stories.

    A single linked line between paragraphs ("Get it at the store for $10") is kept: it is part of
    the article more often than not.
    """
    dense = [len(b.text) < _SHORT * 2 and b.link_density > _LINK_DENSE for b in blocks]
    out: set[int] = set()
    for index, flag in enumerate(dense):
        if flag and ((index > 0 and dense[index - 1]) or (index + 1 < len(dense) and dense[index + 1])):
            out.add(index)
    return out


def _leading_headings(blocks: list[Block]) -> set[int]:
    """Indexes of the headings before the first paragraph: headline variants and standfirsts.

    They belong to the title, not the body; headings after the first paragraph are section
    headings of the article and stay.
    """
    out: set[int] = set()
    for index, block in enumerate(blocks):
        if block.tag != "head":
            break
        out.add(index)
    return out if len(out) < len(blocks) else set()


_MENU_SEPARATOR = re.compile(r"\s[·|•]\s")
MENU_PARTS = 3


def _tail_furniture(block: Block, pattern: re.Pattern[str]) -> bool:
    """Whether a block after the last paragraph is furniture: a heading, a linked list item, a footer line."""
    text = block.text.strip()
    if block.tag == "head" or (block.tag == "item" and block.link_density > 0.15):
        return True
    if len(text) >= _SHORT:
        return False
    # a footer line or a menu ("About · Contact · Privacy"); short list items stay: articles end with lists too
    return bool(pattern.search(text)) or len(_MENU_SEPARATOR.split(text)) >= MENU_PARTS


def _furniture_tail(blocks: list[Block]) -> set[int]:
    """Indexes of the headings and linked list items that follow the last prose paragraph.

    After an article ends, extractors often keep a newsletter box (headings only) or a list of other
    stories (items that start with a link); neither is prose, so the run is cut at the last paragraph.
    """
    out: set[int] = set()
    pattern = block_pattern()
    for index in range(len(blocks) - 1, -1, -1):
        if _tail_furniture(blocks[index], pattern):
            out.add(index)
            continue
        break
    has_prose = any(b.tag == "p" and len(b.text) >= 100 for i, b in enumerate(blocks) if i not in out)
    return out if has_prose else set()


def _add(out: list[Block], element: etree._Element, tag: str, joiner: str = "") -> None:
    """Append one element as a block, counting the characters inside its links."""
    text = joiner.join(_text_of(cell) for cell in element) if joiner else _text_of(element)
    links = sum(len(" ".join("".join(ref.itertext()).split())) for ref in element.iter("ref"))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    for line in lines:  # a line break inside a block separates lines the page shows apart
        share = len(line) / max(sum(map(len, lines)), 1)
        out.append(Block(line, tag, round(links * share)))


def _text_of(element: etree._Element) -> str:
    """The element's text in reading order, with <lb/> line breaks kept as newlines."""
    parts: list[str] = []
    _walk(element, parts)
    return "".join(parts)


def _walk(node: etree._Element, parts: list[str]) -> None:
    """Append a node's text, its children's text and tails, depth first."""
    if node.tag == "lb":
        parts.append("\n")
    elif node.text:
        parts.append(node.text)
    for child in node:
        _walk(child, parts)
        if child.tail:
            parts.append(child.tail)


def _add_text(out: list[Block], text: str | None) -> None:
    """Append loose text between elements as its own block."""
    if text and text.strip():
        out.append(Block(" ".join(text.split()), "text", 0))


def _squash(text: str) -> str:
    """Lowercase letters and digits only, for comparing lines that differ in spacing and punctuation."""
    return _SQUASH.sub("", text.lower())
