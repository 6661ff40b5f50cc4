"""Dates lent to facts the text leaves undated: the main event's, else the day the lead tells, else the month."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from pactwatch.extract.context import Draft
from pactwatch.reference import load_reference

LEAD = 4  # sentences of the body that count as the lead
# A counted step back before the trigger's clause ("weeks after the two countries signed", "months after Jakarta agreed
# to buy"): that event came before the story's, on a day the text does not give.
BACKGROUND_STEP = re.compile(r"\b(?:days|weeks|months|years|(?:a|one|two|three|four|five|six|several|a few) "
                             r"(?:days?|weeks?|months?|years?)) after\b[^,;.]*$", re.I)
TODAY = re.compile(r"\btoday\b(?![’']s)", re.I)  # "signed today", not "today's world"


def fill_dates(drafts: list[Draft], published: date | None, dyad: tuple[str, ...],
               told_day: date | None = None, day: str | None = None) -> list[Draft]:
    """Undated facts take the main event's date, else the day the lead tells, else the publication month ("today" in
    the lead, when the dates read none there, is the page's own publication day)."""
    lead = [d for d in drafts if d.own_date and d.date and len(d.date) >= 7 and d.sentence.index <= LEAD + 2
            and (len(dyad) < 2 or set(dyad) <= set(d.parties)) and not _looks_back(d)]
    out = []
    for d in drafts:
        if d.date is None and told_day and d.sentence.index <= LEAD and TODAY.search(d.sentence.text):
            d = replace(d, date=told_day.isoformat(), own_date=True)
        if d.date is None and BACKGROUND_STEP.search(d.sentence.text[max(0, d.trigger[0] - 70) : d.trigger[0]]):
            out.append(d)  # "weeks after the two countries signed a defence pact": before the story, its day untold
            continue
        if d.date is None and not _looks_back(d) and not d.keep_undated:
            lenders = [a for a in lead if not _other_step(a, d) and not _ahead_of(a, d, published)]
            before = [a for a in lenders if a.sentence.index <= d.sentence.index]
            month = published.isoformat()[:7] if published else None
            later = [a for a in lenders if month is None or a.date.startswith(month) or _near(a.date, published)]
            same = [a for a in later if a.type == d.type and a.parties == d.parties]
            if before:
                d = replace(d, date=_lead_event(before, published).date)
            elif later:  # the lead tells the day a sentence later, of the same event first ("The deal was signed on ...")
                d = replace(d, date=(same or later)[0].date)
            elif day and d.type != "budget" and not any(_other_step(a, d) and a.date == day for a in drafts):
                d = replace(d, date=day)  # not a figure (its date is a year or month), not another step's day
            elif month:
                d = replace(d, date=month)
        out.append(d)
    return out


def _lead_event(lenders: list[Draft], published: date | None) -> Draft:
    """The lead's own event among the dated facts before: the first sentence's, and there the day nearest the report
    ("met on Wednesday, weeks after their navies drilled in April"); a background fact told later in the lead ("In
    March, the troops held a drill") or another clause's event does not lend its date to the story's undated facts."""
    first = min(a.sentence.index for a in lenders)
    told = [a for a in lenders if a.sentence.index == first]
    if published is None:
        return told[-1]
    ahead = published.isoformat()
    return max(told, key=lambda a: (a.date[:10] <= ahead or _near(a.date, published), len(a.date), a.date))


def lead_day(dates: list[list], published: date | None) -> str | None:
    """The day the lead tells for its story ("declared their first dialogue a success on Tuesday"), when it is at most a
    few days before publication: undated facts with no dated fact to borrow from take it rather than the month.
    A day after publication is a preview ("will meet on Thursday"), whose facts keep the month."""
    for told in dates[: LEAD + 1]:
        days = [m for m in told if not m.other and len(m.value) == 10 and _near(m.value, published)
                and published is not None and m.value <= published.isoformat()]
        if days:
            return days[0].value
    return None


def _other_step(lender: Draft, d: Draft) -> bool:
    """"ratified the pact ... it was signed on 13 August 2024": a pact's signing day is not its ratification's."""
    return lender.type != d.type and lender.type.startswith("agreement_") and d.type.startswith("agreement_") \
        and lender.parties == d.parties


def _ahead_of(lender: Draft, d: Draft, published: date | None) -> bool:
    """A day still to come ("the dialogue will be held on Friday") dates no act the text tells as done."""
    return published is not None and d.status == "occurred" and lender.date[:10] > published.isoformat()[: len(lender.date)]


def _near(value: str, published: date | None, days: int = 10) -> bool:
    """A day-precision date within a few days of publication (news reports last week's events)."""
    if published is None or len(value) != 10:
        return False
    return abs((date.fromisoformat(value) - published).days) <= days


def _looks_back(d: Draft) -> bool:
    """The sentence itself looks back ("earlier", "since"); an aside in a relative clause does not count."""
    main = re.sub(r",\s+(?:who|which|whose)\b[^,]*,", " ", d.sentence.text)
    return bool(load_reference().looking_back.search(main))
