"""Whether a statement fits the timeline of the craft it was given when its sentence names no craft:
a flight its sentence dates years from the article's day is history, and a craft launches once,
before it lands. `events.EventFinder` drops the statements that do not fit (another flight's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ...normalize import normalize_name
from ..crew.finder import CREWED

if TYPE_CHECKING:
    from .finder import Statement


def of_another_year(craft: Span) -> bool:
    """The craft's sentence dates it more than a year from the day the article tells from."""
    doc, sent = craft.doc, craft.sent
    told = doc._.told_on or doc._.published
    if not told or not str(told)[:4].isdigit():
        return False
    return any(sent.start_char <= d.start < sent.end_char and d.value[:4].isdigit()
               and abs(int(d.value[:4]) - int(str(told)[:4])) > 1 for d in doc._.dates)


def without_other_flights(statements: list[Statement]) -> list[Statement]:
    """A statement whose sentence names no craft is another flight's, not the crewed craft's in
    focus, where it is dated only to a year more than a year from every year that craft is dated
    to where its sentences name it ("Its three fliers were blasted off on Thursday. The country
    had put X alone in space in 2003"), or is a launch on another day than the one the craft's own
    sentences give ("Soyuz MS-90 had launched the trio on Saturday ... He and B launched on 18
    September 2029"), or yet to come after the craft has landed: a craft launches once."""
    own: dict[str, set[int]] = {}
    launched: dict[str, set[str]] = {}
    landed: dict[str, str] = {}  # the craft's first landing day
    for s in statements:
        if s.trigger.event == "landing" and len(s.value) == len("YYYY-MM-DD"):
            landed[normalize_name(s.craft)] = min(s.value, landed.get(normalize_name(s.craft), s.value))
        if s.value[:4].isdigit() and s.craft_span is not None and s.craft_span.sent == s.trigger.span.sent:
            own.setdefault(normalize_name(s.craft), set()).add(int(s.value[:4]))
            if s.trigger.event == "launch" and len(s.value) == len("YYYY-MM-DD"):
                launched.setdefault(normalize_name(s.craft), set()).add(s.value)


    def elsewhere(s: Statement) -> bool:
        key = normalize_name(s.craft)
        told = str(s.trigger.span.doc._.told_on or s.trigger.span.doc._.published or "")
        if s.trigger.event == "launch" and len(s.value) == len("YYYY-MM-DD") and s.value > landed.get(key, s.value) \
                and s.value > told and s.craft_span is not None and s.craft_span.sent != s.trigger.span.sent:
            return True  # "Its capsule touched down today ... They will launch on 9 June": the next crew
        years = own.get(key)
        if not years or s.kind not in CREWED or not s.value[:4].isdigit() or s.craft_span is None or \
                s.craft_span.sent == s.trigger.span.sent:
            return False
        if s.trigger.event == "launch" and len(s.value) == len("YYYY-MM-DD") and launched.get(key) and \
                s.value not in launched[key]:
            return True
        return len(s.value) == len("YYYY") and all(abs(int(s.value) - y) > 1 for y in years)

    return [s for s in statements if not elsewhere(s)]
