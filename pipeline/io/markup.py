"""Hiding Markdown markup from the statistical models without moving any offset.

`**Valentina Tereshkova**` is not recognised as a person by the NER; the same
text with the asterisks turned into spaces is. Every masked character becomes
one space, so offsets into the masked text are offsets into the body.
"""

from __future__ import annotations

import re

# Emphasis markers next to a word, heading hashes at a line start, code ticks (not old wire
# copy's quotes, ``Hoot''), a hashtag's hash ("Alexei #Leonov, a decorated veteran #cosmonaut").
_MARKUP = re.compile(r"(?:(?<=\s)|^)[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?=[\s.,;:!?)]|$)|^#{1,6}(?= )|(?<!`)`+(?!`)(?![^`\n]*'')"
                     r"|(?:(?<=\s)|^)#(?=[^\W\d_])", re.MULTILINE)


def mask_markup(text: str) -> str:
    return _MARKUP.sub(lambda m: " " * len(m.group()), text)
