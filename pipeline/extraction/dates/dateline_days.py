"""Weekdays told from a day other than the publication date.

An undated wire story is told from its dateline's day: "BAIKONUR, May 29 (RIA
Novosti) - A rocket blasted off early on Wednesday": without a publication
date the year stays unknown, but the lede's weekday is the dateline's day
(XXXX-05-29), and a later "Tuesday" the day before it. A lede that looks ahead
("will dock on Friday") says nothing of the dateline's weekday, and no weekday
is then resolved this way.

An archive column ("50 years ago") is told from its own day that many years
back: in a column of 7 July 2024, "In July 1974: Soyuz 14 docked on Friday"
is Friday 5 July 1974, not the Friday before the column's date.

A story reprinted below its own date line ("July 12, 1979" on a line of its
own, "Brussels, 17 Oct 2003", "HT This Day: July 1, 1971 -- ...", "JIUQUAN,
Gansu, Oct. 15, 2003 (Xinhuanet) -- ...", "First published ... on November
30th, 1967.") is told from that day:
`own_date_line`. So is wire copy filed a day or three before its paper
("Moscow, August 19 - ... returned today" in the paper of August 20):
`filed_on`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ...records import DateRecord
from .grammar import Candidate
from .years import valid_date

# "BAIKONUR,", "Tanegashima, Kagoshima Pref.,", "JIUQUAN (China),"
_PLACE = re.compile(r"(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*(?:\s+\([A-Z][\w .'-]*\))?,\s*){1,3}")
_REFERENCE_YEAR = 2001  # not a leap year: month and day arithmetic for a year nobody knows
_SHORT_DATELINE_PARAGRAPH = 200  # characters: a dateline paragraph this short is a preamble to the lede
FILED_BEFORE = 3  # days a wire story's dateline may precede its paper's date
_NEAREST = 3  # days either way a weekday told in no clear tense lies from the dateline's
DATE_LINE_REACH = 400  # characters from the top where an article states its own date
# "Brussels," before a dateline's date; an archive column's label, "HT This Day:"
_LINE_PLACE = re.compile(r"(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*,\s*){0,2}(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*[,:])?")
_LEAD_SEPARATOR = re.compile(r"(?:[-–—]|--)\s")  # "June 19, 1963 - Valentina ..."
# "28th December, 1968 : After a six-day flight ... ship. The crew ...": a colon before a paragraph of
# sentences (not a history page's "July 4, 1997: Sojourner arrives on Mars", a headline)
_LEAD_COLON = re.compile(r":\s+(?=\S[^\n]{60,}?[.!?]\s)")
_SOURCE = re.compile(r"\([^()\n]{1,60}\)")  # "(The San Diego Union)" after it
ARCHIVE_YEARS = 10  # a report this much older than its publication is reprinted from an archive


@dataclass
class DatelineDay:
    month: int
    day: int
    lede_end: int  # where the dateline's paragraph ends
    weekday: int | None = None  # learnt from the lede's first weekday
    start: int = 0  # where the dateline's date stands
    today_named: bool = False  # the story has called its dateline's day "today"

    def value(self, target: int, start: int, tense: str | None) -> str | None:
        """The XXXX-MM-DD of a bare weekday (Monday is 0) at `start`, told in `tense`."""
        if self.weekday is None:
            if start > self.lede_end or tense in {"future", "planned"}:
                return None
            if self.today_named:
                return None  # "blasted aloft today ... Soyuz 6, launched on Saturday": another day (the lede
                # calls its own day "today")
            self.weekday = target
            return f"XXXX-{self.month:02d}-{self.day:02d}"
        day = weekday_from(dt.date(_REFERENCE_YEAR, self.month, self.day), self.weekday, target, tense)
        return f"XXXX-{day.month:02d}-{day.day:02d}"

    def weekday_around(self, target: int, rel: str) -> str | None:
        """The XXXX-MM-DD of "last Saturday" (rel "last") or "next Monday" ("next") told on the dateline's
        day, once the lede has said which weekday that is; None otherwise."""
        if self.weekday is None or rel not in {"last", "next"}:
            return None
        if rel == "last":
            shift = -((self.weekday - target) % 7 or 7)
        else:
            shift = (target - self.weekday) % 7 or 7
        return self.relative(shift)

    def relative(self, shift: int) -> str | None:
        """The XXXX-MM-DD of "today" (0), "yesterday" (-1) or "tomorrow" (1) told on the dateline's day;
        None across a year's end, which no year-less value can say."""
        self.today_named |= shift == 0
        day = dt.date(_REFERENCE_YEAR, self.month, self.day) + dt.timedelta(days=shift)
        return f"XXXX-{day.month:02d}-{day.day:02d}" if day.year == _REFERENCE_YEAR else None


def weekday_from(anchor: dt.date, anchor_weekday: int, target: int, tense: str | None) -> dt.date:
    """The day of weekday `target` told from `anchor`: the coming one in the future, the
    last one (or the anchor itself) in the past, else the nearer one."""
    ahead = (target - anchor_weekday) % 7
    if tense == "future":
        offset = ahead
    elif tense == "past":
        offset = ahead - 7 if ahead else 0
    else:
        offset = ahead if ahead <= _NEAREST else ahead - 7
    return anchor + dt.timedelta(days=offset)


def archive_day(last_stated: str | None, published: dt.date, years_ago: int | None) -> dt.date | None:
    """The day an archive column's report was told from: the column's own day `years_ago`
    years back, where its first paragraph says "50 years ago" and `last_stated`, the value of
    the last date stated with a year before the weekday, is of that year."""
    if years_ago is None or years_ago < ARCHIVE_YEARS or last_stated is None:
        return None
    year = published.year - years_ago
    if last_stated[:4] != str(year):
        return None
    return published.replace(year=year, day=min(published.day, 28 if published.month == 2 else published.day))


def archive_relative(records: list[DateRecord], cand: Candidate, published: dt.date, years_ago: int,
                      relative_days: dict[str, int]) -> str | None:
    """"today" in the story an archive column reprints ("50 Years Ago ... The Tribune from December 18,
    1965, provides the top story"): that many years before the column's day, where a day of that
    year is stated before it; else None (the publication's own day)."""
    year = published.year - years_ago
    if not any(r.value.startswith(f"{year}-") and len(r.value) == 10 for r in records):
        return None
    day = published.replace(year=year, day=min(published.day, 28 if published.month == 2 else published.day))
    return (day + dt.timedelta(days=relative_days[cand.groups["relday"].lower()])).isoformat()


def dateline_day(text: str, start: int, end: int, month: int, day: int) -> DatelineDay | None:
    """A year-less date at `start:end` heading its line after a place ("MOSCOW, May 29"), else None."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip(" *_#")
    if before.startswith("("):  # a wire's credit first: "(Wire Service) MOSCOW, October 13."
        before = _SOURCE.sub("", before, count=1).lstrip()
    if ")" in before and not _PLACE.fullmatch(before):
        # a headline glued before its wire's credits: "Safe Return (N.Z.P.A.-Reuter) (Rec. 11 p.m.) MOSCOW, April 12."
        before = before[before.rfind(")") + 1:].lstrip()
    if not _PLACE.fullmatch(before):
        return None
    try:
        dt.date(_REFERENCE_YEAR, month, day)
    except ValueError:
        return None
    lede_end = text.find("\n\n", end)
    if 0 <= lede_end and len(text[line_start:lede_end]) <= _SHORT_DATELINE_PARAGRAPH:
        # "JIUQUAN (China), Oct. 31: The mission is a success, reported Xinhua." and the news in the
        # paragraph after it
        lede_end = text.find("\n\n", lede_end + 2)
    return DatelineDay(month, day, len(text) if lede_end < 0 else lede_end, start=start)


def find_dateline_day(text: str, candidates: list[Candidate], month_of) -> DatelineDay | None:
    """The year-less date of a dateline near the top: "MOSCOW, May 29 (TASS) -"."""
    for cand in candidates:
        if cand.start > DATE_LINE_REACH:
            break
        if cand.form in {"month_day", "day_month"} and "year" not in cand.groups:
            found = dateline_day(text, cand.start, cand.end, month_of(cand.groups["month"]), int(cand.groups["day"]))
            if found is not None:
                return found
    return None


def filed_on(found: DatelineDay | None, published: dt.date | None) -> tuple[dt.date, int] | None:
    """The day a dateline gives a day or a few before the paper's date ("Moscow, August 19 - ... returned
    today" in the paper of August 20), and where it stands: the story is told from that day."""
    if found is None or published is None:
        return None
    for year in (published.year, published.year - 1):
        if valid_date(year, found.month, found.day) and \
                1 <= (published - dt.date(year, found.month, found.day)).days <= FILED_BEFORE:
            return dt.date(year, found.month, found.day), found.start
    return None


def reprint_line(cues: list[str]) -> re.Pattern:
    """A reprint's note of its first day, before the date: "First published in the Sydney Morning
    Herald on", "This article originally appeared on"."""
    return re.compile(r"(?:This (?:article|story|report) )?(?:was )?(?:" + "|".join(map(re.escape, cues))
                      + r")\b[^\n.]{0,80}(?:\b(?:on|in)|\s\()", re.IGNORECASE)


def own_date_line(text: str, candidates: list, month_of, reprinted: re.Pattern) -> tuple[dt.date | None, int]:
    """A full date standing on a line of its own near the top, alone or as a dateline's
    place and date ("July 12, 1979", "Brussels, 17 Oct 2003", "(The San Diego Union)" after it),
    or opening the story's first line before a dash or colon ("June 19, 1963 - Valentina ..."),
    or a reprint's note of its first day ("First published ... on November 30th, 1967.", "quoted from New York
    Times (FEB-10-1975), ...")."""
    for cand in candidates:
        if cand.start > DATE_LINE_REACH:
            break
        if not {"month", "day", "year"} <= set(cand.groups):
            continue
        line_start = text.rfind("\n", 0, cand.start) + 1
        line_end = text.find("\n", cand.end)
        before = text[line_start:cand.start].strip(" *_#")
        after = text[cand.end:len(text) if line_end < 0 else line_end].strip(" *_")
        # "JIUQUAN, Gansu, Oct. 15, 2003 (Xinhuanet) -- China sent ...": the source, then the story
        lead = _SOURCE.sub("", after, count=1).lstrip() if after.startswith("(") else after
        if (_LINE_PLACE.fullmatch(before) and (not after or _SOURCE.fullmatch(after) or _LEAD_SEPARATOR.match(lead)
                                               or _LEAD_COLON.match(lead))) or \
                (reprinted.fullmatch(before) and (after in {"", "."} or (before.endswith("(") and after.startswith(")")))):
            year, month, day = int(cand.groups["year"]), month_of(cand.groups["month"]), int(cand.groups["day"])
            return (dt.date(year, month, day) if valid_date(year, month, day) else None), cand.start
    return None, len(text)
