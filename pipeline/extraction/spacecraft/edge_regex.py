"""Regexes that open with a lookbehind, searched without it.

The spacecraft families open each pattern with a word edge written as a
lookbehind ("(?<![\\w\\-–])Soyuz ..."). Python's `re` finds a pattern's
literal start quickly only when the pattern opens with it; the leading
lookbehind makes it try the whole pattern at every character, five times
slower over the corpus. `EdgeRegex` searches for the rest and tests the
lookbehind at each match's start, giving the matches `finditer` gives. (The
date grammar's patterns gain nothing: most open with optional words, so the
rest has no literal start either, and its lookbehinds reject more.)
"""

from __future__ import annotations

import re
from typing import Iterator

# lookbehinds at the very start of a pattern, without groups inside them
_LEADING_LOOKBEHINDS = re.compile(r"(?:\(\?<[!=](?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\\[])*\))+")


class EdgeRegex:
    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.whole = re.compile(pattern, flags)
        lead = _LEADING_LOOKBEHINDS.match(pattern)
        rest = pattern[lead.end():] if lead else pattern
        if lead is None or _top_level_alternation(rest):
            self.edge, self.rest = None, self.whole  # ("(?<!x)a|b": the lookbehind is one branch's only)
        else:
            self.edge, self.rest = re.compile(lead.group(), flags), re.compile(rest, flags)

    def finditer(self, text: str) -> Iterator[re.Match]:
        if self.edge is None:
            yield from self.whole.finditer(text)
            return
        position = 0
        while True:
            match = self.rest.search(text, position)
            if match is None:
                return
            if self.edge.match(text, match.start()) is None:
                position = match.start() + 1  # (the lookbehind sees the text before `pos`)
                continue
            yield match
            position = match.end() if match.end() > match.start() else match.start() + 1


def _top_level_alternation(pattern: str) -> bool:
    """A "|" outside every group and character class."""
    depth, i, in_class = 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1:i + 2] == "]":
                i += 1  # "[]...]": a "]" first in a class is a character
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            return True
        i += 1
    return False
