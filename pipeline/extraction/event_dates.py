"""The date of each statement of an event: the date mentions of the trigger's
sentence nearer to it than to any other trigger (`dates.py` has resolved them),
its own clause's first, the most specific; a fronted date ("On 12 April 1961
...") dates every trigger of its sentence. An undated trigger a same-day phrase
follows ("and touched down about three hours later") takes the date of the
trigger before it.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ..normalize import doc_text, normalize_name
from .craft_clauses import CLAUSE_BREAKS, FINITE_VERBS
from .spacecraft import SPAN_KEY as SPACECRAFT_KEY
from .trigger_places import LEDE_CHARS

if TYPE_CHECKING:
    from .events import Statement
    from .triggers import Trigger

_PARENTHESES = re.compile(r"\([^()]*\)")  # "(1202 GMT; 8:02 p.m. local time)": an aside's ";" parts no clauses
_PLAN_CHARS = 40  # "was originally scheduled for Nov. 21"
_DAY_OR_MONTH = 2  # date_rank of a month
_DAY = 3  # date_rank of a day
_JOINED_VERB = re.compile(r",?\s+and\s+(?:then\s+)?")  # "followed on 31 October and docked"
_FRONTED_DATE = re.compile(r"^\W*(?:(?:on|in|by|early|late|then|and|but|so)\s+)*$", re.IGNORECASE)
_SUBORDINATE_OPENERS = {"after", "before", "since", "until", "when", "while", "because"}
_WHEN_AFTER = re.compile(r",?\s+when\b")
_BEFORE_TRIGGER = re.compile(r",?\s+(?:just\s+)?before\s+(?:(?:it|they|she|he)\s+)?", re.IGNORECASE)  # "stay until November 18 before leaving"
_UNTIL = {"until", "till"}
# "undock and land", "undock and head for a splashdown": the next trigger of one "and"
_AND_ON_TO = re.compile(r"\sand(?:\s+then)?(?:\s+[a-z]+\s+(?:to|for))?\s*$")
# "arrived early today, six hours after leaving the pad", "is due at the station a day following its launch"
_AFTER_PHRASE = re.compile(r"\s(?:after|before|following)(?:\s+(?:its|their|his|her|the))?\s*$")
_LEDE_WORDS = 8
# "one month since Shenzhou-15 docked", "50 years after Apollo 11 landed": a span back to the event
_SPAN_SINCE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+"
                         r"(?:days?|weeks?|months?|years?|decades?)\s+(?:since|after)\s+[^,;.]{0,40}$", re.IGNORECASE)
# "followed by Progress MS-18 two days later": the trigger's own offset from the day told before it
_DAYS_LATER = re.compile(r"[^,;.]{0,60}?\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+"
                         r"(?:days?|weeks?|months?|years?)\s+(?:later|afterwards?)\b", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"\b(?:this (?:morning|afternoon|evening)|tonight|last (?:night|evening))\b", re.IGNORECASE)
_CLEFT_THAT = re.compile(r"\s+that\b")  # "it was not until August 1982 that a second woman went into orbit"
_NEW_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:it|they|he|she|this|that)\s", re.IGNORECASE)
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\s+")
_PART_NOUNS = {"end", "beginning", "start", "middle", "close", "turn", "part", "half", "week", "weekend", "month", "hours", "morning", "evening", "night", "afternoon"}
_BEFORE_CHARS = 24  # the words before a date, whole: "the afternoon of March 9"
_OWN_OF_REACH = 12  # characters from a trigger to "of <date>" still its own: "the launch of 17 July"
# "touched down ... some three hours after liftoff": the span back to another event the sentence names
_HOURS_AFTER = re.compile(r"\b(?:hours?|minutes?)\s+(?:after|following)\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
# "The hop lasted about eleven minutes", "the 10-minute flight": a hop that lands the day it launched
_MINUTES_FLIGHT = re.compile(r"\b(?:lasted|lasting)\b[^.;\n]{0,30}?\bminutes\b|"
                             r"\b[\w]+-minute\s+(?:flight|trip|ride|hop|journey|mission)\b", re.IGNORECASE)
_LATE_IN_DAY = re.compile(r"\b(?:evening|night|tonight|midnight|late|p\.?m\b)", re.IGNORECASE)  # hours on may be the next day
_DATELINE_PLACE = re.compile(r"\s*(?:[A-Z][\w'.-]*[,.]?\s*){0,4}")  # "MOSCOW. ", "BAIKONUR, Kazakhstan, "
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|[-–—:])")  # " (Interfax) -"
_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s?[ap]\.?m\b", re.IGNORECASE)  # "6:49 p.m.", "9 am"

_PLAN_SUBJECT_REACH = 3  # "The flight is", "The crewed mission is": words to its subject


def date_rank(value: str) -> int:
    """How specific a date value is: a day over a month over a year over a decade."""
    if len(value) == 3:
        return 0
    return {4: 1, 7: 2, 10: 3}.get(len(value), 0)


class EventDater:
    def __init__(self, words: dict):
        self.date_blockers = set(words["date_blockers_before"])
        self.decisions = set(words["decision_before"])
        self.speech = set(words["speech_after"])
        self.same_day_after = words["same_day_after"]
        self.next_day_after = words["next_day_after"]
        self.relative_time = set(words["relative_time_words"])  # "two days later": no date to carry over
        self.postponement = set(words["postponement_words"])
        self.plans = set(words["unrealised_plans"])
        self.flight_subjects = set(words["planned_flight_subjects"])

    def date(self, doc: Doc, statement: "Statement", triggers: list["Trigger"], sent: Span) -> None:
        if not statement.trigger.dated:
            return  # the day of writing is not the day of the event
        text = doc_text(doc)
        trigger = statement.trigger.span
        if _SPAN_SINCE.search(text[sent.start_char:trigger.start_char]):
            return  # "Yesterday marked one month since Shenzhou-15 docked": the day is a month on from the event
        decided = trigger.start >= 2 and doc[trigger.start - 1].lower_ == "to" and \
            doc[trigger.start - 2].lower_ in self.decisions  # "in March the board took the
        # decision to launch it empty": the day before is the deciding's
        # "said on Tuesday that the capsule would launch in May": a day before the "that" is the saying's
        said = max((t.idx for t in doc[sent.start:trigger.start] if t.lower_ == "that" and any(
            w.lower_ in self.speech for w in doc[max(sent.start, t.i - 4):t.i])), default=None)
        others = [t.span for t in triggers if sent.start <= t.span.start < sent.end]
        breaks = [t.idx for t in sent if t.lower_ in CLAUSE_BREAKS]
        clause = _clause_of(trigger.start_char, breaks)
        best = None

        def joined_after(verb: Span, start: int, end: int) -> bool:
            """"launched ... on 24 July and docked": a date before "and <verb>" is the earlier verb's;
            so is one before a purpose, "left Mir today to link up with Salyut-7", or before a time
            phrase, "arrived early today, six hours after leaving the pad"."""
            between = text[end:verb.start_char].lower() if verb.start_char > end else ""
            joined = " and " in between or between.strip() == "to" or _AFTER_PHRASE.search(between) is not None
            return joined and any(o.end_char <= start for o in others)

        for record in doc._.dates:
            if not (sent.start_char <= record.start < sent.end_char) or decided and record.end <= trigger.start_char \
                    or said is not None and record.end <= said:
                continue
            before = text[max(sent.start_char, record.start - _BEFORE_CHARS):record.start].lower().split()
            cleft = before[-2:] == ["not", "until"] and _CLEFT_THAT.match(text, record.end) is not None
            if before and before[-1] in self.date_blockers and not cleft and \
                    not _WHEN_AFTER.match(text, record.end, trigger.start_char) and \
                    not _BEFORE_TRIGGER.fullmatch(text, record.end, trigger.start_char) and \
                    not (statement.trigger.until and before[-1] in _UNTIL and record.start > trigger.end_char):
                continue  # not "remain until July 23, when it will depart": the day the when-clause tells of
                # (nor "stay until November 18 before leaving": the day it leaves)
            plan = text[max(sent.start_char, record.start - _PLAN_CHARS):record.start].lower().split()
            if {"originally", "initially"} & set(plan[-4:]) and self.plans & set(plan[-3:]):
                continue  # "The launch was originally scheduled for Nov. 21" (and then postponed): a plan given up
            if "born" in before[-3:]:
                continue  # "The three men, all born in 1966, were blasted off on Thursday": a birth year
            if before[-1:] == ["of"] and not set(before[-2:-1]) & _PART_NOUNS and \
                    record.start - trigger.end_char > _OWN_OF_REACH:
                continue  # "docked two days later, in the Apollo-Soyuz Test Project of July 1975": a noun's date
            if before and before[-1] == "from" and self.postponement & set(
                    text[sent.start_char:record.start].lower().split()):
                continue  # "postpone the launch of Soyuz TMA-21 from March 30 to a later date": the old day
            distance = _char_distance(trigger, record.start, record.end)
            # fronted in the sentence or after its colon: "... a short stay: on 26 September he undocked and landed"
            opening = max(sent.start_char, text.rfind(":", sent.start_char, record.start) + 1,
                          text.rfind(";", sent.start_char, record.start) + 1)
            # (after another date it restates: "Sixty-two years ago, on Tuesday, February 20, 1962, ...")
            lead = "".join(text[a:b] for a, b in _outside(opening, record.start, doc._.dates))
            fronted = _FRONTED_DATE.match(lead) is not None and \
                (opening == sent.start_char or trigger.start_char > record.start)
            if not fronted and joined_after(trigger, record.start, record.end):
                continue
            if not fronted and record.end <= trigger.start_char and \
                    _NEW_CLAUSE.search(text, record.end, trigger.start_char):
                continue  # "since Apollo 17 in December 1972, and it will prepare the way for Artemis III,
                # which is planned to land": a clause with a subject of its own stands between
            if _in_subordinate_clause(sent, trigger, record.start):
                continue
            if record.end <= trigger.start_char and _DAYS_LATER.match(text, trigger.end_char):
                continue  # "docked on 5 March, followed by Progress MS-41 two days later"
            if ";" in _PARENTHESES.sub("", text[min(trigger.end_char, record.end):max(trigger.start_char, record.start)]):
                continue  # "Crew Lands Smoothly; Next Flight Set For Mid-December": another clause's day
            own_phrase = not _comma_between(text, trigger, record.start, record.end)
            if not fronted and any(_char_distance(o, record.start, record.end) < distance and
                                   not joined_after(o, record.start, record.end) and
                                   not (own_phrase and _comma_between(text, o, record.start, record.end))
                                   for o in others):
                continue  # nearer another event's trigger; a fronted date ("On 12 April 1961 ...") dates them all
                # (not "Progress M-19M, launched in April 2013, reached the outpost": a comma parts them)
            # a date of the trigger's own clause first ("shut down on Dec. 12, but Gemini 6A lifted off on Dec. 15")
            # and a date of its own over one before "and <trigger>" ("followed on 31 October and docked
            # early on 1 November")
            verb_joined = record.end <= trigger.start_char and \
                _JOINED_VERB.fullmatch(text[record.end:trigger.start_char].lower()) is not None
            # and the trigger's own day over one a comma sets before it ("lifted off on 3 April 2028, docked on
            # 4 April and undocked on 10 April")
            set_off = not fronted and record.end <= trigger.start_char and "," in text[record.end:trigger.start_char]
            key = (not _in_dateline(text, record), _clause_of(record.start, breaks) == clause, not verb_joined,
                   not set_off, date_rank(record.value), -distance)
            if best is None or key > best[0]:
                best = (key, record.value)
        if best is None and said is not None and doc[trigger.start].tag_ == "VBD" and \
                doc[trigger.start - 1].lower_ != "had":
            # "China announced Saturday that its Shenzhou 21 spaceship docked": a past event the report
            # gives no day of its own is told on the day of the saying (not "would launch", "had docked")
            told = [r for r in doc._.dates if sent.start_char <= r.start and r.end <= said]
            best = (None, told[-1].value) if told else None
        if best is not None:
            statement.value = best[1]
        elif doc._.told_on is not None:
            statement.value = _part_of_the_day(text, trigger, sent, others, doc._.told_on) or statement.value

    def from_sentence_before(self, doc: Doc, statements: list["Statement"], sentences: list[Span],
                             sentence_of: dict[int, int]) -> None:
        """"Then there was Gemini 8 in March 1966. Armstrong and Scott achieved the first docking":
        an undated statement whose sentence names no time of its own ("two days later") takes the
        date of the sentence before it in the paragraph, where that sentence states no event."""
        text = doc_text(doc)
        stated = {sentence_of[s.trigger.span.start] for s in statements}
        for statement in statements:
            index = sentence_of[statement.trigger.span.start]
            if statement.value or index == 0 or index - 1 in stated or not statement.trigger.dated:
                continue
            sent, before = sentences[index], sentences[index - 1]
            # a wire story's lede is a paragraph of its own: "The astronauts splashed down in the Pacific
            # yesterday. // A, B and C came back to earth right on the money"
            if ("\n\n" in text[before.start_char:sent.start_char].rstrip(" ") and
                    not (before.start_char <= LEDE_CHARS and index - 1 in self._ledes(doc, sentences))) or \
                    any(t.lower_ in self.relative_time for t in doc[sent.start:_clause_end(doc, statement.trigger.span)]):
                continue  # (a time word past "and" is a later verb's: "lifted off ..., and six hours later docked")
            value = _one_most_specific_date(doc, before)
            if value is not None:
                statement.value, statement.carried = value, True

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
            value = _one_most_specific_date(doc, after)
            if value is not None:
                statement.value, statement.carried = value, True

    @staticmethod
    def from_date_noun(doc: Doc, statements: list["Statement"]) -> None:
        """"In January the company picked March 4 as the launch date": the day a sentence gives an event's
        date noun dates that event of the craft its sentence names, else of the craft of the last statement
        of that event before it (the first after, where none is before), over a less specific value."""
        crafts = doc.spans.get(SPACECRAFT_KEY, [])
        for noun in (t for t in doc if t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "date"):
            of_event = [s for s in statements if s.trigger.event == noun.lower_]
            value = _one_most_specific_date(doc, noun.sent) if of_event else None
            if value is None or date_rank(value) != 3:
                continue
            named = [c for c in crafts if noun.sent.start <= c.start < noun.i]  # ("to honour Apollo 11" after it)
            before = [s for s in of_event if s.trigger.span.start < noun.i]
            craft = normalize_name(named[0].kb_id_) if named else \
                normalize_name((before[-1] if before else of_event[0]).craft)
            for statement in of_event:
                if normalize_name(statement.craft) == craft and date_rank(statement.value or "") < 3:
                    statement.value = value

    @staticmethod
    def _ledes(doc: Doc, sentences: list[Span]) -> set[int]:
        """The index of the story's first sentence: past a byline or a headline, the first with a
        finite verb and words enough to tell news."""
        for index, sent in enumerate(sentences):
            if sum(t.is_alpha for t in sent) >= _LEDE_WORDS and any(t.tag_ in FINITE_VERBS for t in sent):
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
        clause shares the date that one's words give."""
        text = doc_text(doc)
        for statement, following in zip(statements, statements[1:]):
            first, second = statement.trigger.span, following.trigger.span
            if statement.value or not following.value or first.sent != second.sent or first.end > second.start:
                continue
            between = text[first.end_char:second.start_char].lower()
            if _AND_ON_TO.search(between) and not set(between) & {",", ";"} and \
                    not any(w in self.relative_time for w in between.split()):
                statement.value = following.value

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
                          and _HOURS_AFTER.search(text[trigger.end_char:t.span.start_char])), None)
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


def _part_of_the_day(text: str, trigger: Span, sent: Span, others: list[Span], told_on) -> str | None:
    """"safely docked with the station this morning", "launched last night": a part of the day the
    article tells from (no date mention of the table: SPEC §3 counts no time of day), the nearest
    after the trigger (a verb's adverb follows it), not nearer another trigger."""
    for m in _PART_OF_DAY.finditer(text, trigger.end_char, sent.end_char):
        distance = _char_distance(trigger, m.start(), m.end())
        if all(_char_distance(o, m.start(), m.end()) >= distance for o in others if o != trigger):
            return (told_on - dt.timedelta(days=1) if m.group().lower().startswith("last") else told_on).isoformat()
    return None


def _in_subordinate_clause(sent: Span, trigger: Span, start: int) -> bool:
    """The date after the trigger stands in a clause of another verb: "The landing ends the first
    mission after space shuttle Columbia ripped apart during re-entry in February 2003"."""
    between = [t for t in sent if trigger.end_char <= t.idx < start]
    opener = next((i for i, t in enumerate(between) if t.lower_ in _SUBORDINATE_OPENERS), None)
    return opener is not None and any(t.tag_ in FINITE_VERBS for t in between[opener + 1:])


def _one_most_specific_date(doc: Doc, sent: Span) -> str | None:
    """The sentence's most specific date where it is one day or month ("in March 2021 ... on 3 March"
    has two), else None."""
    dates = [d for d in doc._.dates if sent.start_char <= d.start < sent.end_char]
    best = max((date_rank(d.value) for d in dates), default=0)
    values = {d.value for d in dates if date_rank(d.value) == best}
    return values.pop() if best >= _DAY_OR_MONTH and len(values) == 1 else None


def _clause_end(doc: Doc, trigger: Span) -> int:
    """Where the trigger's clause ends: at the first "and", ";" or "but" after it, else with its sentence."""
    return next((t.i for t in doc[trigger.end:trigger.sent.end] if t.lower_ in {"and", ";", "but"}), trigger.sent.end)


def _outside(start: int, end: int, records) -> list[tuple[int, int]]:
    """The stretches of start:end that no date record covers."""
    pieces, at = [], start
    for r in sorted(records, key=lambda r: r.start):
        if start <= r.start and r.end <= end:
            pieces.append((at, r.start))
            at = r.end
    return [*pieces, (at, end)]


def _in_dateline(text: str, record) -> bool:
    """The date heads a wire story's dateline, "MOSCOW. July 10 (Interfax) -": the day of writing,
    which dates an event only where its sentence gives none of its own."""
    line_start = text.rfind("\n", 0, record.start) + 1
    return _DATELINE_PLACE.fullmatch(text[line_start:record.start]) is not None and \
        _DATELINE_AFTER.match(text, record.end) is not None


def _clause_of(offset: int, breaks: list[int]) -> int:
    return sum(1 for b in breaks if b < offset)


def _char_distance(span: Span, start: int, end: int) -> int:
    if end <= span.start_char:
        return span.start_char - end
    return max(0, start - span.end_char)


def _comma_between(text: str, span: Span, start: int, end: int) -> bool:
    """A comma between a trigger and a date mention."""
    between = text[end:span.start_char] if end <= span.start_char else text[span.end_char:start]
    return "," in between
