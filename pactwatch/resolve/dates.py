"""Fact dates at mixed precision (YYYY, YYYY-MM, YYYY-MM-DD): which ones can be the same day."""

from __future__ import annotations

from datetime import date
from functools import lru_cache


@lru_cache(maxsize=65536)
def parse(value: str | None) -> tuple[int, ...]:
    """(year,), (year, month) or (year, month, day); () for a missing or malformed date."""
    if not value:
        return ()
    parts = value.strip().split("-")
    try:
        nums = tuple(int(p) for p in parts[:3])
    except ValueError:
        return ()
    if not nums or not 1 <= len(nums) <= 3:
        return ()
    if len(nums) >= 2 and not 1 <= nums[1] <= 12:
        return ()
    if len(nums) == 3:
        try:
            date(*nums)
        except ValueError:
            return nums[:2]
    return nums


def precision(value: str | None) -> int:
    """0 no date, 1 year, 2 month, 3 day."""
    return len(parse(value))


def to_date(value: str | None) -> date | None:
    """The first day the (partial) date can mean, for term checks; None without a date."""
    nums = parse(value)
    if not nums:
        return None
    return date(nums[0], nums[1] if len(nums) > 1 else 1, nums[2] if len(nums) > 2 else 1)


def days_apart(a: str | None, b: str | None) -> int | None:
    """Days between two day-precise dates; None unless both are day-precise."""
    pa, pb = parse(a), parse(b)
    if len(pa) != 3 or len(pb) != 3:
        return None
    return abs((date(*pa) - date(*pb)).days)


def compatible(a: str | None, b: str | None, day_slack: int = 0) -> bool:
    """True when both dates can name the same day: one is a prefix of the other, or days within slack.

    A missing date is compatible with everything; the caller decides whether that is enough.
    """
    pa, pb = parse(a), parse(b)
    if not pa or not pb:
        return True
    n = min(len(pa), len(pb))
    if pa[:n] == pb[:n]:
        return True
    apart = days_apart(a, b)
    return apart is not None and apart <= day_slack


def normalise(value: str | None) -> str | None:
    """The date rewritten in canonical zero-padded form, or None when it cannot be read."""
    nums = parse(value)
    if not nums:
        return None
    return "-".join([f"{nums[0]:04d}", *(f"{n:02d}" for n in nums[1:])])
