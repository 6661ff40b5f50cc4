"""Sentences with their character spans in Article.text, robust to text with no punctuation at all."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_SENTENCE = 600  # longer runs (no punctuation) are cut at word breaks so one "sentence" stays bounded
ABBREV = re.compile(
    r"(?:\b(?:U\.S|U\.K|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Adm|Sgt|St|Jr|Sr|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept"
    r"|Oct|Nov|Dec|Inc|Ltd|Co|Corp|vs|approx|est|Rep|Sen|Gov|Prof|Rev|Fig)\.|\b[A-Z]\.)$"
)
CLOSED = re.compile(r"[.!?:;\"'”’)\]»…|•·-]$|^\W*$")  # a line that ends a sentence, a quote, a list item or a heading mark
WRAPPED_START = re.compile(r"[a-z]")  # a line going on mid-sentence starts in lower case ("bilaterally, ...")
BREAK = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int  # position in the article
    paragraph: int


def split_sentences(text: str, limit: int = 5000) -> list[Sentence]:
    """Cut the text into at most `limit` sentences, keeping exact offsets into `text`.

    Hard-wrapped copy (a wire story cut every 60 characters, each piece its own line) is read as running text: a line
    that ends without closing punctuation and a next line that starts in lower case are one paragraph, and the
    sentence's text has its line breaks as spaces (same length, so offsets still hold)."""
    out: list[Sentence] = []
    for p_index, (start, end) in enumerate(_paragraphs(text)):
        for s, e in _split_paragraph(text[start:end].replace("\n", " "), start):
            chunk = text[s:e].replace("\n", " ")
            lead = len(chunk) - len(chunk.lstrip())
            tail = len(chunk.rstrip())
            if tail - lead > 1:
                out.append(Sentence(s + lead, s + tail, chunk[lead:tail], len(out), p_index))
            if len(out) >= limit:
                return out
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Spans of the text's lines, a wrapped line joined to the next ("... Georgia's minister, Juansher Burchuladze,
    met" / "bilaterally on Monday ...")."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group().strip()
        if spans and WRAPPED_START.match(line) and not CLOSED.search(text[spans[-1][0] : spans[-1][1]].rstrip()):
            spans[-1] = (spans[-1][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    return spans


def _split_paragraph(para: str, offset: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in BREAK.finditer(para):
        head = para[start : m.start() + 1]
        if ABBREV.search(head.rstrip("\"'”’)]")):
            continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(para)))
    bounded: list[tuple[int, int]] = []
    for s, e in spans:
        while e - s > MAX_SENTENCE:
            cut = para.rfind(" ", s, s + MAX_SENTENCE)
            cut = cut if cut > s else s + MAX_SENTENCE
            bounded.append((s, cut))
            s = cut
        bounded.append((s, e))
    return [(offset + s, offset + e) for s, e in bounded]
