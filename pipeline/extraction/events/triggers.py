"""Event triggers: the words that state a launch, docking, undocking or landing.

Token patterns per event type live in data/event_triggers.jsonl; the words
read around them (negation, hypotheses, cancellations) in data/event_cues.json.
`TriggerFinder.find(doc)` gives every trigger in text order, each marked
`stated` when the text says the event happened or is going to happen ("will
launch", "is set to dock") and not when it is negated, hoped for, conditional,
cancelled or, for a docking, aborted (SPEC §6). Tense decides nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

from ...normalize import doc_text
from ...resources import load_json, load_jsonl
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

_BE = {"is", "are", "was", "were", "been"}
_NEGATION_REACH = 6  # tokens before a trigger read for "not", "could", "hopes to"
_HOPE_REACH = 12  # ... and for "hopes that <someone> will"
_SPACEWALK_REACH = 12  # tokens after "left the station" read for "for a spacewalk"
_NOT = {"not", "n't"}
_RECORD_MODIFIERS = 3  # words between an ordinal and its person noun: "the second Soviet cosmonaut to reach orbit"
_AUXILIARY_VERBS = {"has", "have", "had", "did", "does", "do", "is", "was", "will", "ca", "wo"}  # ("ca" of "can't")
_UNTIL_REACH = 4  # tokens after a negated trigger read for "until": "did not dock with it until"
_CANCEL_REACH = 5  # tokens after it read for "was scrubbed", "the docking failed"
_FOR_HOME = re.compile(r"\s+for\s+(?:home\b|(?:a|the|their|its|his|her)\s+(?:[\w.-]+\s+){0,3}?(?:return|homeward)\b)",
                       re.IGNORECASE)
_GERUND_PREPOSITIONS = {"of", "in", "at", "for"}  # "the business of launching people"
# Entity types a capitalised trigger word may be part of: "Shuttle Landing Facility", "Launch Complex 39".
_REPEAT = "repeat"  # a trigger ("followed on 31 October") that states again the event told just before
_NAME_ENTITIES = {"FAC", "ORG", "GPE", "LOC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}


@dataclass(frozen=True)
class Trigger:
    event: str
    span: Span  # the trigger word or words only ("launched", not "was launched")
    stated: bool
    dated: bool = True  # False for a state told on the day of writing: "are back on solid ground"
    until: bool = False  # "did not dock until May 2022": the day after "until" is the event's
    capture: bool = False  # "was captured by the robotic arm": a berthing's first step, not its day
_EXCEPTED = re.compile(r"\b(?:everything|all|anything)\s+(?:but|except(?:\s+for)?)\s+(?:the\s+|a\s+|an\s+)?$|"
                       r"\bexcept(?:\s+for)?\s+(?:the\s+|a\s+|an\s+)?$", re.IGNORECASE)


class TriggerFinder:
    def __init__(self, nlp: Language, patterns: str = "event_triggers.jsonl", cues: str = "event_cues.json"):
        self.matcher = Matcher(nlp.vocab)
        self.rules = list(load_jsonl(patterns))
        for index, rule in enumerate(self.rules):
            self.matcher.add(str(index), [rule["pattern"]])
        # A matcher tries every pattern it holds at every token it is given, so each word a trigger
        # can open with gets a matcher of only the patterns that open with it, run from that word on.
        self.by_first_word: dict[str, tuple[Matcher, int]] | None = self._by_first_word(nlp, self.rules)
        words = load_json(cues)
        self.cues = {key: set(value) for key, value in words.items() if isinstance(value, list)}

    def find(self, doc: Doc, station_tokens: set[int], craft_tokens: set[int] = frozenset(),
             carried_tokens: set[int] = frozenset()) -> list[Trigger]:
        """Triggers in text order; `station_tokens`, `craft_tokens` and `carried_tokens` are the
        tokens of space station, of all spacecraft and of all but rocket mentions: "arrived at the
        ISS" and "arrived aboard Soyuz T-5" are dockings, "arrived at Baikonur" is not."""
        found: list[tuple[int, int, dict]] = []
        for match in self._matches(doc):
            start, end, rule = match.start, match.end, self.rules[int(match.label_)]
            if self._fits(doc, start, end, rule, station_tokens, craft_tokens, carried_tokens):
                found.append((start, start + rule.get("trigger_tokens", end - start), rule))
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        triggers, taken = [], -1
        for start, end, rule in found:
            if start <= taken:
                continue  # a shorter or overlapping match of the same words
            taken = end - 1
            span = Span(doc, start, end, label=rule["event"])
            event = rule["event"]
            if event == _REPEAT:
                event = self._repeated(doc, span, triggers)
                if event is None:
                    continue
                span = Span(doc, start, end, label=event)
            triggers.append(Trigger(event, span, self._stated(doc, span, event),
                                    dated=not rule.get("state", False) and not self._commemorated(doc, span)
                                    and not _time_phrase(doc, span), until=self._not_until(doc, span),
                                    capture=rule.get("capture", False)))
        return triggers

    def _commemorated(self, doc: Doc, span: Span) -> bool:
        """"an exhibit celebrating the first crewed lunar landing", "the 50th anniversary of the launch":
        an event noun a commemoration names happened before the day its sentence tells of."""
        return span[-1].tag_ in {"NN", "NNS"} and any(
            t.lower_ in self.cues["commemoration_before"] for t in self._clause_before(doc, span.start))

    @staticmethod
    def _repeated(doc: Doc, span: Span, earlier: list[Trigger]) -> str | None:
        """"Wentian was launched on 24 July ... Its companion, Mengtian, followed on 31 October":
        "followed" states again the event the text has just told of: the nearest one before it in
        its sentence, else the first of the sentence before (its leading event, not "and docked")."""
        sent = span.sent
        same = [t for t in earlier if sent.start <= t.span.start < span.start]
        if same:
            return same[-1].event
        if sent.start == 0:
            return None
        before = doc[sent.start - 1].sent
        previous = [t for t in earlier if before.start <= t.span.start < before.end]
        return previous[0].event if previous else None

    @staticmethod
    def _by_first_word(nlp: Language, rules: list[dict]) -> dict[str, tuple[Matcher, int]] | None:
        """Each first word's matcher (its patterns keep their rule numbers) and the most tokens
        one of them can match; None when a pattern may open with any word or has no bound
        ("+", "*"): then the whole Doc goes through the one matcher."""
        openers: dict[str, list[int]] = {}
        for index, rule in enumerate(rules):
            lower = rule["pattern"][0].get("LOWER")
            if isinstance(lower, str):
                words = [lower]
            elif isinstance(lower, dict) and set(lower) == {"IN"}:
                words = lower["IN"]
            else:
                return None
            if any(token.get("OP", "1") in {"+", "*"} for token in rule["pattern"]):
                return None
            for word in words:
                openers.setdefault(word, []).append(index)
        matchers = {}
        for word, indices in openers.items():
            matcher = Matcher(nlp.vocab)
            for index in indices:
                matcher.add(str(index), [rules[index]["pattern"]])
            matchers[word] = (matcher, max(TriggerFinder._length(rules[index]) for index in indices))
        return matchers

    @staticmethod
    def _length(rule: dict) -> int:
        """The most tokens the rule's (bounded) pattern can match."""
        length = 0
        for token in rule["pattern"]:
            op = token.get("OP", "1")
            length += int(op.strip("{}").split(",")[-1]) if op.startswith("{") else 1
        return length

    def _matches(self, doc: Doc) -> list[Span]:
        """The matcher's spans in text order (the matcher costs most of this component)."""
        if self.by_first_word is None:
            return list(self.matcher(doc, as_spans=True))
        found: list[Span] = []
        for sent in doc.sents:
            for token in sent:
                opener = self.by_first_word.get(token.lower_)
                if opener is None:
                    continue
                matcher, longest = opener
                found.extend(span for span in matcher(doc[token.i:min(sent.end, token.i + longest)], as_spans=True)
                             if span.start == token.i)
        return found

    def _fits(self, doc: Doc, start: int, end: int, rule: dict, station_tokens: set[int],
              craft_tokens: set[int], carried_tokens: set[int]) -> bool:
        first = doc[start]
        if rule["event"] == "docking" and start > 1 and doc[start - 1].text in {"-", "‐"} and doc[start - 2].lower_ == "un":
            return False  # "un-docked": the undocking rule's
        if first.is_title and not first.is_sent_start and (first.ent_type_ in _NAME_ENTITIES or start in craft_tokens):
            return False  # a word of a name: "Satellite Launch Vehicle"
        after = doc[end].lower_ if end < len(doc) else ""
        if after in rule.get("not_before", ()) and end not in craft_tokens:
            return False  # "launch pad", "docking port", "landing site" (not "launched Crew Dragon")
        if after == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in rule.get("not_before", ()):
            return False
        if "after_words" in rule and (start == 0 or doc[start - 1].lower_ not in rule["after_words"]):
            return False  # "are back on solid ground", not "Back on Earth, engineers ..."
        if start > 0 and doc[start - 1].lower_ in rule.get("not_after", ()):
            return False  # "It was followed a few minutes later by hard capture": a passive
        unwanted = rule.get("not_followed_by")
        if unwanted and any(t.lower_ in unwanted["words"] for t in doc[end:min(end + unwanted["reach"], len(doc))]):
            return False  # "followed in her footsteps"
        words_after = " ".join(t.lower_ for t in doc[end:min(end + unwanted["reach"], len(doc))]) if unwanted else ""
        if unwanted and any(f" {phrase} " in f" {words_after} " for phrase in unwanted.get("phrases", ())):
            return False  # "leaving the station without a crew": a state the station is left in
        if "infinitive_after" in rule and start >= 2 and doc[start - 1].lower_ == "to" and \
                doc[start - 2].lower_ not in rule["infinitive_after"]:
            return False  # "the first mission to carry people", "hired to carry its astronauts": a purpose
        if "not_participle_of" in rule and start > 0 and doc[start - 1].text == "," and \
                any(t.lower_ in rule["not_participle_of"] for t in doc[first.sent.start:start]):
            return False  # "Endeavour approaches the station, carrying four astronauts to it": an arrival told
        if first.tag_ == "NNS" and first.lower_ in self.cues["plural_event_nouns"] and \
                not any(j in craft_tokens for j in range(first.sent.start, first.sent.end)):
            return False  # "to ensure smooth launches and landings for all": events in general, no craft's
        if "not_purpose_of" in rule and start >= 2 and doc[start - 1].lower_ == "to" and \
                doc[start - 2].lower_ in rule["not_purpose_of"]:
            return False  # "its mission to bring back to Earth samples of sand": a purpose, no event
        if "needs_in_sentence" in rule and not any(t.lower_ in rule["needs_in_sentence"] for t in first.sent):
            return False  # "captured" docks a craft only where a robotic arm does it
        if rule.get("needs_station_in_sentence") and not any(t.i in station_tokens for t in first.sent):
            return False  # "the station's arm released Cygnus", not "the shuttle's arm released Hubble"
        needs = rule.get("needs_after")
        if needs:
            # from the trigger's end: "rode Soyuz TMA-16 to" holds its craft inside the match
            # ("from_end": after the match only: "take three cosmonauts to the station", not "brought
            # the crew on the station to eleven")
            first = end if needs.get("from_end") else start + rule.get("trigger_tokens", end - start)
            window = range(first, min(end + needs["reach"], doc[start].sent.end))
            if any(self._is(doc, i, what, station_tokens, craft_tokens, carried_tokens)
                   for what in needs["what"] for i in window):
                return True
            # "an unmanned cargo ship Progress 11 arrived with fresh supplies": a craft named right before
            # arrives at the station unless the words after give it another place ("at the launch pad")
            elsewhere = needs.get("or_craft_before_unless")
            return elsewhere is not None and start - 1 in carried_tokens and start - 1 not in station_tokens and \
                not any(doc[i].lower_ in elsewhere for i in window)  # (not "the crew sent to Tiangong arrived")
        return True

    def _is(self, doc: Doc, i: int, what: str, station_tokens: set[int], craft_tokens: set[int],
            carried_tokens: set[int]) -> bool:
        if what == "station":
            return i in station_tokens or doc[i].lower_ in self.cues["station_words"]
        if what == "station_name":  # "separated from the space station core module Tianhe", not "the orbiting capsule"
            return i in station_tokens or doc[i].lower_ == "station"
        if what == "site":
            return doc[i].lower_ in self.cues["launch_sites"]
        if what == "ground":  # "the descent module settled on the steppe"
            return doc[i].lower_ in self.cues["landing_grounds"]
        if what == "carried_craft":  # "rode Soyuz TMA-16 to the station", not "rode an Atlas rocket"
            return i in carried_tokens
        if what == "aboard_craft":  # "arrived aboard Soyuz T-5"
            return doc[i].lower_ in self.cues["aboard_words"] and any(
                j in craft_tokens for j in range(i + 1, min(i + 3, len(doc))))
        if what == "aboard_named_craft":  # "flew to the station aboard Soyuz TMA-13M", not "on a Soyuz"
            # (or a numbered flight after "a": "aboard a Soyuz MS-16 spacecraft")
            return doc[i].lower_ in self.cues["aboard_words"] and i + 2 < len(doc) and \
                (i + 1 in craft_tokens or (doc[i + 1].lower_ == "the" and i + 2 in craft_tokens) or
                 (doc[i + 1].lower_ in {"a", "an"} and i + 2 in craft_tokens and
                  any(t.like_num or any(c.isdigit() for c in t.text) for t in doc[i + 2:min(len(doc), i + 5)]
                      if t.i in craft_tokens)))
        raise ValueError(f"unknown 'needs_after' {what!r} in the event trigger patterns")

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
        if span.start > 1 and doc[span.start - 1].lower_ == "to" and doc[span.start - 2].pos_ == "NOUN" and \
                doc[span.start - 2].lower_ in self.cues["goal_nouns_before"]:
            return False  # "Kennedy's 1961 call to land a man on the moon": a goal, not a landing
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
        Dec. 18 of Columbia"."""
        return (verbs or span[-1].tag_ in {"NN", "NNS"}) and any(
            span.end_char <= d.start < span.sent.end_char and len(d.value) == 10 for d in doc._.dates)

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


def _time_phrase(doc: Doc, span: Span) -> bool:
    """"Before the undocking, the crew closed the hatch on Thursday": an event noun that only times
    the clause after it, whose day is that clause's."""
    i = span.start
    timing = i >= 2 and (doc[i - 2].lower_ in _TIMING_WORDS or
                         (i >= 3 and doc[i - 2].lower_ in {"of", "to"} and doc[i - 3].lower_ in {"ahead", "prior"}))
    return span[-1].tag_ in {"NN", "NNS"} and timing and doc[i - 1].lower_ == "the" and \
        span.end < len(doc) and doc[span.end].text == ","


_TIMING_WORDS = {"before", "after", "following"}  # and "ahead of", "prior to"

