"""The year of a year-less date ("June 5", "Thursday, Jan. 26", "that July"):
from the sentence, the paragraph the article narrates, a range's last date, a
stated weekday and the tense around the publication date; without one, only
a year the article states nearby, or none (a wrong year is worse than an
unknown one).

`YearResolver.resolve` is what the date finder asks for each such date;
`context_years` are the years the article has stated so far, as
(offset, year, month or None, day or None).
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span

from ...normalize import doc_text
from .flight_years import flight_year
from .nearby_days import days_after_the_last, days_ahead
from .grammar import DateGrammar
from .date_phrases import attributive_year, of_a_noun, since_a_point, told_of_a_noun
from .tense import TenseReader, pluperfect, pluperfect_clause

_THAT_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?that\s+year\b")  # "March 14 that year"
_YEAR_AFTER_BRACKET = re.compile(r"\)\s+in\s+(?P<year>(?:19|20)\d\d)\b")
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)  # "that July"
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_WEEKDAY = re.compile(_WEEKDAY_NAME + r"\b")  # "early Wednesday" dated by the caption
_WEEKDAY_BEFORE = re.compile(r"\b" + _WEEKDAY_NAME + r",?\s+$")  # "Wednesday, Oct. 30, 2024"
# A paragraph's dated past at least this many years before publication is the
# year of its year-less dates: an obituary's "Dec. 12" after "Dec. 4, 1965".
NARRATED_PAST_YEARS = 2
_RELATIVES = {"who", "whom", "whose", "which"}
_CONTINUED_DAYS = 60  # a story goes on within weeks of the last date it stated in full
_YEAR_AGO_DAYS = 300  # a past year-less day this far back gives way to one ...
_SOON_DAYS = 45  # ... this near ahead
_FILED_DAYS = 7  # a future day this few days before publication was written before it went out
_BEHIND_DAYS = 1  # a page's date this far behind a past day its copy tells of (a late stamp, a time zone)
# "named after the moon goddess since 2007, was launched on November 24": a period's start, not the story's year
_YEAR_WHEN = re.compile(r"\d{4},?\s+when\b")  # a year and the "when" clause its date is in
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;")
_RELATIVE_OPENED = re.compile(r"\b(?:who|whose)\b")  # "X, a flight director who helped save Apollo 13 in 1970, died March 19"
_MAIN_VERB_AFTER = re.compile(r",\s+(?:died|passed away|was|is|has|had|said|says)\s+[^,;]*$")  # "..., died March 19"


class YearResolver:
    def __init__(self, grammar: DateGrammar, tense: TenseReader, plan_words: set[str] = frozenset()):
        self.grammar = grammar
        self.tense = tense
        self.plan_words = plan_words  # "The original target date was Oct. 23": a plan, told in the past

    def resolve(self, doc, span, month, day, weekday, published, context_years, full_dates,
                historical, past_only=False, looked_back: int | None = None, pictured: bool = False) -> int | None:
        """The year of a year-less date.

        "that year", "that July": the year named last. With a publication date:
        an explicit year in the same sentence when it fits the tense; the year of
        a past the paragraph narrates in an article about the past (an obituary:
        "Gemini 7 lifted off on Dec. 4, 1965 ... on Dec. 12"); else the year around `published` that the tense and a
        stated weekday point to. Without one: the year the sentence or its
        paragraph gives, else none (a wrong year is worse than an unknown one: a
        year named in an earlier paragraph may be an aside). A stated weekday
        must agree with the year.
        """
        text = doc_text(doc)
        # "surpassed a record set in October 1984": a year told of another time is no year of the story
        context_years = [c for c in context_years if not told_of_a_noun(doc, c[0])]
        if published is None:
            # "Nobody had gone that far since the crew of Apollo 17 in December 1972": a point the story
            # measures from, not its time; nor "the same complex he had launched from in October 1962"
            # for a date not itself told in the past perfect: a past before the story's
            looked_before = not pluperfect(doc, span)
            context_years = [c for c in context_years if not since_a_point(doc, c[0])
                             and not (looked_before and pluperfect_clause(doc, c[0]))]
        range_year = self.range_end_year(text, span.end_char, month_only=day is None)
        if range_year is not None:
            return range_year  # "from April 11 to April 17, 1970", "in March and November of 2016"
        bracketed = _YEAR_AFTER_BRACKET.match(text, span.end_char)
        if bracketed is not None:
            return int(bracketed.group("year"))  # "splashed down on this day (June 6) in 1966"
        if context_years and (_THAT_YEAR_AFTER.match(text, span.end_char) or
                              _THAT_BEFORE.search(text, max(0, span.start_char - 6), span.start_char)):
            return context_years[-1][1]
        tense = self.tense(doc, span)
        if pictured and tense in {"present", None} and not days_ahead(published, month, day):
            tense = "past"  # a caption's present tells what its picture shows: "launches ... in August. File photo"
            # (but not a headline's day just ahead: "Travelers Join Bezos on 20 July New Shepard Launch" on 16 July)
        sentence_year = self._sentence_year(doc, span, context_years)
        narrated = self._paragraph_year(doc, span, month, day, context_years, undated=published is None)
        if published is None:
            if tense == "future" and sentence_year is None and not self._told_now(doc, context_years) and \
                    not days_after_the_last(doc, span, month, day, context_years):
                # "Leonov will be buried ... on 15 October" in an undated obituary: what is to come is
                # of the time of writing, and the last date it told of was in the past: no year is safe
                return None
            # "aboard since June, will hand over his post": a stay up to the time of writing, which an undated
            # article's last date, of a past it narrated, does not give
            since_now = span.start > 0 and doc[span.start - 1].lower_ == "since" and \
                any(t.tag_ in {"MD", "VBZ", "VBP"} for t in span.sent) and not self._told_now(doc, context_years)
            year = sentence_year or narrated or flight_year(doc, span, context_years) or \
                (None if since_now else self._dated_before(context_years)) or full_dates.get((month, day)) or None
            last = [c for c in context_years if c[1] == year and c[2]]
            if tense == "future" and last and (month, day or 1) < (last[-1][2], last[-1][3] or 1):
                # "We'll stay until March" in a story told on "Oct. 25, 2012", "Launched on Sept. 28, 2024, it
                # carries seats for two astronauts waiting to ride home in February": the March to come
                year += 1
            if weekday is not None and day is not None:
                # the weekday picks among the years the sentence or paragraph names, else among all
                # the article has named, the most recent first: a weekday dates the time of writing,
                # which is no earlier than the last year named ("December 2006" is an aside in a
                # blog that tells of its 2023 trip, and 2006 and 2023 share a calendar)
                named = [y for y in (sentence_year, narrated) if y is not None]
                named += sorted({c[1] for c in context_years} - set(named), reverse=True)
                full = [c for c in context_years if c[3]]
                if full and (month, day) < (full[-1][2], full[-1][3]):
                    # "launched on Dec. 21, 2009 ... landed Tuesday, June 1": the story moved on past its
                    # last full date into the next year
                    named.append(full[-1][1] + 1)
                return next((y for y in named if valid_date(y, month, day) and dt.date(y, month, day).weekday() == weekday),
                            None)
            return year
        stated = full_dates.get((month, day)) if day is not None else None
        if stated and stated == narrated and sentence_year is None and tense != "future" and \
                (weekday is None or dt.date(stated, month, day).weekday() == weekday):
            # "ended on Feb. 8, 1974 ... the first week of February 1974 ... On Feb. 8, they closed the
            # hatches": the day told again where the paragraph tells of its year (not "On April 12,
            # the 30th anniversary of STS-1", a paragraph of the time of writing)
            return stated
        past_perfect_day = day is not None and pluperfect(doc, span)
        if (historical or past_perfect_day) and narrated is not None and sentence_year is None and \
                tense != "future" and narrated <= published.year - NARRATED_PAST_YEARS and \
                self._anchored(doc, span, context_years):
            # (in a story of now too, a day in the past perfect in a paragraph dated long ago: "Today marks the
            # 50th anniversary of ... May 25, 1973 ... the station had reached orbit on May 14"; not "had hoped
            # to fly G1 in December")
            if weekday is None or day is None or (
                    valid_date(narrated, month, day) and dt.date(narrated, month, day).weekday() == weekday):
                return narrated
        if looked_back is not None and looked_back <= published.year - NARRATED_PAST_YEARS and tense == "past" and \
                sentence_year is None and narrated is None and context_years and context_years[-1][1] == looked_back:
            # an anniversary piece, "Thirty-five years ago, ..." then "flew ... in 1978. Launch happened on
            # 27th of June": the year it looks back to, where the last year it named is that one (not
            # "in March 2020 ... who turned 86 in March" after "Sixty years ago")
            if weekday is None or day is None or (
                    valid_date(looked_back, month, day) and dt.date(looked_back, month, day).weekday() == weekday):
                return looked_back
        if (day is not None or historical) and sentence_year is None and tense != "future" and \
                ((historical and narrated is None) or (tense in {"past", "planned"} and
                                                       self._anchored_just_before(span, context_years))):
            # (a news story too, where the sentence before gave the full date: "launched on April 3,
            # 1984 ... They returned to Earth on April 11"; "... on July 16, 1969. On July 20, Armstrong
            # would land the Eagle": the past's future)
            continued = self._continued_year(doc, span, month, day, published, context_years)
            if continued is not None:
                return continued
        if past_only and tense in {"past", "planned"} and sentence_year is None:
            # an article that has stated no date near its publication tells of the past it last dated:
            # "On July 15, 1975, Soyuz 19 was launched ... (a paragraph on) ... took place on July 19"
            # (its plans too: "Apollo 9 would do the same in March")
            full = [c for c in context_years if c[3]]
            if full and full[-1][1] <= published.year - NARRATED_PAST_YEARS and not self._in_aside(doc, full[-1][0]):
                _, year, anchor_month, _ = full[-1]
                year = _year_from(year, anchor_month, month)
                if weekday is None or day is None or (
                        valid_date(year, month, day) and dt.date(year, month, day).weekday() == weekday):
                    return year
        if weekday is not None and day is not None:
            # a stated weekday settles the year: "Thursday, Jan. 26" in 2023, not 1986
            for year in (sentence_year, published.year, published.year - 1, published.year + 1):
                if year and valid_date(year, month, day) and dt.date(year, month, day).weekday() == weekday:
                    return year
        if sentence_year is not None and self._consistent(sentence_year, month, day, published, tense):
            return sentence_year
        day_for_order = day or 1
        candidates = [y for y in (published.year - 1, published.year, published.year + 1) if valid_date(y, month, day_for_order)]
        if not candidates:  # "29 February" with no leap year near the publication date
            return None
        if weekday is not None and day is not None:
            matching = [y for y in candidates if dt.date(y, month, day).weekday() == weekday]
            if len(matching) == 1:
                return matching[0]
        dates = {y: dt.date(y, month, day_for_order) for y in candidates}
        # a month alone is "now" for its whole length
        reference = published.replace(day=1) if day is None else published
        if tense == "future":
            # "On March 31, Demonstration Day 2 will see ..." in a release of April 2: copy written days before
            # it went out, not a plan for next year
            filed = [y for y in candidates if day is not None and 0 < (published - dates[y]).days <= _FILED_DAYS]
            if filed:
                return filed[0]
            later = [y for y in candidates if dates[y] >= reference]
            if later:
                return min(later)
        elif tense == "past":
            earlier = [y for y in candidates if dates[y] <= published]
            soon = [y for y in candidates if 0 < (dates[y] - published).days <= _SOON_DAYS]
            if earlier and (published - dates[max(earlier)]).days > _YEAR_AGO_DAYS and soon and \
                    (of_a_noun(doc, span) or any(t.lower_ in self.plan_words for t in span.sent)):
                # "cleared the way for the launch Dec. 18" in a Dec. 4 paper: a year-less day most of a
                # year back is no news; the past verb is another clause's (not "had undocked on July 19")
                return soon[0]
            filed = [y for y in soon if day is not None and (dates[y] - published).days <= _BEHIND_DAYS]
            if earlier and (published - dates[max(earlier)]).days > _YEAR_AGO_DAYS and filed:
                # "docked ... this morning, 4 September" in a release dated 3 September: the page's date
                # is a day behind its copy, not a year ahead of it
                return filed[0]
            if earlier:
                return max(earlier)
        return min(candidates, key=lambda y: abs((dates[y] - reference).days))

    def _continued_year(self, doc: Doc, span: Span, month: int, day: int | None, published, context_years) -> int | None:
        """An article about the past going on with its story in a paragraph that states no year:
        "launched on April 3, 1984 ..." then "undocked on April 11", "launched on Sept. 17 (of 1985) ...
        by mid-October ... on Nov. 21": the year of the last date told with its month when the date falls
        within weeks after it (not "April 11" of the publication year)."""
        if not context_years or context_years[-1][3] is None or self._in_aside(doc, context_years[-1][0]):
            # a bare year or a stated month since then has moved the story on (not "in May 1963" then
            # "June 6"; not "in March 2020 ... who turned 86 in March"): it goes on from a day, or a month it reached
            return None
        if day is None and context_years[-1][0] < _paragraph_before(doc_text(doc), span.start_char):
            return None  # a month alone, only from this paragraph or the one before ("June 6, 2018 ... in July")
        _, anchor_year, anchor_month, anchor_day = context_years[-1]
        if anchor_year > published.year - NARRATED_PAST_YEARS:
            return None
        year = _year_from(anchor_year, anchor_month, month)
        if not valid_date(year, month, day or 1):
            return None
        gap = (dt.date(year, month, day or 1) - dt.date(anchor_year, anchor_month, anchor_day or 1)).days
        return year if 0 <= gap <= _CONTINUED_DAYS else None

    @staticmethod
    def _anchored_just_before(span: Span, context_years) -> bool:
        """The last full date stands in this sentence or the one before."""
        full = [c for c in context_years if c[3]]
        if not full:
            return False
        sent = span.sent
        start = sent.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
        return full[-1][0] >= start

    @staticmethod
    def _in_aside(doc: Doc, offset: int) -> bool:
        """A date in a relative clause is an aside: "Zhai, who first walked in space on 27 September 2008"."""
        token = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if token is None:
            return True
        return any(t.lower_ in _RELATIVES for t in doc[token.sent.start:token.start])

    @staticmethod
    def _consistent(year, month, day, published, tense) -> bool:
        if not valid_date(year, month, day or 1):
            return False
        date = dt.date(year, month, day or 1)
        if tense == "future":
            return date >= published.replace(day=1)
        if tense == "past":
            return date <= published
        return True

    def range_end_year(self, text: str, end: int, month_only: bool = False) -> int | None:
        m = self.grammar.range_end.match(text, end) or \
            (self.grammar.month_range_end.match(text, end) if month_only else None)
        return int(m.group("year")) if m else None

    @staticmethod
    def _sentence_year(doc: Doc, span: Span, context_years) -> int | None:
        """The last explicit year before the date in its own sentence; a bare year only where
        no new clause begins between them ("complete the station around 2022, and follows the
        launch of Tianhe in late April" is 2021's April; "on April 3, 1984, and docked on
        April 4" is 1984's)."""
        sent_start = span.sent.start_char
        text = doc_text(doc)
        # (but a "when" clause tells of the year before it: "since 1968, when Apollo 8 arrived on 27 December")
        # (nor does a relative clause's year the main verb goes on past: "X, who ... helped save the Apollo 13
        # mission in 1970 after an onboard explosion, died March 19")
        inside = [c[1] for c in context_years if c[0] >= sent_start
                  and (c[2] is not None or not _NEW_CLAUSE.search(text, c[0], span.start_char))
                  and not (c[2] is None and _RELATIVE_OPENED.search(text, sent_start, c[0])
                           and _MAIN_VERB_AFTER.search(text, c[0], span.start_char))
                  and not (c[2] is None and _SINCE_BEFORE.search(text, max(0, c[0] - 8), c[0])
                           and not _YEAR_WHEN.match(text, c[0]))
                  and not (c[2] is None and attributive_year(doc, c[0]))]
        return inside[-1] if inside else None

    def _told_now(self, doc: Doc, context_years) -> bool:
        """The last date with a month the article gave is of the time of writing: told in a clause not
        in the past ("will return ... in late March 2022"), or a news day with its weekday ("launched
        ... early Wednesday, Oct. 30, 2024"), not a past the article narrates ("made history on 18 March
        1965")."""
        dated = [c for c in context_years if c[2]]
        if not dated:
            return False
        text, offset = doc_text(doc), dated[-1][0]
        if _WEEKDAY.match(text, offset) or _WEEKDAY_BEFORE.search(text, max(0, offset - 12), offset):
            return True
        anchor = doc.char_span(offset, offset + 1, alignment_mode="expand")
        return anchor is not None and self.tense(doc, anchor) != "past"

    @staticmethod
    def _dated_before(context_years) -> int | None:
        """Before this paragraph, the last full date: never a bare year, which is as often an aside
        ("the film he made in 2007"), nor a month and year ("arrives for his last launch in April 1980",
        a caption above an undated obituary whose statement came "on June 7")."""
        full = [c for c in context_years if c[3]]
        return full[-1][1] if full else None

    @staticmethod
    def _in_paragraph(doc: Doc, span: Span, context_years) -> list:
        paragraph_start = doc_text(doc).rfind("\n\n", 0, span.start_char) + 1
        return [c for c in context_years if c[0] >= paragraph_start]

    def _anchored(self, doc: Doc, span: Span, context_years) -> bool:
        """The paragraph narrates a dated past: a full date or a month and year before the date."""
        return any(c[2] for c in self._in_paragraph(doc, span, context_years))

    def _paragraph_year(self, doc: Doc, span: Span, month: int, day: int | None, context_years,
                        undated: bool = False) -> int | None:
        """The year the paragraph is talking about where a year-less date stands:
        its last full date (the next year when the date falls before it: "Dec. 21,
        1968 ... Jan. 3"), else its first month and year; never a bare year ("he
        directed 'Salyut 7' in 2007" is an aside). Birth dates are skipped: they
        are no guide to what the article narrates."""
        in_paragraph = self._in_paragraph(doc, span, context_years)
        full = [c for c in in_paragraph if c[3]]
        with_month = [c for c in in_paragraph if c[2]]
        latest = with_month[-1] if with_month else None
        if undated and latest and not latest[3] and latest[2] == month and \
                (not full or (latest[1], latest[2]) > (full[-1][1], full[-1][2])):
            # no publication date to weigh it against, the story moving on from its full date:
            # "launched on June 10, 2003 ... landed in Jan. 2004 ... on Jan. 3" (not "a record set in
            # September 1966" after "September 10, 2024")
            return latest[1]
        if full:
            _, year, anchor_month, _ = full[-1]
            if len(full) > 1 and full[-1][0] - full[-2][0] <= _RANGE_CHARS and full[-2][1] == year and \
                    (full[-2][2], full[-2][3]) <= (month, day or 1) <= (anchor_month, full[-1][3]):
                return year  # "April 23-May 11, 1987 ... Beginning April 30": a day the range stated spans
            if pluperfect(doc, span):
                # "Spektr docked on June 1, 1995 ... Thagard, who had come up in March": before it
                return year - 1 if anchor_month and month > anchor_month else year
            return _year_from(year, anchor_month, month)
        if with_month:
            return with_month[0][1]
        return None


def valid_date(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


_RANGE_CHARS = 16  # from a range's first day to its last: "April 23-May 11, 1987"


def _year_from(anchor_year: int, anchor_month: int | None, month: int) -> int:
    """The year of a month told after a date of `anchor_month` that year: the next one when the
    month comes before it ("Dec. 21, 1968 ... Jan. 3")."""
    return anchor_year + 1 if anchor_month and month < anchor_month else anchor_year


def moved_on_from(value: str, told_on: dt.date) -> str:
    """A year-less day put most of a year before the day an undated story is told from (its own heading's
    date, no publication date) that falls weeks after it in that day's year: the story moving on ("April 17,
    1972 ... touched down on 20 April, lifted off on 24 April"), not a year back."""
    day = dt.date.fromisoformat(value)
    if not valid_date(told_on.year, day.month, day.day):
        return value
    later = day.replace(year=told_on.year)
    return later.isoformat() if (told_on - day).days > _YEAR_AGO_DAYS and 0 < (later - told_on).days <= _CONTINUED_DAYS \
        else value


def _paragraph_before(text: str, offset: int) -> int:
    """Where the paragraph before the one holding `offset` starts."""
    start = text.rfind("\n\n", 0, offset)
    return 0 if start < 0 else text.rfind("\n\n", 0, start) + 1
