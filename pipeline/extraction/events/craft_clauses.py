"""Where a craft stands in an event trigger's clause: the trigger's subject
("Soyuz MS-19, with three aboard, docked"), its object ("the launch of X",
"lifted off ... aboard X": `craft_objects`), or a phrase of its own ("from the
Shenzhou-15 crew") that makes it neither. `crafts.CraftChooser` asks these first
and falls back on the craft in focus.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import normalize_name
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

if TYPE_CHECKING:
    from .triggers import Trigger

LAUNCH_VEHICLE = "launch vehicle"
STATION = "space station"
CLAUSE_BREAKS = {";", "but", "while", "whilst", "whereas", "although", "though", "—"}
_BEFORE_REACH = 15  # tokens between a subject craft and its trigger
_APPOSITION_REACH = 30  # ... when an apposition between commas follows a sentence's opening craft
_ARTICLES = {"the", "a", "an"}
_APPOSED_MODIFIERS = 6  # words of "a 25-ton orbiting laboratory" between its article and noun
# Words that may stand between a subject and its verb: "Soyuz MS-19 has successfully docked".
AUXILIARIES = {"was", "were", "is", "are", "be", "been", "being", "will", "would", "has", "have", "had", "to",
               "successfully", "finally", "safely", "then", "later", "also", "just", "already", "set", "scheduled",
               "due", "expected", "'s", "’s", "'ll", "soon", "eventually", "smoothly", "gently", "automatically",
               "manually", "first", "again", "is", "planned", "seems", "seemed", "appears", "appeared", "have",
               "having", "get", "got", "not", "never", "managed", "even", "yet", "ever", "still"}
# Prepositions after which a craft before the trigger is not its subject.
_NOT_SUBJECT_AFTER = {"from", "of", "with", "to", "than", "by", "for", "at", "into", "toward", "towards", "after",
                      "before", "since", "like", "unlike", "replacing", "relieving", "joining"}
_MODELLED = {"based", "modelled", "modeled", "patterned"}  # "based on the Soyuz spacecraft"
_RELATIVES = {"which", "that"}
_RELATIVE_OPENERS = _RELATIVES | {"who"}  # "the Crew-1 mission, which ...", "its crew, who ..."
_PART_NOUNS = {"capsule", "module", "lander", "orbiter"}  # "the descent capsule of Soyuz TMA-12M"
LIGHT_VERB_WORDS = {"made", "make", "makes", "performed", "performs", "conducted", "completed", "achieved",
                     "the", "a", "an", "first", "its", "their", "historic", "successful", "final"}
_CONTRASTS = {"while", "whilst", "whereas"}
_FLIGHT_FRAMES = {"during", "on"}  # "During the Apollo 12 mission, ..."
FLIGHT_NOUNS = {"mission", "flight"}  # "During the Apollo 12 mission", "the Space Shuttle mission STS-7"
_ASIDE_OPENERS = {"who", "whose", "which", "when", "where"}
_DASHES = {"—", "–", "--"}
OWNING_PREPOSITIONS = {"of", "from"}  # "three colleagues from the Shenzhou-15 flight"
_FLIGHT_NOUN_REACH = 2  # nouns between a craft and the "who" after it: "from the Shenzhou-15 flight, who"
SUBORDINATORS = {"since", "after", "before", "until", "till", "once", "when", "as"}
VEHICLE_DETERMINERS = {"a", "an", "the", "their", "its", "his", "her"}
VEHICLE_PREPOSITIONS = {"aboard", "on", "in", "onboard"}
POSSESSIVES = {"its", "their", "his", "her"}
FINITE_VERBS = {"VBD", "VBZ", "VBP"}  # "it launched", not "it was launched" (VBN)
_PAYLOAD_REACH = 6  # words from a rocket to the craft it carries: "an H-IIB rocket carrying a Konotori"
_CARRYING = {"carrying", "carried", "bearing", "topped", "with", "lofting", "transporting", "ferrying"}

def crew_titles(words: dict) -> set[str]:
    """The words of a crew seat or title ("commander", "pilot", "crew"), data: event_cues.json."""
    return {r.split()[0] for r in words["crew_roles"]} | set(words["crew_nouns"])


def word_before(doc: Doc, span: Span, skip: set[str]) -> int | None:
    """The index of the nearest word before the span in its sentence that is not in `skip`
    (auxiliaries, adverbs between a subject and its verb), or None."""
    i = span.start - 1
    while i >= span.sent.start and doc[i].lower_ in skip:
        i -= 1
    return i if i >= span.sent.start else None


def before_relative(words: Span) -> Span:
    """The words up to a relative "who", whose clause's verbs are the list's before it: "Soyuz MS-05 commander
    A, B and C, who are scheduled for launch July 28"."""
    return next((words.doc[words.start:t.i] for t in words if t.lower_ == "who"), words)


def destination_before_relative(doc: Doc, craft: Span, trigger: Trigger) -> bool:
    """"a resupply mission to the International Space Station that launched last month": a station the
    phrase goes to, before a relative clause whose verb is the trigger, is no antecedent of it."""
    between = [t.lower_ for t in doc[craft.end:trigger.span.start]]
    return craft.label_ == STATION and between[:1] in (["that"], ["which"]) and \
        all(w in AUXILIARIES for w in between[1:]) and doc[word_before_phrase(doc, craft)].lower_ in {"to", "for"}


def word_before_phrase(doc: Doc, craft: Span) -> int:
    """The index of the word before the craft's phrase, past its determiner: "of" in "of the Crew-1
    mission", "from" in "colleagues from the Shenzhou-15 flight" (-1 at the text's start)."""
    i = craft.start - 1
    if i >= 0 and doc[i].tag_ == "DT":
        i -= 1
    return i


def _crew_of(doc: Doc, craft: Span, crew_nouns: set[str]) -> bool:
    """"astronauts of Apollo 8", "members of the Crew-1 mission": a crew noun owns the craft."""
    i = word_before_phrase(doc, craft)
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in crew_nouns


def _crew_of_opening(doc: Doc, craft: Span, crew_nouns: set[str]) -> bool:
    """The sentence opens with the crew of the craft ("Members of the Crew-1 mission, ...")."""
    return _crew_of(doc, craft, crew_nouns) and \
        all(t.tag_ in {"DT", "JJ", "CD"} or t.lower_ in crew_nouns or t.lower_ == "of"
            for t in doc[craft.sent.start:craft.start])


def clause_subject(doc: Doc, trigger: Trigger, candidates: list[Span], boundaries: set[int],
                   crew_nouns: set[str] = frozenset()) -> Span | None:
    """The nearest craft before the trigger in its clause: "Soyuz MS-19, with three aboard, docked";
    not one in a phrase of its own ("took over from the Shenzhou-15 crew"), unless a crew noun
    owns it ("astronauts of Apollo 8")."""
    antecedent = _relative_antecedent(doc, trigger, candidates)
    if antecedent is not None:
        return antecedent
    # "The Cygnus – named for X, a five-time shuttle flyer – is expected to arrive": past an aside set off by
    # a pair of dashes, and nothing it names
    dashes = [t.i for t in doc[trigger.span.sent.start:trigger.span.start] if t.text in _DASHES]
    aside = {i for a, b in zip(dashes[::2], dashes[1::2]) for i in range(a, b + 1)}
    for craft in reversed([c for c in candidates if c.end <= trigger.span.start and c.start not in aside]):
        between = [i for i in range(craft.end, trigger.span.start) if i not in aside]
        if any(i in boundaries or doc[i].text in {"—", ";"} for i in between):
            return None  # (another clause's: "orbited the moon in Apollo 10; landed on it as commander of ...")
        if contrast_between(doc, craft.end, trigger.span.start):
            return None  # "X circled in Yankee Clipper while A and B landed": another clause's subject
        if len(between) > _BEFORE_REACH:
            # "Kristall, fitted with furnaces and a docking unit designed for Buran, docked": a sentence's
            # opening craft and a long apposition set off by commas
            # ("..., made a touchdown": a light verb and its article before a trigger noun)
            last = word_before(doc, trigger.span, AUXILIARIES | LIGHT_VERB_WORDS)
            # (past its description: "The next cargo spacecraft Progress M-14M, which will deliver ..., is to dock")
            # (or a clause's: "as the Lander Module (LM) of Chandrayaan-3, the agency's third mission, made a touchdown")
            opening = craft.start == craft.sent.start or all(t.tag_ in {"DT", "JJ", "NN"} for t in doc[craft.sent.start:craft.start]) \
                or _opens_a_clause(doc, craft)
            # (or a participle's phrase: "A Dragon capsule containing four astronauts, including A and B, undocked")
            if opening and len(between) <= _APPOSITION_REACH and (doc[craft.end].text == "," or doc[craft.end].tag_ == "VBG") \
                    and last is not None and doc[last].text == ",":
                return craft
            # "Members of the Crew-1 mission, which consists of A, B and C will leave": the crew of the
            # craft opens the sentence and a relative clause stands between
            if _crew_of_opening(doc, craft, crew_nouns) and len(between) <= _APPOSITION_REACH and \
                    any(doc[i].text == "," and doc[i + 1].lower_ in _RELATIVE_OPENERS for i in range(craft.end, craft.end + 2)):
                return craft
            return None
        # "since Shenzhou-15 docked", "after Soyuz MS-19 landed": a clause's subject right before its verb
        governs = all(doc[i].lower_ in AUXILIARIES for i in between) and opener(doc, craft) in SUBORDINATORS
        # "catch up with the Mir, which was launched Feb. 20": the subject of a relative clause
        # ("the Soyuz TMA-14M spaceship which landed": its head noun may stand between, and its
        # adjectives: "the Surveyor 3 robotic probe, which landed")
        kept = [i for i in between if doc[i].text != ","]
        head = 0
        while head < len(kept) and doc[kept[head]].tag_ in {"NN", "NNS", "JJ"}:
            head += 1
        if head and doc[kept[head - 1]].tag_ in {"NN", "NNS"}:
            kept = kept[head:]
        words = [doc[i].lower_ for i in kept]
        # ("Soyuz 19 ... that made the first docking": a light verb before a trigger noun)
        own_relative = bool(words) and words[0] in _RELATIVES and \
            all(w in AUXILIARIES or w in LIGHT_VERB_WORDS for w in words[1:])
        # (or its infinitive: "replaced by Progress MS-25, to be launched on December 1")
        own_relative = own_relative or (words == ["to", "be"] and doc[craft.end].text == ",")
        governs = governs or own_relative
        # "three astronauts of Apollo 8 ... returned to Earth": a crew's craft stands for its crew
        governs = governs or _crew_of(doc, craft, crew_nouns)
        # "The descent capsule of Russia's Soyuz TMA-12M ... has landed": a part stands for its craft
        governs = governs or _part_of(doc, craft)
        if in_own_phrase(doc, craft) and not governs:
            continue
        if words and words[0] == "where":
            continue  # "moved the ship to the Harmony module, where it docked": the place the clause tells of
        if in_relative_aside(doc, craft, trigger) and not own_relative:
            continue  # "A and B, who had flown together aboard Soyuz T-10, docked" (not "X, who arrived on
            # Endeavour, which returned to Earth": the craft's own clause)
        if _object_before_participle(doc, craft, trigger):
            continue  # "Endeavour approaches the ISS, carrying four astronauts": the main clause's subject carries
        if craft.end < len(doc) and doc[craft.end].text in {"'s", "’s"} and any(doc[i].text == "," for i in between):
            continue  # "a capsule carrying four, including Starliner's test pilots A and B, undocked": a possessor
        if opener(doc, craft) in SUBORDINATORS | {"while", "whilst", "although", "though"} and \
                any(doc[i].text == "," for i in between):
            continue  # "While Vostok 5 was still in orbit, X was launched aboard Vostok 6": its own clause
        return craft
    return None


def _object_before_participle(doc: Doc, craft: Span, trigger: Trigger) -> bool:
    """The craft is a finite verb's object and the trigger a participle after a comma: the
    participle tells of the verb's subject ("X approaches the ISS, carrying four astronauts")."""
    i = craft.start - 1
    while i >= craft.sent.start and doc[i].tag_ in {"DT", "PRP$", "POS", "JJ", "NNP"}:
        i -= 1
    start = trigger.span.start
    return i >= craft.sent.start and doc[i].tag_ in FINITE_VERBS and doc[start].tag_ == "VBG" and \
        start > 0 and doc[start - 1].text == ","


def _opens_a_clause(doc: Doc, craft: Span) -> bool:
    """The craft's noun phrase ("the lander module (LM) of X") follows a subordinator: "as", "when"."""
    i = craft.start - 1
    while i >= craft.sent.start and (doc[i].tag_ in _NOUN_PHRASE_TAGS or doc[i].lower_ == "of"):
        i -= 1
    return i >= craft.sent.start and doc[i].lower_ in SUBORDINATORS and i < craft.start - 1


_NOUN_PHRASE_TAGS = {"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "-LRB-", "-RRB-", "POS"}


def _part_of(doc: Doc, craft: Span) -> bool:
    """The craft follows "the capsule of", "the descent module of" ("of Russia's" between)."""
    i = craft.start - 1
    while i >= craft.sent.start and doc[i].tag_ in {"NNP", "POS", "JJ"}:
        i -= 1
    if i > craft.sent.start + 3 and doc[i].lower_ == "of" and doc[i - 1].text == ")" and doc[i - 3].text == "(":
        i -= 3  # "the Lander Module (LM) of Chandrayaan-3"
        return doc[i - 1].lower_ in _PART_NOUNS
    return i > craft.sent.start and doc[i].lower_ == "of" and doc[i - 1].lower_ in _PART_NOUNS


def _relative_antecedent(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"will relieve three colleagues from the Shenzhou-15 flight, who ... will return to Earth": a "who"
    clause's trigger is of the people its antecedent names by their craft."""
    sent = trigger.span.sent
    who = next((t.i for t in reversed(doc[sent.start:trigger.span.start]) if t.lower_ == "who" or t.text in {",", ";"}),
               None)
    if who is None or doc[who].lower_ != "who" or who - 1 <= sent.start or doc[who - 1].text != ",":
        return None
    craft = next((c for c in reversed(candidates) if who - 1 - _FLIGHT_NOUN_REACH <= c.end <= who - 1), None)
    if craft is None or not all(t.tag_ in {"NN", "NNS"} for t in doc[craft.end:who - 1]):
        return None
    owner = word_before_phrase(doc, craft)
    return craft if owner > sent.start and doc[owner].lower_ in OWNING_PREPOSITIONS else None


def in_relative_aside(doc: Doc, craft: Span, trigger: Trigger) -> bool:
    """The craft stands in a "who ...", "which ..." or "when ..." clause that closes with a comma
    before the trigger: "Columbia, first to fly when it flew STS-1 in 1981, lifted off on STS-107"."""
    i = craft.start - 1
    while i >= craft.sent.start and doc[i].text != ",":
        if doc[i].lower_ in _ASIDE_OPENERS:
            # the craft is the aside's object ("when it flew STS-1"), not its subject ("when three
            # astronauts of Apollo 8, the first to orbit the Moon, returned")
            return any(t.text == "," for t in doc[craft.end:trigger.span.start]) and \
                any(t.tag_.startswith("VB") for t in doc[i + 1:craft.start])
        i -= 1
    return False


def opener(doc: Doc, craft: Span) -> str:
    """The word before the craft's noun phrase ("since" in "since the Shenzhou-15 docked")."""
    i = craft.start - 1
    while i >= craft.sent.start and doc[i].tag_ in {"DT", "PRP$", "POS", "JJ", "NNP"}:
        i -= 1
    return doc[i].lower_ if i >= craft.sent.start else ""


def in_own_phrase(doc: Doc, craft: Span) -> bool:
    """The craft heads a phrase after a preposition: "from the Shenzhou-15 crew", "with Tianhe"."""
    if craft.start > 1 and doc[craft.start - 1].text in ("(", ","):
        # "the International Space Station (ISS)", "the International Space Station, ISS,": the alias
        # stands where its name stands
        named = [c for c in doc.spans.get(SPACECRAFT_KEY, []) if c.end == craft.start - 1 and c.kb_id == craft.kb_id]
        if named:
            return in_own_phrase(doc, named[0])
    i = craft.start - 1
    while i >= craft.sent.start and doc[i].tag_ in {"DT", "PRP$", "POS", "JJ", "NNP"} and \
            doc[i].lower_ not in VEHICLE_PREPOSITIONS:
        i -= 1
    if i > craft.sent.start and doc[i].text == "," and doc[i + 1].tag_ == "DT" and doc[i - 1].ent_type_ == "PERSON":
        return True  # a person's apposition: "Ken Mattingly, the former Apollo 16 command module pilot,"
    # "First European to command International Space Station blasts off": an infinitive's object
    infinitive = i > craft.sent.start and doc[i].tag_ == "VB" and doc[i - 1].lower_ == "to"
    if i >= craft.sent.start and doc[i].lower_ == "with" and craft.end < len(doc) and doc[craft.end].lower_ in {"having", "being"}:
        return False  # "with Apollo 11 having landed several kilometres off": the participle's subject
    # ("The capsule, based on the Russian Soyuz spacecraft ..., is due to touch down": what it is modelled on)
    modelled = i > craft.sent.start and doc[i].lower_ == "on" and doc[i - 1].lower_ in _MODELLED
    return i >= craft.sent.start and (doc[i].lower_ in _NOT_SUBJECT_AFTER or infinitive or modelled)


def contrast_between(doc: Doc, start: int, end: int) -> bool:
    """A "while" or "whereas" clause with a subject of its own opens between tokens start and end: "X
    circled the moon in Yankee Clipper while A and B landed" (not "Soyuz MS-40, while carrying three,")."""
    return any(doc[i].lower_ in _CONTRASTS and doc[i + 1].tag_ != "VBG" for i in range(start, end))


def fronted_flight(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"During the Apollo 12 mission in November 1969, X circled the moon while A and B landed": a
    fronted mission phrase names the flight of the sentence's events that name no craft of their own."""
    sent = trigger.span.sent
    if doc[sent.start].lower_ not in _FLIGHT_FRAMES:
        return None
    comma = next((t.i for t in doc[sent.start:trigger.span.start] if t.text == ","), None)
    flight = next((c for c in candidates if comma is not None and c.end <= comma), None)
    if flight is None or not any(t.lower_ in FLIGHT_NOUNS for t in doc[flight.end:min(comma, flight.end + 2)]):
        return None
    return flight


def main_clause_craft(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"Launched from Cape Canaveral, Glenn made three orbits in Friendship 7", "Launching from
    Florida, the group traveled aboard a Crew Dragon": a fronted participle's event is the main
    clause's craft, the first named after its comma."""
    sent = trigger.span.sent
    first = trigger.span[0]
    # (the tagger may read a sentence's opening participle as a past verb: "Launched on May 10 from ...")
    participle = first.tag_ in {"VBN", "VBG"} or \
        (first.tag_ == "VBD" and first.i + 1 < len(doc) and doc[first.i + 1].tag_ == "IN")
    if trigger.span.start != sent.start or not participle:
        return None
    comma = next((t.i for t in doc[trigger.span.end:sent.end] if t.text == ","), None)
    if comma is None:
        return None
    return next((c for c in candidates if c.start > comma and not in_own_phrase(doc, c)), None)


def participle_head(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"for the Tiangong-1 laboratory, launched in late 2011": a participle after a comma
    tells of the craft just before it, with a head noun at most, whatever phrase holds it."""
    start = trigger.span.start
    if trigger.span[0].tag_ != "VBN" or start < 2 or doc[start - 1].text != ",":
        return None
    before = [c for c in candidates if c.end <= start - 1]
    if not before:
        return None
    craft = max(before, key=lambda c: c.end)
    between = doc[craft.end:start - 1]
    return craft if len(between) <= 1 and all(t.tag_ in {"NN", "NNS"} for t in between) else None


def apposed_participle(doc: Doc, trigger: Trigger, candidates: list[Span], nouns: set[str]) -> Span | None:
    """"aboard Salyut 1, a 25-ton orbiting laboratory launched on April 19": a participle after
    a craft noun whose indefinite phrase stands in apposition to the craft just before it."""
    start = trigger.span.start
    if trigger.span[0].tag_ != "VBN" or start < 4 or doc[start - 1].lower_ not in nouns:
        return None
    i = start - 2
    while i > trigger.span.sent.start and i > start - 2 - _APPOSED_MODIFIERS and doc[i].lower_ not in {"a", "an"} \
            and (doc[i].tag_ in {"JJ", "NN", "CD", "HYPH", "VBG"} or doc[i].text == "-"):
        i -= 1
    if doc[i].lower_ not in {"a", "an"} or doc[i - 1].text != ",":
        return None
    return next((c for c in candidates if c.end == i - 1), None)


def apposed_event(doc: Doc, trigger: Trigger, candidates: list[Span]) -> Span | None:
    """"commander of Apollo 15, the first lunar landing to carry a rover": an event noun whose phrase
    stands in apposition to the craft just before it."""
    start = trigger.span.start
    if not trigger.span[0].tag_.startswith("NN"):
        return None
    i = start - 1
    while i > trigger.span.sent.start and start - i <= _APPOSED_MODIFIERS and doc[i].lower_ not in _ARTICLES \
            and doc[i].tag_ in {"JJ", "JJS", "NN", "NNP", "CD", "HYPH"}:
        i -= 1
    if doc[i].lower_ not in _ARTICLES or doc[i - 1].text != ",":
        return None
    return next((c for c in candidates if c.end == i - 1), None)


def payload_of(doc: Doc, rocket: Span, carried: list[Span]) -> Span | None:
    """The craft a rocket is said to carry right after it: "an H-IIB rocket carrying a Konotori",
    "a Falcon 9 topped with Crew Dragon"."""
    for craft in carried:
        if craft.start >= rocket.end and craft.start - rocket.end <= _PAYLOAD_REACH:
            words = {t.lower_ for t in doc[rocket.end:craft.start]}
            if words & _CARRYING and not words & {",", ";", "and"}:
                return craft
    return None


_OTHER_ONE = {"different", "separate", "second"}


def another_of_its_class(span: Span | None) -> bool:
    """"three others arrive aboard a Soyuz spacecraft" after Soyuz TMA-16's landing, "will return on
    another Soyuz capsule", "the launch of the next Progress": a class after "aboard a" or "next" once a
    flight of it is named, or after "another", is a craft the article does not name (the class stays the
    class), not that flight."""
    if span is not None and span.start >= 3 and span.doc[span.start - 1].lower_ in _OTHER_ONE and \
            span.doc[span.start - 2].lower_ in {"a", "an"} and span.doc[span.start - 3].lower_ in VEHICLE_PREPOSITIONS:
        return True  # "return to Earth in a different Soyuz"
    if span is None:
        return False
    if span.start >= 1 and span.doc[span.start - 1].lower_ == "next" and _flight_named_before(span):
        return True  # "The launch of the next Progress cargo ship is planned on Aug. 24" after Progress M-11M's
        # undocking: not that one (but a lede's "its next New Shepard launch" is the flight it names)
    # (past its maker's name: "aboard a SpaceX Crew Dragon")
    start = span.start - 1 if span.start >= 3 and span.doc[span.start - 1].tag_ == "NNP" else span.start
    if start < 2 or span.doc[start - 1].lower_ not in {"a", "an", "another"}:
        return False
    if span.doc[start - 2].lower_ not in VEHICLE_PREPOSITIONS:
        return False
    # ("blasted off aboard a Soyuz" before the story names Soyuz MS-13 is that flight)
    return span.doc[start - 1].lower_ == "another" or _flight_named_before(span)


def _flight_named_before(span: Span) -> bool:
    """A flight of the class the span names stands before it: "Soyuz MS-13" before "a Soyuz"."""
    named = normalize_name(span.kb_id_)
    return any(c.start < span.start and normalize_name(c.kb_id_).startswith(named + " ")
               for c in span.doc.spans.get(SPACECRAFT_KEY, []))
