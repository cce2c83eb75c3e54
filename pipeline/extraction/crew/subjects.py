"""Who a trigger's subject is, read from the words around it: the names joined
by "," and "and" before a verb ("Chen, Liu and Cai landed"), a pronoun ("On 15
July they were launched", "he became ..., launching"), a relative "who" after a
list of names, and the subject of a sentence's first verb. `crew.CrewFinder`
decides which of these people are aboard.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..events.craft_clauses import word_before
from ..people.finder import SPAN_KEY as PEOPLE_KEY
from ..people.role_lists import first_names_aside

# words between a subject and its verb: "Chen, Liu and Cai safely landed", "they had all launched"
_GERUND_OPENERS = {"before", "after", "upon"}  # "before landing at Edwards"
SUBJECT_GAP = {"had", "have", "has", "was", "were", "will", "would", "then", "later", "finally", "safely",
               "successfully", "all", "both", "also", "eventually", "themselves"}
PERSONAL_PRONOUNS = {"they", "he", "she"}
_VERB_GAP = SUBJECT_GAP | {"been", "be", "is", "are"}  # "they were launched", "who had been launched"
_TITLE_TAGS = {"NNP", "NN", "NNS", "JJ", "POS", "HYPH"}  # "Roscosmos cosmonaut", "NASA's", "first-time flier"
_RETURN_REACH = 10  # sentences after a homeward event that may say whom its flyer came back with


def subject_names(doc: Doc, trigger: Span, people: list[Span]) -> list[str]:
    """The people who are the trigger's subject: "Chen, Liu and Cai landed"."""
    here = [p for p in people if trigger.sent.start <= p.start and p.end <= trigger.start]
    return [p.kb_id_ for p in chain(doc, here, trigger.start, SUBJECT_GAP, forward=False)]


def singular_subject(doc: Doc, sent: Span, trigger: Span, people: list[Span]) -> bool:
    """"he" or "she" before the trigger, and nobody named before it in the sentence."""
    words = doc[sent.start:trigger.start]
    return any(t.lower_ in {"he", "she"} for t in words) and \
        not any(sent.start <= p.start < trigger.start for p in people)


_PRONOUN_TO_VERB = 3  # words from an opening "she" to the trigger: "She finally landed"


def joined_pronoun(doc: Doc, sent: Span, trigger: Span) -> bool:
    """"He and flight engineer X lifted off", "X and she docked": "he" or "she" joined by "and"
    to the names before the trigger, or opening the sentence with "along with" names after it."""
    words = [t.lower_ for t in doc[sent.start:trigger.start]]
    after = f' {" ".join(t.lower_ for t in doc[trigger.end:sent.end])} '
    if words[:1] in (["he"], ["she"]) and len(words) <= _PRONOUN_TO_VERB:
        # "She landed aboard Soyuz TM-11 on 26 May 1991, along with A and B"
        if " along with " in after or " together with " in after:
            return True
    if words[-1:] in (["he"], ["she"]) and " with " in after:
        return True  # "In December 1965 he launched aboard Gemini VI with astronaut A": he and his companion
    return any(w in {"he", "she"} and ((i + 1 < len(words) and words[i + 1] == "and") or (i > 0 and words[i - 1] == "and"))
               for i, w in enumerate(words))


def first_verb_subject(doc: Doc, sent: Span, people: list[Span]) -> list[Span]:
    """The people named as the subject of a sentence's first verb ("Four years later Leonov and
    Kubasov flew together"); none where a verb comes before them."""
    here = [p for p in people if sent.start <= p.start < sent.end]
    if not here:
        return []
    found = chain(doc, here, here[0].start, set(), forward=True)
    verb = doc[found[-1].end] if found[-1].end < sent.end else None
    if verb is None or not (verb.tag_ in {"VBD", "VBZ", "VBP", "MD"} or verb.lower_ in SUBJECT_GAP):
        return []
    if any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in doc[sent.start:found[0].start]):
        return []  # the first verb is before them: they are no subject of it
    return found

def relative_who(doc: Doc, trigger: Span) -> int | None:
    """The token index of "who" as the trigger's subject ("..., who launched from Florida")."""
    i = word_before(doc, trigger, _VERB_GAP)
    return i if i is not None and i > trigger.sent.start and doc[i].lower_ == "who" else None


def pronoun_subject(doc: Doc, trigger: Span) -> bool:
    """"On 15 July 1975 they were launched": a personal pronoun as the trigger's subject."""
    i = word_before(doc, trigger, _VERB_GAP)
    return i is not None and doc[i].lower_ in PERSONAL_PRONOUNS


def chain(doc: Doc, people: list[Span], edge: int, first_gap: set[str], forward: bool,
           titled: bool = False) -> list[Span]:
    """People joined by "," and "and" from `edge` on (`forward`) or back from it, the
    first one with only `first_gap` words between it and the edge; `titled`: a joint may
    carry a title ("... Jeanette Epps and Roscosmos cosmonaut Alexander Grebenkin")."""
    found = []
    for person in sorted(people, key=lambda p: p.start, reverse=not forward):
        between = doc[edge:person.start] if forward else doc[person.end:edge]
        words = {t.lower_ for t in between}
        if titled and found and words & {",", "and"}:
            # the title of the person after the joint: "Roscosmos cosmonaut", "NASA's"
            later = found[-1] if not forward else person
            title = set(later.label_.lower().split())
            words = {t.lower_ for t in between if t.tag_ not in _TITLE_TAGS and t.lower_ not in title}
        if not words <= (first_gap if not found else {",", "and"}):
            break
        found.append(person)
        edge = person.end if forward else person.start
    return found


def fronted_for(doc: Doc, sent: Span, here: list[Span]) -> list[Span]:
    """"For veteran A and first-time flier B, the re-acclimation should be easy": the people of a fronted
    "For" phrase, past their descriptions, are whom the sentence is about (`here`: its people)."""
    if doc[sent.start].lower_ != "for" or not here or not all(
            t.is_lower and t.pos_ in {"ADJ", "NOUN", "PUNCT"} for t in doc[sent.start + 1:here[0].start]):
        return []
    gap = {t.lower_ for t in doc[sent.start + 1:here[0].start]}
    found = chain(doc, here, sent.start + 1, gap, forward=True, titled=True)
    return found if found and found[-1].end < sent.end and doc[found[-1].end].text == "," else []


def list_start(doc: Doc, person: Span, past_ages: bool = False) -> int:
    """Where the list of names that holds the person begins: back over "," and "and" and the names (with
    `past_ages`, over the ages set off after them too: "A, 61, and B")."""
    names = _name_tokens(doc, person.sent)
    start = i = person.start
    while i > person.sent.start and (doc[i - 1].text in {",", "and"} or i - 1 in names or (past_ages and doc[i - 1].like_num)):
        i -= 1
        start = i if i in names else start
    return start


def listed_after_aside(doc: Doc, person: Span) -> Span | None:
    """The list's first name when the person follows its aside: A for B in "A, who had lived
    aboard the station, and B" (the aside's words are A's, not B's)."""
    earlier = [p for p in doc.spans.get(PEOPLE_KEY, []) if person.sent.start <= p.start and p.end <= person.start]
    if not earlier:
        return None
    between = list(doc[earlier[-1].end:person.start])
    end = first_names_aside(between)
    if end is None or end >= len(between) or not all(t.text in {",", "and"} for t in between[end:]) or \
            "and" not in {t.lower_ for t in between[end:]}:
        return None
    return earlier[-1]


def list_end(doc: Doc, person: Span) -> int:
    """Where the list of names that holds the person ends: on over "," and "and", "along with", the
    names and the titles of the names after them ("A and B and Russian cosmonauts C and D")."""
    names = _name_tokens(doc, person.sent)
    end = i = person.end
    while i < person.sent.end and (doc[i].text in {",", "and"} or doc[i].lower_ in {"along", "with"} or i in names
                                   or doc[i].tag_ in _TITLE_TAGS):
        i += 1
        end = i if i - 1 in names else end
    return end


def _name_tokens(doc: Doc, sent: Span) -> set[int]:
    """The tokens of the people named in the sentence."""
    return {i for p in doc.spans.get(PEOPLE_KEY, []) if sent.start <= p.start < sent.end for i in range(p.start, p.end)}


def returned_with(doc: Doc, sent: Span, people: list[Span], aboard: set[str], verbs: set[str],
                  reach: int = _RETURN_REACH) -> list[Span]:
    """"(landed ...) He returned with cosmonauts A and B, who had ...": the people a homeward flyer,
    named or a pronoun for the last one named, came back with in the next few sentences."""
    found: list[Span] = []
    following = sent
    for _ in range(reach):
        if following.end >= len(doc):
            break
        following = doc[following.end].sent
        for token in following[1:-2]:
            i = token.i
            back = doc[i + 1].lower_ in {"back", "home"}
            if token.lower_ not in verbs or token.tag_ != "VBD" or doc[i + 1 + back].lower_ != "with":
                continue
            subject = next((p for p in people if p.end == i), None)
            if subject is None and i == following.start + 1 and doc[i - 1].lower_ in {"he", "she"}:
                subject = next((p for p in reversed(people) if p.end <= following.start), None)
            if subject is None or subject.kb_id_ not in aboard:
                continue
            start = i + 2 + back
            end = next((t.i for t in doc[start:following.end] if t.text in {",", ".", ";"}), following.end)
            found += [p for p in people if start <= p.start < end]
    return found


def gerund_clause_subjects(doc: Doc, trigger: Span, before: list[Span]) -> set[int]:
    """"During the mission, A, B and C deployed a satellite ... before landing at Edwards": a gerund after
    "before" or "after" has the subject of its main clause, the names joined right before that clause's verb."""
    if not before or trigger[0].tag_ != "VBG" or trigger.start == 0 or doc[trigger.start - 1].lower_ not in _GERUND_OPENERS:
        return set()
    verb = next((t.i for t in doc[before[0].end:trigger.start] if t.tag_ in {"VBD", "VBZ", "VBP", "MD"}), None)
    if verb is None:
        return set()
    # (a crew's list: one name's clause is a person's doing, "A will speak to the press ... after returning", whose
    # crew the article names elsewhere)
    listed = {p.start for p in chain(doc, [p for p in before if p.end <= verb], verb, SUBJECT_GAP, forward=False)}
    return listed if len(listed) > 1 else set()
