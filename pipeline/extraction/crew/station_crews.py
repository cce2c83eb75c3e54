"""Who is the station's crew rather than a visiting craft's: people a sentence places on the
station ("X, Y and Z remain aboard the ISS", "The station has two cosmonauts on board: A and B",
"Up on the ISS, ..."), a crew an arrival relieves ("the outgoing crew, A and B"), and people a
station title names ("station flight engineers A and B", "Expedition 70 commander A and flight
engineers B and C"), and one said to stay behind when a craft leaves. `crew.CrewFinder` keeps them
off arriving and departing craft.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import normalize_name
from ..events.craft_clauses import VEHICLE_DETERMINERS
from .context import CREWED, opens_on_a_new_crew
from .people import CrewPeople
from .subjects import listed_after_aside
from ..people.finder import SPAN_KEY as PEOPLE_KEY
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

if TYPE_CHECKING:
    from ..events.finder import Statement

_ON_BOARD = {"aboard", "onboard", "board", "on", "at", "in"}
_OPENING_ADVERBS = {"up", "back", "meanwhile", "there", "the", "orbiting", "space"}  # "Meanwhile, up on the ISS,"
# "stay on the ISS for six months with X": the newcomers' whole stay (not "remain aboard for another month")
_EXPEDITION_STAY = re.compile(r"(?:\S+ ){1,14}?for (?:about |some |nearly |almost )?(?:a|one|two|three|four|five|six|"
                              r"seven|eight|nine|ten|eleven|twelve|\d+|a full) (?:months?|year)\b")
# "will stay for just 10 days", "are staying just ten days": a visit's whole length
_VISIT_LENGTH = re.compile(r"(?:\S+ ){0,6}?(?:for )?(?:just |only |about |some |nearly |almost )?(?:a|one|two|three|four|five|"
                           r"six|seven|eight|nine|ten|eleven|twelve|\d+|a full) (?:days?|weeks?|months?|years?)\b")
# "X of NASA, who launched with them, did not return with the duo": the name's own negated return
_NEGATED_RETURN = re.compile(r"(?:not|n't)\s+(?:return|come\s+back|land|fly\s+(?:back|home))\b")
_NOT_RETURNING = re.compile(r"(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?(?:,\s+who\b[^;.]*?,)?\s+"
                            r"(?:did|does|will|would)\s*" + _NEGATED_RETURN.pattern)
_NOT_RETURNING_REACH = 200  # characters from a name to its negated return, its aside between
_STAY_SPAN = 20  # words after the staying verb read for the stay's length ("stay aboard the core module, the ..., for six months")
_DELIVERED_REACH = 4  # words from "delivered" to the name: "delivered biochemist X"
_DELIVERED_TO_REACH = 12  # words from the name to where: "X and two tons of cargo to Mir"
_LEAVING_REACH = 12  # words from "the outgoing crew" over a list to a name in it
_STAY_REACH = 13  # "remain aboard the big multinational ISS outpost"
# "took command of the station"
_TAKES = {"assumed", "assumes", "assume", "assuming", "took", "takes", "take", "taking"}
_COMMAND_OF_REACH = 8  # words from "command" to the station: "command of the $100 billion ISS"
_STAYER_REACH = 4  # tokens from a name to its staying verb: ", who will remain"
_STAYER_GAP = {"who", "will", "would", "is", "are", "was", "were", "to"}
_CLAUSE_ENDS = {",", ";", ":", ".", "(", "-", "—", "and"}
_STAY_NOUN_REACH = 4  # words from a determiner to "stay": "a six-month stay"
_VERB_LEADS = {"to", "will", "would", "can", "could", "must", "shall", "should", "may", "might"}


class StationCrews(CrewPeople):
    def relieved(self, doc: Doc, people: list[Span]) -> set[str]:
        """"will return with the outgoing crew, A and B": the crew an arrival relieves, aboard no launch
        or docking of the article."""
        return {p.kb_id_ for p in people if self._leaving(doc, p)}

    def delivered(self, doc: Doc, people: list[Span]) -> set[str]:
        """"The crew delivered biochemist X and two tons of cargo to Mir", "dropping off X at the station":
        people a flight left on the station, aboard none of its homeward events unless their own
        sentence puts them there."""
        found = set()
        for p in people:
            before = [t.lower_ for t in doc[max(p.sent.start, p.start - _DELIVERED_REACH):p.start]]
            after = [t.lower_ for t in doc[p.end:min(p.sent.end, p.end + _DELIVERED_TO_REACH)]]
            verb = next((i for i, w in enumerate(before) if w in self.delivering_verbs), None)
            if verb is None or any(w in {",", ";"} for w in before[verb + 1:]):
                continue
            to = next((i for i, w in enumerate(after) if w in {"to", "at", "on", "aboard"}), None)
            if to is not None and any(w in self.stations for w in after[to + 1:to + 5]):
                found.add(p.kb_id_)
        return found

    def staying_aboard(self, doc: Doc, people: list[Span]) -> dict[str, int]:
        """"A, B and C remain aboard the ISS": the station's residents now, each with where
        the text first says so; aboard no arrival it states after that (not "A and B stayed behind
        on the station" when their capsule left: they came in it)."""
        found: dict[str, int] = {}
        stays: dict[int, bool] = {}
        for p in people:
            sent = p.sent
            if sent.start not in stays:
                words = [t.lower_ for t in sent]
                stays[sent.start] = any(w in self.staying and sent[i].tag_ in {"VBP", "VBZ"} and
                                        self._stays_aboard(words, i) for i, w in enumerate(words))
            if stays[sent.start]:
                found.setdefault(p.kb_id_, sent.start)
        return found

    def leave_behind(self, doc: Doc, people: list[Span], homeward: list["Statement"]) -> None:
        """"one of the T-13 crew (X) staying with the station": X is not aboard the departure X stays behind
        from, the nearest one the text tells outside X's sentence (which may tell X's own: "X would remain in
        orbit and return to Earth aboard Soyuz MS-19")."""
        left: set[tuple[str, str]] = set()
        for p in people:
            others = [s for s in homeward if s.trigger.span.sent.start != p.sent.start]
            if others and self.stays_behind(doc, p):
                nearest = min(others, key=lambda s: abs(s.trigger.span.start - p.start))
                left.add((p.kb_id_, normalize_name(nearest.craft)))
        for statement in homeward:
            key = normalize_name(statement.craft)
            statement.people = [n for n in statement.people if (n, key) not in left]

    @staticmethod
    def not_returning(doc: Doc, people: list[Span]) -> set[str]:
        """Those whose own clause says they did not come home: "X of NASA, who launched with them, did not
        return with the duo"."""
        negations = [m.start() for m in _NEGATED_RETURN.finditer(doc.text)]
        if not negations:  # (most articles: no name's sentence to find)
            return set()
        return {p.kb_id_ for p in people if any(0 <= at - p.end_char <= _NOT_RETURNING_REACH for at in negations)
                and _NOT_RETURNING.match(doc.text, p.end_char, p.sent.end_char) is not None}

    def stays_behind(self, doc: Doc, person: Span) -> bool:
        """A staying verb right after the name: "one of the T-13 crew (X) staying with the station",
        "X, who will remain aboard": whoever leaves, not X."""
        i = person.end
        while i < min(len(doc), person.end + _STAYER_REACH) and (doc[i].is_punct or doc[i].lower_ in _STAYER_GAP):
            i += 1
        # (not a visit's whole length: "A and B will stay for just 10 days")
        return i < len(doc) and i < person.end + _STAYER_REACH and \
            (doc[i].lower_ in self.staying or doc[i].lower_ == "staying") and \
            not _VISIT_LENGTH.match(" ".join(t.lower_ for t in doc[i + 1:i + _STAY_SPAN]))

    @staticmethod
    def aboard_since(doc: Doc, person: Span) -> bool:
        """"Anderson - aboard since June - is to be replaced": a resident whose stay a date opens, not
        one who flies with the crew the sentence before named."""
        words = [t.lower_ for t in doc[person.end:min(len(doc), person.end + _STAYER_REACH + 1)] if not t.is_punct]
        return words[:2] in (["aboard", "since"], ["onboard", "since"]) or words[:3] == ["on", "board", "since"]

    def _leaving(self, doc: Doc, person: Span) -> bool:
        for i in range(person.start - 1, max(person.sent.start, person.start - _LEAVING_REACH) - 1, -1):
            if doc[i].tag_.startswith("VB"):
                return False
            if doc[i].lower_ in self.crew_nouns:
                # (not an age's "old": "A, 40-year-old crew chief; B")
                return i > person.sent.start and doc[i - 1].lower_ in self.leaving_words and \
                    not (i - 2 >= 0 and doc[i - 2].text in {"-", "‐"})
        return False

    def _another_crew(self, sent: Span) -> bool:
        """A sentence about a crew other than the event's: "another three-member crew, namely X,
        Y and Z", or the station's: "X, Y and Z remain aboard the ISS", "The ISS's new crew comprises"."""
        if opens_on_a_new_crew(sent, self.crew_nouns):
            return True  # "A new expedition crew, including A and B, docked"
        words = [t.lower_ for t in sent]
        if self._opens_on_the_station(words):
            return True  # "Up on the ISS, Expedition 26 commander X is due to hand over to Y today"
        # ("home for several crews, including cosmonauts A and B": crews before this one)
        return any((w in {"another", "previous", "several", "earlier", "former", "past"} and
                    any(n in self.crew_nouns for n in words[i + 1:i + 6]))
                   or self._takes_command(words, i)
                   or self._station_crew(words, i)
                   or self._stays_aboard(words, i) for i, w in enumerate(words))

    def _takes_command(self, words: list[str], i: int) -> bool:
        """"X assumed command of the $100 billion ISS from Y": who takes the station's command stays."""
        return words[i] in _TAKES and words[i + 1:i + 2] == ["command"] and \
            any(n in self.stations for n in words[i + 2:i + _COMMAND_OF_REACH])

    def _opens_on_the_station(self, words: list[str]) -> bool:
        """The sentence opens with where its people are: "Up on the ISS,", "Aboard the station,"."""
        opening = words[:words.index(",")] if "," in words[:6] else []
        opening = [w for w in opening if w not in _OPENING_ADVERBS]
        return len(opening) >= 2 and opening[0] in _ON_BOARD and opening[-1] in self.stations

    def _station_crew(self, words: list[str], i: int) -> bool:
        """words[i] is the crew of a station: "the ISS's new crew", "the station crew", "the ISS has
        two crewmembers"."""
        if words[i] in self.crew_nouns and words[i] not in {"crew", "crews"}:
            # "The station has two cosmonauts on board right now: A and B"
            has = next((j for j in range(i - 1, max(0, i - 5), -1) if words[j] in {"has", "have", "had"}), None)
            return has is not None and has > 0 and words[has - 1] in self.stations
        if words[i] not in {"crew", "crews"}:
            return False
        if i > 0 and words[i - 1] in self.residents:
            return True  # "The existing crew includes NASA astronauts A and B", "the current crew"
        before = [w for w in words[max(0, i - 3):i] if w not in {"'s", "’s", "new", "current", "resident"}]
        return bool(before) and before[-1] in self.stations

    def in_station_crew(self, doc: Doc, person: Span) -> bool:
        """"Officials called the Mir crew, which includes X": named as one of a station's crew."""
        words = [t.lower_ for t in doc[person.sent.start:person.start]]
        return any(self._station_crew(words, i) for i in range(len(words)))

    def _stays_aboard(self, words: list[str], i: int) -> bool:
        """words[i] a staying verb, then "aboard" and the station: "remain aboard the ISS", "continue
        their work aboard the International Space Station"; not in "C, who will remain on the station"."""
        return words[i] in self.staying and not _stay_noun(words, i) and any(n in _ON_BOARD for n in words[i + 1:i + 5]) and \
            any(n in self.stations for n in words[i + 1:i + _STAY_REACH]) and "who" not in words[max(0, i - 3):i] and \
            not _EXPEDITION_STAY.match(" ".join(words[i + 1:i + _STAY_SPAN]))

    def _station_title(self, doc: Doc, person: Span) -> bool:
        """A title naming the person one of a station's crew: "station flight engineers A and B",
        "the station's commander A" (the title stands before the list the person ends)."""
        first = listed_after_aside(doc, person)
        if first is not None:  # "A, who lived aboard the ISS, and B": B has A's title, not the aside's words
            return self._station_title(doc, first)
        named = {i for p in doc.spans.get(PEOPLE_KEY, []) for i in range(p.start, p.end)}
        i = person.start - 1
        while i > person.sent.start and (i in named or doc[i].lower_ in {",", "and"} or doc[i].text == ")"):
            if doc[i].text == ")":  # past a listed name's aside: "A (crew commander, ... on the ISS), B"
                opening = next((t.i for t in reversed(doc[person.sent.start:i]) if t.text == "("), None)
                if opening is None or opening - 1 not in named:
                    break
                i = opening
            i -= 1  # back over the names listed before the person (not a title the tagger calls a name)
        before = []
        # (a seat on a craft nearer the name is the craft's: "Expedition 46 Soyuz Commander A")
        craft_words = {k for c in doc.spans.get(SPACECRAFT_KEY, []) if c.start < person.start and c.label_ in CREWED
                       for k in range(c.start, c.end)}
        while i >= max(person.sent.start, person.start - 12) and len(before) < 4:
            if doc[i].lower_ in _CLAUSE_ENDS or i in craft_words or doc[i].tag_ in {"VBP", "VBZ", "VBD"}:
                break  # (nor past a verb: "Flying to the station are cosmonaut A" names no station title)
            before.append(doc[i].lower_)
            i -= 1
        if (self.stations | {"expedition"}) & set(before):
            return True  # "ISS crewmember A", "Expedition 15 commander A"
        # "Expedition 70 commander A and flight engineers B and C": a title of the station's crew before an
        # earlier name of the same list
        j = person.start - 1
        while j > person.sent.start and (j in named or doc[j].lower_ in {",", "and"}):
            j -= 1
        while j > person.sent.start and doc[j].is_title and j not in named and doc[j].lower_ not in {",", "and"}:
            j -= 1  # back over the list member's own title
        earlier = next((p for p in doc.spans.get(PEOPLE_KEY, []) if p.end == j), None) \
            if doc[j].lower_ in {",", "and"} else None
        return earlier is not None and self._station_title(doc, earlier)


def _stay_noun(words: list[str], i: int) -> bool:
    """"are embarking upon a six-month stay aboard the ISS": a stay begun, the noun, not "remain"."""
    for word in reversed(words[max(0, i - _STAY_NOUN_REACH):i]):
        if word in VEHICLE_DETERMINERS:
            return True
        if word in _VERB_LEADS or not (word.isalnum() or word == "-"):
            return False
    return False
