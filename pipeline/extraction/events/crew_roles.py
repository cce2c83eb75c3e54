"""The role of a person aboard an event to whom the article gives none of their own: the one word
the article uses for its flyers. "Two Chinese astronauts ... Jing Haipeng opened the hatch, followed
by Chen Dong" makes both astronauts; a crew an article of cosmonauts names bare are cosmonauts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...records import EventRecord, PersonRecord


def with_flyer_roles(people: tuple[PersonRecord, ...], events: tuple[EventRecord, ...], text: str,
                     flyer_nouns: list[str]) -> tuple[PersonRecord, ...]:
    """`people`, those aboard an event with no role given the one flyer noun the article uses, and uses
    of a group; none where it uses several ("astronauts" and "cosmonauts": which is whose the text must
    say)."""
    aboard = {name for event in events for name in event.people}
    if not any(p.name in aboard and not p.role for p in people):
        return people
    used = [noun for noun in flyer_nouns if re.search(rf"\b{noun}s?\b", text, re.IGNORECASE)]
    if len(used) != 1 or not re.search(rf"\b{used[0]}s\b", text, re.IGNORECASE):
        return people  # (the noun for a group of them: not one "NASA astronaut" in an article of cosmonauts)
    return tuple(replace(p, role=used[0]) if p.name in aboard and not p.role else p for p in people)
