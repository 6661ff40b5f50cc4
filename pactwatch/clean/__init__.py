"""The cleaning stage: one page in, the article alone out (title, date, outlet, body paragraphs)."""

from __future__ import annotations

import gzip
import hashlib
import re
import zlib
from dataclasses import replace

from pactwatch.clean.encoding import decode_bytes
from pactwatch.model import Article, Page

__all__ = ["clean_page"]

MAX_RAW_BYTES = 6_000_000  # bytes read from a page; the rest of a larger input is ignored
_MAX_GUNZIP = 64_000_000  # a gzip bomb stops here
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF", b"BZh",
                 b"\xfd7zXZ", b"OggS", b"ID3", b"RIFF", b"\x00\x00\x01\x00", b"MZ")
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|\?xml[^>]*>\s*<(?:!doctype|html))",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAG = re.compile(r"<(?:html|head|body|div|p|meta|title|script|article|span|a|link|br|table)\b[^>]*>",
                       re.IGNORECASE)


def clean_page(page: Page) -> Article:
    """Clean one page; never raises: an unusable page yields an empty body and its empty_reason.

    The cascade, in order:
      1. empty input -> empty article ("empty file");
      2. gzip bytes are inflated (bounded); binary formats (magic numbers, NUL bytes) -> "binary";
      3. bytes -> text by encoding.decode_bytes (BOM, declared charset, UTF-8, detection), reading
         at most MAX_RAW_BYTES; text mostly made of replacement characters -> "undecodable";
      4. HTML or flattened text is decided from the content (a leading doctype/<html>, or enough tags
         in the first 64 kB); page.content_type only breaks the tie when the content is unclear;
      5. HTML -> html.clean_html (trafilatura fast + our evidence and filters; see its docstring);
         flattened text -> flat.clean_flat (the flattened-text cleaner), or, when that module is not
         there yet, one paragraph per non-empty line ("lines" cleaner);
      6. any exception inside a cleaner is caught here and reported as the empty reason
         "cleaner failed (ErrorType)", so one odd page never stops a run;
      7. the article id is the sha256 of the whitespace-normalised body, or of source + raw bytes when
         the body is empty, so the same page cleaned twice is one article.
    """
    raw = page.raw or b""
    if not raw.strip():
        return _empty(page, "empty file", "none")
    raw = _inflate(raw)
    if _is_binary(raw):
        return _empty(page, "binary", "none")
    decoded = decode_bytes(raw[:MAX_RAW_BYTES])
    text = decoded.text
    if text.count("\ufffd") > 0.2 * max(len(text), 1):
        return _empty(page, "undecodable", f"decode:{decoded.encoding}")
    if not text.strip():
        return _empty(page, "empty file", "none")
    try:
        if _looks_like_html(text, page.content_type):
            return _from_html(page, text)
        return _with_id(_from_flat(page, text), page)
    except Exception as exc:  # last guard of the public function: a cleaner bug costs one page, not a run
        return _empty(page, f"cleaner failed ({type(exc).__name__})", "error")


def _from_html(page: Page, text: str) -> Article:
    """Run the HTML cleaner and wrap its result as an Article."""
    from pactwatch.clean.html import clean_html

    found = clean_html(text, page.url)
    article = Article(
        id="", source=page.source, doc=page.doc, title=found.title, published=found.published,
        outlet=found.outlet, url=page.url or found.url, paragraphs=found.paragraphs,
        text="\n\n".join(found.paragraphs), empty_reason=found.empty_reason, cleaner=found.cleaner)
    return _with_id(article, page)


def _from_flat(page: Page, text: str) -> Article:
    """Run the flattened-text cleaner, or split lines when it is not available."""
    try:
        from pactwatch.clean.flat import clean_flat
    except ModuleNotFoundError as exc:
        if exc.name != "pactwatch.clean.flat":
            raise  # flat.py is there but broken: say so rather than quietly split lines
        clean_flat = None
    if clean_flat is not None:
        article = clean_flat(text, page.source, page.doc)
        return article if article.url or not page.url else replace(article, url=page.url)
    lines = tuple(" ".join(line.split()) for line in text.splitlines() if line.strip())
    return Article(id="", source=page.source, doc=page.doc, title=lines[0] if lines else None,
                   published=None, outlet=None, url=page.url, paragraphs=lines, text="\n\n".join(lines),
                   empty_reason=None if lines else "no article found", cleaner="lines")


def _looks_like_html(text: str, hint: str) -> bool:
    """HTML if it starts like HTML or is dense with tags; the content-type hint only breaks ties."""
    head = text[:65536]
    if _HTML_START.match(head):
        return True
    tags = len(_HTML_TAG.findall(head))
    if tags >= 10:
        return True
    if tags >= 2:
        return hint != "text"
    return False


def _inflate(raw: bytes) -> bytes:
    """Gunzip bytes that are gzip-compressed (bounded); anything else is returned unchanged."""
    if not raw.startswith(b"\x1f\x8b"):
        return raw
    try:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        return inflater.decompress(raw, _MAX_GUNZIP)
    except (zlib.error, gzip.BadGzipFile):
        return raw


def _is_binary(raw: bytes) -> bool:
    """Known binary formats, or NUL and control bytes in text that has no UTF-16/32 byte-order mark."""
    if raw.startswith(_BINARY_MAGIC) or raw.startswith(b"\x1f\x8b"):
        return True
    head = raw[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) or decode_bytes(head[:400]).method == "bom":
        return False
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return b"\x00" in head or controls > 0.05 * len(head)


def _empty(page: Page, reason: str, cleaner: str) -> Article:
    """An article with no body, saying why."""
    return _with_id(Article(id="", source=page.source, doc=page.doc, title=None, published=None,
                            outlet=None, url=page.url, paragraphs=(), text="", empty_reason=reason,
                            cleaner=cleaner), page)


def _with_id(article: Article, page: Page) -> Article:
    """Set the stable id: a hash of the normalised body, or of source and bytes when it is empty."""
    body = " ".join(article.text.split())
    if body:
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    else:
        digest = hashlib.sha256(page.source.encode("utf-8") + b"\x00" + (page.raw or b"")).hexdigest()
    reason = article.empty_reason if not body else None
    if not body and not reason:
        reason = "no article found"
    return replace(article, id=digest[:20], empty_reason=reason)
