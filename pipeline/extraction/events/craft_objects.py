"""The craft after an event trigger that the event is about: "the launch of X", "China launched X",
"lifted off from Baikonur on 14 March aboard X", "a failed launch in April of a Progress craft" (not a
station the flight goes to, nor one it stays aboard). `crafts.CraftChooser` asks these with the
trigger's subject (`craft_clauses`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from .craft_clauses import (CLAUSE_BREAKS, FINITE_VERBS, LAUNCH_VEHICLE, POSSESSIVES, STATION, VEHICLE_DETERMINERS,
                            VEHICLE_PREPOSITIONS)

if TYPE_CHECKING:
    from .triggers import Trigger

_AFTER_REACH = 5  # tokens between a trigger and its object craft ("the launch of the Soyuz MS-19")
_AGENT_REACH = 8  # tokens from an event noun to its "by": "landing was in 1976 by"
_AGENT_OWNER_REACH = 6  # tokens from "by" to the craft: "by the Soviet Union's Luna-24"
_AFTER_REACH_ABOARD = 14  # ... and the craft flown ("lifted off from Baikonur on 14 March aboard X")
# Words between a trigger and a craft after it that make the craft not the one
# the event is about: "launched to the ISS", "docked with Tianhe", "flight to the station", "the first
# crew to fly since the 1986 Challenger accident".
_NOT_THE_CRAFT_AFTER = {"to", "toward", "towards", "at", "with", "from", "for", "into", "near", "beside",
                        "alongside", "than", "onto", ";", "while", "whilst", "and", "after", "before", "since", "until"}
CRAFT_NOUNS = {"spacecraft", "spaceship", "ship", "capsule", "vehicle", "craft", "freighter"}
# what a launch's object names before the craft's name in apposition: "launched the core module of its space
# station, the Tianhe"
_OBJECT_NOUNS = CRAFT_NOUNS | {"module", "station", "probe", "lander", "rover", "satellite", "orbiter", "observatory",
                               "telescope"}
_APPOSED_OBJECT_WORDS = 10
_NAMING = {"called", "named", "dubbed", "christened"}  # "a capsule called X": X is the capsule
_DESCRIBING = {"JJ", "JJR", "JJS"}

_FLIGHT_WORDS = {"flight", "spaceflight", "mission", "trip", "voyage"}
_FLIGHT_KINDS = {"test", "demonstration", "demo", "maiden", "inaugural", "orbital", "crewed", "uncrewed", "manned", "unmanned",
                 "first"}  # "its first crewed test flight"


def _on_board_as_aboard(words: list[str]) -> list[str]:
    for i in range(len(words) - 1):
        if words[i] == "on" and words[i + 1] == "board":
            return words[:i] + ["aboard"] + words[i + 2:]
    return words


def clause_object(doc: Doc, trigger: Trigger, candidates: list[Span], flown_only: bool = False) -> Span | None:
    """The craft right after the trigger: "the launch of X", "China launched X",
    or further on, the craft flown: "launched from Baikonur on March 14 aboard Soyuz TM-21"."""
    for craft in candidates:
        if craft.start < trigger.span.end or (flown_only and craft.label_ in (LAUNCH_VEHICLE, STATION)):
            continue  # "they lifted off aboard an LVM3 rocket", "flew to the ISS aboard Soyuz TMA-13M":
            # neither a rocket nor the station is the craft flown
        # (a date set off by commas parts nothing: "had set out April 9, 1980, in Soyuz 35")
        between = [t.lower_ for t in _without_dates(doc, doc[trigger.span.end:craft.start])]
        # "came home in the older Soyuz T-10": a describing word does not part a craft from its preposition,
        # nor does a craft noun before its name ("on the spacecraft Soyuz TMA-14M")
        owner = _without_owner([t.lower_ for t in _without_maker(doc[trigger.span.end:craft.start])
                                if t.tag_ not in _DESCRIBING])
        if len(owner) > 2 and owner[-1] in _NAMING and owner[-2] in CRAFT_NOUNS:
            owner = owner[:-1]  # "sent into orbit in a capsule called Vostok 9"
        if len(owner) > 1 and owner[-1] in CRAFT_NOUNS and owner[-2] in VEHICLE_DETERMINERS:
            owner = owner[:-1]
        owner = _on_board_as_aboard(owner)  # "due at the station on board a Soyuz MS-40 ship"
        if craft.label_ == STATION and (owner[-1:] == ["to"] or owner[-2:] == ["to", "the"]):
            continue  # where it goes, not what goes: "will travel to the ISS from Baikonur aboard a Soyuz MS-16",
            # "will set off for an eight-day mission to ISS aboard a Soyuz-MS 15 spacecraft"
        if flown_only and set(owner) <= VEHICLE_DETERMINERS and trigger.event == "launch" and \
                trigger.span[-1].tag_ in FINITE_VERBS:
            return craft  # "It launched Chandrayaan-3": what an agent launches is the craft
        if flown_only and owner and set(owner) <= POSSESSIVES:
            return craft  # "The trio will dock its Soyuz TMA-07M spacecraft": their own craft
        if owner[-2:-1] and owner[-2] in _FLIGHT_WORDS and owner[-1] == "," and \
                set(owner[:-2]) & VEHICLE_PREPOSITIONS and len(between) <= _AFTER_REACH_ABOARD:
            return craft  # "he launched alone on his first spaceflight, Soyuz 4,": the flight's name after it
        flight_of = next((k for k in range(len(owner) - 1, 0, -1) if owner[k] == "of" and owner[k - 1] in _FLIGHT_WORDS), None)
        if flight_of is not None and trigger.event == "launch" and trigger.span[-1].tag_ in FINITE_VERBS and \
                set(owner[:flight_of - 1]) <= VEHICLE_DETERMINERS | _FLIGHT_KINDS and \
                set(owner[flight_of + 1:]) <= VEHICLE_DETERMINERS and \
                craft.label_ not in (LAUNCH_VEHICLE, STATION):
            return craft  # "SpaceX launched its first crewed test flight of its Crew Dragon": the flight's craft
        if flight_of is not None and set(owner[max(0, flight_of - 4):flight_of - 1]) & VEHICLE_PREPOSITIONS and \
                len(owner) <= _AFTER_REACH_ABOARD and not set(between) & (CLAUSE_BREAKS | {","}) and \
                craft.label_ not in (LAUNCH_VEHICLE, STATION):
            return craft  # "arrived at the station in June on a test flight of the new Starliner spacecraft"
        aboard = bool(owner) and owner[-1] in VEHICLE_PREPOSITIONS - {"on", "in"} or \
            len(owner) > 1 and owner[-2] in {"aboard", "onboard"} or \
            len(owner) > 1 and owner[-2] in {"in", "on"} and owner[-1] in VEHICLE_DETERMINERS  # "in a Soyuz"
        if aboard and craft.label_ != STATION and len(between) <= _AFTER_REACH_ABOARD and \
                not set(between) & CLAUSE_BREAKS:  # (not "for a mission on the International Space Station")
            return craft
        # "they were launched on Soyuz 19", "he landed on December 29 in Soyuz TM-3", "arrived in April
        # with Vande Hei on Soyuz MS-18": "on" or "in" right before the craft, after adjuncts
        # ("will return to Earth with Endeavour": a landing's "with" is the craft ridden home)
        riding = VEHICLE_PREPOSITIONS | ({"with"} if trigger.event == "landing" else set())
        if owner and owner[-1] in riding and craft.label_ not in (LAUNCH_VEHICLE, STATION) and \
                len(between) <= _AFTER_REACH_ABOARD and not set(between) & (CLAUSE_BREAKS | {","}):
            return craft
        if flown_only:
            return None
        if craft.label_ == STATION and set(owner) & {"aboard", "onboard"}:
            continue  # "flew aboard the space stations Salyut-7 and Mir": where they stayed, not what was launched
        # "the launching of the sophisticated third-generation Mir": describing words add no distance
        plain = [t for t in doc[trigger.span.end:craft.start] if t.tag_ not in _DESCRIBING and t.text != "-"]
        if len(plain) > _AFTER_REACH or set(between) & _NOT_THE_CRAFT_AFTER:
            return None
        return craft
    return None

def direct_object(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"China launched Shenzhou-12", "Rosetta soft-landed its Philae probe": the craft an active
    event verb takes as its object (only a determiner or owner between) is the one
    launched or landed, whatever its subject."""
    if trigger.span[-1].tag_ not in FINITE_VERBS:
        return None
    for craft in candidates:
        if craft.start < trigger.span.end:
            continue
        words = _without_owner([t.lower_ for t in doc[trigger.span.end:craft.start] if t.tag_ not in _DESCRIBING])
        # "the cosmonauts undocked Soyuz T-15 from Mir"; never a station ("docked Tianhe" is docked at)
        fits = set(words) <= VEHICLE_DETERMINERS and (trigger.event == "launch" or craft.label_ not in (LAUNCH_VEHICLE, STATION))
        if not fits and trigger.event == "launch" and "," in words and words[-1] in {",", "the"}:
            # "launched the core module of its first space station, the Tianhe": the object's apposition
            head = words[:words.index(",")]
            fits = len(words) - len(head) <= 2 and len(head) <= _APPOSED_OBJECT_WORDS and head[:1] and \
                head[0] in VEHICLE_DETERMINERS and bool(set(head) & _OBJECT_NOUNS) and \
                not set(head) & (CLAUSE_BREAKS | _NOT_THE_CRAFT_AFTER)
        return craft if fits else None
    return None


def noun_agent(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"The last soft landing was in 1976 by the Soviet Union's Luna-24": the craft after "by" that an
    event noun (not a launch's: "launch by a Soyuz rocket" names the rocket) takes as its agent, with
    only a copula, a time and an owner between."""
    if trigger.event == "launch" or not trigger.span[-1].tag_.startswith("NN"):
        return None
    end = min(trigger.span.sent.end, trigger.span.end + _AGENT_REACH)
    by = next((t.i for t in doc[trigger.span.end:end] if t.lower_ == "by"), None)
    if by is None or any((t.tag_ in FINITE_VERBS and t.lower_ not in {"was", "were", "is", "are"}) or
                         t.text in CLAUSE_BREAKS for t in doc[trigger.span.end:by]):
        return None
    craft = next((c for c in candidates if by < c.start <= by + _AGENT_OWNER_REACH), None)
    if craft is None or craft.label_ in (LAUNCH_VEHICLE, STATION) or \
            any(t.tag_ in FINITE_VERBS or t.is_punct for t in doc[by + 1:craft.start]):
        return None
    return craft


def dated_noun_object(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"a failed launch in April of a Progress resupply craft": the "of" object of an event noun past
    the date that stands between them."""
    if trigger.span[-1].tag_ not in {"NN", "NNS"}:
        return None
    craft = next((c for c in candidates if c.start >= trigger.span.end), None)
    if craft is None:
        return None
    between = doc[trigger.span.end:craft.start]
    words = [t.lower_ for t in _without_dates(doc, between) if t.tag_ not in _DESCRIBING]
    if len(words) == len(between) or words[:1] not in (["in"], ["on"]):
        return None  # (no date between: clause_object's "the launch of X")
    return craft if words[1:2] == ["of"] and set(words[2:]) <= VEHICLE_DETERMINERS else None


def _without_maker(words: Span) -> Span:
    """The words without a maker's name between an article and the craft: "aboard a SpaceX" ->
    "aboard a"."""
    k = len(words)
    while k > 1 and words[k - 1].tag_ == "NNP" and words[k - 1].ent_type_ in {"ORG", ""}:
        k -= 1
    return words[:k] if k < len(words) and words[k - 1].lower_ in VEHICLE_DETERMINERS else words


def _without_dates(doc: Doc, words: Span) -> list:
    """The words without the date mentions among them: "had set out April 9, 1980, in Soyuz 35"."""
    dated = {t.i for t in words if any(d.start <= t.idx < d.end for d in doc._.dates or ())}
    # (a comma after the date only where the craft's preposition follows: not "launched on February 11, 1997,
    # payload commander X ... installed instruments on Hubble")
    return [t for t in words if t.i not in dated and not (
        t.text == "," and t.i - 1 in dated and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in VEHICLE_PREPOSITIONS)]


def _without_owner(words: list[str]) -> list[str]:
    """The words before a craft without its owner: "aboard SpaceX 's" -> "aboard"."""
    if len(words) >= 2 and words[-1] in ("'s", "’s"):
        return words[:-2]
    return words
