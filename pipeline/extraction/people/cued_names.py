"""Names a cue finds where the NER missed or cut them: the words after a role, a rank, a
nationality or "N-year-old" ("cosmonaut Pyotr Dubrov", "the 30-year-old Alexei Leonov"), and a
capitalised run set off before a role phrase ("Sultan Al Neyadi, mission specialist,", "X, a
legendary Soviet cosmonaut who ..."). `people.PeopleFinder` reads them among its candidates.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...resources import load_json

from ..glued_names import GLUED_KEY, spaced_text
from .name_cues import HYPHENS, joins_a_surname
from .name_merging import Mention, is_initial
from .name_shape import MAX_NAME_TOKENS
from .role_copulas import COPULAS, personal_title

_ROLE_COMPLEMENT = 12  # tokens of "of the shuttle program" between a role and the comma closing it
_ROLE_MODIFIERS = 3  # describing words between "a" and the role: "a legendary Soviet cosmonaut"
# what the NER sees a lone word after a role as, where the word is not a surname (not a place: it
# files unfamiliar surnames there, "astronauts Halloran and ...")
_NOT_SURNAMES = {"NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
_POSSESSIVES = {"'s", "’s"}
_SPEECH = set(load_json("event_cues.json")["speech_after"])  # "Virgin Galactic's Sirisha Bandla said"


class CuedNames:
    """(Needs the finder's `shape`, `ranks`, `weekdays` and `particles`.)"""

    def _names_after_cues(self, doc: Doc, roles_at, blocked: set[int]) -> list[Mention]:
        """'cosmonaut Pyotr Dubrov', 'the specialists were Sandra Magnus',
        'the 30-year-old Alexei Leonov': a name the NER may have missed or cut."""
        cue_ends = {end: True for end in roles_at}
        for token in doc:  # a rank abbreviated: "Air Force Col. Brewster Shaw", the NER's "Air Force Col"
            abbreviated = token.text in self.ranks or \
                (token.text == "." and token.i > 0 and doc[token.i - 1].text + "." in self.ranks)
            if abbreviated and token.i not in cue_ends:
                cue_ends[token.i] = False
        for token in doc:
            if token.lower_ == "old" and token.i >= 2 and doc[token.i - 1].text in {"-", "‐"} \
                    and doc[token.i - 2].lower_ in {"year", "years"}:
                cue_ends[token.i] = False
        for token in doc:  # a speaker of a company: "Virgin Galactic's Sirisha Bandla said", the NER's "Virgin Galactic's"
            # (an apostrophe alone after an -s: "Roscosmos' Alexei Ovchinin")
            if (token.lower_ in _POSSESSIVES or (token.tag_ == "POS" and token.text in {"'", "’"})) and \
                    token.i > 0 and doc[token.i - 1].is_title:
                cue_ends.setdefault(token.i, False)
        for ent in doc.ents:  # a nationality the NER saw before a name it missed: "to American Drew Feustel"
            if ent.label_ == "NORP" and len(ent) == 1 and ent.end < len(doc) and not doc[ent.end].ent_type_:
                cue_ends.setdefault(ent.start, False)
        found = []
        role_starts = {role_start for role_start, _ in roles_at.values()}
        for cue_end, is_role in cue_ends.items():
            if any(role_start <= cue_end < role_end for role_end, (role_start, _) in roles_at.items()):
                continue  # a role that runs on: "Airbus Chief" in "Airbus Chief Operating Officer Ana Ruiz"
            start = cue_end + 1
            while is_role and start < len(doc) and doc[start].lower_ in COPULAS | {"were", "are"} \
                    and start - cue_end <= 2:
                start += 1
            end = start
            glued = doc.user_data.get(GLUED_KEY, ())  # (a name a scraped page ran into the next one ends there)
            while end < len(doc) and end - start < MAX_NAME_TOKENS and end not in blocked and \
                    (end == start or end not in glued) and \
                    doc[end].text not in self.weekdays and doc[end].text not in self.shape.page_stamps and (
                (doc[end].is_title and doc[end].is_alpha) or is_initial(doc[end].text)
                or (end > start and doc[end].text in self.particles) or joins_a_surname(doc, end, start)
            ):
                end += 1
            while end > start and (doc[end - 1].text in self.particles or doc[end - 1].text in HYPHENS):
                end -= 1
            titled = self.shape.role_starting_at(start, end, roles_at) if start in role_starts else None
            if not is_role and titled is not None:
                # "American Spaceflight Participant Charles Simonyi": a capitalised role after a nationality
                cue_end, is_role, start = titled[0], True, titled[0] + 1
            if doc[cue_end].lower_ in _POSSESSIVES and (end >= len(doc) or doc[end].lower_ not in _SPEECH):
                continue
            if end - start >= 2 and self.shape.looks_like_name(doc, start, end):
                role = roles_at[cue_end][1] if is_role and start == cue_end + 1 else ""
                found.append(Mention(start, end, self._name_text(doc, start, end), True,
                                     role=role, cued=True, left_role=bool(role) and not personal_title(doc[cue_end])))
        return found

    def _surnames_after_roles(self, doc: Doc, roles_at, blocked: set[int]) -> list[Mention]:
        """"with astronauts Scott and Irwin aboard", "cosmonaut Leonov": history writes a crew by
        surname alone after a role in common nouns; the NER files such a word as anything."""
        found = []
        for role_end, (_, role) in roles_at.items():
            if not doc[role_end].is_lower:
                continue  # (a capitalised title is the name's own: "Administrator Bridenstine")
            i = role_end + 1
            while self._lone_surname(doc, i, blocked):
                found.append(Mention(i, i + 1, doc[i].text, True, role=role, cued=True, left_role=True))
                if i + 2 >= len(doc) or doc[i + 1].lower_ not in {"and", ","}:
                    break
                i += 3 if doc[i + 2].lower_ == "and" else 2  # (on through the list: "Scott, and Irwin")
        return found

    def _lone_surname(self, doc: Doc, i: int, blocked: set[int]) -> bool:
        """A lone capitalised proper noun that no capitalised word continues (not "Scott Kelly",
        whose whole name the NER or the other cues give) and that names no place, date or craft (nor a
        letter: "a veteran F/A-18 pilot")."""
        if i >= len(doc) or i in blocked:
            return False
        token = doc[i]
        return token.is_title and token.is_alpha and len(token.text) > 1 and token.pos_ == "PROPN" and \
            token.ent_type_ not in _NOT_SURNAMES and token.text not in self.weekdays and \
            token.text not in self.shape.months and \
            not (i + 1 < len(doc) and (doc[i + 1].is_title or doc[i + 1].text in self.particles)) and \
            self.shape.looks_like_name(doc, i, i + 1)

    def _names_before_roles(self, doc: Doc, roles_at, blocked: set[int]) -> list[Mention]:
        """"- **Sultan Al Neyadi**, mission specialist,": a capitalised run set off by a comma before
        a role phrase that a comma or the sentence closes is a name the NER may have missed."""
        found = []
        for role_end, (role_start, role) in roles_at.items():
            comma = role_start - 1
            # (past the role's describing words: "X, a legendary Soviet cosmonaut who")
            while role_start - 1 - comma < _ROLE_MODIFIERS and comma > 0 and \
                    (doc[comma].tag_ == "JJ" or doc[comma].ent_type_ == "NORP"):
                comma -= 1
            if comma > 0 and doc[comma].lower_ in {"the", "a", "an"}:
                comma -= 1  # "Brewster Shaw, the deputy manager, said"
            # (a second role joined to it: "X, director-general and chief designer of the system,")
            joined = role_end + 2 < len(doc) and doc[role_end + 1].lower_ == "and"
            second = max((e for e, (s, _) in roles_at.items() if s == role_end + 2), default=role_end) if joined else role_end
            after = doc[second + 1:min(len(doc), second + 1 + _ROLE_COMPLEMENT)]
            # (or a complement the comma closes: "X, deputy manager of the shuttle program, said"; or a
            # relative clause: "X, a Soviet cosmonaut who was the first ...")
            closed = second + 1 >= len(doc) or doc[second + 1].text in {",", ".", ";"} or \
                (doc[second + 1].lower_ == "who" and doc[second].tag_ == "NN") or \
                (after[0].lower_ == "of" and any(t.text == "," for t in after) and
                 not any(t.text in {".", ";"} for t in after[:[t.text for t in after].index(",")]))
            if comma < 2 or doc[comma].text != "," or not closed:
                continue
            start = end = comma
            if start > 2 and self.merger.is_suffix(doc[start - 1].text):
                start -= 1  # "Hank Hartsfield Jr., former commander of ..."
            while start > 0 and end - start < MAX_NAME_TOKENS and start - 1 not in blocked and not doc[start - 1].is_punct \
                    and doc[start - 1].is_alpha and (doc[start - 1].is_title or doc[start - 1].text in self.particles):
                start -= 1
            opening = start
            # (without the rank or title the run opens with: "Sqn Ldr Rohan Kulkarni, the backup")
            cleaned = self.shape.clean(doc, start, end, roles_at) if end - start > 2 else None
            if cleaned is not None and cleaned[1] == end and cleaned[1] - cleaned[0] >= 2:
                start = cleaned[0]
            if end - start >= 2 and doc[start].is_title and (opening == 0 or not doc[opening - 1].is_alpha) and \
                    self.shape.looks_like_name(doc, start, end):
                found.append(Mention(start, end, self._name_text(doc, start, end), True, role=role, cued=True))
        return found

    @staticmethod
    def _name_text(doc: Doc, start: int, end: int) -> str:
        return spaced_text(doc, start, end)
