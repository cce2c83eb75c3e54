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

from .normalize import sentence_text
from .records import DateRecord
from .resources import load_json
from .spacecraft import SPAN_KEY as SPACECRAFT_KEY

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
        edge_l, edge_r = r"(?<![\w\-–/.])", r"(?![\w]|-\d|/\d)"
        self.forms = [
            ("iso", re.compile(edge_l + r"(?P<year>1[89]\d\d|20\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])" + edge_r)),
            ("day_month", re.compile(edge_l + weekday + day + r"(?:\s+of)?\s+" + month + r"(?:,?\s+" + year + r")?" + edge_r)),
            ("month_day", re.compile(edge_l + weekday + month + r"\s+" + day + r"(?:,?\s+" + year + r")?" + edge_r)),
            ("month_year", re.compile(edge_l + mod + month + r"(?:,|\s+of)?\s+" + year + edge_r)),
            ("decade", re.compile(edge_l + r"(?:(?P<the>[Tt]he)\s+)?" + mod + r"(?P<decade>1[89]\d0|20\d0)['’]?s" + edge_r)),
            ("year", re.compile(edge_l + mod + year + edge_r)),
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

    def _month(self, word: str) -> int:
        return self.months[word.rstrip(".").lower()]

    def __call__(self, doc: Doc) -> Doc:
        published: dt.date | None = doc._.published
        blocked = [(s.start_char, s.end_char) for s in doc.spans.get(SPACECRAFT_KEY, [])]
        blocked += [(m.start(), m.end()) for m in _URL.finditer(doc.text)]
        records = []
        context_years: list[tuple[int, int]] = []  # (offset, year) of explicit years so far
        for cand in self._candidates(doc.text, blocked):
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None:
                continue
            value = self._value(doc, cand, span, published, context_years)
            if cand.groups.get("year"):
                context_years.append((cand.start, int(cand.groups["year"])))
            if value is not None:
                records.append(DateRecord(doc.text[cand.start:cand.end], value, cand.start,
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
            if "rel" not in groups and prev_word not in {"on", "On", "since", "until", "by", "from", "last", "next"}:
                return False
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
            delta = (target - published.weekday()) % 7
            if tense == "future":
                day = published + dt.timedelta(days=delta or 7)
            elif rel == "this" or (tense is None and delta == 0):
                day = published + dt.timedelta(days=delta if delta <= 3 else delta - 7)
            else:
                day = published - dt.timedelta(days=(7 - delta) % 7 or 7)
            return day.isoformat()
        return None

    def _resolve_year(self, doc, span, month, day, weekday, published, context_years, offset) -> int | None:
        """The year of a year-less date: weekday, nearby explicit year, publication date, tense."""
        tense = self._tense(doc, span)
        context_year = self._context_year(doc, offset, context_years, near_only=published is not None)
        ref = published.year if published else context_year
        if weekday is not None and day is not None and ref is not None:
            for year in (context_year or ref, ref, ref + 1, ref - 1):
                if year and _valid(year, month, day) and dt.date(year, month, day).weekday() == weekday:
                    return year
        if context_year is not None:
            if published is None or self._consistent(context_year, month, day, published, tense):
                return context_year
        if published is None:
            return None
        day_for_order = day or 1
        candidates = [y for y in (published.year - 1, published.year, published.year + 1) if _valid(y, month, day_for_order)]
        dates = {y: dt.date(y, month, day_for_order) for y in candidates}
        if tense == "future":
            later = [y for y in candidates if dates[y] >= published.replace(day=1) if day is None] or \
                    [y for y in candidates if dates[y] >= published]
            if later:
                return min(later)
        elif tense == "past":
            earlier = [y for y in candidates if dates[y] <= published]
            if earlier:
                return max(earlier)
        return min(candidates, key=lambda y: abs((dates[y] - published).days))

    @staticmethod
    def _consistent(year, month, day, published, tense) -> bool:
        if not _valid(year, month, day or 1):
            return False
        date = dt.date(year, month, day or 1)
        if tense == "future":
            return date >= published.replace(day=1)
        if tense == "past":
            return date <= published
        return abs(year - published.year) <= 1

    @staticmethod
    def _context_year(doc: Doc, offset: int, context_years, near_only: bool) -> int | None:
        """The last explicit year before `offset`; with a publication date, only
        one in the same or the previous sentence speaks for a year-less date."""
        if not context_years:
            return None
        position, year = context_years[-1]
        if near_only:
            here = doc.char_span(offset, offset + 1, alignment_mode="expand")
            there = doc.char_span(position, position + 1, alignment_mode="expand")
            if here is None or there is None:
                return None
            sentence = here.sent
            previous_start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
            if there.start < previous_start:
                return None
        return year

    def _tense(self, doc: Doc, span: Span) -> str | None:
        """'future' or 'past' from the nearest verb before the date in its sentence."""
        sent = span.sent
        for token in reversed(doc[sent.start:span.start]):
            if token.lower_ in self.future_cues or token.tag_ == "MD" and token.lower_ in {"will", "'ll", "shall"}:
                return "future"
            if token.tag_ == "VBD" or (token.tag_ == "VBN" and token.i > 0 and doc[token.i - 1].lower_ in {"had", "was", "were", "has", "have"}):
                return "past"
        for token in doc[span.end:sent.end]:
            if token.lower_ in {"will", "'ll", "shall"}:
                return "future"
            if token.tag_ == "VBD":
                return "past"
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
