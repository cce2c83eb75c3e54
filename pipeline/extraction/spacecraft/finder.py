"""Spacecraft: gazetteer names and numbered families, canonical names and kinds.

Matching is done on the text with regular expressions rather than token
patterns because the tokenizer splits designations inconsistently ("Soyuz
TMA-14M" gives "TMA-14", "M"; "Soyuz-FG" gives three tokens). Matches are then
aligned to tokens and stored in `doc.spans["spacecraft"]` with the kind as
label and the canonical name as `kb_id`; `doc._.spacecraft` holds one
SpacecraftRecord per distinct craft.
"""

from __future__ import annotations

from collections import Counter

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name, sentence_text
from ...records import SpacecraftRecord
from ...resources import load_json, load_jsonl
from .. import extensions  # noqa: F401  (registers the doc._ attributes it reads and writes)
from .class_mentions import standing_for_members
from .families import CraftFamilies
from .numerals import numeral
from .written_names import names_as_written, table_name
from .edge_regex import EdgeRegex

SPAN_KEY = "spacecraft"
# Characters that may not stand right before or after a name: "Apollo-Soyuz"
# is not "Soyuz", "Soyuz-FG" is not "Soyuz".
_LEFT_EDGE = r"(?<![\w\-–])"
_RIGHT_EDGE = r"(?![\w]|-\w)"
_LISTED_DESIGNATION = re.compile(r"(?:,\s*|\s+)(?:and\s+|or\s+)?(?P<name>(?P<series>[A-Z]{1,3})-\d{1,2}M?)" + _RIGHT_EDGE)
_PHOTOGRAPHER_AFTER = re.compile(r"/[A-Z][a-z]+ [A-Z][a-z]+(?=[,)]|[ \t]*$)", re.MULTILINE)
_SERIAL_CODE = re.compile(r"\d+[A-Z]+[\w-]*")  # "3KA-3", "7K-OK", "11F615A8"
_FLIGHT_AFTER = re.compile(r"\s+(?:mission|flight|crew|spacecraft|capsule|launch)\b")
_CRAFT_BEFORE = re.compile(r"\b(?:shuttle|spacecraft|capsule|module|orbiter|rover|lander|probe|ship|craft)\s*$",
                           re.IGNORECASE)
# "The Rover, called 'Pragyaan'", "The Lander module is named 'Vikram'": a craft's name given in quotes
_CRAFT_CALLED = re.compile(r"\b(?:spacecraft|capsule|module|orbiter|rover|lander|probe|craft)\b,?\s+(?:is\s+)?"
                           r"(?:called|named|dubbed|christened)\s*$", re.IGNORECASE)
_DATELINE = re.compile(r"(?:^|\n)[A-Z][A-Z .,'-]{2,40}\s*\([^()\n]*$")
_NAME_OF = re.compile(r" of (?:the )?[A-Z]")
_CRAFT_WORDS = {"module", "service", "station", "spacecraft", "capsule", "lander", "rover", "orbiter", "laboratory",
                "lab", "node", "vehicle", "rocket", "shuttle", "probe", "freighter", "mission", "spaceship",
                "command", "lunar"}  # "Apollo Command and Service Module", "Apollo Lunar Module"
_CUE_WINDOW = 400  # characters around a mention searched for homonym cues
STATION_KIND = "space station"


@dataclass(frozen=True)
class Sense:
    name: str
    kind: str
    cues: tuple[str, ...] = ()
    alt_kinds: tuple[str, ...] = ()
    cues_in_sentence: bool = False  # a name that is mostly a person's: its cue must be in its own sentence
    # a craft with two naming schemes ("HTV-8" and "Kounotori 8", "H-IIB" and "H-2B"): a reader
    # names it as the article does, so the canonical name is kept only where the article uses it
    as_written: bool = False
    # a sense with cues that still stands where no cue decides: the crewed "Dragon", cued by its crew
    # against the cargo Dragon's cargo words
    default: bool = False

    @property
    def unconditional(self) -> bool:
        return not self.cues or self.default
    # the name its rows carry whatever the article writes: "Atlantis" for "the space shuttle
    # Atlantis" (readers and gold files name an orbiter bare; the components still compare kb ids)


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    senses: tuple[Sense, ...]  # several when the surface form is a homonym
    # the capsule's own name in a class-and-name family ("Integrity" of "the Orion capsule Integrity"),
    # which stands for it alone later in the article
    short_name: str | None = None


class SpacecraftFinder:
    def __init__(self, gazetteer: str = "spacecraft.jsonl",
                 families: str = "spacecraft_families.jsonl",
                 context: str = "spacecraft_context.json", cues: str = "event_cues.json"):
        self.senses_by_alias: dict[str, list[Sense]] = {}
        for entry in load_jsonl(gazetteer):
            sense = Sense(entry["name"], entry["kind"], tuple(entry.get("cues", ())),
                          tuple(entry.get("alt_kinds", ())), entry.get("cues_in_sentence", False),
                          entry.get("as_written", False), entry.get("default", False))
            # the canonical name is matched only when listed as an alias: "Mercury"
            # alone is a planet or a programme, "Mercury capsule" a craft
            for alias in entry.get("aliases", ()):
                self.senses_by_alias.setdefault(alias, []).append(sense)
                numbered = re.fullmatch(r"(.+) (\d+)", alias)  # "Friendship 7" is written "Friendship-7" too
                if numbered and f"{numbered[1]}-{numbered[2]}" not in entry["aliases"]:
                    self.senses_by_alias.setdefault(f"{numbered[1]}-{numbered[2]}", []).append(sense)
        self.gazetteer_names = {sense.name for senses in self.senses_by_alias.values() for sense in senses}
        aliases = sorted(self.senses_by_alias, key=len, reverse=True)
        self.alias_regex = re.compile(
            _LEFT_EDGE + "(?:" + "|".join(re.escape(a) for a in aliases) + ")" + _RIGHT_EDGE
        )
        self.families = [
            (EdgeRegex(_LEFT_EDGE + "(?:" + fam["regex"] + ")" + _RIGHT_EDGE),
             fam["canonical"], fam["kind"], fam.get("numerals"), fam.get("as_written", False), fam.get("named_once", False),
             set(fam.get("two_digit_series", ())))
            for fam in load_jsonl(families)
        ]
        ctx = load_json(context)
        self.kind_cues = {kind: set(words) for kind, words in ctx["kind_cues"].items()}
        self.title_cues = set(ctx["title_cues"])
        self.fiction_before = set(ctx["fiction_before"])
        self.programme_words = set(ctx["programme_words"])
        self.generic_after = set(ctx["generic_after"])
        self.crew_after = set(ctx["crew_after"])
        self.quotes_open = set(ctx["quotes_open"])
        self.quotes_close = set(ctx["quotes_close"])
        self.cue_regex_cache: dict[str, re.Pattern] = {}
        self.class_modified = set(ctx["class_modified"])
        self.definite_classes = {normalize_name(c) for c in ctx["definite_classes"]}
        self.series_classes = set(ctx["series_classes"])  # the classes whose flights share the MS-NN designations
        self.class_itself_after = set(ctx["class_itself_after"])  # "after the Space Shuttle was retired"
        self.craft_families = CraftFamilies(load_json(cues)["vehicle_classes"], families, gazetteer)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        written: set[str] = set()
        matches = self._matches(doc_text(doc))
        selected = self._select(matches + _short_forms(doc_text(doc), matches, self.series_classes))
        cued = {id(m): self._cued_sense(doc, m) for m in selected}
        resolved = _one_sense_per_name(selected, {key: sense for key, (sense, _) in cued.items()},
                                       {key for key, (sense, near) in cued.items() if sense is not None and not near})
        # one sense per article: "The launch of Jules Verne by Ariane 5" has no cue of its own, but the
        # article's "ATV Jules Verne" is that craft; a name no mention resolves stays unresolved
        crafts_named = {sense.name for sense in resolved.values() if sense is not None}
        for match in selected:
            sense = resolved[id(match)]
            if sense is None:
                named = [s for s in match.senses if s.name in crafts_named]
                sense = named[0] if len({s.name for s in named}) == 1 else None
            if sense is None:
                continue
            span = doc.char_span(match.start, match.end, alignment_mode="expand")
            if span is None or self._is_title_or_programme(doc, span, match) or _in_a_longer_name(span, self.crew_after):
                continue
            kind = self._kind_in_context(doc, match, sense)
            spans.append(Span(doc, span.start, span.end, label=kind, kb_id=sense.name))
            if sense.as_written:
                written.add(sense.name)
        # "the Chinese Spacelab Tiangong-1": a station's name used as a common noun before another's
        spans = [s for i, s in enumerate(spans) if not (
            i + 1 < len(spans) and s.label_ == STATION_KIND == spans[i + 1].label_ and spans[i + 1].start == s.end
            and s.kb_id_ != spans[i + 1].kb_id_)]
        doc.spans[SPAN_KEY] = spans
        doc._.craft_names = names_as_written(spans, written)
        members_only = standing_for_members(doc, spans, self.craft_families, self.class_modified,
                                            self.definite_classes, self.class_itself_after)
        doc._.spacecraft = self._records(doc, [s for i, s in enumerate(spans) if i not in members_only])
        return doc

    @staticmethod
    def _records(doc: Doc, spans: list[Span]) -> tuple[SpacecraftRecord, ...]:
        groups: dict[str, list[Span]] = {}
        for span in spans:
            # (one row per name the table shows: "the Dragon" a nearby astronaut read as the crew sense,
            # named as the article writes it, is the cargo Dragon the article named first)
            groups.setdefault(normalize_name(table_name(doc, span.kb_id_)), []).append(span)
        return tuple(
            SpacecraftRecord(name=table_name(doc, group[0].kb_id_), kind=group[0].label_, mentions=len(group),
                             first_start=group[0].start_char, sentence=sentence_text(group[0]))
            for group in groups.values()
        )

    def _matches(self, text: str) -> list[Match]:
        found = []
        for m in self.alias_regex.finditer(text):
            found.append(Match(m.start(), m.end(), tuple(self.senses_by_alias[m.group()])))
        for regex, canonical, kind, numerals, as_written, named_once, two_digits in self.families:
            for m in regex.finditer(text):
                groups = {k: v for k, v in m.groupdict().items() if v is not None}
                # a flight numbered the other way takes the family's numbering, however often the article
                # writes it so: "Artemis 1" is "Artemis I", "Shenzhou XVIII" is "Shenzhou-18"
                if numerals and "num" in groups:
                    groups["num"] = numeral(groups["num"], numerals)
                if "num" in groups and groups["num"].startswith("l"):
                    groups["num"] = "1" + groups["num"][1:]  # a scanned page's "Soyuz Tl2" is Soyuz T-12
                if groups.get("series") in two_digits and groups["num"].isdigit():
                    groups["num"] = groups["num"].zfill(2)  # "Soyuz MS-2" is Soyuz MS-02
                try:
                    name = canonical.format(**groups)
                except KeyError:
                    continue
                if "name" in groups and (name in self.gazetteer_names or (not named_once and
                                         len(re.findall(_LEFT_EDGE + re.escape(groups["name"]) + _RIGHT_EDGE, text)) < 2)):
                    continue  # a named capsule the gazetteer knows, or a capitalised word used once ("Crew Dragon Splashes")
                    # (a lander's or rover's name after its noun is one once: "the privately built lander Halcyon")
                found.append(Match(m.start(), m.end(), (Sense(name, kind, as_written=as_written),),
                                   short_name=groups.get("name")))
        return found

    @staticmethod
    def _select(matches: list[Match]) -> list[Match]:
        """Longest match wins; among equals, the first found (family over alias)."""
        chosen: list[Match] = []
        taken_until = -1
        for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
            if match.start >= taken_until:
                chosen.append(match)
                taken_until = match.end
        return chosen

    def _cue_regex(self, cue: str) -> re.Pattern:
        regex = self.cue_regex_cache.get(cue)
        if regex is None:
            # a lower-case cue opens a sentence too: "Astronaut X flew aboard Discovery"
            head = f"[{cue[0]}{cue[0].upper()}]" if cue[0].islower() else re.escape(cue[0])
            regex = self.cue_regex_cache[cue] = re.compile(r"(?<!\w)" + head + re.escape(cue[1:]) + r"(?!\w)")
        return regex

    def _cued_sense(self, doc: Doc, match: Match) -> tuple[Sense | None, bool]:
        """Choose among homonyms by cue words near the mention, and say whether its own words or
        sentence decided; None if no cue decides."""
        unconditional = [s for s in match.senses if s.unconditional]
        conditional = [s for s in match.senses if s.cues]
        if not conditional:
            return unconditional[0], True
        # The mention's own text is no cue ("Columbia" proves nothing about itself),
        # unless the alias itself says what it is: "shuttle Atlantis", "orbiter Discovery".
        text = doc_text(doc)
        own = text[match.start:match.end]
        named = [s for s in conditional if any(self._cue_regex(c).search(own) for c in s.cues)]
        if len(named) == 1:
            return named[0], True
        before = text[:match.start]
        after = text[match.end:]
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        windows = []  # (text around the mention, where the mention stood in it)
        if span is not None:
            sent = span.sent
            left = before[sent.start_char:]
            windows.append((left + " " + after[: max(0, sent.end_char - match.end)], len(left)))
        left = before[-_CUE_WINDOW:]
        windows.append((left + " " + after[:_CUE_WINDOW], len(left)))
        for index, (window, centre) in enumerate(windows):
            distances = {}
            for sense in conditional:
                if sense.cues_in_sentence and index > 0:
                    continue
                found = [abs(m.start() - centre) for c in sense.cues for m in self._cue_regex(c).finditer(window)]
                if found:
                    distances[sense] = min(found)
            if distances:
                # the cue nearest the mention decides: "its Dragon capsule Endeavour after the shuttle"
                return min(distances, key=distances.get), index == 0 and len(windows) == 2
        return None, False

    def _is_title_or_programme(self, doc: Doc, span: Span, match: Match) -> bool:
        text = doc_text(doc)
        opened = text[max(0, match.start - 1):match.start] in self.quotes_open
        closed = text[match.end:match.end + 1] in self.quotes_close
        # 'SpaceX "Inspiration4" mission', "its first space shuttle 'Columbia'": a craft's name in quotes
        named_flight = _FLIGHT_AFTER.match(text, match.end + 1) is not None or \
            _CRAFT_BEFORE.search(text, max(0, match.start - 20), max(0, match.start - 1)) is not None
        if _CRAFT_CALLED.search(text, max(0, match.start - 40), max(0, match.start - 1)):
            return False
        previous = doc[max(0, span.start - 3):span.start]
        if any(t.lower_ in self.title_cues for t in previous) and (opened or closed):
            return True
        if span.start > 0 and doc[span.start - 1].lower_ in self.fiction_before:
            return True  # "the starship Enterprise", "USS Discovery": a ship of fiction or the sea
        # a quoted name is a work's title where its sentence speaks of one; translated
        # wire copy quotes its craft too: 'the "Energia" rocket launched "Buran"'
        if opened and closed and not named_flight and any(t.lower_ in self.title_cues for t in span.sent):
            return True
        following = doc[span.end:span.end + 1]
        if len(following) == 1 and _SERIAL_CODE.fullmatch(following[0].text) and " " not in text[match.start:match.end]:
            return True  # a craft's factory code, "Vostok 3KA-3", "Soyuz 7K-OK": no craft of the class itself
        # (a numbered flight before a plural stays one: "a veteran of the Shenzhou-6 and Shenzhou-10 missions")
        numbered = any(c.isdigit() for c in text[match.start:match.end])
        if len(following) == 1 and (following[0].text in self.programme_words or
                                    (following[0].lower_ in self.generic_after and not numbered)):
            return True  # "the Artemis programme", "the shuttle era", "135 shuttle missions", "a Soyuz simulator": no one craft
        if not numbered and _PHOTOGRAPHER_AFTER.match(text, match.end):
            return True  # a picture agency before its photographer: "photo: Sputnik/Alexei Nikolsky, via AP"
        if _DATELINE.search(text, max(0, match.start - 60), match.start) and ")" in text[match.end:match.end + 40]:
            return True  # a news agency in a dateline: "MOSCOW (UrduPoint News / Sputnik - 25th January, 2023)"
        # a one-word name heading a phrase of its own: "Harmony of the Heavens" (a gloss), "Discovery of Titan"
        return " " not in text[match.start:match.end] and _NAME_OF.match(text, match.end) is not None

    def _kind_in_context(self, doc: Doc, match: Match, sense: Sense) -> str:
        if not sense.alt_kinds:
            return sense.kind
        following = doc_text(doc)[match.end:match.end + 30].split()
        next_word = following[0].strip(".,;:)").lower() if following else ""
        for kind in (sense.kind, *sense.alt_kinds):
            if next_word in self.kind_cues.get(kind, ()):
                return kind
        return sense.kind


def _short_forms(text: str, matches: list[Match], series_classes: set[str]) -> list[Match]:
    """"MS-19 brought Shkaplerov up" after "Soyuz MS-19": a numbered name's designation alone
    stands for it where the article names it in full and no other craft shares the designation; so
    does a capsule's own name after its class ("Integrity" after "the Orion capsule Integrity")."""
    owners: dict[str, set[str]] = {}
    for match in matches:
        for sense in match.senses:
            words = sense.name.split()
            if len(words) > 1 and any(c.isdigit() for c in words[-1]) and "-" in words[-1]:
                owners.setdefault(words[-1], set()).add(sense.name)
    found = []
    # "A Soyuz spacecraft ... lifted off. The MS-27 craft launched at 10:47": a designation never named in
    # full is a flight of the one class of that series the article names
    classes = {sense.name: sense for m in matches for sense in m.senses if sense.name in series_classes}
    if len(classes) == 1:
        (name, sense), = classes.items()
        for m in re.finditer(_LEFT_EDGE + r"MS-\d{2}" + _RIGHT_EDGE, text):
            if m.group() not in owners:
                found.append(Match(m.start(), m.end(), (Sense(f"{name} {m.group()}", sense.kind),)))
    for short, names in owners.items():
        if len(names) != 1:
            continue  # "MS-19" of Soyuz MS-19 and Progress MS-19
        sense = next(s for m in matches for s in m.senses if s.name in names)
        for m in re.finditer(_LEFT_EDGE + re.escape(short) + _RIGHT_EDGE, text):
            found.append(Match(m.start(), m.end(), (sense,)))
    # "Soyuz T-9, T-10, and T-12": a list goes on with its series' designations alone
    for match in matches:
        for sense in match.senses:
            family, _, designation = sense.name.rpartition(" ")
            series = re.match(r"([A-Z]{1,3})-\d", designation)
            end = match.end
            while family and series is not None and (item := _LISTED_DESIGNATION.match(text, end)) is not None and \
                    item.group("series") == series.group(1):
                found.append(Match(item.start("name"), item.end("name"), (Sense(f"{family} {item.group('name')}", sense.kind),)))
                end = item.end()
    # "Integrity swung behind the Moon" after "the Orion capsule Integrity"
    named = {m.short_name: m.senses for m in matches if m.short_name}
    for short, senses in named.items():
        for m in re.finditer(_LEFT_EDGE + re.escape(short) + _RIGHT_EDGE, text):
            found.append(Match(m.start(), m.end(), senses))
    return found


_OVERWHELMING = 3  # cued mentions of one sense that outvote a single other cue anywhere


def _one_sense_per_name(selected: list[Match], cued: dict[int, Sense | None],
                        far: set[int]) -> dict[int, Sense | None]:
    """A homonym no cue near it decides, or one only cues beyond its sentence decide (`far`) against
    most of the article's cued mentions of it, is the craft most of those mentions are (the first where
    they split evenly; where none is cued, its unconditional sense): "A Dragon capsule arrived with cargo ...
    'We have grabbed a Dragon'" are the one cargo Dragon, though the last stands far from any cargo cue."""
    resolved = dict(cued)
    by_senses: dict[frozenset[str], list[Match]] = {}
    for match in selected:
        by_senses.setdefault(frozenset(sense.name for sense in match.senses), []).append(match)
    # a name with one sense votes too: "a Dragon cargo ship" says what the article's bare "Dragon" is
    settled = Counter(next(iter(names)) for names, group in by_senses.items() if len(names) == 1 for _ in group)
    for names, group in by_senses.items():
        senses = Counter(cued[id(m)].name for m in group if cued[id(m)] is not None)
        if len(names) > 1 and senses:
            senses.update({name: settled[name] for name in names if settled[name]})
        top = max(senses.values(), default=0)
        winner = next((cued[id(m)] for m in group if cued[id(m)] is not None and senses[cued[id(m)].name] == top), None)
        # a name the article's cued mentions mostly give one sense keeps it where a stray cue beyond its
        # sentence says otherwise: "Dragon is set to remain docked" a sentence after "astronauts monitoring"
        # in a cargo Dragon's story
        most = 2 * top > sum(senses.values())
        # (and where they nearly all agree, one stray cue in the sentence too: three mentions of a cargo
        # Dragon and one "to capture the Dragon" beside "Canadian astronaut")
        overwhelming = top >= _OVERWHELMING and sum(senses.values()) - top <= 1
        for match in group:
            if (most and id(match) in far) or (overwhelming and winner in match.senses):
                resolved[id(match)] = winner
            elif resolved[id(match)] is None:
                unconditional = [s for s in match.senses if s.unconditional]
                resolved[id(match)] = winner if winner in match.senses else unconditional[0] if unconditional else None
    return resolved


def _in_a_longer_name(span: Span, crew_after: set[str]) -> bool:
    """A one-word name that the NER's entity continues with a capitalised word:
    "Vikram" in "Vikram Sarabhai", "Discovery" in "Discovery Channel" (not a title-case crew noun:
    "Skylab Astronauts Pete Conrad")."""
    if len(span) != 1 or not span[0].is_alpha or not span[0].ent_type_ or span.end >= len(span.doc):
        return False
    following = span.doc[span.end]
    if following.lower_ == "space" and span.end + 1 < len(span.doc):
        following = span.doc[span.end + 1]  # "Mir Space Station"
    return following.ent_iob_ == "I" and following.is_title and following.is_alpha and \
        following.lower_ not in _CRAFT_WORDS and following.lower_ not in crew_after  # but "Zvezda Service Module"


@Language.factory("spacecraft_finder")
def make_spacecraft_finder(nlp: Language, name: str) -> SpacecraftFinder:
    return SpacecraftFinder()
