"""Role appositions: the role set off after a name ("X, a veteran cosmonaut,", "Col. X of the Marines,
the commander", "Christa McAuliffe, 37, a teacher"), past the service or body the name is "of", or with no
comma at all ("X director of flight operations for ..."), a seat ("X in the Command Module Pilot seat") and a
crew list's title with its country ("X Commander (US)"); and where the clause set off before a name opens
("An associate administrator for the Science Mission Directorate at NASA, X", "led by the commander of the
Atlantis, X")."""

from __future__ import annotations

from spacy.tokens import Doc

from ...resources import load_json
from .roles import RoleIndex

_APPOSITION_REACH = 8  # tokens after "Name," searched for "a veteran cosmonaut"
_CLAUSE_ROLE_REACH = 11  # words of "An associate administrator for the Science Mission Directorate at NASA, X"
_SEATS = {"seat", "position", "role", "slot"}  # "in the Command Module Pilot seat"
_SEAT_ROLE_WORDS = 4
_BARE_ROLE_WORDS = 3  # words of a role set off by no comma: "director of flight operations"
_OF_PHRASE_WORDS = 4  # words of "of the Atlantis" after a role closing the clause before a name
AFFILIATION_WORDS = 5  # words of "of the Air Force" between a name and its apposition
_ASIDE_WORDS = 3  # words of a bracket between a name and its apposition: "X (Italian), a fighter pilot"
# a caption's place in the picture: "Nikita Khrushchev (right), first secretary of ..."
_PICTURE_POSITION_WORDS = {w for p in load_json("people_words.json")["picture_positions"] for w in p.split()}


def past_age(doc: Doc, i: int) -> int:
    """Past a stated age after a name's comma ("37," in "Christa McAuliffe, 37, a teacher"; "33 years
    old," in "X, 33 years old, is a pilot")."""
    if i < len(doc) and doc[i].like_num:
        j = i + 3 if [t.lower_ for t in doc[i + 1:i + 3]] in (["years", "old"], ["year", "old"]) else i + 1
        if j < len(doc) and doc[j].text == ",":
            return j + 1
    return i


def longest_role_end(roles_at: RoleIndex, k: int) -> int:
    """The end of the longest role over the one ending at token `k`: "lieutenant colonel" over
    "lieutenant", "director-general" (three tokens) over "director"."""
    while True:
        longer = next((e for e in (k + 1, k + 2) if e in roles_at and roles_at[e][0] <= k), None)
        if longer is None:
            return k
        k = longer


def role_past_affiliation(doc: Doc, end: int, roles_at: RoleIndex) -> str:
    """"Col. X of the Marines, the commander": the role in apposition after the
    name and the service or body it is "of"."""
    j = past_aside(doc, end)
    if j < len(doc) and doc[j].lower_ == "of":
        j += 1
        while j < len(doc) and j - end <= AFFILIATION_WORDS and (doc[j].lower_ == "the" or doc[j].is_title
                                                                  or doc[j].is_upper):  # "of the UA,"
            j += 1
        if j + 2 < len(doc) and doc[j].text == "," and (doc[j + 1].is_title or doc[j + 1].is_upper) and \
                doc[j + 2].text == ",":
            j += 2  # and its state: "Snowlily Lu of Fremont, Calif., the astronaut's mother"
    return _role_in_apposition(doc, j, roles_at)


def past_aside(doc: Doc, i: int) -> int:
    """Past a short bracket of capitalised words, a number or a place in the picture after a name when a
    comma follows it: "Samantha Cristoforetti (Italian), a fighter pilot", "X (R-Fla.), a former senator",
    "X (second from left), the commander"."""
    if i >= len(doc) or doc[i].text != "(":
        return i
    close = next((k for k in range(i + 1, min(len(doc), i + _ASIDE_WORDS + 2)) if doc[k].text == ")"), None)
    if close is None or close == i + 1 or close + 1 >= len(doc) or doc[close + 1].text != "," or \
            not all(t.is_title or t.is_upper or t.like_num or t.is_punct or t.lower_ in _PICTURE_POSITION_WORDS
                    for t in doc[i + 1:close]):
        return i
    return close + 1


def _role_in_apposition(doc: Doc, end: int, roles_at: RoleIndex) -> str:
    if end >= len(doc) or doc[end].text not in {",", "("}:
        return ""
    j = past_age(doc, end + 1)  # skip a stated age: "Christa McAuliffe, 37, a teacher"
    if [t.lower_ for t in doc[j + 2:j + 6]] == ["-", "year", "-", "old"] and doc[j].lower_ in {"a", "an"} and \
            doc[j + 1].like_num:
        j += 6  # and "a 13-year-old" before the role: "X, a 13-year-old junior high school student"
    # "one of the original Mercury astronauts"
    one_of = j + 1 < len(doc) and doc[j].lower_ == "one" and doc[j + 1].lower_ == "of"
    if one_of:
        j += 2
    reach = j + _APPOSITION_REACH
    # (past an owner's long name: "the National Aeronautics and Space Administration's space station director")
    owner = next((k for k in range(j, min(reach, len(doc))) if doc[k].tag_ == "POS" and doc[k - 1].pos_ == "PROPN"), None)
    if owner is not None:
        reach = owner + _APPOSITION_REACH
    for k in range(j, min(reach, len(doc))):
        token = doc[k]
        if token.lower_ == "whose":
            break  # "X, whose twin brother, Y, is also an astronaut": another's role
        if k in roles_at and roles_at[k][0] == k and token.tag_ == "JJ" and k + 1 < len(doc) and \
                doc[k + 1].pos_ in {"NOUN", "PROPN", "PUNCT"} and doc[k + 1].text not in {",", ")", ";"}:
            continue  # an adjective before the head: "the country's first official astronaut"
        if k in roles_at and roles_at[k][0] >= j:
            last = longest_role_end(roles_at, k)  # "lieutenant colonel", not "lieutenant"
            if last + 1 < len(doc) and doc[last + 1].lower_ in {"'s", "’s"}:
                continue  # an owner's role: "X, the astronaut's mother" is the mother
            k = last
            head = k + 1  # the noun phrase's head is its last role: "the Astronauts office manager"
            while head < len(doc) and doc[head].pos_ == "NOUN" and doc[head].tag_ in {"NN", "NNS"}:
                if head in roles_at and roles_at[head][0] > k:
                    k = head
                head += 1
            following = doc[k + 1] if k + 1 < len(doc) else None
            if (doc[k].tag_ in {"NNS", "NNPS"} and not one_of) or (following is not None and following.is_title
                                                  and following.pos_ == "PROPN"):
                return ""  # "X, Russian cosmonauts Novitsky and Dubrov": the next names' title
            if _titles_a_name_after(doc, k + 1, roles_at):
                return ""  # "X, SpaceX engineer and Mission Specialist Sarah Gillis": the next name's titles
            return roles_at[k][1]
        if token.pos_ == "CCONJ" and (_modifies_a_noun(doc, k) or (_capitalised(doc[k - 1]) and k + 1 < len(doc)
                                                                   and _capitalised(doc[k + 1]))):
            continue  # "a former Skylab and shuttle astronaut", "the Aeronautics and Space Administration's",
            # "a fellow JAXA and NASA astronaut"
        if token.ent_type_ == "PERSON" and _modifies_a_noun(doc, k):
            continue  # the NER's "NASA Skylab" before "and shuttle astronaut" names nobody
        if k + 1 < len(doc) and doc[k + 1].tag_ == "POS" and token.pos_ == "PROPN":
            continue  # an owner before the head, whatever the NER calls it: "X, SpaceX's lead engineer,"
        if (token.pos_ not in {"DET", "ADJ", "PROPN", "PART", "NOUN", "NUM", "PUNCT", "ADV"} and token.tag_ not in {"VBN", "PRP$"}) \
                or token.text in {",", ")", ";"} or token.ent_type_ == "PERSON":
            break  # (a participle describes: "X, 63, a retired flight controller"; an owner's pronoun
            # determines: "Y, 44, his civilian flight engineer")
    return ""


def _capitalised(token) -> bool:
    return token.is_title or (token.is_upper and token.is_alpha)


def _titles_a_name_after(doc: Doc, i: int, roles_at: RoleIndex) -> bool:
    """From token `i`, "and" and more titles run on to a name with no comma between: the role
    before them is that name's too."""
    for m in range(i, min(i + _APPOSITION_REACH, len(doc))):
        token = doc[m]
        if token.ent_type_ == "PERSON":
            return m > i
        if not (token.pos_ == "CCONJ" or m in roles_at or (token.is_title and token.pos_ == "PROPN")):
            return False
    return False


def _modifies_a_noun(doc: Doc, k: int) -> bool:
    """The words from token `k` (a capitalised run or "and") go on to a lower-case noun, so they
    only modify it: "Skylab and shuttle astronaut", "NASA Skylab astronaut", "JAXA and NASA astronaut"."""
    m = k
    while m < len(doc) and (doc[m].ent_type_ in {"PERSON", "ORG"} or doc[m].pos_ == "CCONJ") and m - k < 4:
        m += 1
    return m > k and m < len(doc) and doc[m].pos_ == "NOUN" and doc[m].is_lower


def trailing_list_roles(mentions: list, doc: Doc, roles_at: RoleIndex) -> None:
    """"The crew consisted of A, commander of the shuttle flight, B, pilot, C, D and E, mission
    specialists": a roster that sets each role off after its names gives the role to the names before
    it back to the last role, not to the name after it. Read so only where the list holds two such
    roles: one alone ("A, commander, B ...") may stand before its name as well."""
    by_start: dict[int, tuple[int, str]] = {}
    for end, (start, role) in roles_at.items():
        if start not in by_start or end > by_start[start][0]:
            by_start[start] = (end, role)
    at = {m.start: m for m in mentions}
    for first in sorted(mentions, key=lambda m: m.start):
        if first.start - 1 in roles_at or (first.start > 1 and doc[first.start - 1].text == "," and
                                           first.start - 2 in roles_at):
            continue  # (a role before the list's first name: the list reads the other way)
        pending, runs, mention = [first], [], first
        while True:
            role = _role_set_off(doc, mention.end, by_start)
            i = mention.end
            if role is not None:
                runs.append((pending, role[1]))
                pending, i = [], role[0] + 1
            while i < len(doc) and doc[i].text in {",", "and"}:
                i += 1
            mention = at.get(i)
            if mention is None or mention.start >= doc[first.start].sent.end:
                break
            pending.append(mention)
        if len(runs) >= 2:
            for names, role in runs:
                for named in names:
                    named.role = role


def _role_set_off(doc: Doc, end: int, by_start: dict[int, tuple[int, str]]) -> tuple[int, str] | None:
    """The role after a name's comma that a comma, "and" or the sentence closes, as (its last token,
    role), past a complement of its own ("commander of the shuttle flight,")."""
    if end + 1 >= len(doc) or doc[end].text != "," or end + 1 not in by_start:
        return None
    last, role = by_start[end + 1]
    j = last + 1
    if j < len(doc) and doc[j].lower_ == "of":
        while j < len(doc) and j - last <= AFFILIATION_WORDS + 1 and doc[j].text not in {",", ".", ";"}:
            j += 1
    if j < len(doc) and doc[j].text not in {",", ".", ";", "and"}:
        return None
    return j - 1, role


def long_clause_start(doc: Doc, start: int) -> int:
    """Where the clause before the comma ahead of a name at `start` opens, over up to `_CLAUSE_ROLE_REACH`
    words outside brackets, stopping at punctuation other than brackets and at another person's name."""
    clause_start, words, bracketed = start - 2, 1, False
    while clause_start > 0 and (not doc[clause_start - 1].is_punct or doc[clause_start - 1].text in {"(", ")"}) and \
            not doc[clause_start - 1].is_sent_end and doc[clause_start - 1].ent_type_ != "PERSON" and \
            words < _CLAUSE_ROLE_REACH:
        clause_start -= 1
        bracketed = (bracketed or doc[clause_start].text == ")") and doc[clause_start].text != "("
        words += not bracketed and doc[clause_start].text != "("
    return clause_start


def role_of_before(doc: Doc, start: int, roles_at: RoleIndex) -> str:
    """"was led by the commander of the Atlantis, Robert Gibson": a definite role and its "of" phrase
    closing the clause before the name's comma."""
    of = next((k for k in range(start - 3, max(0, start - 2 - _OF_PHRASE_WORDS), -1) if doc[k].lower_ == "of"), None)
    if of is None or of - 1 not in roles_at or not all(t.tag_ in {"DT", "NNP", "NNPS", "NN"} for t in doc[of + 1:start - 1]):
        return ""
    opening = roles_at[of - 1][0]
    return roles_at[of - 1][1] if opening > 0 and doc[opening - 1].lower_ in {"the", "its", "their"} else ""


def role_unmarked_after(doc: Doc, end: int, roles_at: RoleIndex) -> str:
    """"Chris C. Kraft director of flight operations for NASA revealed": wire copy's apposition without its
    commas, a role in lower case and its "of" or "for" phrase right after the name."""
    if end >= len(doc) or not doc[end].is_lower:
        return ""
    k = next((k for k in range(end, min(len(doc) - 1, end + _BARE_ROLE_WORDS)) if k in roles_at and roles_at[k][0] == end),
             None)
    return roles_at[longest_role_end(roles_at, k)][1] if k is not None and doc[k + 1].lower_ in {"of", "for"} else ""


def first_of_two_roles(doc: Doc, k: int, roles_at: RoleIndex) -> str:
    """The role ending at `k` before a name, or the first of two joined by "and": "the late NASA astronaut and
    Orbital employee Janice Voss" is the astronaut (past the second's capitalised employer)."""
    i = roles_at[k][0] - 1
    while i > 0 and doc[i].is_title and doc[i].lower_ != "and":
        i -= 1
    # (not where the second is whole: "the businessman and auto racer X")
    if i > 0 and doc[i].lower_ == "and" and i - 1 in roles_at and doc[roles_at[k][0]].is_lower and i + 1 < roles_at[k][0]:
        return roles_at[i - 1][1]
    return roles_at[k][1]


def role_and_country(doc: Doc, end: int, roles_at: RoleIndex) -> str:
    """"Peggy Whitson Commander (US), B, Pilot (India)": a crew list's seat in title case and the country
    in brackets."""
    start = end + 1 if end < len(doc) and doc[end].text == "," else end
    role = next((roles_at[k] for k in range(start, min(len(doc) - 1, start + _SEAT_ROLE_WORDS))
                 if k in roles_at and roles_at[k][0] == start and doc[k + 1].text == "("), None)
    return role[1] if role and start < len(doc) and doc[start].is_title else ""


def role_in_seat(doc: Doc, end: int, roles_at: RoleIndex) -> str:
    """"X in the Command Module Pilot seat": the seat's role."""
    if end + 3 >= len(doc) or doc[end].lower_ != "in" or doc[end + 1].lower_ not in {"the", "his", "her"}:
        return ""
    role = next((roles_at[k] for k in range(end + 2, min(len(doc) - 1, end + 2 + _SEAT_ROLE_WORDS))
                 if k in roles_at and roles_at[k][0] == end + 2 and doc[k + 1].lower_ in _SEATS), None)
    return role[1] if role else ""
