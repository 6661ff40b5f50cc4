"""Strip the site name from a page title, so "Headline | Site" reads as the headline alone."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from pactwatch.clean.rules import html_rules

_NON_ALNUM = re.compile(r"[\W_]+")
_HOST_NOISE = ("www.", "m.", "amp.", "edition.", "mobile.")


def clean_title(title: str | None, site_names: list[str], url: str | None = None) -> str | None:
    """The headline with a leading or trailing site name removed when that part names the site.

    A part is dropped only when it matches a known site name (og:site_name, JSON-LD publisher) or the
    page's domain, so headlines that themselves contain a dash or a colon are kept whole.
    """
    if not title:
        return None
    title = " ".join(title.split())
    title = _strip_whole_names(title, site_names)
    keys = _site_keys(site_names, url)
    if not keys:
        return title or None
    for _ in range(2):  # "Headline - Section | Site": at most two site-like parts are peeled
        peeled = _peel(title, keys)
        if peeled == title:
            break
        title = peeled
    return title or None


def _strip_whole_names(title: str, site_names: list[str]) -> str:
    """Remove a declared site name written out in full, even one holding separators itself."""
    lowered = title.lower()
    for name in site_names:
        name = " ".join((name or "").split())
        if not name:
            continue
        for sep in html_rules()["title_separators"]:
            if lowered.endswith((sep + name).lower()) and len(title) > len(sep + name):
                return title[: -len(sep + name)].strip()
            if lowered.startswith((name + sep).lower()) and len(title) > len(name + sep):
                return title[len(name + sep):].strip()
    return title


def _peel(title: str, keys: set[str]) -> str:
    """Remove one site-name part at the end or the start of the title, if there is one."""
    for sep in html_rules()["title_separators"]:
        head, found, tail = title.rpartition(sep)
        if found and head.strip() and _is_site(tail, keys):
            return head.strip()
        head, found, tail = title.partition(sep)
        if found and tail.strip() and _is_site(head, keys):
            return tail.strip()
    return title


def _is_site(part: str, keys: set[str]) -> bool:
    """Whether a title part names the site: equal to, or containing, a site key (short parts only)."""
    squashed = _squash(part)
    if not squashed or len(part.split()) > 5:
        return False
    if squashed in keys:
        return True
    # "CBSSports.com" vs "CBS Sports", "WSJ" vs "wsj": containment, for short parts and real keys only
    return len(part.split()) <= 4 and any(
        len(key) >= 4 and len(squashed) >= 3 and (key in squashed or squashed in key) for key in keys)


def _site_keys(site_names: list[str], url: str | None) -> set[str]:
    """Squashed names the site goes by: its declared names and its registered domain label."""
    keys = {_squash(name) for name in site_names if name}
    host = urlsplit(url).hostname if url and "//" in url else None
    if host:
        for noise in _HOST_NOISE:
            host = host.removeprefix(noise)
        labels = host.split(".")
        if len(labels) >= 3 and len(labels[-2]) <= 3:  # bbc.co.uk, abc.net.au: the name is further left
            keys.add(_squash(labels[-3]))
        elif len(labels) >= 2:
            keys.add(_squash(labels[-2]))
    return {k for k in keys if k}


def _squash(text: str) -> str:
    """Lowercase letters and digits only, so "The Hill" and "thehill.com" compare equal."""
    return _NON_ALNUM.sub("", text.lower()).removesuffix("com")
