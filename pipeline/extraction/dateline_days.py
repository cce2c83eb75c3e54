"""The days of an undated wire story told from its dateline's day.

"BAIKONUR, May 29 (RIA Novosti) - A rocket blasted off early on Wednesday":
without a publication date the year stays unknown, but the lede's weekday is
the dateline's day (XXXX-05-29), and a later "Tuesday" the day before it. A
lede that looks ahead ("will dock on Friday") says nothing of the dateline's
weekday, and no weekday is then resolved this way.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_PLACE = re.compile(r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*,")  # "BAIKONUR,", "Jiuquan,"
_REFERENCE_YEAR = 2001  # not a leap year: month and day arithmetic for a year nobody knows
_NEAREST = 3  # days either way a weekday told in no clear tense lies from the dateline's


@dataclass
class DatelineDay:
    month: int
    day: int
    lede_end: int  # where the dateline's paragraph ends
    weekday: int | None = None  # learnt from the lede's first weekday

    def value(self, target: int, start: int, tense: str | None) -> str | None:
        """The XXXX-MM-DD of a bare weekday (Monday is 0) at `start`, told in `tense`."""
        if self.weekday is None:
            if start > self.lede_end or tense in {"future", "planned"}:
                return None
            self.weekday = target
            return f"XXXX-{self.month:02d}-{self.day:02d}"
        ahead = (target - self.weekday) % 7
        if tense == "future":
            offset = ahead
        elif tense == "past":
            offset = ahead - 7 if ahead else 0
        else:
            offset = ahead if ahead <= _NEAREST else ahead - 7
        day = dt.date(_REFERENCE_YEAR, self.month, self.day) + dt.timedelta(days=offset)
        return f"XXXX-{day.month:02d}-{day.day:02d}"


def dateline_day(text: str, start: int, end: int, month: int, day: int) -> DatelineDay | None:
    """A year-less date at `start:end` heading its line after a place ("MOSCOW, May 29"), else None."""
    line_start = text.rfind("\n", 0, start) + 1
    if not _PLACE.fullmatch(text[line_start:start].strip(" *_#")):
        return None
    try:
        dt.date(_REFERENCE_YEAR, month, day)
    except ValueError:
        return None
    lede_end = text.find("\n\n", end)
    return DatelineDay(month, day, len(text) if lede_end < 0 else lede_end)
