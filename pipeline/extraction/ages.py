"""Ages: stated ages of named people, linked to the person's full name.

Each pattern in data/age_patterns.jsonl finds an age expression and says where
its person stands: right before it ("Peresild (37)", "Shipenko, 38,"), right
after it ("37-year-old Yulia Peresild", "Aged 37, X"), or as the nearest person
before it in the sentence ("X, who turned 82", "X was 37 years old").

The component writes `doc._.ages` (AgeRecords); it needs `doc.spans["people"]`.
"""

from __future__ import annotations

from collections import Counter

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..normalize import doc_text, sentence_text
from .people.finder import SPAN_KEY as PEOPLE_KEY
from .salience import most_named
from ..records import AgeRecord
from ..resources import load_json, load_jsonl
from . import extensions  # noqa: F401  (registers the doc._ attributes it reads and writes)

_MAX_AGE = 120
_HEADLINE_WORDS = 15  # a line this short before an age, with no sentence end, is a headline
_AGE_NOUNS = {"year", "years", "old", "age", "birthday", "yesterday", "today", "tomorrow", "week", "month",
              "day", "weekend", "morning", "evening", "night", "afternoon"}
_SUBJECT_PRONOUNS = {"he", "she"}
_ITEM_NUMBER = re.compile(r"\((\d)\)")  # "(1)", "(2)": numbered items of a caption
_PRONOUN_REACH = 3  # sentences back to the person "He was 69." speaks of
# After "the N-year-old": a possessive, or a verb a person does.
_STANDS_FOR_A_PERSON = re.compile(r"(?:['’]s\b|\s+(?:said|says|told|died|was|is|had|has|will|would|who|added|recalled))")
_FINITE_VERB_TAGS = {"VBD", "VBZ", "VBP", "MD"}
_DESCRIPTION_NOUNS = 1  # a demonym between "the N-year-old" and its verb: "The 50-year-old Canadian returned"
_APPOSITIVE_CHARS = 24  # characters before "N-year-old" read for ", a pretty "
_CLAUSE_OPENERS = {"who", "whom", "whose", "which", "while", "whilst", "when", "as", "after"}  # the asides others stand in
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")  # "the 51-year-old engineer": a description, no name
# "37-year-old American actor ", "40-year-old Marine Corps lieutenant colonel named "
_DESCRIPTION_REACH = 7  # tokens from an age to the role heading its description
# (a noun modifies too, and "and" joins two: "the 27-year-old food scientist", "The 50-year-old former
# fire-breather and founder of")
_MODIFIER_TAGS = {"JJ", "NNP", "NNPS", "VBN", "HYPH", "NN", "CC"}
# "former fighter pilot Lt. Col.", "former Maritime Self-Defense Force doctor,", "NASA astronaut, Ms"
# (and a label in quotes: "82-year-old “Mercury 13” aviator Wally Funk")
_GAP_AFTER = re.compile(r"^[\s,]*(?:(?:the|a|an|[A-Z][a-z]+(?:-[A-Z]?[a-z]+)*\.?|[A-Z]{2,6}|[a-z]+(?:-[a-z]+)*|"
                        r"[“\"][^”\"\n]{1,24}[”\"]),?\s+){0,7}$")
_NAMED_BEFORE = re.compile(r"\b(?:named|called)\s+$")  # "a 27-year-old Soviet aviator named Yuri Gagarin"
# "At the age of 40, after serving as a back-up crew member for Soyuz 22, X flew": a fronted clause between
_FRONTED_CLAUSE = re.compile(r"^,?\s*(?:after|before|while|when|having|following|despite|until|once)\b[^,;.\n]{0,90},\s*$")
_FRONTED_CLAUSE_CHARS = 110
# "The 41-year-old native of Shandong province and mother of a five-year-old girl, Wang joined": a sentence
# that opens on the description of the name after its comma
_SENTENCE_THE = re.compile(r"(?:^|[.!?]\s+|\n\s*)The\s+$")
_FRONTED_DESCRIPTION = re.compile(r"^\s+[a-z][^,;.\n]{0,90},\s*$")  # (with no verb of its own: "The 40-year-old
# representative has been out of view, Ward said")
_PLURAL_VERB = re.compile(r"\b(?:are|were|both)\b")  # "A and B ... are the oldest at 89": an age of both
# a capitalised word right before ", aged 32": whom the age is apposed to
_PRONOUN_COPULA = re.compile(r"\b(?:he|she)\s+(?:(?:is|was)\s+(?:just\s+|only\s+)?)?$", re.IGNORECASE)
_APPOSED_WORD = re.compile(r"\b([A-Z][\w'’-]+),\s+(?:aged\s+)?$")
_APPOSED_REACH = 40
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:[Hh]is|[Hh]er)\b")  # "It was her skill ... at age 22": the one spoken of
_PERSONAL_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b")  # the one a sentence naming nobody speaks of
_NOT_PEOPLE = {"FAC", "ORG", "NORP", "DATE", "EVENT"}
_OF_A_CHILD = re.compile(r"\bof\s+an?\s+$")  # "mother of a five-year-old girl": a child the name after is not
_RESPECTIVELY = re.compile(r",\s+(\d{1,3}),?\s+and\s+(\d{1,3}),?\s+respectively\b")
_LABEL_LINES = 4  # line breaks from a fact sheet's name to its "Age:" label (blank lines between)
_AT_AN_AGE = re.compile(r"at\s+(?:the\s+)?(?:age\s+)?(?:of\s+)?\d")  # "at age 24", "at 17"
_KIN_OF = re.compile(r"\s+(?:son|daughter|wife|husband|brother|sister|father|mother|widow|grandson|granddaughter)\s+of\b")
_KIN_AFTER = re.compile(r"\s+(?:girl|boy|son|daughter|child|baby|grandson|granddaughter|nephew|niece)\b")


class AgeFinder:
    def __init__(self, patterns: str = "age_patterns.jsonl", roles: str = "roles.jsonl",
                 numbers: str = "date_words.json", cues: str = "event_cues.json"):
        self.patterns = [(re.compile(p["regex"]), p["person"]) for p in load_jsonl(patterns)]
        # one-word role nouns: "the 51-year-old engineer", "The pioneer, who turned 86" stand for a person
        self.role_nouns = {phrase.lower() for entry in load_jsonl(roles) for phrase in entry["phrases"]
                           if " " not in phrase}
        # words that open a longer role ("vice president", "flight engineer") modify its head
        self.role_openers = {phrase.lower().split()[0] for entry in load_jsonl(roles)
                             for phrase in entry["phrases"] if " " in phrase}
        self.numbers = load_json(numbers)["number_words"]
        self.counts = {word: n for word, n in self.numbers.items() if 2 <= n <= 9}
        self.speech = set(load_json(cues)["speech_after"])  # "X said": a source quoted

    def _value(self, age: str) -> int:
        """A stated age's number: "35", or spelled out, "Thirty-five"."""
        return int(age) if age.isdigit() else sum(self.numbers[w] for w in re.split(r"[-‐ ]", age.lower()))

    def __call__(self, doc: Doc) -> Doc:
        people = list(doc.spans.get(PEOPLE_KEY, []))
        found = self._respectively(doc, people)
        taken: list[tuple[int, int]] = [(start, end) for start, end, _, _ in found]
        for regex, where in self.patterns:
            for m in regex.finditer(doc_text(doc)):
                age = self._value(m.group("age"))
                start, end = m.span("expr")
                if not 0 < age <= _MAX_AGE or any(start < e and s < end for s, e in taken):
                    continue
                if self._counts_a_thing(doc, m.end("age")) or self._numbered(doc, m):
                    continue
                persons = (where == "after_or_apposition" and self._group(doc, people, m.start(), m.end())) or \
                    self._persons(doc, people, m.start(), m.end(), where) or \
                    self._described(doc, people, m.start(), m.end())
                if not persons:
                    continue
                taken.append((start, end))
                found.extend((start, end, age, person) for person in persons)
        # "the 39-year-old vice president" stands for someone the text is about; not for one it
        # gives another age outright (a second age is a guess gone wrong, not a birthday)
        stated = {(person.kb_id_, age) for start, end, age, person in found
                  if not _description(doc, start, person)}
        # (an age at a past time, "made his fortune at age 24", leaves "The 28-year-old" his)
        stated_people = {person.kb_id_ for start, end, age, person in found
                         if not _description(doc, start, person) and not _AT_AN_AGE.match(doc_text(doc), start)}
        found = [f for f in found if not (_description(doc, f[0], f[3]) and f[3].kb_id_ in stated_people
                                          and (f[3].kb_id_, f[2]) not in stated)]
        records, seen = [], set()
        for start, end, age, person in sorted(found, key=lambda f: f[0]):
            key = (person.kb_id_, age)
            if key not in seen:  # one row per person and age: the first statement
                seen.add(key)
                expression = doc.char_span(start, end, alignment_mode="expand")
                records.append(AgeRecord(person.kb_id_, age, doc_text(doc)[start:end], start,
                                         sentence_text(expression)))
        doc._.ages = tuple(records)
        return doc

    @staticmethod
    def _respectively(doc: Doc, people: list[Span]) -> list[tuple[int, int, int, Span]]:
        """"Wilmore and Williams, 62 and 59 respectively": each age to the name in its place."""
        text, found = doc_text(doc), []
        for m in _RESPECTIVELY.finditer(text):
            second = next((p for p in people if p.end_char == m.start()), None)
            first = second and next((p for p in people
                                     if re.fullmatch(r"\s+and\s+", text[p.end_char:second.start_char])), None)
            if first is not None:
                found += [(m.start(1), m.end(1), int(m.group(1)), first),
                          (m.start(2), m.end(2), int(m.group(2)), second)]
        return found

    def _group(self, doc: Doc, people: list[Span], start: int, end: int) -> list[Span]:
        """"The three 42-year-old pilots -- A, B and C --": 42 to each, where the list holds as many names as the count."""
        text = doc_text(doc)
        counted = re.search(r"\b(?:[Tt]he|[Aa]ll|[Tt]hese|[Tt]hose)\s+([a-z]+|\d)\s+$", text[max(0, start - 20):start])
        count = counted and (int(counted.group(1)) if counted.group(1).isdigit() else self.counts.get(counted.group(1)))
        if not count:
            return []
        after = [p for p in people if p.start_char >= end]
        if not after or not re.fullmatch(r"[\w\s-]{0,60}?\s*(?:--|—|–|:|,)\s*", text[end:after[0].start_char]):
            return []
        listed = after[:1]
        for person in after[1:]:
            if not re.fullmatch(r"\s*(?:,|,?\s*and|&)\s*", text[listed[-1].end_char:person.start_char]):
                break
            listed.append(person)
        return listed if len(listed) == count else []

    def _described(self, doc: Doc, people: list[Span], start: int, end: int) -> list[Span]:
        """An age of a description of whom the text is about: "made the 51-year-old engineer the first German"."""
        text = doc_text(doc)
        before = _THE_BEFORE.search(text[max(0, start - 5):start])
        expression = doc.char_span(start, end, alignment_mode="expand")
        if expression is None:
            return []
        if before and self._role_head(doc, expression.end):
            return self._person_spoken_of(doc, people, start)
        sent = expression.sent
        opening = [t for t in sent if not t.is_space][:3]
        if len(opening) == 3 and opening[0].lower_ == "the" and opening[1].lower_ in self.role_nouns and \
                opening[2].text == "," and not any(p.start_char < start for p in people if sent.start_char <= p.start_char):
            main = most_named(people, lambda p: p.kb_id_, lead=2)  # "The pioneer, who turned 86"
            return [main] if main is not None else []
        return []

    @staticmethod
    def _verb_follows(doc: Doc, end: int, nouns: int = 0) -> bool:
        """"The 49-year-old spent 322 days in space": a finite verb right after the description makes it the
        subject, a person (not "the 15-year-old station"); past up to `nouns` proper nouns or adjectives."""
        following = doc.char_span(end, min(len(doc_text(doc)), end + 40), alignment_mode="expand")
        tokens = [t for t in following if not t.is_space] if following is not None else []
        skipped = 0
        while skipped < nouns and skipped < len(tokens) and tokens[skipped].tag_ in {"NNP", "NNPS", "JJ"}:
            skipped += 1
        if skipped + 2 < len(tokens) and tokens[skipped].tag_ == "NNS" and tokens[skipped + 1].lower_ == "to" and \
                tokens[skipped + 2].tag_ == "VB":
            return True  # "The 50-year-old Canadian plans to take": the verb the tagger read as a plural noun
        return skipped < len(tokens) and tokens[skipped].tag_ in _FINITE_VERB_TAGS

    def _role_head(self, doc: Doc, i: int) -> bool:
        """The noun phrase from token `i` is headed by a role: "engineer", "retired Air Force colonel" (not "Mir")."""
        for token in doc[i:min(len(doc), i + _DESCRIPTION_REACH)]:
            if token.lower_ in self.role_nouns:
                return True
            if token.tag_ not in _MODIFIER_TAGS and token.lower_ not in self.role_openers:
                return False
        return False

    @staticmethod
    def _numbered(doc: Doc, m: re.Match) -> bool:
        """'Leonov (1); Leonov, Stafford and Slayton (2)': a caption's numbered items, no ages."""
        text = doc_text(doc)
        if text[m.start()] != "(":
            return False
        line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) % (len(text) + 1)]
        return len(set(_ITEM_NUMBER.findall(line))) >= 2

    @staticmethod
    def _counts_a_thing(doc: Doc, number_end: int) -> bool:
        """'turned 3 valves': the number counts the noun after it, it is no age."""
        following = doc.char_span(number_end, min(len(doc_text(doc)), number_end + 40), alignment_mode="expand")
        token = next((t for t in following if not t.is_space), None) if following is not None else None
        return token is not None and token.pos_ == "NOUN" and token.lower_ not in _AGE_NOUNS

    def _persons(self, doc: Doc, people: list[Span], start: int, end: int, where: str) -> list[Span]:
        """The people an age expression at text[start:end] speaks of."""
        text = doc_text(doc)
        if where == "before":
            before = [p for p in people if p.end_char <= start and not text[p.end_char:start].strip(" ,")]
            return before[-1:]
        if where == "both_before":  # "Zhu and Gui, both 36"
            before = [p for p in people if p.end_char <= start]
            if len(before) >= 2 and not text[before[-1].end_char:start].strip(" ,") \
                    and _BOTH_GAP.fullmatch(text[before[-2].end_char:before[-1].start_char].strip()):
                return before[-2:]
            return []
        if where == "after":
            after = [p for p in people if p.start_char >= end and p.start_char - end < _FRONTED_CLAUSE_CHARS]
            if after and ((after[0].start_char - end < 60 and _GAP_AFTER.match(text[end:after[0].start_char])) or
                          _FRONTED_CLAUSE.match(text[end:after[0].start_char]) or
                          (_SENTENCE_THE.search(text, max(0, start - 6), start) and
                           _FRONTED_DESCRIPTION.match(text[end:after[0].start_char]) and
                           not any(t.tag_ in _FINITE_VERB_TAGS for t in doc.char_span(end, after[0].start_char,
                                                                           alignment_mode="expand") or ()))):
                return after[:1]
            return []
        if where == "after_or_apposition":
            # "the 37-year-old Yulia Peresild" or "Yang Liwei, a 38-year-old pilot"
            copula = re.search(r"\s(?:is|was)\s+(?:a|an)\s+$", text[max(0, start - 12):start])
            named = [p for p in self._persons(doc, people, start, end, "after") if _NAMED_BEFORE.search(text, end, p.start_char)]
            if copula and named:  # "The first astronaut was a 27-year-old Soviet aviator named Yuri Gagarin"
                return named
            if copula:  # "Grechko is a 54-year-old veteran who, along with Yuri Romanenko, ..."
                return self._persons(doc, people, start - len(copula.group()), end, "before")
            kin = _KIN_AFTER.match(text, end)
            if kin and _OF_A_CHILD.search(text, max(0, start - 6), start):
                return []  # "mother of a five-year-old girl, Wang joined": the child's age, not Wang's
            found = self._persons(doc, people, start, end, "after")
            if found and text[end:found[0].start_char].strip() and self._verb_follows(doc, end, nouns=_DESCRIPTION_NOUNS):
                found = []  # "The 50-year-old Canadian returned with cosmonaut X": the description is the subject
            # (wire lists drop the article: "A, 40-year-old crew chief; B, a 31-year-old engineer")
            # (past one adjective too: "Susy Feldman, a pretty 29-year-old secretary")
            appositive = re.search(r",\s+(?:(?:a|an|the|then\s+a|now\s+a)\s+(?:[a-z]{3,}\s+)?)?$",
                                   text[max(0, start - _APPOSITIVE_CHARS):start])
            if appositive and _KIN_OF.match(text, end):  # "A, the 47-year-old son of astronaut B,": A's age
                return self._persons(doc, people, start - len(appositive.group()) + 1, end, "before")
            if kin and found and text[kin.end():found[0].start_char].strip(" ,"):
                return []  # "leaves behind 3-year-old son\n\nBy A": a child the name after is not
            if found and not (appositive and re.search(r"[,;]", text[end:found[0].start_char])):
                return found  # (not "A, a 50-year-old test pilot, and B, 41": A's apposition)
            if appositive:
                return self._persons(doc, people, start - len(appositive.group()) + 1, end, "before")
            if re.search(r"\bas\s+an?\s+$", text[max(0, start - 8):start]):  # "treated as a 10-year-old"
                return self._persons(doc, people, start, end, "nearest_before")
            if re.search(r"\bthe\s+$", text[max(0, start - 5):start], re.IGNORECASE) and \
                    (_STANDS_FOR_A_PERSON.match(text, end) or self._verb_follows(doc, end, nouns=_DESCRIPTION_NOUNS)):
                # "announced the 85-year-old's death", "the 85-year-old said": the person the text is about
                # ("the 15-year-old station" is a thing's age)
                return self._person_spoken_of(doc, people, start)
            return []
        if where == "nearest_before":
            expression = doc.char_span(start, end, alignment_mode="expand")
            if expression is None:
                return []
            sentence = expression.sent
            before = [p for p in people if sentence.start_char <= p.start_char and p.end_char <= start]
            if not before and (sentence[0].lower_ in _SUBJECT_PRONOUNS or
                               _PRONOUN_COPULA.search(text, sentence.start_char, start)):
                before = self._antecedent(doc, people, sentence)  # "He was aged 35.", "Tass said he was 47"
            if not before and not any(sentence.start_char <= p.start_char < sentence.end_char for p in people) and \
                    _PERSONAL_PRONOUN.search(text, sentence.start_char, sentence.end_char):
                # "In 1954 at the age of 17 after school she started work", "Her flight, at age 26, is still the
                # record": in a sentence naming nobody, the one the text speaks of
                possessive = _POSSESSIVE_PRONOUN.search(text, sentence.start_char, start)
                before = self._person_spoken_of(doc, people, start) if possessive else \
                    self._antecedent(doc, people, sentence)
            if not before:
                # a headline the NER read as one name: "Astronaut John Young Dies At Age 87"
                line = text[text.rfind("\n", 0, start) + 1:start]
                if len(line.split()) <= _HEADLINE_WORDS and not re.search(r"[.!?]\s", line):
                    before = [p for p in people if len(p.kb_id_.split()) > 1 and p.kb_id_ in line][:1]
            apposed = _APPOSED_WORD.search(text, max(0, start - _APPOSED_REACH), start) \
                if text.startswith("aged", start) else None
            word = doc.char_span(*apposed.span(1)) if apposed else None
            # (not a place: "died in Billings, Montana, aged 95"; the NER's GPE may be a surname)
            place = word is None or word[0].ent_type_ in _NOT_PEOPLE or \
                (word.start > 0 and (doc[word.start - 1].tag_ == "IN" or doc[word.start - 1].text == ","))
            if not place and before and before[-1].end_char != apposed.end(1):
                return []  # "and Cernan, aged 32": the age of one the text names but nobody found
            if len(before) >= 2 and text[before[-2].end_char:before[-1].start_char].strip() == "and" and \
                    _PLURAL_VERB.search(text, before[-1].end_char, start):
                return before[-2:]  # "A and B, who flew Apollo 8, are the oldest at 89": both
            if len(before) >= 2 and before[0].end < len(doc) and doc[before[0].end].text == "," and \
                    any(t.lower_ in _CLAUSE_OPENERS for t in doc[before[0].end:before[-1].start]) and \
                    any(t.text == "," and doc[t.i + 1].tag_ == "VBD" for t in doc[before[-1].end:expression.start]):
                # "A, who ... stayed behind while B and C travelled to the surface, died on Wednesday at age
                # 90": the main verb, after the clause the others stand in, is A's
                return before[:1]
            return before[-1:]
        if where == "line_label":  # "*Age: 45" a line or two under the name a fact sheet heads
            ends = [(p, p.start_char + len(p.text.rstrip())) for p in people]  # (a line's name may end on its breaks)
            return [p for p, e in ends if e <= start and text.count("\n", e, start) <= _LABEL_LINES][-1:]
        if where == "pronoun_after":  # "Now 70, he owns an auto dealership"
            expression = doc.char_span(start, end, alignment_mode="expand")
            # (a paragraph opening on it, "Now aged 86, the NASA veteran spoke", is of the one the article
            # is about)
            return [] if expression is None else \
                self._antecedent(doc, people, expression.sent) or self._person_spoken_of(doc, people, start)
        raise ValueError(f"unknown person position {where!r} in age_patterns.jsonl")

    def _source(self, doc: Doc, person: Span) -> bool:
        """The person is named as the source of a report: "X said", "said X", "according to X"."""
        after = doc[person.end].lower_ if person.end < len(doc) else ""
        before = [t.lower_ for t in doc[max(person.sent.start, person.start - 2):person.start]]
        return after in self.speech or before[-1:] and before[-1] in self.speech or before == ["according", "to"]

    @staticmethod
    def _antecedent(doc: Doc, people: list[Span], sentence: Span) -> list[Span]:
        """Whom a sentence's "he" or "she" is: the subject of the nearest sentence before naming someone (in the
        paragraph)."""
        text = doc_text(doc)
        earlier = sentence
        for _ in range(_PRONOUN_REACH):
            if earlier.start == 0:
                break
            previous = doc[earlier.start - 1].sent
            if "\n\n" in text[previous.start_char + len(previous.text.rstrip()):earlier.start_char]:
                break
            earlier = previous
            # (not a possessor: "The Jeff Bezos' owner Blue Origin rocket has taken X into space. He ...")
            before = [p for p in people if earlier.start_char <= p.start_char < earlier.end_char
                      and not _possessor(doc, p)][:1]
            if before:
                return before
        return []

    def _person_spoken_of(self, doc: Doc, people: list[Span], start: int) -> list[Span]:
        """The person most often named in the sentence and the two before it (the
        latest on a tie), else the one the article names most."""
        expression = doc.char_span(start, start + 1, alignment_mode="expand")
        if expression is None:
            return []
        first = doc[max(0, expression.sent.start - 1)].sent
        first = doc[max(0, first.start - 1)].sent
        near = [p for p in people if first.start_char <= p.start_char < start]
        # a description stands for someone its own sentence does not name, but as an owner: "Speaking to A
        # after the flight, the 90-year-old actor told him" is not A ("A's arrival made the 51-year-old" is)
        near = [p for p in near if p.start_char < expression.sent.start_char or _possessor(doc, p)]
        # (a source quoted is not who the text speaks of: "..., Carusone said", "according to Carusone")
        near = [p for p in near if not self._source(doc, p)]
        if not near:
            # "The return trip by the 60-year-old multimillionaire" paragraphs after his name: the one
            # person the article names most
            # (on a tie, leaving out the sources quoted)
            main = most_named(people, lambda p: p.kb_id_) or \
                most_named([p for p in people if not self._source(doc, p)], lambda p: p.kb_id_)
            return [main] if main is not None else []
        counts: dict[str, list[Span]] = {}
        for p in near:
            counts.setdefault(p.kb_id_, []).append(p)
        # on a tie, the one the article names most ("Administrator B greeted A with a bouquet. The 46-year-old
        # engineer was the seventh" in a story about A), then the one the latest sentence names, and of its
        # names the first, its subject ("A met B at the pad. The 60-year-old told reporters" is A)
        named = Counter(p.kb_id_ for p in people)
        best = max(counts.values(), key=lambda spans: (len(spans), named[spans[-1].kb_id_], spans[-1].sent.start,
                                                       -spans[-1].start))
        return best[-1:]


# "A and B, both 36", "NASA astronaut A and Russian cosmonaut B, both 53": "and" and the second one's title
_BOTH_GAP = re.compile(r"and(?:\s+[\w.-]+){0,3}")


@Language.factory("age_finder")
def make_age_finder(nlp: Language, name: str) -> AgeFinder:
    return AgeFinder()


def _possessor(doc: Doc, person: Span) -> bool:
    return person.end < len(doc) and doc[person.end].text in {"'s", "’s", "'", "’"}


def _description(doc: Doc, start: int, person: Span) -> bool:
    """The age stands in a description ("the 39-year-old ...") of a person named elsewhere."""
    text = doc_text(doc)
    return bool(_THE_BEFORE.search(text[max(0, start - 5):start])) and \
        not 0 <= person.start_char - start < 80
