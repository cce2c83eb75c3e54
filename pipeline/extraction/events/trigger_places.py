"""Where a trigger stands, which decides whether it states an event: in a lede's main clause,
after a class of craft said in general, counted in a tally ("130 launches"), in a section
heading, or as a fact box's label ("Landing: 2003-10-16").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...normalize import doc_text
from .craft_clauses import AUXILIARIES, CLAUSE_BREAKS, FINITE_VERBS, word_before
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

_CLAUSE_OPENERS = {"as", "when", "while", "whilst", "after", "before", "because", "since", "that", "and", "but"}
LEDE_CHARS = 600  # a headline, a byline and a dateline before the story's first sentence
_BACKGROUND_OPENERS = {"after", "before", "since", "when", "until", "once", "like", "unlike"}
_HEADING_WORDS = 7  # a section heading is a short line without a full stop
_LABEL_WORDS = 10  # a fact box's label: "Docking Schedule with the International Space Station (ISS):"
_BULLETS = {"-", "*", "•", "–"}  # a list item's mark before its label
_COUNT_REACH = 3  # words from a number to the plural event noun it counts ("130 successful launches")
_PERFECT_REACH = 8  # words from "has" to its verb: "has successfully launched", "has launched six ... and sent"


def lede_main_clause(doc: Doc, trigger: Span) -> bool:
    """The trigger stands in the story's first sentences, not in a clause of background
    ("Fifty years to the day after a Saturn V rocket sent three astronauts on their way") nor
    after a verb of its own sentence ("It was the first time a Shenzhou had docked there")."""
    if trigger.sent.start_char > LEDE_CHARS:
        return False
    if any(t.lower_ in _BACKGROUND_OPENERS for t in doc[trigger.sent.start:trigger.start]):
        return False
    subject = word_before(doc, trigger, AUXILIARIES)
    if subject is not None and doc[subject].lower_ in {"that", "which"}:
        return False  # "one a Japanese spacecraft that was put in orbit a year ago": a relative clause
    for token in reversed(doc[trigger.sent.start:trigger.start if subject is None else subject]):
        if token.lower_ in _CLAUSE_OPENERS or token.is_punct:
            return True  # "Noguchi marked his third trip as a U.S. spacecraft lifted off"
        if token.tag_ in FINITE_VERBS:
            return False
    return True


def traveller_subject(doc: Doc, trigger: Span, travellers: set[str]) -> bool:
    """"A Japanese millionaire took off on Wednesday aboard a Russian spacecraft": a lede whose subject
    is someone who flies is a crew's event, of the crewed craft the story goes on to name."""
    subject = word_before(doc, trigger, AUXILIARIES)
    return subject is not None and doc[subject].lower_ in travellers and lede_main_clause(doc, trigger)


def said_of_a_class(doc: Doc, trigger: Span, classes: list[Span], crafts: list[Span]) -> bool:
    """"ride Russian Soyuz capsules to and from the station, launched from Baikonur": the nearest
    craft before the trigger, with no verb between, is a class of craft."""
    before = [c for c in crafts if trigger.sent.start <= c.start and c.end <= trigger.start]
    if not before or before[-1] not in classes:
        return False
    return not any(t.tag_.startswith("VB") and t.lower_ not in CLAUSE_BREAKS for t in doc[before[-1].end + 1:trigger.start])


def tally(doc: Doc, trigger: Span) -> bool:
    """"a record of more than 130 launches since 1972": a plural event noun a number counts, over
    adjectives only ("130 successful launches"; not "one" the pronoun, not "Tiangong 2 lab next docks")."""
    if trigger[0].tag_ != "NNS":
        return False
    # (over a compound's nouns too: "Up to 10 shuttle-Mir dockings"; not a craft's number: "Soyuz 11")
    craft_tokens = {k for c in doc.spans.get(SPACECRAFT_KEY, []) for k in range(c.start, c.end)}
    i = trigger.start - 1
    while i >= trigger.sent.start and trigger.start - i <= _COUNT_REACH and \
            doc[i].tag_ in {"JJ", "JJS", "JJR", "NN", "NNP", "HYPH"}:
        i -= 1
    one_of = i >= trigger.sent.start + 2 and doc[i - 1].lower_ == "of" and (doc[i - 2].lower_ in {"one", "last", "first"}
                                                                           or doc[i - 2].like_num)
    return i >= trigger.sent.start and doc[i].like_num and doc[i].lower_ != "one" and i not in craft_tokens \
        and not one_of  # ("made the first of nine shuttle dockings": one of them)


def counted_history(doc: Doc, trigger: Span) -> bool:
    """"Since 2003, China has launched six crewed missions and sent 11 astronauts into space": a verb in
    the perfect with a counted object, in a sentence that spans years since some time, sums up many."""
    sent = trigger.sent
    perfect = any(t.lower_ in {"has", "have"} for t in doc[max(sent.start, trigger.start - _PERFECT_REACH):trigger.start])
    since = any(t.lower_ == "since" for t in doc[sent.start:trigger.start])
    counted = any(t.like_num and t.lower_ != "one" and doc[t.i + 1].tag_ in {"NNS", "JJ", "VBN"}
                  for t in doc[trigger.end:min(sent.end - 1, trigger.end + _COUNT_REACH)])
    return perfect and since and counted


def heading(doc: Doc, trigger: Span, craft_tokens: set[int]) -> bool:
    """"Launch and explosion", "Docking, and a station": a section heading names a topic, not an
    event; one that names its craft ("Soyuz MS-19 docks with ISS") is a headline and states it."""
    sent = trigger.sent
    words = [t for t in sent if not t.is_space]
    text = doc_text(doc)
    if not words or len(words) > _HEADING_WORDS or not words[-1].is_alpha:
        return False  # a sentence ends in a stop; a fact box's label ("Launch: 5 October") has a colon
    if any(t.like_num or t.text == ":" or t.i in craft_tokens for t in words):
        return False
    line_start = text.rfind("\n", 0, words[0].idx) + 1
    line_end = text.find("\n", words[-1].idx)
    return not text[line_start:words[0].idx].strip() and \
        not text[words[-1].idx + len(words[-1]):len(text) if line_end < 0 else line_end].strip()


def labels_a_fact(doc: Doc, trigger: Span) -> bool:
    """"Landing: 2003-10-16", "Launch:October 5, 1984", "Docking Schedule with the ISS:": the trigger
    as a fact box's label, opening its line or following a full stop, a colon after it on its line
    with no verb between."""
    before = doc[trigger.start - 1] if trigger.start > 0 else None
    if before is not None and before.text in _BULLETS and (before.i == 0 or "\n" in doc[before.i - 1].text_with_ws):
        before = doc[before.i - 1] if before.i > 0 else None  # a list item's label: "- Launch: 20:20 GMT 17 November"
    opens = before is None or "\n" in before.text_with_ws or before.text == "." or trigger.start == trigger.sent.start
    if not opens:
        return False
    for token in doc[trigger.end:min(len(doc), trigger.end + _LABEL_WORDS)]:
        if token.text.endswith(":"):  # (the tokenizer may keep it with a bracket: "(ISS):")
            return True
        if "\n" in token.text_with_ws or token.tag_.startswith("VB") or token.text == ".":
            return False
    return False
