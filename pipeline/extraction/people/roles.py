"""Roles: the descriptor an article gives a person, from a lexicon kept as data.

`RoleLexicon.index(doc)` finds every role phrase of data/roles.jsonl (longest
phrase per end token); `role_context.role_in_context` reads the words around
one mention of a name ("cosmonaut Anton Shkaplerov", "X, a veteran cosmonaut,",
"the commander, X", "Their pilot will be X", "X as commander"); `role_lists`
shares a role across a list of names.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from ...resources import load_json, load_jsonl
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

OPENING_QUOTES, CLOSING_QUOTES = {'"', "“", "‘", "'"}, {'"', "”", "’", "'"}

# end token of a role phrase -> (its start token, the role)
RoleIndex = dict[int, tuple[int, str]]

_COMPOUND_REACH = 2  # common nouns before a role that are part of it
RANK_PREFIXES = {"deputy", "vice", "assistant", "associate", "acting", "backup"}  # "deputy chief designer"
_OFFICE_WORDS = 6  # words of the office after "director of"
LIST_SEPARATORS = {",", "and", "&"}
_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS"}
_NOT_IN_TITLES = {"PERSON", "GPE", "NORP", "LOC"}  # "Russian Cosmonaut", "Houston Flight Surgeon"


class RoleLexicon:
    def __init__(self, nlp: Language, roles: str = "roles.jsonl", words: str = "people_words.json"):
        # descriptors, not parts of a role's compound: "veteran", "rookie"
        vocabulary = load_json(words)
        self.modifiers = {w.lower() for w in vocabulary["modifiers"]}
        self.office_heads = set(vocabulary["office_heads"])  # "director of flight crew operations"
        self.project_nouns = set(vocabulary["project_nouns"])  # "the Hayabusa project team leader"
        self.head_prefixes = set(vocabulary["head_prefixes"]) | RANK_PREFIXES  # "the chief project scientist"
        self.role_of_phrase: dict[str, str] = {}
        self.ranks: set[str] = set()  # "Col.", "major": a role any other the article gives outranks
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.agents = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab)
        self.not_before: dict[str, set[str]] = {}  # "a veteran of six flights" is no veteran's role
        self.lowercase_only: set[str] = set()  # "William Shepherd": a surname, no shepherd
        self.not_as_modifier: set[str] = set()  # "the first official crew": an adjective, no official
        for entry in load_jsonl(roles):
            self.not_before[entry["role"]] = set(entry.get("not_before", []))
            if entry.get("lowercase_only"):
                self.lowercase_only.add(entry["role"])
            if entry.get("not_as_modifier"):
                self.not_as_modifier.add(entry["role"])
            if entry.get("rank"):
                self.ranks.add(entry["role"])
            # as written too: the tokenizer keeps "Sen." whole but splits "sen."
            phrases = {p.lower() for p in entry["phrases"]} | set(entry["phrases"])
            # a plural names the same role: "fighter pilots A, B and C" (data lists the singulars it needs)
            phrases |= {_plural(p) for p in phrases if " " in p}
            for phrase in sorted(phrases):
                self.role_of_phrase[phrase.lower()] = entry["role"]
                self.matcher.add(entry["role"], [nlp.make_doc(phrase)])
            # an abbreviation as written only: "PM Narendra Modi", not "at 5 pm"
            for phrase in entry.get("exact_phrases", []):
                self.exact.add(entry["role"], [nlp.make_doc(phrase)])
                self.role_of_phrase[phrase.lower()] = entry["role"]
            # "piloted by A and B": a role only for people the article gives no other
            for phrase in entry.get("agent_phrases", []):
                self.agents.add(entry["role"], [nlp.make_doc(phrase)])

    def index(self, doc: Doc) -> RoleIndex:
        """The longest role phrase ending at each token."""
        by_end: RoleIndex = {}
        # (an abbreviation after a time is the time's: "8:59 PM Updated Aug 23")
        exact = [(m, s, e) for m, s, e in self.exact(doc) if not (s > 0 and any(c.isdigit() for c in doc[s - 1].text))]
        for match_id, start, end in sorted([*self.matcher(doc), *exact], key=lambda m: (m[1], m[2])):
            role = doc.vocab.strings[match_id]
            if end < len(doc) and doc[end].lower_ in self.not_before[role]:
                continue
            if role in self.lowercase_only and doc[start].is_title and not doc[start].is_sent_start:
                continue
            if role in self.not_as_modifier and self._modifies(doc, start, end):
                continue
            if start > 1 and doc[start].is_title and doc[start].ent_type_ == "PERSON" and \
                    doc[start - 1].text in {"-", "‐"} and not doc[start - 2].whitespace_:
                continue  # the second half of a double surname: "Serena Auñón-Chancellor"
            previous = by_end.get(end - 1)
            if previous is None or start < previous[0]:
                by_end[end - 1] = (start, role)
        found = {end: self._with_compound(doc, start, role, end) for end, (start, role) in by_end.items()}
        # (a rank a longer role took in is no role of its own: "the backup command pilot")
        found = {end: (start, role) for end, (start, role) in found.items()
                 if not any(s <= start and end < e and role.split()[0] in RANK_PREFIXES | {"first"} and
                            r.startswith(role + " ") for e, (s, r) in found.items())}
        return {end: (start, self._with_office(doc, end, role)) for end, (start, role) in found.items()}

    @staticmethod
    def _modifies(doc: Doc, start: int, end: int) -> bool:
        """The word stands before a noun as its adjective: "the first official crew", 'the first "official"
        British astronaut' (not "NASA official Bob Jacobs")."""
        quoted = start > 0 and end < len(doc) and doc[start - 1].text in OPENING_QUOTES and doc[end].text in CLOSING_QUOTES
        following = doc[end + 1] if quoted and end + 1 < len(doc) else doc[end] if end < len(doc) else None
        return following is not None and (quoted or (following.is_lower and following.tag_ in {"NN", "NNS", "JJ"}))

    def _with_office(self, doc: Doc, end: int, role: str) -> str:
        """An office's head with the office it heads, in common nouns: "director of flight crew
        operations", "deputy manager of the shuttle program" (not "director of the Johnson Space
        Center", whose name a reader may put either side)."""
        if role not in self.office_heads or end + 2 >= len(doc) or doc[end + 1].lower_ != "of":
            return role
        i = end + 2
        words = ["the"] if doc[i].lower_ == "the" else []
        i += len(words)
        while i < len(doc) and len(words) < _OFFICE_WORDS and doc[i].is_lower and doc[i].is_alpha and \
                (doc[i].pos_ in {"NOUN", "ADJ", "PROPN"} or (doc[i].lower_ in {"of", "the"} and words and
                                                             words[-1] != "the" and i + 1 < len(doc) and
                                                             doc[i + 1].is_lower and doc[i + 1].is_alpha)):
            words.append(doc[i].lower_)  # (through an "of": "head of the federation of cosmonauts")
            i += 1
        while words and words[-1] in {"of", "the"}:
            words.pop()
            i -= 1
        stop = doc[i] if i < len(doc) else None
        if not [w for w in words if w != "the"] or doc[i - 1].pos_ not in {"NOUN", "PROPN"} or \
                (stop is not None and (stop.is_title or stop.lower_ in {"and", "or", "-", "&"})):
            return role  # (not "director of manned and microgravity programmes": cut short)
        return f"{role} of {' '.join(words)}"

    def _with_compound(self, doc: Doc, start: int, role: str, end: int) -> tuple[int, str]:
        """A role with the common nouns compounded before it: "research scientist", "science
        pilot", "folk artist" (not the adjectives "veteran", "former")."""
        def common_noun(k: int) -> bool:  # (not another role right before: "her astronaut husband" is a husband)
            return k >= 0 and doc[k].tag_ in {"NN", "NNS"} and doc[k].is_lower and doc[k].is_alpha and \
                doc[k].lower_ not in self.modifiers and not (k == start - 1 and doc[k].lower_ in self.role_of_phrase)

        if start > 1 and doc[start - 1].text in {"-", "‐"} and doc[start - 2].lower_ in RANK_PREFIXES and \
                not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_:
            return start - 2, f"{doc[start - 2].lower_}-{role}"  # "vice-chair of the committee"
        if start > 0 and doc[start - 1].lower_ in RANK_PREFIXES and not role.startswith(doc[start - 1].lower_):
            if start > 1 and doc[start - 2].lower_ == "first":
                return start - 2, f"first {doc[start - 1].lower_} {role}"  # "First deputy head of Roscosmos"
            return start - 1, f"{doc[start - 1].lower_} {role}"  # "deputy chief designer", "Vice Premier"
        if start > 0 and doc[start - 1].lower_ == "first" and role.split()[0] in RANK_PREFIXES:
            return start - 1, f"first {role}"  # "first deputy prime minister"
        if " " in role or end > start:
            # the lexicon's own compound: "Houston office team leader" is a team leader ("space station
            # commander" no "space commander": the phrase "station commander" names the role); a project's
            # or a mission's is its own ("Hayabusa project team leader")
            if start > 0 and doc[start - 1].lower_ in self.project_nouns and doc[start - 1].is_lower:
                return start - 1, f"{doc[start - 1].lower_} {role}"
            return start, role
        if doc[start].is_title and start > 0 and doc[start - 1].is_lower:
            return start, role  # a title after a description: "crew members Commander A" is a commander
        if start > 0 and doc[start - 1].lower_ in self.head_prefixes and doc[start - 1].is_lower == doc[start].is_lower:
            # "chief architect of the Soviet space programme", "Donn Eisele as the senior pilot"
            return start - 1, f"{doc[start - 1].lower_} {role}"
        if doc[start].is_title:
            return self._with_title_case_compound(doc, start, role)
        i = start
        while i > 0 and start - i < _COMPOUND_REACH and common_noun(i - 1):
            i -= 1
        if i < start and i >= 2 and doc[i - 1].text in {"-", "‐"} and not doc[i - 2].whitespace_ and \
                not doc[i - 1].whitespace_ and doc[i - 2].is_alpha:
            # "first-time astronauts", "two-time flyer": the hyphenated compound whole, not "time astronaut";
            # a proper noun's era or origin is no part of the role, as a demonym is none ("Soviet-era
            # cosmonaut", "Apollo-era astronaut")
            if doc[i - 2].tag_ in {"NNP", "NNPS"}:
                return start, role
            return i - 2, f"{doc[i - 2].lower_}-{' '.join([t.lower_ for t in doc[i:start]] + [role])}"
        if i < start and i > 0 and doc[i - 1].lower_ in self.head_prefixes and doc[i - 1].is_lower:
            return i - 1, " ".join([t.lower_ for t in doc[i - 1:start]] + [role])  # "the chief project scientist"
        if i == start or common_noun(i - 1) or (i > 0 and doc[i - 1].tag_ == "JJ" and doc[i - 1].is_lower):
            return start, role  # a longer phrase ("social studies teacher"): its head alone is safer
        return i, " ".join([t.lower_ for t in doc[i:start]] + [role])


    def _with_title_case_compound(self, doc: Doc, start: int, role: str) -> tuple[int, str]:
        """A capitalised title with the capitalised nouns it is made of, where they stand alone or after
        an agency's acronym: "ESA Spacecraft Operations Manager" is a spacecraft operations manager (not
        "Kennedy Space Center Director", a place's name, nor "Apollo Astronaut", a craft's)."""
        crafts = {i for span in doc.spans.get(SPACECRAFT_KEY, []) for i in range(span.start, span.end)}

        def title_noun(k: int) -> bool:
            token = doc[k]
            return token.is_title and token.is_alpha and token.tag_ in _NOUN_TAGS and k not in crafts and \
                token.ent_type_ not in _NOT_IN_TITLES and token.lower_ not in self.modifiers and \
                token.lower_ not in self.role_of_phrase

        i = start
        while i > 0 and start - i < _COMPOUND_REACH and title_noun(i - 1):
            i -= 1
        if i == start or (i > 0 and (title_noun(i - 1) or (doc[i - 1].is_title and not doc[i - 1].is_upper))):
            return start, role
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
                    all(t.text in LIST_SEPARATORS for t in doc[previous.end:mention.start]) and \
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
