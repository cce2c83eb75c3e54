"""Statements into rows: the statements of one event and craft are one EventRecord
(SPEC §6), with the first statement's trigger, the most specific date of all and
every person aboard. A vehicle class ("the Dragon capsule") stands for the named
craft of its kind (`events/class_folding.py`); a flight's designation and the vehicle flying it ("Crew-6",
"Crew Dragon Endeavour") are one flight where the article ties them (`events/flight_pairs.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...normalize import normalize_name, sentence_text
from ...resources import load_jsonl
from ...records import EventRecord
from .class_folding import fold_classes
from .flight_pairs import FlightPairs
from .lander_missions import landers_into_missions
from .craft_clauses import AUXILIARIES, LAUNCH_VEHICLE, word_before
from ..spacecraft.families import CraftFamilies
from ..crew.finder import ALONE, HOMEWARD
from ..crew.context import CREWED
from .date_carrying import date_rank, dates_agree
from .uncrewed import UNCREWED
from ..spacecraft.written_names import table_name

if TYPE_CHECKING:
    from .finder import Statement

_ALONE = re.compile(r"\b(?:" + "|".join(sorted(ALONE)) + r")\b", re.IGNORECASE)


class EventMerger:
    def __init__(self, words: dict, families: str, gazetteer: str):
        self.families = CraftFamilies(words["vehicle_classes"], families, gazetteer)
        self.classes = self.families.classes
        self.pairs = FlightPairs(self.families, words)
        # a lunar module's mission: "Eagle" lands for Apollo 11
        self.missions = {normalize_name(e["name"]): normalize_name(e["mission"]) for e in load_jsonl(gazetteer)
                         if "mission" in e}

    def merge(self, statements: list["Statement"], doc: Doc) -> list[EventRecord]:
        fold_classes(statements, self.families)
        groups: dict[tuple[str, str], list["Statement"]] = {}
        for s in statements:
            groups.setdefault((s.trigger.event, normalize_name(s.craft)), []).append(s)
        order = {normalize_name(p.name): p.first_start for p in doc._.people}
        merged = []
        flights = self.pairs.same_flights(list(groups.values()), doc)
        flights = landers_into_missions(_rockets_into_payloads(flights), doc, self.missions)
        vehicles = self.pairs.vehicles_flying(flights, doc)
        rows = []
        for group in flights:
            # (a rocket's statement folded into its payload's row does not name the row)
            named = next((s for s in group if s.kind != LAUNCH_VEHICLE), group[0])
            # a flight's designation as the vehicle flying it, where the article ties the two: readers
            # name the vehicle ("Resilience", not "Crew-1")
            craft = vehicles.get(id(group)) or self.pairs.vehicle_in(group) or named.craft
            rows.append(_Row(group, craft, named.kind))
        rows = _after_their_launch(rows, self.classes)
        homeward = _homeward_crews(rows) | _launched_with_their_returning_crew(rows)
        for row in rows:
            people = sorted(homeward.get(id(row), row.people), key=lambda n: order.get(normalize_name(n), 0))
            span = row.group[0].trigger.span
            for statement in row.group:  # (the trigger spans name the row: mentions.csv)
                statement.craft = row.craft
            merged.append(EventRecord(event=row.event, spacecraft=table_name(doc, row.craft),
                                      value=row.value, people=tuple(people), start=span.start_char,
                                      end=span.end_char, sentence=sentence_text(span)))
        merged.sort(key=lambda r: r.start)
        return _landed_with_their_launch_crew(_docked_with_their_launch_crew(merged))

@dataclass
class _Row:
    """A row in the making: its statements and the craft that names it."""
    group: list["Statement"]
    craft: str
    kind: str

    @property
    def event(self) -> str:
        return self.group[0].trigger.event

    @property
    def value(self) -> str:
        # a date the statement's own sentence gives over one carried from the sentence before, a berthing's
        # over its capture's ("captured at 7:39 p.m. on December 13 ... berthed at 3:24 a.m. on December 14")
        dated = [s for s in self.group if s.value and not s.carried and not s.trigger.capture] or \
            [s for s in self.group if s.value and not s.carried] or [s for s in self.group if s.value]
        if not dated:
            return ""
        best = max(date_rank(s.value) for s in dated)
        values = [s.value for s in dated if date_rank(s.value) == best]
        # the day most of its statements give: "April 15, 1981: Landing the First Shuttle Mission" heads a
        # story of a landing "on April 14" that "winged safely to earth here yesterday"
        return max(dict.fromkeys(values), key=values.count)

    @property
    def people(self) -> list[str]:
        # "The uncrewed spacecraft undocked" outweighs the crew a looser statement of the same
        # event drew from its neighbours ("Williams watched the departure from inside the station")
        if any(s.uncrewed for s in self.group):
            return []
        return list(dict.fromkeys(name for s in self.group for name in s.people))


def _before(value: str, other: str) -> bool:
    """A day or month that ends before another begins: "2020-04-09" before "2020-05"."""
    comparable = len(value) >= 7 and len(other) >= 7 and value[:4].isdigit() and other[:4].isdigit()
    return comparable and not other.startswith(value) and not value.startswith(other) and value < other


def _after_their_launch(rows: list[_Row], classes: set[str]) -> list[_Row]:
    """"Cassidy ... early Thursday morning ... Behnken and Hurley are to arrive on Demo-2, targeted
    for May. The crew on Thursday will dock": no craft docks, undocks or lands before its launch.
    Such a row's statements dated before it, and those whose craft their own sentence does not name,
    are the craft's launched last before that day, where the article states no such event of it yet
    (with the crew that craft took up, where theirs was the other craft's); with no such craft, those
    of a relative clause are no event."""
    launches = {normalize_name(r.craft): r for r in rows if r.event == "launch"}
    stated = {(r.event, normalize_name(r.craft)) for r in rows}
    result = []
    for row in rows:
        result.append(row)
        event = row.event
        own = launches.get(normalize_name(row.craft))
        if event == "launch" or own is None or not _before(row.value, own.value):
            continue
        # (a rocket's row names its craft where the rocket is named for the class: "the Soyuz rocket")
        earlier = [r for r in launches.values() if (r.kind == row.kind or normalize_name(r.craft) in classes)
                   and r.value and (_before(r.value, row.value) or r.value == row.value)]
        if not earlier:
            # "X, who arrived at the station on March 28, welcomed" the crew launched in May: a craft no
            # launch here took up, so no event of a relative clause whose sentence names no craft
            kept = [s for s in row.group if not (s.value and _before(s.value, own.value) and _relative(s))
                    or (s.craft_span is not None and s.craft_span.sent == s.trigger.span.sent)]
            result[-1:] = [_Row(kept, row.craft, row.kind)] if kept else []
            continue
        launch = max(earlier, key=lambda r: r.value)
        if (event, normalize_name(launch.craft)) in stated:
            continue
        stated.add((event, normalize_name(launch.craft)))
        kept = [s for s in row.group if not (s.value and _before(s.value, own.value))
                and s.craft_span is not None and s.craft_span.sent == s.trigger.span.sent]
        moved = _Row([s for s in row.group if all(s is not k for k in kept)], launch.craft, launch.kind)
        if launch.people and set(moved.people) == set(own.people):
            for statement in moved.group:
                statement.people = list(launch.people)  # "the crew" was the other craft's
        result[-1:] = [moved] + ([_Row(kept, row.craft, row.kind)] if kept else [])
    return result


def _relative(statement: "Statement") -> bool:
    """The trigger opens a relative clause: "who arrived at the station on March 28"."""
    i = word_before(statement.trigger.span.doc, statement.trigger.span, AUXILIARIES)
    return i is not None and statement.trigger.span.doc[i].lower_ in {"who", "which", "that"}


def _homeward_crews(rows: list[_Row]) -> dict[int, list[str]]:
    """"Grace undocked with A, B, C and D aboard ... will reenter for a splashdown on Tuesday": who
    leaves the station in a craft lands in it. By row, the crew an undocking or landing that names
    fewer of them (and is not said to be empty) takes from the other of the same craft."""
    crews = {}
    for row in rows:
        event = row.event
        if event not in HOMEWARD or any(s.uncrewed for s in row.group):
            continue
        other = next((r for r in rows if r.event in HOMEWARD and r.event != event
                      and normalize_name(r.craft) == normalize_name(row.craft)), None)
        if other is not None and set(row.people) < set(other.people):
            crews[id(row)] = other.people
    return crews


def _launched_with_their_returning_crew(rows: list[_Row]) -> dict[int, list[str]]:
    """"Crew-11 was launched on 27 October" where the article names nobody at the launch but names who
    came home in that craft ("Together known as Crew-11, the three came home in Crew Dragon Freedom"): by row,
    that crew for a crewed launch that names none (not a cargo ship's, not one said to fly empty)."""
    crews = {}
    for row in rows:
        if row.event != "launch" or row.people or row.kind not in CREWED or any(s.uncrewed for s in row.group):
            continue
        home = [r for r in rows if r.event in HOMEWARD and r.people and normalize_name(r.craft) == normalize_name(row.craft)]
        if home:
            crews[id(row)] = max(home, key=lambda r: len(r.people)).people
    return crews


def _rockets_into_payloads(groups: list[list["Statement"]]) -> list[list["Statement"]]:
    """"The Long March 2F lifted off at 9:00 ... Shenzhou-5 was launched": a rocket's launch is
    the launch of the one craft the article says was launched on a date that agrees with the
    rocket's (SPEC §6: a launch is the craft carried where the article names it). A rocket launched
    on another date, or beside several launched craft, keeps its own row: its date against the craft's
    most specific ("On September 16, ISRO is planning to launch PSLV C42" is not Chandrayaan-2's launch,
    dated 2019-01-03, that an earlier plan had put in 2018)."""
    def values(group: list["Statement"]) -> set[str]:
        """The most specific dates the group's statements give: "2019-01-03" over a "2018" of the
        same craft's earlier plan."""
        given = {s.value for s in group if s.value}
        longest = max((len(v) for v in given), default=0)
        return {v for v in given if len(v) == longest}

    rockets = [g for g in groups if g[0].trigger.event == "launch" and g[0].kind == LAUNCH_VEHICLE]
    payloads = [g for g in groups if g[0].trigger.event == "launch" and g[0].kind != LAUNCH_VEHICLE]
    merged: set[int] = set()
    for rocket in rockets:
        # (not a crew's rocket into a craft no crew rides: "their Saturn IB rocket rose" days after
        # Skylab's launch)
        crewed = any(s.people for s in rocket)
        fitting = [g for g in payloads if dates_agree(values(rocket), values(g))
                   and not (crewed and g[0].kind in UNCREWED)]
        if len(fitting) != 1:
            continue
        fitting[0].extend(rocket)
        fitting[0].sort(key=lambda s: s.trigger.span.start)
        merged.add(id(rocket))
    return [g for g in groups if id(g) not in merged]


def _landed_with_their_launch_crew(records: list[EventRecord]) -> list[EventRecord]:
    """"Space shuttle Atlantis rolled to a stop ... 'Mission complete,' commander A radioed": a landing
    that names some of the crew its craft launched with brings them all (crew_references._whole_crew,
    once the statements of a flight's designation and its vehicle are one row)."""
    launched = {normalize_name(r.spacecraft): r.people for r in records if r.event == "launch" and r.people}

    def crew(r: EventRecord) -> tuple[str, ...]:
        # (not one the landing's sentence names and leaves out: "Whilst Collins stayed in lunar orbit, Armstrong
        # and Aldrin landed")
        named = set(normalize_name(r.sentence).split())
        return tuple(dict.fromkeys([*(n for n in launched[normalize_name(r.spacecraft)]
                                      if n in r.people or normalize_name(n).split()[-1] not in named), *r.people]))

    # (not one who "brought Soyuz 5 down alone": the others had left it)
    return [replace(r, people=crew(r))
            if r.event == "landing" and r.people and normalize_name(r.spacecraft) in launched
            and set(r.people) < set(launched[normalize_name(r.spacecraft)]) and not _ALONE.search(r.sentence)
            else r for r in records]


def _docked_with_their_launch_crew(records: list[EventRecord]) -> list[EventRecord]:
    """"The ships docked two days later, and Stafford and Leonov shook hands": a docking craft
    carries no one the article launched on another craft (unless it launched them too), and where
    its sentence named both crews so, or named some of its own, it docks with the whole crew it
    launched with; as it does where the sentence of its launch tells the docking too ("A Soyuz carrying
    two cosmonauts and an astronaut blasted off ... and docked")."""
    launched: dict[str, list[str]] = {}
    launch_sentences: dict[str, set[str]] = {}
    for r in records:
        if r.event == "launch":
            launched.setdefault(normalize_name(r.spacecraft), []).extend(r.people)
            launch_sentences.setdefault(normalize_name(r.spacecraft), set()).add(r.sentence)
    kept = []
    for r in records:
        own = list(dict.fromkeys(launched.get(normalize_name(r.spacecraft), [])))
        elsewhere = {p for craft, crew in launched.items() if craft != normalize_name(r.spacecraft) for p in crew}
        if r.event == "docking" and r.people:
            people = tuple(p for p in r.people if p in own or p not in elsewhere)
            mixed = people != r.people and people and set(people) <= set(own)
            # (and one that names some of them docks with all: crew_references._whole_crew once every
            # statement has its people)
            r = replace(r, people=tuple(own) if mixed or (people and set(people) < set(own)) else people)
        elif r.event == "docking" and own and r.sentence in launch_sentences.get(normalize_name(r.spacecraft), ()):
            r = replace(r, people=tuple(own))
        kept.append(r)
    return kept
