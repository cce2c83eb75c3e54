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

from ...resources import load_json, load_jsonl
from .stated import StatedEvents

# Entity types a capitalised trigger word may be part of: "Shuttle Landing Facility", "Launch Complex 39".
_REPEAT = "repeat"  # a trigger ("followed on 31 October") that states again the event told just before
_NAME_ENTITIES = {"FAC", "ORG", "GPE", "LOC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}


_MARKING = {"marks", "marked", "mark"}
_SPANS_OF_TIME = {"anniversary", "anniversaries", "years", "year", "since", "ago", "decades"}  # "2015 marks 50 years since"
_YEAR = re.compile(r"1[89]\d\d|2[01]\d\d")


@dataclass(frozen=True)
class Trigger:
    event: str
    span: Span  # the trigger word or words only ("launched", not "was launched")
    stated: bool
    dated: bool = True  # False for a state told on the day of writing: "are back on solid ground"
    until: bool = False  # "did not dock until May 2022": the day after "until" is the event's
    capture: bool = False  # "was captured by the robotic arm": a berthing's first step, not its day


class TriggerFinder(StatedEvents):
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
        clause = self._clause_before(doc, span.start)
        cue = next((t for t in clause if t.lower_ in self.cues["commemoration_before"]), None)
        if cue is None or span[-1].tag_ not in {"NN", "NNS", "NNP", "NNPS"}:  # (a headline's "Of Spacelab-1 Launch")
            return False
        # (but "March 23, 1965 marks the launch of ...": a day with its year that marks the event is its day)
        return not (cue.lower_ in _MARKING and not any(t.lower_ in _SPANS_OF_TIME for t in clause) and
                    any(t.i < cue.i and t.ent_type_ == "DATE" and _YEAR.fullmatch(t.text) for t in clause))

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
        if first.tag_ == "VBG" and start >= 2 and doc[start - 1].tag_ == "NNS" and \
                doc[start - 1].lower_[:-1] in _GENERIC_FLYERS and doc[start - 2].lower_ in {"by", "for", "of", "with"}:
            return False  # "until it is used in the future by astronauts returning to Earth": flyers in general
        if first.tag_ == "NNS" and first.lower_ in self.cues["plural_event_nouns"] and \
                not any(j in craft_tokens for j in range(first.sent.start, first.sent.end)):
            return False  # "to ensure smooth launches and landings for all": events in general, no craft's
        if "not_purpose_of" in rule and start >= 2 and doc[start - 1].lower_ == "to" and \
                doc[start - 2].lower_ in rule["not_purpose_of"]:
            return False  # "its mission to bring back to Earth samples of sand": a purpose, no event
        if "needs_in_sentence" in rule and not any(t.lower_ in rule["needs_in_sentence"] for t in first.sent):
            return False  # "captured" docks a craft only where a robotic arm does it
        if rule.get("needs_station_in_sentence") and \
                not any(t.i in station_tokens or t.lower_ in self.cues["station_words"] for t in first.sent):
            return False  # "the station's arm released Cygnus", not "the shuttle's arm released Hubble"
            # (a station named or not: "released from the space station's robotic arm")
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
        if what == "docking_port":  # "made contact with the aft docking port"
            return doc[i].lower_ in {"port", "ports"} and i > 0 and doc[i - 1].lower_ == "docking"
        if what == "carried_craft":  # "rode Soyuz TMA-16 to the station", not "rode an Atlas rocket"
            return i in carried_tokens
        if what == "aboard_craft":  # "arrived aboard Soyuz T-5"
            return doc[i].lower_ in self.cues["aboard_words"] and any(
                j in craft_tokens for j in range(i + 1, min(i + 3, len(doc))))
        if what == "aboard_named_craft":  # "flew to the station aboard Soyuz TMA-13M", not "on a Soyuz"
            # (or a numbered flight after "a": "aboard a Soyuz MS-16 spacecraft", "aboard a Soyuz-MS 15")
            return doc[i].lower_ in self.cues["aboard_words"] and i + 2 < len(doc) and \
                (i + 1 in craft_tokens or (doc[i + 1].lower_ == "the" and i + 2 in craft_tokens) or
                 (doc[i + 1].lower_ in {"a", "an"} and i + 2 in craft_tokens and
                  any(t.like_num or any(c.isdigit() for c in t.text) for t in doc[i + 2:min(len(doc), i + 6)]
                      if t.i in craft_tokens)))
        raise ValueError(f"unknown 'needs_after' {what!r} in the event trigger patterns")

def _time_phrase(doc: Doc, span: Span) -> bool:
    """"Before the undocking, the crew closed the hatch on Thursday": an event noun that only times
    the clause after it, whose day is that clause's."""
    i = span.start
    timing = i >= 2 and (doc[i - 2].lower_ in _TIMING_WORDS or
                         (i >= 3 and doc[i - 2].lower_ in {"of", "to"} and doc[i - 3].lower_ in {"ahead", "prior"}))
    return span[-1].tag_ in {"NN", "NNS"} and timing and doc[i - 1].lower_ == "the" and \
        span.end < len(doc) and doc[span.end].text == ","


_TIMING_WORDS = {"before", "after", "following"}  # and "ahead of", "prior to"
_GENERIC_FLYERS = {"astronaut", "cosmonaut", "taikonaut", "crew", "tourist", "passenger", "traveller", "traveler"}

