"""Roles: the descriptor an article gives a person, from a lexicon kept as data.

`RoleLexicon.index(doc)` finds every role phrase of data/roles.jsonl (longest
phrase per end token); `role_in_context` reads the words around one mention
of a name ("cosmonaut Anton Shkaplerov", "X, a veteran cosmonaut,", "the
commander, X", "Their pilot will be X", "X as commander"), and
`propagate_list_roles` shares a role across a list of names, and
`group_roles` gives a list of names the group noun just before it ("Four
astronauts splashed down ... A, B, C and D descended").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ..normalize import doc_text
from ..resources import load_json, load_jsonl

# end token of a role phrase -> (its start token, the role)
RoleIndex = dict[int, tuple[int, str]]

_COMPOUND_REACH = 2  # common nouns before a role that are part of it
_OTHERS_REACH = 12  # tokens after a sentence's subject searched for "with two other cosmonauts"
_APPOSITION_REACH = 8  # tokens after "Name," searched for "a veteran cosmonaut"
_LIST_SEPARATORS = {",", "and", "&"}
_APPOSITION_MARKS = {",", "-", "–", "—", "--"}
_PHRASE_AFTER_ROLE = 4  # tokens of "aboard Shenzhou-12" between a plural role and its list
_PHRASE_WORDS = {"aboard", "on", "of", "from", "the"}
_CREW_IN_GENERAL = {"crew member", "member"}
_AGE_WORDS = {"(", ")", "years", "old", "aged", "then", "now", "year", "-"}
_LINKS_AFTER = {",", "who", "is", "was", "became", "served", "serves", "serving", "as", "a", "an", "the", "then", "now",
                # "were assigned as mission specialists", "filled the role of pilot"
                "were", "assigned", "appointed", "selected", "chosen", "designated", "filled", "role", "of",
                "trained", "worked", "qualified"}  # "Polyakov trained as a physician"
_NAMING = {"named", "called"}
_HONORIFICS = {"Dr", "Mr", "Mrs", "Ms", "Prof", "Sir", "Dame"}  # between a role and the name it gives
_INCLUDING = {"including", "includes", "included", "include"}
_DESCRIPTION_REACH = 10  # words of "a 44-year-old space veteran" between two listed names
_ASIDE_REACH = 6  # tokens of "(second mission)" or "of the European Space Agency" between listed names
_SHARING = {"all", "both"}
_SHARED_REACH = 4  # tokens after ", all" to the shared role
COPULAS = {"is", "was", "be", "will", "would", "became", "becomes", "'s", "’s", "are", "were", "as"}


class RoleLexicon:
    def __init__(self, nlp: Language, roles: str = "roles.jsonl", words: str = "people_words.json"):
        # descriptors, not parts of a role's compound: "veteran", "rookie"
        self.modifiers = {w.lower() for w in load_json(words)["modifiers"]}
        self.role_of_phrase: dict[str, str] = {}
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.agents = PhraseMatcher(nlp.vocab, attr="LOWER")
        for entry in load_jsonl(roles):
            # as written too: the tokenizer keeps "Sen." whole but splits "sen."
            phrases = {p.lower() for p in entry["phrases"]} | set(entry["phrases"])
            # a plural names the same role: "fighter pilots A, B and C" (data lists the singulars it needs)
            phrases |= {_plural(p) for p in phrases if " " in p}
            for phrase in sorted(phrases):
                self.role_of_phrase[phrase.lower()] = entry["role"]
                self.matcher.add(entry["role"], [nlp.make_doc(phrase)])
            # "piloted by A and B": a role only for people the article gives no other
            for phrase in entry.get("agent_phrases", []):
                self.agents.add(entry["role"], [nlp.make_doc(phrase)])

    def index(self, doc: Doc) -> RoleIndex:
        """The longest role phrase ending at each token."""
        by_end: RoleIndex = {}
        for match_id, start, end in self.matcher(doc):
            role = doc.vocab.strings[match_id]
            previous = by_end.get(end - 1)
            if previous is None or start < previous[0]:
                by_end[end - 1] = (start, role)
        return {end: self._with_compound(doc, start, role) for end, (start, role) in by_end.items()}

    def _with_compound(self, doc: Doc, start: int, role: str) -> tuple[int, str]:
        """A role with the common nouns compounded before it: "research scientist", "science
        pilot", "folk artist" (not the adjectives "veteran", "former")."""
        def common_noun(k: int) -> bool:
            return k >= 0 and doc[k].tag_ in {"NN", "NNS"} and doc[k].is_lower and doc[k].is_alpha and \
                doc[k].lower_ not in self.modifiers

        if " " in role:
            return start, role  # the lexicon's own compound: "Houston office team leader" is a team leader
        i = start
        while i > 0 and start - i < _COMPOUND_REACH and common_noun(i - 1):
            i -= 1
        if i == start or common_noun(i - 1) or (i > 0 and doc[i - 1].tag_ == "JJ" and doc[i - 1].is_lower):
            return start, role  # a longer phrase ("social studies teacher"): its head alone is safer
        return i, " ".join([t.lower_ for t in doc[i:start]] + [role])


    def agent_roles(self, doc: Doc, mentions: list) -> dict[int, str]:
        """By a mention's start, the role of an agent phrase before it or before the list
        it ends: "The flight was piloted by A and B"."""
        after = {end: doc.vocab.strings[match_id] for match_id, _, end in self.agents(doc)}
        found: dict[int, str] = {}
        for previous, mention in zip([None, *mentions], mentions):
            if mention.start in after:
                found[mention.start] = after[mention.start]
            elif previous is not None and previous.start in found and \
                    all(t.text in _LIST_SEPARATORS for t in doc[previous.end:mention.start]) and \
                    previous.end < mention.start:
                found[mention.start] = found[previous.start]
        return found


def _plural(phrase: str) -> str:
    words = phrase.split()
    last = words[-1]
    if last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith("man"):
        last = last[:-3] + "men"
    else:
        last += "s"
    return " ".join(words[:-1] + [last])


def role_in_context(doc: Doc, start: int, end: int, roles_at: RoleIndex) -> tuple[str, bool]:
    """The role the words around one mention give; True when it stands to
    the left, where it may carry over to a following list of names."""
    # "the company's founder, Sir Richard Branson", "the spacecraft commander, Capt. Robert Gibson": the
    # role before the comma over the honorific or rank the name carries
    titled = _before_titles(doc, start, roles_at)
    if titled < start and titled > 1 and doc[titled - 1].text == "," and titled - 2 in roles_at:
        return roles_at[titled - 2][1], False
    # "cosmonaut Anton Shkaplerov", "NASA astronaut Kate Rubins"; a capitalised singular title is the
    # person's own ("Colonel Vladimir Dzhanibekov, Svetlana Savitskaya and Igor Volk"), not the list's
    if start - 1 in roles_at:
        return roles_at[start - 1][1], not personal_title(doc[start - 1])
    # "ISRO Chairman Dr K Sivan", "four crew members including Koichi Wakata"
    i = start - 1
    while i > 0 and doc[i].text.rstrip(".") in _HONORIFICS or (i > 0 and doc[i].text == "." and
                                                                doc[i - 1].text in _HONORIFICS):
        i -= 1
    if i < start - 1 and i in roles_at:
        return roles_at[i][1], True
    if start > 1 and doc[start - 1].lower_ in _INCLUDING and start - 2 in roles_at:
        return roles_at[start - 2][1], True
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
    lead = _before_age(doc, start)
    if lead > 1 and doc[lead - 1].text == "," and lead - 2 in roles_at:
        return roles_at[lead - 2][1], lead == start
    # "Their pilot will be Oleg Novitskiy", "The commander was 48-year-old Tang Hongbo"; a plural's goes on
    # to the names listed after ("The VSS Unity pilots were A and B")
    role = _role_before_copula(doc, start, roles_at)
    if role:
        return role, _plural_before_copula(doc, start)
    # "Commander of the station, Thomas Pesquet", "As chief designer, Korolev"; not a list of names
    # ("Colonel Vladimir Dzhanibekov, Svetlana Savitskaya and Igor Volk")
    if start > 1 and doc[start - 1].text == "," and doc[start - 2].ent_type_ != "PERSON":
        clause_start = start - 2
        while clause_start > 0 and not doc[clause_start - 1].is_punct and \
                not doc[clause_start - 1].is_sent_end and start - clause_start < 8:
            clause_start -= 1
        for j in range(clause_start, min(clause_start + 3, start - 1)):
            if j in roles_at and roles_at[j][0] >= clause_start:
                return roles_at[j][1], True
    # "X, a veteran cosmonaut,", "X, 37, a teacher", "X, one of the original Mercury astronauts"
    role = _role_in_apposition(doc, end, roles_at)
    if role:
        return role, False
    # "X, who was the commander", "X served as commander", "Zhai Zhigang as commander"
    j = end
    if j < len(doc) and doc[j].text == "," and _past_age(doc, j + 1) > j + 1:
        j = _past_age(doc, j + 1)  # "Glover, 44, is the pilot": a stated age between
    reach = j + 4
    while j < len(doc) and j < reach and doc[j].lower_ in _LINKS_AFTER:
        j += 1
    if any(doc[x].lower_ in _LINKS_AFTER - {",", "a", "an", "the"} for x in range(end, j)):
        for k in range(j, min(j + 3, len(doc))):
            if k in roles_at and roles_at[k][0] >= j - 1:
                return roles_at[k][1], False
    return _one_of_the_others(doc, start, end, roles_at), False


def _one_of_the_others(doc: Doc, start: int, end: int, roles_at: RoleIndex) -> str:
    """"Polyakov, 52, returned with two other cosmonauts": the subject opening its sentence is one
    of the role its sentence calls the others, where no other person stands between."""
    sent = doc[start].sent
    if any(doc[i].text.rstrip(".") not in _HONORIFICS and doc[i].text != "." for i in range(sent.start, start)):
        return ""  # (after "Dr." too)
    starts = {first: role for first, role in roles_at.values()}
    for k in range(end, min(end + _OTHERS_REACH, sent.end - 1)):
        if doc[k].ent_type_ == "PERSON":
            return ""
        if doc[k].lower_ in {"other", "fellow"} and k + 1 in starts:
            return starts[k + 1]
    return ""

def _past_age(doc: Doc, i: int) -> int:
    """Past a stated age after a name's comma ("37," in "Christa McAuliffe, 37, a teacher")."""
    return i + 2 if i + 1 < len(doc) and doc[i].like_num and doc[i + 1].text == "," else i


def _before_age(doc: Doc, start: int) -> int:
    """Where a name's phrase starts once a stated age before it ("40-year-old") is set aside."""
    if start >= 5 and doc[start - 1].lower_ == "old" and doc[start - 3].lower_ == "year" and doc[start - 5].like_num:
        return start - 5
    return start


def _before_titles(doc: Doc, start: int, roles_at: RoleIndex) -> int:
    """Where a name's phrase starts once the honorifics and capitalised titles right before it are set
    aside ("Sir", "Capt.", "Dr.")."""
    i = start
    while i > 0 and (doc[i - 1].text.rstrip(".") in _HONORIFICS or doc[i - 1].text == "." or
                     (i - 1 in roles_at and roles_at[i - 1][0] == i - 1 and personal_title(doc[i - 1])) or
                     _abbreviated_title(doc, i - 1)):
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


def _role_before_copula(doc: Doc, start: int, roles_at: RoleIndex) -> str:
    i = _before_age(doc, start) - 1  # "48-year-old" between the verb and the name
    copula_end = i
    while i >= 0 and doc[i].lower_ in COPULAS:
        i -= 1
    if i == copula_end:
        return ""
    # "The commander this time is Ye Guangfu"
    for j in range(i, max(i - 3, -1), -1):
        if j in roles_at:
            return roles_at[j][1]
        if not doc[j].is_lower:
            break
    return ""

def _plural_before_copula(doc: Doc, start: int) -> bool:
    i = _before_age(doc, start) - 1
    while i >= 0 and doc[i].lower_ in COPULAS:
        i -= 1
    return i >= 0 and doc[i].tag_ in {"NNS", "NNPS"}


def _role_in_apposition(doc: Doc, end: int, roles_at: RoleIndex) -> str:
    if end >= len(doc) or doc[end].text not in {",", "("}:
        return ""
    j = _past_age(doc, end + 1)  # skip a stated age: "Christa McAuliffe, 37, a teacher"
    # "one of the original Mercury astronauts"
    one_of = j + 1 < len(doc) and doc[j].lower_ == "one" and doc[j + 1].lower_ == "of"
    if one_of:
        j += 2
    for k in range(j, min(j + _APPOSITION_REACH, len(doc))):
        token = doc[k]
        if k in roles_at and roles_at[k][0] >= j:
            while k + 1 in roles_at and roles_at[k + 1][0] <= k:
                k += 1  # "lieutenant colonel", not "lieutenant"
            following = doc[k + 1] if k + 1 < len(doc) else None
            if (doc[k].tag_ in {"NNS", "NNPS"} and not one_of) or (following is not None and following.is_title
                                                  and following.pos_ == "PROPN"):
                return ""  # "X, Russian cosmonauts Novitsky and Dubrov": the next names' title
            return roles_at[k][1]
        if (token.pos_ not in {"DET", "ADJ", "PROPN", "PART", "NOUN", "NUM", "PUNCT", "ADV"} and token.tag_ != "VBN") \
                or token.text in {",", ")", ";"} or token.ent_type_ == "PERSON":
            break  # (a participle describes: "X, 63, a retired flight controller")
    return ""

def propagate_list_roles(mentions: list, doc: Doc) -> None:
    """'cosmonauts Oleg Novitskiy, Pyotr Dubrov and Anton Shkaplerov' share the
    role before the list; 'Rayyanah Barnawi and Ali AlQarni as astronauts'
    share the role after it."""
    def joined(previous, mention) -> bool:
        between = _without_asides(list(doc[previous.end:mention.start]))
        return bool(between) and any(t.text in _LIST_SEPARATORS for t in between) and \
            all(t.text in _LIST_SEPARATORS | _AGE_WORDS or t.like_num for t in between)

    for previous, mention in zip(mentions, mentions[1:]):
        if joined(previous, mention) and previous.left_role and not mention.role:
            mention.role, mention.left_role = previous.role, True
    carried = set()  # mentions given the role after the list: "Lee, Davis, Jemison and Apt were mission specialists"
    for previous, mention in reversed(list(zip(mentions, mentions[1:]))):
        if joined(previous, mention) and mention.role and not mention.left_role and not previous.role \
                and (doc[mention.start - 1].lower_ == "and" or id(mention) in carried):
            previous.role = mention.role
            carried.add(id(previous))


def _without_asides(between: list) -> list:
    """The tokens between two listed names without a parenthesis, an "of" or
    "from" phrase of capitalised words or a demonym: "A (third mission) and B",
    "A of NASA and B", "A from Poland and B", "A and Italian B"."""
    kept, i = [], 0
    while i < len(between):
        token = between[i]
        if token.text == "," and i == 0 and len(between) > 1 and between[1].lower_ in {"a", "an"}:
            # "A, a 44-year-old space veteran, and B": a description of the first name
            close = next((j for j in range(2, min(_DESCRIPTION_REACH + 2, len(between))) if between[j].text == ","), None)
            if close is not None:
                kept.append(token)
                i = close + 1
                continue
        if token.text == "(":
            close = next((j for j in range(i + 1, min(i + _ASIDE_REACH + 2, len(between))) if between[j].text == ")"), None)
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
        if token.ent_type_ == "NORP" and i == len(between) - 1:
            break
        kept.append(token)
        i += 1
    return kept


def _name_lists(mentions: list, doc: Doc) -> list[list]:
    """The runs of two or more mentions joined only by "," and "and"."""
    lists, current = [], mentions[:1]
    for previous, mention in zip(mentions, mentions[1:]):
        between = list(doc[previous.end:mention.start])
        if between and all(t.text in _LIST_SEPARATORS for t in between):
            current.append(mention)
        else:
            lists.append(current)
            current = [mention]
    lists.append(current)
    return [names for names in lists if len(names) >= 2]


def plural_apposition_roles(mentions: list, doc: Doc, roles_at: RoleIndex) -> None:
    """"The Soyuz cosmonauts, Colonel A, B and C, were launched", "Three astronauts aboard
    Shenzhou-12 - A, B and C - will enter": a plural role and a comma or dash before a list
    give the role to its names that have none."""
    for names in _name_lists(mentions, doc):
        shared = _role_shared_after(doc, names[-1].end, roles_at)  # "A, B and C, all mission specialists"
        if shared:
            for mention in names:
                mention.role = mention.role or shared
            continue
        i = names[0].start - 1
        if i >= 0 and i in roles_at and personal_title(doc[i]):
            i = roles_at[i][0] - 1  # past "Colonel"
        if i < 1 or doc[i].text not in _APPOSITION_MARKS:
            continue
        j = i - 1  # past a short phrase after the plural: "Three astronauts aboard Shenzhou-12 - A, B and C"
        while j > i - 1 - _PHRASE_AFTER_ROLE and j not in roles_at and \
                (doc[j].lower_ in _PHRASE_WORDS or doc[j].is_title or doc[j].like_num or doc[j].text == "-"):
            j -= 1
        if j not in roles_at or not doc[j].lower_.endswith("s") or \
                (doc[i].text != "," and roles_at[j][1] in _CREW_IN_GENERAL):
            continue  # "three new crew members - A, B and C": the article says more of them elsewhere
        for mention in names:
            if not mention.role:
                mention.role = roles_at[j][1]


def _role_shared_after(doc: Doc, end: int, roles_at: RoleIndex) -> str:
    """The role of ", all mission specialists" or ", both veteran astronauts" after a list of names."""
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in _SHARING:
        return ""
    for k in range(end + 2, min(end + 2 + _SHARED_REACH, len(doc))):
        if k in roles_at and roles_at[k][0] >= end + 2:
            while k + 1 in roles_at and roles_at[k + 1][0] <= k:
                k += 1
            return roles_at[k][1]
        if doc[k].is_punct:
            break
    return ""


def group_roles(mentions: list, doc: Doc, group_nouns: dict[str, str]) -> None:
    """A list of two or more names with no role, as the subject opening its clause, takes
    the role of a group noun in the sentence before it or earlier in its own: "Four
    astronauts ... splashed down. After departing the night before, A, B, C and D
    descended" (not "greeted by A and B": a list after its verb is not the group).
    The group noun must be the only one there, so whose group it is is plain."""
    for names in _name_lists(mentions, doc):
        if any(m.role for m in names):
            continue
        first, last = names[0], names[-1]
        sent = doc[first.start].sent
        opens = first.start == sent.start or doc[first.start - 1].text == ","
        verb_after = last.end < sent.end and doc[last.end].pos_ in {"VERB", "AUX", "ADV"}
        if not (opens and verb_after):
            continue
        before = list(doc[sent.start:first.start])
        if sent.start > 0:
            previous = doc[sent.start - 1].sent
            if "\n\n" not in doc_text(doc)[previous.end_char - 1:sent.start_char + 1]:
                before = list(previous) + before
        nouns = [t for t in before if t.lower_ in group_nouns]
        found = {group_nouns[t.lower_] for t in nouns}
        # "cosmonauts A and B, with NASA's C ... B and C are due": the group named its own people
        surnames = {doc[m.end - 1].lower_ for m in names}
        named_there = any(doc[m.end - 1].lower_ in surnames for m in mentions
                          for noun in nouns if m.end <= first.start and doc[m.start].sent == noun.sent)
        if len(found) == 1 and not named_there:
            role = found.pop()
            for mention in names:
                mention.role = role
