"""Ages: stated ages of named people, linked to the person's full name.

Each pattern in data/age_patterns.jsonl finds an age expression and says where
its person stands: right before it ("Peresild (37)", "Shipenko, 38,"), right
after it ("37-year-old Yulia Peresild", "Aged 37, X"), or as the nearest person
before it in the sentence ("X, who turned 82", "X was 37 years old").

The component writes `doc._.ages` (AgeRecords); it needs `doc.spans["people"]`.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from .normalize import sentence_text
from .people import SPAN_KEY as PEOPLE_KEY
from .records import AgeRecord
from .resources import load_jsonl

_MAX_AGE = 120
_GAP_AFTER = re.compile(r"^[\s,]*(?:(?:the|a|an|[A-Z][a-z]+|[a-z]+)\s+){0,3}$")  # "37-year-old American actor "


class AgeFinder:
    def __init__(self, patterns: str = "age_patterns.jsonl"):
        self.patterns = [(re.compile(p["regex"]), p["person"]) for p in load_jsonl(patterns)]

    def __call__(self, doc: Doc) -> Doc:
        people = list(doc.spans.get(PEOPLE_KEY, []))
        found = []
        taken: list[tuple[int, int]] = []
        for regex, where in self.patterns:
            for m in regex.finditer(doc.text):
                age = int(m.group("age"))
                start, end = m.span("expr")
                if not 0 < age <= _MAX_AGE or any(start < e and s < end for s, e in taken):
                    continue
                person = self._person(doc, people, m.start(), m.end(), where)
                if person is None:
                    continue
                taken.append((start, end))
                found.append((start, end, age, person))
        records, seen = [], set()
        for start, end, age, person in sorted(found, key=lambda f: f[0]):
            key = (person.kb_id_, age)
            if key not in seen:  # one row per person and age: the first statement
                seen.add(key)
                expression = doc.char_span(start, end, alignment_mode="expand")
                records.append(AgeRecord(person.kb_id_, age, doc.text[start:end], start,
                                         sentence_text(expression)))
        doc._.ages = tuple(records)
        return doc

    @staticmethod
    def _person(doc: Doc, people: list[Span], start: int, end: int, where: str) -> Span | None:
        text = doc.text
        if where == "before":
            before = [p for p in people if p.end_char <= start and not text[p.end_char:start].strip(" ,")]
            return before[-1] if before else None
        if where == "after":
            after = [p for p in people if p.start_char >= end and p.start_char - end < 60]
            if after and _GAP_AFTER.match(text[end:after[0].start_char]):
                return after[0]
            return None
        if where == "nearest_before":
            sentence_start = doc.char_span(start, end, alignment_mode="expand")
            if sentence_start is None:
                return None
            sent_start = sentence_start.sent.start_char
            before = [p for p in people if sent_start <= p.start_char and p.end_char <= start]
            return before[-1] if before else None
        raise ValueError(f"unknown person position {where!r} in age_patterns.jsonl")


@Language.factory("age_finder")
def make_age_finder(nlp: Language, name: str) -> AgeFinder:
    return AgeFinder()
