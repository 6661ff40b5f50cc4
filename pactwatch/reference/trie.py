"""Word lists compiled as a prefix tree, so a regex over a thousand names tries a few branches per position, not all."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A regex body matching exactly the given words, the longest first where one is a prefix of another.

    Equivalent to `"|".join(map(re.escape, sorted(words, key=len, reverse=True)))`, but Python's `re` tries
    every alternative at every position, while a prefix tree tries only the branch of the next character.
    For case-sensitive patterns only: under IGNORECASE, "A" and "a" branches would both match and the first
    tried may give a shorter word than the plain alternation.
    """
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie) or "(?!x)x"


def _emit(node: dict) -> str:
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:  # a word may end here: try the longer words first (greedy), then stop
        return f"(?:{body})?"
    return body
