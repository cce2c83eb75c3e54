"""Who comes with a flyer already aboard: "X was joined by A and B", "led by commander A, 41,
with B and C", "A and B then joined the resident crew" after a docking, "X, a member of the
Endeavour crew", "He returned with A and B", "joined X for the return". `crew.CrewFinder` finds
the people a statement names; `add_companions` adds these once every statement has its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name
from ..events.craft_clauses import AUXILIARIES, CLAUSE_BREAKS, FINITE_VERBS
from .owners import CrewOwners
from .subjects import SUBJECT_GAP, chain, list_end, list_start, returned_with

if TYPE_CHECKING:
    from ..events.finder import Statement

HOMEWARD = {"undocking", "landing"}
OUTWARD = {"launch", "docking"}
_JOINED = {"joined", "accompanied"}
_JOINED_REACH = 5  # "X will be joined by"
_LED_REACH = 5  # "led by rookie commander X": words from "led" to the name
_JOINED_VERBS = {"joined", "joins", "join", "joining"}
_JOINED_PRONOUNS = {"her", "him", "them"}  # "Joining her was B"
_JOINING_COPULAS = {"was", "were", "is", "are", "will"}
# "spent two hours walking on the moon", "stepped onto the lunar surface", "their moonwalk"
_MOONWALK = re.compile(r"\b(?:walk(?:ed|ing|s)?|stepp(?:ed|ing)|set foot)\s+(?:\w+\s+){0,2}?(?:on|onto)\s+the\s+"
                       r"(?:moon|lunar surface)\b|\bmoonwalks?\b", re.IGNORECASE)
_MOONWALK_SENTENCES = 3  # sentences after a landing read for who walked the moon
_ABOARD = {"aboard", "onboard", "on", "in"}  # "joined A and B aboard the Shenzhou-9"
_ALONGSIDE = {"alongside", "beside", "with"}  # "Alongside X, ..., were A and B"
_ALONG = {"along", "together"}  # "A, B and C along with D floated into the station"


class CrewCompanions(CrewOwners):
    def add_companions(self, doc: Doc, statements: list["Statement"], people: list[Span], names: dict,
                       crafts: list[Span]) -> None:
        """"López-Alegría was joined by Larry Connor, Mark Pathy and Eytan Stibbe": the people a
        flyer is joined by fly where the flyer does, unless another craft's event names them; so does
        "X, a member of the Endeavour crew," where that craft's launch or docking has people aboard."""
        for statement in statements:
            if not statement.people:
                continue
            key = normalize_name(statement.craft)
            taken = {name for s in statements if normalize_name(s.craft) != key for name in s.people}
            triggers = {i for o in statements for i in range(o.trigger.span.start, o.trigger.span.end)}
            found = [name for p in people if p.kb_id_ in statement.people
                     for name in self._joined_by(doc, p, people, names, triggers) if name not in taken]
            found += [name for p in people if p.kb_id_ in statement.people
                      for name in self._joined_aboard(doc, p, people, crafts, key) if name not in taken]
            found += [name for name in self._boarded_with(doc, statement, people, names) if name not in taken]
            found += [name for p in people if p.kb_id_ in statement.people
                      for name in self._joining_next(doc, p, people, names) if name not in taken]
            found += [name for p in people if p.kb_id_ in statement.people
                      for name in self._fronted_alongside(doc, p, people, names) + self._trip_alongside(doc, p, people, names)
                      if name not in taken]
            if statement.trigger.event in OUTWARD:
                found += [p.kb_id_ for p in people if p.kb_id_ not in taken and self._member_of(doc, p, crafts, key)]
            # (whatever other flight they made: the trip is the trigger itself)
            found += [p.kb_id_ for p in people if self.joined_for_the_trip(doc, p, statement.trigger.span)]
            found += [name for name in self._walked_with(doc, statement, people, names) if name not in taken]
            if statement.trigger.event not in OUTWARD:
                found += [p.kb_id_ for p in returned_with(doc, statement.trigger.span.sent, people, set(statement.people),
                                                          self.returning_verbs)
                          if p.kb_id_ not in taken and self._flies(doc, p, names)]
            statement.people = list(dict.fromkeys([*statement.people, *found]))

    def _walked_with(self, doc: Doc, statement: "Statement", people: list[Span], names: dict) -> list[str]:
        """"Armstrong commanded the Apollo 11 spacecraft that landed on the moon ... Armstrong and his fellow
        astronaut Aldrin spent two hours walking on the moon, while Collins remained in orbit": those who walk
        the moon with one aboard a landing, named before their sentence's first verb, landed with them."""
        if statement.trigger.event != "landing" or not statement.people:
            return []
        following = statement.trigger.span.sent
        for _ in range(_MOONWALK_SENTENCES):
            if following.end >= len(doc):
                break
            following = doc[following.end].sent
            if _MOONWALK.search(following.text) is None:
                continue
            verb = next((t.i for t in following if t.tag_ in FINITE_VERBS), following.end)
            subjects = [p for p in people if following.start <= p.start and p.end <= verb]
            if {p.kb_id_ for p in subjects} & set(statement.people):
                return [p.kb_id_ for p in subjects if self._flies(doc, p, names)]
        return []

    def _boarded_with(self, doc: Doc, statement: "Statement", people: list[Span], names: dict) -> list[str]:
        """"The Soyuz, commanded by A, docked. A and flight engineer B then joined the resident crew": the
        people the next sentence's subject joins to one aboard a docking move into the station with them."""
        sent = statement.trigger.span.sent
        if statement.trigger.event != "docking" or sent.end >= len(doc):
            return []
        following = doc[sent.end].sent
        leading = [p for p in chain(doc, [p for p in people if following.start <= p.start < following.end],
                                    following.start, set(), forward=True, titled=True)]
        if not leading or not {p.kb_id_ for p in leading} & set(statement.people):
            return []
        verb = next((t for t in doc[leading[-1].end:following.end] if t.lower_ not in SUBJECT_GAP), None)
        if verb is None or verb.lower_ not in self.boarding_verbs:
            return []
        return [p.kb_id_ for p in leading if self._flies(doc, p, names)]

    def _joining_next(self, doc: Doc, person: Span, people: list[Span], names: dict) -> list[str]:
        """"Crew-12 was led by A, 48, a veteran astronaut. // Joining her was B, 43, a rookie; C; and D": the
        flyers of the next sentence that opens on joining the person fly with them."""
        if "Joining" not in doc_text(doc):
            return []  # (the text first: finding each person's sentence is dear)
        start = next((t.i for t in doc[person.sent.end:] if not t.is_space), None)
        if start is None or start + 3 > len(doc) or doc[start].lower_ != "joining" or \
                doc[start + 1].lower_ not in _JOINED_PRONOUNS or doc[start + 2].lower_ not in _JOINING_COPULAS:
            return []
        following = doc[start].sent
        # (their roles alone tell who flies: "joining" here is no host's word)
        return [p.kb_id_ for p in people if following.start <= p.start < following.end and p.kb_id_ != person.kb_id_
                and not self._roles(p, names) & self.not_flying_roles]

    def _joined_by(self, doc: Doc, person: Span, people: list[Span], names: dict, triggers: set[int]) -> list[str]:
        """The people after "<person> was joined by", "<person> along with" or "<person>, with" up to
        the clause's end."""
        tokens = doc[person.end:min(person.sent.end, person.end + _JOINED_REACH)]
        words = [t.lower_ for t in tokens]
        cue = next((i for i, (w, nxt) in enumerate(zip(words, words[1:])) if w in _JOINED and nxt == "by"), None)
        along = int(words[:1] == [","])
        if cue is not None and all(w in AUXILIARIES for w in words[:cue]):
            start = person.end + cue + 2
        elif words[along:along + 1] and words[along] in _ALONG and words[along + 1:along + 2] == ["with"]:
            # (the list's names only: "... along with D floated into the station where A and B received them";
            # and where the list boards or makes a trip, not "A, along with B, are the first astronauts of ...")
            start, end = person.end + along + 2, list_end(doc, person)
            verb = next((t for t in doc[end:person.sent.end] if t.tag_.startswith("VB")), None)
            if verb is None or not (verb.lower_ in self.boarding_verbs or verb.i in triggers):
                return []
            return [p.kb_id_ for p in people if start <= p.start < end and self._flies(doc, p, names)]
        elif "with" in words and all(w == "," or t.like_num for w, t in zip(words, tokens[:words.index("with")])) \
                and self._led_by(doc, person):
            start = person.end + words.index("with") + 1  # "led by commander A, 41, with B and C"
        else:
            return []
        return self._flyers_to_clause_end(doc, start, person.sent, people, names)

    def _flyers_to_clause_end(self, doc: Doc, start: int, sent: Span, people: list[Span], names: dict) -> list[str]:
        """The flyers named from token `start` to the end of its clause ("A and B" in "joined by A and B, while
        C stayed")."""
        end = next((t.i for t in doc[start:sent.end] if t.lower_ in CLAUSE_BREAKS or t.text == "."), sent.end)
        return [p.kb_id_ for p in people if start <= p.start < end and self._flies(doc, p, names)]

    def _fronted_alongside(self, doc: Doc, person: Span, people: list[Span], names: dict) -> list[str]:
        """"Alongside Malenchenko, a veteran of long flights, were NASA astronaut A and Briton B": the
        people a fronted "alongside" puts with a flyer, after the copula, to the clause's end."""
        sent = person.sent
        if person.start - 1 != sent.start or doc[sent.start].lower_ not in _ALONGSIDE:
            return []
        copula = next((t for t in doc[person.end:sent.end] if t.lower_ in {"were", "was"}), None)
        if copula is None:
            return []
        return self._flyers_to_clause_end(doc, copula.i + 1, sent, people, names)

    def _trip_alongside(self, doc: Doc, person: Span, people: list[Span], names: dict) -> list[str]:
        """"Yi, a 29-year-old engineer, began her journey to the station alongside Russian cosmonauts A and
        B": the people a flyer's trip is made alongside, named right after it, to the clause's end."""
        sent = person.sent
        after = doc_text(doc)[person.end_char:sent.end_char].lower()
        if "alongside" not in after and "beside" not in after:
            return []
        if any(p.start < person.start and p.start >= sent.start for p in people):
            return []  # (the sentence's first person, its subject)
        cue = next((t.i for t in doc[person.end:sent.end] if t.lower_ in _ALONGSIDE - {"with"}), None)
        if cue is None or not any(t.lower_ in self.trip_nouns for t in doc[person.end:cue]) or \
                any(person.end <= p.start < cue for p in people):
            return []
        return self._flyers_to_clause_end(doc, cue + 1, sent, people, names)

    @staticmethod
    def _joined_aboard(doc: Doc, person: Span, people: list[Span], crafts: list[Span], key: str) -> list[str]:
        """"Liu, 33, joined crew members A and B aboard the Shenzhou-9 spacecraft": the people a flyer
        joins aboard the event's craft fly it too (not "joined A and B aboard the station": its hosts)."""
        verb = next((t for t in doc[person.end:min(person.sent.end, person.end + _JOINED_REACH)]
                     if not (t.text == "," or t.like_num)), None)
        if verb is None or verb.lower_ not in _JOINED_VERBS or doc[verb.i + 1:verb.i + 2].text.lower() == "by":
            return []
        first = next((p for p in people if verb.i < p.start <= verb.i + _JOINED_REACH), None)
        if first is None or any(t.tag_.startswith("VB") or t.text == "," for t in doc[verb.i + 1:first.start]):
            return []
        end = list_end(doc, first)
        if end >= person.sent.end or doc[end].lower_ not in _ABOARD:
            return []
        craft = next((c for c in crafts if end < c.start <= end + 2), None)
        if craft is None or normalize_name(craft.kb_id_) != key:
            return []
        return [p.kb_id_ for p in people if first.start <= p.start < end]

    def _led_by(self, doc: Doc, person: Span) -> bool:
        """"was led by (rookie commander) A", "commanded by A": the person leads a crew."""
        return self._says_led_by([t.lower_ for t in doc[max(person.sent.start, person.start - _LED_REACH):person.start]])

    def joined_for_the_trip(self, doc: Doc, person: Span, trigger: Span) -> bool:
        """"the two cosmonauts joined X for the return to Earth": X makes the trip (the trigger) the
        others join, though "joined" makes the one it takes a host elsewhere."""
        return trigger.start == person.end + 2 and trigger[0].lower_ in self.trip_nouns and \
            [t.lower_ for t in doc[person.end:trigger.start]] == ["for", "the"] and \
            person.start > 0 and doc[list_start(doc, person) - 1].lower_ in _JOINED_VERBS
