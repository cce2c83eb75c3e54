"""A craft a word of an event trigger's clause refers to: "it" after its craft, the owner of
"whose", an event noun named again ("at the time of the launch"), the craft named with the people
who are the trigger's subject, the flight a seat after the trigger names ("landed as commander of
Apollo 16"); and a station the clause names as a place rather than as the thing
launched. `event_crafts.CraftChooser` asks these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import doc_text
from ...resources import load_json
from .craft_clauses import AUXILIARIES, FINITE_VERBS, STATION, opener, word_before
from ..crew.context import CREWED
from ..crew.subjects import PERSONAL_PRONOUNS
from .focus_cues import told_as_history
from ..people.finder import SPAN_KEY as PEOPLE_KEY

if TYPE_CHECKING:
    from .finder import Statement
    from .triggers import Trigger

_OBJECT_TO_VERB = {"in", "back", "down", "up", "out", "to", "again"}  # "guiding it in to dock"
_IT_CLAUSE_OPENERS = {"since", "after", "before", "when", "until", "because", "as", "where", "and", "but"}
_COMPLEMENT_REACH = 3  # tokens from the copula to its craft: "was the shuttle Atlantis"
_COORDINATED_REACH = 8  # tokens of "'s detachment from the station" before "and docking"
_WHOSE_REACH = 3  # words from a craft to the "whose" after it: "the new Mir station, whose"
_PLAN_HEADS = {"due", "set", "scheduled", "expected", "slated", "planned", "will"}
# the auxiliaries of a scheduled event: "was due to", "is set to", "will"
_PLANNED_WORDS = _PLAN_HEADS | {"is", "are", "was", "were", "would", "be", "to"}
_THEIR_CLAUSE = {"when", "once", "after", "as", "until"}  # "... when they dock": the subjects' own clause
_SEAT_REACH = 8  # tokens from a trigger to the "as" of its seat: "landed on the moon as commander of"
_PLACE_PREPOSITIONS = {"on", "in", "aboard", "onboard", "at", "to", "toward", "towards", "for", "into", "from", "with"}
_ARRIVALS = set(load_json("event_cues.json")["arrival_verbs"])  # "reached the ISS, two days after blasting off"
_RELATIVE_REACH = 3  # tokens from a station to the relative clause on it: "the Tianhe module, which"
_STATION_NOUNS = {"station", "module", "outpost", "lab", "laboratory", "complex"}
# a kind's noun heading a description of a craft named before: "China's first space station"
_DESCRIBED_KINDS = {"station": {STATION}, "outpost": {STATION}, "probe": {"space probe", "lander"},
                    "lander": {"lander"}, "rover": {"rover"}}
_FLYING_KINDS = {"crew vehicle", "cargo vehicle", "spaceplane"}  # a vehicle named beside an event noun may fly it


def named_again(doc: Doc, trigger: Trigger, statements: list[Statement], crafts: list[Span]) -> Span | None:
    """"The May 11 liftoff of Atlantis ... Hubble was passing overhead at the time of the launch",
    "within hours of the landing": an event noun after a preposition and "the", in a sentence that
    names no craft after it nor a vehicle that could fly it ("their descent module lost its air
    during the return to Earth" after "flew Soyuz 11"), is the event the article stated last."""
    span = trigger.span
    if span[0].tag_ != "NN" or span.start < 2 or doc[span.start - 1].lower_ != "the" or \
            doc[span.start - 2].pos_ != "ADP" or (span.end < len(doc) and doc[span.end].pos_ == "NOUN") or \
            any(c.sent == span.sent and (c.start >= span.end or c.label_ in _FLYING_KINDS) for c in crafts):
        return None
    # (not one history stated: "The last soft landing was in 1976 by Luna-24. CCTV reported live about the
    # landing" in a 2013 story)
    stated = [s.craft_span for s in statements if s.trigger.event == trigger.event and s.craft_span is not None
              and s.trigger.span.start < span.start
              and not told_as_history(doc, s.trigger.span.sent, span.sent)]
    return stated[-1] if stated else None


def it_after_its_craft(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"the eighth to hook up with the Mir space station since it was put into orbit in 1986": "it"
    as the subject of a clause of its own is the craft named last before it in the sentence; so is
    "it" as the object of a verb that sends it to the event ("guiding it in to dock again")."""
    i = word_before(doc, trigger.span, AUXILIARIES)
    subject = i is not None and doc[i].lower_ == "it" and i > trigger.span.sent.start and \
        doc[i - 1].lower_ in _IT_CLAUSE_OPENERS
    if not subject:
        i = word_before(doc, trigger.span, _OBJECT_TO_VERB)
        if i is None or doc[i].lower_ != "it" or doc[trigger.span.start - 1].lower_ != "to":
            return None
    before = [c for c in candidates if c.end <= i]
    return before[-1] if before else None


def its_owner(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"The freighter is due at the outpost on Friday, two days after its launch": "its" before an
    event noun is the sentence's subject craft, not a station named on the way (but a station subject
    where it is the only craft: "Salyut 6 had been occupied ... since its launch")."""
    span = trigger.span
    i = span.start - 1
    while i > span.sent.start and doc[i].tag_ in {"JJ", "JJS", "RB"}:
        i -= 1  # "its first launch"
    if span[0].tag_ not in {"NN", "NNS"} or i <= span.sent.start or doc[i].lower_ != "its":
        return None
    subjects = [c for c in candidates if c.end <= i and
                (c.start == span.sent.start or doc[c.start - 1].lower_ not in _PLACE_PREPOSITIONS | {"of", "by"})]
    # (a station only where no other craft is: "Salyut 6 had been occupied for 8 of the 16 months since its
    # launch")
    return next((c for c in subjects if c.label_ != STATION), None) or \
        next((c for c in subjects if trigger.event == "launch"), None)


def coordinated_owner(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"Mengtian's detachment from the station and docking with the core module": the owner of the
    event noun the trigger's noun is coordinated with."""
    span = trigger.span
    i = span.start - 1
    if span[0].tag_ not in {"NN", "NNS", "VBG"} or i <= span.sent.start or doc[i].lower_ != "and":
        return None
    for craft in reversed([c for c in candidates if c.end < i]):
        if i - craft.end > _COORDINATED_REACH or any(t.tag_ in FINITE_VERBS or t.text in {",", ";"} for t in doc[craft.end:i]):
            return None
        if doc[craft.end].text in {"'s", "’s"}:
            return craft
    return None


def whose_owner(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"the new Mir station, whose core module had reached orbit": the craft the relative "whose"
    of the trigger's clause belongs to."""
    sent = trigger.span.sent
    whose = next((t.i for t in reversed(doc[sent.start:trigger.span.start]) if t.lower_ in {"whose", ","}), None)
    if whose is None or doc[whose].lower_ != "whose":
        return None
    before = [c for c in candidates if c.end <= whose and whose - c.end <= _WHOSE_REACH]
    return before[-1] if before else None


def which_owner(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"the loss of Challenger, which came apart shortly after liftoff": the craft right before the
    relative "which" whose clause holds a trigger noun."""
    if trigger.span[0].tag_ not in {"NN", "NNS"}:
        return None
    sent = trigger.span.sent
    which = next((t.i for t in reversed(doc[sent.start:trigger.span.start]) if t.lower_ in {"which", ",", ";"}), None)
    if which is None or doc[which].lower_ != "which" or doc[which - 1].text != ",":
        return None
    return next((c for c in candidates if c.end == which - 1), None)


def followed_by_owner(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"the pad shutdown of Gemini VI-A on December 12, followed by the successful launch": an event noun
    after "followed by" is of the craft the phrase before it names, the nearest one."""
    i = trigger.span.start - 1
    while i > trigger.span.sent.start and doc[i].tag_ in {"DT", "JJ", "RB", "PRP$", "NNP"}:
        i -= 1
    if i - 1 <= trigger.span.sent.start or doc[i].lower_ != "by" or doc[i - 1].lower_ != "followed":
        return None
    return max((c for c in candidates if c.end <= i - 1), key=lambda c: c.start, default=None)


def bracketed_owner(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"with Mir (DOS-7, launched 1986) taking over": a trigger in brackets opened right after a craft."""
    sent = trigger.span.sent
    opening = next((t.i for t in reversed(doc[sent.start:trigger.span.start]) if t.text in {"(", ")"}), None)
    if opening is None or doc[opening].text != "(":
        return None
    return next((c for c in candidates if c.end == opening), None)


def compound_owner(doc: Doc, trigger: Trigger, candidates: list[Span], manner: set[str]) -> Span | None:
    """"the disappointment of the Chandrayaan-2 crash landing", "Intrepid's touchdown": a craft right before a trigger noun
    (its `manner` words between: "crash", "soft") is its craft, whatever phrase holds the noun; never a station ("the ISS
    docking" is of its visitor)."""
    i = trigger.span.start
    while i > trigger.span.sent.start and doc[i - 1].lower_ in manner:
        i -= 1
    if i > trigger.span.sent.start + 1 and doc[i - 1].tag_ == "POS":
        i -= 1  # "to make Intrepid's touchdown precise": the possessor's
    craft = next((c for c in candidates if c.end == i and c.label_ != STATION), None)
    if craft is None or craft.start == 0:
        return None
    # (a gerund read as a verb is the noun still after a determiner: "the Chandrayaan-2 crash landing")
    noun = trigger.span[0].tag_.startswith("NN") or \
        (trigger.span[0].tag_ == "VBG" and doc[craft.start - 1].tag_ in {"DT", "PRP$", "POS"})
    return craft if noun else None


def described_owner(doc: Doc, trigger: Trigger, crafts: list[Span]) -> Span | None:
    """"to dock with China's first space station, which was launched last year": the craft of that
    kind named last before the description, where no craft of the kind stands between."""
    which = word_before(doc, trigger.span, AUXILIARIES)
    if which is None or which < 2 or doc[which].lower_ not in {"which", "that"} or doc[which - 1].text != ",":
        return None
    kinds = _DESCRIBED_KINDS.get(doc[which - 2].lower_)
    if kinds is None or any(c.end == which - 1 for c in crafts):
        return None  # (a craft named right there is `which_owner`'s or the clause's)
    return next((c for c in reversed(crafts) if c.end < which - 1 and c.label_ in kinds), None)


def station_as_place(doc: Doc, trigger: Trigger, craft: Span, crafts: list[Span]) -> bool:
    """A station the text names as a place, not as the thing launched: "a long mission on the
    space station ... efforts to launch people", "the Mir is to have tenants, two cosmonauts who are
    to blast off"."""
    if craft.label_ != STATION:
        return False
    between = doc[craft.end:trigger.span.start]
    if craft.end <= trigger.span.start and (any(t.lower_ in {"which", "that", "whose"} for t in between[:_RELATIVE_REACH]) or
                                            _relative_on_a_station(doc, trigger) or
                                            (trigger.span[0].tag_ == "VBN" and len(between) <= 3) or
                                            (trigger.span[0].tag_ == "VBN" and between[:1].text == "," and
                                             between[1:2].text.lower() in {"a", "an"} and
                                             not any(t.tag_.startswith("VB") and t.tag_ != "VBG" for t in between)) or
                                            (between[:1].text == "(" and ")" not in between.text)):
        return False  # "aboard Mir, a station launched in 1986", "to the Tianhe module, which had been launched",
        # "aboard Salyut 1, a 25-ton orbiting laboratory launched on April 19",
        # "with Mir (DOS-7, launched 1986)" (not "a tour on the ISS ... the capsule that carried them up")
    if opener(doc, craft) in _PLACE_PREPOSITIONS | _ARRIVALS:
        return True
    if opener(doc, craft) == "of" and craft.end <= trigger.span.start:
        return True  # "to join the crew of the International Space Station after blasting off"
    i = word_before(doc, trigger.span, AUXILIARIES)
    if i is not None and doc[i].lower_ == "who":
        return True
    after = trigger.span.end  # "launch people into orbit": the launched object is no craft
    return after < trigger.span.sent.end and doc[after].tag_ in {"NNS", "PRP"} and \
        not any(c.start <= after < c.end for c in crafts)


def _relative_on_a_station(doc: Doc, trigger: Trigger) -> bool:
    """"aboard the core module of the new space station, which was launched": the trigger's relative clause is
    on a station's noun (not "the same capsule that carried them up")."""
    i = word_before(doc, trigger.span, AUXILIARIES)
    if i is None or i < 1 or doc[i].lower_ not in {"which", "that"}:
        return False
    noun = doc[i - 1 - (doc[i - 1].text == ",")]
    return noun.lower_ in _STATION_NOUNS


def subjects_craft(doc: Doc, trigger: Trigger, crafts: list[Span]) -> Span | None:
    """"A and his crewmates landed" with no craft in the sentence: the crewed craft last named in
    an earlier sentence that names one of them, not the latest craft the text mentions."""
    sent = trigger.span.sent
    # (but the plan's own verbs: "A, 40, was due to return to Earth on Sept. 29")
    before_plan = word_before(doc, trigger.span, _PLANNED_WORDS)
    planned = sent.start if before_plan is None else before_plan + 1
    if not any(t.lower_ in _PLAN_HEADS for t in doc[planned:trigger.span.start]):
        planned = trigger.span.start  # (not a passive's "was launched": the subject is the craft's)
    # (or a clause of theirs: "A, B and C will complete the crew when they dock to the station")
    opening = sent.start
    for i in range(planned - 2, sent.start, -1):
        if doc[i].lower_ in _THEIR_CLAUSE and doc[i + 1].lower_ in PERSONAL_PRONOUNS:
            opening = i + 2
            break
    if any(sent.start <= c.start < sent.end for c in crafts) or \
            any(t.tag_ in FINITE_VERBS or t.tag_ == "MD" for t in doc[opening:planned]):
        return None
    people = doc.spans.get(PEOPLE_KEY, [])
    subjects = {p.kb_id_ for p in people if sent.start <= p.start and p.end <= trigger.span.start}
    # (not as an owner: "Simonyi's wife ... Paul Allen, who backed SpaceShipOne" puts no craft with him)
    named_with = {p.sent.start for p in people if p.kb_id_ in subjects and p.start < sent.start
                  and not (p.end < len(doc) and doc[p.end].text in {"'s", "’s"})}
    flown = [c for c in crafts if c.sent.start in named_with and c.label_ in CREWED]
    if (planned < trigger.span.start or opening > sent.start) and len({c.kb_id_ for c in flown}) > 1:
        return None  # a plan of people who flew several craft ("will return in the same capsule"): not here
    if flown and sent.start > 0:
        # "Its third and final flight was Crew-18. A, now its commander, lifted off": the flight the
        # sentence before brings in, over one the subject flew before
        previous = doc[sent.start - 1].sent
        brought = [c for c in crafts if previous.start <= c.start < previous.end and c.label_ in CREWED]
        # (not one it gives to other people: "X, Y and Z, having arrived Dec. 22 aboard Soyuz TMA-17")
        others = any(previous.start <= p.start < previous.end and p.kb_id_ not in subjects for p in people)
        if brought and "\n\n" not in doc_text(doc)[previous.end_char:sent.start_char] and \
                brought[-1].start > flown[-1].start and not others:
            return brought[-1]
    return flown[-1] if flown else None


def latest_told_of(doc: Doc, statements: list[Statement], names: set[str], outside: Span | None = None,
                   event: str | None = None, crewed: bool = False) -> Span | None:
    """The craft of the latest statement (of `event`, of a crewed craft with `crewed`) whose sentence,
    other than `outside`, names all of `names`."""
    people = doc.spans.get(PEOPLE_KEY, [])
    for statement in reversed(statements):
        told, span = statement.trigger.span.sent, statement.craft_span
        if span is None or told == outside or (event is not None and statement.trigger.event != event) or \
                (crewed and span.label_ not in CREWED):
            continue
        # (with whom an opening "He" or "She" stands for: "... Talgat Musabayev, has dual citizenship. He and
        # his Russian colleague, Nikolai Budarin, arrived with Frenchman Leopold Eyharts")
        start = doc[told.start - 1].sent.start if told.start > 0 and told[0].lower_ in {"he", "she"} else told.start
        if names <= {p.kb_id_ for p in people if start <= p.start < told.end}:
            return span
    return None


def _subjects(doc: Doc, trigger: Trigger) -> set[str]:
    """The people named in the trigger's sentence before it."""
    sent = trigger.span.sent
    return {p.kb_id_ for p in doc.spans.get(PEOPLE_KEY, []) if sent.start <= p.start and p.end <= trigger.span.start}


def stated_by_subjects(doc: Doc, trigger: Trigger, statements: list[Statement]) -> Span | None:
    """"A, now its commander, lifted off [on Crew-18 of the sentence before] ... A's crew returned to
    Earth": the craft of the latest statement whose sentence names the trigger's subjects (or their
    owner: "A's crew"), no craft in the trigger's own sentence."""
    sent = trigger.span.sent
    if any(t.tag_ in FINITE_VERBS or t.tag_ == "MD" for t in doc[sent.start:trigger.span.start]):
        return None  # (not "A and B will return on 17 March. They will use Soyuz MS-29")
    subjects = _subjects(doc, trigger)
    return latest_told_of(doc, statements, subjects, outside=sent, crewed=True) if subjects else None


def undocked_by_subjects(doc: Doc, trigger: Trigger, statements: list[Statement]) -> Span | None:
    """"A, B and C undocked their Soyuz TM-40 ... A, B and C are to land on the steppe": a landing
    whose subjects the sentence of an earlier undocking names lands in the craft that undocked."""
    if trigger.event != "landing":
        return None
    subjects = _subjects(doc, trigger)
    return latest_told_of(doc, statements, subjects, outside=trigger.span.sent, event="undocking") if subjects else None


_FOLLOWS = {"landing": "undocking", "docking": "launch"}  # the event whose clause a participle goes on with


def set_up_by_its_clause(doc: Doc, trigger: Trigger, statements: list[Statement]) -> Span | None:
    """"They planned to undock at 9:30 p.m. Friday, setting up a landing near Zhezkazgan": a landing in a
    participle's clause after its sentence's undocking (a docking after its launch) is of that craft."""
    sent = trigger.span.sent
    before = [s for s in statements if s.trigger.span.sent == sent and s.trigger.event == _FOLLOWS.get(trigger.event)
              and s.trigger.span.end <= trigger.span.start and s.craft_span is not None]
    if not before:
        return None
    between = doc[before[-1].trigger.span.end:trigger.span.start]
    comma = next((t.i for t in between if t.text == ","), None)
    return before[-1].craft_span if comma is not None and doc[comma + 1].tag_ == "VBG" and \
        not any(t.tag_ in FINITE_VERBS for t in doc[comma:trigger.span.start]) else None


def landed_by_subjects(doc: Doc, trigger: Trigger, statements: list[Statement]) -> Span | None:
    """"... landing aboard the Soyuz TM-19 ... Also onboard were B and C" then "A, B and C bid farewell
    and undocked earlier today": an undocking of two or more whom an earlier landing's sentence (and the
    one after it) names undocks the craft they land in."""
    if trigger.event != "undocking":
        return None
    subjects = _subjects(doc, trigger)
    if len(subjects) < 2:
        return None
    people = doc.spans.get(PEOPLE_KEY, [])
    named: dict[str, set[str]] = {}  # a craft's landings: who their sentences (and the next ones) name
    for statement in statements:
        told, span = statement.trigger.span.sent, statement.craft_span
        if statement.trigger.event != "landing" or span is None or span.label_ not in CREWED or \
                told == trigger.span.sent:
            continue
        # (its sentence and the next: "The capsule touched down ... Also onboard were B and C")
        after = doc[told.end].sent if told.end < len(doc) else told
        named.setdefault(span.kb_id_, set()).update(p.kb_id_ for p in people if told.start <= p.start < after.end)
    landed = [s.craft_span for s in reversed(statements) if s.craft_span is not None and
              subjects <= named.get(s.craft_span.kb_id_, set())]
    return landed[0] if landed else None


def seat_flight(doc: Doc, trigger: Trigger, candidates: list[Span], seats: set[str]) -> Span | None:
    """"landed on the moon as commander of the Apollo 16 mission": the flight the subject's seat after
    the trigger names, in the trigger's own clause (not "orbited the moon in Apollo 10" before a ";")."""
    end = min(trigger.span.end + _SEAT_REACH, trigger.span.sent.end)
    for i in range(trigger.span.end, end):
        if doc[i].text in {";", ":"} or doc[i].lower_ in {"and", "but", "while", "whilst"}:
            return None
        if doc[i].lower_ != "as":
            continue
        j = i + 1 + (doc[i + 1].lower_ in {"a", "the"} if i + 1 < len(doc) else 0)
        if j + 1 < len(doc) and doc[j].lower_ in seats and doc[j + 1].lower_ == "of":
            k = j + 2 + (j + 2 < len(doc) and doc[j + 2].lower_ == "the")
            return next((c for c in candidates if c.start == k and c.label_ in CREWED), None)
        return None
    return None


def copula_complement(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"The last orbiter to touch down on the runway was Atlantis": the craft a copula after the
    trigger's infinitive names is the one the trigger tells of."""
    span = trigger.span
    if span.start < 1 or doc[span.start - 1].lower_ != "to":
        return None
    copula = next((t.i for t in doc[span.end:span.sent.end] if t.lower_ in {"was", "is", "were"}), None)
    if copula is None or any(t.text in {",", ";"} for t in doc[span.end:copula]):
        return None
    return next((c for c in candidates if c.start > copula and c.start - copula <= _COMPLEMENT_REACH), None)

