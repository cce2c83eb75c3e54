"""The date of each statement of an event: the date mentions of the trigger's
sentence nearer to it than to any other trigger (`dates/finder.py` has resolved them),
its own clause's first, the most specific; a fronted date ("On 12 April 1961
...") dates every trigger of its sentence. An undated trigger a same-day phrase
follows ("and touched down about three hours later") takes the date of the
trigger before it (`events/date_carrying.py`: the dates one statement lends another).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import doc_text
from .craft_clauses import CLAUSE_BREAKS, FINITE_VERBS, POSSESSIVES
from ..dates.date_phrases import since_opening
from .date_carrying import DateCarrier, date_rank, dates_in

if TYPE_CHECKING:
    from .finder import Statement
    from .triggers import Trigger

_PARENTHESES = re.compile(r"\([^()]*\)")  # "(1202 GMT; 8:02 p.m. local time)": an aside's ";" parts no clauses
_PLAN_CHARS = 40  # "was originally scheduled for Nov. 21"
_PLAN_WORDS = 5  # words from the plan to its date: "was initially scheduled for launch on May 27"
_FIRST_PLANNED = {"initial", "original"}  # "The initial liftoff ... was scheduled for May 26"
_JOINED_VERB = re.compile(r",?\s+and\s+(?:then\s+)?")  # "followed on 31 October and docked"
# (past a day of the telling an undated page gave no value: "“This morning, December 20, 2021, the capsule ...")
_FRONTED_DATE = re.compile(r"^\W*(?:(?:this\s+(?:morning|afternoon|evening)|today|tonight|yesterday)\s*,?\s*)?"
                           r"(?:(?:on|in|by|early|late|then|and|but|so)\s+)*$", re.IGNORECASE)
_SUBORDINATE_OPENERS = {"after", "before", "since", "until", "when", "while", "whilst", "because"}
_WHEN_AFTER = re.compile(r",?\s+when\b")
_BEFORE_TRIGGER = re.compile(r",?\s+(?:just\s+)?before\s+(?:(?:it|they|she|he)\s+)?", re.IGNORECASE)  # "stay until November 18 before leaving"
_UNTIL = {"until", "till"}
# "arrived early today, six hours after leaving the pad", "is due at the station a day following its launch"
_AFTER_PHRASE = re.compile(r"\s(?:after|before|following)(?:\s+(?:its|their|his|her|the))?\s*$")
# "entered the station early Tuesday ... following a historic launch from Florida": a noun the phrase opens
_AFTER_NOUN_PHRASE = re.compile(r"\s(?:after|following)\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,2}$")
# a counted span of time: "two days", "18 years", "a few weeks"
_COUNT = r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+"
_UNITS = r"(?:days?|weeks?|months?|years?|decades?)"
# "one month since Shenzhou-15 docked", "50 years after Apollo 11 landed": a span back to the event
_PURPOSE = re.compile(r"\s+for\s+(?:its|their|his|her|the|a)\s+")  # "at 2204GMT Friday for its return"
_WILL_BEFORE = re.compile(r"\b(?:will|would|shall)\s+(?:\w+\s+)?$", re.IGNORECASE)  # a trigger told of the future
_NARROWING = re.compile(r"\s*,\s*(?:on|in)?\s*")  # between a date and the one that narrows it
_SPAN_SINCE = re.compile(_COUNT + _UNITS + r"\s+(?:since|after)\s+[^,;.]{0,40}$", re.IGNORECASE)
# "followed by Progress MS-18 two days later": the trigger's own offset from the day told before it
_DAYS_LATER = re.compile(r"[^,;.]{0,60}?" + _COUNT + r"(?:days?|weeks?|months?|years?)\s+(?:later|afterwards?)\b",
                         re.IGNORECASE)
# "his last flight in 1980, then returned 18 years later": a span between a date and the trigger
_SPAN_LATER = re.compile(_COUNT + _UNITS + r"\s+later\b", re.IGNORECASE)
# (or a few minutes or hours back from the telling: "lifted off several minutes ago")
_PART_OF_DAY = re.compile(r"\b(?:this (?:morning|afternoon|evening)|tonight|last (?:night|evening)|(?:a few|several|"
                          r"some|a couple of|two|three|\d+) (?:minutes|hours) ago|(?:a|an|one) (?:minute|hour) ago)\b",
                          re.IGNORECASE)
# "On Saturday, May 30, ... launched ..., and the next day docked": a day on from the date before
# (not "the day after the launch", a day counted from another event)
_NEXT_DAY = re.compile(r"\b(?:the (?:next|following) day|a day later|the day after(?! (?:the|its|their|that)\b))\b",
                       re.IGNORECASE)
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")  # "announcement today of the launch"
_CLEFT_THAT = re.compile(r"\s+that\b")  # "it was not until August 1982 that a second woman went into orbit"
_OLD_PLAN = re.compile(r"\b(?:scheduled|planned|slated|originally|initially)(?:\s+\w+){0,2}\s+(?:for|on)\s+$",
                       re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:(?:had|has|have|was|were|is|are|been|first|once|later)\s+){0,2}$",
                              re.IGNORECASE)
_RELATIVE_CHARS = 30  # "that had first" before a relative clause's verb
_NEW_CLAUSE = re.compile(r",\s+(?:and|but)\s+(?:it|they|he|she|this|that)\s", re.IGNORECASE)
_PART_NOUNS = {"end", "beginning", "start", "middle", "close", "turn", "part", "half", "week", "weekend", "month", "hours", "morning", "evening", "night", "afternoon"}
_BEFORE_CHARS = 24  # the words before a date, whole: "the afternoon of March 9"
_OWN_OF_REACH = 12  # characters from a trigger to "of <date>" still its own: "the launch of 17 July"
_AFTER_DETERMINERS = {"the"} | POSSESSIVES  # "after the landing", "after their return"
_DATELINE_PLACE = re.compile(r"\s*(?:[A-Z][\w'.-]*[,.]?\s*){0,4}")  # "MOSCOW. ", "BAIKONUR, Kazakhstan, "
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|[-–—:])")  # " (Interfax) -"


_RANGE_AFTER = re.compile(r"\s*[–-]\s*\d")  # "August 19-29": the range's first day
_RANGE_BEFORE = re.compile(r"\d\s*[–-]\s*$")  # ... and its last


class EventDater(DateCarrier):
    def __init__(self, words: dict):
        super().__init__(words)
        self.date_blockers = set(words["date_blockers_before"])
        self.decisions = set(words["decision_before"])
        self.speech = set(words["speech_after"])
        self.postponement = set(words["postponement_words"])
        self.scrubs = set(words["scrub_words"])
        self.span_verb = re.compile(r"\b(?:" + "|".join(words["span_verbs"]) + r")\b", re.IGNORECASE)  # "starting at"  # "called off before its scheduled launch on 15 July": the old plan

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
        # "will speak to reporters on Monday 15 June ... after returning to Earth": a day a future clause gives
        # before the "after" the trigger follows is of what comes after the event
        lead = trigger.start - 1 - (trigger.start > sent.start + 1 and doc[trigger.start - 1].lower_ in _AFTER_DETERMINERS)
        after = doc[lead].idx if lead >= sent.start and doc[lead].lower_ in {"after", "following"} and \
            any(t.lower_ == "will" for t in doc[sent.start:lead]) else None  # (not "to sink after splashdown")
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

        def relative(verb: Span) -> bool:
            """"The Soyuz spacecraft that launched from Baikonur Sunday has docked": a relative clause's verb."""
            return _RELATIVE_BEFORE.search(text, max(sent.start_char, verb.start_char - _RELATIVE_CHARS),
                                           verb.start_char) is not None

        own_relative = relative(trigger)
        will = _WILL_BEFORE.search(text, max(sent.start_char, trigger.start_char - 12), trigger.start_char) is not None
        in_sentence = dates_in(doc, sent)
        # "August 19-29: ... launched Soyuz T-7 ... August 19": a range's days span the story, no one event's,
        # where the sentence dates it otherwise
        spans = {id(r) for r in in_sentence
                 if _RANGE_AFTER.match(text, r.end) or _RANGE_BEFORE.search(text, max(0, r.start - 6), r.start)}
        single = len(spans) < len(in_sentence)
        narrowed = _narrowed(text, in_sentence)
        for record in doc._.dates:
            if id(record) in spans and single:
                continue
            if not (sent.start_char <= record.start < sent.end_char) or decided and record.end <= trigger.start_char \
                    or said is not None and record.end <= said or after is not None and record.end <= after:
                continue
            before = text[max(sent.start_char, record.start - _BEFORE_CHARS):record.start].lower().split()
            cleft = before[-2:] == ["not", "until"] and _CLEFT_THAT.match(text, record.end) is not None
            if _since_phrase(doc, record.start, trigger.end_char):
                continue  # "blasted off ... since the shuttle Challenger disaster Jan. 28, 1986": another event's day
            if before and before[-1] in self.date_blockers and not cleft and \
                    not _WHEN_AFTER.match(text, record.end, trigger.start_char) and \
                    not _BEFORE_TRIGGER.fullmatch(text, record.end, trigger.start_char) and \
                    not (statement.trigger.until and before[-1] in _UNTIL and record.start > trigger.end_char):
                continue  # not "remain until July 23, when it will depart": the day the when-clause tells of
                # (nor "stay until November 18 before leaving": the day it leaves)
            plan = text[max(sent.start_char, record.start - _PLAN_CHARS):record.start].lower().split()
            if self.plans & set(plan[-_PLAN_WORDS:]) and ({"originally", "initially"} & set(plan[-_PLAN_WORDS - 1:]) or (
                    trigger.start > 0 and doc[trigger.start - 1].lower_ in _FIRST_PLANNED)):
                continue  # "The launch was originally scheduled for Nov. 21" (and then postponed), "The initial
                # liftoff was scheduled for May 26 but ...": a plan given up
            if record.end <= trigger.start_char and _OF_THE.fullmatch(text, record.end, trigger.start_char) and \
                    _noun_before(doc, record.start):
                continue  # "NASA's announcement today of the launch ... on 6 December": the announcing noun's day
            if record.start >= trigger.end_char and before and \
                    (before[-1].endswith(("'s", "’s")) or before[-1] in POSSESSIVES):
                continue  # "departed from Pad 41 (near Cooper's 1963 launch site)": the year of another's noun
            if "born" in before[-3:]:
                continue  # "The three men, all born in 1966, were blasted off on Thursday": a birth year
            if record.end <= trigger.start_char and _PURPOSE.fullmatch(text, record.end, trigger.start_char):
                continue  # "was undocked ... at 2204GMT Friday for its return to Earth": the undocking's day
            if (record.end <= trigger.start_char or will) and \
                    self.said_on.search(text, max(sent.start_char, record.start - 20), record.start):
                continue  # "Blue Origin announced Tuesday the crew of its next launch": the announcing's day (and
                # "X will leave for the ISS next spring, JAXA said Tuesday")
            if will and _in_dateline(text, record):
                continue  # "Tokyo, July 28 -- X will leave for the ISS next spring": the day of writing
            if before[-1:] == ["of"] and not set(before[-2:-1]) & _PART_NOUNS and \
                    record.start - trigger.end_char > _OWN_OF_REACH:
                continue  # "docked two days later, in the Apollo-Soyuz Test Project of July 1975": a noun's date
            if _OLD_PLAN.search(text, max(sent.start_char, record.start - 40), record.start) and \
                    self.scrubs & set(text[sent.start_char:sent.end_char].lower().split()):
                continue  # "which was called off before its scheduled launch on 15 July": the day given up
            if before and before[-1] in self.plans and record.end <= trigger.start_char and self.postponement & set(
                    text[sent.start_char:record.start].lower().split()):
                continue  # "a bug delayed the planned September 22nd berthing": the day given up
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
            if (not fronted or _in_dateline(text, record)) and _after_noun_phrase(doc, text, record.end, trigger):
                continue  # "entered the station early Tuesday ... following a historic launch": the entering's day
                # (and the dateline's, the day of writing)
            if not fronted and record.end <= trigger.start_char and \
                    _RELATIVE_BEFORE.search(text, record.end, trigger.start_char):
                continue  # "A mission early next year will mark the end of the rockets that landed Apollo": the
                # relative clause's event is not the main clause's day
            if record.start >= trigger.end_char and _infinitive_between(doc, trigger, record.start, self.plans):
                continue  # "docked ... in the sixth of 11 missions needed to finish the station by the end of the
                # year": the infinitive's day
            if record.start >= trigger.end_char and self.span_verb.search(text, trigger.end_char, record.start):
                continue  # "briefings ahead of the launch starting at 11 a.m. Sept. 29": the briefings' start
            if record.end <= trigger.start_char and _DAYS_LATER.match(text, trigger.end_char):
                continue  # "docked on 5 March, followed by Progress MS-41 two days later"
            if record.end <= trigger.start_char and _SPAN_LATER.search(text, record.end, trigger.start_char):
                continue  # "his last flight in 1980, then returned 18 years later on Discovery when it docked"
            if ";" in _PARENTHESES.sub("", text[min(trigger.end_char, record.end):max(trigger.start_char, record.start)]):
                continue  # "Crew Lands Smoothly; Next Flight Set For Mid-December": another clause's day
            own_phrase = not _comma_between(text, trigger, narrowed.get(id(record), record.start), record.end)
            if not fronted and not own_phrase and record.end <= trigger.start_char and _in_aside(doc, record.start):
                continue  # "The capsule, based on the Soyuz spacecraft developed in the late 1960s, is due to
                # touch down": the aside's date
            if not fronted and not own_phrase and record.end <= trigger.start_char and any(
                    o.end_char <= record.start and not _comma_between(text, o, record.start, record.end) for o in others):
                continue  # "The SLIM lander, launched by JAXA in September, made a soft landing": the aside's day
            if not fronted and record.end <= trigger.start_char and any(
                    o.end_char <= record.start and relative(o) for o in others):
                continue  # "The Soyuz that launched ... Sunday has docked": the relative clause's day
            if not fronted and any(_char_distance(o, record.start, record.end) < distance and
                                   not (own_relative and trigger.end_char <= record.start and
                                        record.end <= o.start_char) and
                                   not joined_after(o, record.start, record.end) and
                                   not (own_phrase and _comma_between(text, o, record.start, record.end)) and
                                   not _PURPOSE.fullmatch(text, record.end, max(record.end, o.start_char)) and
                                   not _after_noun_phrase(doc, text, record.end, o)
                                   for o in others):
                continue  # nearer another event's trigger; a fronted date ("On 12 April 1961 ...") dates them all
                # (not a noun after "following" that the date stands before: "arrived ... on May 31 following a
                # launch from Kennedy Space Center", the arrival's day)
                # (not "Progress M-19M, launched in April 2013, reached the outpost": a comma parts them; nor
                # a purpose after the day: "was undocked ... at 2204GMT Friday for its return to Earth")
            # a date of the trigger's own clause first ("shut down on Dec. 12, but Gemini 6A lifted off on Dec. 15")
            # and a date of its own over one before "and <trigger>" ("followed on 31 October and docked
            # early on 1 November")
            verb_joined = record.end <= trigger.start_char and \
                _JOINED_VERB.fullmatch(text[record.end:trigger.start_char].lower()) is not None
            # and the trigger's own day over one a comma sets before it ("lifted off on 3 April 2028, docked on
            # 4 April and undocked on 10 April")
            set_off = not fronted and record.end <= trigger.start_char and "," in text[record.end:trigger.start_char]
            # and the date right after the trigger in its own phrase over a fronted one ("On October 25, an
            # Atlas-Agena took off, the complex he had launched from on Mercury-Atlas 6 in October 1962")
            own_after = record.start >= trigger.end_char and own_phrase
            key = (not _in_dateline(text, record), _clause_of(record.start, breaks) == clause, not verb_joined,
                   not set_off, own_after, date_rank(record.value), -distance)
            if best is None or key > best[0]:
                best = (key, _next_day(record.value) if record.end <= trigger.start_char and _NEXT_DAY.search(
                    text, record.end, trigger.start_char) else record.value)
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


def _narrowed(text: str, records: list) -> dict[int, int]:
    """The start of the coarser date each date narrows, right before it after a comma: "launched last
    year, on November 10" (the day stands in the phrase of the year it narrows)."""
    return {id(b): a.start for a, b in zip(records, records[1:]) if _NARROWING.fullmatch(text, a.end, b.start)
            and b.value.startswith(a.value) and len(b.value) > len(a.value)}


def _noun_before(doc: Doc, start: int) -> bool:
    """A common noun ends right before the date at character `start`: "announcement today"."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].tag_ in {"NN", "NNS"}


def _next_day(value: str) -> str:
    """The day after a full date ("May 30, ... and the next day docked"); nothing for a vaguer one."""
    if len(value) != 10 or value.startswith("X"):
        return ""
    return (dt.date.fromisoformat(value) + dt.timedelta(days=1)).isoformat()


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
    # (or a relative clause after a noun: "from the same launchpad that Yuri Gagarin used in 1961")
    opener = next((i for i, t in enumerate(between) if t.lower_ in _SUBORDINATE_OPENERS or (
        i > 0 and t.lower_ in {"that", "which"} and between[i - 1].tag_ in {"NN", "NNS"})), None)
    # (or a gerund's: "flew to space after being turned down by NASA in the 1960s")
    return opener is not None and (any(t.tag_ in FINITE_VERBS for t in between[opener + 1:]) or
                                   (opener + 1 < len(between) and between[opener + 1].tag_ == "VBG"))


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


def _in_aside(doc: Doc, start_char: int) -> bool:
    """The date stands in a phrase set off by a comma that a participle or a relative opens: "The capsule,
    based on the Soyuz developed in the late 1960s, ..."."""
    token = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if token is None:
        return False
    sent = token.sent
    comma = next((t.i for t in reversed(doc[sent.start:token.start]) if t.text == ","), None)
    return comma is not None and comma + 1 < token.start and doc[comma + 1].tag_ in {"VBN", "VBG", "WDT", "WP"}


def _since_phrase(doc: Doc, start_char: int, after: int) -> bool:
    """The date at `start_char`, past the trigger, closes a "since" phrase with no verb or comma between:
    "since the U.S. space shuttle Challenger disaster Jan. 28, 1986"."""
    if start_char < after:
        return False
    since = since_opening(doc, start_char, stop_at_verbs=True)
    return since is not None and since.idx >= after  # (not "since its launch on May 13, 1982": the trigger's own phrase)


def _after_noun_phrase(doc: Doc, text: str, end: int, trigger: Span) -> bool:
    """The trigger is an event noun in a time phrase after the date ending at `end`: "entered the station early
    Tuesday ... following a historic launch"."""
    return end <= trigger.start_char and doc[trigger.start].pos_ == "NOUN" and \
        _AFTER_NOUN_PHRASE.search(text, end, trigger.start_char) is not None


def _infinitive_between(doc: Doc, trigger: Span, start_char: int, plans: set[str]) -> bool:
    """Another verb's infinitive stands between the trigger and a date after it: "needed to finish building"
    (not the trigger's own "launched to orbit", nor its schedule: "Landing is scheduled to take place on")."""
    return any(t.lower_ == "to" and t.i - 1 >= trigger.end and doc[t.i - 1].tag_.startswith("VB") and
               doc[t.i - 1].lower_ not in plans and t.i + 1 < len(doc) and doc[t.i + 1].tag_ == "VB" and
               doc[t.i + 1].idx < start_char for t in doc[trigger.end:trigger.sent.end] if t.idx < start_char)
