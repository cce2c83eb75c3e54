"""The day an undated story tells from, where it says so itself: "today, June 16th 2012",
"launched yesterday (May 28, 2013)", a weekday that shows the story has moved on into the year
after its last full date, or (naming no year) its first day stated with its weekday; and a
relative day the date after it restates. `dates.DateFinder` extends `StoryDays`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...records import DateRecord
from .grammar import Candidate
from .years import valid_date
from .dateline_days import DatelineDay

DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d$")
_RESTATED_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}  # a relative day and the date after it: "yesterday (May 28)"
_RESTATING = re.compile(r"[,(]?\s*\(?")
# a day in brackets right after the relative day it restates: "launched today (June 5)"
_RESTATED_IN_BRACKETS = re.compile(r"\b(?:" + "|".join([*_RESTATED_DAYS, "tonight"]) + r")\s*\(\s*$", re.IGNORECASE)
_RESTATED_REACH = 12  # characters of "tomorrow (" before the date


class StoryDays:
    """Needs `_month` (a month's name to its number) and `weekdays` (a weekday's name to its index)."""

    def _weekday_dated(self, candidates: list[Candidate], end: int) -> DatelineDay | None:
        """The first year-less day an undated story that names no year states with its weekday, as the
        day it tells from (where it names a year its weekday agrees with, its weekdays find their year instead:
        `weekdays_agree`; not "on Monday (Nov 8)" and "by the end of 2022", a year of another time)."""
        years = {int(c.groups["year"]) for c in candidates if str(c.groups.get("year", "")).isdigit()}
        if any("year" in c.groups for c in candidates) and not years:
            return None
        for c in candidates:
            weekday = self.weekdays.get(c.groups.get("weekday", "").lower())
            if weekday is not None and "year" not in c.groups and {"month", "day"} <= set(c.groups) and \
                    valid_date(2000, self._month(c.groups["month"]), int(c.groups["day"])):
                month, day = self._month(c.groups["month"]), int(c.groups["day"])
                if any(valid_date(y, month, day) and dt.date(y, month, day).weekday() == weekday for y in years):
                    return None
                return DatelineDay(month, day, end, weekday=weekday, start=c.start)
        return None

    def _today_stated(self, text: str, candidates: list[Candidate]) -> dt.date | None:
        """An undated story's own day where it says which day "today" (or "yesterday") is: "launched
        ... today, June 16th 2012", "launched yesterday (May 28, 2013)"."""
        for today, told in zip(candidates, candidates[1:]):
            shift = _RESTATED_DAYS.get(today.groups.get("relday", "").lower()) if today.form == "rel_day" else None
            if shift is not None and {"month", "day", "year"} <= set(told.groups) and \
                    _RESTATING.fullmatch(text[today.end:told.start]):
                year, month, day = int(told.groups["year"]), self._month(told.groups["month"]), int(told.groups["day"])
                if valid_date(year, month, day):
                    return dt.date(year, month, day) - dt.timedelta(days=shift)
        return None

    def _moved_on(self, candidates: list[Candidate]) -> dt.date | None:
        """An undated story's own day where its weekday says it has moved on into the year after its
        last full date: "landed ... Tuesday, June 1" where the crew "launched ... on Dec. 21, 2009"
        (June 1 is a Tuesday in 2010, not in 2009); else None."""
        full = [(int(c.groups["year"]), self._month(c.groups["month"]), int(c.groups["day"])) for c in candidates
                if {"month", "day", "year"} <= set(c.groups)]
        if not full:
            return None
        year, month, day = max(full)
        for c in candidates:
            weekday = self.weekdays.get(c.groups.get("weekday", "").lower())
            if weekday is None or "year" in c.groups or not {"month", "day"} <= set(c.groups):
                continue
            told = (self._month(c.groups["month"]), int(c.groups["day"]))
            if told < (month, day) and valid_date(year + 1, *told) and \
                    dt.date(year + 1, *told).weekday() == weekday and \
                    not (valid_date(year, *told) and dt.date(year, *told).weekday() == weekday):
                return dt.date(year + 1, *told)
        return None


def today_restated(text: str, records: list[DateRecord]) -> list[DateRecord]:
    """"docked today June 18th", "launched yesterday (May 28, 2013)": a relative day the day after it
    restates is that day (an undated blog updated over days, a story filed the day before its paper)."""
    kept = list(records)
    for i, (today, told) in enumerate(zip(records, records[1:])):
        if today.text.lower() in _RESTATED_DAYS and DAY_VALUE.match(told.value) and told.value[:4].isdigit() and \
                _RESTATING.fullmatch(text[today.end:told.start]):
            kept[i] = replace(today, value=told.value)
    return kept


def restates_a_relative_day(text: str, start: int) -> bool:
    """The date at `start` stands in brackets right after "today", "tonight", "yesterday" or
    "tomorrow", restating it: "launched today (June 5)"."""
    return _RESTATED_IN_BRACKETS.search(text, max(0, start - _RESTATED_REACH), start) is not None
