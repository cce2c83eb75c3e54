"""The tense a date is told in, from the verbs around it: what decides whether
a bare weekday or a year-less date lies before or after the publication date.

`TenseReader(future_cues)(doc, span)` gives "future", "past", "present",
"planned" (a plan told in the past: "was slated to dock Saturday", whose day
may lie either side of the telling) or None.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

_TIME_CLAUSES = {"when", "once", "until", "till"}  # "... will be used when the capsule returns in February"
_FRONTING = {"after", "before", "following", "once", "ahead", "until", "upon"}
_EARLIER = {"after", "since", "following"}  # a present verb's day after these lies before it
_TENSE_REACH = 25  # tokens either side of a date searched for its verb
_FIRST_PLANS = {"originally", "initially"}
_FOR_TO_REACH = 8  # words from "for" to the "to" of its infinitive: "for the crew size at the outpost to"
_READYING_REACH = 6  # words back from "for" to its readying verb: "readied their Soyuz ferry ship for"
_NOUN_REACH = 7  # tokens from an event's noun to its date: "liftoff at 4:10 a.m. PST Thursday"
_PAREN_REACH = 4  # tokens from a comma to the date it sets off: ", before dawn Monday,"
_FINITE = {"VBD", "VBZ", "VBP", "MD"}
_RELATIVES = {"that", "which", "who", "whom", "whose"}
_SUBORDINATORS = {"after", "because", "when", "before", "while", "once"}
_BE_TO = {"is": "future", "are": "future", "am": "future", "'s": "future", "was": "planned", "were": "planned"}
_AUXILIARIES = {"is", "are", "am", "was", "were", "be", "been", "being", "will", "has", "have", "had", "'s"}


class TenseReader:
    def __init__(self, future_cues, event_nouns=(), verbs_read_as_nouns=(), deferring_verbs=(), readying_words=()):
        self.future_cues = set(future_cues)
        self.readying = set(readying_words)  # "readied the ship for", "preparations for"
        self.deferring = set(deferring_verbs)  # "was postponed until May": a day either side of the telling
        self.event_nouns = set(event_nouns)
        self.verbs_read_as_nouns = set(verbs_read_as_nouns)  # "Crew-3 launches Wednesday": "launches" as NNS

    def __call__(self, doc: Doc, span: Span) -> str | None:
        """'future', 'past' or 'present' from the nearest verb before the date in
        its sentence, else the first one after it in the same clause."""
        sent = span.sent
        if span.start > sent.start and doc[span.start - 1].lower_ == "since":
            return "past"  # "Anderson - aboard since June - is to be replaced": what began is behind the telling
        month_alone = len(span) == 1 and span[0].is_alpha and not span[0].lower_.endswith("day")
        if month_alone and span.start > sent.start and doc[span.start - 1].tag_ in {"DT", "JJ", "PRP$", "POS"} and \
                any(t.lower_ in self.event_nouns for t in doc[span.end:min(sent.end, span.end + 2)]):
            return "planned"  # "the historic May Demo-2 launch": the month names its event, told at either side
        if self._fronted_plan(doc, span):
            return "planned"  # "Due to return home in May, the astronauts' return was postponed": told in the past
        if self._readied_for(doc, span):
            return "future"  # "Crew primed for Thursday launch": the day of an event readied for lies ahead
        if self._parenthetical(doc, span):
            # "Armstrong and Aldrin, before dawn Monday, will become": the clause's own verb follows
            tense = self._verb_after(doc, span, skip_comma=True)
            if tense:
                return tense
        # the nearest verbs decide; a bounded look keeps run-on text linear
        for token in reversed(doc[max(sent.start, span.start - _TENSE_REACH):span.start]):
            if self._purpose(doc, token, span):
                return "future"
            if self._event_noun(doc, token, span):
                return "planned"
            if token.lower_ in _SUBORDINATORS and token.tag_ == "IN" and span.start - token.i > 1:
                # the date in a clause's subject, its verb after it: "was postponed after bad weather Tuesday
                # prevented fueling" tells of that clause's time
                own = next((t for t in doc[span.end:min(sent.end, span.end + 3)] if t.tag_ in _FINITE), None)
                if own is not None and not any(t.text in {",", ";"} for t in doc[span.end:own.i]):
                    tense = self._verb_tense(doc, own)
                    if tense:
                        return tense
            tense = self._verb_tense(doc, token)
            if tense is None and token.tag_ == "VBG" and token.i - 1 > sent.start and doc[token.i - 1].text == ",":
                # "They planned to undock at 9:34 p.m. Friday, setting up a landing at 12:56 a.m. Saturday": a
                # participle's clause goes on in its main verb's time, however far back that verb stands
                tense = next((t for verb in reversed(doc[sent.start:token.i - 1])
                              for t in [self._verb_tense(doc, verb)] if t), None)
            if (tense == "present" or (tense == "future" and token.tag_ == "VBG")) and \
                    any(t.lower_ in _EARLIER for t in doc[token.i + 1:span.start]):
                return "past"  # "The launch comes days after the mission on Tuesday": an event before the news
            if tense == "present" and self._future_main_clause(doc, token):
                return "future"  # "seats that will be used by X when the Crew Dragon returns in February"
            if tense:
                return tense
        # "After the capsule's docking on Tuesday, the trio will join": a fronted phrase takes the main verb
        # and so does a fronted date: "On Monday, they will land"
        # (and a fronted participle's: "Launched on Sept 20 from Wenchang, the ship docked")
        opens = all(t.pos_ in {"ADP", "ADV", "DET"} or (t.i == sent.start and t.tag_ in {"VBN", "VBG"})
                    for t in doc[sent.start:span.start])
        tense = self._verb_after(doc, span, skip_comma=doc[sent.start].lower_ in _FRONTING or opens)
        if tense == "present" and doc[sent.start].lower_ in _EARLIER:
            return "past"  # "After the departure of Progress M-13M on Monday, the port is now ready": done before now
        return tense

    @staticmethod
    def _future_main_clause(doc: Doc, verb) -> bool:
        """A present verb in a "when" or "once" clause after a clause told in the future: "will be used
        by X when the capsule returns": the present of a time clause tells what is to come."""
        sent = verb.sent
        opener = next((t for t in reversed(doc[sent.start:verb.i]) if t.lower_ in _TIME_CLAUSES or t.tag_ in _FINITE),
                      None)
        return opener is not None and opener.lower_ in _TIME_CLAUSES and \
            any(t.lower_ in {"will", "'ll", "shall"} for t in doc[sent.start:opener.i])

    def _event_noun(self, doc: Doc, token, span: Span) -> bool:
        """"began a countdown for Discovery's liftoff at 4:10 a.m. Thursday": the date of an event named by
        its noun, with no verb between, has no tense of its own (nor the verb before the noun; but a fronted
        "After the docking on Tuesday, they will" takes the main verb's)."""
        return token.lower_ in self.event_nouns and token.tag_ in {"NN", "NNS"} and span.start - token.i <= _NOUN_REACH \
            and token.i > 0 and doc[token.i - 1].tag_ in {"POS", "DT", "PRP$"} and doc[token.i + 1].tag_ in {"IN", "NNP"} \
            and any(t.tag_ in _FINITE for t in doc[span.sent.start:token.i])

    def _purpose(self, doc: Doc, token, span: Span) -> bool:
        """"readied the ship for a fiery plunge back to Earth early Saturday", "preparations for launch of
        another crew Thursday": an event readied for lies ahead, whatever the tense of the readying (not one a
        past perfect tells of: "had prepared for launch on Thursday")."""
        if token.lower_ not in self.event_nouns or token.tag_ not in {"NN", "NNS"} or \
                span.start - token.i > _NOUN_REACH or any(t.tag_ in _FINITE for t in doc[token.i + 1:span.start]):
            return False
        i = token.i - 1
        while i > span.sent.start and doc[i].tag_ in {"DT", "JJ", "PRP$"}:
            i -= 1
        if doc[i].lower_ != "for" or _had_participle(doc, span.sent.start, i):
            return False
        # (readied: not "The landing cleared the way for the launch Dec. 18", an event that followed)
        return self._readying_before(doc, span, i)

    def _readying_before(self, doc: Doc, span: Span, i: int) -> bool:
        """A readying word in the clause before the "for" at token `i`: "readied the ship for"."""
        for word in reversed(doc[max(span.sent.start, i - _READYING_REACH):i]):
            if word.lower_ in self.readying:
                return True
            if word.is_punct:
                break
        return False

    def _fronted_plan(self, doc: Doc, span: Span) -> bool:
        """The date in a phrase a future cue opens before the comma of a main clause told in the past."""
        sent = span.sent
        if doc[sent.start].lower_ not in self.future_cues or doc[sent.start].tag_ not in {"JJ", "VBN", "IN"}:
            return False
        comma = next((t.i for t in doc[span.end:sent.end] if t.text == ","), None)
        if comma is None or any(t.text == "," for t in doc[sent.start:span.start]):
            return False
        verb = next((t for t in doc[comma + 1:sent.end] if t.tag_ in _FINITE), None)
        return verb is not None and (verb.tag_ == "VBD" or verb.lower_ in {"was", "were", "had"})

    def _readied_for(self, doc: Doc, span: Span) -> bool:
        """The date before the event's noun after "for" and a readying word: "primed for Thursday launch",
        "readies the crew for a Saturday landing" (not "had prepared for Monday's launch")."""
        following = doc[span.end] if span.end < span.sent.end else None
        if following is None or following.lower_ not in self.event_nouns:
            return False
        i = span.start - 1
        while i > span.sent.start and doc[i].tag_ == "DT":
            i -= 1
        if doc[i].lower_ != "for" or i <= span.sent.start or _had_participle(doc, span.sent.start, i):
            return False
        return self._readying_before(doc, span, i)

    def _verb_after(self, doc: Doc, span: Span, skip_comma: bool) -> str | None:
        """The tense of the first verb after the date in its clause (past one comma with `skip_comma`)."""
        for token in doc[span.end:min(span.sent.end, span.end + _TENSE_REACH)]:
            if token.text == "," and skip_comma:
                skip_comma = False
                continue
            if token.text in {",", ";", "and", "but"}:
                if token.lower_ == "and" and 0 < token.i < len(doc) - 1 and doc[token.i - 1].is_title and \
                        doc[token.i + 1].is_title:
                    continue  # a name's own "and": "the National Aeronautics and Space Administration said"
                break
            tense = self._verb_tense(doc, token)
            if tense:
                return tense
        return None

    def _past_state_before(self, doc: Doc, until) -> bool:
        """The clause before "until" is told in the past by a verb of no plan or delay."""
        clause = []
        for t in reversed(doc[until.sent.start:until.i]):
            if t.text in {",", ";", ":"}:
                break
            clause.append(t)
        verbs = [t for t in clause if t.tag_ in _FINITE or t.tag_ == "VBN"]
        return any(t.tag_ == "VBD" for t in verbs) and not any(
            t.lower_ in self.deferring or t.lower_ in self.future_cues or t.tag_ == "MD" for t in verbs)

    @staticmethod
    def _parenthetical(doc: Doc, span: Span) -> bool:
        """The date and its preposition stand between commas after a subject: "A and B, on Monday,
        will land" (not "On Monday, they landed" nor "landed on Monday, after a week")."""
        sent = span.sent
        if span.end >= sent.end or doc[span.end].text != ",":
            return False
        opening = next((t.i for t in reversed(doc[max(sent.start, span.start - _PAREN_REACH):span.start])
                        if t.text == ","), None)
        if opening is None or opening == sent.start:
            return False
        between = doc[opening + 1:span.start]
        # (the subject's own clause, past a fronted one: "If all goes as planned, A and B, before dawn
        # Monday, will become")
        clause = next((t.i + 1 for t in reversed(doc[sent.start:opening]) if t.text == ","), sent.start)
        before = doc[clause:opening]
        # (not an adverbial after the clause's verb: "is expected to walk for 30 minutes, probably Saturday,")
        return not any(t.pos_ in {"VERB", "AUX"} for t in between) and \
            any(t.pos_ in {"PROPN", "NOUN", "PRON"} for t in before[-3:]) and \
            not any(t.pos_ in {"VERB", "AUX"} for t in before[-3:]) and \
            not any(t.tag_ in _FINITE for t in before)

    def _verb_tense(self, doc: Doc, token) -> str | None:
        if token.lower_ in {"until", "till"} and self._past_state_before(doc, token):
            return "past"  # "Hadfield was in charge from March until May"
        before = {t.lower_ for t in doc[max(0, token.i - 2):token.i]}
        # "set to dock", "set for Thursday" plan; "astronauts set up house Thursday" did something
        cue = token.lower_ in self.future_cues and not (
            token.lower_ == "set" and (token.i + 1 >= len(doc) or doc[token.i + 1].lower_ not in {"to", "for"})) \
            and not _because_of(doc, token)
        # ("should reach the station on Monday"; not "should have docked")
        shall = token.lower_ in {"will", "'ll", "shall"} or token.lower_ == "should" and not (
            token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "have")
        if cue or (token.tag_ == "MD" and shall):
            # "had been planned for Tuesday" is past; "was slated to dock Saturday" a plan
            # told in the past, whose day may be either side of the telling
            # (over an adverb too: "had originally been targeted for late May")
            if "had" in {t.lower_ for t in doc[max(0, token.i - 3):token.i]}:
                return "past"
            if token.tag_ == "JJ" and token.i > 0 and doc[token.i - 1].tag_ in {"DT", "POS", "PRP$"} and \
                    token.i + 1 < len(doc) and doc[token.i + 1].tag_ in {"NN", "NNS", "NNP", "NNPS"}:
                # "blocked Discovery's planned return Monday", "the upcoming Shenzhou-18 mission": a plan
                # named by its noun, told at either side (not "is due home in late October")
                return "planned"
            # "The liftoff, initially planned for Sept. 11, was postponed": a plan's participle
            # with no auxiliary says nothing of when it was made
            unmarked = token.tag_ == "VBN" and not before & _AUXILIARIES
            if before & _FIRST_PLANS and not before & _AUXILIARIES and \
                    any(t.tag_ == "VBD" and t.i != token.i for t in token.sent):
                # "The launch, originally scheduled for Thursday, was delayed", "The launch initially set for
                # Sunday was postponed": a first plan's day, which the delay has passed
                return "past"
            if unmarked and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to" and doc[token.i + 2].tag_ == "VB" \
                    and not any(t.tag_ == "VBD" for t in token.sent):
                return "future"  # "a private mission scheduled to launch in October": the schedule stands
            return "planned" if before & {"was", "were"} or unmarked else "future"
        if token.lower_ in _BE_TO and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to" and \
                doc[token.i + 2].tag_ == "VB":
            # "are to launch in December" is a schedule; "was to dock on Friday" one told in the past
            return _BE_TO[token.lower_]
        if token.tag_ == "MD" and token.lower_ == "would":
            # "said the capsule would launch in May": a plan told in the past (not "would have launched")
            return "past" if token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "have" else "planned"
        if token.tag_ == "VBD":
            return "past"
        if token.tag_ == "VB" and token.i >= 2 and doc[token.i - 1].lower_ == "to" and (
                doc[token.i - 2].tag_ in {"VBZ", "VBP"} or (doc[token.i - 2].tag_ == "VBG" and not {
                    t.lower_ for t in doc[max(0, token.i - 4):token.i - 2]} & {"had", "was", "were", "been"})):
            # "astronauts waiting to hitch a ride home in February" (not "went on to fly in 1965", "had been
            # aiming to touch down on August 21")
            return "future"
        if token.tag_ == "VB" and token.i >= 2 and doc[token.i - 1].lower_ == "to" and \
                "for" in {t.lower_ for t in doc[max(token.sent.start, token.i - 1 - _FOR_TO_REACH):token.i - 1]}:
            return "future"  # "set the stage for the crew size at the outpost to double to six in May": a purpose
        if token.tag_ == "VBG" and before & {"is", "are", "'re", "am"} and \
                not (token.lower_ == "going" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to"):
            return "future"  # "are returning to Earth on Thursday": news's progressive is its coming days
            # (not "is going to": its own verb follows)
        if token.tag_ == "VBG" and token.i > 0 and doc[token.i - 1].lower_ in {"after", "since"}:
            # "is open for business today after delivering its payload on Saturday": the main clause before
            # it is told now, the delivery before it (not "will rest after landing", "After docking, they will")
            main = doc[token.sent.start:token.i - 1]
            if any(t.tag_ in _FINITE for t in main) and not any(t.tag_ == "MD" or t.lower_ in self.future_cues for t in main):
                return "past"
        if token.tag_ == "VBN" and before & {"had", "has", "have", "was", "were"}:
            return "past"
        if token.tag_ == "VBN" and before & {"is", "are", "am"}:
            return "present"  # "members are invited to a preview on Friday"
        if token.tag_ == "VBN" and not before & _AUXILIARIES and _main_verb(doc, token):
            return "past"  # "The capsule launched Thursday": a past verb the tagger took for a participle
        if token.tag_ in {"VBZ", "VBP"} and not (token.i + 1 < len(doc) and doc[token.i + 1].tag_ in {"VBN", "VBG"}):
            return "present"
        if token.tag_ == "NNS" and token.lower_ in self.verbs_read_as_nouns and token.i > token.sent.start and \
                (doc[token.i - 1].tag_ in {"NN", "NNP", "NNPS", "CD"} or
                 (doc[token.i - 1].tag_ == "JJ" and doc[token.i - 1].text[:1].isupper())) and \
                not any(t.tag_ in _FINITE for t in doc[token.sent.start:token.i]) and \
                not any(t.tag_ == "VBD" for t in doc[token.i + 1:token.sent.end]):
            return "present"  # "Crew-3 launches Wednesday": the verb the tagger took for a plural noun
        return None


def _main_verb(doc: Doc, token) -> bool:
    """A participle right after its subject with no finite verb before it, and none after it but one
    joined by "and" or "but": the sentence's main verb ("The crew launched from Jiuquan on Nov. 29 and
    were part of ..."), not a reduced relative ("A capsule launched in 2019 is on display")."""
    sent = token.sent
    if token.i == sent.start or doc[token.i - 1].pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    # a clause of its own after a comma: "will be launched on Thursday, a spokesman announced on Wednesday"
    clause = next((t.i + 1 for t in reversed(doc[sent.start:token.i]) if t.text == ","), sent.start)
    if any(t.tag_ in _FINITE for t in doc[clause:token.i]):
        return False
    # (not a relative clause's verb: "lifted off Sunday on a trip that is to last a week")
    after = next((t for t in doc[token.i + 1:sent.end] if t.tag_ in _FINITE
                  and not {w.lower_ for w in doc[max(token.i + 1, t.i - 2):t.i]} & _RELATIVES), None)
    return after is None or any(t.lower_ in {"and", "but"} for t in doc[max(token.i + 1, after.i - 2):after.i])



def _because_of(doc: Doc, token) -> bool:
    """"postponed due to an investigation": "due to" before a noun phrase gives a cause, not a plan
    ("is due to launch", "due to dock")."""
    return token.lower_ == "due" and token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to" and \
        doc[token.i + 2].tag_ in {"DT", "PRP$", "NNS", "JJ", "CD"}  # (not "due to dock", a verb read as a noun)


def pluperfect(doc: Doc, span: Span) -> bool:
    """The date's clause is in the past perfect: "who had come up in March" (not "Others had flown before,
    but when the crew arrived on Nov. 2": another clause's)."""
    start = max((t.i + 1 for t in doc[span.sent.start:span.start] if t.text == ";" or
                 (t.lower_ == "but" and t.i > span.sent.start and doc[t.i - 1].text == ",")), default=span.sent.start)
    return _had_participle(doc, start, span.start)


def pluperfect_clause(doc: Doc, offset: int) -> bool:
    """The date at `offset` stands in a clause in the past perfect: ", the same complex he had launched
    from in October 1962"."""
    token = doc.char_span(offset, offset + 1, alignment_mode="expand")
    if token is None:
        return False
    start = max((t.i for t in doc[token.sent.start:token.start] if t.text in {",", ";"}), default=token.sent.start)
    return _had_participle(doc, start, token.start)


def _had_participle(doc: Doc, start: int, end: int) -> bool:
    """"had" and a past participle among the tokens from `start` up to `end`."""
    return any(t.lower_ == "had" and t.i + 1 < end and doc[t.i + 1].tag_ == "VBN" for t in doc[start:end])
