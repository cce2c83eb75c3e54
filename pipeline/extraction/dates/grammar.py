"""The date grammar: regular expressions over data/date_words.json that find
candidate date expressions ("5 October", "Sunday 17 October", "late March
2022", "the 1990s", "next month", "four years ago", "on Friday") in text.
What each candidate's value is, is dates/finder.py's job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    form: str
    groups: dict


_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)?")
_NO_BLANK_LINE = r"(?![^\S\n]*\n\s*\n)"  # white space between a date's words stays in one paragraph


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class DateGrammar:
    """The regular expressions that find date candidates, built from date_words.json."""

    def day_range_candidates(self, text: str) -> list[Candidate]:
        """Both days of each range of days in the text ("March 18-19, 1965"), the first before the last."""
        found = []
        for form, regex in self.day_ranges:
            for m in regex.finditer(text):
                if int(m.group("d2")) <= int(m.group("d1")):
                    continue  # not a range of days of one month
                shared = {"month": m.group("month"), **({"year": m.group("year")} if m.group("year") else {})}
                first_end = m.end("d1") + len(_ORDINAL_SUFFIX.match(text, m.end("d1")).group())
                found.append(Candidate(m.start(), first_end, form, {**shared, "day": m.group("d1")}))
                found.append(Candidate(m.start("d2"), m.end(), form, {**shared, "day": m.group("d2")}))
        for m in self.month_ranges.finditer(text):
            year = {"year": m.group("year")} if m.group("year") else {}  # ("03 Jan-16 Feb": the year resolved)
            found.append(Candidate(m.start(), m.end("month1"), "day_month",
                                   {"day": m.group("d1"), "month": m.group("month1"), **year}))
            found.append(Candidate(m.start("d2"), m.end(), "day_month",
                                   {"day": m.group("d2"), "month": m.group("month"), **year}))
        return found

    def __init__(self, words: dict):
        self.months = words["months"]
        self.weekdays = words["weekdays"]
        self.weekday_abbreviations = words["weekday_abbreviations"]  # "Wed."
        self.decade_words = words["decade_words"]  # "the eighties"
        # wire datelines set months in capitals: "JUNE 6, 1966 -", "MOSCOW, JAN. 5"
        names = [*self.months, *(m.upper() for m in self.months if len(m) > 2)]
        month_words = _alternation(m for m in names if len(m) > 4 or m.title() in {"May", "June", "July"})
        abbreviations = _alternation(m for m in names if len(m) <= 4 and m.title() not in {"May", "June", "July"})
        months = rf"(?:{month_words}|(?:{abbreviations})\.?)"
        month = r"(?P<month>" + months + ")"
        month2 = r"(?P<month2>" + months + ")"
        day = r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
        year = r"(?P<year>1[89]\d\d|20\d\d)"
        # (a headline's last word is no weekday of the dateline under it: "... Thursday\n\nApril 8 (UPI)")
        # ("Sunday morning, December 12, 1965": one mention with its part of the day)
        part = r"(?:\s+(?:" + "|".join(words["parts_of_day"]) + r"),)?"
        # (a weekday before its date may be cut short: "Thu., Sept. 26")
        weekday = r"(?:(?P<weekday>" + _alternation(self.weekdays) + "|" + \
            _alternation(a + "." for a in self.weekday_abbreviations) + r")" + part + r",?" + _NO_BLANK_LINE + r"\s+(?:the\s+)?)?"
        mod = r"(?:(?P<mod>" + _alternation(words["modifiers"]) + r")(?:-|\s+))?"
        rel = r"(?P<rel>next|last|this|Next|Last|This)\s+"
        edge_l, edge_r = r"(?<![\w\-/.])", r"(?![\w]|-\d|/\d)"
        month_edge_l = r"(?<![\w/.])(?<![^\d\s]-)"  # a month may follow a range's dash: "March 13-July 16, 1986"
        # "14 December 2022", or "December 14 last year": one mention either way ("Jan. 27,1967" too)
        # (or a stop for the comma, as a reference work's typo has it: "July 27. 1975")
        # (or the weekday in brackets Japanese releases put before it: "May 14 (Fri), 2021")
        bracketed_weekday = r"\s*\((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?\),?\s+"
        year_or_rel = r"(?:(?:,?" + _NO_BLANK_LINE + r"\s+|,|\s+in\s+|\.\s|" + bracketed_weekday + r")" + year + \
            r"|\s+(?:of\s+)?(?P<ryear>last|next|this)\s+year)?"  # "April 12 in 1981", "Oct. 25 of last year"
        numbers = words["number_words"]
        tens = _alternation([w for k, v in numbers.items() if v >= 20 and v % 10 == 0 for w in (k, k.capitalize())])
        units = _alternation([k for k, v in numbers.items() if 1 <= v <= 9 and k not in {"a", "an"}])
        # a day spelt out, as some copy has it: "September seventh", "September seven.", "the seventh of September"
        cardinals = {k: v for k, v in numbers.items() if 1 <= v <= 20 and k not in {"a", "an"}}
        cardinals.update({f"twenty-{k}": 20 + v for k, v in numbers.items() if 1 <= v <= 9 and k not in {"a", "an"}})
        cardinals.update({"thirty": 30, "thirty-one": 31})
        self.day_words = {**cardinals, **{w: i for i, w in enumerate(words["day_ordinals"], start=1)}}
        ordinal_day = r"(?P<dayword>" + _alternation(words["day_ordinals"]) + r")"
        cardinal_day = r"(?P<dayword>" + _alternation(cardinals) + r")"
        # "Thirty-five years ago", "twenty five"
        count = r"(?P<count>\d{1,3}|(?:" + tens + r")[-\s](?:" + units + r")|" + \
            _alternation([w for k in numbers for w in (k, k.capitalize())]) + r")"
        # the year a range's first date shares with its last: "April 11 to April 17, 1970"
        # (or a second verb's day: "launched on May 25 and ended on June 22, 1973")
        self.range_end = re.compile(r"\s*(?:(?:to|until|till|through|and)\s+(?:[a-z]+\s+){0,2}?(?:on\s+)?|[–-]\s*)"
                                    r"(?:" + months + r"\s+)?"
                                    r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?:\s+" + months + r")?,?\s+"
                                    + year + edge_r)
        # the year a month shares with the month after it: "flights in March and November of 2016"
        self.month_range_end = re.compile(r"\s*(?:and|or|to|through|until|till|[–-])\s+" + months +
                                          r"(?:,|\s+of)?\s+" + year + edge_r)
        # a range of days, two mentions: "March 18-19, 1965" ("March 18", "19, 1965"), "3-11 April 1984"
        # ("3", "11 April 1984"); each day takes the month and year the range gives
        bare_day = r"(?:[12]\d|3[01]|0?[1-9])"
        tail_year = r"(?:,?\s+(?P<year>1[89]\d\d|20\d\d))?"
        self.day_ranges = [
            ("month_day", re.compile(month_edge_l + month + r"\s+(?P<d1>" + bare_day + r")(?:st|nd|rd|th)?\s*[–-]\s*"
                                     r"(?P<d2>" + bare_day + r")(?:st|nd|rd|th)?" + tail_year + edge_r)),
            # (or "from 17 to 26 September 1985")
            ("day_month", re.compile(edge_l + r"(?P<d1>" + bare_day + r")(?:st|nd|rd|th)?(?:\s*[–-]\s*|\s+to\s+)(?P<d2>"
                                     + bare_day + r")(?:st|nd|rd|th)?(?:\s+of)?\s+" + month + tail_year + edge_r)),
        ]
        # a range across two months, two mentions: "11 January-9 February 1975" ("11 January", "9 February 1975"),
        # its year stated or not ("03 Jan-16 Feb")
        self.month_ranges = re.compile(edge_l + r"(?P<d1>" + bare_day + r")\s+(?P<month1>" + months + r")\s*[–-]\s*"
                                       r"(?P<d2>" + bare_day + r")\s+" + month + r"(?:,?\s+" + year + r")?" + edge_r)
        # translated or careless copy writes a month in lower case; only a year after it makes it one:
        # "on may 27, 1968", "In may 1986" (not "may launch")
        lower = _alternation(m.lower() for m in self.months if len(m) > 4 or m.lower() in {"may", "june", "july"})
        self.lower_case_months = [
            ("month_day", re.compile(edge_l + r"(?P<month>" + lower + r")\s+" + day + r",?\s+" + year + edge_r)),
            ("month_year", re.compile(edge_l + r"(?P<month>" + lower + r")(?:,|\s+of)?\s+" + year + edge_r)),
        ]
        self.forms = [
            ("iso", re.compile(edge_l + r"(?P<year>1[89]\d\d|20\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])" + edge_r)),
            # date stamps: "2023.02.24", and day first as European copy writes it, "10.10.2012"
            ("iso", re.compile(edge_l + r"(?P<year>1[89]\d\d|20\d\d)\.(?P<mnum>0[1-9]|1[0-2])\.(?P<day>0[1-9]|[12]\d|3[01])"
                               + r"(?![\w.]\w)")),
            ("iso", re.compile(edge_l + r"(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<mnum>0?[1-9]|1[0-2])\.(?P<year>1[89]\d\d|20\d\d)"
                               + r"(?![\w.]\w)")),
            # a holiday's day, "Christmas Eve 1968" (dates/finder.py reads it as its month and day)
            ("holiday", re.compile(edge_l + r"(?P<holiday>" + _alternation(words["holidays"]) + r")" + year_or_rel + edge_r)),
            # a newspaper archive's stamp, its month in capitals: "(FEB-10-1975)"
            ("month_day", re.compile(edge_l + r"(?P<month>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)-"
                                     r"(?P<day>0[1-9]|[12]\d|3[01])-" + year + edge_r)),
            # a fact box's named month with slashes: "Launch Date/Time: July/15/2012"
            ("month_day", re.compile(month_edge_l + month + r"/" + day + r"/" + year + edge_r)),
            # a scraped fact box's month glued to its day: "Launch Date: September16, 2021"
            ("month_day", re.compile(month_edge_l + month + r"(?P<day>[12]\d|3[01]|0?[1-9])(?!\d)(?:,\s*" + year + r")?"
                                     + edge_r)),
            # a citation's stamp, its year in two digits after a slash: "(W Post, Oct 3/84, A-23)"
            ("month_day", re.compile(month_edge_l + month + r"\s+" + day + r"/(?P<syear>\d\d)" + edge_r)),
            # a numeric date with slashes, "10/5/20", "5/10/2020": month and day order decided in dates/finder.py
            ("numeric", re.compile(edge_l + r"(?P<n1>[12]\d|3[01]|0?[1-9])/(?P<n2>[12]\d|3[01]|0?[1-9])/"
                                   r"(?P<nyear>(?:19|20)\d\d|\d\d)(?![\w/]|\.\d)")),
            # ... and a page's date stamp with hyphens and a full year, "10-15-2003"
            ("numeric", re.compile(edge_l + r"(?P<n1>[12]\d|3[01]|0?[1-9])-(?P<n2>[12]\d|3[01]|0?[1-9])-"
                                   r"(?P<nyear>(?:19|20)\d\d)(?![\w-]|\.\d)")),
            # a weekday and a day of the month with no month: "Thursday 14th", "Friday the 15th"
            ("weekday_day", re.compile(edge_l + r"(?P<weekday>" + _alternation(self.weekdays) + r"),?\s+(?:the\s+)?"
                                       r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)" + edge_r +
                                       r"(?!,?\s+(?:of\s+)?" + months + r")")),
            # a bare ordinal day after a dated one: "launched 12 October 1964, and returned on the 13th"
            ("ordinal_day", re.compile(r"(?<![\w\-/.])the\s+(?P<oday>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)"
                                       r"(?=\s*[.,;)]|\s+(?:and|but|when|after|before)\b)")),
            # a weekday with its date in brackets, one mention: "died Monday (March 18)", "on Thursday
            # morning (March 21)"
            ("month_day", re.compile(edge_l + r"(?P<weekday>" + _alternation(self.weekdays) + r")" +
                                     part.replace(",)?", ")?") + r"\s+\(" + month +
                                     r"\s+" + day + year_or_rel + r"\)")),
            ("day_month", re.compile(edge_l + weekday + day + r"(?:\s+of)?\s+" + month + year_or_rel + edge_r)),
            # a German-style ordinal's point, with its year (not a numbered list's "1. March"): "15. December 2015"
            ("day_month", re.compile(edge_l + r"(?P<day>[12]\d|3[01]|0?[1-9])\.\s+" + month + r",?\s+" + year + edge_r)),
            # a page's stamp, its parts joined by hyphens: "Updated 15:57, 26-Oct-2023"
            ("day_month", re.compile(edge_l + r"(?P<day>[12]\d|3[01]|0?[1-9])-" + month + r"-" + year + edge_r)),
            ("month_day", re.compile(month_edge_l + weekday + month + r"\s+" + day + year_or_rel + edge_r)),
            # the first day of a range, "July 13-19", or of a choice, "September 6/7": the last day is no
            # mention of its own form
            ("month_day", re.compile(month_edge_l + weekday + month + r"\s+" + day +
                                     r"(?=\s*[–-]\s*(?:[12]\d|3[01]|0?[1-9])\b|/(?:[12]\d|3[01]|0?[1-9])(?![\w/]))")),
            # a comma after the month before an ordinal day and its year: "January, 13th 1949"
            ("month_day", re.compile(month_edge_l + month + r",\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th),?\s+" +
                                     year + edge_r)),
            ("month_day", re.compile(month_edge_l + weekday + month + r"\s+" + ordinal_day + year_or_rel + edge_r)),
            # (a cardinal only where the date closes its clause: not "in May one astronaut ...")
            ("month_day", re.compile(month_edge_l + weekday + month + r"\s+" + cardinal_day + year_or_rel +
                                     r"(?=\s*[.,;:)!?]|\s*$)")),
            ("day_month", re.compile(edge_l + weekday + ordinal_day + r"\s+of\s+" + month + year_or_rel + edge_r)),
            ("month_year", re.compile(month_edge_l + mod + month + r"(?:,|\s+of)?\s+" + year + edge_r)),
            # a year in two digits after its month: "July of '92", "June '95"
            ("month_year", re.compile(month_edge_l + mod + month + r"(?:,|\s+of)?\s+['’](?P<syear>\d\d)" + edge_r)),
            ("decade", re.compile(edge_l + r"(?:(?P<the>[Tt]he)\s+)?" + mod + r"(?P<decade>1[89]\d0|20\d0)['’]?s" + edge_r)),
            # "the '90s", "the ’60s": a twentieth-century decade ("'20s" could be either century)
            ("decade", re.compile(r"(?:(?<=\s)|(?<=^)|(?<=\())(?:(?P<the>[Tt]he)\s+)?" + mod
                                  + r"['’](?P<short>[3-9])0s" + edge_r)),
            # "the eighties": a twentieth-century decade in words (with "the": not "in his eighties")
            ("decade", re.compile(edge_l + r"(?P<the>[Tt]he)\s+" + mod + r"(?P<dword>" +
                                  _alternation(self.decade_words) + r")" + edge_r)),
            # an anniversary's "on this day in 1981": the publication's day and month that year
            ("this_day", re.compile(edge_l + r"[Tt]his\s+day\s+in\s+" + year + edge_r)),
            # (not a number's first part: "Object number: 2031.014.001")
            ("year", re.compile(edge_l + mod + year + edge_r + r"(?!\.\d)")),
            # a span of years, "(1929-2017)": two years
            ("year", re.compile(edge_l + r"(?P<year>1[89]\d\d|20\d\d)(?=-(?:1[89]\d\d|20\d\d)(?!\w|-\d))")),
            ("year", re.compile(r"(?<=(?:1[89]|20)\d\d-)(?P<year>1[89]\d\d|20\d\d)" + edge_r)),
            # a season's span with its second year cut short, "a mission in 1988-89": its first year
            ("year", re.compile(edge_l + r"(?P<year>1[89]\d\d|20\d\d)(?=[-–]\d\d(?![\w-]|\.\d))")),
            ("month_rel_year", re.compile(edge_l + month + r"(?:\s+of)?\s+" + rel.replace("\\s+", "") + r"\s+year" + edge_r)),
            ("rel_month", re.compile(edge_l + rel + month2 + edge_r)),
            ("month_alone", re.compile(edge_l + mod + month + edge_r)),
            # "by the end of the year", "the end of next year": the year it ends
            # (and "by the end of year", the article dropped)
            ("rel_unit", re.compile(edge_l + r"end\s+of\s+(?:(?P<rel>this|next|last)\s+|the\s+|(?<=the\send\sof\s))"
                                    r"(?P<unit>year)" + edge_r)),
            # (a headline's "Mir Launched Last Year")
            ("rel_unit", re.compile(edge_l + rel + r"(?P<unit>year|month|(?<=[NLT]\w{3}\s)(?:Year|Month))" + edge_r)),
            # (or ahead: "will be launched 13 days hence", "two years from now"; "fifty years ago today": that day)
            ("ago", re.compile(edge_l + count + r"\s+(?P<unit>decades?|years?|months?|days?)\s+(?P<ahead>hence|from\s+now)?"
                               r"(?(ahead)|ago(?:\s+(?P<today>today))?)" + edge_r)),
            ("rel_day", re.compile(edge_l + r"(?P<relday>" + _alternation(
                [w for k in words["relative_days"] for w in (k, k.capitalize())]) + r")" + edge_r)),
            # (a scraped page's "OnThursday" too: its space lost)
            ("weekday", re.compile(r"(?:(?<=\bOn)|" + edge_l + r")(?:(?P<rel>next|last|this|Next|Last|This)\s+)?(?P<weekday>"
                                   + _alternation(self.weekdays) + r")" + edge_r)),
            # (cut short after "on", with its full stop: "docked on Wed. at 10:45 p.m.")
            ("weekday", re.compile(r"(?<=\b[Oo]n )(?P<abbreviation>" + _alternation(words["weekday_abbreviations"]) +
                                   r")\.(?!\w)")),
        ]
        self.forms = self.lower_case_months + self.forms
