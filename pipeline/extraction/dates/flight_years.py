"""The year an undated article gives a flight it names ("the 1968 Apollo 7 mission"), which
dates the days it then tells of that flight ("the space flight, which launched ... on 11
October"). `years.py` asks this for a year-less date where neither its sentence nor its
paragraph names a year.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...normalize import doc_text

# "the 1968 Apollo 7 mission", "his 1965 Voskhod 2 flight": a year that modifies a flight's name
_DATED_FLIGHT = re.compile(r"(?:19|20)\d\d\s+(?:[A-Z][\w-]*\s+){1,3}(?:\d+\s+)?(?:mission|flight|spaceflight)\b")
# the flight told of again: "on the space flight, which launched ... on 11 October"
_THE_FLIGHT = re.compile(r"\bthe\s+(?:space\s*)?(?:flight|mission|spaceflight)\b", re.IGNORECASE)
_PARAGRAPHS_BACK = 2  # the flight's paragraph and the one after it


def flight_year(doc: Doc, span: Span, context_years) -> int | None:
    """The year of a flight named with its year, where that is the last year the article gave, no more
    than a paragraph before, and the date's sentence tells of "the flight" or "the mission"."""
    if not context_years:
        return None
    text = doc_text(doc)
    offset, year, month, _ = context_years[-1]
    if month is not None or not _DATED_FLIGHT.match(text, offset):
        return None
    sent = span.sent
    if not _THE_FLIGHT.search(text, sent.start_char, sent.end_char):
        return None
    if text.count("\n\n", offset, span.start_char) >= _PARAGRAPHS_BACK:
        return None
    return year
