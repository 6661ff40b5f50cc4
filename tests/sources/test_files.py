"""Expanding user inputs: folders, globs, links and loops give each page once, in order."""

import os

from pactwatch.model import Problem
from pactwatch.sources import iter_pages, list_inputs


def make_tree(root):
    (root / "sub").mkdir()
    (root / "a.html").write_text("<html><body><p>A.</p></body></html>")
    (root / "b.txt").write_text("Some page text.")
    (root / "sub" / "c.htm").write_text("<html><body><p>C.</p></body></html>")
    (root / "notes.md").write_text("not a page")
    (root / ".hidden.html").write_text("<p>hidden</p>")


def test_folder_walk_is_sorted_and_filtered(tmp_path):
    make_tree(tmp_path)
    paths, problems = list_inputs([str(tmp_path)])
    assert problems == []
    assert [os.path.relpath(p, tmp_path) for p in paths] == ["a.html", "b.txt", "sub/c.htm"]


def test_glob_and_duplicates_are_read_once(tmp_path):
    make_tree(tmp_path)
    paths, _ = list_inputs([str(tmp_path / "*.html"), str(tmp_path / "a.html"), str(tmp_path)])
    assert sorted(os.path.basename(p) for p in paths) == ["a.html", "b.txt", "c.htm"]


def test_missing_path_and_empty_glob_are_problems(tmp_path):
    _, problems = list_inputs([str(tmp_path / "nope"), str(tmp_path / "*.zzz")])
    assert [p.reason for p in problems] == ["missing", "missing"]


def test_folder_symlink_loop_ends(tmp_path):
    make_tree(tmp_path)
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    paths, problems = list_inputs([str(tmp_path)])
    assert len(paths) == 3 and problems == []


def test_broken_link_in_folder_is_reported(tmp_path):
    make_tree(tmp_path)
    os.symlink(tmp_path / "missing.html", tmp_path / "dead.html")
    _, problems = list_inputs([str(tmp_path)])
    assert [p.reason for p in problems] == ["broken_link"]


def test_file_deleted_between_listing_and_reading(tmp_path):
    make_tree(tmp_path)
    seen = []
    for item in iter_pages([str(tmp_path)]):
        seen.append(item)
        if len(seen) == 1:
            (tmp_path / "b.txt").unlink()
    reasons = [getattr(i, "reason", "page") for i in seen]
    assert reasons == ["page", "vanished", "page"]
    assert isinstance(seen[1], Problem) and "disappeared" in seen[1].message


def test_ten_thousand_files(tmp_path):
    for i in range(10_000):
        (tmp_path / f"p{i:05d}.txt").write_text(f"page {i}")
    paths, problems = list_inputs([str(tmp_path)])
    assert len(paths) == 10_000 and not problems
    assert os.path.basename(paths[0]) == "p00000.txt"
