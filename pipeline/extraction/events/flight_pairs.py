"""A flight's designation and the named vehicle flying it ("Crew-6", "Crew Dragon Endeavour"):
which statements' groups are one flight, and which vehicle names a designation's rows, where
the article ties the two. `events/merging.py` merges the groups into rows.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import normalize_name
from .class_members import launches_itself
from .craft_clauses import LAUNCH_VEHICLE
from .date_carrying import dates_agree
from ..spacecraft.families import CraftFamilies
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

if TYPE_CHECKING:
    from .finder import Statement

_GROUND_REACH = 6  # tokens after a landing to the ground it names: "landed and walked on the lunar surface"


class FlightPairs:
    def __init__(self, families: CraftFamilies, words: dict):
        self.families = families
        self.classes = families.classes
        self.lunar_words = set(words["lunar_words"])
        self.own_launchers = [normalize_name(c) for c in words["own_launchers"]]  # the shuttle orbiters

    def same_flights(self, groups: list[list["Statement"]], doc: Doc) -> list[list["Statement"]]:
        """"Crew-6 ... aboard the Crew Dragon Endeavour": one event stated of a flight's designation
        and of the named vehicle flying it is one row, where the article ties the two: the same
        people aboard, both named in one sentence that names no other flight of the family, or the
        one designation and the one vehicle of the family with that event; not where their dates differ."""
        crafts = doc.spans.get(SPACECRAFT_KEY, [])
        sentences_of: dict[str, set[int]] = {}
        for craft in crafts:
            sentences_of.setdefault(normalize_name(craft.kb_id_), set()).add(craft.sent.start)
        kinds: dict[tuple[str, str, bool], int] = {}  # (event, family, designation): groups
        # family: the flight designations the article names
        designations = {c.kb_id_ for c in crafts if self.families.designation(c.kb_id_)}
        flights = Counter(self.families.family(name) for name in designations)
        own_events = {(g[0].trigger.event, normalize_name(g[0].craft)) for g in groups}
        for group in groups:
            family = self.families.family(group[0].craft)
            if family is not None and not self._flown_by_one_named(group, family, crafts, own_events):
                key = (group[0].trigger.event, family, self.families.designation(group[0].craft))
                kinds[key] = kinds.get(key, 0) + 1
        result: list[list["Statement"]] = []
        for group in groups:
            craft = group[0].craft
            family = self.families.family(craft)
            partner = None
            for other in result:
                first = other[0]
                event = first.trigger.event
                if event != group[0].trigger.event or family is None or self.families.family(first.craft) != family or \
                        self.families.designation(first.craft) == self.families.designation(craft):
                    continue
                aboard, other_aboard = {n for s in group for n in s.people}, {n for s in other for n in s.people}
                together = sentences_of.get(normalize_name(craft), set()) & sentences_of.get(normalize_name(first.craft), set())
                alone = [sent for sent in together
                         if sum(1 for c in crafts if c.sent.start == sent and self.families.designation(c.kb_id_)
                                and self.families.family(c.kb_id_) == family) <= 1]
                # an orbiter the article flies on several flights: a sentence naming it beside one ("Discovery
                # ... docked to Mir on STS-91 on June 4, 1998 ... to the ISS on STS-96") ties only the statements
                # it holds, not the orbiter's others
                vehicle_group = other if self.families.designation(craft) else group
                mine, theirs = {s.value for s in group if s.value}, {s.value for s in other if s.value}
                dated_alike = bool(mine) and bool(theirs) and dates_agree(mine, theirs)
                if launches_itself(vehicle_group[0].craft, self.own_launchers) and flights.get(family, 0) > 1 and \
                        not dated_alike and any(s.trigger.span.sent.start not in together for s in vehicle_group):
                    alone = []  # (where the two are dated alike, one flight: "Challenger ... liftoff on Jan. 28, 1986")
                # the one designation and the one vehicle of the family with this event, crews not at odds
                only_pair = kinds.get((event, family, True)) == 1 and kinds.get((event, family, False)) == 1 and \
                    (not aboard or not other_aboard)
                if not dates_agree({s.value for s in group if s.value}, {s.value for s in other if s.value}):
                    continue  # "Inspiration4, launched on 15 September 2021" is not Resilience's 2024 flight
                    # (but "1998" agrees with "1998-10-29")
                if aboard & other_aboard or alone or only_pair:
                    partner = other
                    break
            if partner is None:
                result.append(list(group))
            else:
                partner.extend(group)
                partner.sort(key=lambda s: s.trigger.span.start)
        return result

    def _flown_by_one_named(self, group: list["Statement"], family: str, crafts: list[Span],
                            own_events: set[tuple[str, str]]) -> bool:
        """"Endeavour, which returned from its final flight, STS-134, last month": a designation whose
        every statement's sentence names a vehicle of its family with no statement of that event of its
        own flies that vehicle, not the article's other vehicle with the event."""
        if not self.families.designation(group[0].craft):
            return False
        event = group[0].trigger.event
        for statement in group:
            sent = statement.trigger.span.sent
            vehicles = {normalize_name(c.kb_id_) for c in crafts if c.sent == sent and
                        self.families.family(c.kb_id_) == family and not self.families.designation(c.kb_id_)}
            if not vehicles - self.classes - {name for e, name in own_events if e == event}:
                return False
        return True

    def vehicle_in(self, group: list["Statement"]) -> str | None:
        """A group that joined a designation and the vehicle flying it ("Crew-6", "Crew Dragon
        Endeavour"): the vehicle."""
        designations = {self.families.family(s.craft) for s in group if self.families.designation(s.craft)}
        return next((s.craft for s in group if s.kind != LAUNCH_VEHICLE and not self.families.designation(s.craft)
                     and normalize_name(s.craft) not in self.classes and self.families.family(s.craft) in designations), None)

    def _on_the_moon(self, doc: Doc, trigger: Span) -> bool:
        return any(t.lower_ in self.lunar_words for t in doc[trigger.end:min(trigger.sent.end, trigger.end + _GROUND_REACH)])

    def vehicles_flying(self, groups: list[list["Statement"]], doc: Doc) -> dict[int, str]:
        """By group, the one named vehicle that flies a group's designation ("Crew-1" ... "their capsule:
        Resilience"): its family's, tied by a crew aboard both or by a sentence that names the two
        and no other flight of the family."""
        crafts = doc.spans.get(SPACECRAFT_KEY, [])
        sentence_of = {(c.start, c.end): c.sent.start for c in crafts}
        found = {}
        for group in groups:
            designation = group[0].craft
            family = self.families.family(designation)
            if family is None or not self.families.designation(designation) or \
                    any(not self.families.designation(s.craft) for s in group):
                continue
            if group[0].trigger.event == "landing" and any(self._on_the_moon(doc, s.trigger.span) for s in group):
                continue  # "A and B landed on the lunar surface": the flight's, not its command module's
            aboard = {n for s in group for n in s.people}
            tied = set()
            # the article's one flight of the family and its one named vehicle ("the capsule, called
            # Endurance" ... "known as Crew 7") are one craft, even in sentences apart
            of_family = {normalize_name(c.kb_id_): c for c in crafts if self.families.family(c.kb_id_) == family
                         and c.label_ == group[0].kind and normalize_name(c.kb_id_) not in self.classes}
            only_pair = [c for c in of_family.values() if not self.families.designation(c.kb_id_)]
            # (not a command module named beside its lander, "landed Falcon ... as Worden orbited in
            # Endeavor": one of the flight's two craft, and the flight keeps its designation)
            if len(only_pair) == 1 and len(of_family) == 2 and not _beside_a_lander(only_pair[0].kb_id_, crafts):
                tied.add(only_pair[0].kb_id_)
            for craft in crafts:
                name = craft.kb_id_
                if craft.label_ != group[0].kind or self.families.family(name) != family or self.families.designation(name) or \
                        normalize_name(name) in self.classes:
                    continue  # (not the rocket of the family: "Soyuz MS-22 ... atop a Soyuz-2.1a")
                flights_here = {c.kb_id_ for c in crafts if sentence_of[(c.start, c.end)] == sentence_of[(craft.start, craft.end)]
                                and self.families.designation(c.kb_id_)
                                and self.families.family(c.kb_id_) == family}
                crew_shared = aboard and any(aboard & set(s.people) for g in groups for s in g if s.craft == name)
                # (nor one named beside its lander: "the crew of Apollo 13 ... Aquarius ... back in Odyssey")
                if (flights_here == {designation} and not _beside_a_lander(name, crafts)) or crew_shared:
                    tied.add(name)
            if len(tied) == 1:
                found[id(group)] = (designation, tied.pop())
        # an orbiter tied to several of its flights ("On STS-82, ... Discovery") names none of them
        flights_of: dict[str, set[str]] = {}
        for designation, vehicle in found.values():
            flights_of.setdefault(vehicle, set()).add(normalize_name(designation))
        # nor a flight where the vehicle has a row of its own for one of the flight's events, at another
        # date ("Discovery landed on March 9, 2011" beside "STS-82 ... landed on February 21"): the
        # flight's rows keep its designation, all of them
        own_rows = {(group[0].trigger.event, normalize_name(group[0].craft)) for group in groups}
        events = {id(group): group[0].trigger.event for group in groups}
        clashing = {normalize_name(designation) for key, (designation, vehicle) in found.items()
                    if (events[key], normalize_name(vehicle)) in own_rows}
        return {key: vehicle for key, (designation, vehicle) in found.items()
                if len(flights_of[vehicle]) == 1 and normalize_name(designation) not in clashing}




def _beside_a_lander(name: str, crafts: list[Span]) -> bool:
    """Whether the craft is named in a sentence that names a lander too."""
    with_landers = {c.sent.start for c in crafts if c.label_ == "lander"}
    return any(c.kb_id_ == name and c.sent.start in with_landers for c in crafts)
