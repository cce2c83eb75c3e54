"""Picture captions: the lines of a web page that describe a photograph and give its credit
("Pete Conrad checks out Surveyor 3. Image credit: NASA", "... (Photo/Xinhua)", "Courtesy
Mohammed bin Rashid Space Centre"). A caption stands beside the story, not in its flow: the people
it shows are no crew of the event told in the paragraphs around it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..normalize import doc_text
from ..resources import load_json

_CREDIT = re.compile(load_json("people_words.json")["caption_credit_pattern"], re.MULTILINE)
# a photographer's credit on a line of its own, the caption on the line under it: "Jane Roe/The Daily Times"
CREDIT_LINE = re.compile(load_json("people_words.json")["credit_line_pattern"], re.MULTILINE)


_CAPTIONS_KEY = "captions.lines"  # doc.user_data: the caption lines, found once per Doc


def caption_lines(doc: Doc) -> list[tuple[int, int]]:
    """The character ranges of the lines of the text that end with a picture credit."""
    found = doc.user_data.get(_CAPTIONS_KEY)
    if found is None:
        text = doc_text(doc)
        found = doc.user_data[_CAPTIONS_KEY] = []
        for match in _CREDIT.finditer(text):
            start = text.rfind("\n", 0, match.start()) + 1
            end = text.find("\n", match.end())
            found.append((start, len(text) if end < 0 else end))
        for match in CREDIT_LINE.finditer(text):
            end = text.find("\n", match.end() + 1)
            found.append((match.start(), len(text) if end < 0 else end))
    return found


def in_caption(captions: list[tuple[int, int]], char: int) -> bool:
    return any(start <= char < end for start, end in captions)
