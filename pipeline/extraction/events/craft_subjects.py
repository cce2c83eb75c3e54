"""Subjects of a trigger that are no craft the article names: something launched that is no craft
("the film was launched"), a rocket stage that lands (SPEC §6: no event), an earlier crew or another
programme's ("the last Apollo crew came home"), an indefinite craft ("the first time a spacecraft had
been landed by hand", "another SpaceX ship ..., putting"), and the definite or anaphoric craft noun
that points to one named before ("The spaceship was launched"); and the craft a homecoming "with the crew
of X" names. `event_crafts.CraftChooser` asks these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import normalize_name
from ...resources import load_jsonl
from .craft_clauses import AUXILIARIES, FINITE_VERBS, LAUNCH_VEHICLE, LIGHT_VERB_WORDS, word_before
from .craft_focus import MODIFIERS
from .docking_crafts import DockingCrafts
from ..people.finder import SPAN_KEY as PEOPLE_KEY
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY

if TYPE_CHECKING:
    from .triggers import Trigger

INDEFINITES = {"a", "an", "any", "no", "every"}
_DEFINITES = {"the", "these", "those", "their", "its", "both", "our", "his", "her", "all"}
_EARLIER_CREWS = {"last", "previous", "outgoing", "prior"}  # "the last crew to depart"
_FEW = {"several", "many", "some", "few"}  # "launch several more Soyuz" (a number word is like_num: "two more")


class CraftSubjects(DockingCrafts):
    def __init__(self, words: dict, gazetteer: str = "spacecraft.jsonl", families: str = "spacecraft_families.jsonl"):
        super().__init__(words, gazetteer)
        self.not_crafts = set(words["launched_not_crafts"])
        self.stages = set(words["landed_not_crafts"])  # "the first stage landed on the drone ship" (SPEC §6)
        self.payloads = set(words["payload_nouns"])  # "a microsatellite was launched" from the craft named
        # one-word names of crafts and programmes: "the last Apollo crew" where no Apollo is a craft here
        self.programmes = {e["name"] for e in load_jsonl(gazetteer) if " " not in e["name"]} | \
            {f["family"] for f in load_jsonl(families) if " " not in f["family"]}

    def other_subject(self, doc: Doc, trigger: Trigger) -> bool:
        """The word before the trigger is a title or names something launched that is no craft,
        or a landing's subject or object is a rocket stage."""
        i = word_before(doc, trigger.span, AUXILIARIES)
        if i is None:
            return False
        word = doc[i]
        if word.text == "," and i > trigger.span.sent.start and trigger.span[0].tag_ == "VBN":
            word = doc[i - 1]  # "the UAE Astronaut Programme, launched in April 2017 by ...": a participle's noun
        elif word.tag_ == "WDT" and i > trigger.span.sent.start:
            word = doc[i - 1]  # "the spare radiator that launched with it": the relative's noun
        return self._earlier_crews(doc, trigger) or _since_when(doc, trigger) or word.lower_ in self.not_crafts or \
            word.text in {'"', "”", "’", "»"} or self._stage_landed(doc, trigger)


    @staticmethod
    def others_subject(doc: Doc, trigger: Trigger) -> bool:
        """"setting the stage for four others to return to Earth next week aboard a second ship": other
        flyers than those the sentence follows, in a craft it does not name (not "A and three others
        launched", who fly with A)."""
        i = word_before(doc, trigger.span, AUXILIARIES | {"to"})
        if i is None or doc[i].lower_ != "others":
            return False
        while i > trigger.span.sent.start and (doc[i - 1].like_num or doc[i - 1].lower_ == "the"):
            i -= 1
        return i == trigger.span.sent.start or doc[i - 1].lower_ not in {"and", ",", "with"}

    def payload_subject(self, doc: Doc, trigger: Trigger) -> bool:
        """"the Progress, from which a scientific microsatellite was launched": a satellite no craft
        name covers is the subject, not the craft before it."""
        i = word_before(doc, trigger.span, AUXILIARIES)
        return i is not None and doc[i].lower_ in self.payloads and \
            not any(c.start <= i < c.end for c in doc.spans.get(SPACECRAFT_KEY, []))

    def _earlier_crews(self, doc: Doc, trigger: Trigger) -> bool:
        """"a day after the last crew to leave the station came home": the subject is a crew
        before the one the article follows, in a craft it does not name."""
        words = doc[trigger.span.sent.start:trigger.span.start]
        noun = next((t for t in reversed(words) if t.lower_ in self.crew_nouns), None)
        if noun is None or noun.i == words.start or doc[noun.i - 1].lower_ not in _EARLIER_CREWS:
            return False
        return not any(t.tag_ in FINITE_VERBS and t.lower_ not in AUXILIARIES for t in doc[noun.i + 1:trigger.span.start]) and \
            not any(noun.i < c.start < trigger.span.start for c in doc.spans.get(SPACECRAFT_KEY, []))


    @staticmethod
    def since_others(doc: Doc, trigger: Trigger) -> bool:
        """"Soyuz 32 is the first Soviet manned mission since A and B returned to Earth Nov. 2": people
        named as a "since" clause's subject after a first or a superlative made an earlier flight, in a
        craft the clause does not name."""
        sent = trigger.span.sent
        since = next((t.i for t in reversed(doc[sent.start:trigger.span.start]) if t.lower_ == "since"), None)
        if since is None or not any(t.ent_type_ == "ORDINAL" or t.tag_ == "JJS" for t in doc[sent.start:since]):
            return False
        if any(t.lower_ == "which" for t in doc[since + 1:trigger.span.start]) and \
                not any(since < c.start < trigger.span.start for c in doc.spans.get(SPACECRAFT_KEY, [])):
            return True  # "the first crewed flight since the October drama, which ended in an emergency landing"
        named = {i for p in doc.spans.get(PEOPLE_KEY, []) for i in range(p.start, p.end)}
        between = range(since + 1, trigger.span.start)
        return bool(named & set(between)) and \
            all(i in named or doc[i].lower_ in {"and", ","} or doc[i].lower_ in AUXILIARIES for i in between)

    @staticmethod
    def since_a_first(doc: Doc, trigger: Trigger, craft: Span) -> bool:
        """"marking the first nighttime splashdown by a U.S. crew since the Apollo 8 moonshot": a first
        event's noun, then "since" an earlier craft, whose event this is not."""
        sent = trigger.span.sent
        if not trigger.span.end <= craft.start < sent.end or \
                not any(t.lower_ == "since" for t in doc[trigger.span.end:craft.start]):
            return False
        return any(t.lower_ == "first" or t.tag_ == "JJS" for t in doc[max(sent.start, trigger.span.start - 4):trigger.span.start])

    def _stage_landed(self, doc: Doc, trigger: Trigger) -> bool:
        """"The first stage landed", "landed the booster": a stage's recovery is no landing (SPEC §6)."""
        if trigger.event != "landing":
            return False
        i = word_before(doc, trigger.span, AUXILIARIES)
        if i is not None and doc[i].lower_ in self.stages:
            return True
        # "The 162-foot booster used for Sunday's flight also landed": the sentence's subject, a
        # participle phrase after it, no finite verb before the trigger
        # (or a light verb's object: "Minutes later, the first-stage booster made a successful landing")
        sent = trigger.span.sent
        heads = [t for t in doc[sent.start:trigger.span.start] if t.tag_ in {"NN", "NNS"} and doc[t.i + 1].tag_ not in {"NN", "NNS"}]
        # (past an aside set off by commas: "said the booster, on its 14th flight, touched down on a drone ship")
        if any(head.lower_ in self.stages and _subject_phrase(doc, head) and
               not any(t.tag_ in FINITE_VERBS or (t.text == "," and not _set_off(doc, head.i, trigger.span.start))
                       for t in doc[head.i:trigger.span.start] if t.lower_ not in LIGHT_VERB_WORDS) for head in heads):
            return True
        for token in doc[trigger.span.end:min(trigger.span.sent.end, trigger.span.end + 4)]:
            if token.lower_ in self.stages:
                return True
            if token.tag_ not in {"DT", "PRP$", "JJ", "CD"} and token.lower_ != "first":
                return False
        return False


    def _another_programs_crew(self, doc: Doc, trigger: Trigger, crafts: list[Span]) -> bool:
        """The trigger's subject is the crew of a programme named as no craft of the article: "the last
        Apollo crew came home" in a story of Artemis II."""
        sent = trigger.span.sent
        craft_tokens = {i for c in crafts for i in range(c.start, c.end)}
        return any(t.lower_ in self.crew_nouns and t.i > sent.start and doc[t.i - 1].text in self.programmes and
                   t.i - 1 not in craft_tokens for t in doc[sent.start:trigger.span.start])


    def indefinite_object(self, doc: Doc, trigger: Trigger) -> bool:
        """"the launching of a seventh flight on Sept. 25": a noun's event of no craft in particular."""
        end = trigger.span.end
        words = [t for t in doc[end:min(len(doc), end + 5)] if not t.is_space]
        if len(words) >= 3 and (words[0].like_num or words[0].lower_ in _FEW) and words[1].lower_ == "more" \
                and (words[2].text[:1].isupper() or words[2].lower_.rstrip("s") in self.anaphors):
            return True  # "plans to launch four more ATVs": others of a class, no craft the text names
        if words and doc[trigger.span.start].tag_.startswith("VB") and words[0].tag_ == "NNS" and \
                words[0].lower_[:-1] in self.anaphors:
            return True  # "has successfully launched probes to explore Mars": a bare plural, craft in general
        if words and doc[trigger.span.start].tag_.startswith("VB") and \
                (words[0].lower_ in INDEFINITES or words[0].like_num):
            # "which involved launching a spy satellite", "the crew launched three commercial satellites": a
            # payload the text does not name (not a rocket's: "The PSLV launched three satellites")
            head = next((t for t in words[1:1 + MODIFIERS + 1] if t.lower_ in self.payloads), None)
            crafts = doc.spans.get(SPACECRAFT_KEY, [])
            sent_start = trigger.span.sent.start
            if head is not None and not any(end <= c.start < head.i for c in crafts) and not any(
                    c.label_ == LAUNCH_VEHICLE and sent_start <= c.start < trigger.span.start for c in crafts):
                return True
        if end + 1 < len(doc) and doc[end].lower_ == "of" and (doc[end + 1].like_num or doc[end + 1].lower_ in _FEW) and \
                any(t.lower_ in self.crew_nouns for t in doc[end + 1:min(len(doc), end + 4)]):
            return True  # "preparations for launch of four more astronauts Thursday": a crew counted, no craft named
        if end + 1 >= len(doc) or doc[end].lower_ != "of" or doc[end + 1].lower_ not in INDEFINITES | {"another"}:
            return False
        phrase = doc[end + 2:min(len(doc), end + 3 + MODIFIERS)]
        named = any(phrase.start <= c.start < phrase.end for c in doc.spans.get(SPACECRAFT_KEY, []))
        return not named and any(t.lower_ in self.anaphors for t in phrase)  # (not "the launch of a Soyuz spacecraft")

    def indefinite_subject(self, doc: Doc, trigger: Trigger) -> bool:
        """"the first time a spacecraft had been landed by hand", "US and Russian probes have
        managed to land": no craft in particular."""
        i = word_before(doc, trigger.span, AUXILIARIES)
        if i is None or i <= trigger.span.sent.start:
            return False
        if doc[trigger.span.start].tag_ == "VBG" and doc[i].text == ",":
            # "another SpaceX ship ferried A to the station, putting two of them in space": the participle's
            # subject is the sentence's
            opening = [t.lower_ for t in doc[trigger.span.sent.start:i]]
            return any(w == "another" and any(n in self.anaphors for n in opening[k + 1:k + 1 + MODIFIERS + 1])
                       for k, w in enumerate(opening))
        if doc[i].lower_ in {"that", "which"} and i - 1 > trigger.span.sent.start:
            i -= 1  # "one a Japanese spacecraft that was put in orbit": the relative's antecedent
        word, before = doc[i], doc[i - 1].lower_
        if self._indefinite_class(doc, doc[i:i + 1]):
            return True  # "the first time a Shenzhou had docked at the port"
        if word.tag_ == "NNS" and self.plural_craft_noun(word.lower_):
            return before not in _DEFINITES and not doc[i - 1].like_num  # not "the capsules", "two probes"
        j = i - 1  # "a supply ship", "a Soviet cargo ship": past the noun's modifiers to its article
        while j > trigger.span.sent.start and i - j <= MODIFIERS and doc[j].tag_ in {"NN", "JJ", "NNP", "HYPH"}:
            j -= 1
        return word.lower_ in self.anaphors and doc[j].lower_ in INDEFINITES


    def definite_subject(self, doc: Doc, trigger: Trigger) -> bool:
        """"The spaceship was launched from Baikonur": a craft noun after "the" or "this"."""
        i = trigger.span.start - 1
        while i > trigger.span.sent.start and (doc[i].lower_ in AUXILIARIES or doc[i].tag_ == "RB"):
            i -= 1  # "was almost certainly launched"
        if i <= trigger.span.sent.start or doc[i].lower_ not in self.anaphors:
            return False
        j = i - 1
        while j > trigger.span.sent.start and i - j <= MODIFIERS and doc[j].tag_ in {"NN", "JJ", "NNP", "HYPH"}:
            j -= 1
        return doc[j].lower_ in {"the", "this"}


    def _indefinite_class(self, doc: Doc, craft: Span, modified: bool = False) -> bool:
        """"a Shenzhou", "a Crew Dragon": a vehicle class after an indefinite article (`modified`: and
        its modifiers, "a refurbished Crew Dragon")."""
        i = craft.start - 1
        while modified and i > craft.sent.start and craft.start - i <= MODIFIERS and doc[i].tag_ in {"JJ", "VBN"}:
            i -= 1
        return i >= craft.sent.start and doc[i].lower_ in INDEFINITES and normalize_name(craft.text) in self.classes


    def plural_craft_noun(self, word: str) -> bool:
        """"capsules", "probes": the plural of a craft noun, a class of craft rather than one."""
        return word.endswith("s") and word[:-1] in self.anaphors and word not in self.anaphors


    def _anaphoric_subject(self, doc: Doc, trigger: Trigger) -> bool:
        """"The shuttle docked", "it landed": the subject is a craft named before."""
        i = word_before(doc, trigger.span, AUXILIARIES)
        return i is not None and doc[i].lower_ in self.anaphors

    def _with_crew_of(self, doc: Doc, trigger: Trigger, in_sentence: list[Span]) -> Span | None:
        """A homecoming "with the crew of (the) X" after the trigger: X, the craft that crew flies home."""
        if trigger.event not in ("landing", "undocking"):
            return None
        sent = trigger.span.sent
        for token in doc[trigger.span.end:sent.end]:
            words = [t.lower_ for t in doc[token.i:min(sent.end, token.i + 5)]]
            if words[:1] != ["with"]:
                continue
            words = [w for w in words[1:] if w not in {"the", "its", "their"}]  # "with (the) crew of (the) X"
            if len(words) < 2 or words[0] not in self.crew_nouns or words[1] != "of":
                continue
            return next((c for c in in_sentence if token.i < c.start <= token.i + 5), None)
        return None


def _set_off(doc: Doc, head: int, trigger: int) -> bool:
    """Two commas between a subject and its verb, one right after the subject and one right before the
    verb: an aside ("the booster, on its 14th flight, touched down")."""
    commas = [t.i for t in doc[head:trigger] if t.text == ","]
    return len(commas) == 2 and commas[0] == head + 1 and commas[1] == trigger - 1


def _subject_phrase(doc: Doc, head) -> bool:
    """The noun phrase of `head` follows no preposition and no participle: "the booster" (not "carried by
    the booster", nor the object of "setting the stage for a splashdown")."""
    i = head.i - 1
    while i >= head.sent.start and doc[i].tag_ in {"DT", "JJ", "NNP", "CD", "HYPH", "NN", "NNS", "POS", "PRP$"}:
        i -= 1
    return i < head.sent.start or doc[i].tag_ not in {"IN", "VBG"}


def _since_when(doc: Doc, trigger: Trigger) -> bool:
    """"have had the station to themselves since June 2 when three other crew members departed and returned
    to Earth": the "when" clause of a point the sentence counts from tells of an earlier flight, in a craft it
    does not name."""
    words = doc[trigger.span.sent.start:trigger.span.start]
    since = next((t.i for t in reversed(words) if t.lower_ == "since"), None)
    if since is None or not any(t.lower_ == "when" for t in doc[since + 1:trigger.span.start]):
        return False
    return not any(since < c.start < trigger.span.start for c in doc.spans.get(SPACECRAFT_KEY, []))
