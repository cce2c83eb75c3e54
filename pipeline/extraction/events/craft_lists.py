"""The crafts that share the chosen craft's event: those listed with it ("Progress MS-23 and
Soyuz MS-24 lifted off", "the launch of Spirit and Opportunity") and the other of a pair a
later sentence speaks of together ("Both ships launched on July 15"). `crafts.CraftChooser`
mixes these in; they read its gazetteer's classes and event kinds.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import normalize_name
from .craft_clauses import AUXILIARIES, LAUNCH_VEHICLE, STATION, word_before

if TYPE_CHECKING:
    from .triggers import Trigger

_LIST_WORDS = {",", "and", "the", "both"}


class CraftLists:
    def listed_with(self, doc: Doc, trigger: Trigger, craft: Span, crafts: list[Span]) -> list[Span]:
        """"Progress MS-23 and Soyuz MS-24 lifted off", "both Soyuz TM-1 and Progress-26 had
        undocked", "the launch of Spirit and Opportunity": the crafts listed with the
        chosen one share its event."""
        if craft.sent != trigger.span.sent:
            # "Apollo and Soyuz docked" after "Soyuz 19 launched": the class its sentence names stands for it
            named = [c for c in crafts if c.sent == trigger.span.sent and c.start < trigger.span.start
                     and self._most_specific(c, crafts) == craft]
            if not named:
                return []  # a craft in focus from an earlier sentence: "he had flown on A, B and C. They landed"
            craft = named[-1]
        before = craft.end <= trigger.span.start
        ordered = [c for c in crafts if c.sent == craft.sent and self.can_be(trigger.event, c)
                   and (c.label_ == LAUNCH_VEHICLE) == (craft.label_ == LAUNCH_VEHICLE)]
        ordered = ordered if not before else list(reversed(ordered))
        if craft not in ordered:
            return []
        chain, current = [], craft  # (craft, joined to the one before it by "and")
        for other in ordered[ordered.index(craft) + 1:]:
            # (its country or agency before a listed craft parts nothing: "Soyuz-19 and USA Apollo docked")
            words = [t.lower_ for t in (doc[other.end:current.start] if before else doc[current.end:other.start])
                     if not (t.ent_type_ in {"GPE", "NORP"} or (t.ent_type_ == "ORG" and t.is_upper))]
            if not words or not set(words) <= _LIST_WORDS:
                break
            chain.append((other, "and" in words))
            current = other
        # "A, B and C docked": the pair nearest the verb is joined by "and";
        # "the launch of A, B and C": the list runs to its "and"
        joined = [i for i, (_, has_and) in enumerate(chain) if has_and]
        if not joined or (before and joined[0] != 0):
            return []
        kept = chain if before else chain[:joined[-1] + 1]
        return [c for c, _ in kept if normalize_name(c.kb_id_) != normalize_name(craft.kb_id_)]

    def pair_subject(self, doc: Doc, trigger: Trigger, craft: Span, crafts: list[Span]) -> list[Span]:
        """"Both ships launched on July 15" after "took Soyuz 19 up to meet an Apollo spacecraft": the
        other of the two crafts the sentence before names shares the event."""
        def both(k: int) -> bool:
            return k > trigger.span.sent.start and doc[k - 1].lower_ == "both" and self.plural_craft_noun(doc[k].lower_)

        i = word_before(doc, trigger.span, AUXILIARIES)
        # (and "they" after them in the sentence: "Both ships launched on July 15, and on July 17 they docked")
        if i is None or not (both(i) or (doc[i].lower_ == "they" and
                                         any(both(k) for k in range(trigger.span.sent.start, i)))):
            return []
        named: dict[str, Span] = {}  # (a class as the craft it stands for: "a Dragon spacecraft, Grace")
        for other in reversed([c for c in crafts if c.end <= trigger.span.sent.start and
                               c.label_ not in (STATION, LAUNCH_VEHICLE) and self.can_be(trigger.event, c)]):
            specific = self._most_specific(other, crafts)
            named.setdefault(normalize_name(specific.kb_id_), specific)
            if len(named) == 2:
                break
        chosen = normalize_name(craft.kb_id_)
        if len(named) != 2 or chosen not in named:
            return []
        return [c for key, c in named.items() if key != chosen]
