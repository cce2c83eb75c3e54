"""Which date candidates the grammar finds are dates: a range's days first, then every form in
turn, without overlaps, each checked against the words around it (a year before "tonnes" is a
quantity, a year in quotes before a colon a title, a bare month a word of its own unless a cue
stands before it, a capitalised weekday in a name, "today" in "still used today").
`dates.DateFinder` asks `DateCandidates.find`.
"""

from __future__ import annotations

import re

from .grammar import Candidate, DateGrammar

_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her"}
_AS_EARLY_AS = re.compile(r"\bas\s+(?:early|late|soon)\s+as\s+$", re.IGNORECASE)
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
# what follows a clock's four digits: the time again in brackets, or its zone ("Moscow time", "local")
_CLOCK_AFTER = re.compile(r"\s*\(\s*\d{1,2}[:.]\d{2}|\s+(?:[A-Z][a-z]+ )?time\b")
_NUMBERED_ITEM = re.compile(r"(?:N°|Nº|No\.|Nr\.)\s*\d+\s*[–/-]\s*$")  # "N° 42–2014": a release's number and year
_SHORT_SECOND_YEAR = re.compile(r"[-–](\d\d)(?![\w-]|\.\d)")
_RANGE_TAIL = re.compile(r"[–-]\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+$")
_OPENING_QUOTES = {'"', "“", "'", "‘"}
_RANGE_WORDS = {"to", "through", "till", "until", "-", "–"}
_DECADE_BEFORE = {"in", "the", "during", "since", "by", "of", "through", "until", "throughout", "from", "early", "mid",
                  "late", "and"}
_DECADE_AFTER = {"and", "or", "to", "through", "until", "when"}
_TITLE_ENDS = {'"', "”", "'", "’", ":"}
# "still used today", "even today", "is still in use today": nowadays, not the day of writing
# (not "the capsule was still floating today": a day of the news)
_NOWADAYS_BEFORE = re.compile(r"\b(?:even|(?:still|widely)\s+(?:used|in\s+use|operated|operational|visible|standing|"
                              r"flying|practised|practiced|followed))\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


class DateCandidates:
    def __init__(self, vocab: dict, grammar: DateGrammar):
        self.grammar = grammar
        self.holidays = vocab["holidays"]
        self.month_alone_cues, self.month_attributive = set(vocab["month_alone_cues"]), set(vocab["month_attributive_nouns"])
        self.ambiguous_months = set(vocab["ambiguous_months"])
        self.ambiguous_month_cues = set(vocab["ambiguous_month_cues"])
        self.year_units = set(vocab["year_units"])
        self.year_blockers = set(vocab["year_blockers_before"])
        self.weekday_name_words = set(vocab["weekday_name_words"])  # "Black Friday", "Super Tuesday"

    def find(self, text: str, blocked: list[tuple[int, int]]) -> list[Candidate]:
        """The date candidates of `text` outside the `blocked` spans (a craft's name), in text order."""
        taken: list[tuple[int, int]] = list(blocked)
        found: list[Candidate] = []
        for cand in self.grammar.day_range_candidates(text):
            if not any(cand.start < b_end and b_start < cand.end for b_start, b_end in taken):
                found.append(cand)
        taken += [(c.start, c.end) for c in found]
        for form, regex in self.grammar.forms:
            for m in regex.finditer(text):
                start, end = m.span()
                if any(start < b_end and b_start < end for b_start, b_end in taken):
                    continue
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                if not self._plausible(text, form, m, groups):
                    continue
                taken.append((start, end))
                if "dayword" in groups:  # "September seventh"
                    groups["day"] = str(self.grammar.day_words[groups.pop("dayword").lower()])
                if form == "holiday":
                    groups["month"], groups["day"] = self.holidays[groups.pop("holiday")]
                if "abbreviation" in groups:  # "on Wed."
                    groups["weekday"] = groups.pop("abbreviation")
                if groups.get("weekday", "").rstrip(".") in self.grammar.weekday_abbreviations:  # "Thu., Sept. 26"
                    groups["weekday"] = self.grammar.weekday_abbreviations[groups["weekday"].rstrip(".")]
                if "unit" in groups:
                    groups["unit"] = groups["unit"].lower()  # "Last Year"
                found.append(Candidate(start, end, "month_day" if form == "holiday" else form, groups))
        found.sort(key=lambda c: c.start)
        return found

    def _plausible(self, text: str, form: str, m: re.Match, groups: dict) -> bool:
        before = text[max(0, m.start() - 25):m.start()].split()
        after = text[m.end():m.end() + 25].split()
        prev_word = before[-1].lstrip("([\"'“‘") if before else ""  # "Wentian (in July)"
        next_word = after[0].strip(".,;:)!?") if after else ""
        if form == "year":
            if next_word in self.year_units or prev_word in self.year_blockers:
                return False
            if text[m.end():m.end() + 1] in {"%", "+"} or text[max(0, m.start() - 1):m.start()] in {"$", "£", "€", "#"}:
                return False
            if text[max(0, m.start() - 1):m.start()] in _OPENING_QUOTES and text[m.end():m.end() + 1] in _TITLE_ENDS:
                return False  # a title: his "2010" sequel to "2001: A Space Odyssey"
            if next_word.lower() in {"-year-old", "year-old"}:
                return False
            if prev_word.lower() == "at" and _CLOCK.fullmatch(m.group()) and _CLOCK_AFTER.match(text, m.end()):
                return False  # a 24-hour clock: "docked at 2017 (12:17 a.m. EDT)", "at 1845 Moscow time"
            if _NUMBERED_ITEM.search(text, max(0, m.start() - 12), m.start()):
                return False
            if _RANGE_TAIL.search(text, max(0, m.start() - 12), m.start()):
                return False  # "May 23-29, 1986": the year of the range's first date, which carries it
            short = _SHORT_SECOND_YEAR.match(text, m.end())
            if short and int(short.group(1)) != (int(groups["year"]) + 1) % 100:
                return False  # "1988-89" is a span of years; "Flight 2020-01" a designation
        if form == "month_alone":
            month = groups["month"]
            if prev_word.lower() in {"the", "an", "a"} and next_word in self.month_attributive:
                return True  # "since the October failure of an Antares rocket"
            if {w.lower() for w in before[-2:]} & _DETERMINERS and len(after) > 1 and \
                    after[1].strip(".,;:)!?") in self.month_attributive and next_word[:1].isupper():
                return True  # "following the historic May Demo-2 launch": a flight's name between
            if _AS_EARLY_AS.search(text, max(0, m.start() - 20), m.start()):
                return True  # "plan to launch as early as January"
            if next_word.lower() in _RANGE_WORDS and len(after) > 1 and \
                    after[1].strip(".,;:)!?") in self.grammar.months:
                return True  # a range's first month: "(May to November 2014)"
            if "mod" not in groups and prev_word not in self.month_alone_cues:
                return False
            if month in self.ambiguous_months and "mod" not in groups and prev_word not in self.ambiguous_month_cues:
                return False  # "May", "March", "Jan": a verb or a word as often, alone only after a stronger cue
        if form == "weekday":
            # a bare weekday names a day only as "on Friday" or with next/last/this
            # A capitalised weekday names a day ("launched Tuesday", "returned to Earth
            # Thursday", "(0100 GMT) Wednesday"), except in names of its own: "Black Friday".
            sentence_start = starts_sentence(text, m.start())
            if "rel" not in groups and not sentence_start and prev_word[:1].isupper() \
                    and prev_word.lower().strip("()") in self.weekday_name_words:
                return False
        if form == "ago" and prev_word.lower() == "than":
            return False  # "less than a month ago", "more than a decade ago": a bound, no calendar value
        if form == "rel_day" and prev_word.lower() == "ago":
            return False  # "sixty years ago today" names the anniversary, not the day
        if form == "rel_day" and groups["relday"].lower() == "today" and \
                _NOWADAYS_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            return False  # "an area still used today", "even today": nowadays, no calendar day
        if form == "decade" and "decade" in groups and not groups.get("the") and not groups.get("mod") and \
                text[m.end() - 2:m.end() - 1] in {"'", "’"} and next_word[:1].islower() and \
                next_word not in _DECADE_AFTER and prev_word.lower() not in _DECADE_BEFORE:
            return False  # a year's possessive, "1970’s nearly disastrous flight of Apollo 13": the year, read alone
        if form == "rel_day" and groups["relday"][:1].isupper() and not starts_sentence(text, m.start()):
            return False  # a title: "Edge of Tomorrow"
        return True


def starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"“‘'(”’)")  # "... is better.” “Today is"
    return not before or before[-1] in ".!?\n:–—" or before.endswith(" -")  # ("Quebec, December 3 – Today,")
