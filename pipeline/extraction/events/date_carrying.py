"""Dates one statement lends another (`event_dates.EventDater` dates each from its own
sentence first): the sentence before's, a plan told after ("The flight is scheduled for
..."), a date noun's, the next trigger's it is joined to, a same-day phrase's ("and touched
down about three hours later"), hours after another event, a minutes-long hop's launch day,
and a fact box label's value.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name
from .craft_clauses import FINITE_VERBS
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY
from .trigger_places import LEDE_CHARS

if TYPE_CHECKING:
    from .finder import Statement
    from .triggers import Trigger

_DAY_OR_MONTH = 2  # date_rank of a month
_DAY = 3  # date_rank of a day
# "undock and land", "undock and head for a splashdown": the next trigger of one "and"
_AND_ON_TO = re.compile(r"\sand(?:\s+then)?(?:\s+[a-z]+\s+(?:to|for))?\s*$")
_AND_HAS = re.compile(r"\sand(?:\s+(?:then|has|have|had))?\s*$")  # "... as expected and has returned"
_LEDE_WORDS = 8
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\s+")
# "touched down ... some three hours after liftoff": the span back to another event the sentence names
_HOURS_AFTER = re.compile(r"(?:\b(?P<count>\d+)\s+)?\b(?:hours?|minutes?)\s+(?:after|following)\s+(?:the\s+|its\s+|their\s+)?$",
                          re.IGNORECASE)
_HOURS_IN_A_DAY = 24  # "more than 50 hours after liftoff" is another day
# "The hop lasted about eleven minutes", "the 10-minute flight": a hop that lands the day it launched
_MINUTES_FLIGHT = re.compile(r"\b(?:lasted|lasting)\b[^.;\n]{0,30}?\bminutes\b|"
                             r"\b[\w]+-minute\s+(?:flight|trip|ride|hop|journey|mission)\b", re.IGNORECASE)
_LATE_IN_DAY = re.compile(r"\b(?:evening|night|tonight|midnight|late|p\.?m)\b", re.IGNORECASE)  # hours on may be the next day
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s?[ap]\.?m\b", re.IGNORECASE)  # "6:49 p.m.", "9 am"
# ... or a 24-hour one with its zone: "at 14:10 GMT", "at 0957 GMT"
_ZONED_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3]):?[0-5]\d\s+(?:GMT|UTC|EDT|EST|CDT|CST|PDT|PST|BST|CET|CEST|"
                          r"Moscow|Beijing|local|[A-Z]{2,4}\s+time)\b")
_NEWS_DAYS = 1  # a lede's day this near the publication's is the story's own
_PLAN_SUBJECT_REACH = 3  # "The flight is", "The crewed mission is": words to its subject


def _within_the_day(match: re.Match | None) -> bool:
    """"some three hours after liftoff" (not "more than 50 hours after liftoff": a later day)."""
    return match is not None and (match.group("count") is None or int(match.group("count")) < _HOURS_IN_A_DAY)


def dates_in(doc: Doc, sent: Span) -> list:
    """The date records (`dates/finder.py`) stated in a sentence, in text order."""
    return sorted((d for d in doc._.dates or () if sent.start_char <= d.start < sent.end_char), key=lambda d: d.start)


def dates_agree(one: set[str], other: set[str]) -> bool:
    """Two statements' dates can be one event's: either gives none, or one is the other or contains it
    ("1998" and "1998-10-29")."""
    return not one or not other or any(a.startswith(b) or b.startswith(a) for a in one for b in other)


def date_rank(value: str) -> int:
    """How specific a date value is: a day over a month over a year over a decade."""
    if len(value) == 3:
        return 0
    return {4: 1, 7: 2, 10: 3}.get(len(value), 0)


class DateCarrier:
    def __init__(self, words: dict):
        self.same_day_after = words["same_day_after"]
        self.next_day_after = words["next_day_after"]
        self.relative_time = set(words["relative_time_words"])  # "two days later": no date to carry over
        self.plans = set(words["unrealised_plans"])
        self.scheduled = set(words["scheduled_for"]) | {"will"}  # "is scheduled to blast off", "will dock"
        self.flight_subjects = set(words["planned_flight_subjects"])
        # (a day said to be a saying's: "the agency stated on 15 July")
        # (nor a death's: "His death was reported by Roscosmos on Wednesday (June 12)")
        self.death = re.compile(r"\b(?:" + "|".join(words["death_words"]) + r")\b", re.IGNORECASE)
        self.said_on = re.compile(r"\b(?:" + "|".join(words["speech_after"]) + r")\s+(?:on\s+)?$", re.IGNORECASE)

    def from_sentence_before(self, doc: Doc, statements: list["Statement"], sentences: list[Span],
                             sentence_of: dict[int, int], triggers: list["Trigger"]) -> None:
        """"Then there was Gemini 8 in March 1966. Armstrong and Scott achieved the first docking":
        an undated statement whose sentence names no time of its own ("two days later") takes the
        date of the sentence before it in the paragraph, where that sentence states no event (nor
        tells of one given up: "were originally expected back in June, but ... The Starliner
        returned uncrewed")."""
        text = doc_text(doc)
        stated = {sentence_of[s.trigger.span.start] for s in statements} | \
            {sentence_of[t.span.start] for t in triggers if not t.stated}
        for statement in statements:
            index = sentence_of[statement.trigger.span.start]
            if statement.value or index == 0 or index - 1 in stated or not statement.trigger.dated:
                continue
            sent, before = sentences[index], sentences[index - 1]
            # a wire story's lede is a paragraph of its own: "The astronauts splashed down in the Pacific
            # yesterday. // A, B and C came back to earth right on the money"
            if ("\n\n" in text[before.start_char:sent.start_char].rstrip(" ") and
                    not (before.start_char <= LEDE_CHARS and index - 1 in self._ledes(doc, sentences))) or \
                    any(t.lower_ in self.relative_time and not _ends_their(doc, t)
                        for t in doc[sent.start:_clause_end(doc, statement.trigger.span)]):
                continue  # (a time word past "and" is a later verb's: "lifted off ..., and six hours later docked")
            value = self._one_most_specific_date(doc, before)
            if value is not None and not self._planned_before(doc, statement.trigger.span, value):
                statement.value, statement.carried = value, True

    def _planned_before(self, doc: Doc, trigger: Span, value: str) -> bool:
        """"... selected in May 2010, said the CMSEO. The Shenzhou-14 spaceship is scheduled to blast off":
        an event still to come takes no day that was past when the article was written."""
        published = doc._.published
        return published is not None and value < published.isoformat()[:len(value)] and \
            any(t.lower_ in self.scheduled for t in doc[trigger.sent.start:trigger.start])

    def from_plan_after(self, doc: Doc, statements: list["Statement"], sentences: list[Span],
                        sentence_of: dict[int, int]) -> None:
        """"The four will launch in an Orion spacecraft ... The flight is targeted for November 2024":
        an undated launch takes the most specific date of the next sentence of its paragraph where that sentence
        opens on the flight and plans it, stating no event of its own."""
        text = doc_text(doc)
        stated = {sentence_of[s.trigger.span.start] for s in statements}
        for statement in statements:
            index = sentence_of[statement.trigger.span.start]
            if statement.value or statement.trigger.event != "launch" or index + 1 >= len(sentences) or \
                    index + 1 in stated or not statement.trigger.dated:
                continue
            sent, after = sentences[index], sentences[index + 1]
            opening_word = next((t for t in after if not t.is_space), None)
            if opening_word is None or "\n" in text[sent.start_char:opening_word.idx]:
                continue
            opening = [t.lower_ for t in after[:_PLAN_SUBJECT_REACH]]
            if not self.flight_subjects & set(opening) or not any(t.lower_ in self.plans for t in after):
                continue
            value = self._one_most_specific_date(doc, after)
            if value is not None:
                statement.value, statement.carried = value, True

    def from_date_noun(self, doc: Doc, statements: list["Statement"]) -> None:
        """"In January the company picked March 4 as the launch date": the day a sentence gives an event's
        date noun dates that event of the craft its sentence names, else of the craft of the last statement
        of that event before it (the first after, where none is before), over a less specific value."""
        crafts = doc.spans.get(SPACECRAFT_KEY, [])
        for noun in (doc[t.i - 1] for t in doc if t.lower_ == "date" and t.i > 0):
            of_event = [s for s in statements if s.trigger.event == noun.lower_]
            value = self._one_most_specific_date(doc, noun.sent) if of_event else None
            if value is None or date_rank(value) != 3:
                continue
            named = [c for c in crafts if noun.sent.start <= c.start < noun.i]  # ("to honour Apollo 11" after it)
            before = [s for s in of_event if s.trigger.span.start < noun.i]
            craft = normalize_name(named[0].kb_id_) if named else \
                normalize_name((before[-1] if before else of_event[0]).craft)
            for statement in of_event:
                if normalize_name(statement.craft) == craft and date_rank(statement.value or "") < 3:
                    statement.value = value

    def _one_most_specific_date(self, doc: Doc, sent: Span) -> str | None:
        """The sentence's most specific date where it is one day or month ("in March 2021 ... on 3 March"
        has two), else None."""
        # (not the day of a saying: "Revised launch date will be announced later, Isro stated on 15 July")
        text = doc_text(doc)
        if self.death.search(text, sent.start_char, sent.end_char):
            return None
        dates = [d for d in dates_in(doc, sent) if not self.said_on.search(text, max(sent.start_char, d.start - 20), d.start)]
        best = max((date_rank(d.value) for d in dates), default=0)
        values = {d.value for d in dates if date_rank(d.value) == best}
        return values.pop() if best >= _DAY_OR_MONTH and len(values) == 1 else None

    @staticmethod
    def _ledes(doc: Doc, sentences: list[Span]) -> set[int]:
        """The index of the story's first sentence: past a byline or a headline, the first with a
        finite verb and words enough to tell news."""
        for index, sent in enumerate(sentences):
            last = next((t for t in reversed(sent) if not t.is_space), None)
            if last is not None and not last.is_punct and "\n" in sent.text_with_ws[last.idx - sent.start_char:]:
                continue  # a headline's line: "Rendezvous in 2014: Rosetta, Europe's comet chaser, is en route"
            # (a past tense the tagger took for a participle right after its subject: "The ship connected with")
            if sum(t.is_alpha for t in sent) >= _LEDE_WORDS and any(
                    t.tag_ in FINITE_VERBS or (t.tag_ == "VBN" and t.i > sent.start and doc[t.i - 1].tag_ in {"NN", "NNP"})
                    for t in sent):
                return {index}
        return set()

    @staticmethod
    def under_label(doc: Doc, trigger: Span) -> str:
        """"Docking Schedule with the ISS:\nJuly/17/2012 1:50 p.m.": a fact box label's value, the
        first date after its colon on that line or the next."""
        text = doc_text(doc)
        colon = text.find(":", trigger.end_char)
        end = text.find("\n", text.find("\n", colon) + 1)
        end = len(text) if end < 0 else end
        return next((d.value for d in doc._.dates if colon < d.start < end), "")

    def joined_to_next(self, doc: Doc, statements: list["Statement"]) -> None:
        """"are due to undock in Soyuz MS-21 and land on the Kazakh steppe next Thursday", "undock and
        head for a splashdown on 9 May": an undated trigger joined by "and" to the next one of its
        clause shares the date that one's words give; and an undated landing so joined to its craft's
        dated undocking shares that one's."""
        text = doc_text(doc)
        for statement, following in zip(statements, statements[1:]):
            first, second = statement.trigger.span, following.trigger.span
            if statement.value or not following.value or first.sent != second.sent or first.end > second.start:
                continue
            between = text[first.end_char:second.start_char].lower()
            if _AND_ON_TO.search(between) and not set(between) & {",", ";"} and \
                    not any(w in self.relative_time for w in between.split()):
                statement.value = following.value
        for statement, following in zip(statements, statements[1:]):
            # "separated from the station today (Sept 26) as expected and has returned to earth": a landing
            # joined by "and" to its craft's dated undocking comes home that day
            first, second = statement.trigger.span, following.trigger.span
            if (statement.trigger.event, following.trigger.event) != ("undocking", "landing") or \
                    not statement.value or following.value or first.sent != second.sent or \
                    normalize_name(statement.craft) != normalize_name(following.craft):
                continue
            between = text[first.end_char:second.start_char].lower()
            after = re.split(r"[,;]", text[second.end_char:second.sent.end_char].lower(), maxsplit=1)[0]
            # (commas may set off the undocking's own date and clock: "undocked ..., on 3rd October 2019, at
            # 11:37 UAE time, and landed")
            if _AND_HAS.search(between) and ";" not in between and \
                    not any(w.strip(".,") in self.relative_time for w in (between + " " + after).split()):
                following.value = statement.value  # (not "undocked on Monday and landed two days later")

    def same_day(self, doc: Doc, statements: list["Statement"]) -> None:
        """"undocked ... on April 11 and touched down about three hours later": a trigger a same-day
        phrase follows takes the date of the sentence's trigger before it, and so does one joined to it
        by "and" that gives a clock time; "left Florida on Nov. 10, docking the next day" is not dated
        by that day."""
        text = doc_text(doc)
        for index, statement in enumerate(statements):
            trigger = statement.trigger.span
            # (a number's "and a half" parts no clause: "about six and a half hours later")
            after = _AND_A_HALF.sub(" and-a-half ", " ".join(text[trigger.end_char:trigger.sent.end_char].lower().split()))
            clause_end = min((after.find(b) for b in (",", ";", " and ", " but ") if b in after), default=len(after))
            days = 0 if any(cue in after[:clause_end] for cue in self.same_day_after) else \
                1 if any(cue in after[:clause_end] for cue in self.next_day_after) else None
            before = [s for s in statements[:index] if s.value and s.trigger.span.sent == trigger.sent
                      and s.trigger.span.start < trigger.start]
            if days is None and before and _CLOCK.search(after[:clause_end]) and \
                    " and " in text[before[-1].trigger.span.end_char:trigger.start_char]:
                days = 0  # "undocked Wednesday at 2:36 p.m. and landed ... at 6:49 p.m.": the day's clock goes on
            if days is None and not statement.value and _CLOCK.search(after[:clause_end]):
                # "On Sunday, July 20, 1969, A and B undocked ... Eagle touched down at 4:17 p.m.": a clock
                # time goes on with the day the paragraph's last dated event told
                opening = text.rfind("\n\n", 0, trigger.start_char)
                told = [s for s in statements[:index] if date_rank(s.value) == _DAY and
                        opening < s.trigger.span.start_char < trigger.start_char]
                if told:
                    statement.value = told[-1].value
                continue
            if days is None or not before or (statement.value and statement.value != before[-1].value):
                continue
            # a day later is no date the text states (SPEC §6: a value of dates.csv): none
            statement.value = before[-1].value if days == 0 else ""

    def clock_on_the_ledes_day(self, doc: Doc, statements: list["Statement"], sentences: list[Span],
                               triggers: list["Trigger"]) -> None:
        """"The cargo ship connected with the station early Thursday morning ... the craft docked at 5:16 am":
        an undated statement past a news story's lede, whose sentence gives only a clock time, happened on the
        day the lede tells, where that is the publication's day or the day before and the lede tells no
        event of another kind (not "A launched Tuesday ... docked at 9:01 p.m.", perhaps the next day)."""
        published, ledes = doc._.published, self._ledes(doc, sentences)
        if published is None or not ledes:
            return
        lede = sentences[min(ledes)]
        value = self._one_most_specific_date(doc, lede)
        if value is None or date_rank(value) != _DAY or value[:4] != str(published.year) or \
                not 0 <= (published - dt.date.fromisoformat(value)).days <= _NEWS_DAYS:
            return
        told = {t.event for t in triggers if lede.start <= t.span.start < lede.end}
        text = doc_text(doc)
        # (an event dated elsewhere keeps that date: "launched ... on 18 March 1965 ... Lift-off came at 07:00 GMT")
        dated = {(s.trigger.event, normalize_name(s.craft)) for s in statements if s.value}
        for statement in statements:
            trigger = statement.trigger.span
            sent = trigger.sent
            if statement.value or trigger.start < lede.end or not statement.trigger.dated or \
                    (told and statement.trigger.event not in told) or dates_in(doc, sent) or \
                    (statement.trigger.event, normalize_name(statement.craft)) in dated:
                continue
            if not (_CLOCK.search(text, sent.start_char, sent.end_char) or
                    _ZONED_CLOCK.search(text, sent.start_char, sent.end_char)):
                continue
            if any(t.lower_ in self.scheduled or t.lower_ in self.relative_time for t in sent):
                continue  # (not "will dock at 3 p.m.", nor "docked at 9:01 p.m. two days later")
            statement.value, statement.carried = value, True

    def hours_after(self, doc: Doc, statements: list["Statement"], triggers: list["Trigger"]) -> None:
        """"After two orbits the orbiter touched down on the runway, some three hours after liftoff":
        an undated trigger some hours after an event its sentence names takes the day the article gives
        that event of the same craft (a day count would be "days after"), unless that event came late in
        its day."""
        text = doc_text(doc)
        for statement in statements:
            trigger = statement.trigger.span
            if statement.value:
                continue
            named = next((t for t in triggers if t.span.sent == trigger.sent and t.span.start > trigger.end
                          and _within_the_day(_HOURS_AFTER.search(text[trigger.end_char:t.span.start_char]))), None)
            if named is None:
                continue
            told = [s for s in statements if s.craft == statement.craft and s.trigger.event == named.event
                    and date_rank(s.value) == _DAY and s.trigger.span.start < trigger.start]
            # (not after "took off Friday evening": three hours on may be Saturday)
            if told and not _LATE_IN_DAY.search(told[-1].trigger.span.sent.text):
                statement.value = told[-1].value

    def minutes_flight(self, doc: Doc, statements: list["Statement"]) -> None:
        """"On Monday a suborbital rocket lifted off ... The hop lasted about eleven minutes.
        The capsule ... landed in the desert": an undated landing in a paragraph that tells of a flight
        of minutes takes the day of the paragraph's launch before it."""
        text = doc_text(doc)
        for statement in statements:
            trigger = statement.trigger.span
            if statement.value or statement.trigger.event != "landing":
                continue
            opening = text.rfind("\n\n", 0, trigger.start_char) + 1
            closing = text.find("\n\n", trigger.end_char)
            closing = len(text) if closing < 0 else closing
            if not _MINUTES_FLIGHT.search(text, opening, closing):
                continue
            launched = [s.value for s in statements if s.trigger.event == "launch" and date_rank(s.value) == _DAY
                        and opening <= s.trigger.span.start_char < trigger.start_char]
            if launched:
                statement.value = launched[-1]


def _ends_their(doc: Doc, token) -> bool:
    """"splashed down after their 84-day mission": a preposition of time before their own flight, which
    the event ends, shifts no time."""
    return token.lower_ in {"after", "following"} and token.i + 1 < len(doc) and doc[token.i + 1].tag_ == "PRP$"


def _clause_end(doc: Doc, trigger: Span) -> int:
    """Where the trigger's clause ends: at the first "and", ";" or "but" after it, else with its sentence."""
    return next((t.i for t in doc[trigger.end:trigger.sent.end] if t.lower_ in {"and", ";", "but"}), trigger.sent.end)
