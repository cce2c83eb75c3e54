"""The craft in focus: the one a statement that names no craft of its own is
about ("the capsule landed", "it docked", "they were launched"): the latest
event's craft of the last few sentences, else the latest craft named of a kind
the event can have, else the craft the article is about; a class named bare
("the Soyuz") as the most specific craft of that class the article named
(`events/class_members.py`).
`event_crafts.CraftChooser` asks these after the trigger's own clause.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name
from .class_members import ClassMembers
from .craft_clauses import (AUXILIARIES, FINITE_VERBS, LAUNCH_VEHICLE, POSSESSIVES, STATION, in_own_phrase,
                            in_relative_aside, word_before)
from ..people.finder import SPAN_KEY as PEOPLE_KEY
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY
from .focus_cues import (STATION_NOUNS, bracketed, dated_aside, section_start, station_noun_subject, told_again,
                         told_as_history)
from .uncrewed import UNCREWED
from ..crew.companions import OUTWARD

if TYPE_CHECKING:
    from .finder import Statement
    from .triggers import Trigger

FOCUS_SENTENCES = 3  # how far back "the spacecraft" or "they" may point
_PARAGRAPH_FOCUS_SENTENCES = 2  # without such a word: earlier sentences of the paragraph
MODIFIERS = 3  # words between an article and its craft noun: "a Soviet cargo ship"
_LEDE_AHEAD = 2  # sentences after a lede that names no craft before its event, to the craft it goes on to name
_USE_WORDS = {"use", "uses", "used", "using", "aboard", "board", "in", "inside", "on", "ride", "rode", "fly", "flew"}
_SURFACE_KINDS = {"lander", "rover"}
_CREW_OF_SEVERAL = 2  # people named in a sentence that brings a crew in
_CREWED_KINDS = {"crew vehicle", "spaceplane"}
_EMPTY_KINDS = {"cargo vehicle", "space probe", "satellite", "rover"}  # they bring no one home
_EARTH_LANDING_WORDS = {"floating", "ocean", "sea", "water", "waters", "parachute", "parachutes", "recovery",
                        "helicopter", "helicopters", "swimmers", "bobbing", "steppe", "kazakhstan", "atlantic", "pacific"}
_FINITE_TAGS = FINITE_VERBS | {"MD"}


class CraftFocus(ClassMembers):
    def __init__(self, words: dict):
        self.anaphors = set(words["anaphors"])
        self.classes = {normalize_name(c) for c in words["vehicle_classes"]}
        self.continuing = set(words["continuing_subjects"])
        self.anaphor_kinds = {noun: set(kinds) for noun, kinds in words["anaphor_kinds"].items()}
        self.own_launchers = [normalize_name(c) for c in words["own_launchers"]]  # no rocket carries an orbiter
        self.orbiter_flights = [normalize_name(c) for c in words["orbiter_flights"]]  # "STS-1": one orbiter's flight
        self.crew_nouns = set(words["crew_nouns"])
        self.crew_counts = set(words["crew_counts"])
        self.leaving = set(words["leaving_crew_words"])  # "the outgoing Shenzhou XIX astronauts"

    def kinds_named(self, doc: Doc, trigger: Trigger, first: bool = False) -> set[str]:
        """The kinds of craft the nearest craft noun before the trigger can name ("the shuttle"),
        or with `first` the sentence's first one, its subject's ("An unmanned cargo ship that
        blasted off aboard a rocket ... arrived")."""
        before = doc[trigger.span.sent.start:trigger.span.start]
        for token in (before if first else reversed(before)):
            if token.lower_ in self.anaphor_kinds:
                return self.anaphor_kinds[token.lower_]
        return set()


    @staticmethod
    def _paragraph_start(doc: Doc, sentences, index: int, paragraphs: int = 1) -> int:
        """The token where the paragraph of sentence `index` opens, or with `paragraphs` = 2
        the paragraph before it."""
        for i in range(index - 1, -1, -1):
            if "\n\n" in doc_text(doc)[sentences[i].start_char:sentences[i + 1].start_char + 1] or \
                    sentences[i + 1].text_with_ws.startswith("\n"):
                paragraphs -= 1
                if not paragraphs:
                    return sentences[i + 1].start
        return sentences[0].start

    def _unnamed_since(self, doc: Doc, start: int, end: int, kinds: set[str]) -> bool:
        """A craft of `kinds` brought in without a name between `start` and `end`: "a Russian
        freighter", "another supply capsule"."""
        named = {i for c in doc.spans.get(SPACECRAFT_KEY, []) for i in range(c.start - 1, c.end + 1)}
        for token in doc[start:end]:
            if token.i in named or not self.anaphor_kinds.get(token.lower_, set()) & kinds:
                continue
            words = doc[max(start, token.i - MODIFIERS - 1):token.i]
            if any(t.lower_ in {"a", "an", "another"} for t in words) and not any(t.i in named for t in words):
                return True
        return False

    def _pointed(self, sent: Span) -> bool:
        """The sentence speaks of a craft or crew named before ("the capsule", "they"); not a title
        before the names it gives ("Russian cosmonauts A and B and Frenchman C had lifted off")."""
        named = {p.start for p in sent.doc.spans.get(PEOPLE_KEY, []) if sent.start <= p.start < sent.end}
        return any(t.lower_ in self.anaphors and t.i + 1 not in named for t in sent)


    @staticmethod
    def can_be(event: str, craft: Span, named: bool = True, trigger: Span | None = None) -> bool:
        """A station is launched, never docked, undocked or landed (it is docked at);
        and only launched where the statement names it. A rocket is only launched
        (a stage's recovery is no landing, SPEC §6). A lander or rover never splashes down
        ("Eagle touched down ... The crew splashed down" is the command module's)."""
        if craft.label_ == LAUNCH_VEHICLE:
            return event == "launch"
        doc, after = craft.doc, craft.end
        if after + 2 < len(doc) and doc[after].lower_ in {"and", "or"} and doc[after + 1].is_lower:
            after += 2  # "a former Skylab and shuttle astronaut"
        # (not a possessive the tagger took for a noun: "Salyut 7’s launch")
        if craft.label_ == STATION and after < len(doc) and doc[after].tag_ in {"NN", "NNS"} and doc[after].is_lower and \
                doc[after].text not in {"'s", "’s"} and \
                not any(t.lower_ in STATION_NOUNS for t in doc[after:after + 2]):  # "Mir research station"
            return False  # "Endeavour's Friday ISS arrival came after a Wednesday launch": a station naming a noun
        if trigger is not None and craft.label_ in _SURFACE_KINDS and trigger[0].lower_.startswith("splash"):
            return False
        return (event == "launch" and named) or craft.label_ != STATION


    def _demonstrative(self, doc: Doc, trigger: Trigger) -> bool:
        """"That flight lifted off", "this mission will land": the subject points with "that" or "this"."""
        i = word_before(doc, trigger.span, AUXILIARIES)
        return i is not None and i > trigger.span.sent.start and doc[i].lower_ in self.anaphors and \
            doc[i - 1].lower_ in {"that", "this"}


    @staticmethod
    def _it_subject(doc: Doc, trigger: Trigger) -> bool:
        """"The best-known flight was STS-95. It lifted off ...": "it" opens the sentence right before
        the trigger, or before a verb the trigger is joined to ("It was commanded by X, and was launched")."""
        i = word_before(doc, trigger.span, AUXILIARIES)
        start = trigger.span.sent.start
        if i is None or doc[start].lower_ != "it":
            return False
        return i == start or (doc[i].lower_ == "and" and start + 1 < i and doc[start + 1].tag_ in _FINITE_TAGS)

    def _people_come_home(self, doc: Doc, trigger: Trigger) -> bool:
        """"Three of them will return to Earth", "The crew lands": people come home, in no cargo ship (nor
        go up in one: "The astronauts - A, B and C - were launched into space in October")."""
        before = doc[trigger.span.sent.start:trigger.span.start]
        if trigger.event not in {"landing", "undocking"}:
            return trigger.event == "launch" and any(t.lower_ in self.crew_nouns for t in before)
        named = any(before.start <= p.start < before.end for p in doc.spans.get(PEOPLE_KEY, []))
        # ("A and B drove the Lunar Rover ... They returned to Earth": "they", a crew the sentence before names)
        previous = doc[trigger.span.sent.start - 1].sent if trigger.span.sent.start > 0 else None
        return named or any(t.lower_ in self.crew_nouns or (t.lower_ == "them" and t.i > 0 and
                                                             doc[t.i - 1].lower_ == "of") for t in before) or \
            (previous is not None and self._crew_brought_in(doc, trigger, previous))

    @staticmethod
    def _crew_brought_in(doc: Doc, trigger: Trigger, previous: Span) -> bool:
        """The trigger's subject is "they" and the sentence before names a crew of several."""
        i = word_before(doc, trigger.span, AUXILIARIES)
        crew = {p.kb_id for p in doc.spans.get(PEOPLE_KEY, []) if previous.start <= p.start < previous.end}
        return i is not None and doc[i].lower_ == "they" and len(crew) >= _CREW_OF_SEVERAL

    def _same_craft(self, sent: Span) -> bool:
        """"in the same spacecraft", "aboard the same capsule": a craft the text has named before."""
        return any(t.lower_ == "same" and t.i + 1 < sent.end and t.nbor().lower_ in self.anaphors for t in sent)

    def _in_focus(self, doc: Doc, trigger: Trigger, crafts: list[Span], sentences, sentence_of,
                  statements: list[Statement], carried: bool = False) -> Span | None:
        """The craft the text is about: the latest event's craft of the last few
        sentences, else the latest craft named (of a kind the event can have);
        `carried`: only a craft a rocket carries."""
        index = sentence_of[trigger.span.start]
        sent = sentences[index]
        # "The launch, on November 14, 1969, was watched by ...": an event told again points like "it"
        pointed = self._pointed(sent) or told_again(doc, trigger)
        reach = FOCUS_SENTENCES if pointed else _PARAGRAPH_FOCUS_SENTENCES
        first = sentences[max(0, index - reach)].start
        if not pointed:  # stay inside the paragraph
            first = max(first, self._paragraph_start(doc, sentences, index))
        people_go = self._people_come_home(doc, trigger)
        # "The spacecraft landed upright, floating on its broad, flat bottom": back on Earth, where no
        # lander (a lunar module) comes down
        on_earth = trigger.event == "landing" and any(t.lower_ in _EARTH_LANDING_WORDS for t in trigger.span.sent)
        # "The module was launched aboard a Long March 5B": a station's own noun as the launch's subject
        station_subject = trigger.event == "launch" and station_noun_subject(doc, trigger)

        # (nor a craft of an earlier section: "## ISRO's calendar" after an obituary's Apollo 16)
        section = section_start(doc, trigger.span.start_char)

        def fits(craft: Span) -> bool:
            return craft.start_char >= section and \
                self.can_be(trigger.event, craft, named=station_subject, trigger=trigger.span) and \
                not (station_subject and craft.label_ != STATION) and \
                not (carried and (craft.label_ == LAUNCH_VEHICLE or self._launches_itself(craft))) and \
                not (people_go and craft.label_ in _EMPTY_KINDS) and not (on_earth and craft.label_ in _SURFACE_KINDS)

        # "It was commanded by X, the former Apollo 16 pilot, and was launched": a sentence that opens
        # with "it" or "they" points before itself
        opens_pointing = any(t.lower_ in self.anaphors for t in doc[sent.start:min(sent.end, sent.start + 2)])
        # not a craft in a phrase of its own in the trigger's sentence: "took over from the Shenzhou-15 crew"
        # "The spaceship blasted off" after "the Shenzhou-29 crew members stand by": a craft noun points
        # to a craft the text spoke of, not to one that only named a crew
        craft_noun = bool(self.kinds_named(doc, trigger))
        earlier = [c for c in crafts if first <= c.start < trigger.span.start and fits(c)
                   and not (c.start >= sent.start and (in_own_phrase(doc, c) or opens_pointing
                                                       or in_relative_aside(doc, c, trigger)))
                   and not (c.start < sent.start and (dated_aside(doc, c) or bracketed(doc, c) or
                                                      told_as_history(doc, c.sent, sent)))
                   and not (craft_noun and c.end < len(doc) and doc[c.end].lower_ in self.crew_nouns)
                   # "take over from the outgoing Shenzhou XIX astronauts. The new arrivals were launched":
                   # the craft going home is not the one that comes
                   and not (trigger.event in OUTWARD and c.start > 0 and doc[c.start - 1].lower_ in self.leaving)
                   and not _counted_crew_of(doc, c, self.crew_nouns, self.crew_counts)]

        def current(statement: Statement) -> bool:
            # (not a statement of history: "The last soft landing was in 1976 by Luna-24. ... putting the
            # probe into space" in a 2013 story)
            return statement.craft_span is not None and fits(statement.craft_span) and \
                not told_as_history(doc, statement.trigger.span.sent, sent)

        told = self._event_told_again(doc, trigger, statements, crafts, current)
        if told is not None:
            return told
        recent = [s.craft_span for s in statements
                  if current(s) and sentence_of[s.trigger.span.start] >= index - FOCUS_SENTENCES]
        if pointed and not recent:
            # "Shenzhou-16 launched on May 30 ... he had been up on A, B and C. ... They ... landing on
            # October 31": "they" are the flight of the paragraph, or of the one before where the
            # sentence opens with them, not the last craft named in a record
            opening = self._paragraph_start(doc, sentences, index, paragraphs=2 if opens_pointing else 1)
            recent = [s.craft_span for s in statements
                      if current(s) and opening <= s.trigger.span.start < trigger.span.start]
        if self._same_craft(sent):
            # "before returning to Earth in the same spacecraft": the craft flown before, however far back
            flown = [s for s in statements if s.craft_span is not None and fits(s.craft_span)
                     and s.craft_span.label_ != LAUNCH_VEHICLE]
            # "A, B and C ... return to Earth in the same capsule": the one their names flew before
            # (the most of them: not the earlier flight of one, "Prokopyev ... after launching on MS-09")
            people = doc.spans.get(PEOPLE_KEY, [])
            named = {p.kb_id for p in people if sent.start <= p.start < sent.end}

            def shared(statement: Statement) -> int:
                return len(named & {p.kb_id for p in people if p.sent == statement.trigger.span.sent})

            most = max(map(shared, flown), default=0)
            flown = [s for s in flown if shared(s) == most]
            return flown[-1].craft_span if flown else self._topic(crafts, trigger)
        if carried and recent:
            return recent[-1]
        # "The shuttle was launched" after an aside on Vostok 1: a craft of the kind the noun names
        kinds = self.kinds_named(doc, trigger)
        # "The Russian cargo ship docked" after a Soyuz crew's landing: a noun that only names
        # uncrewed kinds never points to a crewed craft, where "the capsule" may
        strict = bool(kinds) and kinds <= UNCREWED
        if kinds:
            kind_earlier = [c for c in earlier if c.label_ in kinds]
            kind_recent = [c for c in recent if c.label_ in kinds]
            # "It docked within hours of the departure of the shuttle Endeavour ... The US shuttle is to touch
            # down": a craft of the noun's kind named, not the other kind of the statements before (but "the
            # rocket blasted off" is the launch of the craft it carries, SPEC §6)
            displaced = bool(kind_earlier) and LAUNCH_VEHICLE not in kinds
            earlier = kind_earlier or ([] if strict else earlier)
            recent = kind_recent or ([] if strict or displaced else recent)
            # "... and the arrival of a Russian freighter. The cargo ship docked", "a rocket carrying another
            # supply capsule exploded after liftoff": that one, of no name
            last = (earlier or recent)[-1].end if earlier or recent else sent.start
            if self._unnamed_since(doc, last if strict else max(last, sent.start), trigger.span.start, kinds):
                return None
        if pointed and recent:
            # "The mission follows Artemis I, the uncrewed test. That flight lifted off ...": "that"
            # points to the craft the sentence before names, with no event of its own there
            # and "The last crew, Skylab 4, was led by A, with B and C. They launched ...": "they" are
            # the crew the sentence before brings in with its craft
            previous = sentences[index - 1] if index > 0 and (
                self._demonstrative(doc, trigger) or self._it_subject(doc, trigger)
                or self._crew_brought_in(doc, trigger, sentences[index - 1])) else None
            named = [] if previous is None or any(previous.start <= s.trigger.span.start < previous.end
                                                  for s in statements) else \
                [c for c in crafts if previous.start <= c.start < previous.end and fits(c)
                 and c.label_ != LAUNCH_VEHICLE and not in_own_phrase(doc, c)]
            if named and kinds:
                named = [c for c in named if c.label_ in kinds]
            if named and normalize_name(named[0].kb_id_) != normalize_name(recent[-1].kb_id_):
                return named[0]
            return recent[-1]
        if earlier and carried:
            return earlier[-1]
        flown = self._crew_past_an_aside(doc, trigger, earlier[-1], sentences, sentence_of, statements) \
            if earlier else None
        if flown is not None:
            return flown
        if earlier:
            rockets = {"rocket", "booster"} & {t.lower_ for t in sent}
            preferred = [c for c in earlier if (c.label_ == LAUNCH_VEHICLE) == bool(rockets)]
            return (preferred or earlier)[-1]
        if station_subject:
            # "The space station was launched" paragraphs after "the U.S. space station Skylab": the one
            # station the article has named
            stations = {normalize_name(c.kb_id_): c for c in crafts if c.start < trigger.span.start and fits(c)}
            if len(stations) == 1:
                return next(iter(stations.values()))
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if following is not None:  # "They will use Soyuz MS-18."
            for craft in crafts:
                if following.start < craft.start < following.end and self.can_be(trigger.event, craft, named=False) and \
                        self.used_next(doc, craft):
                    return craft
        topic = self.article_topic(doc, crafts, trigger) if pointed else None
        return None if topic is not None and (not fits(topic) or (strict and topic.label_ not in kinds)) else topic

    @staticmethod
    def _event_told_again(doc: Doc, trigger: Trigger, statements: list[Statement], crafts: list[Span],
                          current) -> Span | None:
        """"The launch also marks the 475th flight of the Long March series": the event the article stated
        before, where the crafts named since have events of their own ("... relieve colleagues from the
        Shenzhou-15 flight, who will return to Earth")."""
        start = trigger.span.start
        if start == 0 or doc[start - 1].lower_ != "the" or trigger.span[0].tag_ != "NN" or \
                start - 1 != trigger.span.sent.start:
            return None  # (the sentence's subject: not "Modi, who followed the landing from Johannesburg")
        same = [s for s in statements if s.trigger.event == trigger.event and s.trigger.span.start < start and current(s)]
        if not same:
            return None
        key = normalize_name(same[-1].craft)
        since = {normalize_name(c.kb_id_) for c in crafts if same[-1].trigger.span.end <= c.start < start} - {key}
        busy = {normalize_name(s.craft) for s in statements if s.trigger.event != trigger.event}
        return same[-1].craft_span if since <= busy else None

    def article_topic(self, doc: Doc, crafts: list[Span], trigger: Trigger) -> Span | None:
        """The craft the article is about, of those that do more than name a counted crew ("empty seats
        for two Starliner astronauts")."""
        return self._topic([c for c in crafts if not _counted_crew_of(doc, c, self.crew_nouns, self.crew_counts)],
                           trigger)

    def named_after_lede(self, doc: Doc, trigger: Trigger, crafts: list[Span], sentences, sentence_of,
                         triggers: list[Trigger]) -> Span | None:
        """A lede that names its craft only after the event: "SpaceX delivered four astronauts to the
        station on Monday ... the trip, known as the Ax-2 mission" (not a craft a later event of its
        own sentence flies: "a new crew flew up aboard Shenzhou-16")."""
        if any(c.start < trigger.span.start for c in crafts):
            return None
        index = sentence_of[trigger.span.start]
        ahead = sentences[index:index + 1 + _LEDE_AHEAD]
        for craft in crafts:
            if not ahead[0].start <= craft.start < ahead[-1].end or craft.start <= trigger.span.start or \
                    craft.label_ in (LAUNCH_VEHICLE, STATION) or \
                    not self.can_be(trigger.event, craft, named=False, trigger=trigger.span):
                continue
            if _counted_crew_of(doc, craft, self.crew_nouns, self.crew_counts):
                continue
            if len(ahead) > 2 and craft.start >= ahead[2].start and doc[craft.start - 1].lower_ in POSSESSIVES:
                continue  # (further on, a craft others own: "Next month two Russians ... their Soyuz capsule")
            sent = craft.sent
            return None if any(t is not trigger and sent.start <= t.span.start < sent.end for t in triggers) else craft
        return None


    def used_next(self, doc: Doc, craft: Span) -> bool:
        """"They will use Soyuz MS-18 for the trip": a sentence going on with the crew names the craft
        they use, a few words after a word of using or riding."""
        sent = craft.sent
        # (not a craft another person's relative clause rides: "They join X, who arrived on the shuttle Endeavour")
        return sent[0].lower_ in self.continuing and \
            any(t.lower_ in _USE_WORDS for t in doc[max(sent.start, craft.start - 3):craft.start]) and \
            not any(t.tag_ in {"WP", "WDT"} for t in doc[sent.start:craft.start])

    def _crew_past_an_aside(self, doc: Doc, trigger: Trigger, latest: Span, sentences, sentence_of,
                            statements: list[Statement]) -> Span | None:
        """"Two cosmonauts returned to Earth ... [a paragraph on the shuttle Challenger's loss] ...
        The Soviet cosmonauts, who were launched March 13, docked": a crew that opens its sentence
        flew the craft of the last crewed event before, not a craft an earlier paragraph named
        in passing with no event of its own."""
        sent = sentences[sentence_of[trigger.span.start]]
        subject = next((t for t in sent if t.pos_ in {"NOUN", "PROPN", "PRON"}), None)
        if subject is None or subject.lower_ not in self.crew_nouns | {"they"}:
            return None
        if latest.start >= self._paragraph_start(doc, sentences, sentence_of[trigger.span.start]) or \
                any(s.trigger.span.sent == latest.sent for s in statements):
            return None
        people = doc.spans.get(PEOPLE_KEY, [])
        crewed = [s.craft_span for s in statements if s.craft_span is not None and s.trigger.span.start < trigger.span.start
                  and s.craft_span.label_ in _CREWED_KINDS and self.can_be(trigger.event, s.craft_span, named=False)
                  and (any(t.lower_ in self.crew_nouns for t in s.trigger.span.sent)
                       or any(p.sent == s.trigger.span.sent for p in people))]
        return crewed[-1] if crewed else None


def _counted_crew_of(doc: Doc, craft: Span, crew_nouns: set[str], counts: set[str]) -> bool:
    """The craft names a counted crew: "empty seats for two Starliner astronauts", people of that craft,
    not the craft the text goes on about."""
    return craft.start > 0 and craft.end < len(doc) and doc[craft.end].lower_ in crew_nouns and \
        doc[craft.start - 1].lower_ in counts
