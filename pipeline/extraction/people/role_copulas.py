"""Roles a name's phrase gives it before the name across a copula or a comma: "Commander of Soyuz
MS-40 is Col. A", "Mission specialists for the flight are A, B and C", "the shuttle commander, Col. A";
and where a name's phrase starts once the ages, honorifics and ranks before it are set aside.
`role_context.role_in_context` reads these too.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...resources import load_json
from .roles import RoleIndex

HONORIFICS = {"Dr", "Mr", "Mrs", "Ms", "Prof", "Sir", "Dame", "Sheikh", "Sheik"}  # between a role and the name it gives
# services before a rank: "a frogman, Navy Lt. A"
_SERVICES = {"Navy", "Army", "Air", "Force", "Marine", "Corps", "Coast", "Guard"}
COPULAS = {"is", "was", "be", "will", "would", "became", "becomes", "'s", "’s", "are", "were", "as"}
_OF_NAME_REACH = 4  # words of a name after "of": "Commander of Soyuz MS-40 is"
_TRIP_WORDS = {"flight", "mission"}
_INFINITIVE_REACH = 4  # tokens of "to reach orbit" between a role and its copula
_POSITION_WORDS = {w for p in load_json("people_words.json")["picture_positions"] for w in p.split()}


def before_age(doc: Doc, start: int) -> int:
    """Where a name's phrase starts once a stated age before it ("40-year-old") is set aside."""
    if start >= 5 and doc[start - 1].lower_ == "old" and doc[start - 3].lower_ == "year" and doc[start - 5].like_num:
        return start - 5
    return start


def before_titles(doc: Doc, start: int, roles_at: RoleIndex) -> int:
    """Where a name's phrase starts once the honorifics and capitalised titles right before it are set
    aside ("Sir", "Capt.", "Dr.")."""
    i = start
    while i > 0 and (doc[i - 1].text.rstrip(".") in HONORIFICS or doc[i - 1].text == "." or
                     (i - 1 in roles_at and roles_at[i - 1][0] == i - 1 and personal_title(doc[i - 1])) or
                     _abbreviated_title(doc, i - 1)):
        i -= 1
    while start > i > 0 and doc[i - 1].text in _SERVICES:
        i -= 1
    return i


def _abbreviated_title(doc: Doc, i: int) -> bool:
    """"Capt.", "Col.", "Sen.": a short capitalised word cut short by a full stop."""
    token = doc[i]
    stopped = token.text.endswith(".") or (i + 1 < len(doc) and doc[i + 1].text == "." and not token.whitespace_)
    return stopped and token.is_title and 2 <= len(token.text.rstrip(".")) <= 4


def personal_title(token) -> bool:
    """A capitalised singular title is the person's own, not a list's ("Colonel Vladimir
    Dzhanibekov, Svetlana Savitskaya and Igor Volk"; "cosmonauts A, B and C" share theirs)."""
    return token.is_title and not token.lower_.endswith("s") and not token.is_sent_start


def role_before_comma(doc: Doc, start: int, roles_at: RoleIndex) -> str:
    """"the shuttle commander, Col. A": one person's role before the comma, past the rank (not a group's:
    "The cosmonauts, Col. A, 44, and B")."""
    titled = before_titles(doc, start, roles_at)
    if 1 < titled < start and doc[titled - 1].text == "," and titled - 2 in roles_at and doc[titled - 2].tag_ != "NNS":
        return roles_at[titled - 2][1]
    return ""


def role_before_copula(doc: Doc, start: int, roles_at: RoleIndex) -> str:
    """The role a copula gives the name at `start`, past its rank: "Commander of Soyuz MS-40 is Col. A"."""
    return copula_role(doc, before_titles(doc, start, roles_at), roles_at)


def copula_role(doc: Doc, start: int, roles_at: RoleIndex) -> str:
    i = _past_picture_order(doc, before_age(doc, start) - 1)  # "48-year-old" between the verb and the name
    copula_end = i
    while i >= 0 and doc[i].lower_ in COPULAS:
        i -= 1
    if i == copula_end:
        return ""
    i = _before_trip_phrase(doc, i)
    # "The first cosmonaut to reach orbit was Major A": past the role's infinitive
    to = next((k for k in range(i, max(i - _INFINITIVE_REACH, -1), -1)
               if doc[k].lower_ == "to" and k + 1 <= i and doc[k + 1].tag_ == "VB"), None)
    if to is not None:
        i = to - 1
    # "The commander this time is Ye Guangfu"
    for j in range(i, max(i - 3, -1), -1):
        if j in roles_at:
            return roles_at[j][1]
        if not doc[j].is_lower:
            break
    # "Commander of Soyuz MS-40 is Col. A": the role before an "of" and the craft's name
    j = i
    while j > 0 and i - j < _OF_NAME_REACH and (doc[j].is_title or doc[j].is_upper or doc[j].like_num or
                                                doc[j].text in {"-", "‐"} or "-" in doc[j].text):
        j -= 1
    if j < i and doc[j].lower_ == "of" and j - 1 in roles_at:
        return roles_at[j - 1][1]
    return ""


def _past_picture_order(doc: Doc, i: int) -> int:
    """"The astronauts are, from left to right: A, B": the word before the picture's order and colon."""
    k = i - 1 if i >= 0 and doc[i].text == ":" else i
    while k >= 0 and doc[k].lower_ in _POSITION_WORDS:
        k -= 1
    if k < i and k >= 0 and doc[k].text == "," and doc[i].text == ":":
        return k - 1
    return i - 1 if i > 0 and doc[i].text == ":" and doc[i - 1].lower_ in COPULAS else i  # "The crew is: A, B"


def plural_before_copula(doc: Doc, start: int) -> bool:
    i = _past_picture_order(doc, before_age(doc, start) - 1)
    while i >= 0 and doc[i].lower_ in COPULAS:
        i -= 1
    i = _before_trip_phrase(doc, i)
    return i >= 0 and doc[i].tag_ in {"NNS", "NNPS"}


def _before_trip_phrase(doc: Doc, i: int) -> int:
    """Back past "for the flight" ending at token i: "Mission specialists for the flight are A, B and C"."""
    if i >= 3 and doc[i].lower_ in _TRIP_WORDS and doc[i - 1].lower_ in {"the", "this"} and \
            doc[i - 2].lower_ in {"for", "on", "of", "aboard"}:
        return i - 3
    return i
