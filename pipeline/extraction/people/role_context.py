"""Role context: the role the words around one mention of a name give it.

`role_in_context` reads them ("cosmonaut Anton Shkaplerov", "X, a veteran cosmonaut,", "the commander,
X", "Their pilot will be X", "X as commander"); `role_copulas.role_before_copula`, `role_copulas.role_before_comma` and
`role_appositions.role_past_affiliation` give a ranked name the role its sentence gives it. The roles
themselves are found by `roles.RoleLexicon`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...resources import load_json
from .role_appositions import (AFFILIATION_WORDS, long_clause_start, longest_role_end, past_age, past_aside,
                               role_and_country, role_in_seat, role_of_before, role_past_affiliation,
                               role_unmarked_after)
from .roles import CLOSING_QUOTES, RoleIndex
from .role_copulas import (COPULAS, HONORIFICS, before_age, before_titles, copula_role, personal_title,
                           plural_before_copula)

_RELATIVE_REACH = 16  # tokens of "who died on Oct. 22 at the age of 85" between a name and its copula
_HYPHENS = {"-", "‐", "–"}
_MODIFIER_TAGS = {"JJ", "VBG", "NNP"}  # "the oldest surviving Soviet cosmonauts"
_OTHERS_REACH = 12  # tokens after a sentence's subject searched for "with two other cosmonauts"
_ORIGIN_WORDS = 3  # words of a place set off after a name: ", from New Zealand,"
DEMONYM_ENDINGS = ("ian", "ean", "can", "ese", "ish")  # "Russian", "Korean", "American", "Japanese", "British"
_LINKS_AFTER = {",", "who", "is", "was", "became", "served", "serves", "serving", "as", "a", "an", "the", "then", "now",
                # "were assigned as mission specialists", "filled the role of pilot"
                "were", "assigned", "appointed", "selected", "chosen", "designated", "filled", "role", "of",
                "trained", "worked", "qualified",  # "Polyakov trained as a physician"
                "has", "have", "had", "been", "named",  # "A, B and C have been named as mission specialists"
                "will", "serve", "work", "works", "working", "flying", "flew", "flies", "fly",  # "will serve as a"
                "becomes", "become", "take", "takes", "took", "over", "also",  # "will take over as", "becomes the"
                "lifted", "blasted", "launched", "off"}  # "lifted off as commander of Shenzhou-17"
_OWNER_WORDS = 6  # words of "NASA's Science Mission Directorate's" before the role they own
_LINK_WORDS = 5  # words of "will take over as the" between a name and its role
_NAMING = {"named", "called"}
DEGREES = set(load_json("people_words.json")["degrees"])  # "Ph.D.", "M.D." set off after a name
_INCLUDING = {"including", "includes", "included", "include"}
_PHRASE_AFTER_PLURAL = 3  # words of "into space" between a plural role and its ", including"
_FLIGHT_NOUNS = set(load_json("people_words.json")["flight_nouns"])  # "commander of the mission X"
_OFFICE_REACH = 7  # words from an office's head to a role its "of" phrase ends on
_CLAUSE_ROLE_WORDS = 8  # words of a clause before a name's comma whose opening role is the name's: "As chief designer, X"


def role_in_context(doc: Doc, start: int, end: int, roles_at: RoleIndex) -> tuple[str, bool]:
    """The role the words around one mention give; True when it stands to
    the left, where it may carry over to a following list of names."""
    # "the company's founder, Sir Richard Branson", "the spacecraft commander, Capt. Robert Gibson": the
    # role before the comma over the honorific or rank the name carries
    # "Anne Lee (Commander), Bob Hart (Pilot)": a role in brackets right after the name is its own
    close = next((t.i for t in doc[end + 1:min(len(doc), end + _BRACKETED_ROLE + 2)] if t.text == ")"), None)
    if end < len(doc) and doc[end].text == "(" and close is not None and close - 1 in roles_at and \
            roles_at[close - 1][0] == end + 1:
        return roles_at[close - 1][1], False
    titled = before_titles(doc, start, roles_at)
    if titled < start and titled > 1 and doc[titled - 1].text == "," and titled - 2 in roles_at and \
            not _plural_for_one(doc, titled - 2, end):
        return roles_at[titled - 2][1], False
    # "cosmonaut Anton Shkaplerov", "NASA astronaut Kate Rubins"; a capitalised singular title is the
    # person's own ("Colonel Vladimir Dzhanibekov, Svetlana Savitskaya and Igor Volk"), not the list's
    if start - 1 in roles_at:
        return roles_at[start - 1][1], not personal_title(doc[start - 1])
    if start > 1 and doc[start - 1].text in CLOSING_QUOTES and start - 2 in roles_at:
        return roles_at[start - 2][1], False  # American "space tourist" Greg Olsen: a role set off in quotes
    # (the NER may take the demonym into the name: "Russian" tagged JJ, the entity's first word)
    before = doc[start - 1]
    demonym = before.ent_type_ == "NORP" or \
        (before.is_title and (before.tag_ == "JJ" or before.lower_.endswith(DEMONYM_ENDINGS)))
    if start > 1 and demonym and start - 2 in roles_at and doc[start - 2].tag_ == "NNS":
        return roles_at[start - 2][1], True  # "flight engineers American A and Russian B": a demonym per name
    if start > 1 and demonym and start - 2 in roles_at:
        return roles_at[start - 2][1], False  # "space flight participant Belarusian A"
    # "ISRO Chairman Dr K Sivan", "four crew members including Koichi Wakata"
    i = start - 1
    while i > 0 and doc[i].text.rstrip(".") in HONORIFICS or (i > 0 and doc[i].text == "." and
                                                                doc[i - 1].text in HONORIFICS):
        i -= 1
    if i < start - 1 and i in roles_at:
        return roles_at[i][1], True
    if start > 1 and doc[start - 1].lower_ in _INCLUDING and start - 2 in roles_at:
        return roles_at[start - 2][1], True
    if start > 2 and doc[start - 1].lower_ in _INCLUDING and doc[start - 2].text == "," and start - 3 in roles_at:
        return roles_at[start - 3][1], True  # "four mission specialists, including Jamila Gilbert"
    if start > 2 and doc[start - 1].lower_ in _INCLUDING and doc[start - 2].text == "," and \
            not (end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN"):
        # "sent 11 astronauts into space, including Zhai Zhigang": a plural role a short phrase before (not
        # "seven astronauts aboard, including New Hampshire school teacher X": a place before a noun)
        k = start - 3
        while k > 0 and start - 3 - k < _PHRASE_AFTER_PLURAL and k not in roles_at and doc[k].is_lower and \
                not doc[k].tag_.startswith("VB"):
            k -= 1
        if k in roles_at and doc[k].tag_ == "NNS":
            return roles_at[k][1], True
    # "commander of the mission Jing Haipeng" (or set off by a dash: "the commander of the flight – X")
    flight = start - 2 if start > 4 and doc[start - 1].text in _HYPHENS | {"—"} else start - 1
    if flight > 2 and doc[flight].lower_ in _FLIGHT_NOUNS and doc[flight - 1].lower_ == "the" and \
            doc[flight - 2].lower_ == "of" and flight - 3 in roles_at:
        return roles_at[flight - 3][1], False
    if start > 2 and doc[start - 1].lower_ == "as" and doc[start - 2].lower_ == "such" and start - 3 in roles_at:
        return roles_at[start - 3][1], True  # "space tourists such as A and B"
    # "carried billionaires (A and B)": a plural role, its names in brackets
    if start > 1 and doc[start - 1].text == "(" and start - 2 in roles_at and doc[start - 2].tag_ == "NNS":
        return roles_at[start - 2][1], True
    # "Head of Mission Control X": the role before an "of" and a capitalised body
    j = i
    # (past a possessive: "Head of Russia's State Space Corporation Roscosmos X")
    # (and an "and" inside it: "Vice President of Build and Flight Reliability Hans Koenigsmann")
    # (and its acronym in brackets: "representative of the European Space Agency (ESA) Alexander Gerst")
    while j > 0 and start - j <= _OF_BODY_REACH and (doc[j].is_title or doc[j].is_upper or (
            doc[j].tag_ == "POS" and doc[j - 1].is_title) or (doc[j].lower_ == "and" and doc[j - 1].is_title
                                                               and doc[j + 1].is_title) or
                                                     doc[j].text in {"(", ")"}) and doc[j].lower_ != "of":
        j -= 1
    if j < i and j > 0 and doc[j].lower_ == "the" and doc[j - 1].lower_ in _BODY_PREPOSITIONS:
        j -= 1  # "Head of the Cosmonaut Training Center Pavel Vlasov"
    # (or in lower case after "the": "watched by the head of NASA Dan Goldin")
    # (or after an ordinal: "first astronaut of the United Arab Emirates X")
    # (or opening its sentence: "First deputy head of Roscosmos X")
    # (or one in a list: "NASA astronaut A and representative of the European Space Agency B")
    # (and an envoy's "to": "US Ambassador to Russia Jon Huntsman")
    if j < i and doc[j].lower_ in _BODY_PREPOSITIONS and j - 1 in roles_at and (
            doc[j - 1].is_title or doc[roles_at[j - 1][0]].is_title or doc[roles_at[j - 1][0] - 1].lower_ in
            {"the", "and"} or doc[roles_at[j - 1][0] - 1].ent_type_ == "ORDINAL"):
        return roles_at[j - 1][1], False
    # "Editor: Yvette Smith" on a line of its own
    if start > 1 and doc[start - 1].text == ":" and start - 2 in roles_at:
        first = roles_at[start - 2][0]
        if first == 0 or "\n" in doc[first - 1].text or doc[first - 1].text_with_ws.endswith("\n"):
            return roles_at[start - 2][1], False
    # "a 42-year-old navy doctor named Jerry Linenger"
    if start > 1 and doc[start - 1].lower_ in _NAMING and start - 2 in roles_at:
        return roles_at[start - 2][1], False
    # "the mission commander, Pavel Belyayev", "Hurley's wife, Karen Nyberg", "The first female space
    # tourist, 40-year-old Anousheh Ansari"
    lead = before_age(doc, start)
    if lead > 2 and doc[lead - 2].text == "," and _demonym(doc[lead - 1]) and lead - 3 in roles_at:
        lead -= 1  # "took the helm from the previous commander, Russian Oleg Artemyev,"
    if lead > 1 and doc[lead - 1].text == "," and lead - 2 in roles_at and not _plural_for_one(doc, lead - 2, end):
        return _office_over(doc, lead - 2, roles_at) or roles_at[lead - 2][1], lead == start
    # "Their pilot will be Oleg Novitskiy", "The commander was 48-year-old Tang Hongbo"; a plural's goes on
    # to the names listed after ("The VSS Unity pilots were A and B")
    role = copula_role(doc, start, roles_at)
    if role:
        return role, plural_before_copula(doc, start)
    # "Commander of the station, Thomas Pesquet", "As chief designer, Korolev"; not a list of names
    # ("Colonel Vladimir Dzhanibekov, Svetlana Savitskaya and Igor Volk")
    # (not past a bracket: "A (crew commander), B" is A's aside)
    if start > 1 and doc[start - 1].text == "," and doc[start - 2].ent_type_ != "PERSON" and doc[start - 2].text != ")":
        clause_start = start - 2
        while clause_start > 0 and not doc[clause_start - 1].is_punct and \
                not doc[clause_start - 1].is_sent_end and start - clause_start < _CLAUSE_ROLE_WORDS:
            clause_start -= 1
        # (else past a longer complement or a bracketed aside: "An associate administrator for the Science
        # Mission Directorate at NASA, X", "a spokesman for the mission control centre (TsUP) near Moscow, X";
        # not past another's name: "with pilots A and B at the controls and Branson, X")
        for first in (clause_start, long_clause_start(doc, start)):
            for j in range(first, start - 1):
                # (a role opening the clause's first three words: "The other mission specialist aboard, X")
                if j in roles_at and first <= roles_at[j][0] < first + 3:
                    # the longest role there: "The chief executive officer of Firefly, X", not "chief"
                    return roles_at[longest_role_end(roles_at, j)][1], True
        role = role_of_before(doc, start, roles_at)
        if role:
            return role, True
    # "X, a veteran cosmonaut,", "X, 37, a teacher", "X, one of the original Mercury astronauts"
    role = role_past_affiliation(doc, end, roles_at) or role_in_seat(doc, end, roles_at) or \
        role_and_country(doc, end, roles_at) or role_unmarked_after(doc, end, roles_at)
    if role:
        return role, False
    # "X, who was the commander", "X served as commander", "Zhai Zhigang as commander"
    j = past_aside(doc, end)  # (and past a bracket: "X (Никита Хрущёв), who was the premier")
    if j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].text in DEGREES:
        j += 2  # "Chang-Diaz, Ph.D., have been named as mission specialists"
    if j < len(doc) and doc[j].text == "," and past_age(doc, j + 1) > j + 1:
        j = past_age(doc, j + 1)  # "Glover, 44, is the pilot": a stated age between
    elif j < len(doc) and doc[j].text == "," and _past_origin(doc, j + 1) > j + 1:
        j = _past_origin(doc, j + 1)  # "Rogge, from Germany, as mission pilot": where one comes from
    elif _past_origin(doc, j) > j:
        j = _past_origin(doc, j)  # "Mikkelsen of Norway, as designated Dragon commander"
    elif j + 1 < len(doc) and doc[j].text == "," and _past_aged_person(doc, j + 1) > j + 1:
        j = _past_aged_person(doc, j + 1)  # "Arceneaux, a 29-year-old from Memphis who works as a physician assistant"
    elif j + 1 < len(doc) and doc[j].text == "," and doc[j + 1].lower_ == "who" and _past_relative(doc, j + 1) > j:
        j = _past_relative(doc, j + 1)  # "Weitz, who died on Oct. 22 at the age of 85, was the third astronaut"
        if doc[j + 1].lower_ == "are":
            j += 2  # "A and B, who flew together in 1978, are the oldest surviving cosmonauts"
    elif j < len(doc) and doc[j].lower_ == "of":
        # "X of the Russian space agency, who was commander of the station": past the body a name is of
        comma = next((k for k in range(j + 1, min(len(doc), j + AFFILIATION_WORDS + 3)) if doc[k].text == ","), None)
        if comma is not None and comma + 1 < len(doc) and doc[comma + 1].lower_ in {"who", "as"}:
            j = comma
    reach = j + _LINK_WORDS
    while j < len(doc) and j < reach and doc[j].lower_ in _LINKS_AFTER:
        j += 1
    if any(doc[x].lower_ in _LINKS_AFTER - {",", "a", "an", "the"} for x in range(end, j)):
        # (a hyphenated modifier is one word: "the third Apollo-era astronaut"; not past another's
        # possessive: "with A and B as his back-ups")
        # (but past a superlative's modifiers: "are the oldest surviving Soviet cosmonauts")
        own = j < len(doc) and doc[j].tag_ != "PRP$"
        hyphens = sum(t.text in _HYPHENS for t in doc[j:min(j + 5, len(doc))]) if own else 0
        # (or an ordinal's: "is the first female Chinese astronaut")
        superlative = own and (doc[j].tag_ == "JJS" or doc[j].ent_type_ == "ORDINAL")
        # (a quoted modifier's quotes too: "the first “official” British astronaut")
        modifiers = sum(t.tag_ in _MODIFIER_TAGS or t.is_quote for t in doc[j + 1:min(j + 6, len(doc))]) if superlative else 0
        # (past an owner's possessive: "will take over as the space station's commander")
        owner = next((k + 1 for k in reversed(range(j, min(j + _OWNER_WORDS, len(doc)))) if doc[k].tag_ == "POS"
                      and not any(t.ent_type_ == "PERSON" or t.text == "," for t in doc[j:k])), None) if own else None
        words = (owner if owner is not None else j) + 3 + 2 * hyphens + modifiers
        for k in range(j, min(words, len(doc))):
            # (not "Among those seeing off A and B was A's friend C": the title of the name after it)
            if k in roles_at and roles_at[k][0] >= j - 1 and not (k + 1 < len(doc) and doc[k + 1].ent_type_ == "PERSON"):
                k = longest_role_end(roles_at, k)  # the longest role: "physician assistant", not "physician"
                return roles_at[k][1], False
    return _one_of_the_others(doc, start, end, roles_at), False


def _plural_for_one(doc: Doc, k: int, end: int) -> bool:
    """A plural role before the comma and one name after it, no list: "his three brothers and three
    sisters, Dr. Marshburn first thought", "Veteran astronauts, X said" (not "His sisters, A and B")."""
    return doc[k].tag_ in {"NNS", "NNPS"} and not (end < len(doc) and doc[end].lower_ in {"and", ",", "&"})


def _office_over(doc: Doc, k: int, roles_at: RoleIndex) -> str:
    """The office a role ending at `k` is the last word of: "the head of the federation of cosmonauts,
    X" is its head, not a cosmonaut."""
    first = roles_at[k][0]
    for j in range(first - 2, max(0, first - _OFFICE_REACH) - 1, -1):
        if j in roles_at and doc[j + 1].lower_ == "of" and " of " in roles_at[j][1] and \
                all(t.is_lower for t in doc[j + 1:first]):
            return roles_at[j][1]
    return ""


def _one_of_the_others(doc: Doc, start: int, end: int, roles_at: RoleIndex) -> str:
    """"Polyakov, 52, returned with two other cosmonauts": the subject opening its sentence is one
    of the role its sentence calls the others, where no other person stands between; so is a name
    joined to them ("A, 52, and three other astronauts")."""
    sent = doc[start].sent
    starts = {first: role for first, role in roles_at.values()}
    # "ferried Japan's A, 52, and three other astronauts": the name coordinated with the others anywhere
    k = past_age(doc, end + 1) if end < len(doc) and doc[end].text == "," else end
    if k + 2 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].like_num and doc[k + 2].lower_ in {"other", "fellow"} \
            and k + 3 in starts:
        return starts[k + 3]
    if any(doc[i].text.rstrip(".") not in HONORIFICS and doc[i].text != "." for i in range(sent.start, start)):
        return ""  # (after "Dr." too)
    for k in range(end, min(end + _OTHERS_REACH, sent.end - 1)):
        if doc[k].ent_type_ == "PERSON":
            return ""
        if doc[k].lower_ in {"other", "fellow"} and k + 1 in starts:
            return starts[k + 1]
    return ""


def _past_relative(doc: Doc, i: int) -> int:
    """The comma that closes a relative clause at `i` before a copula ("Weitz, who died on Oct. 22, was the
    third astronaut"), else `i`."""
    sent_end = doc[i].sent.end
    for k in range(i + 1, min(i + _RELATIVE_REACH, sent_end - 1)):
        if doc[k].text == ",":
            # (or a verb linking its "as": "Tang, who flew in 2021, lifted off as commander"; not "X, who was the
            # premier, selected Yuri")
            linking = doc[k + 1].lower_ in _LINKS_AFTER and doc[k + 1].tag_.startswith("VB") and \
                any(t.lower_ == "as" for t in doc[k + 2:k + 4])
            return k if doc[k + 1].lower_ in COPULAS or linking else i
    return i


def _past_origin(doc: Doc, i: int) -> int:
    """Past a place of origin set off by commas after a name's comma ("from Germany," in "Rabea
    Rogge, from Germany, as mission pilot")."""
    if i >= len(doc) or doc[i].lower_ not in {"from", "of"}:
        return i
    k = i + 1
    while k < len(doc) and k - i <= _ORIGIN_WORDS and doc[k].ent_type_ in {"GPE", "NORP", "LOC"}:
        k += 1
    return k + 1 if k > i + 1 and k < len(doc) and doc[k].text == "," else i


def _past_aged_person(doc: Doc, i: int) -> int:
    """Past "a 29-year-old" and a place it is from before a relative clause ("Hayley Arceneaux, a 29-year-old
    from Memphis who works as a physician assistant"), else `i`."""
    words = [t.lower_ for t in doc[i:min(len(doc), i + 6)]]
    if len(words) < 6 or words[0] not in {"a", "an"} or not doc[i + 1].like_num or \
            words[2:6] != ["-", "year", "-", "old"]:
        return i
    k = i + 6
    if k < len(doc) and doc[k].lower_ == "from":  # "from Memphis who": the place without its comma
        k += 1
        while k < len(doc) and k - i <= 6 + _ORIGIN_WORDS and doc[k].is_title:
            k += 1
    return k if k < len(doc) and doc[k].lower_ == "who" else i


def _demonym(token) -> bool:
    """A capitalised people's adjective: "Russian", "Japanese"."""
    return token.is_title and (token.ent_type_ == "NORP" or token.lower_.endswith(DEMONYM_ENDINGS)) and token.tag_ in {"JJ", "NNP"}


_BODY_PREPOSITIONS = {"of", "to"}  # "Head of Mission Control X", "Ambassador to Russia X"
_OF_BODY_REACH = 8  # capitalised words of "of Mission Control" between a role and its name
_BRACKETED_ROLE = 4  # words of a role in brackets after a name: "(Mission Specialist)"


