"""The craft of a docking or undocking when a station stands in the trigger's clause (SPEC §6:
the arriving or leaving craft, never the station): the station's visitor ("Tiangong 2 next
docks with Tianzhou 1"), or a module that joins a station ("Wentian ... docked with Tianhe",
"Pirs undocked"; modules: data/spacecraft.jsonl).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import normalize_name
from ...resources import load_jsonl
from .craft_clauses import STATION, clause_subject
from .craft_focus import CraftFocus
from .craft_references import coordinated_owner

_OF_MODULE_WORDS = 5  # from "of" to the module: "the docking of the scientific modules Wentian"

if TYPE_CHECKING:
    from .triggers import Trigger


class DockingCrafts(CraftFocus):
    def __init__(self, words: dict, gazetteer: str = "spacecraft.jsonl"):
        super().__init__(words)
        self.station_words = set(words["station_words"])
        self.modules = {normalize_name(e["name"]) for e in load_jsonl(gazetteer) if e.get("module")}

    def _visitor(self, doc: Doc, trigger: Trigger, crafts: list[Span], boundaries: set[int]) -> Span | None:
        """"Tiangong 2 next docks with Tianzhou 1": a station's docking is its visitor's."""
        sent = trigger.span.sent
        here = [c for c in crafts if sent.start <= c.start < sent.end]
        station = clause_subject(doc, trigger, here, boundaries, self.crew_nouns)
        if station is None or station.label_ != STATION:
            return None
        end = trigger.span.end
        if end < sent.end and doc[end].lower_ in ("with", "from"):
            for craft in here:
                if craft.label_ != STATION and end < craft.start <= end + 3:
                    return craft
        return None

    def _module(self, doc: Doc, trigger: Trigger, crafts: list[Span], boundaries: set[int]) -> Span | None:
        """"Wentian ... docked with Tianhe", "Prichal, a node that arrived at the station": a station's
        module is the arriving craft when the station it joins follows the trigger."""
        sent = trigger.span.sent
        modules = [c for c in crafts if sent.start <= c.start < trigger.span.start and c.label_ == STATION]
        module = clause_subject(doc, trigger, modules, boundaries, self.crew_nouns) or \
            (modules[-1] if modules and trigger.span.start - modules[-1].end <= 4 else None)
        if module is None or normalize_name(module.kb_id_) not in self.modules:
            return None  # "boarded the International Space Station after docking at the facility"
        return module if self._joins_a_station(doc, trigger, module, crafts) else None

    def _module_object(self, doc: Doc, trigger: Trigger, crafts: list[Span]) -> Span | None:
        """"enlarged with the docking of the scientific modules Wentian (in July) and Mengtian": the
        module the event noun's "of" phrase names."""
        end = trigger.span.end
        if end >= len(doc) or doc[end].lower_ != "of" or not trigger.span[-1].tag_.startswith("NN"):
            return None
        return next((c for c in crafts if end < c.start <= end + _OF_MODULE_WORDS and c.label_ == STATION
                     and normalize_name(c.kb_id_) in self.modules), None)

    def _module_owner(self, doc: Doc, trigger: Trigger, crafts: list[Span]) -> Span | None:
        """"Mengtian's detachment from the station and docking with the core module": the module that
        owns the event noun the trigger's noun is coordinated with."""
        sent = trigger.span.sent
        modules = [c for c in crafts if sent.start <= c.start < trigger.span.start and c.label_ == STATION
                   and normalize_name(c.kb_id_) in self.modules]
        return coordinated_owner(doc, trigger, modules)

    def _module_subject(self, doc: Doc, trigger: Trigger, crafts: list[Span], boundaries: set[int]) -> Span | None:
        """"Kvant-1 arrived in 1987", "Pirs undocked": a station module (data: spacecraft.jsonl)
        as the subject docks or undocks itself."""
        sent = trigger.span.sent
        stations = [c for c in crafts if sent.start <= c.start < trigger.span.start and c.label_ == STATION]
        subject = clause_subject(doc, trigger, stations, boundaries, self.crew_nouns)
        return subject if subject is not None and normalize_name(subject.kb_id_) in self.modules else None

    def _joins_a_station(self, doc: Doc, trigger: Trigger, module: Span, crafts: list[Span]) -> bool:
        """"... docked with Tianhe", "arrived at the station": another station follows the trigger."""
        after = doc[trigger.span.end:min(trigger.span.sent.end, trigger.span.end + 6)]
        return any(t.lower_ in ("with", "to", "at") for t in after[:3]) and any(
            t.lower_ in self.station_words or any(c.start <= t.i < c.end and c.label_ == STATION and c is not module
                                                  for c in crafts) for t in after)
