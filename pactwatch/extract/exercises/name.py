"""The name of a drill ("exercise Cutlass Express 2023", "the Zapad-2021 exercise"): one name, one exercise fact."""

from __future__ import annotations

import re
from functools import lru_cache

from pactwatch.reference import data_file

WORD = r"(?:[A-Z][\w'’.-]*|\d{2,4}[A-Z]?)"
AFTER = re.compile(r"\b[Ee]xercises?\s+[\"“‘']?(" + WORD + r"(?:\s+(?:" + WORD + r"|[IVX]+\b)){0,4})")
BEFORE = re.compile(r"(" + WORD + r"(?:\s+" + WORD + r"){0,3})\s+(?:[a-z][\w-]*\s+){0,2}"
                    r"(?:[Ee]xercises?|[Dd]rills?|[Ww]ar ?games|[Mm]anoeuvres?|[Mm]aneuvers?)\b")
CALLED = re.compile(r"\b(?:code-?named|dubbed|called|named|known as)\s+[\"“‘']?(" + WORD + r"(?:\s+(?:" + WORD + r"|[IVX]+\b)){0,4})")
REACH = 60  # a name is told right next to the drill word


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    """Capitalised words that name no drill (data/article_merge.yaml `drill_generic`)."""
    data = data_file("article_merge.yaml")
    return frozenset(str(w).lower() for w in data.get("drill_generic") or ())


def drill_name(text: str, start: int, end: int, state_spans: list[tuple[int, int]], doc=None) -> str | None:
    """The drill's own name next to its trigger, or None: edge words that are states or generic are dropped (and,
    with a parse, a sentence's first word that is no proper noun: "Two two-week long exercise")."""
    lo, hi = max(0, start - REACH), min(len(text), end + REACH)
    common = {t.idx for t in doc if t.pos_ not in ("PROPN", "X") and not any(c.isdigit() for c in t.text)
              and t.text[:1].isupper() and not t.text.isupper()} if doc is not None else set()
    for pattern in (AFTER, CALLED, BEFORE):
        for m in pattern.finditer(text, lo, hi):
            name = _trim(m, state_spans, common)
            if name:
                return name
    return None


def _trim(m: re.Match[str], state_spans: list[tuple[int, int]], common: set[int]) -> str | None:
    words = [(w.start() + m.start(1), w.group()) for w in re.finditer(r"\S+", m.group(1))]

    def generic(at: int, word: str) -> bool:
        bare = re.sub(r"[’']s$", "", word).strip("\"“”‘'.,").lower()
        return bare in _generic() or any(a <= at < b for a, b in state_spans) or (at == 0 and at in common)

    while words and generic(*words[0]):
        words.pop(0)
    while words and generic(*words[-1]):
        words.pop()
    name = " ".join(w for _, w in words).strip("\"“”‘'.,")
    return name if re.search(r"[A-Za-z]{3,}", name) else None
