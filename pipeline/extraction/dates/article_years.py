"""What a whole article says about its years: whether it narrates the past, the year an
undated article was written in (a year beside "next year", a fact box's dates, a title's full
date), and the year a stated weekday allows ("Friday, May 6").

The date finder asks these once per article; `years.py` resolves each year-less date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...records import DateRecord
from .grammar import Candidate
from .dateline_days import ARCHIVE_YEARS
from .years import NARRATED_PAST_YEARS, valid_date

_YEAR_HEADLINE = re.compile(r"^\s*(?P<year>1[89]\d\d|20\d\d)\s*:\s")  # "1974: Americans end outer space marathon"
# an archive's reprint under its year: "From the archives, 1981: Space shuttle thunders into new era"
_ARCHIVE_TITLE = re.compile(r"\barchives?\b[^\n]{0,20}?\b(?P<year>1[89]\d\d|20\d\d)\b", re.IGNORECASE)
_DAY_OR_UNKNOWN = re.compile(r"^(?:\d{4}|XXXX)-\d\d-\d\d$")
_NEAR_YEARS_SHARE = 0.2  # below this share of years near the publication, an article narrates the past

# an undated article's own year, from a year it names beside "next year" or "last year": "will be
# commander next year during his mission in 2019", "targeted for November 2024, late next year"
_YEAR = r"\b(?P<year>19[5-9]\d|20\d\d)\b"
_RELATIVE_YEAR = r"\b(?P<rel>next|last) year\b"
# a fact box's dated line: "Launch Date: 1989-09-05", "Landing date: 12 December 1989"
_FACT_BOX_DATE = re.compile(r"^(?:[A-Z][a-z]+ )?[Dd]ate\s*:\s*[^\n]{0,20}?\b(?P<year>(?:19|20)\d\d)\b", re.MULTILINE)
_YEAR_BESIDE_RELATIVE = [re.compile(_RELATIVE_YEAR + r"[^.;:\n\d]{0,40}?\bin " + _YEAR, re.IGNORECASE),
                         re.compile(_YEAR + r",?\s+(?:(?:late|early|later|earlier)\s+)?" + _RELATIVE_YEAR,
                                    re.IGNORECASE),
                         # a bracket glossing the year: "a spring 2025 launch (between April and June next year)"
                         re.compile(_YEAR + r"[^.;:\n\d(]{0,30}\([^)\n\d]{0,40}?" + _RELATIVE_YEAR, re.IGNORECASE)]


def narrates_the_past(candidates: list[Candidate], published: dt.date | None) -> bool:
    """The article tells of the past (an obituary, an anniversary piece, an
    encyclopaedic page): few of its explicit years are near its publication,
    where a news story's are (its background years notwithstanding)."""
    if published is None:
        return False
    years = [int(c.groups["year"]) for c in candidates if "year" in c.groups]
    near = [y for y in years if abs(y - published.year) < NARRATED_PAST_YEARS]
    return len(years) >= 3 and len(near) < _NEAR_YEARS_SHARE * len(years)


def implied_year(text: str) -> int | None:
    """The year an undated article was written in, where every year it names beside "next year"
    or "last year" tells the same one ("next year during his mission in 2019": 2018); else the
    year of its fact box's dates, where they name one ("Launch Date: 1989-09-05" under a catalogue
    entry's "arrival at Mir on September 7"); else None."""
    found = {int(m.group("year")) - (1 if m.group("rel").lower() == "next" else -1)
             for pattern in _YEAR_BESIDE_RELATIVE for m in pattern.finditer(text)}
    if not found:
        found = {int(m.group("year")) for m in _FACT_BOX_DATE.finditer(text)}
    return found.pop() if len(found) == 1 else None


def title_year(title: str, candidates: list[Candidate]) -> int | None:
    """The year an undated article tells its story in: that of the first full date among its title's
    date candidates, else the year an "on this day" headline opens with ("1974: Americans end ...")."""
    full = next((int(c.groups["year"]) for c in candidates if {"month", "day", "year"} <= set(c.groups)), None)
    opening = _YEAR_HEADLINE.match(title)
    return full if full is not None else int(opening.group("year")) if opening else None


def archive_story_day(title: str, candidates: list[Candidate], published: dt.date | None, weekdays: dict[str, int],
                      month_of) -> dt.date | None:
    """The day an archive's reprint ("From the archives, 1981: ...") was first told: the full date in
    the title's year on the weekday its dateline names ("CAPE CANAVERAL, Sunday."), else the one full
    date the text gives in that year; None for any other article."""
    archived = _ARCHIVE_TITLE.search(title)
    if published is None or archived is None or published.year - int(archived.group("year")) < ARCHIVE_YEARS:
        return None
    year = int(archived.group("year"))
    days = [dt.date(year, month_of(c.groups), int(c.groups["day"])) for c in candidates
            if c.groups.get("year") == str(year) and c.groups.get("day") and month_of(c.groups)
            and valid_date(year, month_of(c.groups), int(c.groups["day"]))]
    weekday = next((weekdays[c.groups["weekday"].lower()] for c in candidates
                    if c.form == "weekday" and not c.groups.get("rel")), None)
    if weekday is not None:
        return next((day for day in days if day.weekday() == weekday), None)
    return days[0] if len(set(days)) == 1 else None


def weekdays_agree(records: list[DateRecord], stated: dict[tuple[int, int], int | None],
                   full_years: set[int]) -> list[DateRecord]:
    """An undated article's "Friday, May 6": the latest year of a full date the article states
    ("March 15, 2022" in an embedded post) where March 18 is a Friday, else none (a bare "2022" may
    be a plan); the same day named bare elsewhere takes that year too, and never a year the weekday
    rules out. `stated`: the weekday given to a year-less (month, day)."""
    latest = max(full_years, default=None)

    def agrees(year: int | None, month: int, day: int) -> bool:
        return year is not None and valid_date(year, month, day) and \
            dt.date(year, month, day).weekday() == stated[(month, day)]

    kept = []
    for record in records:
        month, day = (int(record.value[5:7]), int(record.value[8:10])) if _DAY_OR_UNKNOWN.match(record.value) \
            else (0, 0)
        if stated.get((month, day)) is not None and \
                not (record.value[:4].isdigit() and agrees(int(record.value[:4]), month, day)):
            year = str(latest) if agrees(latest, month, day) else "XXXX"
            record = replace(record, value=year + record.value[4:])
        kept.append(record)
    return kept
