"""Which class of craft a named craft belongs to: "Crew-6" and "Crew Dragon Endeavour" are Crew
Dragons, "STS-135" a Space Shuttle, "Faith 7" a Mercury. The events merge a class's mention into
its one flight; the spacecraft table leaves out a class named only for one of its members.
"""

from __future__ import annotations

import re

from ...normalize import normalize_name
from ...resources import load_jsonl


class CraftFamilies:
    def __init__(self, classes: list[str], families: str = "spacecraft_families.jsonl",
                 gazetteer: str = "spacecraft.jsonl"):
        self.classes = {normalize_name(c) for c in classes}
        # a family's canonical names as patterns: "Crew-{num}" -> Crew-.+ is a Crew Dragon
        # (not a named capsule's "Crew Dragon {name}": a vehicle, no flight's designation)
        self.families = [(re.compile(".+".join(re.escape(part) for part in re.split(r"\{\w+\}", f["canonical"]))),
                          normalize_name(f["family"])) for f in load_jsonl(families) if "{name}" not in f["canonical"]]
        self.named_families = {normalize_name(e["name"]): normalize_name(e["family"])
                               for e in load_jsonl(gazetteer) if e.get("family")}
        self._by_length = sorted(self.classes, key=len, reverse=True)
        self._families: dict[str, str | None] = {}  # (every statement asks of the same few names)
        self._designations: dict[str, bool] = {}

    def is_class(self, craft: str) -> bool:
        return normalize_name(craft) in self.classes

    def family(self, craft: str) -> str | None:
        """The family a craft belongs to (data: spacecraft_families.jsonl, the gazetteer's
        "family", or the class its name starts with: "Crew Dragon Freedom")."""
        if craft not in self._families:
            name = normalize_name(craft)
            self._families[craft] = next((f for pattern, f in self.families if pattern.fullmatch(craft)), None) or \
                self.named_families.get(name) or \
                next((c for c in self._by_length if name.startswith(c + " ")), None)
        return self._families[craft]

    def designation(self, craft: str) -> bool:
        """A flight's designation from a family's pattern ("Crew-6", "STS-135"), not a vehicle's name."""
        if craft not in self._designations:
            self._designations[craft] = any(pattern.fullmatch(craft) for pattern, _ in self.families)
        return self._designations[craft]
