"""Days near another that share its year: a day still to come a few days after the full date the line
told last ("rolled out on 26 July 2017 ... is ready for liftoff on 28 July"), and a headline's day just after
the publication ("Travelers Join Bezos on 20 July New Shepard Launch" on 16 July). `years.YearResolver`
asks these.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from ...normalize import doc_text

_DAYS_ON = 14  # how far on a day still shares the year of the day before it


def days_after_the_last(doc: Doc, span: Span, month: int, day: int | None, context_years) -> bool:
    """The date comes a few days after the last full date, told on the same line: "The craft was rolled
    out on 26 July 2017. It is ready for liftoff on 28 July" is still the time of writing, in that year."""
    full = [c for c in context_years if c[3]]
    if day is None or not full or "\n" in doc_text(doc)[full[-1][0]:span.start_char]:
        return False
    year, last_month, last_day = full[-1][1:4]
    return _days_between(year, last_month, last_day, month, day)


def days_ahead(published: dt.date | None, month: int, day: int | None) -> bool:
    """The day falls a fortnight or less after the publication date, in its year."""
    if published is None or day is None:
        return False
    return _days_between(published.year, published.month, published.day, month, day)


def _days_between(year: int, first_month: int, first_day: int, month: int, day: int) -> bool:
    """The day comes after the first one of the year, by a fortnight or less."""
    try:
        gap = (dt.date(year, month, day) - dt.date(year, first_month, first_day)).days
    except ValueError:
        return False
    return 0 < gap <= _DAYS_ON
