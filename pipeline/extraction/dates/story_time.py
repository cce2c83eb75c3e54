"""The time a story is told from, where the publication date does not say it: a bare weekday told
from an undated wire story's dateline or an archive column's day that many years back ("50 Years Ago:
..."), and an undated article's year-less day in the year the article tells it was written. A mixin of
`finder.DateFinder`: it reads `self.weekdays`, `self.tense`, `self.number_words` and `self._month`.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span

from .dateline_days import DatelineDay, archive_day, weekday_from
from .forms import count_value
from .grammar import Candidate
from .story_days import DAY_VALUE
from .years import valid_date

SHIFTS = {"next": 1, "last": -1, "this": 0}  # "next year", "March last year", "this month"
_COLUMN_HEADING = re.compile(r"\s*(\d{1,3}|[A-Za-z]+(?:[- ][A-Za-z]+)?) years ago\b", re.IGNORECASE)  # "50 Years Ago: ..."
# the column's name set off as a heading, not a lede's "Fifty years ago, the first ..."
_COLUMN_TITLE = re.compile(_COLUMN_HEADING.pattern + r"[ \t]*(?:[:|–—-]|\n)", re.IGNORECASE)


class StoryTime:
    def _told_from(self, doc: Doc, span: Span, cand: Candidate, told_from: DatelineDay | None, published,
                   last_stated: str | None, years_ago: int | None) -> str | None:
        """A bare weekday told from the dateline's day of an undated story, or (unless told in
        the present or future) from an archive column's day that many years back; None where
        neither applies."""
        target = self.weekdays[cand.groups["weekday"].lower()]
        if told_from is None and published is None:
            return None
        tense = self.tense(doc, span)
        if told_from is not None:
            return told_from.value(target, cand.start, tense)
        told = archive_day(last_stated, published, years_ago) if tense in {"past", None} else None
        return None if told is None else weekday_from(told, told.weekday(), target, tense).isoformat()

    def _column_years(self, text: str, candidates: list[Candidate], prose: bool = False) -> int | None:
        """The N of an archive column's "N years ago" in the article's first paragraph, or in its
        heading ("50 Years Ago: Gemini 7 Splashdown", no date mention of its own there); with `prose`,
        of an anniversary piece's first paragraph of prose ("Thirty-five years ago, the first Pole
        finished his mission")."""
        heading = _COLUMN_HEADING.match(text)
        if heading is not None:
            count = heading.group(1)
            return count_value(count, self.number_words)
        # (text that sets no blank line between paragraphs breaks them at each line)
        gap = "\n\n" if "\n\n" in text.strip() else "\n"
        first = text.find(gap, len(text) - len(text.lstrip()))
        while prose and first >= 0 and "." not in text[:first].rsplit(gap, 1)[-1]:
            first = text.find(gap, first + len(gap))  # past a heading's lines
        for cand in candidates:
            if first >= 0 and cand.start > first:
                break
            if cand.form == "ago" and cand.groups["unit"].startswith("year") and not cand.groups.get("ahead"):
                count = cand.groups["count"]
                return count_value(count, self.number_words)
        return None

    def _column_year(self, text: str, cand: Candidate, value: str | None, published) -> str | None:
        """A year-less day or month in an archive column headed "N years ago" ("Fifty years ago |
        Skylab astronauts return ...", the body a reprint: "Aboard USS New Orleans, Sept. 26:"), in the
        year N years before the publication."""
        heading = _COLUMN_TITLE.match(text)
        if heading is None or published is None or value is None or cand.groups.get("year") or \
                cand.groups.get("syear") or cand.groups.get("ryear") or \
                cand.form not in {"day_month", "month_day", "month_alone"}:
            return value
        year = published.year - count_value(heading.group(1), self.number_words)
        month, day = int(value[5:7]), int(value[8:10]) if len(value) == 10 else None
        if day is not None and not valid_date(year, month, day):
            return value
        return f"{year}{value[4:]}"

    def _in_own_year(self, cand: Candidate, value: str | None, own_year: int) -> str | None:
        """An undated article's year-less day, "next year" or "March last year", in the year the
        article tells it was written (`article_years.implied_year`), where a stated weekday agrees."""
        g = cand.groups
        shift = SHIFTS.get((g.get("rel") or g.get("ryear") or "").lower())
        if value is not None and value.startswith("XXXX-") and DAY_VALUE.match(value.replace("XXXX", "2000")):
            month, day = int(value[5:7]), int(value[8:10])
            year = own_year + (shift or 0)  # "December 14 last year"
            weekday = self.weekdays.get(g.get("weekday", "").lower())
            if valid_date(year, month, day) and (weekday is None or dt.date(year, month, day).weekday() == weekday):
                return f"{year}-{month:02d}-{day:02d}"
            return value
        if value is None and shift is not None and cand.form == "rel_unit" and g["unit"] == "year":
            return str(own_year + shift)
        if value is None and cand.form == "ago" and g["unit"].startswith("year"):
            count = count_value(g["count"], self.number_words)
            return str(own_year + count if g.get("ahead") else own_year - count)  # "15 years ago"
        if (value is None or value.startswith("XXXX-")) and shift is not None and cand.form == "month_rel_year":
            return f"{own_year + shift}-{self._month(g['month']):02d}"
        return value
