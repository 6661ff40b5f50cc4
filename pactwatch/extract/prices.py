"""Prices told in another sentence than the deal they price ("The missiles will cost $1.15 billion")."""

from __future__ import annotations

from pactwatch.extract.context import ArticleView, Draft
from pactwatch.extract.sentences import Sentence


def attach_prices(drafts: list[Draft], sentences: list[Sentence], av: ArticleView) -> list[Draft]:
    """Deals and transfers without an amount, with the amount a nearby sentence gives for them."""
    return drafts
