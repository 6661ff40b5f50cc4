"""Where pages come from: files, folders, globs, .gz and stdin, each yielding a Page or a Problem."""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from pactwatch.model import Page, Problem
from pactwatch.sources.files import Candidate, expand_inputs
from pactwatch.sources.read import read_page

__all__ = ["list_inputs", "iter_pages", "read_page"]


def list_inputs(inputs: list[str]) -> tuple[list[str], list[Problem]]:
    """Expand inputs first, so a progress bar knows the total and bad paths are reported up front."""
    paths: list[str] = []
    problems: list[Problem] = []
    for item in expand_inputs(inputs):
        if isinstance(item, Candidate):
            paths.append(item.path)
        else:
            problems.append(item)
    return paths, problems


def iter_pages(inputs: list[str], stdin: BinaryIO | None = None,
               listed: tuple[list[str], list[Problem]] | None = None) -> Iterator[Page | Problem]:
    """Every page the inputs name, read lazily; one Problem per input that cannot be read.

    `listed` is list_inputs(inputs) when the caller already expanded them (to size a progress bar).
    """
    paths, problems = listed if listed is not None else list_inputs(inputs)
    yield from problems
    for path in paths:
        yield read_page(path, stdin)
