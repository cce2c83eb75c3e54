"""Who is aboard where the trigger's own sentence does not say: the crew the article names for its one
crewed craft (`roster`), the main craft's crew for a statement of a craft it carries, and the flyers named
in the sentences around a launch or landing that names nobody. `crew/finder.py` asks these last.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name
from ...resources import load_json
from ..events.craft_clauses import POSSESSIVES
from ..captions import caption_lines, in_caption
from ..salience import most_named
from .companions import OUTWARD, CrewCompanions
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY
from .context import (CREWED, aboard_another_craft, another_flight_of, dated_after_to_another_year,
                      dated_another_year, flies_another, flies_this, flown_elsewhere, names_a_sibling,
                      of_another_flight, rides, same_or_class, titled_by_another_craft)
from .clauses import pictured_or_owning_another
from .subjects import list_end

if TYPE_CHECKING:
    from ..events.finder import Statement

_NEARBY_SENTENCES = 2
_LIST_ITEM = re.compile(r"\n+[ \t]*(?:[-*\u2022\u2013][ \t]*)?")  # a line of a list: "- Will Lewis, CEO of ..."
_COLON_LINE = re.compile(r"^[^\n]*:[ \t]*\n", re.MULTILINE)  # a line closing on a colon, read from its start
_LISTED_CREW = 2  # names opening the sentence after "the Shenzhou-15 crew." that make it a crew
# (the number words the date grammar reads: "43 years ago", "forty-three years ago", "several years earlier")
_COUNTS = "|".join(w for w, n in load_json("date_words.json")["number_words"].items() if n >= 2)
_YEARS_AGO = re.compile(r"\b(?:[2-9]|\d\d+|several|many|(?:" + _COUNTS + r")(?:-\w+)?)\s+years\s+(?:ago|earlier|before)\b",
                        re.IGNORECASE)


class CrewRosters(CrewCompanions):
    def roster(self, doc: Doc, statement: "Statement", people: list[Span], names: dict,
               sentences: list[Span], sentence_of: dict[int, int], statements: list["Statement"],
               crafts: list[Span]) -> list[str]:
        """The crew of a crewed craft whose statement names nobody aboard (see the module's note)."""
        if statement.kind not in CREWED:
            return []
        key = normalize_name(statement.craft)
        named = self._crew_of_craft(doc, key, people, crafts, names) or self._crew_of_its_one_flight(doc, key, people,
                                                                                                    crafts, names, statements)
        if named:  # "will welcome Soyuz crew members Mark Vande Hei and Joe Acaba"
            return self._whole_crew(statement, named, statements[:statements.index(statement)])
        # a flight's crew is aboard at its launch; a later event needs the text to say so
        if statement.trigger.event != "launch" and not self._mentions_a_crew(statement.trigger.span.sent):
            return []
        here = statement.trigger.span.start
        alone = not any(normalize_name(s.craft) != key and s.kind in CREWED and s.people for s in statements)
        # (nobody the article calls the station's crew anywhere: "The ISS has two crewmembers: A and B")
        residents = {p.kb_id_ for p in people if alone and self._another_crew(p.sent)}
        # "The civilian crew included A (38), B (51) and C (29)": when the article flies one crew, its list
        listed = [p.kb_id_ for p in people if alone and self.listed_as_crew(doc, p)
                  and self._flies(doc, p, names) and not self._hosted(doc, p) and not self._another_crew(p.sent)
                  and not of_another_flight(p.sent, crafts, key) and p.kb_id_ not in residents
                  # (nor "Soyuz T-13 crew member X", whom the craft only brings home)
                  and not titled_by_another_craft(doc, p, crafts, key)
                  and not any(p.sent.start <= c.start < p.sent.end and another_flight_of(doc, c) for c in crafts)
                  and not names_a_sibling(p.sent, crafts, statement.craft, self.families)]
        crewed = [s for s in statements if normalize_name(s.craft) == key and s.people]
        owned = statement.craft_span is not None and statement.craft_span.start > 0 and \
            doc[statement.craft_span.start - 1].lower_ in POSSESSIVES
        if not crewed and owned and key in self.families.classes:
            # "their Shenzhou capsule, unhooking from Tiangong": the one flight of the class with a crew
            flights = {normalize_name(s.craft) for s in statements if s.people and (
                same_or_class(normalize_name(s.craft), key) or normalize_name(self.families.family(s.craft) or "") == key)}
            if len(flights) == 1:
                crewed = [s for s in statements if s.people and normalize_name(s.craft) in flights]
        if statement.trigger.event in OUTWARD:
            # who comes home is not who went up where the return takes another crew along: "A will return
            # to Earth with B and C, the current Mir crew"
            crewed = [s for s in crewed if s.trigger.event in OUTWARD or not self._another_crew(s.trigger.span.sent)]
        launched = [s for s in crewed if s.trigger.event == "launch"]
        crewed_launches = [s for s in statements if s.trigger.event == "launch" and s.people and s.kind in CREWED]
        if not launched and len({normalize_name(s.craft) for s in crewed_launches}) == 1 and \
                same_or_class(normalize_name(self.families.family(crewed_launches[0].craft) or ""), key) and \
                not self._another_flight_named(crewed_launches[0].craft, key, crafts):
            # the one crewed flight the story launches, named by its designation, flying the craft: "SpaceX
            # launches Axiom-1 ... Their Crew Dragon capsule, named Endeavour, was slated to dock"
            launched = crewed_launches
        if statement.trigger.event == "docking" and launched:
            # a craft docks with the crew it launched with, not the one a later landing names
            return list(min(launched, key=lambda s: abs(s.trigger.span.start - here)).people)
        if crewed:
            nearest = min(crewed, key=lambda s: abs(s.trigger.span.start - here)).people
            return list(dict.fromkeys([*nearest, *listed]))
        own = {sentence_of[c.start] for c in crafts if normalize_name(c.kb_id_) == key}
        others = {sentence_of[c.start] for c in crafts if c.label_ in CREWED and normalize_name(c.kb_id_) != key}
        elsewhere_crews = flown_elsewhere(doc, people, crafts, key)
        # (not "Following Dragon's link up, station commander X will pressurize": a host by title)
        with_craft = [p.kb_id_ for p in people if sentence_of[p.start] in own and sentence_of[p.start] not in others
                      and self._flies(doc, p, names) and self._is_flyer(doc, p, names)
                      and p.kb_id_ not in elsewhere_crews and not self._station_title(doc, p)]
        if with_craft:
            return list(dict.fromkeys(with_craft))
        riders = [p.kb_id_ for p in people if rides(doc, p, crafts, key)]
        if riders:  # "to meet cosmonauts A and B in a Soyuz-19 capsule"
            return list(dict.fromkeys(riders))
        if not alone:
            # another crewed craft has its own crew: only the article's main craft takes the people named by a
            # crew role ("Commander Mike Hopkins", "Glover is the pilot") whom no other craft's event names
            return self._main_crafts_crew(statement, people, names, statements, crafts)
        # (not one said anywhere to fly another craft: "to meet A and B in a Soyuz-19 capsule")
        elsewhere = {p.kb_id_ for p in people if flies_another(doc, p, crafts, key)}
        flyers = [p for p in people if self._flies(doc, p, names) and not self._hosted(doc, p)
                  and self._is_flyer(doc, p, names) and not self._another_crew(p.sent) and p.kb_id_ not in elsewhere
                  and not self._station_title(doc, p) and not titled_by_another_craft(doc, p, crafts, key)
                  and not dated_after_to_another_year(doc, p, statement.value)
                  and not _years_ago(p, statement.trigger.span) and not pictured_or_owning_another(doc, p, crafts, key)
                  and not names_a_sibling(p.sent, crafts, statement.craft, self.families)
                  # (nor those a sentence dates to another year: "In January 1967, astronauts A, B and C burned")
                  and not dated_another_year(doc, p, statement.value)]
        # "X was joined by Y and Z": companions of a flyer in a sentence that says so
        joined = {p.sent.start for p in flyers if self._says_who_is_aboard(p.sent)}
        companions = [p for p in people if p.sent.start in joined and p not in flyers and self._companion(doc, p)]
        return list(dict.fromkeys(p.kb_id_ for p in sorted(flyers + companions, key=lambda p: p.start)))

    def _crew_of_its_one_flight(self, doc: Doc, key: str, people: list[Span], crafts: list[Span], names: dict,
                                statements: list["Statement"]) -> list[str]:
        """A class's craft ("A SpaceX Crew Dragon capsule ... docking") whose one flight the article names
        with a crew of its own and no crewed event: "Crew-2 commander A, B, C and D floated into their new
        home" beside "Crew-1 astronauts ..., launched to the lab last November"."""
        if key not in self.families.classes:
            return []
        crewed = {normalize_name(s.craft) for s in statements if s.people}
        flights = {normalize_name(c.kb_id_) for c in crafts if normalize_name(c.kb_id_) not in crewed | {key}
                   and normalize_name(self.families.family(c.kb_id_) or "") == key}
        crews = [crew for crew in (self._crew_of_craft(doc, f, people, crafts, names) for f in flights) if crew]
        return crews[0] if len(crews) == 1 else []

    def _another_flight_named(self, flight: str, key: str, crafts: list[Span]) -> bool:
        """The article names another flight of the class than the one it launches: "the Crew-2 capsule"
        beside "Crew-1 astronauts ..., launched to the lab last November"."""
        return any(normalize_name(c.kb_id_) not in {normalize_name(flight), key} and
                   same_or_class(normalize_name(self.families.family(c.kb_id_) or ""), key) for c in crafts)

    def _main_crafts_crew(self, statement: "Statement", people: list[Span], names: dict,
                          statements: list["Statement"], crafts: list[Span]) -> list[str]:
        key = normalize_name(statement.craft)
        main = most_named([c for c in crafts if c.label_ in CREWED], lambda c: normalize_name(c.kb_id_))
        if main is None or normalize_name(main.kb_id_) != key:
            return []
        # (but not a flight's designation the text ties to this vehicle: "Atlantis rolled to a stop,
        # bringing mission STS-135 to a close")
        tied = {normalize_name(c.kb_id_) for c in crafts if self.families.designation(c.kb_id_) and
                any(o.sent == c.sent and normalize_name(o.kb_id_) == key for o in crafts)}
        taken = {name for s in statements if normalize_name(s.craft) not in {key} | tied for name in s.people}
        return list(dict.fromkeys(p.kb_id_ for p in people if p.kb_id_ not in taken and self._roles(p, names) & self.crew_roles
                                  and not self._hosted(p.doc, p) and not self._station_title(p.doc, p)))

    def _flyers_nearby(self, doc: Doc, statement: "Statement", people: list[Span], names: dict,
                       sentences: list[Span], index: int, statements: list["Statement"],
                       crafts: list[Span]) -> list[str]:
        """A launch or landing whose sentence names nobody: the flyers (astronauts, commanders,
        pilots...) named in the sentences around it, when no other craft's event
        stands there ("Atlantis lifted off at 11:29. Commander Chris Ferguson ...")."""
        key = normalize_name(statement.craft)
        after = sentences[index + 1:index + 1 + _NEARBY_SENTENCES]
        # (not past a sentence that brings in another crewed flight: "the capsule next flew Ax-8. Its commander was X")
        def brings_another(following: Span) -> bool:
            here = [normalize_name(c.kb_id_) for c in crafts if following.start <= c.start < following.end and c.label_ in CREWED]
            return bool(here) and not any(same_or_class(name, key) for name in here)

        window = sentences[max(0, index - _NEARBY_SENTENCES):index + 1 + _NEARBY_SENTENCES]
        if any(window[0].start <= s.trigger.span.start < window[-1].end and
               not same_or_class(normalize_name(s.craft), key) for s in statements):
            return []  # (a headline's "Soyuz spacecraft ... lands" is the same craft)
        turn = next((k for k, following in enumerate(after) if brings_another(following)), len(after))
        start, end = window[0].start, (after[turn - 1] if turn else sentences[index]).end
        found = []
        # the event's date, else the date another statement of it gives
        when = statement.value or next((s.value for s in statements if s.value and s.trigger.event == statement.trigger.event
                                        and normalize_name(s.craft) == key), "")
        elsewhere_crews = flown_elsewhere(doc, people, crafts, key)
        captions = caption_lines(doc)
        own_caption = in_caption(captions, statement.trigger.span.start_char)
        for person in people:
            if not start <= person.start < end or not self._flies(doc, person, names) or self._hosted(doc, person) \
                    or self._looks_on(doc, person, statements):
                continue  # not "the trio will join the current crew, including X", nor "X, commander at the launch site"
            if not own_caption and in_caption(captions, person.start_char):
                continue  # "Pete Conrad checks out Surveyor 3. Image credit: NASA" beside the launch story
            if self._another_crew(person.sent):
                continue  # "a Soyuz brought home another three-member crew, namely X, Y and Z"
            if person.kb_id_ in elsewhere_crews or of_another_flight(person.sent, crafts, key) or \
                    aboard_another_craft(doc, person, crafts, key) or pictured_or_owning_another(doc, person, crafts, key):
                continue
            if self._station_title(doc, person):
                continue  # "station flight engineers A and B made a spacewalk": the hosts, not the visitors
            owner = self._crew_owner(doc, person, crafts)
            if owner is not None and not same_or_class(normalize_name(owner.kb_id_), key):
                continue  # "The Soyuz 11 crew: A, B and C" beside "the Apollo 11 lunar landing"
            if dated_another_year(doc, person, when) or dated_after_to_another_year(doc, person, when):
                continue  # "China's fourth human mission since 2003, when astronaut Yang Liwei ..."
            if _years_ago(person, statement.trigger.span):
                continue  # "Cosmonaut Yuri Gagarin died in a jet crash 43 years ago": history beside the news
            if flies_another(doc, person, crafts, key) and \
                    not any(flies_this(doc, p, crafts, key) for p in people if p.kb_id_ == person.kb_id_):
                continue  # "years after cosmonaut Yuri Gagarin rode Vostok 1" (not "Chen, who once flew
                # Shenzhou-11", named as the crew of this flight elsewhere)
            if self._roles(person, names) & self.flyer_roles or self._after_aboard_cue(person):
                found.append(person.kb_id_)  # (or "the other seats were sold to the geologist X")
        return list(dict.fromkeys(found))

    def _after_aboard_cue(self, person: Span) -> bool:
        """A cue that says who is aboard stands before the person in their sentence."""
        match = self.aboard_cue.search(person.sent.text)
        return match is not None and person.sent.start_char + match.end() <= person.start_char

    def crew_lined_under(self, doc: Doc, statement: "Statement", people: list[Span]) -> list[str]:
        """"Here are the crew members for NS-36:" and a line for each of them, a name opening it: the
        craft's crew."""
        key, text = normalize_name(statement.craft), doc_text(doc)
        crafts = list(doc.spans.get(SPACECRAFT_KEY, []))
        # (or, where the article flies one crewed craft, a line naming none: "The mission marks the first time
        # that an all-civilian crew will fly to space. Let's meet them:")
        kin = {key, normalize_name(self.families.family(statement.craft) or "")}
        lone = all(normalize_name(c.kb_id_) in kin for c in crafts if c.label_ in CREWED)
        lines = [m.start() for m in _COLON_LINE.finditer(text)] if lone else []
        for craft in crafts + [s for s in (doc.char_span(i, i + 1, alignment_mode="expand") for i in lines) if s]:
            end = text.find("\n", craft.end_char)
            line = text[text.rfind("\n", 0, craft.start_char) + 1:end]
            # (the flight's designation where the statement names its vehicle: "NS-36" of "New Shepard")
            family = normalize_name(self.families.family(craft.kb_id_) or "")
            named = craft.label_ in CREWED or any(c.start_char >= craft.start_char and c.end_char <= end for c in crafts)
            if (key not in (normalize_name(craft.kb_id_), family) and named) or end < 0 or \
                    not line.rstrip().endswith(":") or not set(re.findall(r"[a-z]+", line.lower())) & self.crew_nouns:
                continue
            found = []
            while (item := _LIST_ITEM.match(text, end)) is not None:
                person = next((p for p in people if p.start_char == item.end()), None)
                if person is None:
                    break
                found.append(person.kb_id_)
                end = text.find("\n", person.end_char)
                if end < 0:
                    break
            if len(found) >= _LISTED_CREW:
                return list(dict.fromkeys(found))
        return []

    def _crew_named_after_label(self, doc: Doc, statement: "Statement", people: list[Span]) -> list[str]:
        """"... greeted by the Shenzhou-15 crew. Fei Junlong, Deng Qingming and Zhang Lu have been aboard ...
        The Shenzhou-15 crew are expected to land": the names that open the sentence after an earlier
        "<craft> crew" closing its own."""
        key = normalize_name(statement.craft)
        trigger = statement.trigger.span
        for craft in doc.spans.get(SPACECRAFT_KEY, []):
            after = craft.end + 1
            if craft.end >= trigger.sent.start or normalize_name(craft.kb_id_) != key or after + 1 >= len(doc) or \
                    doc[craft.end].lower_ not in self.crew_nouns or not doc[after].is_sent_end and \
                    not doc[after + 1].is_sent_start:
                continue
            opening = next((p for p in people if p.start == after + 1), None)
            if opening is None:
                continue
            end = list_end(doc, opening)
            listed = [p.kb_id_ for p in people if opening.start <= p.start and p.end <= end]
            if len(set(listed)) >= _LISTED_CREW:
                return list(dict.fromkeys(listed))
        return []


def _years_ago(person: Span, trigger: Span) -> bool:
    """The person's sentence tells of "43 years ago", the event's does not: history beside the news (an
    undated story has no year to rule them out by)."""
    return _YEARS_AGO.search(person.sent.text) is not None and _YEARS_AGO.search(trigger.sent.text) is None
