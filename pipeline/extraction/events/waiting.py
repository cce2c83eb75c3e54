"""Statements stated before their craft is named: "The crew returned to Earth Monday.", "A supply
ship docked with Mir today", "Launch: October 5, 1984" in a fact box. `WaitingTriggers.place_waiting`
gives each the craft the story goes on to name, or the one craft with that event, or none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...normalize import normalize_name
from ..crew.finder import CREWED
from .craft_clauses import AUXILIARIES, LAUNCH_VEHICLE, word_before
from .craft_focus import FOCUS_SENTENCES
from .crafts import STATION
from .date_carrying import dates_agree, dates_in
from .flight_timelines import of_another_year
from .trigger_places import labels_a_fact, lede_main_clause, traveller_subject
from .triggers import Trigger

_OWNED_REACH = 3  # sentences on to "from their Soyuz TM-13 capsule"


class WaitingTriggers:
    """A mixin of `EventFinder`: it reads `self.crafts`, `self.crew` and `self._main_craft`."""

    def place_waiting(self, doc: Doc, waiting: list[Trigger], statements: list, crafts: list[Span],
                      people: list[Span], sentence_of: dict[int, int]) -> None:
        """Append to `statements` one for each waiting trigger whose craft the story names."""
        from .finder import Statement  # (the finder's record; it imports this module)

        # a lede told before any craft is named ("A Japanese millionaire took off on Wednesday aboard a
        # Russian spacecraft") finds no statement of its event yet: it is tried again after the others
        queue, retried = list(waiting), set()
        for early in queue:
            if labels_a_fact(doc, early.span):
                # a fact box: "Launch: October 5, 1984", "Landing: 2003-10-16 06:23 CST" are the events of
                # the craft the article is about
                main = self._main_craft(crafts)
                if main is not None:
                    statements.append(Statement.about(early, main))
                continue
            if self._confirmed(doc, early):
                # mission control's "Landing confirmed", "Touchdown confirmed": the event of the craft the
                # story names next (not a station's, not a rocket's)
                named = self._named_next(early, crafts, sentence_of, None)
                if named is not None:
                    statements.append(Statement.about(early, named))
                continue
            owned = self._owned_next(doc, early, crafts, sentence_of)
            if owned is not None:
                # "Krikalev needed smelling salts after returning to Earth ... Workers lifted Krikalev, Volkov
                # and Flade from their Soyuz TM-13 capsule": the craft the crew is next said to own
                statements.append(Statement.about(early, owned))
                continue
            if self.crafts.definite_subject(doc, early) and \
                    not any(c.start < early.span.start and c.label_ not in (STATION, LAUNCH_VEHICLE) for c in crafts):
                # "The spaceship was launched from Baikonur. Vostok II went up ...": "the spaceship" before
                # any craft is named is the craft the story names next
                named = self._named_next(early, crafts, sentence_of, self.crafts.kinds_named(doc, early) or None)
                if named is not None:
                    statements.append(Statement.about(early, named))
                continue
            # a lede's event without its craft ("Three cosmonauts returned to Earth today") is the
            # article's one craft with that event, however far on it is named, where a crew is its subject
            # (or a person right before it: "China's first astronaut Yang Liwei returned to the earth yesterday")
            # ("A, B and C undocked ... and landed 3.5 hours later": a joined verb shares the crew subject)
            crew_subject = self._crew_subject(doc, early, people) or (_conjoined(doc, early.span) and any(
                self._crew_subject(doc, w, people) for w in waiting
                if w.span.sent == early.span.sent and w.span.start < early.span.start))
            if not crew_subject and not (lede_main_clause(doc, early.span) and self.crafts.indefinite_subject(doc, early)):
                continue
            # "A Russian cargo ship docked": a craft of the kind the lede names
            kinds = self.crafts.kinds_named(doc, early, first=True) or None
            # (a crew's event is a crewed craft's: not "Mir, a station launched in 1986 ... Cosmonauts A and B,
            # who blasted off last month")
            # (nor one its sentence dates apart: "Three astronauts on Saturday returned to Earth" is not
            # "Shenzhou-12 returned to Earth in September")
            told = {d.value for d in dates_in(doc, early.span.sent)}
            same = {normalize_name(s.craft): s for s in statements if s.trigger.event == early.event
                    and (kinds is None or s.kind in kinds) and (not crew_subject or s.kind in CREWED)
                    and dates_agree(told, {d.value for d in dates_in(doc, s.trigger.span.sent)})}
            if not same and early.event == "launch" and kinds == {LAUNCH_VEHICLE}:
                # "A Russian rocket carrying a billionaire blasted off": a rocket's launch is its payload's
                # (SPEC §6), the one carried craft the article launches
                same = {normalize_name(s.craft): s for s in statements
                        if s.trigger.event == "launch" and s.kind not in (LAUNCH_VEHICLE, STATION)}
            if not same and early.event == "launch" and crew_subject:
                # "A Soyuz docked with Mir Saturday, bringing a fresh crew ... A, B and C lifted off Thursday":
                # the crew's craft, the one crewed craft the article docks
                same = {normalize_name(s.craft): s for s in statements
                        if s.trigger.event == "docking" and s.kind in CREWED}
            if not same and early.event == "docking":
                # "A fresh crew reached the Mir space station Saturday and docked": the crew's craft, the
                # one crewed flight the article launches (or the one cargo ship the lede speaks of)
                same = {normalize_name(s.craft): s for s in statements
                        if s.trigger.event == "launch" and s.kind in (kinds or CREWED)}
            if len(same) == 1:
                other = next(iter(same.values()))
                statements.append(Statement.about(early, other.craft_span))
            elif not same and (crew_subject and early.span[0].tag_ != "VBG" or lede_main_clause(doc, early.span) and
                               any(t.lower_ in {"a", "an"} for t in doc[early.span.sent.start:early.span.start])):
                # "An unmanned spacecraft has docked with Mir. The Progress supply vehicle brought ...":
                # the craft the story names next, where it states that craft's event nowhere else (one
                # craft: not "probes have managed to land"); "They splashed down off Hawaii. Divers hooked the
                # Apollo command ship to a crane": the crewed craft named next
                named = self._named_next(early, crafts, sentence_of, kinds or (set(CREWED) if crew_subject else None))
                if named is not None:
                    statements.append(Statement.about(early, named))
                elif id(early) not in retried:
                    retried.add(id(early))
                    queue.append(early)

    def _confirmed(self, doc: Doc, early: Trigger) -> bool:
        """An event noun a confirmation follows, opening its sentence: "Landing confirmed"."""
        start, end = early.span.start, early.span.end
        opens = start == early.span.sent.start or (doc[start - 1].is_quote and start - 1 == early.span.sent.start)
        return opens and early.span[-1].tag_.startswith("NN") and end < len(doc) and \
            doc[end].lower_ in self.confirmations

    def _crew_subject(self, doc: Doc, early: Trigger, people: list[Span]) -> bool:
        """Flyers are the trigger's subject: "they" before it, a person right before it (past
        auxiliaries and adverbs: "A and B have safely returned"), or a traveller's noun in a lede."""
        subject = word_before(doc, early.span, AUXILIARIES)
        return any(t.lower_ in self.crew.pronouns for t in doc[early.span.sent.start:early.span.start]) or \
            any(early.span.sent.start <= p.start and
                (0 <= early.span.start - p.end <= 1 or (subject is not None and p.end - 1 == subject)) for p in people) or \
            traveller_subject(doc, early.span, self.travellers)

    @staticmethod
    def _named_next(early: Trigger, crafts: list[Span], sentence_of: dict[int, int],
                    kinds: set[str] | None) -> Span | None:
        # (not a flight of history: "he was aboard Shenzhou-7 in 2008" in a 2030 story)
        here = sentence_of[early.span.start]
        return next((c for c in crafts if c.start >= early.span.sent.end and c.label_ not in (STATION, LAUNCH_VEHICLE)
                     and (kinds is None or c.label_ in kinds) and sentence_of[c.start] - here <= FOCUS_SENTENCES
                     and not of_another_year(c)), None)

    def _owned_next(self, doc: Doc, early: Trigger, crafts: list[Span], sentence_of: dict[int, int]) -> Span | None:
        """The first craft (not a station, not a rocket) named in the next sentences, where it is
        crewed and stands after "their", "his" or "her": the flyers' own craft; or where "they",
        opening its sentence, went from or in it ("They entered Mir from Soyuz later Saturday night")."""
        here = sentence_of[early.span.start]
        after = [c for c in crafts if c.start >= early.span.end and sentence_of[c.start] - here <= _OWNED_REACH
                 and c.label_ not in (STATION, LAUNCH_VEHICLE)]
        first = after[0] if after else None
        if first is None or first.label_ not in CREWED or first.start == 0:
            return None
        # (not past a new group: "the homecoming of two Russians and one American ... their Soyuz capsule")
        if any(t.lower_ in self.crew.crew_counts and t.i + 1 < len(doc) and doc[t.i + 1].tag_ in {"NNS", "NNPS"}
               for t in doc[early.span.sent.end:first.sent.start]):
            return None
        before = doc[first.start - 1].lower_
        theirs = before in {"their", "his", "her"} or \
            (before in {"from", "in", "aboard"} and first.sent[0].lower_ == "they" and first.sent.start != early.span.sent.start)
        return first if theirs else None


def _conjoined(doc: Doc, trigger: Span) -> bool:
    """"..., and landed": the trigger opens a verb joined to the clause before it."""
    i = trigger.start - 1
    while i > trigger.sent.start and doc[i].lower_ in AUXILIARIES:
        i -= 1
    return i > trigger.sent.start and doc[i].lower_ == "and" and trigger[0].tag_.startswith("VB")
