"""Mentions of a person the NER missed once the article has named them: a bare surname later on
("Patsayev turned 38"), or the name whole with the given name the article used nowhere else
("Hazzaa Al Mansoori was not yet alive ... Al Mansoori said")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .name_merging import Mention, Person
from .name_shape import NameShape


_INITIAL = re.compile(r"^[A-Z]\.$")


def add_repeated_mentions(doc: Doc, people: list[Person], blocked: set[int], shape: NameShape) -> None:
    """Later bare-surname mentions the NER missed ("Patsayev turned 38"), and a name it missed whole
    after a given name ("Hazzaa Al Mansoori")."""
    covered = set(blocked)
    for person in people:
        for m in person.mentions:
            covered.update(range(m.start, m.end))
    _add_given_names(doc, people, covered, shape)
    owners: dict[str, list[Person]] = {}
    used: dict[str, list[Person]] = {}  # who the article's own bare mentions of a form went to
    surnames: set[str] = set()  # forms trusted even where the tagger says NOUN
    for person in people:
        forms = {m.text for m in person.mentions if len(m.text.split()) == 1}
        for form in forms:
            used.setdefault(form, []).append(person)
        full = person.full_name.split()
        if len(full) > 1:
            # the family name stands last ("Vande Hei" aside) or, in Chinese
            # names, first ("Zhai Zhigang" is "Zhai")
            forms.update((full[0], full[-1]))
            surnames.add(full[-1])
        for form in forms:
            owners.setdefault(form, []).append(person)
    for token in doc:
        people_here = owners.get(token.text)
        if people_here and len(people_here) > 1 and len(used.get(token.text, ())) == 1:
            people_here = used[token.text]  # father and son: "Garriott" is the one the other "Garriott"s are
        if not people_here or len(people_here) != 1 or token.i in covered or not token.is_title:
            continue
        if token.pos_ != "PROPN" and not (token.pos_ in {"NOUN", "ADV", "ADJ", "VERB"} and token.text in surnames) and \
                not _subject_surname(doc, token, surnames):
            continue  # "Proctor, aged 51": a sentence-initial surname is often tagged NOUN
        if token.i + 1 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 1].pos_ == "PROPN":
            continue  # part of a longer name: "Mark" in "Mark Bezos"
        people_here[0].mentions.append(Mention(token.i, token.i + 1, token.text, True, person=people_here[0]))
    for person in people:
        person.mentions.sort(key=lambda m: m.start)


def _subject_surname(doc: Doc, token, surnames: set[str]) -> bool:
    """A surname that is also a word, opening a sentence before its verb: "Long deployed to Iraq"."""
    return token.text in surnames and token.is_sent_start and token.i + 1 < len(doc) and \
        doc[token.i + 1].tag_ in {"VBD", "VBZ", "MD"}


def _add_given_names(doc: Doc, people: list[Person], covered: set[int], shape: NameShape) -> None:
    """A name of several words the article uses, standing where the NER found nothing, after a capitalised
    word that can open a name: the person's name with its given name ("Hazzaa Al Mansoori")."""
    by_words = {tuple(p.full_name.split()): p for p in people if len(p.full_name.split()) > 1}
    if not by_words:
        return
    starts: dict[str, list[int]] = {}  # a name's first word -> where it stands (one pass over the Doc)
    firsts = {words[0] for words in by_words}
    for token in doc[1:]:
        if token.text in firsts:
            starts.setdefault(token.text, []).append(token.i)
    for words, person in by_words.items():
        n = len(words)
        for i in starts.get(words[0], ()):
            if tuple(t.text for t in doc[i:i + n]) != words or covered & set(range(i - 1, i + n)):
                continue
            given = doc[i - 1]
            if _INITIAL.match(given.text) and i > 1 and not (covered & {i - 2}):
                # an initial before the given name: "R. Walter Cunningham", later "Walter Cunningham"
                person.mentions.append(Mention(i - 1, i + n, doc[i - 1:i + n].text, True, person=person))
                covered.update(range(i - 1, i + n))
                continue
            if not (given.is_title and given.is_alpha and given.pos_ == "PROPN" and not given.ent_type_) or \
                    given.text in shape.weekdays or given.text in shape.months or \
                    given.lower_ in shape.role_of_phrase or not shape.looks_like_name(doc, i - 1, i + n):
                continue
            person.mentions.append(Mention(i - 1, i + n, doc[i - 1:i + n].text, True, person=person))
            covered.update(range(i - 1, i + n))
