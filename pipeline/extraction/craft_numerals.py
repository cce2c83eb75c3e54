"""A flight's number written the family's way: "Artemis 1" is "Artemis I", "Shenzhou V" is
"Shenzhou-5", "Gemini Eleven" is "Gemini 11"; and the name a flight's rows carry where the article
numbers it mostly the other way ("Shenzhou XVIII").
"""

from __future__ import annotations

from ..normalize import normalize_name

_ROMAN = {"I": 1, "V": 5, "X": 10}
_NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]


def numeral_style(num: str) -> str | None:
    """"arabic" for "5", "roman" for "V"; None for a number spelt out ("Eleven")."""
    if num.isdigit():
        return "arabic"
    return "roman" if set(num) <= set(_ROMAN) else None


def numeral(num: str, style: str) -> str:
    """A flight number written the family's way ("arabic" or "roman")."""
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


def numerals_as_written(numerals: dict[str, list[str | None]]) -> dict[str, str]:
    """A flight the article numbers mostly the other way than its family's canonical name is
    named as the article first writes it so: "Shenzhou XVIII" four times and "Shenzhou-18" once
    in a caption stays "Shenzhou XVIII" (a reader writes it so); where the canonical spelling is
    as frequent, it stands. (None in `forms`: a mention spelt the canonical way.)"""
    named = {}
    for name, forms in numerals.items():
        other = [f for f in forms if f is not None]
        if len(other) > len(forms) - len(other) and len({normalize_name(f) for f in other}) == 1:
            named[name] = other[0]
    return named
