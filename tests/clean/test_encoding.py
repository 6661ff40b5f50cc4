"""pactwatch/clean/encoding.py: bytes in any common encoding come back as the right text."""

from __future__ import annotations

import codecs

import pytest

from pactwatch.clean.encoding import decode_bytes

FRENCH = "Le ministre a signé l’accord « historique » — coût estimé : 5 millions d’€. Réunion à Zürich. " * 4
ENGLISH = "The minister’s “historic” deal — worth €5bn — was signed on Tuesday after long talks. " * 4
JAPANESE = "防衛大臣は本日、オーストラリアとの円滑化協定に署名したと発表した。両国の防衛協力は新たな段階に入った。" * 4
RUSSIAN = "Министр обороны заявил о подписании соглашения о военно-техническом сотрудничестве. " * 4


@pytest.mark.parametrize("text", [FRENCH, ENGLISH])
def test_undeclared_windows_1252_reads_right(text: str) -> None:
    got = decode_bytes(text.encode("cp1252"))
    assert got.text == text
    assert got.encoding == "cp1252"


def test_undeclared_shift_jis_reads_right() -> None:
    got = decode_bytes(JAPANESE.encode("shift_jis"))
    assert got.text == JAPANESE
    assert got.method == "detected"


def test_declared_shift_jis_in_meta_is_used() -> None:
    page = f"<html><head><meta charset=\"Shift_JIS\"><title>t</title></head><body><p>{JAPANESE}</p>"
    got = decode_bytes(page.encode("shift_jis"))
    assert JAPANESE in got.text
    assert (got.encoding, got.method) == ("shift_jis", "declared")


def test_http_equiv_charset_is_used() -> None:
    page = ('<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
            f"<p>{ENGLISH}</p>").encode("cp1252")
    got = decode_bytes(page)
    assert ENGLISH in got.text and got.method == "declared"


def test_xml_declaration_charset_is_used() -> None:
    page = f'<?xml version="1.0" encoding="koi8-r"?><html><body><p>{RUSSIAN}</p></body></html>'
    got = decode_bytes(page.encode("koi8-r"))
    assert RUSSIAN in got.text


def test_undeclared_cyrillic_is_not_read_as_western() -> None:
    got = decode_bytes(RUSSIAN.encode("cp1251"))
    assert got.text == RUSSIAN


@pytest.mark.parametrize("bom_codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_mark_decides(bom_codec: str) -> None:
    text = "<p>Café and 防衛 in one page</p>"
    raw = text.encode(bom_codec)
    if bom_codec == "utf-16-be":
        raw = codecs.BOM_UTF16_BE + raw
    got = decode_bytes(raw)
    assert got.text == text and got.method == "bom"


def test_a_false_utf8_declaration_does_not_garble() -> None:
    raw = ('<meta charset="utf-8"><p>' + FRENCH + "</p>").encode("cp1252")
    assert FRENCH in decode_bytes(raw).text


def test_utf8_cut_in_the_middle_of_a_character_still_decodes_as_utf8() -> None:
    raw = ("Sécurité " * 20 + "防衛").encode("utf-8")[:-1]
    got = decode_bytes(raw)
    assert got.encoding == "utf-8" and got.text.startswith("Sécurité")


@pytest.mark.parametrize("raw", [b"", b"\x00\x01\x02\xff" * 500, bytes(range(256)) * 40, b"\xff\xfe"])
def test_never_raises(raw: bytes) -> None:
    got = decode_bytes(raw)
    assert isinstance(got.text, str)
