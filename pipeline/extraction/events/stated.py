"""Whether a trigger's words say its event happened or is going to (SPEC §6): not negated, hoped
for, conditional, a habit, a goal ("the call to land a man on the moon", "its ability to land"), a
prospect, the one thing not done ("everything but the docking"), cancelled, aborted, a state ("remains
docked"), a trade ("the business of launching people"), a description of who someone is ("the second
Soviet cosmonaut to reach orbit"). `triggers.TriggerFinder` marks each trigger `stated` by it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...normalize import doc_text
from ...resources import load_json
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

_BE = {"is", "are", "was", "were", "been"}
_WEEKDAYS = set(load_json("date_words.json")["weekdays"])
_NEGATION_REACH = 6  # tokens before a trigger read for "not", "could", "hopes to"
_HOPE_REACH = 12  # ... and for "hopes that <someone> will"
_TRIAL_REACH = 4  # words of "the undocking and" between a verb of trial and its trigger noun
_SPACEWALK_REACH = 12  # tokens after "left the station" read for "for a spacewalk"
_NOT = {"not", "n't"}
_RECORD_MODIFIERS = 3  # words between an ordinal and its person noun: "the second Soviet cosmonaut to reach orbit"
_AUXILIARY_VERBS = {"has", "have", "had", "did", "does", "do", "is", "was", "will", "ca", "wo"}  # ("ca" of "can't")
_UNTIL_REACH = 4  # tokens after a negated trigger read for "until": "did not dock with it until"
_CANCEL_REACH = 5  # tokens after it read for "was scrubbed", "the docking failed"
_FOR_HOME = re.compile(r"\s+for\s+(?:home\b|(?:a|the|their|its|his|her)\s+(?:[\w.-]+\s+){0,3}?(?:return|homeward)\b)",
                       re.IGNORECASE)
# "a capsule system used for both docking and returning safely to Earth": what a craft is for (not past a
# comma: "Kristall, fitted with a unit designed for Buran, docked on June 10, 1990")
_PURPOSE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in load_json("event_cues.json")["purpose_phrases_before"]) +
                      r")\b[^.;,]*$", re.IGNORECASE)
_PURPOSE_CHARS = 80  # characters before a trigger read for its purpose phrase
_GERUND_PREPOSITIONS = {"of", "in", "at", "for"}  # "the business of launching people"
_EXCEPTED = re.compile(r"\b(?:everything|all|anything)\s+(?:but|except(?:\s+for)?)\s+(?:the\s+|a\s+|an\s+)?$|"
                       r"\bexcept(?:\s+for)?\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


class StatedEvents:
    """(Needs the finder's `cues`, the words of data/event_cues.json.)"""

    def _trial_object(self, doc: Doc, span: Span) -> bool:
        """The trigger noun is what a verb of trial takes: "to test the undocking and docking", "simulated a
        landing" (not "the test flight launched")."""
        i = span.start - 1
        while i >= max(span.sent.start, span.start - _TRIAL_REACH) and doc[i].tag_ in {"DT", "CC", "NN", "JJ"}:
            i -= 1
        return i >= span.sent.start and i < span.start - 1 and doc[i].lower_ in self.cues["trial_verbs"] and \
            doc[i].pos_ == "VERB"

    def _stated(self, doc: Doc, span: Span, event: str) -> bool:
        before = self._clause_before(doc, span.start)
        words = {t.lower_ for t in before}
        if self._not_until(doc, span):
            words -= _NOT  # "OFT-2 did not dock until May 2022": it docked then
        if "would" in words and (self._reported_future(doc, span) or (
                "if" not in words and "have" not in words and self._dated_noun(doc, span, verbs=True))):
            # "said in May that the freighter would launch in June", "The mission would see the lander make a
            # soft-landing ... on September 7": a schedule reported (not "if", nor "would have landed")
            words.discard("would")
        if "should" in words and self._dated_noun(doc, span, verbs=True):
            words.discard("should")  # "should reach the station on Monday": a schedule, not a wish
        if event == "launch" and span.start > 0 and doc[span.start - 1].lower_ == "failed":
            words.discard("failed")  # "a failed launch in April": it flew, and failed (not "failed to launch")
        if words & (self.cues["negation_before"] | self.cues["hypothetical_before"] | self.cues["habitual_before"]):
            return False  # (nor a habit: "I always took off focused on the mission")
        if span.start > 0 and span[0].tag_ == "VBG" and doc[span.start - 1].lower_ in self.cues["series_verbs_before"]:
            return False  # "since the company began sending astronauts to orbit in May 2020": a run of flights
        if span.start > 1 and doc[span.start - 1].lower_ == "to" and doc[span.start - 2].pos_ == "NOUN" and \
                doc[span.start - 2].lower_ in self.cues["goal_nouns_before"]:
            return False  # "Kennedy's 1961 call to land a man on the moon": a goal, not a landing
        if self._trial_object(doc, span):
            return False  # "to test the undocking and docking of the lunar module": a manoeuvre tried, no event told
        if self._record_holder(doc, span):
            return False  # "the second Soviet cosmonaut to reach orbit, German Titov": who someone is
        wide = list(reversed(self._clause_before(doc, span.start, _HOPE_REACH)))
        if any(t.lower_ in self.cues["hypothetical_before"] and nxt.lower_ == "that" for t, nxt in zip(wide, wide[1:])):
            return False  # "ESA hopes that one of its astronauts will launch on ..."
        wide_text = " ".join(t.lower_ for t in wide)
        if any(phrase in wide_text for phrase in self.cues["prospect_phrases_before"]) and \
                not self._dated_noun(doc, span):
            return False  # "cleared the way for NASA to dock with the Russian station": a prospect
            # (not "cleared the way for the launch Dec. 18 of Columbia": a scheduled event)
        if _PURPOSE.search(doc_text(doc), max(span.sent.start_char, span.start_char - _PURPOSE_CHARS),
                                span.start_char) and not self._dated_noun(doc, span):
            return False  # "a capsule system used for both docking and returning safely to Earth": what it is for
        if _EXCEPTED.search(doc_text(doc), max(0, span.start_char - 30), span.start_char):
            return False  # "rehearsed everything but the docking": the one thing not done
        destroyed = self.cues["destroyed_before_landing"]
        if event == "landing" and any(t.lower_ in destroyed for t in doc[span.sent.start:span.start]):
            return False  # "Columbia was destroyed on February 1, 2003, on its return to Earth"
        if event == "launch" and _FOR_HOME.match(doc_text(doc), span.end_char):
            return False  # "took off for a 22.5-hour return journey to Earth": a departure for home
        if self._as_a_trade(doc, span):
            return False  # "the business of launching people": what someone does, not an event
        if "had" in words and words & self.cues["unrealised_plans"]:
            return False  # "had been set to launch on Oct. 31" (and then slipped)
        if words & {"was", "were"} and words & self.cues["unrealised_past_plans"]:
            return False  # "the third mission that was meant to land on the Moon"
        opening = span.start - len(before) - 1  # the word that opens the clause: "before", "when"
        if opening >= 0 and doc[opening].lower_ == "before" and words & {"was", "were"} and \
                words & self.cues["unrealised_plans"]:
            return False  # "broke up 16 minutes before it was due to touch down": a plan something cut short
        if words & {"originally", "initially"} and words & {"was", "were"} and \
                (words | {t.lower_ for t in span}) & self.cues["unrealised_plans"]:
            return False  # "were originally expected back on Earth in June, but ...": a plan given up
        if "originally" in words and span.start > 0 and doc[span.start - 1].lower_ == "to":
            return False  # "was originally to fly in June", "originally due to come home on ..."
        done = {t.lower_ for t in doc[span.end:min(span.end + 3, span.sent.end)]} & self.cues["docking_done_after"]
        if event == "docking" and words & self.cues["docking_failed_before"] and not done:
            return False  # (not "a manual approach was attempted, with docking completed at 17:33")
        if event == "docking" and span[0].lower_ in {"docked", "attached"} and words & self.cues["docked_state_before"]:
            return False  # "remains docked at Zvezda", "18 days spent docked", "was still attached": a state
        if event == "docking" and span[0].lower_ in {"docked", "attached"} and \
                {t.lower_ for t in doc[max(span.sent.start, span.start - 2):span.start]} >= {"already"} and \
                {t.lower_ for t in doc[max(span.sent.start, span.start - 2):span.start]} & _BE:
            return False  # "where its sister ship already is docked" (not "has already docked")
        if event == "docking" and span[0].lower_ in {"docked", "attached"} and self._modifies_an_object(doc, span):
            return False  # "docked with a Zvezda service module attached to the ISS": the module's state
        after = [t.lower_ for t in doc[span.end:min(span.end + _CANCEL_REACH, span.sent.end)]]
        if any(w in self.cues["cancelled_after"] for w in after):
            return False
        if "called" in after and "off" in after:
            return False
        if self._noun_not_happened(doc, span):
            return False  # "The docking itself has not happened yet"
        if event == "undocking" and self._spacewalk_after(doc, span):
            return False  # "he will leave the station with X for a 6-hour spacewalk": no craft leaves
        if event == "docking" and any(w in self.cues["docking_failed_after"] for w in after[:3]):
            return False
        return True

    @staticmethod
    def _record_holder(doc: Doc, span: Span) -> bool:
        """"the second Soviet cosmonaut to reach orbit": an ordinal's person described by the trigger, in a
        sentence that names no craft for it to be an event of (not "the first Briton to fly on Soyuz TM-12")."""
        if span.start < 3 or doc[span.start - 1].lower_ != "to":
            return False
        head = doc[span.start - 2]
        ordinal = next((t for t in doc[max(span.sent.start, span.start - 2 - _RECORD_MODIFIERS):span.start - 2]
                        if t.ent_type_ == "ORDINAL" or t.lower_ in {"only", "last", "youngest", "oldest"}), None)
        crafts = doc.spans.get(SPACECRAFT_KEY, [])
        return ordinal is not None and head.pos_ == "NOUN" and \
            not any(span.sent.start <= c.start < span.sent.end for c in crafts)

    @staticmethod
    def _modifies_an_object(doc: Doc, span: Span) -> bool:
        """The participle follows, with no verb of its own, a noun phrase a preposition opens: "with a
        Zvezda service module attached to the ISS" (not "the Soyuz attached itself", a verb)."""
        i = span.start - 1
        if i <= span.sent.start or doc[i].pos_ not in {"NOUN", "PROPN"} or span[0].tag_ != "VBN":
            return False
        while i > span.sent.start and doc[i - 1].pos_ in {"NOUN", "PROPN", "ADJ", "DET", "NUM"}:
            i -= 1
        return i > span.sent.start and doc[i - 1].pos_ == "ADP"

    def _noun_not_happened(self, doc: Doc, span: Span) -> bool:
        """An event noun its clause says has not come about: "the docking itself has not happened
        yet", "the landing hasn't taken place", "the launch has never been scheduled"."""
        if span[-1].tag_ not in {"NN", "NNS"}:
            return False
        after = [t.lower_ for t in doc[span.end:min(span.end + _NEGATION_REACH, span.sent.end)]]
        aux = next((i for i, w in enumerate(after[:3]) if w in _AUXILIARY_VERBS), None)
        if aux is None or aux + 1 >= len(after) or after[aux + 1] not in _NOT | {"never"}:
            return False
        rest = [w for w in after[aux + 2:] if w != "yet"]
        return bool(rest) and rest[0] in self.cues["negated_noun_after"]

    def _reported_future(self, doc: Doc, span: Span) -> bool:
        """"would" right before the trigger in a "that" clause a verb of saying opens: "NASA announced
        in May that the freighter would launch in June" (not "if it would launch")."""
        before = [t.lower_ for t in doc[span.sent.start:span.start]]
        if "would" not in before[-3:] or "if" in before:
            return False
        that = max((i for i, w in enumerate(before) if w == "that"), default=None)
        return that is not None and any(w in self.cues["speech_after"] for w in before[max(0, that - 4):that])

    def _as_a_trade(self, doc: Doc, span: Span) -> bool:
        """"back in the business of launching people", "capable of launching satellites": a gerund after
        a preposition, its object a bare plural of a generic kind, counted or not ("the dream of docking
        two spacecraft")."""
        after = span.end + (span.end + 1 < span.sent.end and doc[span.end].like_num)
        return span[-1].lower_.endswith("ing") and span.start > span.sent.start and \
            doc[span.start - 1].lower_ in _GERUND_PREPOSITIONS and after < span.sent.end and \
            doc[after].lower_ in self.cues["generic_objects"]

    def _not_until(self, doc: Doc, span: Span) -> bool:
        """"did not dock until May 2022", "wasn't launched until 1998": "not" before the trigger and
        "until" right after it (or its object) say when the event did happen."""
        if not {t.lower_ for t in self._clause_before(doc, span.start)} & _NOT:
            return False
        after = [t.lower_ for t in doc[span.end:min(span.end + _UNTIL_REACH, span.sent.end)]]
        return any(w in self.cues["negation_lifted_after"] for w in after)

    @staticmethod
    def _dated_noun(doc: Doc, span: Span, verbs: bool = False) -> bool:
        """An event noun (or with `verbs`, any trigger) with a day after it in its sentence: "the launch
        Dec. 18 of Columbia" (or a verb's day fronted: "On July 20, Armstrong would land the Eagle")."""
        opens = span.sent.start_char if verbs else span.end_char
        return (verbs or span[-1].tag_ in {"NN", "NNS"}) and (any(
            opens <= d.start < span.sent.end_char and len(d.value) == 10 for d in doc._.dates) or (
            verbs and any(t.text in _WEEKDAYS for t in doc[span.end:span.sent.end])))  # (a weekday no year resolves)

    def _spacewalk_after(self, doc: Doc, span: Span) -> bool:
        after = " ".join(t.lower_ for t in doc[span.end:min(span.end + _SPACEWALK_REACH, span.sent.end)])
        return any(re.search(r"\b" + re.escape(w) + r"\b", after) for w in self.cues["spacewalk_words"])

    def _clause_before(self, doc: Doc, start: int, reach: int = _NEGATION_REACH) -> list:
        tokens = []
        sent_start = doc[start].sent.start
        for i in range(start - 1, max(sent_start, start - reach) - 1, -1):
            coordinated = doc[i].lower_ == "and" and i - 2 >= sent_start and doc[i - 2].lower_ == "to"
            if (doc[i].lower_ in self.cues["clause_breaks"] and not coordinated) or doc[i].text in {",", "."}:
                break  # (not the "and" of "to rendezvous and dock": one infinitive phrase)
            tokens.append(doc[i])
        return tokens
