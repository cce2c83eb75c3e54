"""Cues in the text around a candidate name that the people finder reads: a short quotation the
name sits in (a title, not a person), the hyphen of a double surname, a country's possessive
before a name whose surname goes on to act alone, the pieces a spaced dash parts an entity into,
the owner a company's possessive names ("Elon Musk's SpaceX"), an age set off by commas after a
name, and a nickname inside one.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name
from ..glued_names import GLUED_KEY
from .name_lists import APOSTROPHES
from .name_merging import Mention, Person
from .name_shape import MAX_NAME_TOKENS, QUOTES, NameShape, hyphenated_part

HYPHENS = {"-", "‐"}
_DASHES = {"-", "–", "—", "--"}  # a spaced dash parts an entity: "Helen Sharman - Project Juno"
_QUOTE_MARKS = QUOTES | {"''", "``"}
_QUOTED_WORDS = 3  # capitalised words of a quoted title before the NER's name
_AGE_RANGE = (12, 105)  # a number set off by commas after a name that is an age
_CHARACTER_TITLES = 2  # capitalised words between "played" and a character's name: "Captain", "Dr."

_NICKNAMED = re.compile(
    r"\b[A-Z][a-z]+(?: [A-Z]\.)? (?:[\"“‘']|``)[A-Z](?:[a-z]+|[A-Z]|\.[A-Z]\.)(?:[\"”’']|'') (?:[a-z]{1,3} )?[A-Z][\w'’-]+"
    r"(?: (?:Jr\.|Sr\.|II|III|IV)(?!\w))?"  # 'James A. "Jim" Lovell Jr.', "Donald 'Deke' Slayton"
)
# 'Eugene Francis ‘Gene’ Kranz', 'Robert L. (Hoot) Gibson': a middle name or initial before the nickname (the first
# word must be a known given name, so that no title opens it: "Astronaut Edwin 'Buzz' Aldrin")
_NICKNAMED_MIDDLE = re.compile(
    r"\b(?P<given>[A-Z][a-z]+) (?:[A-Z][a-z]+|[A-Z]\.) (?:[\"“‘']|``|\()[A-Z][a-z]+(?:[\"”’'\)]|'') [A-Z][\w'’-]+"
)
_INITIALLED = re.compile(r"(?<![\w.])[A-Z] [A-Z] [A-Z][a-z]{2,}(?: [A-Z][a-z]{2,})?(?![\w-])")
# "Arvinder (Arvi) Singh Bahal", "James (J.D.) Russell"
# (not "Party of Iran (KDPI) Hassan Rastegar", "Regulation (EC) No")
_PAREN_NICKNAMED = re.compile(r"\b[A-Z][a-z]+ \((?:[A-Z][a-z]+|(?:[A-Z]\.){1,3})\) (?:[A-Z][a-z]+ )?[A-Z][\w'’-]+")


def quoted_title(doc: Doc, start: int, end: int) -> bool:
    """The name is all or most of a short quotation: "Saare Jahan Se Achha" (a song's title) where the NER took the
    last three words (capitalised words before it, a stop before the closing quote)."""
    i = start
    while i > 0 and start - i < _QUOTED_WORDS and doc[i - 1].is_title and doc[i - 1].text not in _QUOTE_MARKS:
        i -= 1
    j = end + 1 if end < len(doc) and doc[end].text in {".", ",", "!", "?"} else end
    # (the closing quote may be glued to what follows: "''(Better")
    return i > 0 and doc[i - 1].text in _QUOTE_MARKS and j < len(doc) and \
        (doc[j].text in _QUOTE_MARKS or doc[j].text[:2] in _QUOTE_MARKS or doc[j].text[:1] in _QUOTE_MARKS)


def joins_a_surname(doc: Doc, i: int, start: int) -> bool:
    """The hyphen of a double surname, "Kwasni-Zielinski": no space either side, a capital after."""
    return i > start and doc[i].text in HYPHENS and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and \
        i + 1 < len(doc) and doc[i + 1].is_title and doc[i + 1].is_alpha


_PERSONAL_POSSESSIVES = {"his", "her", "himself", "herself"}
_FINITE = {"VBD", "VBZ", "VBP"}


def acts_as_a_person(doc: Doc, end: int) -> bool:
    """The name is the subject of a verb whose object is his or hers: "from which Yury Gagarin began
    his mission" (the NER took the name for a facility); no organisation or place does that."""
    return end + 1 < len(doc) and doc[end].tag_ in _FINITE and \
        any(t.lower_ in _PERSONAL_POSSESSIVES for t in doc[end + 1:min(end + 3, doc[end].sent.end)])


def after_a_countrys(doc: Doc, start: int, end: int, blocked: set[int]) -> bool:
    """"Portugal's Duarte Figueira ... Figueira waved": a country's own, as news names its people,
    whose surname goes on to act alone (whatever the NER calls it there; not "Russia's State Duma")."""
    if start < 2 or doc[start - 1].text not in APOSTROPHES or doc[start - 2].ent_type_ != "GPE":
        return False
    surname = doc[end - 1].text
    return any(t.text == surname and not start <= t.i < end and t.i not in blocked and t.i + 1 < len(doc)
               and not (t.i > 0 and doc[t.i - 1].is_title) and (doc[t.i + 1].pos_ in {"VERB", "AUX"} or
                                                               doc[t.i + 1].text in APOSTROPHES)
               for t in doc)


def pieces(ent: Span, organisations: set[str] = frozenset()) -> list[Span]:
    """An entity the NER ran across a spaced dash within a line, "Helen Sharman - Project", as its parts;
    one it ran across an owner's possessive, "Mission Control's Curtis Brown", as what is owned (a person's
    name still needs its own evidence there, which a name the NER called a person has; and a person's
    name too where the owner is an organisation: "Nasa’s Kate Rubins")."""
    if len(ent) > 1 and ent[-1].text in APOSTROPHES | {"‘", '"', "“", "”"}:
        ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)  # "Soichi Noguchi 'deeply moved'": a quote's mark
    owned = [t.i for t in ent[1:-2] if t.tag_ == "POS" and t.text in APOSTROPHES | {"'s", "’s"}]
    if owned and (ent.label_ != "PERSON" or normalize_name(ent.doc[ent.start:owned[-1]].text) in organisations):
        return [Span(ent.doc, owned[-1] + 1, ent.end, label=ent.label_)]
    cuts = [t.i for t in ent if t.text in _DASHES and ent.start < t.i < ent.end - 1 and t.whitespace_
            and ent.doc[t.i - 1].whitespace_ and "\n" not in ent.doc[t.i - 1].text]
    # (and two names a scraped page ran together, "Gerald P. CarrEdward G. Gibson": glued_names.py)
    glued = [i for i in ent.doc.user_data.get(GLUED_KEY, ()) if ent.start + 1 < i < ent.end - 1]
    if not cuts and not glued:
        return [ent]
    bounds = sorted([ent.start, *cuts, *glued, ent.end])
    starts = sorted([ent.start, *(c + 1 for c in cuts), *glued])
    return [Span(ent.doc, a, b, label=ent.label_) for a, b in zip(starts, bounds[1:]) if b > a]


def joined_persons(ents) -> list[Span]:
    """The entities, two PERSON entities that touch taken as one name ("YS Jagan" and "Mohan Reddy" of
    "Chief Minister YS Jagan Mohan Reddy", which the NER cut in two)."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        # (not a name after one that ends on a stop, or that says a word of it again: "Richard Gordon Jr.
        # Gordon, one of a dozen men", a caption run into its sentence)
        if last is not None and last.label_ == ent.label_ == "PERSON" and last.end == ent.start and \
                "\n" not in last[-1].whitespace_ and not last[-1].text.endswith(".") and \
                not {t.lower_ for t in ent} & {t.lower_ for t in last} and len(last) + len(ent) <= _JOINED_NAME_TOKENS:
            joined[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
        else:
            joined.append(ent)
    return joined


_JOINED_NAME_TOKENS = 5
_OWNER_WORDS = 3  # capitalised words of an owner's name before the possessive


def owners_of_organisations(doc: Doc, organisations: set[str], blocked: set[int]) -> list[tuple[int, int]]:
    """"Elon Musk's SpaceX", "Jeff Bezos' Blue Origin": the capitalised run before a possessive that
    owns an organisation the lexicon knows (the NER may miss it or take the company in)."""
    found = []
    for token in doc:
        if token.text not in APOSTROPHES or token.i < 2:
            continue
        after = doc[token.i + 1:token.i + 3]
        if not any(normalize_name(after[:k].text) in organisations for k in range(1, len(after) + 1)):
            continue
        start = token.i
        while start > 0 and token.i - start < _OWNER_WORDS and start - 1 not in blocked and \
                doc[start - 1].is_title and doc[start - 1].is_alpha:
            start -= 1
        if token.i - start >= 2:
            found.append((start, token.i))
    return found


def aged_names(doc: Doc, blocked: set[int], shape: NameShape) -> list[Mention]:
    """"Valentina Tereshkova, 26, the first woman in space": a capitalised run before an
    age set off by commas is a name the NER may have missed."""
    found = []
    for token in doc[2:len(doc) - 4]:
        if token.text != ",":
            continue
        number = token.nbor(2) if token.nbor().lower_ in {"a", "an"} else token.nbor()
        if not (number.text.isdigit() and _AGE_RANGE[0] <= int(number.text) <= _AGE_RANGE[1]
                and (number.nbor().text == "," or number.nbor().text == "-" and number.nbor(2).lower_ == "year")):
            continue  # "X, 26," or "X, a 29-year-old engineer"
        start = token.i
        while start > 0 and token.i - start < MAX_NAME_TOKENS + 2 and start - 1 not in blocked and (
                (doc[start - 1].is_title and doc[start - 1].is_alpha) or hyphenated_part(doc, start - 1)):
            start -= 1
        if token.i - start >= 2 and shape.looks_like_name(doc, start, token.i):
            found.append(Mention(start, token.i, doc[start:token.i].text, True, cued=True))
    return found


def nicknamed_names(doc: Doc, blocked: set[int], facility_heads: set[str],
                    given_names: set[str] = frozenset()) -> list[Mention]:
    """'Edwin "Buzz" Aldrin', 'Francis R. "Dick" Scobee'; 'James (J.D.) Russell' is named
    without its aside: James Russell."""
    found = []
    text = doc_text(doc)
    middles = [m for m in _NICKNAMED_MIDDLE.finditer(text) if m.group("given") in given_names]
    for m in [*_NICKNAMED.finditer(text), *_PAREN_NICKNAMED.finditer(text), *middles]:
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and not blocked.intersection(range(span.start, span.end)):
            name = re.sub(r" \([^()]*\)", "", span.text)
            if any(w in facility_heads for w in name.split()):
                continue  # "Companion Marble (Holdings) Ltd"
            found.append(Mention(span.start, span.end, name, True, cued=True))
    return found


def initialled_names(doc: Doc, blocked: set[int], shape: NameShape) -> list[Mention]:
    """"to replace A S Kiran Kumar": two initials without stops before capitalised words, the way Indian
    names are often written (no article comes in a pair)."""
    found = []
    for m in _INITIALLED.finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None and not blocked.intersection(range(span.start, span.end)) and \
                shape.looks_like_name(doc, span.start + 2, span.end):
            found.append(Mention(span.start, span.end, span.text, True, cued=True))
    return found


def without_characters(doc: Doc, people: list[Person], cues: set[str], nouns: set[str]) -> list[Person]:
    """An actor's character is no person: "Shatner, who played Captain Kirk", "playing Ethan Hunt",
    "played the role of Captain Kirk", named so the first time (not "Jim Lovell ... Tom Hanks played
    Jim Lovell")."""
    def played(mention: Mention) -> bool:
        i = mention.start - 1
        while i >= 0 and mention.start - i <= _CHARACTER_TITLES and doc[i].is_title and doc[i].lower_ not in cues:
            i -= 1  # "Captain", "Dr."
        if i >= 2 and doc[i].lower_ == "of" and doc[i - 1].lower_ in nouns:
            i -= 3 if doc[i - 2].lower_ == "the" else 2  # "the role of"
        return i >= 0 and doc[i].lower_ in cues

    return [p for p in people if not played(p.mentions[0])]


def country_owned_names(doc: Doc, blocked: set[int], given_names: set[str]) -> list[Mention]:
    """"Denmark's Andreas Mogensen of the European Space Agency": a country's own, a given name and a
    surname, which the NER may leave unlabelled after the possessive."""
    found = []
    for t in doc[1:-2]:
        if t.text not in {"'s", "’s"}:
            continue
        given, surname = doc[t.i + 1], doc[t.i + 2]
        if doc[t.i - 1].ent_type_ == "GPE" and given.text in given_names and \
                surname.is_title and surname.is_alpha and surname.text not in given_names and \
                not blocked.intersection(range(t.i + 1, t.i + 3)) and \
                not (t.i + 3 < len(doc) and doc[t.i + 3].is_title):
            found.append(Mention(t.i + 1, t.i + 3, f"{given.text} {surname.text}", True, cued=True))
    return found


def names_closing_organisations(doc: Doc, blocked: set[int], given_names: set[str]) -> list[Mention]:
    """"Head of the Cosmonaut Training Center Pavel Vlasov told Interfax": a given name and a surname the
    NER ran into the body before them ("the Cosmonaut Training Center Pavel Vlasov", one organisation)."""
    found = []
    for ent in doc.ents:
        start, end = ent.end - 2, ent.end
        if ent.label_ not in {"ORG", "FAC"} or len(ent) < 4 or blocked.intersection(range(start, end)):
            continue
        given, surname, body = doc[start], doc[end - 1], doc[start - 1]
        if given.text in given_names and surname.is_title and surname.is_alpha and body.is_title and \
                body.text not in given_names:
            found.append(Mention(start, end, f"{given.text} {surname.text}", True, cued=True))
    return found
