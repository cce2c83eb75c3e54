"""Whether the article says a craft flies empty (SPEC §6 `people`: `[]` where it is stated
uncrewed): "An empty Starliner comes home", "with nobody on board"; and whether the people of a
sentence only look on ("A watched the departure from inside the station").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import normalize_name
from ..crew.references import CrewReferences
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

if TYPE_CHECKING:
    from .triggers import Trigger

UNCREWED = {"cargo vehicle", "space probe", "satellite", "rover", "space station"}
_FORM_REACH = 5  # words from the trigger to "in its crewless version"
_NOBODY_ABOARD = re.compile(r"\b(?:nobody|no one|no - one|no (?:crew|astronauts|cosmonauts|taikonauts|people|humans))"
                            r"\s+(?:on\s+board|aboard|onboard|inside)\b")


class UncrewedReading(CrewReferences):
    def uncrewed_events(self, doc: Doc, crafts: list[Span], triggers: list["Trigger"]) -> set[tuple[str, str]]:
        """(craft, event) pairs the article says fly empty: "An empty Starliner comes home" (its
        landing), '"Buran" made its first flight ... with nobody on board' (every event, "*"), and
        every event of a lander that is no lunar module ("*")."""
        found = set()
        for craft in crafts:
            if craft.label_ == "lander" and normalize_name(craft.kb_id_) not in self.crewed_landers:
                found.add((normalize_name(craft.kb_id_), "*"))  # a robotic lander: Surveyor 1, Vikram
                continue
            sent = craft.sent
            before = doc[max(sent.start, craft.start - 3):craft.start]
            after = " ".join(t.lower_ for t in doc[craft.end:sent.end])
            # "Artemis I, the uncrewed flight test of SLS and Orion"
            apposed = doc[craft.end:craft.end + 3].text.lower().split()
            # (or describes it so right after its name: "the Surveyor 3 robotic probe")
            if any(t.lower_ in self.uncrewed_words for t in before) or _NOBODY_ABOARD.search(after) or \
                    apposed[:1] and apposed[0] in self.uncrewed_words or \
                    (apposed[:1] == [","] and any(w in self.uncrewed_words for w in apposed[1:])):
                events = {t.event for t in triggers if sent.start <= t.span.start < sent.end} or {"*"}
                found.update((normalize_name(craft.kb_id_), event) for event in events)
        return found

    def watched(self, doc: Doc, trigger: Span) -> bool:
        """"A watched the departure from inside the station", "The crew watched as Dragon undocked":
        the people of the sentence look on from elsewhere, so it names no one aboard."""
        before = doc[max(trigger.sent.start, trigger.start - 4):trigger.start]
        verb = next((t.i for t in reversed(before) if t.lower_ in self.onlooker_verbs), None)
        return verb is not None and \
            not any(t.lower_ in {",", ";", "and", "but", "."} for t in doc[verb + 1:trigger.start])

    def says_uncrewed(self, doc: Doc, trigger: Span) -> bool:
        """"The uncrewed spacecraft undocked ... and touched down", "came home without its crew",
        "With no astronauts on board, ... before docking"."""
        sent = trigger.sent
        words = [t.lower_ for t in sent]
        for token in doc[sent.start:trigger.start]:
            if token.lower_ in self.uncrewed_words:
                # the word says a craft flies empty ("the uncrewed Starliner capsule"), not "preparing
                # the station for uncrewed operations"
                after = doc[token.i + 1:min(token.i + 4, trigger.start + 1)]
                if any(t.lower_ in self.uncrewed_things or any(c.start <= t.i < c.end for c in
                                                                 doc.spans.get(SPACECRAFT_KEY, [])) for t in after):
                    return True
        # "it landed uncrewed in White Sands", "took six hours to land, empty, at White Sands"
        following = doc[trigger.end + (trigger.end < sent.end and doc[trigger.end].text == ","):sent.end]
        if len(following) and following[0].lower_ in self.uncrewed_words:
            return True
        # "a Soyuz MS-14 spacecraft that will be launched in its crewless version"
        if any(t.lower_ in self.uncrewed_words and t.i + 1 < sent.end and doc[t.i + 1].lower_ in self.uncrewed_forms
               for t in doc[trigger.end:min(sent.end, trigger.end + _FORM_REACH)]):
            return True
        # "With no astronauts on board, ... guided the vehicle ... before docking"
        return any(w == "without" and any(n in self.crew_nouns or n in {"anyone", "people"} for n in words[i + 1:i + 3])
                   for i, w in enumerate(words)) or _NOBODY_ABOARD.search(" ".join(words)) is not None
