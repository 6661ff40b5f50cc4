"""The records reference data compiles into: states, officials with terms, firms, blocs, programmes, kinds, triggers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


class ReferenceDataError(ValueError):
    """A reference file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Country:
    code: str  # ISO alpha-3
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    institutions: tuple[str, ...]


@dataclass(frozen=True)
class Official:
    name: str
    aliases: tuple[str, ...]
    country: str
    office: str
    start: date | None
    end: date | None

    def in_office(self, on: date | None, slack_days: int = 3 * 365) -> bool:
        """True when `on` falls in the term, with slack; an unknown date accepts every term."""
        if on is None:
            return True
        if self.start and (on - self.start).days < -slack_days:
            return False
        return not (self.end and (on - self.end).days > slack_days)


@dataclass(frozen=True)
class Firm:
    name: str
    state: str | None  # None: a multinational group whose deals name no single state
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Bloc:
    name: str
    names: tuple[str, ...]
    members: tuple[tuple[str, int | None, int | None], ...]  # (code, joined year, last year) - None: open
    expand: bool = True  # False: too large for its members to be one fact's parties (NATO, EU)

    def members_on(self, on: date | None) -> tuple[str, ...]:
        """The member states on a date (today's members when the date is unknown); none for a bloc not expanded."""
        if not self.expand:
            return ()
        year = on.year if on else None
        return tuple(c for c, since, until in self.members
                     if (year is None and until is None)
                     or (year is not None and (since is None or since <= year) and (until is None or year <= until)))

    def is_membership(self, codes: list[str] | tuple[str, ...]) -> bool:
        """The states are the bloc's whole membership at some time: the bloc acting as one, not a list."""
        years = {y + d for _, since, until in self.members for y in (since, until) if y is not None for d in (-1, 0, 1)}
        ons = [None, *(date(y, 1, 1) for y in years)]
        return self.expand and any(set(codes) == set(self.members_on(on)) for on in ons)


@dataclass(frozen=True)
class Programme:
    name: str
    kind: str  # programme | equipment | mechanism
    aliases: tuple[str, ...]
    partners: tuple[str, ...]
    maker: str | None
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class AgreementKind:
    kind: str
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class Trigger:
    id: str
    family: str
    type: str
    frame: str
    lemma: str
    needs: str | None
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class StatusCue:
    status: str
    pattern: re.Pattern[str]
