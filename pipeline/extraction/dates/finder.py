"""Dates: find calendar expressions, normalise them against the publication date.

Finding is a small grammar of regular expressions (dateparser's search gives no
offsets and reads "we" or "T-9" as dates); a span's value comes from its own
parts (day, month, year) checked as a calendar date, dateparser reading only
the relative words ("yesterday") against the publication date, and its
granularity comes from the span's form.

The component writes `doc._.dates`: DateRecords with exact character offsets
(a date may cut a token: "1961" in "1961–1963").
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...normalize import doc_text, sentence_text
from ...records import DateRecord
from ...resources import load_json
from .. import extensions  # noqa: F401  (registers the doc._ attributes it reads and writes)
from ..captions import caption_lines, in_caption
from .forms import count_value, day_of_the_month_told, numeric_date, parse_relative, two_digit_year, weekday_day
from .candidates import DateCandidates
from .grammar import Candidate, DateGrammar
from ..spacecraft.class_mentions import in_a_headline
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY
from .story_days import DAY_VALUE, StoryDays, restates_a_relative_day, today_restated
from .article_years import archive_story_day, implied_year, narrates_the_past, title_year, weekdays_agree
from .years import NARRATED_PAST_YEARS, YearResolver, moved_on_from, valid_date
from .dateline_days import archive_relative, filed_on, find_dateline_day, own_date_line, reprint_line
from .date_phrases import apposed_year
from .story_time import SHIFTS, StoryTime
from .tense import TenseReader

_SEASON_BEFORE = re.compile(r"\b(summer|winter|spring|autumn|fall)\s+(?:of\s+)?$", re.IGNORECASE)
_SEASON_MONTH = {"spring": 4, "summer": 7, "autumn": 10, "fall": 10, "winter": 1}
_BIRTH = re.compile(r"\b(?:born|birth|birthday)\b", re.IGNORECASE)
# a picture's place or credit: "(left)", "from left", "[Photo/Xinhua]"
_PICTURE_PLACES = re.compile(r"(?:,\s*|\()(?:left|right|center|centre)(?:,|\))|\b(?:from|left to|right to) (?:left|right)\b"
                             r"|[\[(](?:Photo|Image|Picture)\b"
                             # "The Soyuz lifts off Saturday in this NASA image", "... is seen in this handout photo"
                             r"|\bin (?:this|these) (?:[\w-]+ ){0,2}(?:image|photo|photograph|picture|video grab)s?\b")
_YEAR_STATED = re.compile(r"\b\d{4}\b")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_LATER_THAT = re.compile(r"\b(?:later|earlier)\s+$", re.IGNORECASE)  # "later Friday": the Friday told
# "June 19, 1963 - Valentina Tereshkova ... returned today"; not a history page's "July 4, 1997: Sojourner Arrives"
_URL = re.compile(r"(?:https?://|www\.)\S+")
_TOLD_VALUE = re.compile(r"^\d{4}-\d\d(?:-\d\d)?$")  # a day's or a month's value in a known year


class DateFinder(StoryDays, StoryTime):
    def __init__(self, words: str = "date_words.json"):
        vocab = load_json(words)
        self.grammar = DateGrammar(vocab)
        self.candidates = DateCandidates(vocab, self.grammar)
        self.months = {k.lower(): v for k, v in vocab["months"].items()}
        self.weekdays = {k.lower(): v for k, v in vocab["weekdays"].items()}
        self.relative_days = vocab["relative_days"]
        self.tense = TenseReader(vocab["future_cues"], vocab["event_nouns"], vocab["event_verbs_read_as_nouns"],
                                 vocab["deferring_verbs"], vocab["readying_words"])
        self.years = YearResolver(self.grammar, self.tense, set(vocab["plan_words"]))
        self.number_words = vocab["number_words"]
        self.caption_markers = tuple(vocab["caption_markers"])
        self.reprinted = reprint_line(vocab["reprint_cues"])
        # a day told from east of the paper: "docked on Sunday (Beijing time)" in Saturday's paper
        self.later_time_zones = re.compile(r"\b(?:" + "|".join(map(re.escape, vocab["later_time_zones"])) + r")\b",
                                           re.IGNORECASE)

    def _month(self, word: str) -> int:
        return self.months[word.rstrip(".").lower()]

    def _month_of(self, groups: dict) -> int | None:
        """A candidate's month, named ("Oct.") or numbered ("1999-06-06"); None where it has none."""
        month = groups.get("month") or groups.get("mnum")
        return None if not month else int(month) if month.isdigit() else self._month(month)

    def __call__(self, doc: Doc) -> Doc:
        published: dt.date | None = doc._.published
        blocked = [(s.start_char, s.end_char) for s in doc.spans.get(SPACECRAFT_KEY, [])]
        blocked += [(m.start(), m.end()) for m in _URL.finditer(doc_text(doc))]
        records = []
        context_years: list[tuple[int, int, int | None, int | None]] = []  # (offset, year, month, day) so far
        candidates = self.candidates.find(doc_text(doc), blocked)
        # an archive's reprint, a release posted later, wire copy filed the day before its paper ("Moscow,
        # August 19 - ... returned today"): below its own date line, that is its time
        dated, dated_at = own_date_line(doc_text(doc), candidates, self._month, self.reprinted)
        stamp_at = dated_at  # (a blog's own date line is no date the story tells of)
        dateline = find_dateline_day(doc_text(doc), candidates, self._month)
        if dated is None or (published is not None and dated >= published):
            dated, dated_at = filed_on(dateline, published) or (published, len(doc_text(doc)))
        if dated is None:
            dated, dated_at = self._today_stated(doc_text(doc), candidates) or self._moved_on(candidates), 0
        if dated == published:
            dated = archive_story_day(doc._.title or "", candidates, published, self.weekdays, self._month_of) or dated
            dated_at = 0 if dated != published else dated_at
        doc._.told_on = dated
        last_day: dt.date | None = None  # the last day stated with its weekday: "Monday, February 27"
        historical = narrates_the_past(candidates, published)
        # (or, with no dateline, the undated story's first year-less day stated with its weekday: "On
        # Thursday, January 18th, ... was scheduled to dock early Saturday morning")
        told_from = (dateline or self._weekday_dated(candidates, len(doc_text(doc)))) if published is None else None
        # (or the year of a full date in its title: "May 3 1979" over a day-by-day page's "May 4")
        title = doc._.title or ""
        own_year = implied_year(doc_text(doc)) or title_year(title, self.candidates.find(title, [])) \
            if published is None else None
        years_ago = self._column_years(doc_text(doc), candidates)
        looked_back = self._column_years(doc_text(doc), candidates, prose=True)
        looked_back = None if looked_back is None or published is None else published.year - looked_back
        near_publication = False  # a date stated so far within a year of the publication date
        last_stated: str | None = None  # the value of the last date stated with its year ("July 1974")
        # "June 5" where the article states "Wednesday, June 5, 2024" elsewhere, before or after
        full_dates: dict[tuple[int, int], int] = {}
        for c in candidates:
            month = self._month_of(c.groups)  # (a stamp's number too: "1999-06-06" heading a chronology's page)
            if {"day", "year"} <= set(c.groups) and month is not None:
                key = (month, int(c.groups["day"]))
                # (a day stated in two years, "April 12, 1961" and "April 12, 1981", names neither)
                full_dates[key] = int(c.groups["year"]) if full_dates.get(key, int(c.groups["year"])) == \
                    int(c.groups["year"]) else 0
        for cand in candidates:
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None:
                continue
            value = None
            if cand.form == "weekday" and not cand.groups.get("rel"):
                value = self._told_from(doc, span, cand, told_from, published, last_stated, years_ago)
            elif cand.form == "weekday" and published is None and told_from is not None:
                # "was rocketed into orbit last Saturday" in wire copy dated "March 8" whose lede's Friday
                # is that day
                value = told_from.weekday_around(self.weekdays[cand.groups["weekday"].lower()],
                                                 cand.groups["rel"].lower())
            if cand.form == "rel_day" and published is None and dateline is not None:
                # an undated wire story's "today" is its dateline's day: "ISS, November 27. /TASS/. ... Today at
                # 3:34 p.m."
                value = dateline.relative(self.relative_days[cand.groups["relday"].lower()])
            if cand.form == "rel_day" and years_ago is not None and published is not None and dated == published:
                # an archive column's reprint with no date line of its own: "today" is its story's day
                value = archive_relative(records, cand, published, years_ago, self.relative_days)
            if cand.form == "ordinal_day":
                value = day_of_the_month_told(records, cand)
                if value is None:
                    continue
            # nothing stated so far near the publication date: a past the article tells of, not news
            past_only = published is not None and bool(records) and not near_publication
            value = value or self._value(doc, cand, span, dated if cand.start >= dated_at else published,
                                         context_years, full_dates, historical, last_day, past_only,
                                         looked_back)
            if published is None and dated is not None and value is not None and DAY_VALUE.match(value) and \
                    value[:4].isdigit() and not cand.groups.get("year"):
                value = moved_on_from(value, dated)
            if cand.form == "weekday" and not cand.groups.get("rel") and _LATER_THAT.search(
                    doc_text(doc), max(0, cand.start - 10), cand.start):
                # "returned on Friday ... were scheduled to fly later Friday": the day told before, later on
                value = next((r.value for r in reversed(records) if DAY_VALUE.match(r.value) and r.value[:4].isdigit()
                              and dt.date.fromisoformat(r.value).weekday() == self.weekdays[cand.groups["weekday"].lower()]),
                             value)
            if own_year is not None:
                value = self._in_own_year(cand, value, own_year)
            if cand.form == "rel_unit" and doc_text(doc)[cand.start:cand.end].lower() == "next year" \
                    and _THE_BEFORE.search(doc_text(doc), max(0, cand.start - 4), cand.start) and context_years:
                value = str(context_years[-1][1] + 1)  # "The next year": the year after the one the story told last
            if years_ago is not None:  # (its dateline's day too: "Aboard USS New Orleans, Sept. 26:")
                value = self._column_year(doc_text(doc), cand, value, published)
            if dated is None and value is not None and DAY_VALUE.match(value) and not cand.groups.get("year") and \
                    restates_a_relative_day(doc_text(doc), cand.start):
                value = "XXXX" + value[4:]  # "launched today (June 5)" in an undated story: the day of writing,
                # in no year an earlier aside's date gives ("since the last flight on May 15, 1963")
            if value is not None and cand.form != "weekday" and cand.groups.get("weekday") and DAY_VALUE.match(value):
                last_day = dt.date.fromisoformat(value)
            if cand.groups.get("year") and not _BIRTH.search(span.sent.text):
                month = self._month_of(cand.groups)
                season = _SEASON_BEFORE.search(doc_text(doc), max(0, cand.start - 12), cand.start)
                month = month or (_SEASON_MONTH[season.group(1).lower()] if season else None)  # "in summer 2003"
                day = int(cand.groups["day"]) if cand.groups.get("day") else None
                context_years.append((cand.start, int(cand.groups["year"]), month, day))
            elif published is None and value is not None and DAY_VALUE.match(value) and \
                    not _BIRTH.search(span.sent.text) and \
                    (cand.groups.get("weekday") or
                     any(span.sent.start_char <= c[0] < cand.start and c[1] == int(value[:4]) for c in context_years)
                     or self.years.range_end_year(doc_text(doc), cand.end) == int(value[:4])):
                # an undated article's year-less date that its own sentence or its weekday dated: the story's
                # time from there on ("in 1992 launched on Sept. 12 ... (a paragraph on) landed on Sept. 20"), or
                # the range it opens ("April 23-May 11, 1987")
                context_years.append((cand.start, int(value[:4]), int(value[5:7]), int(value[8:10])))
            elif historical and value is not None and _TOLD_VALUE.match(value) and \
                    int(value[:4]) <= published.year - NARRATED_PAST_YEARS and not _BIRTH.search(span.sent.text):
                # an article about the past: where a year-less date took the story, it goes on from there
                # ("launched on Sept. 17 ... by mid-October ... on Nov. 21" of 1985 in a 2002 obituary); a month
                # it reached so has day 0, which no stated month has
                context_years.append((cand.start, int(value[:4]), int(value[5:7]),
                                      int(value[8:10]) if len(value) == 10 else 0))
            if value is not None:
                text = doc_text(doc)[cand.start:cand.end]
                records.append(DateRecord(text, value, cand.start, cand.end, sentence_text(span)))
                near_publication = near_publication or (published is not None and value[:4].isdigit()
                                                        and abs(int(value[:4]) - published.year) <= 1
                                                        and cand.start != stamp_at)
                if _YEAR_STATED.search(text):  # not "50 years ago" itself
                    last_stated = value
        if published is None:  # "Friday, May 6" without a year: no later "May 6" in a year of another weekday
            stated = {(self._month(c.groups["month"]), int(c.groups["day"])): self.weekdays.get(c.groups["weekday"].lower())
                      for c in candidates if c.groups.get("weekday") and c.groups.get("month") and
                      c.groups.get("day") and not c.groups.get("year")}
            if dateline is not None and dateline.weekday is not None:
                # "BEIJING, Oct. 31 (Xinhua) -- ... landed on Tuesday": the dateline's day has the lede's weekday
                stated.setdefault((dateline.month, dateline.day), dateline.weekday)
            records = weekdays_agree(records, stated, {year for year in full_dates.values() if year})
        doc._.dates = tuple(today_restated(doc_text(doc), records))
        return doc

    # ---------------------------------------------------------- normalising
    def _value(self, doc: Doc, cand: Candidate, span: Span, published, context_years,
               full_dates: dict[tuple[int, int], int], historical: bool = False,
               last_day: dt.date | None = None, past_only: bool = False,
               looked_back: int | None = None) -> str | None:
        g = cand.groups
        form = cand.form
        if form == "iso":
            year, month, day = int(g["year"]), int(g["mnum"]), int(g["day"])
            return f"{year}-{month:02d}-{day:02d}" if valid_date(year, month, day) else None
        if form == "numeric":
            return numeric_date(int(g["n1"]), int(g["n2"]), g["nyear"], published)
        if form == "decade":
            if "dword" in g:
                return f"19{self.candidates.grammar.decade_words[g['dword'].lower()]}"
            return g["decade"][:3] if "decade" in g else "19" + g["short"]
        if form == "year":
            return g["year"]
        if form == "this_day":  # (undated, only the year is known)
            if published is None or not valid_date(int(g["year"]), published.month, published.day):
                return g["year"]
            return f"{g['year']}-{published.month:02d}-{published.day:02d}"
        if form == "month_year":
            year = g["year"] if "year" in g else two_digit_year(g["syear"], published)
            return f"{year}-{self._month(g['month']):02d}"
        if form in {"day_month", "month_day"}:
            month = self._month(g["month"])
            day = int(g["day"])
            if "year" in g or "syear" in g:
                year = int(g["year"]) if "year" in g else two_digit_year(g["syear"], published)
                return f"{year}-{month:02d}-{day:02d}" if valid_date(year, month, day) else None
            weekday = self.weekdays.get(g.get("weekday", "").lower())
            if "ryear" in g:  # "December 14 last year"
                if published is None:
                    return f"XXXX-{month:02d}-{day:02d}" if valid_date(2000, month, day) else None
                year = published.year + {"last": -1, "next": 1, "this": 0}[g["ryear"].lower()]
                return f"{year}-{month:02d}-{day:02d}" if valid_date(year, month, day) else None
            year = self.years.resolve(doc, span, month, day, weekday, published, context_years, full_dates,
                                     historical, past_only, looked_back, pictured=self._in_caption(doc, span))
            if year is None:
                return f"XXXX-{month:02d}-{day:02d}" if valid_date(2000, month, day) else None
            return f"{year}-{month:02d}-{day:02d}" if valid_date(year, month, day) else None
        if form == "weekday_day":
            return weekday_day(self.weekdays[g["weekday"].lower()], int(g["day"]), published)
        if form == "month_alone":
            month = self._month(g["month"])
            year = self.years.resolve(doc, span, month, None, None, published, context_years, full_dates,
                                     historical, past_only, looked_back, pictured=self._in_caption(doc, span))
            return f"{year}-{month:02d}" if year else f"XXXX-{month:02d}"
        if published is None and form == "weekday" and not g.get("rel"):
            # "Wednesday" in an article whose one full date on a Wednesday is "Wednesday, June 5, 2024"
            days = {dt.date(y, m, d) for (m, d), y in full_dates.items() if valid_date(y, m, d)}
            target = self.weekdays[g["weekday"].lower()]
            same = [d for d in days if d.weekday() == target]
            if len(same) == 1:
                return same[0].isoformat()
            if last_day is not None:
                # a story told day by day from a day stated with its weekday:
                # "on Monday, February 27 ... no docking on Tuesday"
                return (last_day + dt.timedelta(days=(target - last_day.weekday()) % 7)).isoformat()
            anchor = next(iter(days)) if len(days) == 1 else None
            if anchor is not None and any(self.weekdays.get(t.lower_) == anchor.weekday() for t in doc if t.is_title):
                # the article's one full date is the day its story tells of ("docked Friday" under a caption's
                # "Aug. 10, 2007"): its other weekdays are read from that day as from a publication's
                return self._value(doc, cand, span, anchor, context_years, full_dates, historical, None, past_only)
            return None
        if form == "month_rel_year" and published is None:
            # "in January of this year" in an undated story: of the year its paragraph dated it to before ("On
            # July 11, 2019, ... touched down. During its first touchdown in February of this year"), else unknown
            text = doc_text(doc)
            # (or of the article's one full date, as its weekdays are: "until August of this year" under a
            # caption's "Wednesday, March 21, 2018")
            full_years = set(full_dates.values())
            year = next((c[1] for c in reversed(context_years) if c[0] < cand.start and c[3] is not None
                         and "\n\n" not in text[c[0]:cand.start]), None) or \
                (next(iter(full_years)) if len(full_years) == 1 else None)
            shift = SHIFTS[g.get("rel", "this").lower()]
            return f"{year + shift}-{self._month(g['month']):02d}" if year else f"XXXX-{self._month(g['month']):02d}"
        if form == "rel_month" and published is None:
            return f"XXXX-{self._month(g['month2']):02d}"  # "since last October" with no date to count back from
        if published is None:  # (but "in 1981 — 40 years ago": the year set beside it)
            return apposed_year(doc_text(doc), cand.start, cand.end) if form == "ago" and "year" in g["unit"] else None
        if form == "month_rel_year":
            shift = SHIFTS[g.get("rel", "this").lower()]
            return f"{published.year + shift}-{self._month(g['month']):02d}"
        if form == "rel_month":
            month = self._month(g["month2"])
            rel = g["rel"].lower()
            year = published.year
            if rel == "next" and month <= published.month:
                year += 1
            elif rel == "last" and month >= published.month:
                year -= 1
            return f"{year}-{month:02d}"
        if form == "rel_unit":
            shift = SHIFTS[g.get("rel", "this").lower()]
            if g["unit"] == "year":
                return str(published.year + shift)
            month_index = published.year * 12 + published.month - 1 + shift
            return f"{month_index // 12}-{month_index % 12 + 1:02d}"
        if form == "rel_day":
            parsed = parse_relative(g["relday"].lower(), published)
            return parsed.isoformat() if parsed else None
        if form == "ago":  # "four years ago" is a year, "two months ago" a month, "three days ago" a day
            count = count_value(g["count"], self.number_words) * (-1 if g.get("ahead") else 1)
            unit = g["unit"].rstrip("s")
            if unit in {"year", "decade"}:  # "a decade ago": the year ten years back
                year = published.year - count * (10 if unit == "decade" else 1)
                if g.get("today"):  # "fifty years ago today": the anniversary's day
                    try:
                        return published.replace(year=year).isoformat()
                    except ValueError:  # 29 February, in a year with none
                        return published.replace(year=year, day=28).isoformat()
                return str(year)
            if unit == "month":
                index = published.year * 12 + published.month - 1 - count
                return f"{index // 12}-{index % 12 + 1:02d}"
            return (published - dt.timedelta(days=count)).isoformat()
        if form == "weekday":
            target = self.weekdays[g["weekday"].lower()]
            rel = g.get("rel", "").lower()
            tense = "future" if rel == "next" else "past" if rel == "last" else self.tense(doc, span)
            ahead = (target - published.weekday()) % 7
            if ahead == 0 and not rel:
                day = published  # "NASA announced Monday" in Monday's paper is today
            elif tense == "planned" or (not rel and tense != "past" and span.end < len(doc) and
                                        doc[span.end].lower_ in {"'s", "’s"}):
                # the nearer one: "was slated to arrive Saturday" in Friday's paper; a day that names an
                # event ("will inspect the tiles for damage from Tuesday's launch") has no tense of its own,
                # but one a past clause tells of is gone ("went more smoothly than Friday's launch")
                day = published + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
            elif tense == "future":
                day = published + dt.timedelta(days=ahead or 7)
            elif rel == "this" and tense != "past":
                day = published + dt.timedelta(days=ahead)  # "this Wednesday": today or coming (but "took off
                # this Wednesday" in Thursday's paper is the day before)
            elif tense == "present" and self._in_caption(doc, span):
                # a caption's present tells what the picture shows: "climbs away on Sunday", the nearest one
                day = published + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
            elif tense == "present":
                day = published + dt.timedelta(days=ahead)  # "the exhibit opens on Saturday": today or coming
            elif ahead == 1 and self.later_time_zones.search(
                    doc_text(doc), doc[max(0, span.sent.start - 1)].sent.start_char, span.sent.end_char):
                # "docked on Sunday" in Saturday's paper that keeps Beijing time: told from a later time zone
                # (its sentence's or the one before: not "told journalists on Wednesday" paragraphs after
                # a launch "at 10:27 Moscow time (0627 GMT)")
                day = published + dt.timedelta(days=1)
            else:  # news tells of the days just gone
                day = published - dt.timedelta(days=(7 - ahead) % 7 or 7)
                if rel == "last" and _week(day) == _week(published):
                    # "last Tuesday" in Wednesday's paper is a week before: yesterday would be "Tuesday"
                    # (a week from Sunday: "last Saturday" in Sunday's paper is yesterday)
                    day -= dt.timedelta(days=7)
            return day.isoformat()
        return None


    def _in_caption(self, doc: Doc, span: Span) -> bool:
        text = doc_text(doc)
        start = text.rfind("\n", 0, span.start_char) + 1
        end = text.find("\n", span.end_char)
        line = text[start:span.start_char].lstrip(" *_#>")
        # or a photo's line that places the people in it: "X holds a news conference Friday
        # accompanied by A, left, and B"
        # (or a line that ends with a picture credit: "... pose for a photo on Wednesday. PHOTO: CHINA DAILY")
        return any(line.startswith(marker) for marker in self.caption_markers) or \
            _PICTURE_PLACES.search(text, start, len(text) if end < 0 else end) is not None or \
            in_caption(caption_lines(doc), span.start_char) or in_a_headline(doc, span)  # "X spends ... on Monday"


@Language.factory("date_finder")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder()


def _week(day: dt.date) -> tuple[int, int]:
    """The week the day falls in, weeks running Sunday to Saturday."""
    return (day + dt.timedelta(days=1)).isocalendar()[:2]
