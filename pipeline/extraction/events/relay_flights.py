"""Which flight of a crew relay a crew named by its turn stands for: "The new team ... was launched"
in a story of the handover from Shenzhou XVI to Shenzhou XVII is the later flight's crew; "The
outgoing crew ... will land" the earlier's. Only where the text has named two or more numbered
flights of one family, and of no other, before the statement.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ..spacecraft.families import CraftFamilies

if TYPE_CHECKING:
    from .triggers import Trigger

_NEWER = {"new", "newly", "incoming", "arriving", "fresh", "relief"}
_OLDER = {"outgoing", "departing", "old", "previous", "returning", "earlier"}
_TURN_REACH = 3  # words between "The" and the crew noun: "The new three-member team"
_TEAMS = {"team", "teams"}
_NUMBER = re.compile(r"(\d+)$")


def relay_flight(doc: Doc, trigger: "Trigger", crafts: list[Span], families: CraftFamilies,
                 crew_nouns: set[str]) -> Span | None:
    sent = trigger.span.sent
    words = [t.lower_ for t in doc[sent.start:min(trigger.span.start, sent.start + 2 + _TURN_REACH)]]
    if not words or words[0] != "the":
        return None
    noun = next((i for i, w in enumerate(words) if w in crew_nouns or w in _TEAMS), None)
    if noun is None:
        return None
    turn = set(words[1:noun])
    newer, older = turn & _NEWER, turn & _OLDER
    if bool(newer) == bool(older):
        return None
    flights: dict[str, dict[int, Span]] = {}
    for craft in crafts:
        number = _NUMBER.search(craft.kb_id_)
        family = families.family(craft.kb_id_)
        if craft.start < trigger.span.start and number and family and families.designation(craft.kb_id_):
            flights.setdefault(family, {})[int(number.group(1))] = craft
    relays = [numbered for numbered in flights.values() if len(numbered) >= 2]
    if len(relays) != 1:
        return None
    numbered = relays[0]
    return numbered[max(numbered)] if newer else numbered[min(numbered)]
