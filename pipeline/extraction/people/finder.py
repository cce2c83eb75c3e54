"""People: statistical NER corrected by evidence, merged mentions, roles.

The component writes `doc.spans["people"]`: one span per mention (the name
without titles or descriptors), `kb_id` the person's fullest name in the
article, `label` the role the mention's own context gives ("" if none); and
`doc._.people`, one PersonRecord per person.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name, sentence_text
from ...records import PersonRecord
from ...resources import load_json
from .. import extensions  # noqa: F401  (registers the doc._ attributes it reads and writes)
from .cued_names import CuedNames
from .name_cues import (HYPHENS, acts_as_a_person, after_a_countrys, aged_names, country_owned_names, initialled_names,
                        joined_persons, names_closing_organisations, nicknamed_names, owners_of_organisations, pieces,
                        quoted_title, without_characters)
from .name_lists import (APOSTROPHES, ELIDED_SURNAME, companion_before, itemised_names, listed_after, listed_before,
                         surname_lists)
from .name_lines import bylines, headline_end, surname_first_entries, without_headline_only
from .name_merging import Mention, NameMerger, patronymic, short_forms
from .name_shape import NameShape, without_place
from .repeats import add_repeated_mentions
from .role_appositions import first_of_two_roles, role_past_affiliation, trailing_list_roles
from .role_lists import shared_list_roles
from .role_context import DEMONYM_ENDINGS, role_in_context
from .role_copulas import personal_title, role_before_comma, role_before_copula
from .roles import RoleLexicon
from .spaceless import without_space_tokens
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

SPAN_KEY = "people"
_BY_TEXT_KEY = "people.tokens_by_text"  # doc.user_data: token text -> its indices
# NER labels under which the small model sometimes files a person's name.
_PLACES = {"GPE", "LOC"}  # not FAC: the NER files many names there ("from Vikram Sarabhai")
_PLACE_PREPOSITIONS = {"from", "in", "near", "at", "to", "outside"}
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# labels of what never speaks: "Yuri Gagarin said" the NER read as a work of art (not "Blue Origin said")
_NEVER_SPEAKERS = {"WORK_OF_ART", "PRODUCT", "LAW", "EVENT"}
_MISLABELLED = {"ORG", "NORP", "GPE", "WORK_OF_ART", "PRODUCT", "FAC", "LOC", "EVENT", "LAW"}


class PeopleFinder(CuedNames):
    def __init__(self, nlp: Language, roles: str = "roles.jsonl", words: str = "people_words.json"):
        self.roles = RoleLexicon(nlp, roles)
        self.role_of_phrase = self.roles.role_of_phrase
        vocab = load_json(words)
        date_words = load_json("date_words.json")
        self.shape = NameShape(vocab, self.role_of_phrase, set(date_words["weekdays"]), set(date_words["months"]))
        self.group_nouns = vocab["group_nouns"]  # "Four astronauts ... A, B and C descended"
        self.professions = set(vocab["shared_professions"])  # "US astronaut A, Japan's B and Russia's C"
        self.titles, self.modifiers = self.shape.titles, self.shape.modifiers
        # "Col." before a name the NER missed; an honorific too ("His assistant, Ms Natalia Filimonova, told AFP")
        self.ranks = set(vocab["rank_abbreviations"]) | set(vocab["honorifics"])
        self.particles, self.organisations = self.shape.particles, self.shape.organisations
        self.not_initials = set(vocab["abbreviations_not_initials"])
        self.place_nouns = set(vocab["place_nouns"])
        self.weekdays = self.shape.weekdays
        self.merger = NameMerger(vocab["nicknames"], vocab["name_suffixes"])
        self.comma_suffixes = set(vocab["comma_suffixes"])  # "James A. Lovell, Jr." (not "Anna Smith, II, Ph.D.")
        self.character_cues, self.character_nouns = set(vocab["character_cues"]), set(vocab["character_nouns"])
        self.speech = set(load_json("event_cues.json")["speech_after"])  # "Yuri Gagarin said"
        known = load_json("known_people.json")["names"] + load_json("spacefarers.json")["names"]
        known += short_forms(known, vocab["nicknames"])  # (and "Don Pettit" for Donald Pettit)
        self.known = {normalize_name(n) for n in known}
        self.given_names = self.shape.given_names
        # a known spacefarer's full name is a name wherever it stands, even where the NER saw nothing:
        # "from the pad Yuri Gagarin used"
        self.known_matcher = PhraseMatcher(nlp.vocab)
        self.known_matcher.add("known", [nlp.make_doc(n) for n in known])

    # ------------------------------------------------------------------ main
    def __call__(self, doc: Doc) -> Doc:
        # The rules read neighbouring words; masked Markdown ("**Jim Lovell**")
        # leaves runs of spaces that spaCy keeps as tokens, so they run on a
        # copy without those tokens and map back.
        work, original = without_space_tokens(doc)
        position = {o: w for w, o in enumerate(original)}
        roles_at = self.roles.index(work)
        blocked = {position[i] for i in self._blocked_tokens(doc) if i in position}
        mentions = self._candidates(work, roles_at, blocked)
        people = self.merger.merge(mentions, joiners={t.i for t in work if t.lower_ in {"and", ","}})
        people = without_headline_only(work, people, self.known)
        people = without_characters(work, people, self.character_cues, self.character_nouns)
        things = self.shape.things_named(work)
        people = [p for p in people if normalize_name(p.full_name) not in things or normalize_name(p.full_name) in self.known]
        add_repeated_mentions(work, people, blocked, self.shape)
        in_people = sorted((m for person in people for m in person.mentions), key=lambda m: m.start)
        for mention in in_people:
            if not mention.role:
                mention.role, mention.left_role = role_in_context(work, mention.start, mention.end, roles_at)
            elif mention.start - 1 in roles_at and roles_at[mention.start - 1][1] == mention.role:
                mention.role = first_of_two_roles(work, mention.start - 1, roles_at)  # "astronaut and Orbital employee X"
        for mention in in_people:
            if mention.role in self.roles.ranks:
                # "Col. X of the Marines, the commander": the role after the ranked name
                # (or right before its rank: "mission commander Col. Anatoly Artsebarsky")
                apposed = _role_before_rank(work, mention.start, roles_at, self.roles.ranks) or \
                    role_past_affiliation(work, mention.end, roles_at)
                if not apposed or apposed in self.roles.ranks:
                    # "The commander was Col. X": the role the sentence gives the ranked name
                    apposed = role_before_copula(work, mention.start, roles_at)
                if not apposed or apposed in self.roles.ranks:
                    # "the shuttle commander, Col. X": the role before the comma
                    apposed = role_before_comma(work, mention.start, roles_at)
                mention.role = apposed if apposed and apposed not in self.roles.ranks else mention.role
        shared_list_roles(in_people, work, roles_at, self.roles.ranks, self.professions, self.group_nouns)
        trailing_list_roles(in_people, work, roles_at)
        agents = self.roles.agent_roles(work, in_people)

        def span_of(m: Mention, **attrs) -> Span:
            return Span(doc, original[m.start], original[m.end - 1] + 1, **attrs)

        doc.spans[SPAN_KEY] = sorted(
            (span_of(m, label=m.role, kb_id=person.full_name) for person in people for m in person.mentions),
            key=lambda s: s.start,
        )
        headline = headline_end(doc_text(work))
        doc._.people = tuple(
            PersonRecord(
                name=person.full_name,
                # a military rank only where the article gives no other role ("Col. Leonid Kizim ... Kizim,
                # the commander")
                # (a role of the person's own over one a singular title before a list lent: "commander A, B
                # ... B, a former flight attendant"; the body's over a headline's: "X becomes first Arab
                # spacewalker" ... "UAE astronaut X")
                role=next((m.role for m in sorted(person.mentions,
                                                  key=lambda m: (m.shared, work[m.start].idx < headline))
                           if m.role and m.role not in self.roles.ranks),
                          next((m.role for m in person.mentions if m.role),
                               next((agents[m.start] for m in person.mentions if m.start in agents), ""))),
                mentions=len(person.mentions),
                first_start=span_of(person.mentions[0]).start_char,
                sentence=sentence_text(span_of(person.mentions[0])),
            )
            for person in people
        )
        return doc

    # ------------------------------------------------------------ candidates
    def _blocked_tokens(self, doc: Doc) -> set[int]:
        blocked = set()
        for span in doc.spans.get(SPACECRAFT_KEY, []):
            blocked.update(range(span.start, span.end))
        return blocked

    def _candidates(self, doc: Doc, roles_at, blocked: set[int]) -> list[Mention]:
        mentions: list[Mention] = []
        for ent in (piece for ent in joined_persons(doc.ents) for piece in pieces(ent, self.organisations)):
            if ent.label_ != "PERSON" and ent.label_ not in _MISLABELLED:
                continue
            if blocked.intersection(range(ent.start, ent.end)) or \
                    (normalize_name(ent.text) in self.organisations and not (len(ent) == 1 and self.shape.titled(doc, ent.start))):
                continue
            if ent.label_ == "NORP" and ent[-1].tag_ == "NNPS":
                continue  # a people, not a person: "Palestinian Arabs", "Moslem Arabs"
            if quoted_title(doc, ent.start, ent.end):
                continue  # a quoted title: "Saare Jahan Se Achha", the NER's name its last three words
            if ent.label_ in _PLACES and ent.start > 0 and doc[ent.start - 1].lower_ in _PLACE_PREPOSITIONS:
                continue  # "a teacher from El Paso who won her seat": a place the NER saw as one
            if ent.start > 1 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in self.place_nouns:
                continue  # "off the coast of Dry Tortugas": a place, whatever the NER called it
            ent_start = ent.start
            if ent.label_ == "PERSON" and len(ent) > 1 and ent_start > 0 and _a_given_name_as_a_people(
                    doc[ent_start - 1], self.modifiers) and ent_start - 1 not in blocked:
                ent_start -= 1  # "alongside Prashanth Balakrishnan Nair": the NER took the given name for a people
            if ent.label_ == "PERSON" and ent_start > 0 and (len(ent) == 1 or (
                    len(ent) > 1 and (ent[0].text in self.shape.capitalised_particles or ent[0].text in self.particles
                                      or patronymic(ent[0].text)))):
                # (or "born Valery Fyodorovich Bykovsky" where it began at the patronymic, "Prince Sultan bin
                # Salman" at the particle)
                # "Alexei Leonov walked" where the NER took only "Leonov", "Hazza Al Mansouri" only "Al Mansouri"
                before = doc[ent_start - 1]
                # (a given name the NER took for a place before a particle: "Salem Al Kaabi")
                particle_led = len(ent) > 1 and before.ent_type_ in {"GPE", "ORG"} and before.ent_iob_ == "B" and \
                    before.i + 1 == ent_start and doc[before.i].i > ent.sent.start
                if before.is_title and before.pos_ == "PROPN" and (not before.ent_type_ or particle_led) and \
                        before.text not in self.titles and before.text not in self.modifiers and \
                        before.lower_ not in self.role_of_phrase and ent_start - 1 not in blocked:
                    ent_start -= 1
                    first = doc[ent_start - 1] if ent_start > ent.sent.start else None
                    if first is not None and first.text in self.given_names and \
                            first.ent_type_ in {"GPE", "ORG"} and first.ent_iob_ == "B" and ent_start - 1 not in blocked:
                        ent_start -= 1  # "Salem Humaid Al Marri": a given name the NER took for a place, one further
            if ent.label_ == "PERSON" and ent_start > 1 and doc[ent_start - 1].text in HYPHENS and \
                    not doc[ent_start - 2].whitespace_ and not doc[ent_start - 1].whitespace_ and \
                    doc[ent_start - 2].is_title and doc[ent_start - 2].is_alpha and ent_start - 2 not in blocked and \
                    (ent_start - 2 == ent.sent.start or not doc[ent_start - 3].is_title):
                ent_start -= 2  # "So-Yeon Yi" where the NER took only "Yeon Yi": a hyphenated given name
                hyphened = ent_start
            else:
                hyphened = None
            # (a place after "of" is where the person is from: "Norishige Kanai of Japan", which the NER
            # took whole for an organisation; the name still needs its own evidence)
            ent_end = next((t.i for t in ent[2:-1] if t.lower_ == "of" and ent.label_ != "PERSON" and all(
                u.is_title for u in doc[t.i + 1:ent.end])), ent.end)
            if ent.label_ == "PERSON" and len(ent) > 1 and ent_end + 1 < len(doc) and doc[ent_end].is_title and \
                    doc[ent_end].pos_ == "PROPN" and self.merger.is_suffix(doc[ent_end + 1].text) and \
                    ent_end not in blocked:
                ent_end += 2  # "Karl Heinrich Weber Jr." where the NER took only "Karl Heinrich"
            suffixed = ent.label_ == "PERSON" and ent_end + 1 < len(doc) and doc[ent_end].text == "," and \
                doc[ent_end + 1].text.rstrip(".") in self.comma_suffixes and ent_end + 1 not in blocked
            ent_end += 2 if suffixed else 0  # "James A. Lovell, Jr.": the suffix after a comma is the name's too
            if ent.label_ == "PERSON" and ent_end < len(doc) and ELIDED_SURNAME.fullmatch(doc[ent_end].text) and \
                    ent_end not in blocked:
                ent_end += 1  # "Nora O’Dell" where the NER took only "Nora"
            if ent_start > 0 and ent_start - 1 not in blocked and doc[ent_start - 1].is_alpha and \
                    normalize_name(doc[ent_start - 1:ent_end].text) in self.known:
                ent_start -= 1  # "Sheikh Muszaphar Shukor" where the NER left out a word of a known name
            # (a known name keeps a first word that is also a demonym: "German Titov")
            known = normalize_name(doc[ent_start:ent_end].text) in self.known
            cleaned = (ent_start, ent_end, "", False) if known else self.shape.clean(doc, ent_start, ent_end, roles_at)
            if cleaned is None:
                continue
            start, end, stripped_role, stripped_descriptor = cleaned
            if hyphened is not None and start == hyphened + 2:
                start = hyphened  # (a word cleaning takes for an adverb: "So" of "So-Yeon")
            comma_suffix = suffixed and end == ent_end
            if not known and not self.shape.looks_like_name(doc, start, end - 2 if comma_suffix else end):
                continue
            if known and self.shape.ship_named(doc, start):
                continue  # a ship named for a known person: "the 'SS Roger Chaffee' Cygnus spacecraft"
            evidence = ent.label_ == "PERSON" or (stripped_descriptor and end - start > 1)
            # (a role the NER took into the name carries over to a list as one before it does: "Astronauts
            # Barry "Butch" Wilmore and Sunit "Suni" Williams")
            text = f"{doc[start:end - 2].text} {doc[end - 1].text}" if comma_suffix else self._name_text(doc, start, end)
            # (a title stripped from the NER's name is a cue too: "Sheikh Zayed", "Mr. Brand", and one before
            # the NER's person: "Mr Khrushchev, according to Tass, told him")
            mention = Mention(start, end, text, evidence, role=stripped_role,
                              cued=bool(stripped_role) or stripped_descriptor or start - 1 in roles_at or
                              # ("is survived by ... his wife, Patricia": a role and a comma before the name)
                              (start > 1 and doc[start - 1].text == "," and start - 2 in roles_at) or
                              ((start > ent_start or ent.label_ == "PERSON") and start > 0 and
                               doc[start - 1].text in self.titles),
                              left_role=bool(stripped_role) and start > 0 and not personal_title(doc[start - 1]))
            if not evidence and end - start > 1:
                # "Wally Funk, who was 82", "Scott Poteet as pilot", "Wernher von Braun",
                # "Yulia Peresild ... Peresild said": contexts only people have
                role, left = role_in_context(doc, mention.start, mention.end, roles_at)
                following = doc[end:end + 2]
                mention.evidence = bool(role) or any(t.lower_ == "who" for t in following) \
                    or any(t.text in self.particles or t.text in self.shape.capitalised_particles
                           for t in doc[start + 1:end - 1]) \
                    or self._surname_stands_alone(doc, start, end) or after_a_countrys(doc, start, end, blocked) \
                    or acts_as_a_person(doc, end) or normalize_name(mention.text) in self.known \
                    or self._initialled(doc, start, end) or self._given_name_first(doc, start, end) \
                    or (ent.label_ in _NEVER_SPEAKERS and end < len(doc) and doc[end].lower_ in self.speech)
                if not mention.role or mention.role == role:  # (a role to the left carries over to the
                    mention.role, mention.left_role = role, left  # names listed after it)
            mentions.append(mention)
        # Names found by cues win over NER spans they overlap when they are longer
        # ("cosmonaut Aleksandr Gorbunov" where the NER saw only "Gorbunov").
        for cued in [*self._names_after_cues(doc, roles_at, blocked), *self._surnames_after_roles(doc, roles_at, blocked),
                     *self._names_before_roles(doc, roles_at, blocked),
                     *nicknamed_names(doc, blocked, self.shape.facility_heads, self.given_names), *initialled_names(doc, blocked, self.shape),
                     *names_closing_organisations(doc, blocked, self.given_names),
                     *country_owned_names(doc, blocked, self.given_names),
                     *bylines(doc, blocked, self.shape, self.role_of_phrase),
                     *surname_first_entries(doc, blocked, self.role_of_phrase),
                     *(Mention(s, e, self._name_text(doc, s, e), True, cued=True)
                       for s, e in owners_of_organisations(doc, self.organisations, blocked)
                       if self.shape.looks_like_name(doc, s, e))]:
            overlapping = [m for m in mentions if m.start < cued.end and cued.start < m.end]
            if all(m.end - m.start <= cued.end - cued.start for m in overlapping):
                for m in overlapping:
                    mentions.remove(m)
                    if not cued.role:
                        cued.role, cued.left_role = m.role, m.left_role
                mentions.append(cued)
        for _, start, end in self.known_matcher(doc):
            # a headline's verb the NER ran into the name: "Neil Armstrong and Buzz Aldrin Plant US Flag"
            glued = next((m for m in mentions if m.start == start and m.end == end + 1 and doc[end].is_title and
                          not self.merger.is_suffix(doc[end].text) and end + 1 < len(doc) and doc[end + 1].text[:1].isupper()),
                         None)
            if glued is not None:
                glued.end, glued.text = end, doc[start:end].text
            # (not inside a longer name: "the Yuri Gagarin Cosmonauts Training Centre")
            if not blocked.intersection(range(start, end)) and not (end < len(doc) and doc[end].is_title) and \
                    not any(m.start < end and start < m.end for m in mentions) and not self.shape.ship_named(doc, start):
                mentions.append(Mention(start, end, doc[start:end].text, True))
        # a name before an age where nothing else found one there, or only a span the NER mislabelled
        # with no evidence of its own ("Soichi Noguchi, 53," that the NER took for an organisation)
        for aged in aged_names(doc, blocked, self.shape):
            overlapping = [o for o in mentions if o.start < aged.end and aged.start < o.end]
            if all(not o.evidence and o.start >= aged.start and o.end <= aged.end for o in overlapping):
                for o in overlapping:
                    mentions.remove(o)
                mentions.append(aged)
        mentions.sort(key=lambda m: m.start)
        return self._complete_lists(doc, mentions, blocked)

    def _complete_lists(self, doc: Doc, mentions: list[Mention], blocked: set[int]) -> list[Mention]:
        """'Mike Hopkins, Victor Glover, Shannon Walker and Soichi Noguchi': a
        capitalised two- or three-word run listed next to people is a person."""
        taken = set(blocked)
        for m in mentions:
            if m.evidence:
                taken.update(range(m.start, m.end))
        added = True
        while added:
            added = False
            for m in [m for m in mentions if m.evidence]:
                for start, end in (listed_after(doc, m.end, taken, self.particles, self.weekdays),
                                   listed_before(doc, m.start, taken), companion_before(doc, m.start, taken)):
                    start = without_place(doc, start, end, self.shape.capitalised_particles)
                    # (not a title set off by a comma: "JANE ROE, Science Correspondent"; nor a place the NER
                    # saw after its preposition: "Speaking to reporters in New Delhi, K Sivan, Chairman")
                    if end - start >= 2 and self.shape.looks_like_name(doc, start, end) and \
                            doc[end - 1].lower_ not in self.role_of_phrase and not _a_place_after_in(doc, start, end):
                        for other in [o for o in mentions if o.start < end and start < o.end]:
                            mentions.remove(other)
                        mentions.append(Mention(start, end, self._name_text(doc, start, end), True, cued=True))
                        taken.update(range(start, end))
                        added = True
        surnames = surname_lists(doc)
        for items in [*itemised_names(doc), *surnames]:
            # (items read as names, two of them or one with evidence of its own, or named so elsewhere; of a
            # run of surnames, one with evidence: not "Boeing, Lockheed and Northrop")
            named = [m for m in mentions for start, end in items if m.start < end and start < m.end or
                     (m.evidence and m.text == doc[start:end].text)]
            if (len(named) < 2 or items in surnames) and not any(m.evidence for m in named):
                continue
            for start, end in items:
                if not blocked.intersection(range(start, end)) and self.shape.looks_like_name(doc, start, end):
                    for other in [o for o in mentions if o.start < end and start < o.end]:
                        mentions.remove(other)
                    mentions.append(Mention(start, end, self._name_text(doc, start, end), True, cued=True))
        mentions.sort(key=lambda m: m.start)
        return mentions

    def _given_name_first(self, doc: Doc, start: int, end: int) -> bool:
        """"Aleksandr Laveykin" the NER filed as an organisation: a two- or three-word name that opens
        with a common given name (not a facility's: "Pavel Sukhoi Design Bureau")."""
        return 2 <= end - start <= 3 and doc[start].text in self.given_names and \
            not any(t.text in self.shape.facility_heads or t.lower_ in self.role_of_phrase for t in doc[start + 1:end])

    def _initialled(self, doc: Doc, start: int, end: int) -> bool:
        """Initials before a surname, as Russian and wire copy write a name: "Y.A. Gagarin", "S.P. Korolev"
        (not "U.S. Navy")."""
        return end - start == 2 and _INITIALS.fullmatch(doc[start].text) is not None and \
            doc[start].text not in self.not_initials and doc[end - 1].is_title and doc[end - 1].is_alpha

    @staticmethod
    def _surname_stands_alone(doc: Doc, start: int, end: int) -> bool:
        """The last word of the name recurs alone as the subject of a verb or
        with a possessive: "Peresild said", "Peresild's role"."""
        surname = doc[end - 1].text
        by_text = doc.user_data.get(_BY_TEXT_KEY)
        if by_text is None:  # (read once per Doc: each name would walk the whole text)
            by_text = doc.user_data[_BY_TEXT_KEY] = {}
            for token in doc:
                by_text.setdefault(token.text, []).append(token.i)
        for i in by_text.get(surname, ()):
            token = doc[i]
            if start <= token.i < end or token.ent_type_ in {"GPE", "LOC", "FAC"}:
                continue
            if token.i > 0 and doc[token.i - 1].is_title and doc[token.i - 1].pos_ == "PROPN":
                continue  # part of another name
            nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if nxt is not None and (nxt.text in APOSTROPHES or nxt.pos_ in {"VERB", "AUX"}):
                return True
        return False

def _role_before_rank(doc: Doc, start: int, roles_at, ranks: set[str]) -> str:
    """The role right before the rank a name carries: "mission commander Col. X" is the commander."""
    i = start - 1
    if i > 0 and doc[i].text == ".":
        i -= 1  # "Col ." as the tokenizer may part it
    if i < 1 or i not in roles_at or roles_at[i][1] not in ranks or roles_at[i][0] != i:
        return ""
    role = roles_at.get(i - 1)
    return role[1] if role is not None and role[1] not in ranks else ""


def _a_place_after_in(doc: Doc, start: int, end: int) -> bool:
    return start > 0 and doc[start - 1].lower_ in {"in", "at", "near"} and doc[start].ent_type_ in _PLACES and \
        all(t.ent_type_ in _PLACES for t in doc[start:end])


@Language.factory("people_finder")
def make_people_finder(nlp: Language, name: str) -> PeopleFinder:
    return PeopleFinder(nlp)


def _a_given_name_as_a_people(token, modifiers: set[str]) -> bool:
    """A one-word "people" the NER saw right before a person's name that no demonym ends like."""
    return token.ent_type_ == "NORP" and token.ent_iob_ == "B" and token.is_title and \
        not token.lower_.endswith(DEMONYM_ENDINGS + ("s", "i")) and token.text not in modifiers and \
        (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
