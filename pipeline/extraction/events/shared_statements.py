"""Statements a trigger shares with a craft other than its own: "The ships docked" (the other
ship of a docking), "Both cosmonauts came home" (the other crewed craft launched last), "Kvant-1
arrived in 1987, Kvant-2 in 1989" (a gapped verb), "Only two more launches - Endeavour in April and
Atlantis in June" (a counted noun's list); and statements a trigger without a craft of its own
shares with the statement before it ("arrived Thursday, three days after launching").
`events.EventFinder` asks these after a trigger's own craft.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name
from .craft_clauses import AUXILIARIES
from .craft_focus import CraftFocus
from .date_carrying import dates_in
from ..crew.context import CREWED

if TYPE_CHECKING:
    from .finder import Statement
    from .triggers import Trigger

_PLURAL_SHIPS = {"ships", "vehicles", "capsules", "spaceships", "spacecrafts"}
_SHIPS = _PLURAL_SHIPS | {"spacecraft", "craft"}  # ("the spacecraft" may be one: "the two spacecraft" are two)
_PLURAL_FLYERS = {"cosmonauts", "astronauts", "taikonauts", "crews"}  # "Both cosmonauts came home"
_TIME_PREPOSITIONS = {"after", "before", "since"}  # "three days after launching"
_LIST_OPENERS = {"—", "–", "-", "--", ":"}
_LIST_JOINS = {",", "and", ", and"}
_DATE_BEFORE = {"in", "on"}  # "Kvant-2 in 1989", "Endeavour in April"


def the_other_ship(doc: Doc, trigger: Trigger, craft: Span, crafts: list[Span],
                   statements: list["Statement"]) -> list[Span]:
    """"Soyuz 19 and an Apollo spacecraft were launched. The ships docked two days later": a docking
    of two ships is also the docking of the other one the text named last; "Both cosmonauts came
    home on 19 June" (each in a craft of their own) lands the other crewed craft launched last too."""
    sent = trigger.span.sent
    words = [t.lower_ for t in doc[sent.start:trigger.span.start] if t.lower_ not in AUXILIARIES]
    if len(words) < 2:
        return []
    ships = trigger.event in ("docking", "undocking") and words[-1] in _SHIPS and \
        (words[-2] in {"two", "both"} or (words[-2] == "the" and words[-1] in _PLURAL_SHIPS))
    flyers = trigger.event != "launch" and words[-1] in _PLURAL_FLYERS and words[-2] in {"two", "both"}
    key = normalize_name(craft.kb_id_)
    if flyers:  # the other crewed craft launched last
        launched = [s.craft_span for s in statements if s.trigger.event == "launch" and s.kind in CREWED
                    and s.craft_span is not None and normalize_name(s.craft) != key]
        return launched[-1:]
    if not ships:
        return []
    start = sent.doc[max(sent.start - 1, 0)].sent.start
    others = [c for c in crafts if start <= c.start < trigger.span.start and c.label_ in CREWED | {"cargo vehicle"}
              and normalize_name(c.kb_id_) != key]
    return others[-1:]


def gerunds_after(doc: Doc, triggers: list[Trigger], statements: list["Statement"]) -> list[tuple[Trigger, Span]]:
    """"A cargo ship arrived at the station Thursday, three days after launching": a participle after
    "after", "before" or "since" left without a craft tells of the craft of its sentence's statement
    before it, where that craft can have the event."""
    placed = {id(s.trigger) for s in statements}
    found = []
    for trigger in triggers:
        span = trigger.span
        if id(trigger) in placed or not trigger.stated or span[0].tag_ != "VBG" or span.start == span.sent.start or \
                doc[span.start - 1].lower_ not in _TIME_PREPOSITIONS:
            continue
        earlier = [s.craft_span for s in statements if span.sent.start <= s.trigger.span.start < span.start
                   and s.craft_span is not None]
        if earlier and CraftFocus.can_be(trigger.event, earlier[-1], named=False):
            found.append((trigger, earlier[-1]))
    return found


def counted_list(doc: Doc, trigger: Trigger, crafts: list[Span]) -> list[tuple[Span, str]]:
    """"Only two more launches - Endeavour in April and Atlantis in June - remain": a counted event
    noun that a dash or colon opens a list after tells each listed craft's event, with the date
    after it (the list ends where a craft has none)."""
    span = trigger.span
    if span.end >= span.sent.end or doc[span.end].text not in _LIST_OPENERS:
        return []
    return _crafts_with_dates(doc, span.sent, crafts, doc[span.end].idx + len(doc[span.end].text), _LIST_JOINS | {""})


def gapped(doc: Doc, statement: "Statement", crafts: list[Span]) -> list[tuple[Span, str]]:
    """"Kvant-1 arrived in 1987, Kvant-2 in 1989 and Kristall in 1990": the verb is left out of the
    later pairs, each a craft of the subject's kind with its date."""
    trigger, subject = statement.trigger.span, statement.craft_span
    sent = trigger.sent
    if subject is None or not sent.start <= subject.start < trigger.start:
        return []
    found = _date_after(doc_text(doc), dates_in(doc, sent), trigger.end_char)
    if found is None:
        return []
    listed = _crafts_with_dates(doc, sent, crafts, found.end, _LIST_JOINS)
    kinds = [craft.label_ == subject.label_ for craft, _ in listed]
    return listed[:kinds.index(False)] if False in kinds else listed


def _crafts_with_dates(doc: Doc, sent: Span, crafts: list[Span], end: int, joins: set[str]) -> list[tuple[Span, str]]:
    """The crafts listed from `end` on in the sentence, each joined by `joins` and followed by "in" or "on"
    and its date; the list ends at the first that is not."""
    text, dates = doc_text(doc), dates_in(doc, sent)
    found = []
    for craft in [c for c in crafts if c.start_char >= end and c.end <= sent.end]:
        date = _date_after(text, dates, craft.end_char)
        if text[end:craft.start_char].strip().lower() not in joins or date is None:
            break
        found.append((craft, date.value))
        end = date.end
    return found


def _date_after(text: str, dates: list, end: int):
    """The first date after `end` with only "in" or "on" before it."""
    return next((d for d in dates if d.start >= end and text[end:d.start].strip().lower() in _DATE_BEFORE), None)
