"""Turn raw page bytes into text without ever raising, so a mislabelled page still reads right."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Byte-order marks, longest first: UTF-32 LE starts with the UTF-16 LE mark.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Declarations looked for in the first bytes: <meta charset>, http-equiv content, <?xml encoding?>.
_DECLARED = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-zA-Z0-9_.:-]{2,40})"""
    rb"""|<\?xml[^>]{0,100}?encoding\s*=\s*["']([a-zA-Z0-9_.:-]{2,40})""",
    re.IGNORECASE,
)
_SNIFF_BYTES = 8192
# Latin-1 is a label browsers read as Windows-1252 (WHATWG encoding standard); so do we.
_ALIASES = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252", "windows-1252": "cp1252"}


@dataclass(frozen=True)
class Decoded:
    """Text with the encoding it was read in and how it was chosen."""

    text: str
    encoding: str
    method: str  # "bom" | "declared" | "utf-8" | "detected" | "fallback" | "empty"


def decode_bytes(raw: bytes, declared: str | None = None) -> Decoded:
    """Decode bytes by BOM, then a declared charset, then strict UTF-8, then detection; never raises."""
    if not raw:
        return Decoded("", "utf-8", "empty")
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return Decoded(raw[len(bom):].decode(name, errors="replace"), name, "bom")
    utf16 = _sniff_utf16(raw)
    if utf16:
        return Decoded(raw.decode(utf16, errors="replace"), utf16, "bom")
    for label in (declared, _declared_in(raw[:_SNIFF_BYTES])):
        name = _codec(label)
        if name is None:
            continue
        if name == "utf-8":
            if not _is_utf8(raw):
                continue  # a page that says UTF-8 but is not: let detection decide
            return Decoded(raw.decode("utf-8", errors="replace"), "utf-8", "declared")
        try:
            return Decoded(raw.decode(name), name, "declared")
        except (UnicodeDecodeError, LookupError):
            pass
    if _is_utf8(raw):
        return Decoded(raw.decode("utf-8", errors="replace"), "utf-8", "utf-8")
    detected = _detect(raw)
    if detected:
        try:
            return Decoded(raw.decode(detected, errors="replace"), detected, "detected")
        except LookupError:
            pass
    return Decoded(raw.decode("cp1252", errors="replace"), "cp1252", "fallback")


def _declared_in(head: bytes) -> str | None:
    """The first charset a page declares about itself in its opening bytes."""
    match = _DECLARED.search(head)
    if not match:
        return None
    return (match.group(1) or match.group(2)).decode("ascii", errors="ignore")


def _codec(label: str | None) -> str | None:
    """A Python codec name for a declared label, or None when Python does not know it."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except LookupError:
        return None
    if name.startswith(("utf-16", "utf-32")):
        return None  # declared UTF-16 without a BOM is almost always a lie in an ASCII-compatible page
    return _ALIASES.get(name, name)


def _is_utf8(raw: bytes) -> bool:
    """Whether the bytes are valid UTF-8, forgiving a sequence cut at the very end."""
    try:
        raw.decode("utf-8")
        return True
    except UnicodeDecodeError as err:
        return err.start >= len(raw) - 3 and err.reason == "unexpected end of data"


def _sniff_utf16(raw: bytes) -> str | None:
    """UTF-16 without a BOM shows as every other byte zero in ASCII-heavy text."""
    head = raw[:400]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.8 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.8 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _detect(raw: bytes) -> str | None:
    """charset-normalizer's best guess on the first 200 kB, leaning to Windows-1252 on a near tie."""
    sample = raw[:200_000]
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample).best()
    except Exception:  # the detector is a heuristic over hostile bytes: any failure means "no guess"
        return None
    if best is None:
        return None
    name = _ALIASES.get(best.encoding, best.encoding)
    if name != "cp1252" and _single_byte(name) and _fits_cp1252(sample, name):
        return "cp1252"
    return name


def _single_byte(name: str) -> bool:
    """Whether a codec maps one byte to one character (the Latin code pages the detector confuses)."""
    try:
        return len(bytes(range(128, 256)).decode(name, errors="replace")) == 128
    except LookupError:
        return False


def _fits_cp1252(sample: bytes, other: str) -> bool:
    """Undeclared Western pages are mostly Windows-1252: keep it unless it reads stranger than the guess.

    The detector often ranks cp1250/cp852 first for French or English text with curly quotes, since the
    byte statistics are nearly the same; Windows-1252 is what browsers assume for unlabelled pages.
    """
    try:
        western = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    letters = [ch for ch in western if ch.isalpha()]
    accented = sum(1 for ch in letters if ord(ch) > 0x7F)
    if accented > 0.3 * max(len(letters), 1):
        return False  # Western languages are mostly ASCII letters; a non-Latin script read as cp1252 is not
    guessed = sample.decode(other, errors="replace")
    return _oddity(western) <= _oddity(guessed)


def _oddity(text: str) -> int:
    """Characters outside ASCII, Latin-1 letters and common punctuation: a sign of the wrong code page."""
    return sum(1 for ch in text if ord(ch) > 0xFF and not 0x2010 <= ord(ch) <= 0x20AC)
