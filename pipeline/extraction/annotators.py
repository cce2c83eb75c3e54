"""Cheap stand-ins for the model components the extraction does not need in full.

The extractors read from the model only token.tag_, token.pos_, doc.ents and
sentence boundaries (nlp.py). Two components here give those for less:

- `paragraph_sentences` completes the senter (which replaces the parser) with
  sentence starts after blank lines, and no sentence end inside "Lt. Col. X"
  or "11:29 a.m. EDT".
- `attribute_table` does what the model's attribute_ruler does to TAG and POS,
  by table lookup: the ruler matches its 179 patterns against every token
  (a third of the model's run time besides the NER); without a parser its
  dependency rules never fire, and the lemma and morphology rules set nothing
  the extraction reads, so what is left is a function of the token's tag and,
  for a few listed words, its lower-case form.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Callable, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from ..normalize import doc_text
from ..resources import load_json

_PARENTHESIS_REACH = 8  # tokens to the ")" that closes a parenthesis a sentence must not start in
_LINE_PARAGRAPHS_MIN = 3  # lines before the last for a text to show it puts paragraphs on lines
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ")")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_LIST_ITEM = re.compile(r"(?:[-*+\u2022]|\d{1,3}[.)])[^\S\n]")  # "- ", "* ", "1. ", "2) "
_LABEL_TOKENS = 5  # "July 4, 1997" before a colon
_SHORT_LINE = 40  # characters of a line that stands alone (wrapped prose runs to about 70)


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """A sentence starts after every blank line, and at every list item; never after an
    abbreviation that runs on, nor inside a short parenthesis.

    The senter, unlike the parser, runs sentences on across paragraph breaks
    ("... 1969.\\n\\nTHE MISSION\\n\\nApollo 11 lifted off ..." is one sentence)
    and list items ("is:\\n- Commander: ...\\n- Pilot: ..."); a sentence never
    spans a blank line, so headings, paragraphs and list items become sentences
    of their own. A single line break alone is no boundary: prose may be
    wrapped anywhere.
    """
    depth = 0  # parentheses open since the paragraph began
    line_paragraphs = _lines_are_paragraphs(doc_text(doc))
    for token in doc[1:]:
        before = doc[token.i - 1]
        depth = 0 if before.is_space and "\n" in before.text else max(0, depth + (before.text == "(") - (before.text == ")"))
        if token.is_sent_start and not before.is_space and _continues_after_abbreviation(before, token):
            token.is_sent_start = False
            continue
        if not token.is_sent_start and before.text == "." and not before.whitespace_ and token.is_title and \
                _glued_full_stop(doc, before.i):
            token.is_sent_start = True  # "from the cosmodrome in Kazakhstan.A CNN broadcast showed": copy that lost
            continue  # the space after a full stop still ends its sentence there
        if not token.is_sent_start and token.is_title and _ends_a_name(doc, before):
            token.is_sent_start = True  # "Pilot Curtis Brown Jr. | Lee, Davis and Apt were mission specialists"
            continue
        if token.is_sent_start and before.text == ":" and _date_label(doc, before.i):
            token.is_sent_start = False  # "1965: Gemini V returns to Earth": a history page's dated headline
            continue
        if token.is_sent_start and depth and any(t.text == ")" for t in doc[token.i:token.i + _PARENTHESIS_REACH]):
            token.is_sent_start = False  # "at 8:54 a.m. Beijing time (0054 | GMT)": inside a parenthesis
            continue
        if token.is_sent_start and before.like_num and token.is_upper and \
                token.lower_ in _abbreviations()["continue_after_time"]:
            token.is_sent_start = False  # "arrived just before 0800 | GMT on Monday": a clock time's zone
            continue
        if token.is_sent_start and before.text == ")" and _continues_after_time_zone(doc, before, token):
            token.is_sent_start = False  # "undocked at 11:05 a.m. EDT (15:05 UTC) | May 30, 2023, from the port"
            continue
        if token.is_space or not before.is_space or "\n" not in before.text:
            continue
        if _BLANK_LINE.search(before.text) or _LIST_ITEM.match(doc_text(doc), token.idx) or line_paragraphs or \
                _short_line_before(doc_text(doc), before.idx, token):
            token.is_sent_start = True
    return doc


def _glued_full_stop(doc: Doc, stop: int) -> bool:
    """The full stop ends a word of lower-case letters or a number it is glued to ("Kazakhstan.A",
    "1980.In"), not an initial or an abbreviation's letters ("U.S.A", "Yu.V")."""
    word = doc[stop - 1] if stop > 0 else None
    return word is not None and not word.whitespace_ and \
        ((word.is_alpha and word.text[1:].islower() and len(word) >= 3) or word.is_digit)


def _date_label(doc: Doc, colon: int) -> bool:
    """The colon closes a short label holding a year at the start of its line: "1965:",
    "July 4, 1997:"."""
    start = colon
    while start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text) and colon - start < _LABEL_TOKENS:
        start -= 1
    label = doc[start:colon]
    at_line_start = start == 0 or (doc[start - 1].is_space and "\n" in doc[start - 1].text)
    return at_line_start and 0 < len(label) <= _LABEL_TOKENS and \
        any(t.is_digit and len(t.text) == 4 for t in label)


def _lines_are_paragraphs(text: str) -> bool:
    """The text puts each paragraph on a line of its own (most lines end a sentence), so a
    line break ends the headline, dateline or caption before it: "Soyuz spacecraft lands in
    Kazakhstan\nThe descent capsule of ...". Prose wrapped at a width ends most lines mid-sentence."""
    lines = [line.rstrip() for line in text.split("\n")[:-1] if line.strip()]
    if len(lines) < _LINE_PARAGRAPHS_MIN:
        return False
    ended = sum(line.endswith(_SENTENCE_ENDS) for line in lines)
    return ended * 2 > len(lines)


def _short_line_before(text: str, newline: int, token) -> bool:
    """A short line that no comma or hyphen carries on is a line of its own, not prose wrapped at a
    width: a release's contact block ("Kelly Smith\nJohnson Space Center, Houston\nMay 27, 2009"),
    a byline's outlet."""
    line = text[text.rfind("\n", 0, newline) + 1:newline].strip()
    return 0 < len(line) <= _SHORT_LINE and not line.endswith((",", ";", "-", "–", "—", "(")) and \
        (token.is_title or token.is_upper or token.like_num)


def _ends_a_name(doc: Doc, before) -> bool:
    """A generational suffix with its full stop ("Jr.", "Sr.") ends a name; a capitalised word
    after it starts the next sentence."""
    if before.lower_ in {"jr.", "sr."}:
        return True
    return before.text == "." and before.i > 0 and not before.nbor(-1).whitespace_ and \
        before.nbor(-1).lower_ in {"jr", "sr"}


def _continues_after_abbreviation(before, token) -> bool:
    """The senter ends sentences at abbreviations: "Lt. Col. | Yang Liwei flew",
    "at 11:29 a.m. | EDT on Friday". A title runs on into its name; a time of
    day into its time zone, weekday or preposition; a weekday cut short ("Fri.") into its date."""
    words = _abbreviations()
    abbreviation = before.lower_
    if before.text == "." and before.i > 0 and not before.nbor(-1).whitespace_:
        abbreviation = before.nbor(-1).lower_ + "."  # the tokenizer splits "Col." in "Lt. Col."
    if abbreviation in words["titles"]:
        return token.is_title
    return (abbreviation in words["times"] or abbreviation in words["weekdays"]) and \
        token.lower_ in words["continue_after_time"]


def _continues_after_time_zone(doc: Doc, close, token) -> bool:
    """A time in parentheses, "(15:05 UTC)", runs on into a date or preposition as the time
    before it does."""
    opening = next((t.i for t in reversed(doc[max(0, close.i - _PARENTHESIS_REACH):close.i]) if t.text == "("), None)
    words = _abbreviations()
    return opening is not None and token.lower_ in words["continue_after_time"] and \
        any(t.lower_ in words["continue_after_time"] and t.is_upper for t in doc[opening + 1:close.i])


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, frozenset[str]]:
    return {key: frozenset(value) for key, value in load_json("abbreviations.json").items() if isinstance(value, list)}


# The token attributes a rule may test, as this pipeline has them. DEP is
# always empty: there is no parser, so rules that test it never fire (as in
# the attribute_ruler, which matches with allow_missing=True).
_TESTABLE = ("TAG", "LOWER", "IS_SPACE", "DEP")
# What the rules may set that the extraction reads; everything else is dropped.
_SETTABLE = {"TAG": "tag_", "POS": "pos_"}


class _Rule(NamedTuple):
    tests: tuple[tuple[int, Callable[[Any], bool]], ...]  # (position in the key, predicate)
    sets: tuple[tuple[str, str], ...]  # (token attribute, value)


class AttributeTable:
    """The TAG / POS part of an attribute_ruler, as a lookup on (tag, word, is_space).

    Built from the ruler's own patterns (`AttributeRuler.patterns`), applied as
    the ruler applies them: every rule is tested on the token as the tagger
    left it, then the matching rules set their attributes in pattern order, a
    later rule overriding an earlier one. A pattern this table cannot express
    (several tokens, or a test of another attribute) raises ValueError when it
    sets TAG or POS: a changed model must fail loudly, not annotate differently.
    """

    def __init__(self, patterns: list[dict]):
        self.rules: list[_Rule] = []
        self.words: set[str] = set()  # lower-case forms some rule tests for
        for entry in patterns:
            sets = tuple((_SETTABLE[k], v) for k, v in entry["attrs"].items() if k in _SETTABLE)
            if not sets:
                continue
            for pattern in entry["patterns"]:
                if any("DEP" in token and not _predicate(token["DEP"], entry)("") for token in pattern):
                    continue  # tests a dependency label: never fires without a parser
                if len(pattern) != 1 or entry.get("index", 0) not in (0, -1):
                    raise ValueError(f"attribute rule over several tokens sets {sorted(dict(sets))}: {entry}")
                self.rules.append(_Rule(self._tests(pattern[0], entry), sets))
        self._resolved: dict[tuple[str, str | None, bool], tuple[tuple[str, str], ...]] = {}

    def _tests(self, token_pattern: dict, entry: dict) -> tuple[tuple[int, Callable[[Any], bool]], ...]:
        tests = []
        for attr, value in token_pattern.items():
            if attr not in _TESTABLE:
                raise ValueError(f"attribute rule tests {attr}, which the table cannot: {entry}")
            if attr == "LOWER":
                words = value["IN"] if isinstance(value, dict) and set(value) == {"IN"} else [value]
                if not all(isinstance(w, str) for w in words):
                    raise ValueError(f"attribute rule tests LOWER other than by word lists: {entry}")
                self.words.update(words)
            tests.append((_TESTABLE.index(attr), _predicate(value, entry)))
        return tuple(tests)

    def changes(self, tag: str, lower: str, is_space: bool) -> tuple[tuple[str, str], ...]:
        """(token attribute, value) pairs to set on a token, in order."""
        key = (tag, lower if lower in self.words else None, is_space)
        found = self._resolved.get(key)
        if found is None:  # the table stays small: tags x listed words
            values = (tag, lower, is_space, "")
            changes: dict[str, str] = {}
            for rule in self.rules:
                if all(test(values[i]) for i, test in rule.tests):
                    changes.update(rule.sets)
            found = self._resolved[key] = tuple(changes.items())
        return found

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            for attr, value in self.changes(token.tag_, token.lower_, token.is_space):
                setattr(token, attr, value)
        return doc


def _predicate(value: Any, entry: dict) -> Callable[[Any], bool]:
    if not isinstance(value, dict):
        return lambda v: v == value
    if len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            members = frozenset(arg)
            return lambda v: v in members
        if op == "NOT_IN":
            excluded = frozenset(arg)
            return lambda v: v not in excluded
    raise ValueError(f"attribute rule uses an operator the table cannot: {entry}")


@Language.factory("attribute_table", default_config={"patterns": []})
def make_attribute_table(nlp: Language, name: str, patterns: list) -> AttributeTable:
    return AttributeTable(patterns)
