"""Read one candidate file into a Page, or say in one line why it cannot be read."""

from __future__ import annotations

import errno
import gzip
import os
import sys
import zlib
from datetime import UTC, datetime
from typing import BinaryIO

from pactwatch.model import Page, Problem

MAX_BYTES = 64 * 1024 * 1024  # larger inputs are almost never one article; the cleaner caps further
SNIFF_BYTES = 8192

# Leading bytes of formats that are certainly not a page, so we can name what the user gave us.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (or Office file)"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "gzip data inside a file not named .gz"),
    (b"SQLite format 3", "an SQLite database"),
)
BOMS: tuple[bytes, ...] = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def read_page(path: str, stdin: BinaryIO | None = None) -> Page | Problem:
    """Bytes of one file (or stdin for "-"), gunzipped, with a content-type guess; never raises."""
    try:
        if path == "-":
            stream = stdin if stdin is not None else (sys.stdin.buffer if sys.stdin is not None else None)
            if stream is None:
                return Problem("-", "unreadable", "there is no standard input to read",
                               "pipe a page in, e.g. `cat page.html | pactwatch ingest -`")
            raw = stream.read(MAX_BYTES + 1)
        else:
            size = os.path.getsize(path)
            if size > MAX_BYTES * (20 if path.endswith(".gz") else 1):
                return Problem(path, "too_large", f"{size / 1e6:.0f} MB is too large for one page",
                               f"split it; the limit is {MAX_BYTES // 2**20} MB")
            with open(path, "rb") as handle:
                raw = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Problem(path, "vanished", "file disappeared before it could be read", "rerun when it is back")
    except PermissionError:
        return Problem(path, "permission", "no permission to read the file", f"run: chmod +r {path}")
    except IsADirectoryError:
        return Problem(path, "unreadable", "is a folder, not a file", "pass the folder itself to read its pages")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Problem(path, "broken_link", "symbolic link loop", "fix or remove the link")
        return Problem(path, "unreadable", f"cannot read ({exc.strerror})", "check the file and rerun")
    if path.lower().endswith(".gz"):
        unpacked = _gunzip(path, raw)
        if isinstance(unpacked, Problem):
            return unpacked
        raw = unpacked
    if len(raw) > MAX_BYTES:
        return Problem(path, "too_large", f"more than {MAX_BYTES // 2**20} MB", "split it into single pages")
    problem = sniff_problem(path, raw)
    if problem:
        return problem
    return Page(source=path, raw=raw, content_type=guess_content_type(path, raw),
                fetched_at=datetime.now(UTC))


def _gunzip(path: str, raw: bytes) -> bytes | Problem:
    try:
        out = zlib.decompressobj(16 + zlib.MAX_WBITS)
        data = out.decompress(raw, MAX_BYTES + 1)
        if not out.eof and len(data) <= MAX_BYTES:
            raise EOFError
        return data
    except (zlib.error, EOFError, gzip.BadGzipFile):
        return Problem(path, "corrupt", "not valid gzip data (damaged or truncated)",
                       "re-download it or remove the .gz ending if it is plain text")


def sniff_problem(path: str, raw: bytes) -> Problem | None:
    """Name empty and binary inputs from their first bytes, before anyone tries to decode them."""
    if not raw.strip():
        return Problem(path, "empty", "file is empty", "nothing to read; remove it or refetch the page")
    head = raw[:SNIFF_BYTES]
    for magic, what in MAGIC:
        if head.startswith(magic):
            return Problem(path, "binary", f"binary file ({what}), not a web page or text",
                           "pass .html or .txt pages")
    if head.startswith(BOMS) or _looks_utf16(head):
        return None
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if b"\x00" in head or controls > len(head) * 0.05:
        return Problem(path, "binary", "binary content, not a web page or text", "pass .html or .txt pages")
    return None


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of ASCII text is zero."""
    if len(head) < 64:
        return False
    even, odd = head[0::2], head[1::2]
    return even.count(0) > len(even) * 0.7 or odd.count(0) > len(odd) * 0.7


def guess_content_type(path: str, raw: bytes) -> str:
    """"html" when the first bytes look like markup, "text" otherwise; the name only breaks ties."""
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower().replace(b"\x00", b"")
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body", b"<meta", b"<!--")):
        return "html"
    tags = head.count(b"</") + head.count(b"/>")
    if tags >= 3:
        return "html"
    name = path.lower().removesuffix(".gz")
    if name.endswith((".html", ".htm", ".xhtml")) and b"<" in head:
        return "html"
    return "text"
