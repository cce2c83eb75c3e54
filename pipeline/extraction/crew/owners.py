"""Whose crew a list of names is: the craft a crew noun names before the list ("the Shenzhou-17 crew,
A, B and C", "Soyuz crew members A and B", "X, a member of the Endeavour crew,"), and the flight a
sentence gives a list ("A, B and C will carry out the Shenzhou-16 mission"). `crew.CrewFinder` adds
these people to that craft's events.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name
from .context import CREWED, assigned_to, same_or_class
from .people import CREW_LIST_REACH
from .subjects import list_end
from ..people.name_lists import APOSTROPHES, list_heading
from ..events.uncrewed import UncrewedReading

_SEAT_WORDS = 3  # "mission specialist", "flight engineer", "command module pilot"
_CREW_OWNER_KEY = "crew.owner"  # doc.user_data: a mention's (start, end) -> the craft whose crew noun lists it
_MEMBER_OF = re.compile(r"^,\s+(?:a\s+)?(?:part|member|one)\s+of\s+the\s+[^,;.]{1,40}?\s+crew\b")  # "X, a member of the Endeavour crew,"


class CrewOwners(UncrewedReading):
    def _member_of(self, doc: Doc, person: Span, crafts: list[Span], key: str) -> bool:
        """"X, a member of the Endeavour crew,": the craft whose crew the apposition says the person is of."""
        if not _MEMBER_OF.match(doc_text(doc)[person.end_char:person.sent.end_char]):
            return False
        owner = self._crew_owner(doc, person, crafts)
        return owner is not None and same_or_class(normalize_name(owner.kb_id_), key)

    def _crew_of_craft(self, doc: Doc, key: str, people: list[Span], crafts: list[Span], names: dict) -> list[str]:
        """People listed after the craft's own crew noun: "Soyuz crew members A and B of NASA and C",
        "the Shenzhou-17 crew, A, B and C" (the craft named bare as its class will do)."""
        found = []
        for person in people:
            owner = self._crew_owner(doc, person, crafts)
            if owner is None:
                continue
            name = normalize_name(owner.kb_id_)
            # the craft's crew though a host word stands before them ("will welcome Soyuz crew members")
            if (name == key or key.startswith(name + " ")) and not (self._roles(person, names) & self.not_flying_roles):
                found.append(person.kb_id_)
                # and the rest of the list past the noun's reach ("The crew of Inspiration4, which raised
                # money for a hospital, included: businessman A, researcher B, ... and veteran D")
                found += self._listed_after(doc, person, people, names)
        seated = set(found)
        # a member titled by a seat on the flight ("Crew 8 commander A") brings the list the sentence opens
        # with them elsewhere: "A, space station veteran B, C and cosmonaut D are replacing ..."
        for person in people:
            if person.kb_id_ in seated and person.start == person.sent.start and self._seat_owner(doc, person, crafts,
                                                                                                  people) is not None:
                found += self._listed_after(doc, person, people, names)
        return list(dict.fromkeys(found))

    def _listed_after(self, doc: Doc, person: Span, people: list[Span], names: dict) -> list[str]:
        end = list_end(doc, person)
        return [p.kb_id_ for p in people if person.end <= p.start and p.end <= end
                and not (self._roles(p, names) & self.not_flying_roles)]

    def _seat_owner(self, doc: Doc, person: Span, crafts: list[Span], people: list[Span]) -> Span | None:
        """The numbered flight a mention of the person (this one or another) names before a seat
        aboard it: "Crew 8 commander Matthew Dominick", "STS-134 commander Mark Kelly" (not "Soyuz
        commander A", a class's)."""
        for mention in (p for p in people if p.kb_id_ == person.kb_id_):
            for words in range(1, _SEAT_WORDS + 1):
                start = mention.start - words
                if start < 1 or normalize_name(doc[start:mention.start].text) not in self.crew_roles:
                    continue
                craft = next((c for c in crafts if c.end == start), None)
                if craft is not None and any(ch.isdigit() for ch in craft.text):
                    return craft
        return None

    def _assigned_crew(self, doc: Doc, key: str, people: list[Span], crafts: list[Span], names: dict) -> list[str]:
        """The people a sentence gives the craft's flight: "A, B and C will carry out the Shenzhou-16
        mission" (not those it says are not aboard)."""
        return list(dict.fromkeys(p.kb_id_ for p in people if assigned_to(doc, p, crafts, key, self.assigned_verbs)
                                  and self._flies(doc, p, names)))

    def _crew_owner(self, doc: Doc, person: Span, crafts: list[Span]) -> Span | None:
        """The craft whose crew noun lists the person: "the Shenzhou-17 crew, A, B and C", "The
        Soyuz 11 crew: (left to right) A, B and C" (once per mention: every statement asks)."""
        # (kept as the craft's offsets: a Doc whose user data holds a Span cannot be pickled or serialised)
        owners = doc.user_data.setdefault(_CREW_OWNER_KEY, {})
        if (person.start, person.end) not in owners:
            owner = self._find_crew_owner(doc, person, crafts)
            owners[(person.start, person.end)] = None if owner is None else (owner.start, owner.end)
        where = owners[(person.start, person.end)]
        return None if where is None else next((c for c in crafts if (c.start, c.end) == where), None)

    def _find_crew_owner(self, doc: Doc, person: Span, crafts: list[Span]) -> Span | None:
        member = _MEMBER_OF.match(doc_text(doc)[person.end_char:person.sent.end_char])
        if member is not None:  # "X, a member of the Endeavour crew,": the craft named before the crew noun
            end = person.end_char + member.end()
            owner = next((c for c in crafts if person.end_char < c.start_char and c.end_char <= end), None)
            if owner is not None and doc_text(doc)[owner.end_char:end].strip().lower() in self.crew_nouns:
                return owner
        heading = list_heading(doc, person.start)
        if heading is not None:  # a list under "NS-19 crew members:", one name a line
            end = heading.end
            while end > heading.start and doc[end - 1].lower_ in self.crew_nouns:
                end -= 1
            if heading.start < end < heading.end:
                return next((c for c in crafts if c.end == end), None)
        i = person.start - 1
        while i >= person.sent.start and i > person.start - CREW_LIST_REACH:
            word = doc[i]
            if word.text == ")":  # a caption's "(left to right)"
                i = next((t.i for t in reversed(doc[person.sent.start:i]) if t.text == "("), i) - 1
                continue
            if word.text == ",":  # a relative aside: "The crew of Inspiration4, which raised money for a hospital,"
                opening = next((t.i for t in reversed(doc[person.sent.start:i]) if t.text == ","), None)
                if opening is not None and doc[opening + 1].lower_ in {"which", "who"}:
                    i = opening - 1
                    continue
            if i == person.start - 1:
                seat = self._seat_owner(doc, person, crafts, [person])
                if seat is not None:
                    return seat
            if word.text in APOSTROPHES:  # "Gemini 7's Lieut. Colonel A and Commander B": its titles
                owner = next((c for c in crafts if c.end == i and c.label_ in CREWED), None)
                if owner is not None:
                    return owner
            if word.lower_ in self.crew_nouns:
                j = i - 1 if doc[i - 1].lower_ not in self.crew_nouns else i - 2  # "crew members"
                owner = next((c for c in crafts if c.end == j + 1), None)
                if owner is None and doc[i + 1].lower_ == "of":  # "The crew of the Inspiration4 mission ... included"
                    named = i + 3 if doc[i + 2].lower_ == "the" else i + 2
                    owner = next((c for c in crafts if c.start == named and c.end < person.start), None)
                if owner is None:  # a title ("with taikonauts A and B"): the list goes on before it
                    i = j
                    continue
                return owner
            if word.tag_.startswith("VB") and word.lower_ not in self.crew_list_verbs:
                return None  # not "the Ax-4 crew comprises A, B and C"
            i -= 1
        return None
