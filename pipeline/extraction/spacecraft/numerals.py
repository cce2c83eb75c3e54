"""A flight's number written the family's way: "Artemis 1" is "Artemis I", "Shenzhou V" is
"Shenzhou-5", "Gemini Eleven" is "Gemini 11", "Gemini VI-A" is "Gemini 6A"."""

from __future__ import annotations

import re

_ROMAN = {"I": 1, "V": 5, "X": 10}
_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]


def numeral(num: str, style: str) -> str:
    """A flight number written the family's way ("arabic" or "roman")."""
    lettered = re.fullmatch(r"([IVX]+|\d+)-?([A-HJ-UWYZ])", num)
    if lettered:  # a flight renumbered after a scrub: "VI-A", "6A"
        return numeral(lettered.group(1), style) + ("" if style == "arabic" else "-") + lettered.group(2)
    if num.isdigit():
        value = int(num)
    elif num.lower() in _NUMBER_WORDS:  # "Gemini Eleven"
        value = _NUMBER_WORDS.index(num.lower()) + 1
    elif set(num) <= set(_ROMAN):
        values = [_ROMAN[c] for c in num]
        value = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    else:
        return num
    if style == "arabic":
        return str(value)
    out = ""
    for n, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while value >= n:
            out, value = out + letters, value - n
    return out

