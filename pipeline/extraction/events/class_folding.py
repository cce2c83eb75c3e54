"""Which craft a vehicle class's statement is about: "the Dragon capsule" stands for the one
named craft of its kind whose same event the article states ("Demo-2"), else its one flight of
that kind; "aboard a SpaceX Crew Dragon" for the Crew-N flight launched (or the Crew Dragon
Endurance landed) just before.
`event_merging.EventMerger` folds the statements so before it merges them into rows.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ...normalize import normalize_name
from .craft_clauses import POSSESSIVES, another_of_its_class
from .focus_cues import dated_as_history
from ..spacecraft.families import CraftFamilies
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

if TYPE_CHECKING:
    from .finder import Statement

_ONCE = {"launch", "landing"}  # events a craft has once
_FLIGHT_BEFORE_SENTENCES = 2  # how far back "a SpaceX Crew Dragon" finds the flight it carries ("Crew-3")


def fold_classes(statements: list["Statement"], families: CraftFamilies) -> None:
    """A vehicle class ("the Dragon capsule", "Soyuz") stands for the one named
    craft of its kind whose same event the article states ("Demo-2"), else the one
    flight of that kind; a flight named before the class over one named only after it."""
    first_named: dict[str, int] = {}
    for o in statements:
        key = normalize_name(o.craft)
        first_named[key] = min(first_named.get(key, o.craft_span.start), o.craft_span.start)
    for s in statements:
        # "The threesome blasted off ... inside the Soyuz MS-22 spacecraft": the one flight of the class its own
        # sentence names, before any other ("will board the Soyuz MS-21 crew ship, undock")
        sent = s.trigger.span.sent
        own = _flights_named(s, families, within=sent) if normalize_name(s.craft) in families.classes and \
            not another_of_its_class(s.craft_span) else {}
        if len(own) == 1:
            flight = next(iter(own.values()))
            s.craft, s.craft_span = flight.kb_id_, flight
            first_named.setdefault(normalize_name(s.craft), flight.start)
    for s in statements:
        if normalize_name(s.craft) not in families.classes:
            continue
        sent = s.trigger.span.sent
        if another_of_its_class(s.craft_span) and sent.start <= s.craft_span.start < sent.end:
            # "SpaceX will launch Crew-3 on Wednesday. A and B will fly aboard a SpaceX Crew Dragon":
            # not the article's named Dragon, but the flight of that family the sentence before launches
            # (its own sentence's "a Crew Dragon", not one a later "the capsule" was read back to)
            _fold_into_flight_before(s, statements, families)
            continue
        # not a craft whose launch or landing, which a craft has once, the article dates to another day ("The
        # trio launched aboard Soyuz TMA-50 on Dec. 21 ... A new trio will launch on June 15")
        once = {normalize_name(o.craft) for o in statements if o.trigger.event == s.trigger.event
                and s.trigger.event in _ONCE and _days_apart(o.value, s.value) > 1}  # (not a time zone's day)
        of_class = [o for o in statements if o.kind == s.kind and normalize_name(o.craft) not in families.classes
                    and _of_class(o.craft, s.craft, families) and normalize_name(o.craft) not in once]
        # a class points back: "Starliner closed in ... finish the docking" is the flight named
        # before it (Calypso), not one a later paragraph names ("a repeat, OFT-2, did not dock")
        earlier = [o for o in of_class if first_named[normalize_name(o.craft)] < s.trigger.span.start]
        of_class = earlier or of_class
        named = {normalize_name(o.craft): o for o in of_class if o.trigger.event == s.trigger.event}
        if not named and another_of_its_class(s.craft_span):
            continue  # "they'll come back aboard a different Soyuz ... coming home in September": no flight named
        if not named:  # "Ax-4 lifted off ... the Crew Dragon docked": the one flight of that kind
            named = {normalize_name(o.craft): o for o in of_class}
        if len(named) == 2 and sum(families.designation(o.craft) for o in named.values()) == 1:
            # "Crew-2" and "Crew Dragon Endeavour": a flight and its vehicle, one craft
            # (flight_pairs.FlightPairs.same_flights)
            named = {k: o for k, o in named.items() if not families.designation(o.craft)}
        if len(named) > 1 and s.trigger.span.sent.start == 0:
            # a headline's class ("Russia knocks back Soyuz launch") is the flight the text names first
            first = min(named, key=lambda k: first_named[k])
            named = {first: named[first]}
        if not named:  # "the Dragon" where the article's one Dragon is its "Cargo Dragon": the narrower class
            wanted = normalize_name(s.craft)
            named = {normalize_name(o.craft): o for o in statements if o.kind == s.kind and
                     normalize_name(o.craft) in families.classes and normalize_name(o.craft) != wanted and
                     wanted in normalize_name(o.craft).split()}
        if len(named) == 1:
            other = next(iter(named.values()))
            s.craft, s.craft_span = other.craft, other.craft_span
        elif not named and not of_class and not _owned(s.craft_span):
            # "The SpaceX Dragon spacecraft, carrying the Axiom Mission 4 crew, has docked": the one flight
            # of that class the article names, though no statement of its own names it
            # (nor one named only in a look back on history: "On July 15, 1975, ... launched Soyuz 19")
            flights = [c for c in _flights_named(s, families).values()
                       if not dated_as_history(c.doc, c.sent, s.trigger.span.sent)]
            if len(flights) == 1:
                s.craft, s.craft_span = flights[0].kb_id_, flights[0]
                first_named.setdefault(normalize_name(s.craft), flights[0].start)


def _owned(span) -> bool:
    """"their Apollo command module": the flyers' own craft, not a flight the article names."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in POSSESSIVES


def _flights_named(s: "Statement", families: CraftFamilies, within=None) -> dict:
    """The flight designations of the statement's class that the article (or the span `within`) names, by name."""
    return {normalize_name(c.kb_id_): c for c in s.craft_span.doc.spans.get(SPACECRAFT_KEY, [])
            if (within is None or within.start <= c.start < within.end)
            and families.designation(c.kb_id_) and normalize_name(c.kb_id_) not in families.classes
            and families.family(c.kb_id_) is not None and _of_class(c.kb_id_, s.craft, families)}


def _fold_into_flight_before(s: "Statement", statements: list["Statement"], families: CraftFamilies) -> None:
    before = s.trigger.span.sent
    for _ in range(_FLIGHT_BEFORE_SENTENCES):
        before = before.doc[before.start - 1].sent if before.start > 0 else before
    # (not a flight dated to another day: "Morgan launched July 20, 2019. Meir and Skripochka launched
    # aboard a Soyuz spacecraft on Sept. 25, 2019")
    flights = {normalize_name(o.craft): o for o in statements if o.trigger.event == s.trigger.event
               and before.start <= o.trigger.span.start < s.trigger.span.start
               and normalize_name(o.craft) not in families.classes and families.family(o.craft) == normalize_name(s.craft)
               and not _other_days(o.value, s.value)}
    if len(flights) == 1:
        other = next(iter(flights.values()))
        s.craft, s.craft_span = other.craft, other.craft_span


def _of_class(craft: str, vehicle_class: str, families: CraftFamilies) -> bool:
    """Whether a named craft may be a flight of the class: its family (data:
    spacecraft_families.jsonl, "Crew-9" is a Crew Dragon; spacecraft.jsonl, "Faith 7" a
    Mercury), or the class its name starts with ("Crew Dragon Freedom"), is that class,
    or unknown. Starliner is no Crew-9, nor Faith 7."""
    family = families.family(craft)
    wanted = normalize_name(vehicle_class)
    return family is None or wanted in family or family in wanted


def _days_apart(one: str, other: str) -> int:
    """Days between two full dates, else 0."""
    if not (_other_days(one, other) and one[:4].isdigit() and other[:4].isdigit()):
        return 0
    return abs((dt.date.fromisoformat(one) - dt.date.fromisoformat(other)).days)


def _other_days(one: str, other: str) -> bool:
    """Two full dates of different days."""
    return len(one) == len(other) == 10 and one != other
