"""The frozen dataclasses that travel between pipeline stages, so each stage can run and be tested alone."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

FACT_TYPES: tuple[str, ...] = (
    "meeting",
    "agreement_signed",
    "agreement_in_force",
    "agreement_negotiation",
    "cooperation_pledge",
    "joint_programme",
    "exercise",
    "mechanism_established",
    "arms_transfer",
    "budget",
    "policy_change",
)
STATUSES: tuple[str, ...] = ("occurred", "ongoing", "planned", "proposed")
AGREEMENT_KINDS: tuple[str, ...] = (
    "acsa",
    "raa",
    "isa",
    "equipment_transfer",
    "memorandum",
    "action_plan",
    "treaty",
    "contract",
    "other",
)


@dataclass(frozen=True)
class Page:
    """Raw bytes of one input and where they came from; nothing is decoded yet."""

    source: str  # path, "-" for stdin, or URL
    raw: bytes
    content_type: str = "unknown"  # "html" | "text" | "unknown": a guess from name and first bytes
    fetched_at: datetime | None = None
    url: str | None = None

    @property
    def doc(self) -> str:
        """The document id the scorer uses: the file name without .gz and its extension."""
        return doc_id(self.source)


@dataclass(frozen=True)
class Problem:
    """An input that was skipped, with what is wrong and what the user can do about it."""

    source: str
    reason: str  # short machine-friendly code: "missing", "binary", "empty", "unreadable", ...
    message: str  # one line: what is wrong
    hint: str = ""  # one line: what to do next

    def line(self) -> str:
        """One human line for the console."""
        tail = f" — {self.hint}" if self.hint else ""
        return f"{self.source}: {self.message}{tail}"


@dataclass(frozen=True)
class Article:
    """The article alone: title, date, outlet and body paragraphs, with no page furniture."""

    id: str  # stable hash of the cleaned text: the same page twice is one article
    source: str
    doc: str
    title: str | None
    published: str | None  # YYYY-MM-DD (YYYY-MM when the page gives only the month), or None when it does not tell
    outlet: str | None
    url: str | None
    paragraphs: tuple[str, ...]
    text: str  # paragraphs joined by "\n\n"; evidence spans index into this
    empty_reason: str | None = None  # why the body is empty (no article, only script, ...)
    cleaner: str = ""  # which method of the cascade produced the body

    def to_doc_json(self) -> dict[str, Any]:
        """The document line `pactwatch clean` writes and eval/score.py --docs reads."""
        return {
            "doc": self.doc,
            "title": self.title,
            "published": self.published,
            "outlet": self.outlet,
            "text": self.text,
        }


@dataclass(frozen=True)
class Person:
    name: str  # as the official record spells it when the person is known, else as the article does
    country: str | None = None  # ISO alpha-3
    role: str | None = None
    spelled: str | None = None  # the article's own spelling, kept only where it differs from `name`


@dataclass(frozen=True)
class Amount:
    value: float  # in units, not thousands or billions
    currency: str  # ISO 4217


@dataclass(frozen=True)
class Evidence:
    """A sentence a fact rests on, with its character span in Article.text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """One typed defence-cooperation fact from one article, with the sentences that say it."""

    article_id: str
    doc: str
    type: str
    parties: tuple[str, ...]  # ISO alpha-3, sorted, unique
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD
    status: str
    agreement_kind: str | None = None
    programme: str | None = None
    amount: Amount | None = None
    place: str | None = None
    people: tuple[Person, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    extractor: str = ""
    reference_version: str = ""

    def to_json(self) -> dict[str, Any]:
        """The fact line `pactwatch extract` writes, in the shape eval/score.py reads."""
        out: dict[str, Any] = {
            "doc": self.doc,
            "type": self.type,
            "parties": list(self.parties),
            "date": self.date,
            "status": self.status,
        }
        if self.agreement_kind:
            out["agreement_kind"] = self.agreement_kind
        if self.programme:
            out["programme"] = self.programme
        if self.amount:
            out["amount"] = asdict(self.amount)
        if self.place:
            out["place"] = self.place
        if self.people:
            out["people"] = [{k: v for k, v in asdict(p).items() if v is not None or k != "spelled"}
                             for p in self.people]
        out["evidence"] = [asdict(e) for e in self.evidence]
        out["confidence"] = round(self.confidence, 3)
        out["extractor"] = self.extractor
        out["reference_version"] = self.reference_version
        out["article_id"] = self.article_id
        return out


@dataclass(frozen=True)
class Event:
    """Facts from one or many articles that tell the same real-world event."""

    id: str  # stable hash of the merge key
    type: str
    parties: tuple[str, ...]
    date: str | None
    status: str
    agreement_kind: str | None = None
    programme: str | None = None
    amount: Amount | None = None
    place: str | None = None
    people: tuple[Person, ...] = ()
    facts: tuple[Fact, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = ()  # discrepancies found while merging (name spellings, dates)
    thread_id: str | None = None  # one agreement's negotiation, signing and entry into force share it


def doc_id(source: str) -> str:
    """The file name without directories, a trailing .gz and the last extension."""
    name = source.replace("\\", "/").rsplit("/", 1)[-1]
    if name.endswith(".gz"):
        name = name[:-3]
    stem, dot, _ext = name.rpartition(".")
    return stem if dot and stem else name
