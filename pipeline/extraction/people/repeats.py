"""Mentions of a person the NER missed once the article has named them: a bare surname later on
("Patsayev turned 38")."""

from __future__ import annotations

from spacy.tokens import Doc

from .name_merging import Mention, Person


def add_repeated_mentions(doc: Doc, people: list[Person], blocked: set[int]) -> None:
    """Later bare-surname mentions the NER missed ("Patsayev turned 38")."""
    covered = set(blocked)
    for person in people:
        for m in person.mentions:
            covered.update(range(m.start, m.end))
    owners: dict[str, list[Person]] = {}
    surnames: set[str] = set()  # forms trusted even where the tagger says NOUN
    for person in people:
        forms = {m.text for m in person.mentions if len(m.text.split()) == 1}
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
        if not people_here or len(people_here) != 1 or token.i in covered or not token.is_title:
            continue
        if token.pos_ != "PROPN" and not (token.pos_ == "NOUN" and token.text in surnames):
            continue  # "Proctor, aged 51": a sentence-initial surname is often tagged NOUN
        if token.i + 1 < len(doc) and doc[token.i + 1].is_title and doc[token.i + 1].pos_ == "PROPN":
            continue  # part of a longer name: "Mark" in "Mark Bezos"
        people_here[0].mentions.append(Mention(token.i, token.i + 1, token.text, True, person=people_here[0]))
    for person in people:
        person.mentions.sort(key=lambda m: m.start)
