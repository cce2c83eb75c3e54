"""A class of craft named only as one of its members is no row of the spacecraft table (SPEC §3:
a class counts where it is used as the vehicle): "the Discovery space shuttle", "his fourth Shuttle
flight", "the Soyuz hatch", or a headline's "Soyuz home with a dead crew" over a story of Soyuz 11.
The mentions stay spans, so the events still read "the Soyuz docked" as the flight it stands for.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name
from .families import CraftFamilies

_HEADLINE_WORDS = 20  # a line this short with no sentence end is a headline or a heading
_BETWEEN_CLASS_AND_NAME = {"(", ","}
_DEFINITE = {"the", "their", "its", "his", "her"}  # "their Soyuz capsule": the one of the class named
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*(?:\s|$)")


def standing_for_members(doc: Doc, spans: list[Span], families: CraftFamilies, modified: set[str],
                         definite: set[str], itself: set[str]) -> set[int]:
    """Indices of the class mentions in `spans` that stand for a member the article names;
    `definite`: classes whose "the <class>" is the one member named ("the space shuttle slowed")."""
    found = set()
    for index, span in enumerate(spans):
        if not families.is_class(span.kb_id_):
            continue
        members = [s for s in spans if not families.is_class(s.kb_id_)
                   and families.family(s.kb_id_) == normalize_name(span.kb_id_)]
        if not members:
            continue  # "after the Space Shuttle was retired": the class itself
        following = doc[span.end] if span.end < len(doc) else None
        if following is not None and following.lower_ in modified:
            found.add(index)  # "a Shuttle crew member", "the ninth space shuttle mission"
        elif any(m.end == span.start or _next_to(doc, span, m) for m in members):
            found.add(index)  # "the Discovery space shuttle", 'H-II Transfer Vehicle "KOUNOTORI8"'
        elif in_a_headline(doc, span):
            found.add(index)  # "Shuttle Lands In California Today" over a story of Challenger
        elif normalize_name(span.kb_id_) in definite and (span.start == 0 or doc[span.start - 1].lower_ in _DEFINITE or
                                                          not doc[span.start - 1].is_alpha) \
                and len({normalize_name(m.kb_id_) for m in members if m.start < span.start} or
                        {normalize_name(m.kb_id_) for m in members}) == 1 and \
                not any(t.lower_ in itself for t in doc[span.end:span.end + 3]) and not _habitual(doc, span):
            # "Space shuttle Atlantis ... as the space shuttle slowed": the one member named (not "after
            # the Space Shuttle was retired": the class itself, nor "the Progress, delivers the bulk of station
            # supplies": what the class does); bare where it opens a sentence too ("Progress docked to the
            # station"), and the one member named before it where the article names another later
            found.add(index)
    return found


def in_a_headline(doc: Doc, span: Span) -> bool:
    """The mention stands on a short line of its own with no sentence end: a headline or heading."""
    text = doc_text(doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start:len(text) if end < 0 else end].strip()
    return len(line.split()) <= _HEADLINE_WORDS and not _SENTENCE_END.search(line)


def _next_to(doc: Doc, span: Span, member: Span) -> bool:
    """The member's name follows the class in quotes, brackets or as an apposition: 'the H-II Transfer
    Vehicle "KOUNOTORI8"', "the H-II Transfer Vehicle (HTV-6)", "its last Automated Transfer Vehicle, Jules Verne"."""
    between = doc[span.end:member.start]
    return member.start > span.end and len(between) <= 2 and \
        all(t.is_quote or t.text in _BETWEEN_CLASS_AND_NAME for t in between)


def _habitual(doc: Doc, span: Span) -> bool:
    """A present verb right after the class, past an apposition's comma: what the class does."""
    i = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    return i < len(doc) and doc[i].tag_ in {"VBZ", "VBP"} and doc[i].pos_ == "VERB"  # (not "has been operating")
