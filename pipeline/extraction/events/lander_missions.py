"""A lander's landing and its mission's are one event: "Vikram, the lander module of Chandrayaan-3,
landed" tells one touchdown whether the text names the lander or the mission that carried it; so do
"the first Moon landing" of Apollo 11 and "Armstrong would land the Eagle", a lander the gazetteer
gives its mission.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ...normalize import normalize_name
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY
from .date_carrying import dates_agree

if TYPE_CHECKING:
    from .finder import Statement

LANDER = "lander"
_LANDER_WORDS = {"lander", "landers"}
_TIE_REACH = 8  # tokens between a lander's name and its mission's: "Vikram, the lander module of Chandrayaan-3"


def landers_into_missions(groups: list[list["Statement"]], doc: Doc,
                          missions: dict[str, str]) -> list[list["Statement"]]:
    """Landing groups, each mission's folded into its lander's where a sentence ties the two with the
    word "lander" between them, or `missions` (lander -> its mission, by normalised name) does, and
    their dates agree."""
    crafts = doc.spans.get(SPACECRAFT_KEY, [])
    ties: set[tuple[str, str]] = set()
    listed: set[tuple[str, str]] = set()  # ties the gazetteer makes: not where the mission's row holds another
    # craft's statements (a command module's splashdown is the mission's landing too)
    for lander in (c for c in crafts if c.label_ == LANDER):
        name = normalize_name(lander.kb_id_)
        if name in missions:
            listed.add((name, missions[name]))
        for other in crafts:
            if other.label_ == LANDER or other.sent.start != lander.sent.start:
                continue
            first, last = sorted((lander, other), key=lambda c: c.start)
            between = doc[first.end:last.start]
            if len(between) <= _TIE_REACH and any(t.lower_ in _LANDER_WORDS for t in between):
                ties.add((normalize_name(lander.kb_id_), normalize_name(other.kb_id_)))
    landings = [g for g in groups if g[0].trigger.event == "landing"]
    landers = {normalize_name(g[0].craft): g for g in landings if g[0].kind == LANDER}
    hosts = {}  # id of a mission's group: its lander's group
    for group in landings:
        if group[0].kind != LANDER:
            mission = normalize_name(group[0].craft)
            alone = all(normalize_name(s.craft) == mission for s in group)
            host = next((landers[name] for name, of in sorted(ties | (listed if alone else set()))
                         if of == mission and name in landers
                         and dates_agree(_values(landers[name]), _values(group))), None)
            if host is not None:
                hosts[id(group)] = host
    result = [list(g) for g in groups if id(g) not in hosts]
    by_group = {id(g): r for g, r in zip((g for g in groups if id(g) not in hosts), result)}
    for group in groups:
        if id(group) in hosts:
            host = by_group[id(hosts[id(group)])]
            host.extend(group)
            host.sort(key=lambda s: s.trigger.span.start)
    return result


def _values(group: list["Statement"]) -> set[str]:
    return {s.value for s in group if s.value}
