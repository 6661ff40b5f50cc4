"""Turn the paths, folders and globs a user typed into a sorted list of candidate files, lazily safe."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator
from dataclasses import dataclass

from pactwatch.model import Problem

# Extensions we read; anything else found inside a folder is ignored quietly, named explicitly it is reported.
PAGE_SUFFIXES: tuple[str, ...] = (".html", ".htm", ".xhtml", ".txt", ".text")
GZ_SUFFIX = ".gz"
GLOB_CHARS = set("*?[")


@dataclass(frozen=True)
class Candidate:
    """A path that looks like a page, found by expanding the user's inputs."""

    path: str
    named: bool  # the user named this file directly (so an odd extension is worth a warning)


def is_page_name(path: str) -> bool:
    """True for .html/.htm/.txt and their .gz, by name only."""
    name = path.lower()
    if name.endswith(GZ_SUFFIX):
        name = name[: -len(GZ_SUFFIX)]
    return name.endswith(PAGE_SUFFIXES)


def expand_inputs(inputs: list[str]) -> Iterator[Candidate | Problem]:
    """Yield every candidate file once, in a stable order; problems for inputs that lead nowhere."""
    seen: set[str] = set()
    for raw in inputs:
        if raw == "-":
            yield Candidate("-", named=True)
            continue
        if any(ch in raw for ch in GLOB_CHARS) and not os.path.exists(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield Problem(raw, "missing", "the pattern matches no file", "check the pattern or quote it")
            for match in matches:
                yield from _expand_one(match, seen, named=False)
            continue
        yield from _expand_one(raw, seen, named=True)


def _expand_one(path: str, seen: set[str], named: bool) -> Iterator[Candidate | Problem]:
    if os.path.islink(path) and not os.path.exists(path):
        yield Problem(path, "broken_link", "symbolic link to nothing (or a link loop)", "fix or remove the link")
        return
    if not os.path.exists(path):
        yield Problem(path, "missing", "no such file or folder", "check the path")
        return
    if os.path.isdir(path):
        yield from _walk_folder(path, seen)
        return
    key = os.path.realpath(path)
    if key in seen:
        return
    seen.add(key)
    if named and not is_page_name(path):
        # Named on purpose: read it anyway and let the content decide, as a user would expect.
        yield Candidate(path, named=True)
        return
    yield Candidate(path, named=named)


def _walk_folder(root: str, seen: set[str]) -> Iterator[Candidate | Problem]:
    """Walk a folder following links, but never the same real folder twice (symlink loops end here)."""
    visited: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = os.stat(folder)
        except OSError as exc:
            yield Problem(folder, "unreadable", f"cannot open folder ({exc.strerror})", "check permissions")
            continue
        ident = (st.st_dev, st.st_ino)
        if ident in visited:
            continue
        visited.add(ident)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield Problem(folder, "unreadable", f"cannot list folder ({exc.strerror})", "check permissions")
            continue
        subfolders: list[str] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=True)
            except OSError:
                yield Problem(entry.path, "broken_link", "link loop or unreadable entry", "fix or remove the link")
                continue
            if is_dir:
                subfolders.append(entry.path)
                continue
            if entry.is_symlink() and not os.path.exists(entry.path):
                yield Problem(entry.path, "broken_link", "symbolic link to nothing (or a link loop)",
                              "fix or remove the link")
                continue
            if not is_page_name(entry.name):
                continue
            key = os.path.realpath(entry.path)
            if key in seen:
                continue
            seen.add(key)
            yield Candidate(entry.path, named=False)
        stack.extend(reversed(subfolders))
