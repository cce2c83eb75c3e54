"""A craft's most specific form (SPEC §6): a class named bare ("the Soyuz") as the flight of that
class the article names, an orbiter's event as the flight its sentence names ("Columbia launched on
STS-1"), and the craft the article is about. `craft_focus.CraftFocus` inherits these; they read its
`classes`, `own_launchers` and `orbiter_flights`.
"""
from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ...normalize import normalize_name
from .craft_clauses import FLIGHT_NOUNS, LAUNCH_VEHICLE, STATION
from .focus_cues import dated_as_history

if TYPE_CHECKING:
    from .triggers import Trigger


class ClassMembers:
    """A mixin of `CraftFocus`."""

    def flight_of_orbiter(self, trigger: Trigger, orbiter: Span, crafts: list[Span]) -> Span:
        """"Columbia launched on STS-1": an orbiter's event in a sentence that names its flight is the
        flight's, the most specific form (SPEC §6), so that each of an orbiter's flights keeps its row;
        the flight after the trigger first ("lifted off on its last mission, STS-340"), else before it."""
        if not self._launches_itself(orbiter):
            return orbiter
        sent = trigger.span.sent
        flights = [c for c in crafts if sent.start <= c.start < sent.end and
                   any(normalize_name(c.kb_id_).startswith(f + " ") for f in self.orbiter_flights)]
        after = [c for c in flights if c.start >= trigger.span.end]
        before = [c for c in flights if c.end <= trigger.span.start]
        return after[0] if after else before[-1] if before else orbiter

    def _launches_itself(self, craft: Span) -> bool:
        """A shuttle orbiter is its own launcher: "his son's launch aboard a Soyuz rocket" after
        "flying aboard Columbia in 1983" is no launch of Columbia."""
        return launches_itself(craft.kb_id_, self.own_launchers)

    @staticmethod
    def _topic(crafts: list[Span], trigger: Trigger) -> Span | None:
        """The craft the article is about: the most often named crew or cargo vehicle
        (or spaceplane) named before the trigger, the first named on a tie."""
        counts: dict[str, list[Span]] = {}
        for craft in crafts:
            if craft.label_ in ("crew vehicle", "cargo vehicle", "spaceplane") and craft.start < trigger.span.start:
                counts.setdefault(normalize_name(craft.kb_id_), []).append(craft)
        if not counts:
            return None
        return max(counts.values(), key=len)[-1]

    def _most_specific(self, craft: Span, crafts: list[Span]) -> Span:
        """A class named bare ("the Soyuz") as the craft of that class the article
        named before it most often (the latest on a tie), else the one named after
        it; a class paired with a flight by "/" as that flight."""
        # (or the flight after it: "the Space Shuttle mission STS-7")
        named = [c for c in crafts if craft.end <= c.start <= craft.end + 1 and c.label_ == craft.label_ and
                 all(t.is_punct or t.lower_ in FLIGHT_NOUNS for t in c.doc[craft.end:c.start])]
        if named and normalize_name(craft.kb_id_) in self.classes:
            return named[0]  # the class before its name: "its first space shuttle 'Columbia'"
        if normalize_name(craft.kb_id_) in self.classes:
            # "the Skylab 4/Apollo command module ... the Apollo capsule": the flight the class flew
            same = [m for m in crafts if m.kb_id == craft.kb_id and m.start <= craft.start]
            paired = [c for c in crafts for m in same if c.end == m.start - 1 and c.doc[c.end].text == "/"]
            if paired:
                return paired[-1]
        words = normalize_name(craft.kb_id_).split()
        if len(words) > 1 and normalize_name(craft.kb_id_) not in self.classes:
            return craft
        wanted_lv = craft.label_ == LAUNCH_VEHICLE

        def refines(other: Span) -> bool:
            other_words = normalize_name(other.kb_id_).split()
            # (a narrower class names no flight: "the Soyuz" is not "the Soyuz TM craft" named after it)
            # (nor is a station the class of the flights to it: "Skylab" launched is not "Skylab 2")
            return len(other_words) > len(words) and other_words[:len(words)] == words and \
                (other.label_ == LAUNCH_VEHICLE) == wanted_lv and normalize_name(other.kb_id_) not in self.classes and \
                (craft.label_ != STATION or other.label_ == STATION)

        before = [c for c in crafts if c.start < craft.start and refines(c)]
        # (not one named only where the text looks back on history its own sentence does not: "The Soyuz lifted
        # off on Saturday ... On July 15, 1975, the Soviet Union launched Soyuz 19")
        after = [c for c in crafts if c.start > craft.start and refines(c)
                 and not dated_as_history(c.doc, c.sent, craft.sent)]
        names = {normalize_name(c.kb_id_) for c in before + after}
        if before:
            # (the flight the article keeps naming, not one from a history aside:
            # "the Apollo spacecraft" after "Apollo 7 ... the fire of Apollo 1")
            counts = Counter(normalize_name(c.kb_id_) for c in before)
            return max(reversed(before), key=lambda c: counts[normalize_name(c.kb_id_)])
        if len(names) == 1:
            return after[0]
        return craft


def launches_itself(craft: str, own_launchers: list[str]) -> bool:
    """The craft is a shuttle orbiter, its own launcher (`own_launchers`: normalised class names)."""
    name = normalize_name(craft)
    return any(name == c or name.startswith(c + " ") for c in own_launchers)
