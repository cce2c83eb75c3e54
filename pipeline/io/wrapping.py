"""Joining the lines of hard-wrapped text without moving any offset.

Wire copy saved as plain text, and pages scraped from it, often break every
line at a fixed width: "... bound for the international space station,
achieving her\\ndream of becoming ...". The tagger, the NER and the sentence
splitter read such a break as the end of a paragraph or a heading, so names
("Thomas\\nReiter") and sentences are cut. Where most lines of a text are broken
mid-sentence at about one width, each break inside a paragraph becomes one
space; a break after a sentence's end on a short line (a paragraph's last
line), a blank line and a short heading stay. Text that is not hard-wrapped
(one paragraph per line, Markdown) is returned unchanged.
"""

from __future__ import annotations

import re

_MIN_LINES = 6  # fewer broken lines than this say nothing about the text's layout
_MIN_WIDTH, _MAX_WIDTH = 40, 100  # a fixed width wire copy wraps at
_BROKEN_SHARE = 0.5  # of the non-blank lines, those that end mid-sentence
_SHORT = 0.75  # of the width: a line this much shorter than the rest ends its paragraph
_SENTENCE_END = re.compile(r"""[.!?:;]["'”’)\]]*\s*$""")


def unwrap_hard_breaks(text: str) -> str:
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    if len(filled) < _MIN_LINES:
        return text
    lengths = sorted(len(line.rstrip()) for line in filled)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not _MIN_WIDTH <= width <= _MAX_WIDTH:
        return text
    broken = [i for i, line in enumerate(lines[:-1]) if line.strip() and lines[i + 1].strip()
              and not _SENTENCE_END.search(line)]
    if len(broken) < _MIN_LINES or len(broken) < _BROKEN_SHARE * len(filled):
        return text
    out = []
    for i, line in enumerate(lines[:-1]):
        out.append(line)
        following = lines[i + 1]
        short = len(line.rstrip()) < _SHORT * width
        # a paragraph's last line ends a sentence short of the width; a short line with no sentence
        # end before a capital is a heading or a dateline ("MOSCOW (AP)")
        ends = not line.strip() or not following.strip() or \
            (short and (_SENTENCE_END.search(line) is not None or following.lstrip()[:1].isupper()))
        out.append("\n" if ends else " ")
    out.append(lines[-1])
    return "".join(out)
