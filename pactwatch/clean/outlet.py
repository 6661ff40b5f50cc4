"""Name the outlet that published a flattened page, from its copyright line, dateline or title suffix."""

from __future__ import annotations

import re

COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright\b)\s*(.*)$", re.IGNORECASE)
YEARS = re.compile(r"\b(19|20)\d{2}\b(\s*[-–]\s*\b(19|20)\d{2}\b)?")
RESERVED = re.compile(r"[.,;|-]?\s*(all rights reserved|tous droits réservés|todos os direitos reservados"
                      r"|todos los derechos reservados|alle rechte vorbehalten).*$", re.IGNORECASE)
LEGAL_SUFFIX = re.compile(r"[,.]?\s*\b(inc|ltd|llc|plc|gmbh|s\.?a|co|corp|limited|pty)\b\.?$", re.IGNORECASE)
LEAD_NOISE = re.compile(r"^(?:[\s,.;:|-]|©|\(c\)|copyright\b|by\b)+", re.IGNORECASE)
TAIL_NOISE = re.compile(r"\b(unless otherwise (noted|stated)|and its licensors|or its affiliates|and/or its affiliates)\b.*$",
                        re.IGNORECASE)
# "Tokyo, July 9 (Jiji Press)--" and "(Bloomberg) --": the agency that filed the story
AGENCY_DATELINE = re.compile(r"^[^()]{0,40}\(([A-Z][\w.&' ]{1,30})\)\s*(--|—|–|-|:)")
# "VOINews,Jakarta:": an outlet name glued to a city, before the first sentence
NAME_CITY = re.compile(r"^([A-Z][A-Za-z]*[a-z][A-Za-z]*),\s*[A-Z][a-z]+\s*:")
# "Harbour Report is an independent community publication.": a footer line naming the site
ABOUT_LINE = re.compile(r"^([A-Z][\w.&' -]{1,40}?) is an? (?:[\w-]+ ){0,3}(?:publication|newspaper|news site|website"
                        r"|magazine|news agency|broadcaster)\b")
TITLE_SUFFIX = re.compile(r"\s(?:\||—|–)\s([^|—–]{2,40})$")
MAX_NAME_WORDS = 5
MAX_FOOTER_LINES = 40


def _clean_name(name: str) -> str | None:
    name = re.split(r"\s[|·•]\s", name, maxsplit=1)[0]  # "© 2024 Site | About | Privacy"
    name = RESERVED.sub("", name)
    name = TAIL_NOISE.sub("", YEARS.sub("", name))
    name = LEAD_NOISE.sub("", name).strip(" .,;:-–—|")
    while LEGAL_SUFFIX.search(name):  # "Pty Ltd", "Co., Ltd."
        name = LEGAL_SUFFIX.sub("", name).strip(" .,;:-–—|")
    name = " ".join(name.split()).strip(" .,;:-–—|")
    if not name or len(name.split()) > MAX_NAME_WORDS or not any(ch.isalpha() for ch in name):
        return None
    return name


def from_copyright(lines: list[str]) -> str | None:
    """The name in the page's last copyright line (the site footer, after any wire credit)."""
    for line in reversed(lines):
        if len(line) > 160:
            continue
        match = COPYRIGHT.search(line)
        if match:
            name = _clean_name(match.group(1))
            if name:
                return name
    return None


def from_title_line(first_line: str, headline: str | None) -> str | None:
    """The site name the page title adds after the headline ("Headline - Site", "Headline | Site")."""
    if not headline or first_line == headline or not first_line.startswith(headline):
        return None
    match = re.match(r"^\s*(?:\||—|–|-|::|»|·|:)\s*(.+)$", first_line[len(headline) :])
    return _clean_name(match.group(1)) if match else None


def find_outlet(lines: list[str], core_start: int | None, headline: str | None = None) -> str | None:
    """The outlet's name, or None when the page names none in a recognisable place.

    In order: the site name after the headline in the page title, the last copyright line, a
    dateline naming an agency or outlet, a title suffix, a footer "X is a ... publication" line,
    a masthead-like first line.
    """
    if not lines:
        return None
    name = from_title_line(lines[0], headline) or from_copyright(lines)
    if name:
        return name
    start = core_start or 0
    for line in lines[start : start + 3]:
        match = NAME_CITY.match(line) or AGENCY_DATELINE.match(line)
        if match:
            return _clean_name(match.group(1))
    suffix = TITLE_SUFFIX.search(lines[0]) if len(lines[0]) < 200 else None
    if suffix:
        return _clean_name(suffix.group(1))
    for line in reversed(lines[-MAX_FOOTER_LINES:]):
        about = ABOUT_LINE.match(line)
        if about:
            return _clean_name(about.group(1))
    return _masthead(lines, core_start)


def _masthead(lines: list[str], core_start: int | None) -> str | None:
    """The page's first line when it is a short all-capitalised name above the article, like a masthead."""
    first = lines[0]
    words = first.split()
    if core_start is not None and core_start <= 1:
        return None
    if not 2 <= len(words) <= MAX_NAME_WORDS or any(ch in first for ch in ".!?:|,"):
        return None
    if not all(w[:1].isupper() or w in {"&", "of", "the", "and"} for w in words):
        return None
    return first
