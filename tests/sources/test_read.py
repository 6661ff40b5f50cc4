"""Reading single inputs: every kind of bad file becomes one clear Problem, good files become Pages."""

import gzip
import io
import os
import shutil
import subprocess
import sys

import pytest

from pactwatch.model import Page, Problem
from pactwatch.sources.read import guess_content_type, read_page

HTML = b"<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello there.</p></body></html>"


def test_reads_html_and_guesses_type(tmp_path):
    path = tmp_path / "a.html"
    path.write_bytes(HTML)
    page = read_page(str(path))
    assert isinstance(page, Page)
    assert page.raw == HTML
    assert page.content_type == "html"
    assert page.doc == "a"


def test_gz_is_unpacked_and_doc_drops_both_suffixes(tmp_path):
    path = tmp_path / "story.html.gz"
    path.write_bytes(gzip.compress(HTML))
    page = read_page(str(path))
    assert isinstance(page, Page)
    assert page.raw == HTML
    assert page.doc == "story"


def test_corrupt_gz_is_a_problem(tmp_path):
    path = tmp_path / "bad.txt.gz"
    words = " ".join(f"word{i * 7919 % 1000}" for i in range(2000)).encode()
    path.write_bytes(gzip.compress(words)[:200])
    problem = read_page(str(path))
    assert isinstance(problem, Problem)
    assert problem.reason == "corrupt"


def test_content_decides_type_not_name(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(HTML)
    assert read_page(str(path)).content_type == "html"
    assert guess_content_type("x.html", b"Just words in a line\nAnother line") == "text"


@pytest.mark.parametrize(("payload", "reason"), [
    (b"", "empty"),
    (b"   \n\n  ", "empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary stuff", "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    (bytes(range(256)) * 8, "binary"),
])
def test_bad_content_is_named(tmp_path, payload, reason):
    path = tmp_path / "bad.html"
    path.write_bytes(payload)
    problem = read_page(str(path))
    assert isinstance(problem, Problem)
    assert problem.reason == reason
    assert str(path) in problem.line() and problem.hint


def test_utf16_with_bom_is_not_mistaken_for_binary(tmp_path):
    path = tmp_path / "u16.html"
    path.write_bytes("<html><body><p>Défense</p></body></html>".encode("utf-16"))
    assert isinstance(read_page(str(path)), Page)


def test_legacy_encodings_pass_through_as_bytes(tmp_path):
    for name, data in (("w.txt", "Café — “quoted”".encode("cp1252")), ("s.txt", "防衛省の発表".encode("shift_jis"))):
        path = tmp_path / name
        path.write_bytes(data)
        page = read_page(str(path))
        assert isinstance(page, Page), page
        assert page.raw == data


def test_missing_file_is_vanished(tmp_path):
    problem = read_page(str(tmp_path / "gone.html"))
    assert isinstance(problem, Problem) and problem.reason == "vanished"


def test_symlink_loop_is_named(tmp_path):
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    os.symlink(b, a)
    os.symlink(a, b)
    problem = read_page(str(a))
    assert isinstance(problem, Problem) and problem.reason == "broken_link"


def test_stdin_is_one_page():
    page = read_page("-", stdin=io.BytesIO(b"Line one of a page.\nLine two."))
    assert isinstance(page, Page) and page.doc == "-" and page.content_type == "text"


def test_unreadable_file_is_named(tmp_path):
    path = tmp_path / "secret.html"
    path.write_bytes(HTML)
    path.chmod(0)
    if os.geteuid() != 0:
        assert read_page(str(path)).reason == "permission"
        return
    # root reads anything; without its power to bypass file modes it meets the file as a user would
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) is needed to test unreadable files as root"
    code = f"from pactwatch.sources.read import read_page; print(read_page({str(path)!r}).reason)"
    result = subprocess.run([setpriv, "--bounding-set=-dac_override,-dac_read_search", sys.executable, "-c", code],
                            capture_output=True, text=True)
    assert result.stdout.strip() == "permission", result.stderr
