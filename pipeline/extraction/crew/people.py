"""Who among the people of a sentence may be aboard a craft: the crew's words and the
tests on one person that `crew.CrewFinder` asks.

A person is no flyer where the words around them say they speak about the
event ("X said"), are met, replaced or watched ("greeted by X", "will join X"),
are on the station ("X, aboard the ISS"), are kin of a flyer ("son of X"), or hold a role that is not a
flyer's (an administrator, a spokesman, a father). A list under a crew noun ("The crew - A, B and C -") names
flyers; a sentence says who is aboard with its cues ("At the controls was X", "commanded by X"). The host and
onlooker words are read in `hosts.HostWords`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name
from ..events.craft_clauses import crew_titles
from ..events.craft_objects import CRAFT_NOUNS
from ..spacecraft.families import CraftFamilies
from .clauses import CrewClauses
from .context import opens_own_hatch
from .hosts import SPEECH_REACH, TRIP_AFTER_REACH, HostWords
from .subjects import list_end, list_start
from ..people.name_lines import CREDIT_BEFORE
from ..people.finder import SPAN_KEY as PEOPLE_KEY
from ..people.roles import RANK_PREFIXES
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

_OPENING_QUOTES = {"“", "``"}
_CLOSING_QUOTES = {"”", "''"}
_LEFT_CRAFT_NOUNS = CRAFT_NOUNS | {"shuttle", "orbiter"}  # "left the shuttle after landing": aboard till then

if TYPE_CHECKING:
    from ..events.finder import Statement

_COPULAS = {"was", "were", "is", "are"}
_POSSESSIVE_PRONOUNS = {"his", "her", "their"}
_TIMED_BY_FLIGHT = {"after", "before", "since", "following", "until"}  # "four months after Gagarin's flight"
_SPANS_OF_TIME = {"years", "decades", "months", "weeks", "days"}
_SUCCEEDING = {"following", "succeeding"}  # "to serve in the post, following A and B": who held it before
_RIDERS = {"with", "aboard", "carrying"}  # "days after launch the Soyuz with A": the flight's people, not history's
_HISTORY_REACH = 12  # tokens from "42 years after" over a list of titled names
CREW_LIST_REACH = 40
_BACKUP_REACH = 80  # characters after a name to "as his back-ups" (the sentence may end inside a name)
_TITLE_REACH = 12  # words from a speech verb to the name its title leads to
_HYPHENS = {"-", "–"}
_GROUP_DETERMINERS = {"the", "its", "their", "all", "both"}
_GROUP_HEADS = {"men", "women"}  # "The men of Apollo 14"
_TITLE_GLUE = {"and", "&", "of", "the", "for"}  # inside a title: "Defense, Space & Security President and CEO"
_ITEM_LEAD = 5  # words before the name heading a list item: "and mission specialist"
_STATION_LEAD = 8  # words before a crew list that may make it the station's: "work at the station is continued by"
_PASSIVE = {"was", "were", "been", "be", "being", "is", "are"}
_OCCUPANT_REACH = 4
_STATION_REACH = 6
_TIMED_BY = re.compile(r"\b(?:after|before|following|until|since)\s+$", re.IGNORECASE)  # "just after splashdown"
_HOST_REACH = 6  # tokens from a list of names to "will be there to welcome"
_WAITING = {"will", "would", "be", "were", "was", "are", "is", "there", "to", "on", "hand", "waiting", "ready", "standing",
            "by", "aboard", "onboard"}
# "X, a television journalist, joined the crew headed by ...": whatever their trade, they fly
_JOINS_FLIGHT = re.compile(r"^(?:,[^,;]{0,80},)?\s+(?:has\s+|had\s+|will\s+)?joined\s+(?:the|a|this)\s+"
                           r"(?:\w+\s+)?(?:mission|crew|flight|expedition)\b", re.IGNORECASE)
_OWN_FLIGHT_WORDS = {"flight", "flights", "mission", "missions", "crew", "crewmates", "trip", "journey", "ride", "seat", "command",
                     "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "last", "final", "maiden"}


class CrewPeople(HostWords, CrewClauses):
    def __init__(self, words: dict):
        self.speech = set(words["speech_after"])
        self.pad_words = set(words["pad_words"])
        self.not_aboard = set(words["not_aboard_before"])
        self.crewmate_nouns = set(words["crewmate_nouns"])  # "She was joined by three crewmates: A, B and C"
        self.non_crew_roles = {normalize_name(r) for r in words["non_crew_roles"]}
        self.kinship = set(words["kinship"])
        self.not_flying_roles = self.non_crew_roles | self.kinship  # "his father, X, spoke before the docking"
        self.crew_roles = {normalize_name(r) for r in words["crew_roles"]}  # a seat aboard, not "astronaut"
        self.pronouns = set(words["crew_pronouns"])
        self.crew_counts = dict(words["crew_counts"])  # "the three", "the pair"
        self.crew_list_verbs = set(words["crew_list_verbs"])
        self.stations = set(words["station_words"])
        self.hosting = set(words["not_aboard_after"])
        self.other_trips = set(words["other_trip_nouns"])  # "paving the way for the return of X"
        self.kept_for = set(words["kept_for_nouns"])  # "carrying seats for X": X rides another time
        self.flyer_roles = {normalize_name(r) for r in words["flyer_roles"]}
        self.crew_nouns = set(words["crew_nouns"])  # "the Shenzhou-17 crew", "The crew - A, B and C -"
        self.crew_titles = crew_titles(words)  # "landed ... as commander of the Apollo 16 mission"
        self.crew_marks = set(words["crew_marks"])  # "carrying three crew members", "a manned spacecraft"
        self.leaving_words = set(words["leaving_crew_words"])  # "the outgoing crew"
        self.returning_verbs = set(words["returning_verbs"])  # "He returned with A and B"
        self.trip_nouns = set(words["trip_nouns"])  # "joined X for the return"
        self.earthly_vehicles = set(words["earthly_vehicles"])  # "I was the helicopter's co-pilot"
        self.greeting_verbs = set(words["greeting_verbs"])  # "A and B were greeted by the station's crew"
        self.welcoming = set(words["welcoming_words"])  # "traveled to the landing site to welcome A and B"
        self.staying = set(words["staying_verbs"])  # "X and Y remain aboard the ISS"
        self.assigned_verbs = set(words["assigned_flight_verbs"])  # "A, B and C will carry out the X mission"
        self.boarding_verbs = set(words["boarding_verbs"])  # "A and B then joined the resident crew"
        self.delivering_verbs = set(words["delivering_verbs"])  # "delivered X to Mir": X stays there
        self.families = CraftFamilies(words["vehicle_classes"])  # "Soyuz MS-31" and "Soyuz MS-30": two flights
        self.residents = set(words["resident_words"])  # "the current ISS crew", "already aboard"
        self.listing_verbs = set(words["listing_verbs"])  # "The crew included A (38), B (51)"
        self.leading_verbs = set(words["leading_verbs"])  # "led by A, with B and C"
        self.onlooker_verbs = set(words["onlooker_verbs"])  # "A watched the departure from inside the station"
        self.looked_at_events = set(words["looked_at_events"])  # "attending the launch at the Cape"
        self.ground_places = words["ground_places"]  # "said X in mission control"
        self.praise_nouns = set(words["praise_nouns"])  # "X extended congratulations to the launch"
        self.onlooker_nouns = set(words["onlooker_nouns"])  # "X and her children were among the spectators"
        # "emblazoned with the name and portrait of Yuri Gagarin": whom a thing is named or pictured for
        self.eponym_before = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words["eponym_before"]) +
                                        r")\s+(?:(?:the\s+)?(?:late|cosmonaut|astronaut|pioneer|legend)\s+)*$",
                                        re.IGNORECASE)
        self.uncrewed_words = set(words["uncrewed_words"])
        self.uncrewed_forms = set(words["uncrewed_forms"])  # "launched in its crewless version"
        self.crewed_landers = set(words["crewed_landers"])  # a lunar module's name: "Eagle", not "Surveyor 1"
        self.uncrewed_things = set(words["uncrewed_things"])  # "uncrewed capsule", not "uncrewed operations"  # "the uncrewed capsule", "an empty Starliner"
        # Later sentences must say more plainly than the event's own that people are aboard.
        backups = "|".join(re.escape(w) for w in sorted(words["backup_words"], key=len, reverse=True))
        # "Yang Liwei would fly, with Zhai Zhigang and Nie Haisheng as his back-ups", "backup X"
        # (and "Zhai Zhigang and Nie Haisheng who served as "backup candidates"")
        self.backup_after = re.compile(r"^[\s,]*(?:(?:and|,)\s+[^,.;]{1,40}?\s+|(?:who|that)\s+\w+\s+)?as\s+[\"“']?"
                                       r"(?:(?:his|her|their|the)\s+)?(?:" + backups + r")\b", re.IGNORECASE)
        self.backup_before = re.compile(r"\b(?:" + backups + r")\W+(?:\w+\W+){0,2}$", re.IGNORECASE)
        # a list a backup label heads, to the clause's end: "backup crew: A and B and ESA astronaut C"
        self.backup_label = re.compile(r"\b(?:" + backups + r")(?:\s+crews?)?\s*:[^;:]*$", re.IGNORECASE)
        # a list a backup crew's verb opens: "The backup crew includes cosmonaut A, B and C"
        self.backup_list = re.compile(r"\b(?:" + backups + r")\s+crews?\s+(?:includes?|included|consists?\s+of|"
                                      r"consisted\s+of|comprises?|comprised|is|are|was|were)\s+[^;:.]*$", re.IGNORECASE)
        dropped = "|".join(re.escape(w) for w in sorted(words["dropped_words"], key=len, reverse=True))
        # "The original pilot, X (34), lost his seat days before launch", "X, who was grounded,"
        # (not "were removed from the capsule" after landing: taken out of it)
        self.dropped_after = re.compile(r"^[^.;]{0,45}?\b(?:" + dropped + r")\b(?!\s+from\s+(?:the|their|its|his|her)\s+"
                                        r"(?:" + "|".join(sorted(CRAFT_NOUNS)) + r")\b)", re.IGNORECASE)
        self.aboard_cues = set(words["aboard_cues"]) | set(words["aboard_cues_after"])
        cues = sorted(words["aboard_cues_after"] + words["crew_roles"], key=len, reverse=True)
        # (a role in the plural too: "Mission specialists A, B and C rounded out the crew")
        self.aboard_cue = re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")s?\b", re.IGNORECASE)

    def _mentions_a_crew(self, sent: Span) -> bool:
        """The statement says people are aboard without naming them: "carrying three
        crew members", "the crew", "they", "a manned spacecraft" (SPEC §6: a crew
        carries over to another event only where the article says so)."""
        if any(t.lower_ in self.pronouns or t.lower_ in self.crew_nouns or t.lower_ in self.crew_marks for t in sent):
            return True
        # "Splashdown ... occurred at 8:59 a.m. The crew was picked up by helicopter": the next sentence of
        # the paragraph opens on the crew
        doc = sent.doc
        following = doc[sent.end].sent if sent.end < len(doc) and "\n" not in doc[sent.end - 1].text_with_ws else None
        opening = [t.lower_ for t in following[:2]] if following is not None else []
        return len(opening) == 2 and opening[0] == "the" and opening[1] in self.crew_nouns

    def _is_flyer(self, doc: Doc, person: Span, names: dict) -> bool:
        """A flyer's role, or listed as "the crew": "The crew - Russia's A, and NASA's B and C -"."""
        # (a flyer's role with its modifiers too: "docking module pilot", "test pilot")
        roles = self._roles(person, names)
        return bool((roles | {r.split()[-1] for r in roles if r}) & self.flyer_roles) or self.listed_as_crew(doc, person)

    def quotes_the_event(self, doc: Doc, person: Span, trigger: Span, names: dict) -> bool:
        """'X posted a message. "Congratulations on a successful launch," he wrote': the event is in a quote
        the person, no flyer, gives (not "Wilmore said, 'It was a great launch'")."""
        return _quoted(doc, trigger.start) and not _quoted(doc, person.start) and not self._is_flyer(doc, person, names)

    def listed_as_crew(self, doc: Doc, person: Span) -> bool:
        sent = person.sent
        # "The other crew members are pilot A, a colonel who flew ...; mission specialist B, ...; and C":
        # a person heading an item after a semicolon is listed where the first item is
        semicolons = [t.i for t in doc[sent.start:person.start] if t.text == ";"]
        if semicolons:
            lead = doc[semicolons[-1] + 1:person.start]
            # a verb in the lead only as a descriptor's adjective: "retired airline captain X"
            verbs = any(t.tag_.startswith("VB") for t in lead) and not person.label_
            if len(lead) <= _ITEM_LEAD and not verbs and not any(t.text in {",", "("} for t in lead):
                first = next((p for p in doc.spans.get(PEOPLE_KEY, []) if sent.start <= p.start < semicolons[0]), None)
                return first is not None and self.listed_as_crew(doc, first)
        for i in range(person.start - 1, max(sent.start, person.start - CREW_LIST_REACH) - 1, -1):
            word = doc[i]
            # (a flyer's title the tagger took for a verb is none: "NASA astronaut Anne McClain", nor a
            # compound's participle: "British-born Michael Foale")
            if (word.tag_.startswith("VB") and word.lower_ not in self.listing_verbs and
                    word.lower_ not in self.flyer_roles and doc[i - 1].text not in _HYPHENS) or word.lower_ in self.not_aboard:
                return False
            if word.tag_ == "''":
                return False  # a quote's speaker: '"... with your crew, Peggy," X replied'
            if word.lower_ in self.crew_nouns:
                if i + 1 < person.start and doc[i + 1].lower_ == "of" and \
                        not any(t.lower_ in self.crew_nouns for t in doc[i + 2:person.start]) and \
                        not any(i + 1 < c.start < person.start for c in doc.spans.get(SPACECRAFT_KEY, [])):
                    return False  # "members of the Standing Committee ... A, B and C" (not "members of the crew")
                opening = i
                while opening > sent.start and doc[opening - 1].pos_ in {"ADJ", "PROPN"}:
                    opening -= 1
                if opening > sent.start and doc[opening - 1].tag_ == "WRB":
                    return False  # "floated into the station where Russian cosmonauts A and B received them"
                before = doc[i - 1].lower_ if i > sent.start else ""
                return before not in self.stations and before not in self.residents and not doc[i - 1].is_digit
        return False

    def _roles(self, person: Span, names: dict) -> set[str]:
        """The person's role here and the one the article gives them, normalised, each with its head
        alone too ("chief" of "chief of aerospace operations")."""
        record = names.get(normalize_name(person.kb_id_))
        roles = {normalize_name(person.label_)} | ({normalize_name(record.role)} if record else set())
        roles |= {role.split(" ", 1)[1] for role in roles if role.split(" ")[0] in RANK_PREFIXES and " " in role}
        return roles | {role.split(" of ")[0] for role in roles}

    def _said_by(self, doc: Doc, person: Span) -> bool:
        """A speech verb right before the name, or with only its title between: "said X", "said NASA
        Administrator X"."""
        start = max(person.sent.start, person.start - _TITLE_REACH)
        verb = next((t.i for t in reversed(doc[start:person.start]) if t.lower_ in self.speech), None)
        # (the verb of a quote's attribution follows the quote or opens the sentence: "Mission Control
        # radioed astronauts A, B and C" speaks to them)
        return verb is not None and (verb == person.sent.start or doc[verb - 1].is_punct) and \
            all(t.is_title or t.is_upper or t.is_punct or t.lower_ in _TITLE_GLUE for t in doc[verb + 1:person.start])

    def _flies(self, doc: Doc, person: Span, names: dict, by_role: bool = True, homeward: bool = False) -> bool:
        """Whether the person may be aboard, as the words around them tell (`by_role`: a role the
        article gives them that no crew has, "CEO", may say they are not; `homeward`: the event takes
        the station's people home)."""
        sent = person.sent
        if by_role and self._roles(person, names) & self.not_flying_roles and not self.listed_as_crew(doc, person) \
                and not self._aboard_as_named(doc, person) and not _joins_the_flight(doc, person):
            return False  # "journalist X said" (but "The passengers include ... journalist X")
        if person.end + 1 < sent.end and doc[person.end].lower_ in {"'s", "’s", "'", "’"} and \
                doc[person.end + 1].lower_ not in _OWN_FLIGHT_WORDS and not doc[person.end + 1].like_num and \
                not any(c.start == person.end + 1 for c in doc.spans.get(SPACECRAFT_KEY, [])):
            return False  # "NASA certified Elon Musk's venture": an owner, not a flyer ("Hague's crew" flies)
        if person.end < sent.end and doc[person.end].lower_ in {"'s", "’s"} and person.start > sent.start and \
                doc[person.start - 1].lower_ in _TIMED_BY_FLIGHT:
            return False  # "launched Vostok-2 four months after Gagarin's flight": another flight, a time
        # (from the list's first name: "said farewell to the relief crew, A and B")
        first = list_start(doc, person)
        before = [t.lower_ for t in doc[max(sent.start, first - _OCCUPANT_REACH):person.start]]
        after = [t.lower_ for t in doc[person.end:min(sent.end, person.end + TRIP_AFTER_REACH)]]
        if self._has_host_word(before, residents=False, after=after):
            return False
        opening = [t.lower_ for t in doc[sent.start:person.start]]
        greeting = max((i for i, w in enumerate(opening) if w in self.welcoming), default=None)
        if greeting is not None and any(w in _COPULAS for w in opening[greeting + 1:]):
            return False  # "Waiting to greet the newcomers were X and Y": the hosts (but "to welcome A, B and C"
            # at the landing site: the newcomers themselves)
        text = doc_text(doc)
        if CREDIT_BEFORE.search(text, max(0, person.start_char - 40), person.start_char):
            return False  # a photographer
        if self.eponym_before.search(text, max(0, person.start_char - 40), person.start_char):
            return False  # a craft's namesake or a portrait's sitter
        if first - 2 >= sent.start and doc[first - 1].lower_ == "for" and doc[first - 2].lower_ in self.kept_for:
            return False  # "launched with two, carrying supplies and seats for A and B": kept for their return
        wider = [t.lower_ for t in doc[max(sent.start, person.start - 8):person.start]]
        if any(w in self.kinship and nxt == "of" for w, nxt in zip(wider, wider[1:])):
            return False  # "Richard Garriott, son of astronaut Owen Garriott"
        if first > sent.start and doc[first - 1].lower_ == "under":
            return False  # "All will serve as flight engineers under Kononenko, the commander of Expedition 31"
        if any(t.lower_ in _SUCCEEDING for t in doc[sent.start:first]) and \
                doc[list_start(doc, person, past_ages=True) - 1].lower_ in _SUCCEEDING:
            return False  # "the third Japanese to serve in the post, following A, 61, and B, 56": who held it before
        if any(w in _POSSESSIVE_PRONOUNS and nxt in self.kinship for w, nxt in zip(wider, wider[1:])):
            return False  # "following his father, the former Skylab astronaut Owen Garriott, into orbit"
        if first - 3 >= sent.start and doc[first - 1].lower_ == "when" and doc[first - 2].text == "," and \
                doc[first - 3].ent_type_ == "DATE" and doc[first - 3].like_num and len(doc[first - 3].text) == 4:
            return False  # "a departure from October 2003, when Yang Liwei spent 21 hours on a solo odyssey": history
        widest = [t.lower_ for t in doc[max(sent.start, person.start - _HISTORY_REACH):person.start]]
        if any(w in _SPANS_OF_TIME and (nxt in {"after", "since"} or widest[i + 1:i + 5] == ["to", "the", "day", "after"])
               and not _RIDERS & set(widest[i + 2:]) for i, (w, nxt) in enumerate(zip(widest, widest[1:]))):
            # (not "Two days after launch the Soyuz TMA-1 with A, B and C will dock": its riders)
            return False  # "42 years after Russian cosmonaut Yuri Gagarin ... traveled in space", "Fifty years to
            # the day after X stepped onto the moon": history
        if self._said_by(doc, person) and not self.heads_the_crew(doc, person, self.crew_roles):
            return False  # "said Anton Shkaplerov", '"...," said Boeing Defense, Space & Security President and CEO X'
        after = [t.lower_ for t in doc[person.end:min(sent.end, person.end + _STATION_REACH)]]
        # (but "crew member X said of the tourist", "commander X said before liftoff": a seat aboard speaks from it)
        speaks = normalize_name(person.label_) not in self.crew_roles and any(w in self.speech for w in after[:SPEECH_REACH])
        if speaks or any(w in self.hosting and not opens_own_hatch(doc, person.end + i)
                         and not (i > 0 and after[i - 1] in _PASSIVE or i > 1 and after[i - 2] in _PASSIVE)
                         for i, w in enumerate(after[:SPEECH_REACH])):
            return False  # "X said", "X greeted them" (not "A and B were officially welcomed": the guests)
        if any(t.lower_ in self.hosting for t in doc[person.end:sent.end]):
            end = list_end(doc, person)
            waiting = [t.lower_ for t in doc[end:min(sent.end, end + _HOST_REACH)]]
            host = next((i for i, w in enumerate(waiting) if w in self.hosting), None)
            if host is not None and host > 0 and waiting[host - 1] == "to" and all(w in _WAITING for w in waiting[:host]):
                return False  # "A, B and C will be there to welcome the newcomers"
        if self._speaks_after_clause(doc, person):
            return False  # "X, who is also a senior military official, said"
        if self.backup_after.match(text[person.end_char:person.end_char + _BACKUP_REACH]) or \
                self.backup_before.search(text[max(sent.start_char, person.start_char - 30):person.start_char]) or \
                self.backup_label.search(text[sent.start_char:person.start_char]) or \
                self.backup_list.search(text[sent.start_char:person.start_char]):
            return False  # a back-up crew member stays on the ground
        for i, word in enumerate(after[:-1]):
            # (not "A, B and C were welcomed on the ISS": the newcomers)
            if word in {"aboard", "on", "onboard"} and any(w in self.stations for w in after[i + 1:i + 4]) and \
                    not (i > 0 and after[i - 1] in self.greeting_verbs):
                # "X, aboard the station,", but "return with A and B, who have been on Tiangong since
                # October": those who have lived there are who goes home
                return homeward and after[i - 2:i] in (["has", "been"], ["have", "been"], ["had", "been"])
        return True

    def dropped(self, doc: Doc, people: list[Span]) -> set[str]:
        """People taken off a crew ("The original pilot, X (34), lost his seat days before launch"):
        aboard none of the article's flights, wherever else they are named."""
        text = doc_text(doc)
        found = {p.kb_id_ for p in people if self.dropped_after.match(text[p.end_char:p.end_char + _BACKUP_REACH])}
        for p, q in reversed(list(zip(people, people[1:]))):
            # (and the names listed before one: "A and B, the original commander - were removed")
            if q.kb_id_ in found and text[p.end_char:q.start_char].strip(" ,") in {"and", ""}:
                found.add(p.kb_id_)
        return found

    def only_timed_by(self, doc: Doc, person: Span, trigger: Span, crafts: list[Span], names: dict) -> bool:
        """"X revealed at a news conference just after splashdown": the event only times another
        verb, whose subject is aboard only where the article calls them a flyer or names their
        craft ("Grissom repeated the trip, only for his capsule to sink after splashdown")."""
        if _TIMED_BY.search(doc_text(doc)[trigger.sent.start_char:trigger.start_char]) is None:
            return False
        # (a craft named after the person, or one the sentence puts them aboard first: "Aboard his capsule
        # Vostok 1, Gagarin made one orbit before returning to earth")
        # (or its craft's noun: "A, B and C left the shuttle 33 minutes after landing")
        return not self._is_flyer(doc, person, names) and \
            not any(person.end <= c.start and c.end <= trigger.start for c in crafts) and \
            not any(t.lower_ in _LEFT_CRAFT_NOUNS and doc[t.i - 1].lower_ in {"the", "their"}
                    for t in doc[person.end:trigger.start]) and \
            not any(trigger.sent.start <= c.start and c.end <= person.start and _boarded(doc, c) for c in crafts)

    def _speaks_after_clause(self, doc: Doc, person: Span) -> bool:
        sent = person.sent
        if person.end + 1 >= sent.end or doc[person.end].text != "," or doc[person.end + 1].lower_ not in {"who", "whose"}:
            return False
        close = next((t.i for t in doc[person.end + 2:sent.end] if t.text == ","), None)
        return close is not None and any(t.lower_ in self.speech for t in doc[close + 1:min(sent.end, close + 3)])

    def _says_who_is_aboard(self, sent: Span) -> bool:
        match = self.aboard_cue.search(sent.text)
        if match is None or any(t.text in self.earthly_vehicles for t in sent):
            return False  # (nor "I was the helicopter's co-pilot and X was the pilot": another vehicle's crew;
            # in lower case: "an engineer with Hughes Aircraft" names a company)
        rest = sent.text[match.end():match.end() + 25].lower().split()
        # (nor "The work at the station is continued by the crew consisting of ...": the station's crew)
        lead = sent.text[:match.start()].lower().split()[-_STATION_LEAD:]
        return not any(w.strip(".,") in self.stations for w in rest[:3] + lead)

    def _crew_subject(self, doc: Doc, statement: "Statement") -> bool:
        """"They landed", "the three docked", "the Shenzhou-17 crew is due to land"."""
        trigger, craft = statement.trigger.span, statement.craft_span
        pronoun = next((t.i for t in reversed(doc[trigger.sent.start:trigger.start]) if t.lower_ in self.pronouns), None)
        relative = next((t.i for t in reversed(doc[trigger.sent.start:trigger.start]) if t.tag_ in {"WDT", "WP"}), None)
        # (not "They join X, who arrived on Endeavour, which returned to Earth": the clause of a craft another
        # person rode; but "he took part, commanding a Soyuz capsule that docked")
        own_clause = pronoun is not None and relative is not None and craft is not None and \
            craft.end in (relative, relative - 1) and \
            any(pronoun < p.start < craft.start for p in doc.spans.get(PEOPLE_KEY, []))
        if pronoun is not None and not own_clause:
            return True
        return (craft is not None and craft.end < len(doc) and doc[craft.end].lower_ in self.crew_nouns) or \
            self.crew_noun_opens(doc, statement)

    def crew_noun_opens(self, doc: Doc, statement: "Statement") -> bool:
        """"The men of Apollo 14 returned", "The Apollo 14 crew landed": the sentence opens on the
        craft's crew named as a group, whom the sentence before may list."""
        craft, trigger = statement.craft_span, statement.trigger.span
        sent = trigger.sent
        if craft is None or not sent.start <= craft.start < trigger.start:
            return False
        head = [t.lower_ for t in doc[sent.start:craft.start] if t.lower_ not in _GROUP_DETERMINERS]
        after = doc[craft.end].lower_ if craft.end < sent.end else ""
        return head == [] and after in self.crew_nouns or \
            (len(head) == 2 and head[0] in self.crew_nouns | _GROUP_HEADS and head[1] == "of")


def _boarded(doc: Doc, craft: Span) -> bool:
    """"aboard Vostok 1", "aboard his capsule Vostok 1"."""
    before = [t.lower_ for t in doc[max(craft.sent.start, craft.start - 3):craft.start]]
    return bool(before) and (before[-1] in {"aboard", "onboard"} or
                             (len(before) == 3 and before[0] in {"aboard", "onboard", "in"} and
                              before[1] in {"his", "her", "their"}))


def _joins_the_flight(doc: Doc, person: Span) -> bool:
    return _JOINS_FLIGHT.match(doc_text(doc)[person.end_char:person.sent.end_char]) is not None


def _quoted(doc: Doc, i: int) -> bool:
    """Token `i` stands inside a quotation its paragraph opened."""
    start = i
    while start > 0 and "\n" not in doc[start - 1].text:
        start -= 1
    inside = False
    for token in doc[start:i]:
        inside = True if token.text in _OPENING_QUOTES else False if token.text in _CLOSING_QUOTES else \
            (not inside if token.text == '"' else inside)
    return inside
