"""Load the HTML cleaner's rules from pactwatch/data once, so rules stay data and are checked on load."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

_RULES = Path(__file__).resolve().parents[1] / "data" / "boilerplate_html.yaml"
_LISTS = ("jsonld_article_types", "date_meta", "site_meta", "title_separators", "prune_class_id",
          "block_patterns", "error_page_patterns")


@lru_cache(maxsize=1)
def html_rules() -> dict[str, Any]:
    """The parsed rules file; a missing or malformed section fails loudly at first use."""
    data = yaml.safe_load(_RULES.read_text(encoding="utf-8"))
    for key in _LISTS:
        if not isinstance(data.get(key), list) or not data[key]:
            raise ValueError(f"{_RULES}: section {key!r} must be a non-empty list")
    return data


@lru_cache(maxsize=1)
def block_pattern() -> re.Pattern[str]:
    """One compiled alternation of the paragraph-level boilerplate patterns."""
    return re.compile("|".join(f"(?:{p})" for p in html_rules()["block_patterns"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def error_page_pattern() -> re.Pattern[str]:
    """One compiled alternation of the error-page title patterns."""
    return re.compile("|".join(f"(?:{p})" for p in html_rules()["error_page_patterns"]), re.IGNORECASE)
