"""Where a person or a sentence stands in the text, as the crew finder (`crew/finder.py`) reads it:
the craft named after a person, a person dated to another year, a line that opens a new
paragraph or a section; and the crews a craft is said to carry ("an Apollo spacecraft
carrying A, B and C", "Shenzhou-21, carrying the Shenzhou-20 crew")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name
from ..spacecraft.families import CraftFamilies
from .subjects import chain, list_end
from ..people.name_lists import APOSTROPHES
from ..people.finder import SPAN_KEY as PEOPLE_KEY
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

CREWED = {"crew vehicle", "spaceplane"}
_NEW_CREW_MODIFIERS = 3  # words between "A" and its crew noun: "A new expedition crew"
_RIDING = {"in", "aboard", "on"}  # "A and B in a Soyuz-19 capsule"
_JOINING = {"joined", "joins", "join"}  # "A joined B and C in the capsule"
_ASSIGNED_REACH = 6  # words from a list to its flight: "will carry out the"
_FLOWN_REACH = 4  # words from a person to the craft a verb of theirs names: "X had flown on Gemini 4"
_HEADING_WORDS = 6
_RELATIVE_PRONOUNS = {"who", "whom", "whose", "which"}
_FLOWN_WITH = {"flew", "flown", "flies", "fly", "crewed", "manned", "launched", "lifted"}
_LIST_ITEM = re.compile(r"\s*(?:[-*•]|\d+[.)])\s")
_CREW_LABEL = re.compile(r"^[ \t]*(?:Prime\s+)?(?P<noun>[Cc]rew(?:\s*[Mm]embers)?|[Aa]stronauts|[Cc]osmonauts)[ \t]*:", re.MULTILINE)
_LABEL = re.compile(r"[ \t]*[A-Z][\w/ ()-]{0,40}:")  # "Launch Site:", "Docking Schedule with the ISS:"
_CARRIER_WORDS = {"carrying", "bringing", "ferrying", "delivered"}  # a participle after the craft (not "Endeavour
# carried A in May"), or the arrival's "The Soyuz craft delivered A, B and C"
_COLLEAGUES = {"colleagues", "crewmates", "comrades", "companions"}  # "A and his Russian colleagues"
_CREW_TITLE_WORDS = {"crew", "crewmember", "crewmate"}  # "Soyuz T-13 crew member X"
_OWNED_TITLE_REACH = 5  # tokens from a name back to the craft owning its title: "Atlantis' commander, A"
_COLLEAGUE_REACH = 3  # words from "his" to "colleagues": "his two Russian colleagues"
_CARRIED_TITLE = 3  # words of title between "carrying" and the first name: "carrying NASA astronaut"
_HATCH_REACH = 7  # "opened the hatch of the shuttle Atlantis"
_OWN_RELATIVE = re.compile(r"\s*,\s*(?:which|whose)\b[^,;.()]*$")  # ", which was crewed by astronauts "
# "separated from the Endeavor (CSM 112) with astronaut ": the craft, a bracket, "with" and a title
_WITH_ABOARD = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*with\s+(?:[a-z]+\s+){0,3}$")
_ABOARD_AFTER = re.compile(r"\s*(?:aboard|on\s+board|onboard)\b")
_CARRIER_REACH = 8  # words from a craft to the other flight's crew it carries: "Shenzhou-21 spaceship, carrying the"


def next_craft(person: Span, crafts: list[Span]) -> Span | None:
    """The first craft named after the person in the sentence."""
    return next((c for c in crafts if person.end <= c.start < person.sent.end), None)


def flies_this(doc: Doc, person: Span, crafts: list[Span], key: str) -> bool:
    """"A, B and C will carry out the Shenzhou-14 spaceflight mission": the first craft after the
    person in the sentence is the event's."""
    following = next_craft(person, crafts)
    return following is not None and normalize_name(following.kb_id_) == key


def assigned_to(doc: Doc, person: Span, crafts: list[Span], key: str, verbs: set[str]) -> bool:
    """"A, B and C will carry out the Shenzhou-16 mission", "A and B were assigned to Soyuz MS-30": the
    list that holds the person is the subject of a verb of flying whose object is the event's craft."""
    following = next_craft(person, crafts)
    if following is None or normalize_name(following.kb_id_) != key:
        return False
    between = doc[list_end(doc, person):following.start]
    if another_flight_of(doc, following):
        return False
    return len(between) <= _ASSIGNED_REACH and any(t.lower_ in verbs for t in between) and \
        not any(t.is_punct for t in between)


def another_flight_of(doc: Doc, craft: Span) -> bool:
    """"will fly on Dragon's first operational mission": a flight the craft's possessive counts
    among its flights, not the flight the event is."""
    if craft.end + 1 >= len(doc) or doc[craft.end].text not in {"'s", "’s"}:
        return False
    return any(t.lower_ in _COUNTED_FLIGHT_WORDS or t.tag_ == "JJS" for t in doc[craft.end + 1:craft.end + 3])


def flies_another(doc: Doc, person: Span, crafts: list[Span], key: str) -> bool:
    """"it came 42 years after cosmonaut Yuri Gagarin rode Vostok 1": the person is the subject of
    a verb whose object, a few words on, is another crewed craft (not the event's craft by its
    class: "A and B brought their SpaceX Crew Dragon, which they have christened Endeavour")."""
    following = next_craft(person, crafts)
    if following is None or following.label_ not in CREWED:
        return False
    if same_or_class(normalize_name(following.kb_id_), key):
        return False
    # (past the comma that closes an apposition: "Savinykh's partner, Vladimir Dzhanibekov, left in the Soyuz T-13")
    between = doc[person.end + (person.end < following.start and doc[person.end].text == ","):following.start]
    verb = next((t.i for t in between if t.tag_ in {"VBD", "VBZ", "VBP"}), None)
    # (not a verb with a subject of its own: "with commander X, the ship docked with Soyuz 4")
    own_subject = verb is not None and any(t.tag_ == "DT" for t in doc[between.start:verb])
    return (len(between) <= _FLOWN_REACH and verb is not None and not own_subject and
            not any(t.is_punct for t in between)) or _listed_in(doc, person, following)


def in_another_crafts_clause(doc: Doc, person: Span, crafts: list[Span], key: str) -> bool:
    """"a second spacecraft, Gemini VII, which was crewed by astronauts A and B": the person stands in a
    relative clause of another crewed craft, which tells of that craft's crew."""
    other = _other_crewed_craft_before(person, crafts, key)
    return other is not None and _OWN_RELATIVE.match(doc_text(doc)[other.end_char:person.start_char]) is not None


def _other_crewed_craft_before(person: Span, crafts: list[Span], key: str) -> Span | None:
    """The last craft named before the person in the sentence, where it is another crewed craft than the
    event's (`key`) or its class."""
    before = [c for c in crafts if person.sent.start <= c.start and c.end <= person.start]
    if not before or before[-1].label_ not in CREWED or same_or_class(normalize_name(before[-1].kb_id_), key):
        return None
    return before[-1]


def aboard_another_craft(doc: Doc, person: Span, crafts: list[Span], key: str) -> bool:
    """"Falcon, with A and B aboard, undocked from the Endeavor with C aboard": the person is listed
    after another crewed craft, with "aboard" after the list, which tells of that craft's crew."""
    other = _other_crewed_craft_before(person, crafts, key)
    if other is None:
        return False
    text = doc_text(doc)
    names = {i for p in doc.spans.get(PEOPLE_KEY, []) for i in range(p.start, p.end)}
    first = person.start  # (back to the list's first name: "with astronauts Scott and Irwin aboard")
    while first - 2 >= other.end and doc[first - 1].lower_ in {"and", ","} and first - 2 in names:
        first -= 2
        while first - 1 in names:
            first -= 1
    last = doc[list_end(doc, person) - 1]
    return _WITH_ABOARD.fullmatch(text[other.end_char:doc[first].idx]) is not None and \
        _ABOARD_AFTER.match(text, last.idx + len(last.text)) is not None


def rides(doc: Doc, person: Span, crafts: list[Span], key: str) -> bool:
    """"cosmonauts A and B in a Soyuz-19 capsule": the person is listed straight into the craft."""
    following = next_craft(person, crafts)
    if following is None or normalize_name(following.kb_id_) != key:
        return False
    if _listed_in(doc, person, following):
        return True
    # "A, 48, joined Soviet cosmonauts B and C in the Soyuz TM-11 space capsule": who joins them there too
    i = person.end
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        i += 3
    if i >= len(doc) or doc[i].lower_ not in _JOINING:
        return False
    joined = next((p for p in doc.spans.get(PEOPLE_KEY, []) if i < p.start < following.start), None)
    return joined is not None and not any(t.tag_.startswith("VB") or t.is_punct for t in doc[i + 1:joined.start]) \
        and _listed_in(doc, joined, following)


def flown_with(doc: Doc, person: Span, crafts: list[Span]) -> Span | None:
    """The craft a list that holds the person is flown with: "The Apollo was flown with A, B and C and
    the Soyuz flew with D and E"."""
    names = {i for p in doc.spans.get(PEOPLE_KEY, []) for i in range(p.start, p.end)}
    i = person.start - 1
    # back over the names listed before, and their titles ("with commander A and flight engineer B")
    while i > person.sent.start and (i in names or doc[i].text in {",", "and"} or
                                     (doc[i].is_lower and doc[i].pos_ == "NOUN")):
        i -= 1
    if doc[i].lower_ != "with" or i - 1 <= person.sent.start or doc[i - 1].lower_ not in _FLOWN_WITH:
        return None
    j = i - 2
    while j >= person.sent.start and doc[j].lower_ in {"was", "were", "is", "are", "been"}:
        j -= 1
    return next((c for c in crafts if c.end - 1 == j), None)


def _listed_in(doc: Doc, person: Span, craft: Span) -> bool:
    """"astronauts A, B and C in an Apollo Command and Service Module": a list of names that goes
    straight on to "in", "aboard" or "on" the craft."""
    names = {i for p in doc.spans.get(PEOPLE_KEY, []) for i in range(p.start, p.end)}
    i = person.end
    while i < craft.start and (i in names or doc[i].text in {",", "and"}):
        i += 1
    if i >= craft.start or doc[i].lower_ not in _RIDING:
        return False
    return all(t.lower_ in {"a", "an", "the", "their", "its"} for t in doc[i + 1:craft.start])


def same_or_class(one: str, other: str) -> bool:
    """Two craft keys name the same craft, or one is the other's class ("soyuz", "soyuz tma 12m")."""
    return one == other or one.startswith(other + " ") or other.startswith(one + " ")


def dated_another_year(doc: Doc, person: Span, value: str) -> bool:
    """The person's sentence dates them, before their name, to a year other than the event's."""
    if not value[:4].isdigit():
        return False
    return any(person.sent.start_char <= d.start < person.start_char and d.value[:4].isdigit()
               and d.value[:4] != value[:4] for d in doc._.dates)


def dated_after_to_another_year(doc: Doc, person: Span, value: str) -> bool:
    """The person's own clause dates them, after their name, to a year other than the event's:
    "after Belgian astronaut Frank de Winne in 2009", "X will be the third European commander next
    year" (not "A, who first flew in 2009, and B": an aside of theirs)."""
    if not value[:4].isdigit():
        return False
    for date in doc._.dates:
        if not person.end_char <= date.start < person.sent.end_char or not date.value[:4].isdigit() or \
                date.value[:4] == value[:4]:
            continue
        # not another person's date, one not listed with them: "A, the second Emirati to fly, after B's
        # visit in 2019" dates B's visit (not "A and pilot B had come up in 2019")
        if any(person.end_char <= other.start_char < date.start and not _listed_together(doc[person.end:other.start])
               for other in doc.spans.get(PEOPLE_KEY, [])):
            continue
        between = doc.char_span(person.end_char, date.start, alignment_mode="contract")
        if between is not None and any(t.lower_ in _RELATIVE_PRONOUNS for t in between):
            continue
        return True
    return False


def _listed_together(between: Span) -> bool:
    """Two names joined as a list's items: only "and", commas and a title between them."""
    words = [t for t in between if t.lower_ not in {",", "and", "&"}]
    return len(between) <= 4 and len(words) < len(between) and \
        all(t.pos_ in {"NOUN", "PROPN"} and not t.is_title for t in words)


def line_break_between(doc: Doc, first: Span, later: Span) -> bool:
    """A new line opens between the two sentences, not an item of a list ("- Name, pilot")."""
    lines = doc_text(doc)[first.start_char:later.end_char].split("\n")[1:]
    return any(line.strip() and not _LIST_ITEM.match(line) for line in lines)


def after_a_heading(doc: Doc, sent: Span) -> bool:
    """The sentence opens with, or is, a section heading: a short line of its own with no full stop
    ("## Who flew", "THE CREW")."""
    text = doc_text(doc)
    line_end = text.find("\n", sent.start_char)
    if line_end < 0 or line_end >= sent.end_char:
        return False
    line = text[sent.start_char:line_end].strip().lstrip("#").strip()
    return 0 < len(line.split()) <= _HEADING_WORDS and not line.endswith((".", "!", "?", ":", '"', "”"))


def opens_on_a_new_crew(sent: Span, crew_nouns: set[str], end: int | None = None) -> bool:
    """"A new expedition crew, including A and B, docked": the sentence opens on a crew the text
    has not spoken of (an indefinite article, a few modifiers, a crew noun; before `end`)."""
    doc = sent.doc
    if doc[sent.start].lower_ not in {"a", "an"}:
        return False
    stop = min(sent.end, sent.start + 2 + _NEW_CREW_MODIFIERS, sent.end if end is None else end)
    head = next((t for t in doc[sent.start + 1:stop] if t.tag_ not in {"NN", "JJ", "NNP", "HYPH"}
                 or t.lower_ in crew_nouns), None)
    return head is not None and head.lower_ in crew_nouns


def fact_box_crew(doc: Doc, crew_nouns: set[str]) -> list[str]:
    """"Crewmembers: Yuri Malenchenko (FSA)\nSunita Williams (NASA)": the people a fact box's crew
    label lists, on its line and the lines below it up to a blank line or the next label."""
    text = doc_text(doc)
    people = doc.spans.get(PEOPLE_KEY, [])
    found: list[str] = []
    for label in _CREW_LABEL.finditer(text):
        if label.group("noun").lower().replace(" ", "") not in crew_nouns:
            continue
        end = label.end()
        for number, line in enumerate(text[label.end():].split("\n")):
            if number and (not line.strip() or _LABEL.match(line)):
                break
            end += len(line) + 1
        found += [p.kb_id_ for p in people if label.end() <= p.start_char < end]
    return list(dict.fromkeys(found))


def crew_carriers(doc: Doc, crafts: list[Span], crew_nouns: set[str]) -> dict[str, Span]:
    """"The return capsule of Shenzhou-21, carrying the Shenzhou-20 crew, touched down": the craft that
    carries another flight's crew home, by the key of the flight that names the crew."""
    carriers = {}
    for carrier in crafts:
        verb = _carrying(doc, carrier)
        if verb is None:
            continue
        named = next((c for c in crafts if verb < c.start <= verb + 2 and c.end < len(doc) and
                      doc[c.end].lower_ in crew_nouns), None)
        if named is not None and all(t.lower_ in {"the", "its", "their"} for t in doc[verb + 1:named.start]) and \
                not same_or_class(normalize_name(named.kb_id_), normalize_name(carrier.kb_id_)):
            carriers[normalize_name(named.kb_id_)] = carrier
    return carriers


def carried_crews(doc: Doc, people: list[Span], crafts: list[Span]) -> dict[str, list[str]]:
    """"sent an Apollo spacecraft aloft from Florida carrying Thomas Stafford, Vance Brand and Deke
    Slayton": the crew a list after a craft and "carrying" names, by the craft's key."""
    carried: dict[str, list[str]] = {}
    for craft in crafts:
        verb = _carrying(doc, craft)
        if verb is None or any(c.start > craft.start and c.end <= verb for c in crafts):
            continue
        here = [p for p in people if verb < p.start < craft.sent.end]
        first = next((p for p in here if p.start - verb <= _CARRIED_TITLE + 1 and
                      all(t.is_lower or t.pos_ == "PROPN" for t in doc[verb + 1:p.start])), None)
        if first is not None:
            # (a colon's list runs to the sentence's end, past asides: "aboard Challenger: commander A, who
            # is making his third flight, pilot B, and C")
            # (and a main verb's object runs there too: "delivered commander A, 47, from Kazakhstan, engineer B")
            listed = here if doc[verb].text == ":" or doc[verb].tag_ == "VBD" else \
                chain(doc, here, first.start, set(), forward=True, titled=True)
            carried.setdefault(normalize_name(craft.kb_id_), []).extend(p.kb_id_ for p in listed)
    return carried


def colleagues_named(doc: Doc, sent: Span, people: list[Span]) -> list[str]:
    """"The Soyuz carrying A and his Russian colleagues lifted off" where the article lists "his two
    Russian colleagues: Mir 18 flight commander A, 32; and engineer B, 54": the colleagues' names."""
    def owned(noun) -> bool:
        return noun.lower_ in _COLLEAGUES and any(doc[j].lower_ in {"his", "her", "their"}
                                                 for j in range(max(noun.sent.start, noun.i - _COLLEAGUE_REACH), noun.i))
    noun = next((t for t in sent if owned(t)), None)
    if noun is None:
        return []
    for other in doc:
        if other.i != noun.i and other.lower_ == noun.lower_ and owned(other) and other.i + 1 < len(doc) and \
                doc[other.i + 1].text in {":", ","}:
            after = [p for p in people if other.i < p.start < other.sent.end]
            # the names up to the clause's next verb
            return [p.kb_id_ for p in after if not any(t.tag_ in {"VBD", "VBZ", "VBP"} for t in doc[other.i:p.start])]
    return []


def _carrying(doc: Doc, craft: Span) -> int | None:
    """Where "carrying" (or "bringing", "ferrying") follows a crewed craft within a few words of its
    sentence."""
    if craft.label_ not in CREWED:
        return None
    after = doc[craft.end:min(craft.sent.end, craft.end + _CARRIER_REACH)]
    if craft.start > 0 and doc[craft.start - 1].lower_ in {"aboard", "onboard"} and craft.end < craft.sent.end and \
            doc[craft.end].text == ":":
        return craft.end  # "the five Americans aboard Challenger: commander A, pilot B and ..."
    return next((t.i for t in after if t.lower_ in _CARRIER_WORDS), None)


def opens_own_hatch(doc: Doc, verb: int) -> bool:
    """"X opened the hatch of the shuttle Atlantis": the hatch of a visiting craft, not the
    station's opened to greet it."""
    return doc[verb].lower_ == "opened" and any(
        verb < c.start <= verb + _HATCH_REACH and c.label_ != "space station" and doc[c.start - 1].lower_ != "to"
        for c in doc.spans.get(SPACECRAFT_KEY, []))


_FLOWN_WITH_KEY = "crew.flown_with"  # doc.user_data: (person, craft) pairs of "X was flown with A, B"
_EARLIER_FLIGHT_WORDS = {"first", "previous", "earlier", "maiden", "debut"}
_COUNTED_FLIGHT_WORDS = _EARLIER_FLIGHT_WORDS | {"second", "third", "fourth", "fifth", "next", "following", "later",
                                                 "another", "last", "final"}
_FLIGHT_NOUNS = {"mission", "flight", "trip", "voyage", "journey"}


def flown_elsewhere(doc: Doc, people: list[Span], crafts: list[Span], key: str) -> set[str]:
    """The people another craft is "flown with" anywhere: "The Apollo was flown with A, B and C"."""
    if _FLOWN_WITH_KEY not in doc.user_data:  # (once per article: every statement asks)
        doc.user_data[_FLOWN_WITH_KEY] = [(p.kb_id_, normalize_name(craft.kb_id_)) for p in people
                                          if (craft := flown_with(doc, p, crafts)) is not None]
    return {person for person, craft in doc.user_data[_FLOWN_WITH_KEY] if craft != key}


def of_another_flight(sent: Span, crafts: list[Span], key: str) -> bool:
    """"On its first mission, Crew-7, it flew A and B": a list in a sentence that tells of an earlier
    flight by another crewed flight's name (and not the event's craft) is that flight's crew; a
    mission's own name beside its capsule's is no other flight ("A and B took flight on Crew-12")."""
    # ("first" of that flight, not "the first Chinese astronaut to fly four times")
    if not any(t.lower_ in _EARLIER_FLIGHT_WORDS and (following.tag_.startswith("VB") or following.lower_ in _FLIGHT_NOUNS)
               for t, following in zip(sent, sent[1:])):
        return False
    named = [normalize_name(c.kb_id_) for c in crafts if sent.start <= c.start < sent.end and c.label_ in CREWED]
    return bool(named) and not any(same_or_class(n, key) for n in named)


def names_a_sibling(sent: Span, crafts: list[Span], craft: str, families: CraftFamilies) -> bool:
    """"Both crews training for Soyuz MS-31 include A, B and C" beside Soyuz MS-30's events: the sentence
    names another flight designation of the craft's own family and not the craft (a mission and its
    capsule, "Crew-12" and "Endurance", are no two flights)."""
    family = families.family(craft)
    if family is None or not families.designation(craft):
        return False
    key = normalize_name(craft)
    named = [c.kb_id_ for c in crafts if sent.start <= c.start < sent.end and c.label_ in CREWED]
    return key not in {normalize_name(n) for n in named} and any(
        normalize_name(n) != key and families.designation(n) and families.family(n) == family for n in named)


def titled_by_another_craft(doc: Doc, person: Span, crafts: list[Span], key: str) -> bool:
    """"Atlantis' commander, Christopher Ferguson", "Soyuz T-13 crew member Viktor Savinykh": a title
    another craft owns before the name."""
    ends = {c.end: normalize_name(c.kb_id_) for c in crafts}
    for i in range(person.start - 1, max(person.sent.start, person.start - _OWNED_TITLE_REACH) - 1, -1):
        if (doc[i].text in APOSTROPHES or doc[i].lower_ in _CREW_TITLE_WORDS) and i in ends:
            return not same_or_class(ends[i], key)
    return False


def tells_an_earlier_month(doc: Doc, sent: Span, value: str) -> bool:
    """The sentence dates what it tells to a day of a month before the event's day `value`: "A rocket
    carrying A and B failed on October 11" after a docking on December 3 is another flight."""
    return len(value) == 10 and value[:4].isdigit() and any(
        len(d.value) == 10 and d.value[:4].isdigit() and d.value[:7] < value[:7]
        for d in doc._.dates or () if sent.start_char <= d.start < sent.end_char)
