"""The date of each statement of an event: the date mentions of the trigger's
sentence nearer to it than to any other trigger (`dates.py` has resolved them),
its own clause's first, the most specific; a fronted date ("On 12 April 1961
...") dates every trigger of its sentence. An undated trigger a same-day phrase
follows ("and touched down about three hours later") takes the date of the
trigger before it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ..normalize import doc_text
from .craft_clauses import CLAUSE_BREAKS

if TYPE_CHECKING:
    from .events import Statement
    from .triggers import Trigger

_FRONTED_DATE = re.compile(r"^\W*(?:(?:on|in|by|early|late|then|and|but|so)\s+)*$", re.IGNORECASE)


def date_rank(value: str) -> int:
    """How specific a date value is: a day over a month over a year over a decade."""
    if len(value) == 3:
        return 0
    return {4: 1, 7: 2, 10: 3}.get(len(value), 0)


class EventDater:
    def __init__(self, words: dict):
        self.date_blockers = set(words["date_blockers_before"])
        self.same_day_after = words["same_day_after"]

    def date(self, doc: Doc, statement: "Statement", triggers: list["Trigger"], sent: Span) -> None:
        text = doc_text(doc)
        trigger = statement.trigger.span
        others = [t.span for t in triggers if sent.start <= t.span.start < sent.end]
        breaks = [t.idx for t in sent if t.lower_ in CLAUSE_BREAKS]
        clause = _clause_of(trigger.start_char, breaks)
        best = None

        def joined_after(verb: Span, start: int, end: int) -> bool:
            """"launched ... on 24 July and docked": a date before "and <verb>" is the earlier verb's;
            so is one before a purpose, "left Mir today to link up with Salyut-7", or before a time
            phrase, "arrived early today, six hours after leaving the pad"."""
            between = text[end:verb.start_char].lower() if verb.start_char > end else ""
            joined = " and " in between or between.strip() == "to" or between.rstrip().endswith((" after", " before"))
            return joined and any(o.end_char <= start for o in others)

        for record in doc._.dates:
            if not (sent.start_char <= record.start < sent.end_char):
                continue
            before = text[max(sent.start_char, record.start - 12):record.start].lower().split()
            if before and before[-1] in self.date_blockers:
                continue
            distance = _char_distance(trigger, record.start, record.end)
            fronted = _FRONTED_DATE.match(text[sent.start_char:record.start]) is not None
            if not fronted and joined_after(trigger, record.start, record.end):
                continue
            own_phrase = not _comma_between(text, trigger, record.start, record.end)
            if not fronted and any(_char_distance(o, record.start, record.end) < distance and
                                   not joined_after(o, record.start, record.end) and
                                   not (own_phrase and _comma_between(text, o, record.start, record.end))
                                   for o in others):
                continue  # nearer another event's trigger; a fronted date ("On 12 April 1961 ...") dates them all
                # (not "Progress M-19M, launched in April 2013, reached the outpost": a comma parts them)
            # a date of the trigger's own clause first ("shut down on Dec. 12, but Gemini 6A lifted off on Dec. 15")
            key = (_clause_of(record.start, breaks) == clause, date_rank(record.value), -distance)
            if best is None or key > best[0]:
                best = (key, record.value, distance)
        if best is not None:
            statement.value, statement.value_distance = best[1], best[2]

    def same_day(self, doc: Doc, statements: list["Statement"]) -> None:
        """"undocked ... on April 11 and touched down about three hours later": an undated
        trigger a same-day phrase follows takes the date of the sentence's trigger before it."""
        text = doc_text(doc)
        for index, statement in enumerate(statements):
            trigger = statement.trigger.span
            if statement.value:
                continue
            after = " ".join(text[trigger.end_char:trigger.sent.end_char].lower().split())
            clause_end = min((after.find(f" {b} ") for b in (",", ";", "and", "but") if f" {b} " in after), default=len(after))
            if not any(cue in after[:clause_end] for cue in self.same_day_after):
                continue
            before = [s for s in statements[:index] if s.value and s.trigger.span.sent == trigger.sent
                      and s.trigger.span.start < trigger.start]
            if before:
                statement.value = before[-1].value


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
