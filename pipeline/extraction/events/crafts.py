"""Which craft an event statement is about (SPEC §6 `spacecraft`).

`CraftChooser.choose` takes one trigger and finds its craft: a spacecraft named
in its clause (the subject before the trigger first, "the launch of X" after
it), for a launch the craft carried over its rocket, for a docking never the
station (a station's visitor, or a module joining a station); a verb joined by
"and" shares its sentence's earlier craft; else, when the sentence speaks of
"the spacecraft", "it" or "the crew", the craft in focus (the latest one named
in the sentences before); else a craft the next sentence says they "use" or
are "aboard". A class ("the Soyuz") stands for the most specific craft of that
class the article named (Soyuz MS-19), as SPEC §6 asks. Where a craft stands
in the trigger's clause (subject, object, a phrase of its own) is
`events/craft_clauses.py`'s part, what "it", "whose" or a repeated event noun refers
to `events/craft_references.py`'s; the craft in focus is `events/craft_focus.py`'s; the arriving
or leaving craft of a station's docking is `events/docking_crafts.py`'s; a subject that is
no craft in particular ("a spacecraft", "the first stage") is `events/craft_subjects.py`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import normalize_name
from ...resources import load_jsonl
from .craft_clauses import (AUXILIARIES, CLAUSE_BREAKS, FINITE_VERBS, LAUNCH_VEHICLE, POSSESSIVES, STATION, SUBORDINATORS,
                            VEHICLE_PREPOSITIONS, another_of_its_class, clause_subject, crew_titles, fronted_flight, main_clause_craft, opener,
                            apposed_event, apposed_participle, before_relative, destination_before_relative, participle_head,
                            payload_of, word_before)
from .craft_objects import clause_object, dated_noun_object, direct_object, noun_agent
from .craft_references import (bracketed_owner, compound_owner, copula_complement, coordinated_owner, described_owner,
                               followed_by_owner, it_after_its_craft, its_owner, landed_by_subjects, latest_told_of, named_again, seat_flight,
                               set_up_by_its_clause, stated_by_subjects, station_as_place, subjects_craft,
                               undocked_by_subjects, which_owner, whose_owner)
from ..crew.finder import CREWED
from ..crew.context import opens_on_a_new_crew
from ..spacecraft.families import CraftFamilies
from .craft_lists import CraftLists
from .craft_subjects import CraftSubjects
from .focus_cues import their_own
from .relay_flights import relay_flight
from .trigger_places import LEDE_CHARS
from .uncrewed import UNCREWED
from ..people.finder import SPAN_KEY as PEOPLE_KEY

if TYPE_CHECKING:
    from .finder import Statement
    from .triggers import Trigger

_RIDING_WORDS = VEHICLE_PREPOSITIONS | {"atop", "a", "an", "the"}
_LANDED_CLAUSES = {"after", "when", "once"}  # "helped out of the capsule after they landed"
_EXIT_REACH = 4  # words from "out of" to the craft: "out of a SpaceX Dragon spacecraft"


class CraftChooser(CraftSubjects, CraftLists):
    def __init__(self, words: dict, gazetteer: str = "spacecraft.jsonl", families: str = "spacecraft_families.jsonl"):
        super().__init__(words, gazetteer, families)
        self.aboard_words = set(words["aboard_words"])
        self.event_manner = set(words["event_manner_words"])  # "the Chandrayaan-2 crash landing"
        # a crew title's first word after its flight: "Soyuz MS-18/64S commander", "Apollo 8 astronauts"
        self.crew_titles = crew_titles(words)
        self.families = CraftFamilies(words["vehicle_classes"], families, gazetteer)  # "NS-41" is a flight's name
        # the nouns of "Salyut 1, a 25-ton orbiting laboratory launched on April 19"
        self.apposition_nouns = set(words["apposition_nouns"])
        # a class that names both a craft and its rocket: "The Soyuz rocket carrying X ... is to dock"
        self.craft_and_rocket = {normalize_name(e["name"]) for e in load_jsonl(gazetteer)
                                 if e["kind"] in CREWED and LAUNCH_VEHICLE in e.get("alt_kinds", ())}

    def new_crew_clause(self, doc: Doc, trigger: Trigger) -> bool:
        """"Discovery's landing came six hours after a new expedition crew ... docked at the station": a
        clause whose subject is a crew the text has not spoken of, in a craft of its own, not the one in focus."""
        sent = trigger.span.sent
        clause = next((t.i for t in reversed(doc[sent.start:trigger.span.start]) if t.lower_ in SUBORDINATORS), None)
        return clause is not None and opens_on_a_new_crew(doc[clause + 1:sent.end], self.crew_nouns,
                                                          end=trigger.span.start)

    def choose(self, doc: Doc, trigger: Trigger, crafts: list[Span], sentences, sentence_of,
               triggers: list[Trigger], statements: list[Statement]) -> Span | None:
        if self._stage_landed(doc, trigger) or self._earlier_crews(doc, trigger) or self.payload_subject(doc, trigger) \
                or self.since_others(doc, trigger):
            return None
        if self.indefinite_object(doc, trigger):  # (but a lede's "first soft landing of a lunar probe. The Chang'e-3 ...")
            lede = trigger.span.sent.start_char <= LEDE_CHARS
            return self.named_after_lede(doc, trigger, crafts, sentences, sentence_of, triggers) if lede else None
        sent = trigger.span.sent
        if self.new_crew_clause(doc, trigger):
            return None
        in_sentence = [c for c in crafts if sent.start <= c.start < sent.end and self.can_be(trigger.event, c, trigger=trigger.span)
                       and not self.since_a_first(doc, trigger, c) and not destination_before_relative(doc, c, trigger)]
        boundaries = {t.span.start for t in triggers if t is not trigger}
        carried = [c for c in in_sentence if c.label_ not in (LAUNCH_VEHICLE, STATION)]
        ridden = self._rode_a_rocket_named_for_its_craft(doc, trigger, crafts)
        if ridden is not None:
            return ridden
        if trigger.event == "launch":  # the craft carried rather than its rocket when both are named
            rocket = clause_subject(doc, trigger, in_sentence, boundaries, self.crew_nouns)
            # (not a craft another trigger's clause launches: "an Atlas-Agena took off from LC 14, the
            # complex he had launched from on Mercury-Atlas 6")
            carried = [c for c in carried if not any(min(c.start, trigger.span.start) < b < max(c.start, trigger.span.start)
                                                     for b in boundaries)]
            if rocket is not None and rocket.label_ == LAUNCH_VEHICLE and carried:
                # "The Falcon 9 rocket, topped with a Crew Dragon capsule, lifted off"; what it carries over
                # where it goes ("a rocket transporting Shenzhou-40 and bound for the module Tianhe blasted off")
                return self._most_specific(min(carried, key=lambda c: abs(c.start - trigger.span.start)), crafts)
            # "a Long March 2F transporting Shenzhou-40 and bound for the module Tianhe blasted off": what the
            # rocket before the trigger carries, not where it goes
            payload = next((p for r in in_sentence if r.label_ == LAUNCH_VEHICLE and r.end <= trigger.span.start
                            and not any(r.end <= b < trigger.span.start for b in boundaries)
                            for p in [payload_of(doc, r, carried)] if p is not None and p.end <= trigger.span.start), None)
            if payload is not None:
                return self._most_specific(payload, crafts)
            in_sentence = [c for c in in_sentence if c.label_ != LAUNCH_VEHICLE] or in_sentence
        # "he will return to Earth together with the crew of the Soyuz MS-12 spacecraft": the craft he rides home
        crew_ride = self._with_crew_of(doc, trigger, in_sentence)
        if crew_ride is not None:
            return self._most_specific(crew_ride, crafts)
        # (the flight a seat after the trigger names first: "flew Gemini 10 and landed on the moon as commander
        # of Apollo 16")
        chosen = seat_flight(doc, trigger, in_sentence, self.crew_titles) or \
            compound_owner(doc, trigger, in_sentence, self.event_manner) or \
            named_again(doc, trigger, statements, crafts) or bracketed_owner(doc, trigger, in_sentence) or \
            followed_by_owner(doc, trigger, in_sentence) or \
            dated_noun_object(doc, trigger, in_sentence) or noun_agent(doc, trigger, in_sentence) or \
            it_after_its_craft(doc, trigger, in_sentence) or \
            its_owner(doc, trigger, in_sentence) or coordinated_owner(doc, trigger, in_sentence) or \
            whose_owner(doc, trigger, in_sentence) or which_owner(doc, trigger, in_sentence) or \
            described_owner(doc, trigger, crafts) or \
            self._station_object(doc, trigger, crafts) or \
            self._persons_craft(doc, trigger, crafts, statements) or participle_head(doc, trigger, in_sentence) or \
            apposed_participle(doc, trigger, in_sentence, self.apposition_nouns) or apposed_event(doc, trigger, in_sentence) or \
            direct_object(doc, trigger, in_sentence) or clause_subject(doc, trigger, in_sentence, boundaries,
                                                                         self.crew_nouns)
        if chosen is not None and (opener(doc, chosen) in VEHICLE_PREPOSITIONS or
                                   (chosen.label_ == STATION and chosen.end <= trigger.span.start)):
            # "launching aboard Soyuz TMA-18M ... and landing aboard Soyuz TMA-16M": a craft flown in an
            # earlier phrase gives way to the one the trigger's own phrase names (as does a station before the
            # trigger: "entered the ISS ... following a historic launch from Florida on board Resilience")
            chosen = clause_object(doc, trigger, in_sentence, flown_only=True) or chosen
        if trigger.event in ("docking", "undocking"):
            chosen = self._visitor(doc, trigger, crafts, boundaries) or chosen or \
                self._module(doc, trigger, crafts, boundaries) or self._module_subject(doc, trigger, crafts, boundaries) or \
                self._module_owner(doc, trigger, crafts) or self._module_object(doc, trigger, crafts)
        if chosen is not None and trigger.event == "launch" and station_as_place(doc, trigger, chosen, crafts):
            chosen = None
        if chosen is not None and chosen.label_ != LAUNCH_VEHICLE and (
                (self._indefinite_class(doc, chosen) and word_before(doc, trigger.span, AUXILIARIES) == chosen.end - 1)
                or (self._indefinite_class(doc, chosen, modified=True) and _participle_between(doc, chosen, trigger))):
            return None  # "the first time a Shenzhou had docked at the port", "a refurbished Crew Dragon carrying
            # astronauts docked": no craft in particular
        if chosen is not None and self._crew_label(doc, chosen):
            chosen = self._flown_instead(doc, trigger, chosen, in_sentence) or chosen
        if chosen is None:
            chosen = self._crew_relative(doc, trigger, in_sentence) or self._subjects_title(doc, trigger, in_sentence)
        if chosen is None and not self._anaphoric_subject(doc, trigger):
            chosen = clause_object(doc, trigger, in_sentence) or main_clause_craft(doc, trigger, in_sentence)
        elif chosen is None:  # "they were launched on Soyuz 19": the craft flown, whoever "they" are
            chosen = clause_object(doc, trigger, in_sentence, flown_only=True)
        if chosen is not None and trigger.event == "launch" and station_as_place(doc, trigger, chosen, crafts) and \
                any(t.text == "," for t in doc[min(chosen.end, trigger.span.end):max(chosen.start, trigger.span.start)]):
            return None  # "Launched on April 8, they spent two weeks aboard the ISS": where another clause says
            # they went (not "A flew on Skylab")
        if chosen is None and trigger.event == "landing":
            chosen = _left_after_landing(doc, trigger, in_sentence)
        if chosen is None and (self.other_subject(doc, trigger) or self.indefinite_subject(doc, trigger)):
            return None  # "the film was launched", "the first time a spacecraft had been landed"
        if trigger.event == "launch" and (chosen is None or chosen.label_ == LAUNCH_VEHICLE):
            # "launched an H-IIB rocket carrying a Konotori cargo transporter": the craft it carries
            rockets = [c for c in crafts if c.label_ == LAUNCH_VEHICLE and trigger.span.end <= c.start < sent.end]
            chosen = next((p for p in (payload_of(doc, r, carried) for r in rockets) if p is not None), chosen)
        if chosen is None:
            chosen = self._coordinated(doc, trigger, crafts, statements)
        if chosen is None and opens_on_a_new_crew(sent, self.crew_nouns, end=trigger.span.start):
            return None  # "A new expedition crew, including A and B, docked ... after launching": its own craft
        if chosen is None and self._another_programs_crew(doc, trigger, crafts):
            return None  # "About 50 years after the last Apollo crew came home": not the craft in focus
        if chosen is None:
            chosen = copula_complement(doc, trigger, in_sentence) or \
                relay_flight(doc, trigger, crafts, self.families, self.crew_nouns) or \
                undocked_by_subjects(doc, trigger, statements) or landed_by_subjects(doc, trigger, statements) or \
                set_up_by_its_clause(doc, trigger, statements) or \
                stated_by_subjects(doc, trigger, statements) or \
                subjects_craft(doc, trigger, crafts) or fronted_flight(doc, trigger, in_sentence) or \
                _told_again_after(doc, trigger, triggers, in_sentence) or \
                (None if their_own(doc, trigger) else
                 self._in_focus(doc, trigger, crafts, sentences, sentence_of, statements)) or \
                self._flight_named_after(doc, trigger, in_sentence, boundaries) or \
                self.named_after_lede(doc, trigger, crafts, sentences, sentence_of, triggers)
        elif chosen.label_ == LAUNCH_VEHICLE:
            # "The Falcon 9 lifted off" after "Crew Dragon Grace ...": a launch is the craft carried,
            # where the article names it (SPEC §6); "the trio had launched aboard a Soyuz-2.1a rocket" (not
            # a programme's rockets: "India launched the ASLV rocket and the operational PSLV")
            rockets = {c.kb_id_ for c in crafts if c.label_ == LAUNCH_VEHICLE and sent.start <= c.start < sent.end}
            carried = None if len(rockets) > 1 else self._carried(doc, trigger, crafts, sentences, sentence_of, statements)
            chosen = carried or chosen
        if chosen is not None and trigger.event == "launch" and self._launches_itself(chosen) and \
                not (sent.start <= chosen.start < sent.end):
            # "Thagard ... blasted off atop a Soyuz rocket": no orbiter named elsewhere rides a rocket
            rocket = next((c for c in crafts if sent.start <= c.start < sent.end and c.label_ == LAUNCH_VEHICLE), None)
            chosen = rocket or chosen
        if chosen is not None and normalize_name(chosen.kb_id_) in self.classes and chosen.start > 0 and \
                doc[chosen.start - 1].lower_ in POSSESSIVES:
            # "Conrad, Weitz and Kerwin entered their Apollo command module and splashed down": their
            # own craft, which the merge folds into the flight of theirs the article states, not the
            # latest Apollo named ("the sequel to Apollo 13")
            return chosen
        if chosen is not None and another_of_its_class(chosen):
            return chosen  # "three others arrive aboard a Soyuz spacecraft": not the Soyuz flight named
        if chosen is not None and trigger.event == "landing" and chosen.label_ in UNCREWED and \
                not sent.start <= chosen.start < sent.end and \
                any(t.lower_ in self.crew_nouns for t in doc[sent.start:trigger.span.start]):
            return None  # "two cosmonauts who ... then returned to earth" after a cargo ship's launch: not its
        return None if chosen is None else self._most_specific(self.flight_of_orbiter(trigger, chosen, crafts), crafts)

    def _rode_a_rocket_named_for_its_craft(self, doc: Doc, trigger: Trigger, crafts: list[Span]) -> Span | None:
        """"who arrived on a Soyuz rocket in September": a docking or landing told by the rocket that
        shares its craft's name is that craft's (not the craft in focus)."""
        if trigger.event == "launch":
            return None
        return next((c for c in crafts if c.label_ == LAUNCH_VEHICLE and trigger.span.end < c.start <= trigger.span.end + 3
                     and normalize_name(c.kb_id_) in self.craft_and_rocket
                     and all(t.lower_ in _RIDING_WORDS for t in doc[trigger.span.end:c.start])), None)

    def _flight_named_after(self, doc: Doc, trigger: Trigger, in_sentence: list[Span], boundaries: set[int]) -> Span | None:
        """"The rocket lifted off at 9:06 a.m. on the flight Blue Origin designates NS-41": with no craft before,
        the one flight designation the rest of its sentence names, no other event between."""
        sent = trigger.span.sent
        if any(trigger.span.end <= b < sent.end for b in boundaries):
            return None  # "When A and B arrived at the station, Soyuz MS-40 had undocked": that craft's own event
        after = [c for c in in_sentence if c.start >= trigger.span.end and c.label_ in CREWED
                 and self.families.designation(c.kb_id_)]
        return after[0] if len(after) == 1 else None

    @staticmethod
    def on_another(doc: Doc, trigger: Trigger, crafts: list[Span]) -> bool:
        """"she will come home in another Soyuz": the trigger's craft is one the article
        does not name, no craft of its."""
        sent = trigger.span.sent
        return any(trigger.span.end <= c.start < sent.end and doc[c.start - 1].lower_ == "another" and
                   another_of_its_class(c) and not any(t.lower_ in CLAUSE_BREAKS for t in doc[trigger.span.end:c.start])
                   for c in crafts)

    def _crew_label(self, doc: Doc, craft: Span) -> bool:
        """"the Shenzhou-20 taikonauts", "the Crew-8 astronauts": a flight's name labelling a crew."""
        return craft.end < len(doc) and doc[craft.end].lower_ in self.crew_nouns

    def _subjects_title(self, doc: Doc, trigger: Trigger, in_sentence: list[Span]) -> Span | None:
        """"It began on April 9 when Soyuz MS-18/64S commander Oleg Novitskiy, A and B blasted off", "for
        Apollo 8 astronauts A, B and C after a planned Dec. 21 blastoff": the flight a crew title before
        the trigger names, with no verb between it and the trigger."""
        # (the title right before the trigger, or its people named right after it: "the Shenzhou-18 crew returns
        # home", not "They will rotate with the Shenzhou-15 crew in orbit, and return")
        named = {p.start for p in doc.spans.get(PEOPLE_KEY, [])}
        for craft in in_sentence:
            between = doc[craft.end:trigger.span.start]
            if craft.label_ in CREWED and craft.end < trigger.span.start and between and \
                    between[0].lower_ in self.crew_titles and not any(t.tag_ in FINITE_VERBS for t in before_relative(between)) and \
                    (len(between) == 1 or
                     any(i in named for i in range(between[0].i + 1, min(between.end, between[0].i + 3)))):
                return craft
        return None

    def _flown_instead(self, doc: Doc, trigger: Trigger, label: Span, in_sentence: list[Span]) -> Span | None:
        """A crew labelled by its own flight comes home in another craft the sentence names: "the
        Shenzhou-20 crew was scheduled to return aboard the Shenzhou-21 spacecraft", "The return capsule
        of the Shenzhou-21 spaceship, carrying the Shenzhou-20 taikonauts, touched down"."""
        for craft in in_sentence:
            if craft is label or craft.label_ not in CREWED or self._crew_label(doc, craft):
                continue
            aboard = craft.start > trigger.span.end and opener(doc, craft) in self.aboard_words
            # the crew in a participle aside after the craft: ", carrying the Shenzhou-20 taikonauts,"
            aside = craft.end <= label.start < trigger.span.start and \
                any(t.text == "," for t in doc[craft.end:label.start])
            if aboard or aside:
                return craft
        return None

    def _station_object(self, doc: Doc, trigger: Trigger, crafts: list[Span]) -> Span | None:
        """"A Proton rocket placed the station in orbit": a launch of "the station" is the station
        the text has named last."""
        end = trigger.span.end
        if trigger.event != "launch" or end + 1 >= len(doc) or doc[end].lower_ != "the" or \
                doc[end + 1].lower_ not in self.station_words or any(c.start <= end + 1 < c.end for c in crafts):
            return None
        named = [c for c in crafts if c.label_ == STATION and c.end <= trigger.span.start]
        return named[-1] if named else None

    def _carried(self, doc: Doc, trigger: Trigger, crafts: list[Span], sentences, sentence_of,
                 statements: list[Statement]) -> Span | None:
        """The craft in focus that a rocket carries: no rocket, no station."""
        focus = self._in_focus(doc, trigger, crafts, sentences, sentence_of, statements, carried=True)
        # "A Saturn V lifted off" with no craft in focus: the craft the article is about
        focus = focus or self.article_topic(doc, crafts, trigger)
        return focus if focus is not None and focus.label_ not in (LAUNCH_VEHICLE, STATION) and \
            not self._launches_itself(focus) else None

    def _coordinated(self, doc: Doc, trigger: Trigger, crafts: list[Span], statements: list[Statement]) -> Span | None:
        """"Wentian was launched on 24 July ... and docked with Tianhe": a verb joined by "and"
        to an earlier trigger of its sentence shares that trigger's craft."""
        i = word_before(doc, trigger.span, AUXILIARIES)
        # (or a participle after a comma: "Crew-3 left Florida on Nov. 10, docking the next day")
        participle = i is not None and doc[i].text == "," and trigger.span[0].tag_ == "VBG"
        if i is None or (doc[i].lower_ != "and" and not participle):
            return None
        earlier = [s for s in statements if trigger.span.sent.start <= s.trigger.span.start < trigger.span.start
                   and s.craft_span is not None]
        if not earlier:
            return None
        craft = earlier[-1].craft_span
        if self.can_be(trigger.event, craft, named=False) or normalize_name(craft.kb_id_) in self.craft_and_rocket:
            return craft  # (the Soyuz "rocket" that "roared off ... and is expected to dock" is the spacecraft)
        # a station's module docks with the station it joins, or after its own launch ("Mengtian
        # followed on 31 October and docked")
        joins = self._joins_a_station(doc, trigger, craft, crafts) or earlier[-1].trigger.event == "launch"
        return craft if craft.label_ == STATION and joins else None

    def _crew_relative(self, doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
        """"the four Crew-8 astronauts, A, B and C, who launched on 4 March": a relative "who" as
        the subject is the crew a craft named before it has."""
        i = word_before(doc, trigger.span, AUXILIARIES)
        if i is None or doc[i].lower_ != "who":
            return None
        # (or a title the craft gives the list the "who" follows: "replacing Soyuz MS-17 commander A, flight
        # engineer B and NASA's C, who were launched last October")
        named = {p.start for p in doc.spans.get(PEOPLE_KEY, [])}
        crews = [c for c in candidates if c.end < i and (self._crew_label(doc, c) or (
            doc[c.end].lower_ in self.crew_titles and c.label_ in CREWED and
            any(j in named for j in range(c.end + 1, c.end + 3)) and
            not any(t.tag_ in FINITE_VERBS for t in doc[c.end:i])))]
        if crews:
            return crews[-1]
        # "A, B and C, who arrived March 18, are due to undock in Soyuz MS-21": the craft the main
        # clause, past the aside's comma, puts them in
        comma = next((t.i for t in doc[trigger.span.end:trigger.span.sent.end] if t.text == ","), None)
        if comma is None:
            return None
        return next((c for c in candidates if c.start > comma and c.label_ in CREWED
                     and opener(doc, c) in VEHICLE_PREPOSITIONS), None)

    def _persons_craft(self, doc: Doc, trigger: Trigger, crafts: list[Span], statements: list[Statement]) -> Span | None:
        """"Zhai's ship landed": the craft of the latest event told of that person, else the crewed
        craft last named in a sentence that names them."""
        i = word_before(doc, trigger.span, AUXILIARIES)
        if i is None or i < trigger.span.sent.start + 2 or doc[i].lower_ not in self.anaphors or \
                doc[i - 1].text not in {"'s", "’s"}:
            return None
        owner = next((p for p in doc.spans.get(PEOPLE_KEY, []) if p.end == i - 1), None)
        if owner is None:
            return None
        # the flight of the latest event told of them: "A, now its commander, lifted off ... A's crew returned"
        told = latest_told_of(doc, statements, {owner.kb_id_}, crewed=True)
        named_with = {p.sent.start for p in doc.spans.get(PEOPLE_KEY, [])
                      if p.kb_id == owner.kb_id and p.start < owner.start}
        flown = [c for c in crafts if c.sent.start in named_with and c.start < owner.start and c.label_ in CREWED]
        # (whichever the text told last: "Zhai ... aboard Shenzhou 7 ... Zhai's ship landed")
        latest = [c for c in (told, flown[-1] if flown else None) if c is not None]
        return max(latest, key=lambda c: c.sent.start) if latest else None


def _left_after_landing(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"A is helped out of a SpaceX Dragon spacecraft ... after he and B landed": the crewed craft the
    people leave, in the clause the landing's "after" or "when" clause hangs on."""
    subordinator = next((t.i for t in reversed(doc[trigger.span.sent.start:trigger.span.start])
                         if t.lower_ in _LANDED_CLAUSES), None)
    if subordinator is None:
        return None
    left = [c for c in candidates if c.end <= subordinator and c.label_ in CREWED and
            doc[max(c.sent.start, c.start - _EXIT_REACH):c.start].text.lower().find("out of") >= 0]
    return left[-1] if len({c.kb_id for c in left}) == 1 else None


def _told_again_after(doc: Doc, trigger: Trigger, triggers: list[Trigger], candidates: list[Span]) -> Span | None:
    """"joined X for the return to Earth, and Soyuz 4 landed on 17 January": a trigger noun with no
    craft of its own takes the subject of the same event's verb joined to it by "and"."""
    if trigger.span[0].tag_ not in {"NN", "NNS"}:
        return None
    later = next((t for t in triggers if t.event == trigger.event and t.span.sent == trigger.span.sent
                  and t.span.start > trigger.span.end), None)
    if later is None or not any(t.lower_ == "and" for t in doc[trigger.span.end:later.span.start]):
        return None
    subject_ends = (later.span.start, later.span.start - 1)  # "Soyuz 4 landed", "Soyuz 4 then landed"
    return next((c for c in candidates if trigger.span.end < c.start and c.end in subject_ends), None)


def _participle_between(doc: Doc, craft: Span, trigger: Trigger) -> bool:
    """"a Crew Dragon carrying astronauts docked": only a participle phrase between the craft and its verb."""
    between = doc[craft.end:trigger.span.start]
    return len(between) > 0 and between[0].tag_ == "VBG" and \
        not any(t.tag_ in FINITE_VERBS or t.is_punct for t in between)
