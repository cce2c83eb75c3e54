"""Events: which craft was launched, docked, undocked or landed, when, with whom aboard.

The component reads what the four finders left on the Doc (spacecraft and
people spans, date records) and the triggers of `events/triggers.py`. Each stated
trigger is one statement of an event; for each it finds

- the craft (`events/crafts.py`): the one its clause names, else the craft in
  focus; a class ("the Soyuz") stands for the most specific craft of it named;
- the date (`events/dates.py`): the date mentions of the sentence nearer to
  this trigger than to any other, the most specific one;
- the people aboard (`crew/finder.py`).

Statements of the same event and craft are one EventRecord (`events/merging.py`):
the first statement's trigger, the most specific date of all, every person aboard.
The component writes `doc._.events` and `doc.spans["events"]` (the trigger of
every statement, label the event, kb_id the craft).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name
from ...resources import load_json
from .. import extensions  # noqa: F401  (registers the doc._ attributes it reads and writes)
from .crew_roles import with_flyer_roles
from ..crew.finder import HOMEWARD, OUTWARD, UNCREWED, CrewFinder
from ..crew.context import carried_crews, colleagues_named, crew_carriers, fact_box_crew
from ..crew.subjects import subject_names
from .shared_statements import counted_list, gapped, gerunds_after, the_other_ship
from .craft_clauses import LAUNCH_VEHICLE, payload_of
from .craft_focus import FOCUS_SENTENCES
from .crafts import STATION, CraftChooser
from .dates import EventDater
from .merging import EventMerger
from .flight_timelines import without_other_flights
from ..people.finder import SPAN_KEY as PEOPLE_KEY
from ..salience import most_named
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY
from .trigger_places import counted_history, heading, labels_a_fact, lede_main_clause, said_of_a_class, tally
from .triggers import Trigger, TriggerFinder
from .waiting import WaitingTriggers

SPAN_KEY = "events"
_OTHER_CREW = 2  # people a sentence puts aboard before its trigger, none of its craft's known crew (as many): another
_ACCIDENT_REACH = 3  # craft nouns between a craft's name and its accident: "the Columbia space shuttle disaster"


@dataclass
class Statement:
    trigger: Trigger
    craft: str  # canonical name
    kind: str = ""
    craft_span: Span | None = None  # the mention the craft was found by
    value: str = ""
    carried: bool = False  # the date is the sentence before's (`EventDater.from_sentence_before`)
    people: list[str] = field(default_factory=list)
    uncrewed: bool = False  # the article says the craft flew this event empty

    @property
    def names_its_craft(self) -> bool:
        """The trigger's own sentence names the craft (not one taken from focus or another sentence)."""
        sent = self.trigger.span.sent
        return self.craft_span is not None and sent.start <= self.craft_span.start < sent.end

    @classmethod
    def about(cls, trigger: Trigger, craft: Span, value: str = "") -> "Statement":
        """The statement of `trigger` about the craft mention `craft`."""
        return cls(trigger, craft.kb_id_, kind=craft.label_, craft_span=craft, value=value)


class EventFinder(WaitingTriggers):
    def __init__(self, nlp: Language, patterns: str = "event_triggers.jsonl", cues: str = "event_cues.json",
                 families: str = "spacecraft_families.jsonl", gazetteer: str = "spacecraft.jsonl"):
        self.triggers = TriggerFinder(nlp, patterns, cues)
        words = load_json(cues)
        self.time_prepositions = set(words["time_prepositions"])
        self.scheduled_for = set(words["scheduled_for"])
        self.duties = set(words["duty_words"])  # "handles launch and landing": a duty, no event
        self.duty_objects = set(words["duty_objects"])
        self.dates = EventDater(words)
        self.merger = EventMerger(words, families, gazetteer)
        self.crafts = CraftChooser(words)
        self.crew = CrewFinder(words)
        self.flyer_nouns = words["flyer_nouns"]  # "astronaut": the role of those aboard the article gives none
        self.travellers = set(words["traveller_nouns"])
        self.confirmations = set(words["confirmation_words"])  # mission control's "Landing confirmed"
        self.accident_nouns = set(words["accident_nouns"])  # "after the Columbia space shuttle disaster"

    def __call__(self, doc: Doc) -> Doc:
        every_craft = sorted(doc.spans.get(SPACECRAFT_KEY, []), key=lambda s: s.start)
        crafts = [c for c in every_craft if not self._generic(c) and not self._names_an_accident(c)]
        classes = [c for c in every_craft if self._generic(c)]
        station_tokens = {i for s in crafts if s.label_ == STATION for i in range(s.start, s.end)}
        craft_tokens = {i for s in crafts for i in range(s.start, s.end)}
        carried_tokens = {i for s in crafts if s.label_ != LAUNCH_VEHICLE for i in range(s.start, s.end)}
        triggers = self.triggers.find(doc, station_tokens, craft_tokens, carried_tokens)
        sentences = list(doc.sents)
        sentence_of = {}
        for index, sent in enumerate(sentences):
            for i in range(sent.start, sent.end):
                sentence_of[i] = index
        people = list(doc.spans.get(PEOPLE_KEY, []))
        names = {normalize_name(p.name): p for p in doc._.people}
        statements: list[Statement] = []
        waiting: list[Trigger] = []  # stated before their craft is named ("The crew returned to Earth Monday.")
        listed: list[Statement] = []  # "Only two more launches - Endeavour in April and Atlantis in June"
        for trigger in triggers:
            if not trigger.stated or self._bare_reference(doc, trigger) or heading(doc, trigger.span, craft_tokens) \
                    or said_of_a_class(doc, trigger.span, classes, every_craft) or \
                    self.crafts.on_another(doc, trigger, crafts) or self.crafts.others_subject(doc, trigger):
                if trigger.stated and tally(doc, trigger.span):
                    listed += [Statement.about(trigger, craft, value) for craft, value in counted_list(doc, trigger, crafts)]
                continue
            craft = self.crafts.choose(doc, trigger, crafts, sentences, sentence_of, triggers, statements)
            if craft is None:
                # not "'The Challenge' seems to have been launched", "probes have managed to land"; but a
                # lede's "A supply ship docked with Mir today" is the craft the story goes on to name
                lede = lede_main_clause(doc, trigger.span)
                if not (self.crafts.other_subject(doc, trigger) or self.crafts.new_crew_clause(doc, trigger) or
                        (self.crafts.indefinite_subject(doc, trigger) and not lede)):
                    waiting.append(trigger)
                continue
            statement = Statement.about(trigger, craft)
            for early in [w for w in waiting if w.event == trigger.event and
                          sentence_of[trigger.span.start] - sentence_of[w.span.start] <= FOCUS_SENTENCES and
                          craft.label_ in (self.crafts.kinds_named(doc, w, first=True) or {craft.label_})]:
                statements.append(Statement.about(early, craft))
                waiting.remove(early)
            statements.append(statement)
            statements.extend(Statement.about(trigger, other) for other in self.crafts.listed_with(doc, trigger, craft, crafts))
            statements.extend(Statement.about(trigger, other) for other in self.crafts.pair_subject(doc, trigger, craft, crafts))
            statements.extend(Statement.about(trigger, other)
                              for other in the_other_ship(doc, trigger, craft, crafts, statements))
        self.place_waiting(doc, waiting, statements, crafts, people, sentence_of)
        statements += [Statement.about(trigger, craft) for trigger, craft in gerunds_after(doc, triggers, statements)]
        self._launches_of_payloads(doc, statements, crafts)
        statements.sort(key=lambda s: s.trigger.span.start)
        # a date goes to the nearest statement: a trigger that states no craft's event ("leaving the
        # station Mir" said of the crew) takes none ("returned to Earth today, leaving ...")
        stated = list({id(s.trigger): s.trigger for s in statements}.values())
        for statement in statements:
            self.dates.date(doc, statement, stated, sentences[sentence_of[statement.trigger.span.start]])
        self.dates.same_day(doc, statements)
        self.dates.hours_after(doc, statements, triggers)
        self.dates.minutes_flight(doc, statements)
        self.dates.joined_to_next(doc, statements)
        self.dates.from_sentence_before(doc, statements, sentences, sentence_of, triggers)
        self.dates.minutes_flight(doc, statements)  # (again, for a launch that took the sentence before's day)
        self.dates.from_plan_after(doc, statements, sentences, sentence_of)
        self.dates.from_date_noun(doc, statements)
        self.dates.clock_on_the_ledes_day(doc, statements, sentences, triggers)
        for statement in statements:
            if not statement.value and labels_a_fact(doc, statement.trigger.span):
                statement.value = self.dates.under_label(doc, statement.trigger.span)
        statements += [Statement.about(statement.trigger, craft, value) for statement in statements
                       for craft, value in gapped(doc, statement, crafts)] + listed
        statements = without_other_flights(statements)
        statements.sort(key=lambda s: s.trigger.span.start)
        empty = self.crew.uncrewed_events(doc, crafts, triggers)  # "with nobody on board"

        def crewed(statement: Statement) -> bool:
            key = normalize_name(statement.craft)
            return (key, "*") not in empty and (key, statement.trigger.event) not in empty and \
                not self.crew.says_uncrewed(doc, statement.trigger.span)

        for statement in statements:
            statement.uncrewed = not crewed(statement)
        # onlookers name no one aboard: "A watched the departure from inside the station"
        read = [s for s in statements if not s.uncrewed and not self.crew.watched(doc, s.trigger.span)]
        reading = {id(s) for s in read}
        for index, statement in enumerate(statements):
            if id(statement) in reading:
                statement.people = self.crew.aboard(doc, statement, people, names, sentences, sentence_of,
                                                    statements[:index], statements, crafts)
        for statement in read:
            if not statement.people:
                statement.people = self.crew.roster(doc, statement, people, names, sentences, sentence_of,
                                                    statements, crafts)
        self.crew.leave_behind(doc, people, [s for s in read if s.trigger.event in HOMEWARD])
        self.crew.complete_counted(doc, statements)
        listed = fact_box_crew(doc, self.crew.crew_nouns)
        if listed:
            # a fact box's crew flew its craft up: the craft the article names most
            main = self._main_craft(crafts)
            for statement in statements:
                if statement.trigger.event == "launch" and not statement.uncrewed and main is not None and \
                        normalize_name(statement.craft) == normalize_name(main.kb_id_):
                    statement.people = list(dict.fromkeys(statement.people + listed))
        self._follow_the_crew(doc, statements, people)
        self.crew.add_companions(doc, [s for s in statements if crewed(s)], people, names, crafts)
        carried = carried_crews(doc, people, crafts)
        for statement in statements:
            # "Both ships launched on July 15" after "an Apollo spacecraft carrying A, B and C": the crew the
            # craft was said to carry, where the words drew the crew another craft launched or carried
            key = normalize_name(statement.craft)
            elsewhere = {name for s in statements if normalize_name(s.craft) != key and s.trigger.event == "launch"
                         for name in s.people} | {name for k, names in carried.items() if k != key for name in names}
            if carried.get(key) and statement.trigger.event in OUTWARD and statement.people and \
                    (set(statement.people) <= elsewhere or set(statement.people) < set(carried[key])):
                # (or only some of that crew: the rest were named with the craft, "aboard Challenger: A, B ...")
                statement.people = list(carried[key])
        for statement in statements:
            if not statement.uncrewed and statement.kind not in UNCREWED:  # "A and his Russian colleagues"
                statement.people += [n for n in colleagues_named(doc, statement.trigger.span.sent, people)
                                     if n not in statement.people]
        carriers = crew_carriers(doc, crafts, self.crew.crew_nouns)
        for statement in statements:
            # "Shenzhou-20 astronauts return" where "Shenzhou-21, carrying the Shenzhou-20 crew, touched down"
            carrier, span = carriers.get(normalize_name(statement.craft)), statement.craft_span
            if carrier is not None and statement.trigger.event in HOMEWARD and span is not None and \
                    span.end < len(doc) and doc[span.end].lower_ in self.crew.crew_nouns:
                statement.craft, statement.kind, statement.craft_span = carrier.kb_id_, carrier.label_, carrier
        dropped, relieved = self.crew.dropped(doc, people), self.crew.relieved(doc, people)
        staying, delivered = self.crew.staying_aboard(doc, people), self.crew.delivered(doc, people)
        not_returning = self.crew.not_returning(doc, people)
        for statement in statements:
            outward = statement.trigger.event in OUTWARD
            sent = statement.trigger.span.sent
            named_here = {p.kb_id_ for p in people if sent.start <= p.start < sent.end}
            statement.people = [p for p in statement.people if p not in dropped and not (p in relieved and outward)
                                and not (outward and staying.get(p, len(doc)) < statement.trigger.span.start)
                                and not (not outward and p in delivered and p not in named_here)]
        # (nor, once the merge brings a landing its launch crew, one who "did not return with the duo")
        records = [replace(r, people=tuple(p for p in r.people if p not in not_returning)) if r.event in HOMEWARD
                   else r for r in self.merger.merge(statements, doc)]
        doc.spans[SPAN_KEY] = [Span(doc, s.trigger.span.start, s.trigger.span.end, label=s.trigger.event,
                                    kb_id=s.craft) for s in statements]
        doc._.events = tuple(records)
        doc._.people = with_flyer_roles(doc._.people, doc._.events, doc_text(doc), self.flyer_nouns)
        return doc

    # ------------------------------------------------------------------ craft
    def _generic(self, craft: Span) -> bool:
        """"Russian Soyuz capsules", "Crew Dragon capsules launched by Falcon 9": a craft's name
        before a plural craft noun names a class of craft, no one craft with events of its own."""
        doc = craft.doc
        if craft.end >= len(doc):
            return False
        noun = doc[craft.end]
        if craft.start > 0 and doc[craft.start - 1].lower_ in {"a", "an"}:
            return False  # "aboard a Soyuz spacecraft": one craft ("spacecraft" is either number)
        # (the tagger reads "capsules" after a name as a verb: the word decides)
        return self.crafts.plural_craft_noun(noun.lower_)

    def _names_an_accident(self, craft: Span) -> bool:
        """"the Columbia space shuttle disaster", "the Challenger accident": the craft names a past accident,
        no craft of the events around it ("returned to Earth ... in a Russian capsule after the Columbia
        space shuttle disaster")."""
        doc = craft.doc
        i = craft.end
        while i < min(len(doc), craft.end + _ACCIDENT_REACH) and doc[i].is_lower and doc[i].tag_ in {"NN", "NNS"} and \
                doc[i].lower_ not in self.accident_nouns:
            i += 1  # "space shuttle"
        # (the accident noun heads the phrase: not "the Chandrayaan-2 crash landing", a landing)
        return i < len(doc) and doc[i].lower_ in self.accident_nouns and \
            not (i + 1 < len(doc) and doc[i + 1].is_lower and doc[i + 1].tag_ in {"NN", "NNS", "VBG"})

    @staticmethod
    def _launches_of_payloads(doc: Doc, statements: list[Statement], crafts: list[Span]) -> None:
        """"H-IIB rocket carrying cargo for ISS lifts off" where the story says "an H-IIB rocket
        carrying a Konotori cargo transporter": the launch of a rocket the article shows carrying one
        craft is that craft's launch (SPEC §6: a launch is the craft carried)."""
        carried = [c for c in crafts if c.label_ not in (LAUNCH_VEHICLE, STATION)]
        payloads: dict[str, set[str]] = {}
        spans: dict[str, Span] = {}
        for rocket in (c for c in crafts if c.label_ == LAUNCH_VEHICLE):
            payload = payload_of(doc, rocket, carried)
            if payload is not None:
                payloads.setdefault(normalize_name(rocket.kb_id_), set()).add(normalize_name(payload.kb_id_))
                spans[normalize_name(payload.kb_id_)] = payload
        for statement in statements:
            found = payloads.get(normalize_name(statement.craft), set())
            if statement.trigger.event == "launch" and statement.kind == LAUNCH_VEHICLE and len(found) == 1:
                payload = spans[next(iter(found))]
                statement.craft, statement.kind, statement.craft_span = payload.kb_id_, payload.label_, payload

    def _bare_reference(self, doc: Doc, trigger: Trigger) -> bool:
        """"at launch", "before landing", "pre-launch": a time; "130 launches": a tally; not a
        statement of the event."""
        start = trigger.span.start
        before = doc[start - 1].lower_ if start > trigger.span.sent.start else ""
        after = doc[trigger.span.end].lower_ if trigger.span.end < len(doc) else ""
        if before == "-" and start > 1 and doc[start - 2].lower_ in {"pre", "post"}:
            return True
        # "after undocking from the ISS", "before landing at Edwards" say where: a statement
        if tally(doc, trigger.span) or counted_history(doc, trigger.span) or \
                (before in self.time_prepositions and doc[start].tag_ in {"NN", "JJ"} and after not in _COMPLEMENTS
                 and not (before == "for" and start > 1 and doc[start - 2].lower_ in self.scheduled_for)
                 and not _dated_next(doc, trigger.span)):
            return True  # (the tagger reads "after liftoff" as an adjective too)
            # (but "is set for launch on 2 September", "preparing Atlantis for launch on April 4"
            # schedule one; "blew apart 74 seconds after liftoff yesterday" dates one)
        # "handles launch and landing", "in charge of rendezvous and docking": a duty, bare nouns after its verb
        # (the tagger reads such lists poorly: "handles/NNS launch/VBP and landing/NN")
        i = start - 1
        while i > trigger.span.sent.start and (doc[i].lower_ in {"and", "or", ","} or doc[i].lower_ in self.duty_objects):
            i -= 1
        return doc[start].lower_ in self.duty_objects and i >= trigger.span.sent.start and \
            (doc[i].lower_ in self.duties or " ".join(t.lower_ for t in doc[max(0, i - 2):i + 1]) in self.duties)

    def _main_craft(self, crafts: list[Span]) -> Span | None:
        """The craft a fact box is about: the one the article names most (not a class: "the Soyuz
        spacecraft (31S/TMA-05M)" names one craft twice)."""
        return most_named([c for c in crafts if c.label_ not in (STATION, LAUNCH_VEHICLE)
                           and normalize_name(c.kb_id_) not in self.merger.classes], lambda c: normalize_name(c.kb_id_))

    def _follow_the_crew(self, doc: Doc, statements: list[Statement], people: list[Span]) -> None:
        """"Chen, Liu and Cai landed" with no craft in the sentence: the craft they were
        said to fly before, not the latest or the next craft named ("Fei Junlong, who flew Shenzhou-6")."""
        others: set[int] = set()  # sentences whose subjects are another crew than their craft's
        strangers: dict[str, set[str]] = {}  # by craft, that other crew
        for index, statement in enumerate(statements):
            span = statement.craft_span
            # only a craft taken from other sentences ("Gagarin had left Baikonur as a senior lieutenant"
            # before a sentence on Vostok 2), not one a sentence going on with them names ("They will use
            # Soyuz MS-18")
            sent = statement.trigger.span.sent
            if span is None or statement.names_its_craft or \
                    (span.start >= sent.end and self.crafts.used_next(doc, span)):
                continue
            names = set(subject_names(doc, statement.trigger.span, people))
            flown = [s for s in statements[:index] if s.people and names and names <= set(s.people)]
            if flown and normalize_name(flown[-1].craft) != normalize_name(statement.craft):
                statement.craft, statement.kind, statement.craft_span = \
                    flown[-1].craft, flown[-1].kind, flown[-1].craft_span
            # (the crew its earlier statements name in their own sentences)
            crewed = {p.kb_id_ for s in statements[:index] if normalize_name(s.craft) == normalize_name(statement.craft)
                      for p in people if s.trigger.span.sent.start <= p.start < s.trigger.span.sent.end
                      and p.kb_id_ in s.people}
            own = {p.kb_id_ for p in people if sent.start <= p.start < statement.trigger.span.start
                   and p.kb_id_ in statement.people} | names
            if not flown and len(own) >= _OTHER_CREW and len(crewed) >= _OTHER_CREW and not own & crewed:
                # "The trio A, B and C undocked in Soyuz TMA-19 ... on Dec. 15 D, E and F will launch to the
                # station": another crew, in a craft the article does not name
                others.add(sent.start)
                strangers.setdefault(normalize_name(statement.craft), set()).update(own)
        statements[:] = [s for s in statements if not (
            s.trigger.span.sent.start in others and s.craft_span is not None and not s.names_its_craft)]
        for statement in statements:  # (nor are they its crew where a roster of the craft took them in)
            away = strangers.get(normalize_name(statement.craft), set())
            statement.people = [p for p in statement.people if p not in away]


def _dated_next(doc: Doc, span: Span) -> bool:
    """A date mention follows the words at once, or after "on" or "in"."""
    text = doc_text(doc)
    return any(span.end_char <= r.start and text[span.end_char:r.start].strip().lower() in {"", "on", "in"}
               for r in doc._.dates)


_COMPLEMENTS = {"of", "from", "with", "to", "at", "in", "aboard", "onboard"}  # "scheduled for launch aboard Soyuz MS-11"


def event_entity(event: str, spacecraft: str) -> str:
    """How a mention names its events row: "launch Soyuz MS-19"."""
    return f"{event} {spacecraft}"


@Language.factory("event_finder")
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder(nlp)
