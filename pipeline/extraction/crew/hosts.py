"""Whether a person is a host or an onlooker rather than a flyer: the words before them that make
them one ("will join", "greeted by", "the current crew"), the companion a "joined by" names, and
people who look on at an event ("X, who watched the landing"). `people.CrewPeople` holds the
word lists these read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from .subjects import listed_after_aside

if TYPE_CHECKING:
    from ..events.finder import Statement

_LOOKED_AT_REACH = 5  # tokens from "attending" to the event it names: "attending his first shuttle launching"
_EVENT_AFTER_FOR = 4  # tokens from "for" to the event a person was there for: "for Endeavour's liftoff"
_ONLOOKERS_REACH = 10  # words from a name to "among the spectators": "X and her two small children were among the"
_COMPANIONS_REACH = 7  # tokens of "and his two Russian crew mates" before their verb
_JOINED_BY_REACH = 8
_NEWCOMER_MODIFIERS = {"first", "new", "next"}
_JOIN_WORDS = {"join", "joins", "joining", "joined"}
_TRIP_NOUNS = {"trip", "flight", "journey", "ride", "voyage"}  # companions join a trip; hosts join a crew
TRIP_AFTER_REACH = 10  # words after a name that may hold the trip joined: "and Russian cosmonaut X aboard a Soyuz"
_LEADER_TITLE_REACH = 4  # words from "by" to the leader: "by NASA astronaut X"
SPEECH_REACH = 4  # words from a name to the verb that makes it a speaker
_GROUND_REACH = 4  # words of "in the launch control center" after a name
_TITLE_WORDS = 3  # words of a title before the place it holds: ", chief commander at the launch site"


class HostWords:
    def _hosts_after(self, doc: Doc, person: Span, trigger: Span) -> bool:
        """"After the docking, the trio will join the current crew, including X": a host word
        between the event and the person."""
        if person.start < trigger.end:
            return False
        between = [t.lower_ for t in doc[trigger.end:person.start]]
        if any(w in self.other_trips and nxt == "of" for w, nxt in zip(between, between[1:])):
            return True  # "docked ..., paving the way for the return of A and B": another trip's people
        return self._has_host_word(between)

    def _companion(self, doc: Doc, person: Span) -> bool:
        """Not hosted, not speaking: "joined by" is the one host word a companion may follow."""
        after = [t.lower_ for t in doc[person.end:min(person.sent.end, person.end + SPEECH_REACH)]]
        return not self._has_host_word([t.lower_ for t in doc[person.sent.start:person.start]]) and \
            not any(w in self.speech for w in after)

    def _hosted(self, doc: Doc, person: Span, residents: bool = True) -> bool:
        """Anywhere before the person in the sentence, "will join", "greeted by", "Waiting to greet
        the newcomers were", and with `residents` "already aboard" (without them, "accompanied by
        two members of the Expedition 8 crew: X" flies)."""
        first = listed_after_aside(doc, person)  # (not the aside's words: "A, who lived aboard the ISS, and B")
        after = [t.lower_ for t in doc[person.end:min(person.sent.end, person.end + TRIP_AFTER_REACH)]]
        return self._has_host_word([t.lower_ for t in doc[person.sent.start:(first or person).start]],
                                   residents=residents, joined_by_hosts=True, after=after)

    def _looks_on(self, doc: Doc, person: Span, statements: list["Statement"]) -> bool:
        """"Vice President X, attending his first shuttle launching, ...", "X, who watched the
        landing", "X in mission control": the person looks on at an event (not "Sharma photographed
        India from orbit")."""
        wider = [t.lower_ for t in doc[person.end:min(person.sent.end, person.end + _ONLOOKERS_REACH)]]
        placed = " ".join(wider[:_GROUND_REACH])
        if any(placed.startswith(f"{at} {place}") or placed.startswith(f"{at} the {place}")
               for at in ("in", "at", "from") for place in self.ground_places):
            return True  # "said Fred Gregory in mission control": on the ground
        # (or a title set off after the name holds the place: "X, commander at the launch site, said")
        titled = " " + " ".join(wider[1:_GROUND_REACH + _TITLE_WORDS]) if wider[:1] == [","] else ""
        if any(f" {at} the {place}" in titled.split(",")[0] for at in ("in", "at") for place in self.ground_places):
            return True
        if any(w in self.onlooker_nouns and "among" in wider[max(0, i - 3):i] for i, w in enumerate(wider)):
            return True  # "X and her two children were among the spectators on hand to view the launch"
        after = [t for t in doc[person.end:min(person.sent.end, person.end + 4)] if t.lower_ not in {",", "who", "had"}]
        if after and after[0].lower_ == "and":
            # the verb of the subject the person opens: "X and his two Russian crew mates watched"
            after = [t for t in doc[after[0].i + 1:min(person.sent.end, after[0].i + _COMPANIONS_REACH)]
                     if t.tag_.startswith("VB") or t.text == ","][:1]
        if len(after) > 1 and after[0].lower_ in {"was", "were"} and after[1].lower_ == "at":
            # "X, who was at Cape Canaveral for Endeavour's liftoff": there for the event, looking on
            there = after[1].i
            return any(t.lower_ == "for" and
                       any(t.i < s.trigger.span.start <= t.i + _EVENT_AFTER_FOR for s in statements)
                       for t in doc[there:min(person.sent.end, there + _LOOKED_AT_REACH)])
        if len(after) > 2 and after[0].lower_ in {"on", "in"} and after[2].tag_.startswith("VB") and \
                (after[1].is_title or after[1].like_num):
            after = after[2:]  # past its time: "X on Wednesday extended congratulations to the launch"
        praises = bool(after) and after[0].tag_.startswith("VB") and \
            any(t.lower_ in self.praise_nouns for t in doc[after[0].i + 1:min(person.sent.end, after[0].i + 3)])
        if not after or not (after[0].lower_ in self.onlooker_verbs or praises):
            return False
        verb = after[0].i
        return any(verb < s.trigger.span.start <= verb + _LOOKED_AT_REACH for s in statements) or \
            any(t.lower_ in self.looked_at_events for t in doc[verb + 1:min(person.sent.end, verb + 1 + _LOOKED_AT_REACH)])

    def _has_host_word(self, words: list[str], residents: bool = True, joined_by_hosts: bool = False,
                       after: list[str] = ()) -> bool:
        """A word that makes the person after it a host, not a flyer ("will join", "greeted by",
        with `residents` "the current crew"); "X was joined by Y" makes Y a companion unless
        `joined_by_hosts` ("will be joined later by Y" too). `after`: the words after the person, where a
        trip joined may stand ("will join A and B aboard a Soyuz capsule")."""
        hosts = self.not_aboard | self.residents if residents else self.not_aboard
        # ("was joined on the Atlantis flight by pilot Y": "by" a few words on)
        # (not the newcomers: "The first residents, A and B, arrived")
        # (nor the flight's leaders: "X joined the crew headed by commander Y")
        # ("was joined on the descent by Y", "was joined by three crewmates: Y": a trip's companion, whatever
        # `joined_by_hosts` says)
        return any(w in hosts and (joined_by_hosts or not (w == "joined" and "by" in words[i + 1:i + _JOINED_BY_REACH]))
                   and not (w == "joined" and "by" in words[i + 1:i + _JOINED_BY_REACH] and
                            (self.trip_nouns & set(words[i + 1:words.index("by", i + 1)]) or
                             self.crewmate_nouns & set(words[words.index("by", i + 1) + 1:])))
                   and not (i > 0 and words[i - 1] in _NEWCOMER_MODIFIERS) and not self._says_led_by(words[i + 1:])
                   and not (w in _JOIN_WORDS and self._joins_a_trip([*words[i + 1:i + _JOINED_BY_REACH + 3], *after]))
                   for i, w in enumerate(words))  # (but "Joining A and B on this return trip are C and D")

    def _joins_a_trip(self, words: list[str]) -> bool:
        """Companions join a trip, hosts a crew: "Joining A and B on this return trip", not "will join the
        Expedition 64 crew of A and Flight Engineer B" (whose title's "flight" is no trip)."""
        trip = next((k for k, w in enumerate(words) if w in _TRIP_NOUNS or w in {"aboard", "onboard"}), None)
        crew = next((k for k, w in enumerate(words) if w in self.crew_nouns), None)
        return trip is not None and (crew is None or trip < crew)

    def _says_led_by(self, words: list[str]) -> bool:
        """"led by", "commanded by" among the words."""
        return any(w in self.leading_verbs and nxt == "by" for w, nxt in zip(words, words[1:]))

    def leads_residents(self, doc: Doc, person: Span) -> bool:
        """"They are the second half of the Expedition 33 crew, which is commanded by NASA astronaut X":
        the station crew's leader, named after "commanded by" past a resident word."""
        words = [t.lower_ for t in doc[person.sent.start:person.start]]
        by = max((i for i, w in enumerate(words) if w == "by"), default=None)
        return by is not None and len(words) - by <= _LEADER_TITLE_REACH and by > 0 and \
            words[by - 1] in self.leading_verbs and any(w in self.residents for w in words[:by - 1])

