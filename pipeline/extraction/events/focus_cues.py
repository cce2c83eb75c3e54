"""Cues the craft in focus reads around a trigger: a craft dated to another year or set in brackets
(an aside), a station's noun as the subject, the Markdown section a mention stands in, and an
event told again by its noun ("The launch, from Kennedy Space Center, ...").
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import doc_text
from .craft_clauses import AUXILIARIES, POSSESSIVES, word_before

if TYPE_CHECKING:
    from .triggers import Trigger

STATION_NOUNS = {"station", "laboratory", "lab", "module", "outpost", "complex", "spacelab"}  # "the Tiangong-1 laboratory"
_HISTORY_YEARS = 2  # a date this many years before publication is history the story looks back on


def _in_another_year(doc: Doc, i: int) -> bool:
    """Token `i` is a year other than the article's, after "in": "in 1976" in a 2013 story."""
    published = doc._.published
    return published is not None and 0 < i < len(doc) and doc[i].shape_ == "dddd" and \
        doc[i - 1].lower_ == "in" and int(doc[i].text) != published.year


def dated_aside(doc: Doc, craft: Span) -> bool:
    """"the disintegration of the shuttle Columbia in 2003": a craft dated to a year other than the
    article's is history the text looks back on, not the craft of a later sentence's event."""
    return _in_another_year(doc, craft.end + 1)


def sentence_of_another_year(doc: Doc, sent: Span) -> bool:
    """"The last soft landing was in 1976 by the Soviet Union's Luna-24" in a 2013 story: a sentence
    that dates itself "in" a year other than the article's looks back on history."""
    return any(_in_another_year(doc, t.i) for t in sent if t.i > sent.start)


def dated_as_history(doc: Doc, told: Span, now: Span) -> bool:
    """Sentence `told` states a date years before the article's ("On July 15, 1975, the Soviet Union
    launched Soyuz 19" in a 2012 story) and sentence `now` states none."""
    return _dated_long_before(doc, told) and not _dated_long_before(doc, now)


def _dated_long_before(doc: Doc, sent: Span) -> bool:
    published = doc._.published
    return published is not None and any(
        sent.start_char <= d.start < sent.end_char and d.value[:4].isdigit() and
        int(d.value[:4]) <= published.year - _HISTORY_YEARS for d in doc._.dates)


def told_as_history(doc: Doc, told: Span, now: Span) -> bool:
    """Sentence `told` looks back on history that sentence `now`, of the story's own time, does not."""
    return sentence_of_another_year(doc, told) and not sentence_of_another_year(doc, now)


def bracketed(doc: Doc, craft: Span) -> bool:
    """"(after the way Earth looked in a photo taken by NASA's Voyager spacecraft)": a craft in an
    earlier sentence's brackets is an aside, not what the text goes on about."""
    before = doc[craft.sent.start:craft.start]
    opened = max((t.i for t in before if t.text == "("), default=None)
    return opened is not None and not any(t.text == ")" for t in doc[opened:craft.start]) and \
        any(t.text == ")" for t in doc[craft.end:craft.sent.end])


def station_noun_subject(doc: Doc, trigger: Trigger) -> bool:
    """The sentence (or its clause after a fronted phrase) opens "The module was launched", "The
    station's core module was launched", "America's first space station was launched": a station's
    noun is the subject right before the trigger's verb."""
    i = word_before(doc, trigger.span, AUXILIARIES)
    sent = trigger.span.sent
    if i is not None and i > sent.start and doc[i].text == "," and trigger.span[0].tag_ == "VBN":
        i -= 1  # "The space station, launched in April 1982, would continue in orbit"
    if i is None or doc[i].lower_ not in STATION_NOUNS:
        return False
    # (or after a fronted phrase: "On 14 May 1973, America's first space station was launched")
    opening = max((t.i + 1 for t in doc[sent.start:i] if t.text == ","), default=sent.start)
    owner = opening + 1 < i and doc[opening + 1].tag_ == "POS"
    return i <= opening + 4 + owner and (doc[opening].lower_ == "the" or owner)


# a Markdown section heading, "## ..." to "###### ...", as corpus.markup masks it (its marks become
# spaces; a title's "# " is no section's)
_HEADING_LINE = re.compile(r"(?m)^(?:#{2,6}|[ ]{3,7})[ \t]*(?=\S)[^\n]*$")
_HEADINGS_KEY = "craft_focus.heading_ends"  # doc.user_data: where each Markdown heading line ends


def section_start(doc: Doc, offset: int) -> int:
    """Where the Markdown section holding character `offset` opens (the end of its "## ..." heading
    line), else 0; the headings are found once per Doc."""
    ends = doc.user_data.get(_HEADINGS_KEY)
    if ends is None:
        ends = doc.user_data[_HEADINGS_KEY] = [m.end() for m in _HEADING_LINE.finditer(doc_text(doc))]
    before = bisect.bisect_right(ends, offset)
    return ends[before - 1] if before else 0


def told_again(doc: Doc, trigger: Trigger) -> bool:
    """"The launch, from Kennedy Space Center, ...", "The landing was ...": a sentence that opens
    with the event's noun after "the" speaks of an event told before."""
    start, end = trigger.span.sent.start, trigger.span.end
    # (not "The launch of A and B onboard Soyuz 29 was ...", which names its own)
    return trigger.span.start == start + 1 and doc[start].lower_ == "the" and trigger.span[-1].tag_ in {"NN", "NNS"} \
        and not (end < len(doc) and doc[end].lower_ == "of")


def their_own(doc: Doc, trigger: Trigger) -> bool:
    """"With their own launch set for 9 a.m.": another craft's event than the one the text spoke of
    (Skylab's, launched days before), which the text names after it."""
    i = trigger.span.start
    return i >= 2 and doc[i - 1].lower_ == "own" and doc[i - 2].lower_ in POSSESSIVES
