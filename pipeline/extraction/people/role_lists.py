"""Roles shared by a list of names: `propagate_list_roles` carries a role across
a list ("cosmonauts A, B and C", "A and B as astronauts"), `plural_apposition_roles`
gives a list the plural role in apposition after it, and `group_roles` gives a
list of names the group noun just before it ("Four astronauts splashed down ...
A, B, C and D descended").
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...normalize import doc_text
from ...resources import load_json
from .role_appositions import longest_role_end
from .role_context import DEGREES
from .role_copulas import personal_title
from .role_subjects import subject_roles
from .roles import LIST_SEPARATORS, RoleIndex

_APPOSITION_MARKS = {",", "-", "–", "—", "--", ":"}
_PHRASE_AFTER_ROLE = 4  # tokens of "aboard Shenzhou-12" between a plural role and its list
_PHRASE_WORDS = {"aboard", "on", "of", "from", "the"}
_CREW_IN_GENERAL = {"crew member", "member"}
_AGE_WORDS = {"(", ")", "years", "old", "aged", "then", "now", "year", "-"}
_DESCRIPTION_REACH = 10  # words of "a 44-year-old space veteran" between two listed names
_ASIDE_REACH = 6  # tokens of "(second mission)" or "of the European Space Agency" between listed names
_BRACKET_REACH = 16  # a closed bracket's: "A (crew commander, TASS' seventh special correspondent on the ISS), B"
_SHARING = {"all", "both"}
_PLURAL_REACH = 8  # tokens from a list's plural role to its first name: "astronauts from a previous mission, A"
_GROUP_COPULAS = {"are", "were", "is", "was", ":"}  # "The three Americans are A, B and C"
_COUNT_VALUES = {word: n for n, word in enumerate(["two", "three", "four", "five", "six", "seven"], start=2)}
_COUNTS = set(_COUNT_VALUES)
_COUNT_REACH = 2  # words from a count to its group noun: "four private astronauts"
_LIST_OPENERS = {"--", "—", "–", ",", ":"}  # "the three -- A, B and C --"
_DASHES = {"—", "–", "--"}
# where a caption's name stands in the picture: "A, from left, B and C", "A, left, and B"
_PICTURE_POSITIONS = set(load_json("people_words.json")["picture_positions"])
# a degree or generational suffix set off after a listed name: "A, Ph.D., B, M.D. and C", "A, Jr., and B"
_NAME_SUFFIXES = DEGREES | {s + dot for s in load_json("people_words.json")["comma_suffixes"] for dot in ("", ".")}
_POSITION_WORDS = 4
_RELATIVE_REACH = 25  # tokens of a relative clause on a listed name
_ORIGIN_REACH = 4  # words of "from the United States" set off after a listed name
_LIST_GAP = 60  # tokens between two listed names at most, asides and all (longer gaps join nothing)
_SHARED_REACH = 4  # tokens after ", all" to the shared role
_ITEM_OPENING = 4  # tokens from the last ";" to the next listed name: "; and Col."


def shared_list_roles(mentions: list, doc: Doc, roles_at: RoleIndex, ranks: set[str], professions: set[str],
                      group_nouns: dict[str, str]) -> None:
    """Every way a list or a group shares a role with its names, the more specific first."""
    propagate_list_roles(mentions, doc, ranks, professions)
    lists = _name_lists(mentions, doc)  # (where the names stand, which no role changes: found once)
    plural_apposition_roles(lists, doc, roles_at, ranks)
    group_roles(lists, mentions, doc, group_nouns)
    counted_group_roles(lists, doc, roles_at)
    dashed_names_roles(mentions, doc, roles_at)
    listed = {id(m) for names in lists for m in names}
    subject_roles(lists + [[m] for m in mentions if id(m) not in listed], doc, roles_at)


def propagate_list_roles(mentions: list, doc: Doc, ranks: set[str], professions: set[str] = frozenset()) -> None:
    """'cosmonauts Oleg Novitskiy, Pyotr Dubrov and Anton Shkaplerov' share the
    role before the list; 'Rayyanah Barnawi and Ali AlQarni as astronauts'
    share the role after it."""
    def joined(previous, mention) -> bool:
        if mention.start - previous.end > _LIST_GAP:
            return False
        between = _without_asides(list(doc[previous.end:mention.start]))
        return bool(between) and any(t.text in LIST_SEPARATORS for t in between) and \
            all(t.text in LIST_SEPARATORS | _AGE_WORDS or t.like_num for t in between)

    plural = set()  # mentions whose shared role stands in the plural before the list: "astronauts A and B"
    for previous, mention in zip(mentions, mentions[1:]):
        head = previous.role.split()[-1] if previous.role else ""
        if head and any(t.tag_ == "NNS" and t.lower_.startswith(head)
                        for t in doc[max(doc[previous.start].sent.start, previous.start - _PLURAL_REACH):previous.start]):
            plural.add(id(previous))
        # (not a rank: "Col. Leonid D. Kizim, 44, and Vladimir A. Solovyov, 39" is one colonel; past a country's
        # possessive only a plural or a profession: "astronauts A of the US and Russia's B", "US astronaut A,
        # Japan's B and Russia's C", not "commander A, Spain's B")
        possessive = any(t.tag_ == "POS" for t in doc[previous.end:mention.start])
        # (the plural's role over a member's own rank: "astronauts A and Navy Capt. B")
        own = mention.role and not (mention.role in ranks and id(previous) in plural)
        if joined(previous, mention) and previous.left_role and not own and previous.role not in ranks \
                and (id(previous) in plural or previous.role in professions or not possessive):
            mention.role, mention.left_role = previous.role, True
            mention.shared = previous.shared or (id(previous) not in plural and previous.role not in professions)
            if id(previous) in plural:
                plural.add(id(mention))
    carried = set()  # mentions given the role after the list: "Lee, Davis, Jemison and Apt were mission specialists"
    for previous, mention in reversed(list(zip(mentions, mentions[1:]))):
        if joined(previous, mention) and mention.role and not mention.left_role and not previous.role \
                and (doc[mention.start - 1].lower_ == "and" or id(mention) in carried):
            previous.role = mention.role
            carried.add(id(previous))


def _semicolon_item(between: list) -> bool:
    """"the other astronauts - A; B of the Army, retired; C of Sweden; and Col. D": the next item of a
    list whose items may describe their names opens with "and" or a title after the last ";"."""
    semicolons = [i for i, t in enumerate(between) if t.text == ";"]
    return bool(semicolons) and len(between) - semicolons[-1] <= _ITEM_OPENING and \
        all(t.text in LIST_SEPARATORS or t.is_title or t.text == "." for t in between[semicolons[-1] + 1:])


def _without_asides(between: list) -> list:
    """The tokens between two listed names without a parenthesis, an "of" or
    "from" phrase of capitalised words, a demonym or a title: "A (third mission) and B",
    "A of NASA and B", "A from Poland and B", "A and Italian B", "A and Navy Capt. B", "A and Russia’s B"."""
    kept, i = [], 0
    titles_from = len(between)  # where the run of capitalised words and stops before the next name starts
    while titles_from > 0 and (between[titles_from - 1].is_title or between[titles_from - 1].is_upper or
                               between[titles_from - 1].text == "." or
                               # a country's possessive: "A of the United States and Russia’s B"
                               (between[titles_from - 1].tag_ == "POS" and titles_from > 1 and between[titles_from - 2].is_title)):
        titles_from -= 1
    while i < len(between):
        token = between[i]
        if token.text in _NAME_SUFFIXES:
            i += 1
            continue
        aside_end = first_names_aside(between) if i == 0 else None
        if aside_end is not None:
            kept += [token] if token.text == "," else []  # (the comma still joins the list)
            i = aside_end
            continue
        if token.text == "(":
            close = next((j for j in range(i + 1, min(i + _BRACKET_REACH + 2, len(between))) if between[j].text == ")"),
                         None)
            if close is not None:
                i = close + 1
                continue
        if token.lower_ in {"of", "from"} and i == 0:
            j = i + 1
            while j < len(between) and j - i <= _ASIDE_REACH and (between[j].is_title or between[j].is_upper
                                                                   or between[j].lower_ == "the"):
                j += 1
            if j > i + 1:
                i = j
                continue
        if _plural_people(token):
            return kept + between[i:]  # a people in the plural opens a group of its own: "astronaut A and Russians B"
        if token.ent_type_ == "NORP" and i == len(between) - 1:
            break
        if kept and kept[-1].text in LIST_SEPARATORS and (token.is_title or token.is_upper) and i >= titles_from:
            break  # "A and Navy Capt. B": a title of the next name's own
        kept.append(token)
        i += 1
    return kept


def first_names_aside(between: list) -> int | None:
    """Past the description or clause set off after a list's first name, where one opens `between`:
    "A, a 44-year-old space veteran, and B", "A, who had lived aboard the station for four months,
    and B", "A—a former test pilot—and B", "A, from Germany, and B"."""
    if len(between) < 2:
        return None
    if between[0].text == ",":
        close = next((j for j in range(1, min(_POSITION_WORDS + 2, len(between))) if between[j].text == ","), None)
        if close is not None and " ".join(t.lower_ for t in between[1:close]) in _PICTURE_POSITIONS:
            return close + 1
    if between[0].text == "," and between[1].lower_ in {"a", "an"}:
        marks, first, reach = {","}, 2, _DESCRIPTION_REACH
    elif between[0].text == "," and between[1].lower_ in {"who", "whose"}:
        marks, first, reach = {","}, 2, _RELATIVE_REACH
    elif between[0].text == "," and between[1].lower_ in {"from", "of"}:
        marks, first, reach = {","}, 2, _ORIGIN_REACH  # "A, from Germany, and B"
    elif between[0].text in _DASHES:
        marks, first, reach = _DASHES, 1, _DESCRIPTION_REACH
    else:
        return None
    close = next((j for j in range(first, min(reach + 2, len(between))) if between[j].text in marks), None)
    return None if close is None else close + 1


def _name_lists(mentions: list, doc: Doc) -> list[list]:
    """The runs of two or more mentions joined only by "," and "and" (past the asides
    `_without_asides` sets aside, and ages)."""
    lists, current = [], mentions[:1]
    for previous, mention in zip(mentions, mentions[1:]):
        between = list(doc[previous.end:mention.start]) if mention.start - previous.end <= _LIST_GAP else []
        joining = _without_asides(between)  # (past a parenthesis: "A (Expedition 50) and B")
        # (past stated ages: "A, 48, B, 34, and C, 34")
        if joining and all(t.text in LIST_SEPARATORS or t.like_num or t.text in _AGE_WORDS for t in joining) and \
                any(t.text in LIST_SEPARATORS for t in joining) or _semicolon_item(joining):
            current.append(mention)
        else:
            lists.append(current)
            current = [mention]
    lists.append(current)
    return [names for names in lists if len(names) >= 2]


def plural_apposition_roles(lists: list[list], doc: Doc, roles_at: RoleIndex, ranks: set[str]) -> None:
    """"The Soyuz cosmonauts, Colonel A, B and C, were launched", "Three astronauts aboard
    Shenzhou-12 - A, B and C - will enter": a plural role and a comma or dash before a list
    give the role to its names that have none or only a rank ("the other astronauts - A; Col. B"), as a
    plural right before the first name's own title does ("Chinese leaders Premier A, B and C")."""
    for names in lists:
        shared = _role_shared_after(doc, names[-1].end, roles_at)  # "A, B and C, all mission specialists"
        if shared:
            for mention in names:
                mention.role = mention.role or shared
            continue
        i = names[0].start - 1
        if i >= 1 and doc[i].ent_type_ == "NORP" and doc[i].lower_.endswith("s") and doc[i - 1].text in _APPOSITION_MARKS:
            i -= 1  # past the list's people: "The three fliers, Soviets A and B and Syrian C"
        if i >= 0 and i in roles_at and personal_title(doc[i]):
            i = roles_at[i][0] - 1  # past "Colonel"
            if i >= 0 and i in roles_at and doc[i].tag_ == "NNS":
                # "Chinese leaders Premier A, B and C": the plural before the first name's own title
                for mention in names:
                    if not mention.role or mention.role in ranks:
                        mention.role = roles_at[i][1]
                continue
        if i < 1 or doc[i].text not in _APPOSITION_MARKS:
            continue
        i = _before_picture_position(doc, i)  # "Apollo 16 astronauts, from left wearing white suits, A, B and C"
        j = i - 1  # past a short phrase after the plural: "Three astronauts aboard Shenzhou-12 - A, B and C"
        while j > i - 1 - _PHRASE_AFTER_ROLE and j not in roles_at and \
                (doc[j].lower_ in _PHRASE_WORDS or doc[j].is_title or doc[j].like_num or doc[j].text == "-"):
            j -= 1
        if j not in roles_at and doc[i].text in _DASHES:
            j = _clause_plural(doc, i, roles_at) or j
        if j not in roles_at or not doc[j].lower_.endswith("s") or \
                (doc[i].text != "," and roles_at[j][1] in _CREW_IN_GENERAL):
            continue  # "three new crew members - A, B and C": the article says more of them elsewhere
        for mention in names:
            if not mention.role or mention.role in ranks:
                mention.role = roles_at[j][1]


def dashed_names_roles(mentions: list, doc: Doc, roles_at: RoleIndex) -> None:
    """"A seasoned pair of Soviet cosmonauts will accompany X on a flight -- A, 39, who ..., and Col. B,
    a rookie cosmonaut": a name right after the dash takes the one plural role of the clause it ends."""
    for mention in mentions:
        i = mention.start - 1
        if mention.role or i < 1 or doc[i].text not in _DASHES:
            continue
        j = _clause_plural(doc, i, roles_at)
        if j is not None:
            mention.role = roles_at[j][1]


def _clause_plural(doc: Doc, dash: int, roles_at: RoleIndex) -> int | None:
    """The one plural role word of the sentence before `dash`, else None."""
    plurals = [k for k in range(doc[dash].sent.start, dash)
               if k in roles_at and roles_at[k][0] == k and doc[k].tag_ == "NNS"]
    return plurals[0] if len(plurals) == 1 else None


def _before_picture_position(doc: Doc, comma: int) -> int:
    """The comma before a picture's positions set off before a list ("astronauts, from left wearing
    white suits, A, B and C"), else the list's own comma."""
    if doc[comma].text != ",":
        return comma
    k = next((k for k in range(comma - 1, max(-1, comma - 2 - _POSITION_WORDS * 2), -1) if doc[k].text == ","), None)
    words = [t.lower_ for t in doc[k + 1:comma]] if k is not None else []
    opens = any(" ".join(words[:n]) in _PICTURE_POSITIONS for n in (1, 2, 3))
    return k if opens and all(t.is_alpha for t in doc[k + 1:comma]) else comma


def _role_shared_after(doc: Doc, end: int, roles_at: RoleIndex) -> str:
    """The role of ", all mission specialists", ", both veteran astronauts" or a plural apposition
    (", retired Navy captains,") after a list of names."""
    if end + 1 >= len(doc) or doc[end].text not in {","} | _DASHES:
        return ""
    # (a plural apposition shares its role too: "A and B – retired Navy captains and ... –")
    plural_only = doc[end + 1].lower_ not in _SHARING
    first = end + 1 if plural_only else end + 2
    for k in range(first, min(first + _SHARED_REACH, len(doc))):
        if k in roles_at and roles_at[k][0] >= first:
            k = longest_role_end(roles_at, k)
            return roles_at[k][1] if not plural_only or doc[k].tag_ == "NNS" else ""
        if doc[k].is_punct:
            break
    return ""


def counted_group_roles(lists: list[list], doc: Doc, roles_at: RoleIndex) -> None:
    """"X and three American astronauts ... The three Americans are A, B and C": a list a count and a
    people's name introduce takes the role the text gave that count of that people before; "two Russian
    cosmonauts ... Russians A and B": a people's name alone, the role the text gave that people before."""
    for names in lists:
        if any(m.role for m in names):
            continue
        i = names[0].start - 1
        while i > 0 and doc[i].lower_ in _GROUP_COPULAS:
            i -= 1
        if i == names[0].start - 1 and _plural_people(doc[i]):
            told = _role_given_people(doc, doc[i].lower_[:-1], i, roles_at)
            for mention in names if told else ():
                mention.role = told
            continue
        told = _count_told_before(doc, names[0].start - 1, roles_at)
        if told:
            for mention in names:
                mention.role = told  # "appointed three new flight directors ... the three -- A, B and C --"
            continue
        if i < 1 or i == names[0].start - 1 or not doc[i].lower_.endswith("s") or not doc[i - 1].lower_ in _COUNTS:
            continue
        count, people = doc[i - 1].lower_, doc[i].lower_[:-1]  # "three", "american"
        told = next((roles_at[k + 2][1] for k in range(i - 1) if doc[k].lower_ == count and doc[k + 1].lower_ == people
                     and k + 2 in roles_at and roles_at[k + 2][0] == k + 2), None)
        for mention in names if told else ():
            mention.role = told


def _count_told_before(doc: Doc, mark: int, roles_at: RoleIndex) -> str | None:
    """"the three -- A, B and C --": the plural role an earlier "three new flight directors" gave that count."""
    if mark < 2 or doc[mark].text not in _LIST_OPENERS or doc[mark - 1].lower_ not in _COUNTS or \
            doc[mark - 2].lower_ != "the":
        return None
    count = doc[mark - 1].lower_
    for k in range(mark - 3, -1, -1):
        if doc[k].lower_ != count:
            continue
        end = next((e for e in range(k + 1, min(k + 1 + _COUNT_REACH + 1, mark - 2)) if e in roles_at
                    and roles_at[e][0] > k and doc[e].tag_ == "NNS"), None)
        if end is not None:
            return roles_at[end][1]
    return None


def _plural_people(token) -> bool:
    """A people named in the plural, "Russians", "Americans": a group's noun, not one name's adjective."""
    return token.ent_type_ == "NORP" and token.tag_ == "NNPS" and token.lower_.endswith("s")


def _role_given_people(doc: Doc, people: str, before: int, roles_at: RoleIndex) -> str | None:
    """The one role the text gave a people ("russian") before token `before`: "two Russian cosmonauts"."""
    told = {roles_at[k + 1][1] for k in range(before - 1) if doc[k].lower_ == people
            and k + 1 in roles_at and roles_at[k + 1][0] == k + 1}
    return told.pop() if len(told) == 1 else None


def _count_before(doc: Doc, i: int) -> int | None:
    """The count a word or two before token `i` gives: "three astronauts", "four private astronauts"."""
    for k in range(max(0, i - _COUNT_REACH), i):
        if doc[k].lower_ in _COUNT_VALUES:
            return _COUNT_VALUES[doc[k].lower_]
    return None


def group_roles(lists: list[list], mentions: list, doc: Doc, group_nouns: dict[str, str]) -> None:
    """A list of two or more names with no role, as the subject opening its clause, takes
    the role of a group noun in the sentence before it or earlier in its own: "Four
    astronauts ... splashed down. After departing the night before, A, B, C and D
    descended" (not "greeted by A and B": a list after its verb is not the group).
    The group noun must be the only one there, so whose group it is is plain."""
    for names in lists:
        if any(m.role for m in names):
            continue
        first, last = names[0], names[-1]
        sent = doc[first.start].sent
        opens = first.start == sent.start or doc[first.start - 1].text == ","
        verb_after = last.end < sent.end and doc[last.end].pos_ in {"VERB", "AUX", "ADV"}
        before = list(doc[sent.start:first.start])
        if sent.start > 0:
            previous = doc[sent.start - 1].sent
            if "\n\n" not in doc_text(doc)[previous.end_char - 1:sent.start_char + 1]:
                before = list(previous) + before
        nouns = [t for t in before if t.lower_ in group_nouns]
        # (or, wherever the list stands, a group of just its count: "docked with three astronauts on board.
        # American A, Dutchman B and Russia's C, who had blasted off ...")
        # (the count's own list, with nobody named between: not "three cosmonauts, A, B and C, who will relieve
        # D, E and F")
        # (a count's group may stand further back, with no one named since: "Three astronauts ... docked.
        # The craft lifted off ... On board are A, B and C")
        counted_nouns = [t for t in doc[:first.start] if t.lower_ in group_nouns and
                         _count_before(doc, t.i) == len(names) and not any(t.i < m.start < first.start for m in mentions)]
        counted = bool(counted_nouns)
        # (or a picture's list after its positions: "... all seven of America's first astronauts. From left to
        # right, A, B, C, D, E, F and G.")
        lead = " ".join(t.lower_ for t in doc[sent.start:first.start] if not t.is_punct)
        positioned = lead in _PICTURE_POSITIONS
        if not (opens and (verb_after or positioned)) and not counted:
            continue
        nouns = nouns if not counted or any(t in counted_nouns for t in nouns) else counted_nouns
        found = {group_nouns[t.lower_] for t in nouns}
        # "cosmonauts A and B, with NASA's C ... B and C are due": the group named its own people
        surnames = {doc[m.end - 1].lower_ for m in names}
        named_there = any(doc[m.end - 1].lower_ in surnames for m in mentions
                          for noun in nouns if m.end <= first.start and doc[m.start].sent == noun.sent)
        if len(found) == 1 and not named_there:
            role = found.pop()
            for mention in names:
                mention.role = role
