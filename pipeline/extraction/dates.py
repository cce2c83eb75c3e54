"""Dates: find calendar expressions, normalise them against the publication date.

Finding is a small grammar of regular expressions (dateparser's search gives no
offsets and reads "we" or "T-9" as dates); each found span is normalised by
dateparser where it names a full calendar day, and its granularity comes from
the span's form, never from what dateparser filled in.

The component writes `doc._.dates`: DateRecords with exact character offsets
(a date may cut a token: "1961" in "1961–1963").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

import dateparser
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalize import doc_text, sentence_text
from ..records import DateRecord
from ..resources import load_json
from .spacecraft import SPAN_KEY as SPACECRAFT_KEY

_BIRTH = re.compile(r"\b(?:born|birth|birthday)\b", re.IGNORECASE)
_TENSE_REACH = 25  # tokens either side of a date searched for its verb
_URL = re.compile(r"(?:https?://|www\.)\S+")
_PARSER_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["day", "month", "year"]}


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    form: str
    groups: dict


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class DateGrammar:
    """The regular expressions that find date candidates, built from date_words.json."""

    def __init__(self, words: dict):
        self.months = words["months"]
        self.weekdays = words["weekdays"]
        month_words = _alternation(m for m in self.months if len(m) > 4 or m in {"May", "June", "July"})
        abbreviations = _alternation(m for m in self.months if len(m) <= 4 and m not in {"May", "June", "July"})
        months = rf"(?:{month_words}|(?:{abbreviations})\.?)"
        month = r"(?P<month>" + months + ")"
        month2 = r"(?P<month2>" + months + ")"
        day = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        year = r"(?P<year>1[89]\d\d|20\d\d)"
        weekday = r"(?:(?P<weekday>" + _alternation(self.weekdays) + r"),?\s+(?:the\s+)?)?"
        mod = r"(?:(?P<mod>" + _alternation(words["modifiers"]) + r")(?:-|\s+))?"
        rel = r"(?P<rel>next|last|this|Next|Last|This)\s+"
        edge_l, edge_r = r"(?<![\w\-/.])", r"(?![\w]|-\d|/\d)"
        # the year a range's first date shares with its last: "April 11 to April 17, 1970"
        self.range_end = re.compile(r"\s*(?:to|until|till|through|and|–|-)\s+(?:" + months + r"\s+)?"
                                    r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s+" + months + r")?,?\s+"
                                    + year + edge_r)
        self.forms = [
            ("iso", re.compile(edge_l + r"(?P<year>1[89]\d\d|20\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])" + edge_r)),
            ("day_month", re.compile(edge_l + weekday + day + r"(?:\s+of)?\s+" + month + r"(?:,?\s+" + year + r")?" + edge_r)),
            ("month_day", re.compile(edge_l + weekday + month + r"\s+" + day + r"(?:,?\s+" + year + r")?" + edge_r)),
            ("month_year", re.compile(edge_l + mod + month + r"(?:,|\s+of)?\s+" + year + edge_r)),
            ("decade", re.compile(edge_l + r"(?:(?P<the>[Tt]he)\s+)?" + mod + r"(?P<decade>1[89]\d0|20\d0)['’]?s" + edge_r)),
            ("year", re.compile(edge_l + mod + year + edge_r)),
            ("month_rel_year", re.compile(edge_l + month + r"(?:\s+of)?\s+" + rel.replace("\\s+", "") + r"\s+year" + edge_r)),
            ("rel_month", re.compile(edge_l + rel + month2 + edge_r)),
            ("month_alone", re.compile(edge_l + mod + month + edge_r)),
            ("rel_unit", re.compile(edge_l + rel + r"(?P<unit>year|month)" + edge_r)),
            ("rel_day", re.compile(edge_l + r"(?P<relday>" + _alternation(
                [w for k in words["relative_days"] for w in (k, k.capitalize())]) + r")" + edge_r)),
            ("weekday", re.compile(edge_l + r"(?:(?P<rel>next|last|this|Next|Last|This)\s+)?(?P<weekday>"
                                   + _alternation(self.weekdays) + r")" + edge_r)),
        ]


class DateFinder:
    def __init__(self, words: str = "date_words.json"):
        vocab = load_json(words)
        self.grammar = DateGrammar(vocab)
        self.months = {k.lower(): v for k, v in vocab["months"].items()}
        self.weekdays = {k.lower(): v for k, v in vocab["weekdays"].items()}
        self.relative_days = vocab["relative_days"]
        self.month_alone_cues = set(vocab["month_alone_cues"])
        self.year_units = set(vocab["year_units"])
        self.year_blockers = set(vocab["year_blockers_before"])
        self.future_cues = set(vocab["future_cues"])
        self.weekday_cues = set(vocab["weekday_cues"])

    def _month(self, word: str) -> int:
        return self.months[word.rstrip(".").lower()]

    def __call__(self, doc: Doc) -> Doc:
        published: dt.date | None = doc._.published
        blocked = [(s.start_char, s.end_char) for s in doc.spans.get(SPACECRAFT_KEY, [])]
        blocked += [(m.start(), m.end()) for m in _URL.finditer(doc_text(doc))]
        records = []
        context_years: list[tuple[int, int, int | None, bool]] = []  # (offset, year, month, has day) so far
        for cand in self._candidates(doc_text(doc), blocked):
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None:
                continue
            value = self._value(doc, cand, span, published, context_years)
            if cand.groups.get("year") and not _BIRTH.search(span.sent.text):
                month = cand.groups.get("month") or cand.groups.get("mnum")
                month = self._month(month) if month and not month.isdigit() else int(month) if month else None
                context_years.append((cand.start, int(cand.groups["year"]), month, "day" in cand.groups))
            if value is not None:
                records.append(DateRecord(doc_text(doc)[cand.start:cand.end], value, cand.start,
                                          cand.end, sentence_text(span)))
        doc._.dates = tuple(records)
        return doc

    # -------------------------------------------------------------- finding
    def _candidates(self, text: str, blocked: list[tuple[int, int]]) -> list[Candidate]:
        taken: list[tuple[int, int]] = list(blocked)
        found: list[Candidate] = []
        for form, regex in self.grammar.forms:
            for m in regex.finditer(text):
                start, end = m.span()
                if any(start < b_end and b_start < end for b_start, b_end in taken):
                    continue
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                if not self._plausible(text, form, m, groups):
                    continue
                taken.append((start, end))
                found.append(Candidate(start, end, form, groups))
        found.sort(key=lambda c: c.start)
        return found

    def _plausible(self, text: str, form: str, m: re.Match, groups: dict) -> bool:
        before = text[max(0, m.start() - 25):m.start()].split()
        after = text[m.end():m.end() + 25].split()
        prev_word = before[-1] if before else ""
        next_word = after[0].strip(".,;:)!?") if after else ""
        if form == "year":
            if next_word in self.year_units or prev_word in self.year_blockers:
                return False
            if text[m.end():m.end() + 1] in {"%", "+"} or text[max(0, m.start() - 1):m.start()] in {"$", "£", "€", "#"}:
                return False
            if next_word.lower() in {"-year-old", "year-old"}:
                return False
        if form == "month_alone":
            month = groups["month"]
            if "mod" not in groups and prev_word not in self.month_alone_cues:
                return False
            if month in {"May", "March", "Jan", "Mar", "Sep", "Dec", "Oct", "Nov", "Aug", "Jun", "Jul", "Apr", "Feb"} \
                    and "mod" not in groups and prev_word not in {"in", "In", "of", "until", "by", "since", "from", "early", "late", "mid", "through", "during", "before", "after"}:
                return False
        if form == "weekday":
            # a bare weekday names a day only as "on Friday" or with next/last/this
            # A capitalised weekday names a day ("launched Tuesday", "on Friday"),
            # except in names of its own: "Black Friday", "Super Tuesday".
            sentence_start = m.start() == 0 or text[m.start() - 1] == "\n" or \
                re.match(r"[.!?]\s", text[m.start() - 2:m.start()]) is not None
            if "rel" not in groups and not sentence_start and prev_word[:1].isupper() \
                    and prev_word.lower() not in self.weekday_cues:
                return False
        if form == "rel_day" and prev_word.lower() == "ago":
            return False  # "sixty years ago today" names the anniversary, not the day
        return True

    # ---------------------------------------------------------- normalising
    def _value(self, doc: Doc, cand: Candidate, span: Span, published, context_years) -> str | None:
        g = cand.groups
        form = cand.form
        if form == "iso":
            return f"{g['year']}-{g['mnum']}-{g['day']}" if _valid(int(g["year"]), int(g["mnum"]), int(g["day"])) else None
        if form == "decade":
            return g["decade"][:3]
        if form == "year":
            return g["year"]
        if form == "month_year":
            return f"{g['year']}-{self._month(g['month']):02d}"
        if form in {"day_month", "month_day"}:
            month = self._month(g["month"])
            day = int(g["day"])
            if "year" in g:
                parsed = _parse_full_date(f"{day} {_month_name(month)} {g['year']}")
                return parsed.isoformat() if parsed else None
            weekday = self.weekdays.get(g.get("weekday", "").lower())
            year = self._resolve_year(doc, span, month, day, weekday, published, context_years, cand.start)
            if year is None:
                return f"XXXX-{month:02d}-{day:02d}" if _valid(2000, month, day) else None
            return f"{year}-{month:02d}-{day:02d}" if _valid(year, month, day) else None
        if form == "month_alone":
            month = self._month(g["month"])
            year = self._resolve_year(doc, span, month, None, None, published, context_years, cand.start)
            return f"{year}-{month:02d}" if year else f"XXXX-{month:02d}"
        if published is None:
            return None
        if form == "month_rel_year":
            shift = {"next": 1, "last": -1, "this": 0}[g["rel"].lower()]
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
            shift = {"next": 1, "last": -1, "this": 0}[g["rel"].lower()]
            if g["unit"] == "year":
                return str(published.year + shift)
            month_index = published.year * 12 + published.month - 1 + shift
            return f"{month_index // 12}-{month_index % 12 + 1:02d}"
        if form == "rel_day":
            parsed = _parse_relative(g["relday"].lower(), published)
            return parsed.isoformat() if parsed else None
        if form == "weekday":
            target = self.weekdays[g["weekday"].lower()]
            rel = g.get("rel", "").lower()
            tense = "future" if rel == "next" else "past" if rel == "last" else self._tense(doc, span)
            ahead = (target - published.weekday()) % 7
            if ahead == 0 and not rel:
                day = published  # "NASA announced Monday" in Monday's paper is today
            elif tense == "future":
                day = published + dt.timedelta(days=ahead or 7)
            elif tense == "present" or rel == "this":
                day = published + dt.timedelta(days=ahead)  # "falls on Wednesday": today or coming
            else:  # news tells of the days just gone
                day = published - dt.timedelta(days=(7 - ahead) % 7 or 7)
            return day.isoformat()
        return None

    def _resolve_year(self, doc, span, month, day, weekday, published, context_years, offset) -> int | None:
        """The year of a year-less date.

        With a publication date: an explicit year in the same sentence when it
        fits the tense, else the year around `published` that the tense and a
        stated weekday point to. Without one: the year the article is talking
        about at that point.
        """
        range_year = self._range_end_year(doc_text(doc), span.end_char)
        if range_year is not None:
            return range_year  # "from April 11 to April 17, 1970"
        tense = self._tense(doc, span)
        sentence_year = self._sentence_year(doc, span, context_years)
        if published is None:
            year = sentence_year or self._article_year(doc, span, month, context_years)
            if year is not None and weekday is not None and day is not None:
                for candidate in (year, year + 1, year - 1):
                    if _valid(candidate, month, day) and dt.date(candidate, month, day).weekday() == weekday:
                        return candidate
            return year
        if weekday is not None and day is not None:
            # a stated weekday settles the year: "Thursday, Jan. 26" in 2023, not 1986
            for year in (sentence_year, published.year, published.year - 1, published.year + 1):
                if year and _valid(year, month, day) and dt.date(year, month, day).weekday() == weekday:
                    return year
        if sentence_year is not None and self._consistent(sentence_year, month, day, published, tense):
            return sentence_year
        day_for_order = day or 1
        candidates = [y for y in (published.year - 1, published.year, published.year + 1) if _valid(y, month, day_for_order)]
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
            later = [y for y in candidates if dates[y] >= reference]
            if later:
                return min(later)
        elif tense == "past":
            earlier = [y for y in candidates if dates[y] <= published]
            if earlier:
                return max(earlier)
        return min(candidates, key=lambda y: abs((dates[y] - reference).days))

    @staticmethod
    def _consistent(year, month, day, published, tense) -> bool:
        if not _valid(year, month, day or 1):
            return False
        date = dt.date(year, month, day or 1)
        if tense == "future":
            return date >= published.replace(day=1)
        if tense == "past":
            return date <= published
        return True

    def _range_end_year(self, text: str, end: int) -> int | None:
        m = self.grammar.range_end.match(text, end)
        return int(m.group("year")) if m else None

    @staticmethod
    def _sentence_year(doc: Doc, span: Span, context_years) -> int | None:
        """The last explicit year before the date in its own sentence."""
        sent_start = span.sent.start_char
        inside = [c[1] for c in context_years if c[0] >= sent_start]
        return inside[-1] if inside else None

    @staticmethod
    def _article_year(doc: Doc, span: Span, month: int, context_years) -> int | None:
        """The year the article is talking about where a year-less date stands:
        the last full date of its paragraph, else the paragraph's first month,
        else the last full date, month or bare year before it. Birth dates
        are no guide to what the article is narrating and are skipped."""
        paragraph_start = doc_text(doc).rfind("\n\n", 0, span.start_char) + 1
        in_paragraph = [c for c in context_years if c[0] >= paragraph_start]
        if any(c[3] for c in in_paragraph):
            return [c for c in in_paragraph if c[3]][-1][1]
        if any(c[2] for c in in_paragraph):
            return [c for c in in_paragraph if c[2]][0][1]
        # before this paragraph: the last full date, else month, else year
        for candidates in ([c for c in context_years if c[3]], [c for c in context_years if c[2]], context_years):
            if candidates:
                return candidates[-1][1]
        return None

    def _tense(self, doc: Doc, span: Span) -> str | None:
        """'future', 'past' or 'present' from the nearest verb before the date in
        its sentence, else the first one after it in the same clause."""
        sent = span.sent
        # the nearest verbs decide; a bounded look keeps run-on text linear
        for token in reversed(doc[max(sent.start, span.start - _TENSE_REACH):span.start]):
            tense = self._verb_tense(doc, token)
            if tense:
                return tense
        for token in doc[span.end:min(sent.end, span.end + _TENSE_REACH)]:
            if token.text in {",", ";", "and", "but"}:
                break
            tense = self._verb_tense(doc, token)
            if tense:
                return tense
        return None

    def _verb_tense(self, doc: Doc, token) -> str | None:
        before = {t.lower_ for t in doc[max(0, token.i - 2):token.i]}
        if token.lower_ in self.future_cues or (token.tag_ == "MD" and token.lower_ in {"will", "'ll", "shall"}):
            # "had been planned for Tuesday", "was due on Friday"
            return "past" if before & {"had", "was", "were"} else "future"
        if token.tag_ == "VBD":
            return "past"
        if token.tag_ == "VBN" and before & {"had", "has", "have", "was", "were"}:
            return "past"
        if token.tag_ == "VBN" and before & {"is", "are", "am"}:
            return "present"  # "members are invited to a preview on Friday"
        if token.tag_ in {"VBZ", "VBP"} and not (token.i + 1 < len(doc) and doc[token.i + 1].tag_ in {"VBN", "VBG"}):
            return "present"
        return None

def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


_MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]


def _month_name(month: int) -> str:
    return _MONTH_NAMES[month - 1]


@lru_cache(maxsize=4096)
def _parse_full_date(text: str) -> dt.date | None:
    parsed = dateparser.parse(text, languages=["en"], settings=_PARSER_SETTINGS)
    return parsed.date() if parsed else None


@lru_cache(maxsize=4096)
def _parse_relative(word: str, published: dt.date) -> dt.date | None:
    base = dt.datetime(published.year, published.month, published.day, 12)
    parsed = dateparser.parse(word, languages=["en"], settings={"RELATIVE_BASE": base})
    return parsed.date() if parsed else None


@Language.factory("date_finder")
def make_date_finder(nlp: Language, name: str) -> DateFinder:
    return DateFinder()
