"""Whether a person stands in another clause than the event's trigger: a clause after it ("they
undocked in Soyuz T-13, while Savinykh remained"), a fronted clause before it ("When A and B
arrived, Soyuz TM-1 had undocked"), an aside set off by commas, or nearer another trigger.
`people.CrewPeople` mixes these tests in; they read its crew nouns.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...normalize import normalize_name
from ..events.craft_clauses import contrast_between
from ..people.finder import SPAN_KEY as PEOPLE_KEY
from .subjects import PERSONAL_PRONOUNS, list_start

_FRONTED_CLAUSES = {"when", "while", "whilst", "whereas", "as", "once", "after", "before", "although", "though", "because", "since"}
_APPOSED_SEAT = 9  # tokens of ", commander of the six-member crew" after a name
_AGENT_REACH = 3  # tokens from "by" to the agent's name: "by pioneer Yuri Gagarin"
_SUBORDINATE_OPENERS = {"when", "after", "before", "until", "once"}
_CLAUSE_CHANGES = {"while", "whilst", "whereas", "but", "although", "though", "as", "where"}  # "docked at Salyut 7, where A and B were"
_FRONTED_ABOARD_REACH = 5  # words from "aboard" over its object and verb to the list: "onboard the vehicle was"
_PICTURED = {"pictured", "shown", "seen", "photographed"}  # "(pictured with A)"
_PICTURED_REACH = 5  # tokens of "(pictured with Maj." before the name
_APPOSITION_REACH = 10  # tokens of ", son of astronaut Owen Garriott," between a name and "aboard"


class CrewClauses:
    crew_nouns: set[str]
    pad_words: set[str]  # "the launch pad first used by X": places others used before

    def heads_the_crew(self, doc: Doc, person: Span, roles: set[str]) -> bool:
        """"said X, commander of the six-member crew": an apposition that seats the speaker in the crew."""
        words = [t.lower_ for t in doc[person.end:min(person.sent.end, person.end + _APPOSED_SEAT)]]
        at = words.index("of", 1) if "of" in words[1:4] else None
        return words[:1] == [","] and at is not None and words[at - 1] in roles and \
            any(w in self.crew_nouns for w in words[at:])

    @staticmethod
    def _aboard_as_named(doc: Doc, person: Span) -> bool:
        """"with Sen. John Glenn aboard as a payload specialist": a person whose role is no flyer's
        is one where "aboard" follows the name, not a craft or station, or where a fronted "aboard"
        stands before the list that holds the name: "onboard the vehicle was John Glenn"."""
        first = list_start(doc, person)
        fronted = [t.lower_ for t in doc[max(person.sent.start, first - _FRONTED_ABOARD_REACH):first]]
        if fronted[-1:] in (["was"], ["were"]) and {"aboard", "onboard"} & set(fronted):
            return True
        end = person.end
        if end < person.sent.end and doc[end].text == ",":  # past an apposition: "with X, son of astronaut Y, aboard"
            end = next((k + 1 for k in range(end + 1, min(person.sent.end, end + _APPOSITION_REACH))
                        if doc[k].text == ","), end)
        after = [t.lower_ for t in doc[end:min(person.sent.end, end + 3)]]
        if after[:1] == ["on"] and after[1:2] == ["board"]:
            after = ["aboard"] + after[2:]
        return after[:1] in (["aboard"], ["onboard"]) and (len(after) < 2 or after[1] in {",", ".", "as", "for", "when", "and"})

    @staticmethod
    def _nearer_to_rival(person: Span, trigger: Span, rivals: list[Span]) -> bool:
        def distance(span: Span) -> int:
            return span.start - person.end if person.end <= span.start else person.start - span.end
        return any(distance(r) < distance(trigger) for r in rivals)

    def _in_other_clause(self, doc: Doc, person: Span, trigger: Span) -> bool:
        """"they undocked in Soyuz T-13, while Savinykh remained": a new clause after the trigger;
        "When A and B arrived at the station, Soyuz TM-1 had undocked": a fronted clause before it."""
        if person.end <= trigger.start:
            if self._in_aside_clause(doc, person, trigger):
                return True
            if contrast_between(doc, person.end, trigger.start) or _subordinate_subject(doc, person, trigger):
                return True  # "X circled the moon while A and B landed": X's clause is another
            opening = trigger.sent.start + (doc[trigger.sent.start].tag_ == "RB")  # "Just as ...,"
            if doc[opening].lower_ not in _FRONTED_CLAUSES:
                return False
            # the fronted clause ends at the first comma after its verb: not a fronted phrase
            # ("After a journey of 21 hours, astronauts A, B, C and D arrived at the station")
            verb = False
            for token in doc[opening + 1:trigger.start]:
                if token.text == "," and verb and doc[token.i + 1].lower_ != "and":  # (", and B was inspecting")
                    return person.end <= token.i
                # (the tagger takes "astronauts" before names for a verb)
                verb = verb or (token.tag_.startswith("VB") and token.lower_ not in self.crew_nouns)
            return False
        if person.start < trigger.end:
            return False
        opened = max((t.i for t in doc[trigger.end:person.start] if t.text == "("), default=None)
        if opened is not None and ")" not in doc[opened:person.start].text and person.end < len(doc) and \
                doc[person.end].lower_ in {"'s", "’s"}:
            return True  # "departed from Pad 41 (a few miles from Cooper's 1963 launch site)": an aside's owner
        # (or the agent of a participle after a place: "took off from the launch pad once used by pioneer Yuri
        # Gagarin")
        by = next((t.i for t in doc[max(trigger.end, person.start - _AGENT_REACH):person.start] if t.lower_ == "by"), None)
        if by is not None and by - 1 > trigger.end and doc[by - 1].tag_ == "VBN":
            noun = next((t for t in reversed(doc[max(trigger.end, by - 4):by - 1]) if t.pos_ != "ADV"), None)
            if noun is not None and noun.lower_ in self.pad_words:
                return True
        # (or a relative clause after a noun: "blasted off from the same launchpad that Yuri Gagarin used"; after
        # a name, one the person is the subject of: "from the same launchpad in Kazakhstan that Yuri Gagarin used")
        subject = person.end < len(doc) and doc[person.end].tag_ in {"VBD", "VBZ", "VBP", "MD"}
        return any(t.lower_ in _CLAUSE_CHANGES or (t.lower_ in {"that", "which"} and (
            doc[t.i - 1].tag_ in {"NN", "NNS"} or (doc[t.i - 1].tag_ in {"NNP", "NNPS"} and subject and t.i + 1 == person.start)))
                   for t in doc[trigger.end:person.start])

    @staticmethod
    def _in_aside_clause(doc: Doc, person: Span, trigger: Span) -> bool:
        """"On 14 March 1995, a week before Polyakov left, Thagard reached Mir": the person stands in
        a clause set off by commas before the trigger, opened by "before", "when", "after"..."""
        sent = trigger.sent
        opening = next((t.i for t in reversed(doc[sent.start:person.start]) if t.text == ","), None)
        closing = next((t.i for t in doc[person.end:trigger.start] if t.text == ","), None)
        if opening is None or closing is None:
            return False
        nxt = closing + 1 + (closing + 1 < len(doc) and doc[closing + 1].lower_ == "and")
        if any(p.start == nxt for p in doc.spans.get(PEOPLE_KEY, [])):
            return False  # a list's comma: "ended on Feb. 8, when astronauts A, B, and C splashed down"
        return any(t.lower_ in _FRONTED_CLAUSES for t in doc[opening + 1:person.start])


def _subordinate_subject(doc: Doc, person: Span, trigger: Span) -> bool:
    """"A, B and C will take over the station when D and E depart": a clause between the person and the
    trigger opens on a subject of its own."""
    opening = next((t.i for t in doc[person.end:trigger.start] if t.lower_ in _SUBORDINATE_OPENERS), None)
    # (not where the clause's subject takes the person up again: "A's only flight came in 1985, when he, B and C
    # were launched")
    return opening is not None and any(opening < p.start and p.end <= trigger.start
                                       for p in doc.spans.get(PEOPLE_KEY, [])) and \
        not any(t.lower_ in PERSONAL_PRONOUNS for t in doc[opening:trigger.start])


def pictured_or_owning_another(doc: Doc, person: Span, crafts: list[Span], key: str) -> bool:
    """"(pictured with Maj. Yuri A. Gagarin)": someone a photograph shows beside the flyer; "landed close to the
    landing site of Maj. Gagarin's Vostok I": the owner of another craft than the event's."""
    words = [t.lower_ for t in doc[max(0, person.start - _PICTURED_REACH):person.start]]
    if any(w in _PICTURED and nxt == "with" for w, nxt in zip(words, words[1:])) and "(" in words:
        return True  # (past a rank the name leaves out: "pictured with Maj. A")
    owned = person.end + 1 < len(doc) and doc[person.end].lower_ in {"'s", "’s"}
    return owned and any(c.start == person.end + 1 and normalize_name(c.kb_id_) != key for c in crafts)

