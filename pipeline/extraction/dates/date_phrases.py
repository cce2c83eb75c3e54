"""The phrase a date stands in, which says whether its year or its day is the story's: a participle
phrase after a noun ("a record set in October 1984"), a "since" phrase or clause ("since the crew of
Apollo 17 in December 1972"), a noun the date modifies ("the launch Dec. 18", "a 1985 Soyuz flight").
`years.YearResolver` and `events/dates.py` read them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ...resources import load_json

_PARTICIPLES_READ_AS_NOUNS = {"set", "held"}
_SINCE_REACH = 8  # words from "since" to the date that closes its phrase
_FINITE_OR_MODAL = {"VBD", "VBZ", "VBP", "MD"}
# "in 1981 — 40 years ago —", "(1969, 50 years ago)": a year a span back is set beside
_YEAR_BEFORE = re.compile(r"\b(1[89]\d\d|20\d\d)\s*(?:[,(]|[—–]|--?)\s*$")
_MONTH_OF = r"(?:(?:" + "|".join(load_json("date_words.json")["months"]) + r")\s+(?:of\s+)?)?"  # "in December of 1968"
_YEAR_AFTER = re.compile(r"^\s*(?:[,)]|[—–]|--?)\s*(?:in\s+)?" + _MONTH_OF + r"(1[89]\d\d|20\d\d)\b(?!\s*[-/]\d)")


def told_of_a_noun(doc: Doc, offset: int) -> bool:
    """The date at `offset` ends a participle phrase after a noun: "a record set in October 1984",
    "the module launched in 1987" (not "Spektr was launched on May 20, 1995")."""
    token = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if token is None:
        return False
    i = token.start - 1
    while i > token.sent.start and doc[i].tag_ in {"IN", "DT", "RB"}:
        i -= 1
    # (the tagger reads "a record set in" as two nouns)
    participle = doc[i].tag_ == "VBN" or doc[i].lower_ in _PARTICIPLES_READ_AS_NOUNS
    return i > token.sent.start and participle and doc[i - 1].tag_ in {"NN", "NNS"}


def since_a_point(doc: Doc, offset: int) -> bool:
    """The date at `offset` closes a "since" phrase or clause of its own: "since the crew of Apollo 17 in
    December 1972", "since 2003", "since one of the craft failed in April 2015"."""
    return since_opening(doc, offset) is not None


def since_opening(doc: Doc, offset: int, stop_at_verbs: bool = False) -> Token | None:
    """The "since" token a date at character `offset` closes the phrase or clause of, within a few
    words and no comma (with `stop_at_verbs`, no finite verb either: a phrase, not a clause), or None."""
    token = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if token is None:
        return None
    for i in range(token.start - 1, max(token.sent.start, token.start - _SINCE_REACH) - 1, -1):
        if doc[i].text in {",", ";"} or (stop_at_verbs and doc[i].tag_ in _FINITE_OR_MODAL):
            return None
        if doc[i].lower_ == "since":
            return doc[i]
    return None


def of_a_noun(doc: Doc, span: Span) -> bool:
    """The date follows a noun, not a verb: "the launch (on) Dec. 18"; or it modifies the noun after
    it: "to go on a Dec. 2 mission"."""
    if span.start > 0 and span.end < len(doc) and doc[span.start - 1].tag_ == "DT" and doc[span.end].tag_ in {"NN", "NNS"}:
        return True
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in {"on", "for"}:
        i -= 1
    return i >= 0 and doc[i].tag_ in {"NN", "NNS"}


def attributive_year(doc: Doc, offset: int) -> bool:
    """The year at `offset` modifies the noun after it: "who commanded a 1985 Soyuz flight ..., died Saturday
    (July 20)" names the flight's year, not the death's; but a sentence that opens with it is about that
    flight ("The 1968 flight broadcast the image on Christmas Eve")."""
    token = doc.char_span(offset, offset + 4, alignment_mode="expand")
    return token is not None and token.start > 0 and token.end < len(doc) and \
        doc[token.start - 1].tag_ in {"DT", "PRP$"} and doc[token.end].tag_ in {"NN", "NNS", "NNP", "NNPS"} and \
        token.start - 1 != token.sent.start


def apposed_year(text: str, start: int, end: int) -> str | None:
    """The year set beside a span back at text[start:end]: "on this day in 1981 — 40 years ago —"
    (an undated page counts nothing back, but says which year it means)."""
    before = _YEAR_BEFORE.search(text, max(0, start - 12), start)
    after = _YEAR_AFTER.search(text[end:end + 30])
    return (before or after).group(1) if before or after else None
