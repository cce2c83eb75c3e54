"""Values of the date forms that need no year resolved against the article: a numeric date
("10/5/20"), a bare ordinal day after a dated one ("returned on the 13th"), a relative day
("yesterday"), a weekday's numbered day ("Thursday 14th"). `dates.DateFinder` asks these.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import dateparser

from ...records import DateRecord
from .grammar import Candidate
from .years import valid_date

_ORDINAL_REACH = 200  # characters from a dated day to "the 13th" that takes its month
_ANY_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-\d{2}-\d{2}$")
_PLANNED_YEARS = 5
_WEEKDAY_DAY_MONTHS = 2  # months either side of the publication "Thursday 14th" may fall in
_SHORT_YEAR_PIVOT = 30  # "'29" is 2029, "'30" is 1930 where no publication date tells


def day_of_the_month_told(records: list[DateRecord], cand: Candidate) -> str | None:
    """"launched 12 October 1964, and returned on the 13th": a bare ordinal day in the month of the
    day stated just before it (the next month where the day number is smaller); else no date."""
    before = [r for r in records if 0 <= cand.start - r.end <= _ORDINAL_REACH and _ANY_DAY_VALUE.match(r.value)]
    if not before:
        return None
    year, month, day = before[-1].value.split("-")
    oday = int(cand.groups["oday"])
    month_number = int(month)
    if oday < int(day):
        month_number += 1
        if month_number > 12:
            if not year.isdigit():
                return None
            year, month_number = str(int(year) + 1), 1
    if year.isdigit() and not valid_date(int(year), month_number, oday):
        return None
    return f"{year}-{month_number:02d}-{oday:02d}"


def count_value(text: str, number_words: dict[str, int]) -> int | None:
    """The number a count is written as: "35", "five", "Thirty-five", "twenty five"."""
    if text.isdigit():
        return int(text)
    parts = re.split(r"[-\s]+", text.lower())
    values = [number_words.get(p) for p in parts]
    return None if None in values else sum(values)


def numeric_date(first: int, second: int, year_text: str, published: dt.date | None) -> str | None:
    """"10/5/20": month first as US copy writes it, day first where the first number cannot be a
    month ("25/12/2020") or where that reading lies nearer the publication date ("5/10/20" in a
    paper of 6 October 2020); a two-digit year in the century that puts it nearest the publication."""
    year = int(year_text)
    if len(year_text) == 2:
        now = published.year if published is not None else dt.date.today().year
        year += 2000 if 2000 + year <= now + 1 else 1900
    readings = [(m, d) for m, d in ((first, second), (second, first)) if m <= 12 and valid_date(year, m, d)]
    if not readings:
        return None
    if published is not None and len(readings) == 2:
        readings.sort(key=lambda r: abs((dt.date(year, *r) - published).days))
    month, day = readings[0]
    return f"{year}-{month:02d}-{day:02d}"


@lru_cache(maxsize=4096)
def parse_relative(word: str, published: dt.date) -> dt.date | None:
    """"yesterday", "today", "tomorrow" from the publication date (dateparser)."""
    base = dt.datetime(published.year, published.month, published.day, 12)
    parsed = dateparser.parse(word, languages=["en"], settings={"RELATIVE_BASE": base})
    return parsed.date() if parsed else None


def two_digit_year(two_digits: str, published: dt.date | None) -> int:
    """The year of "'92": the latest one at most a few years after the publication's (a plan,
    "by June of '25"); where the article gives no date, 19xx from '30 on, else 20xx."""
    short = int(two_digits)
    if published is None:
        return (2000 if short < _SHORT_YEAR_PIVOT else 1900) + short
    year = published.year // 100 * 100 + short
    return year if year <= published.year + _PLANNED_YEARS else year - 100


def weekday_day(weekday: int, day: int, published: dt.date | None) -> str | None:
    """"Thursday 14th": the day of that number nearest the publication that falls on that weekday."""
    if published is None:
        return None
    found = []
    for shift in range(-_WEEKDAY_DAY_MONTHS, _WEEKDAY_DAY_MONTHS + 1):
        year, month = divmod(published.year * 12 + published.month - 1 + shift, 12)
        if valid_date(year, month + 1, day) and dt.date(year, month + 1, day).weekday() == weekday:
            found.append(dt.date(year, month + 1, day))
    nearest = min(found, key=lambda d: abs((d - published).days), default=None)
    return nearest.isoformat() if nearest is not None else None
