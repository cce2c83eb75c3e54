"""Whom a statement's crew words refer to (SPEC §6 `people`): "they", "the trio" and "the
three" as the crew a craft has had so far or the latest crew of that size; "he" as the person the
text speaks of; a counted crew ("The seven crew members") read on until its count is named; a
docking or landing that names some of its launch crew as the whole crew.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import normalize_name
from ..events.craft_clauses import OWNING_PREPOSITIONS, word_before_phrase
from .context import CREWED, after_a_heading, flies_another, same_or_class
from .subjects import chain, first_verb_subject, fronted_for
from ..people.finder import SPAN_KEY as PEOPLE_KEY
from ..salience import most_named
from ..spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY
from .station_crews import StationCrews

if TYPE_CHECKING:
    from ..events.finder import Statement

_COUNT_MODIFIERS = 2  # words between a count and its crew noun: "Three Soviet cosmonauts"
_COUNTED_REACH = 4  # sentences back to the crew "the three" counts
_GROUPS = {"pair": 2, "duo": 2, "trio": 3, "quartet": 4}  # "A pair of NASA test pilots"
_GROUP_MODIFIERS = 2  # words between "of" and the flyers: "NASA test"
_PER_HEAD = {"man", "member", "person", "woman", "strong"}  # "a four-man crew", "the three-member team"
_TEAMS = {"team", "crew"}
_COUNTED_ON_SENTENCES = 9  # sentences on to the names of "the seven crew members"
_ANTECEDENT_REACH = 3
_NAMED_LATER_SENTENCES = 10
_OTHERS = {"other", "fellow", "more"}  # "and two other astronauts"  # sentences on to the names of "and two cosmonauts"
_OBJECT_REACH = 4  # words from the trigger to the count of its object: "launched the four people"
_PEOPLE_NOUNS = {"people", "men", "women", "passengers", "persons"}
_LIST_COPULAS = {"are", "were", "is", "was"}  # between a group's noun and its names


class CrewReferences(StationCrews):
    def _counted_crew_noun(self, doc: Doc, trigger: Span) -> int | None:
        """The count of a crew noun before the trigger: "The seven crew members", "all four
        astronauts" (not "Two days earlier")."""
        for token in doc[trigger.sent.start:trigger.start]:
            if token.lower_ in self.crew_nouns and token.i + 2 < trigger.start and doc[token.i + 1].lower_ == "of" \
                    and doc[token.i + 2].lower_ in self.crew_counts:
                return self.crew_counts[doc[token.i + 2].lower_]  # "Atlantis and its crew of four"
            if token.lower_ in _GROUPS and token.i + 1 < trigger.start and doc[token.i + 1].lower_ == "of":
                # "A pair of NASA test pilots blasted off": the flyers a group word counts
                after = doc[token.i + 2:min(trigger.start, token.i + 2 + _GROUP_MODIFIERS + 1)]
                if any(t.lower_ in self.crew_nouns or t.lower_.rstrip("s") in self.flyer_roles for t in after):
                    return _GROUPS[token.lower_]
            if token.lower_ not in self.crew_counts:
                continue
            craft_tokens = {i for c in doc.spans.get(SPACECRAFT_KEY, []) for i in range(c.start, c.end)}
            i = token.i + 1
            while i < trigger.start and i in craft_tokens:
                i += 1  # "The three Apollo 13 astronauts"
            while i < min(trigger.start, token.i + 1 + _COUNT_MODIFIERS) and (doc[i].ent_type_ in {"NORP", "GPE"}
                                                                               or doc[i].tag_ == "JJ") \
                    and doc[i].lower_ not in {"other", "more", "new"}:
                i += 1  # "Three Soviet cosmonauts", "Three US astronauts" (not "two other astronauts", the rest of a crew)
            if i + 1 < trigger.start and doc[i].text in {"-", "‐"} and doc[i + 1].lower_ in _PER_HEAD:
                i += 2  # "the four-man team"
                if i < trigger.start and doc[i].lower_ in _TEAMS:
                    return self.crew_counts[token.lower_]
            if i < trigger.start and doc[i].lower_ in self.crew_nouns:
                if any(t.lower_ in self.onlooker_verbs for t in doc[i + 1:trigger.start]):
                    return None  # "X and his two Russian crew mates watched a replay of the liftoff": onlookers
                return self.crew_counts[token.lower_] + self._counted_after_and(doc, i + 1, trigger.start)
        # "SpaceX launched the four people on Sunday": the trigger's counted object
        after = doc[trigger.end:min(trigger.sent.end, trigger.end + _OBJECT_REACH)]
        for token in after:
            noun = token.i + 3 if token.i + 3 < trigger.sent.end and doc[token.i + 1].text in {"-", "‐"} and \
                doc[token.i + 2].lower_ in _PER_HEAD else token.i + 1  # "launched a three-member crew"
            if token.lower_ in self.crew_counts and noun < trigger.sent.end and \
                    (doc[noun].lower_ in self.crew_nouns | _TEAMS or doc[noun].lower_ in _PEOPLE_NOUNS) and \
                    all(t.lower_ in {"the", "all", "its", "their", "a"} for t in doc[trigger.end:token.i]):
                return self.crew_counts[token.lower_]
        return None

    def _counted_after_and(self, doc: Doc, i: int, end: int) -> int:
        """The flyers "and" adds to a counted crew noun ending before `i`: "two Russian cosmonauts and an
        American astronaut" counts three."""
        if i + 2 >= end or doc[i].lower_ != "and":
            return 0
        word = doc[i + 1].lower_
        added = 1 if word in {"a", "an", "one"} else self.crew_counts.get(word, 0)
        k = i + 2
        while k < min(end, i + 2 + _COUNT_MODIFIERS) and (doc[k].ent_type_ == "NORP" or doc[k].tag_ == "JJ"):
            k += 1  # "an American astronaut"
        noun = doc[k].lower_ if k < end else ""
        return added if noun in self.crew_nouns or noun in self.flyer_roles else 0

    def _counted_on(self, doc: Doc, statement: "Statement", found: list[str], count: int, people: list[Span],
                    names: dict, sentences: list[Span], index: int, statements: list["Statement"],
                    crafts: list[Span]) -> list[str]:
        """The flyers the next sentences name, up to a crew's stated count: all of them where the
        count is met exactly, else only those found before."""
        key = normalize_name(statement.craft)
        homeward = statement.trigger.event in {"undocking", "landing"}
        crew = list(found)
        for following in sentences[index + 1:index + 1 + _COUNTED_ON_SENTENCES]:
            if after_a_heading(doc, following) or any(
                    following.start <= s.trigger.span.start < following.end and s.kind in CREWED and
                    not same_or_class(normalize_name(s.craft), key) and not self._class_of(s.craft, statement.craft)
                    for s in statements):
                break  # (not the flight's own capsule by its class: "launched the four ... Its Crew Dragon"; nor
                # a craft no crew flies: "grounded following the failed launch of an unmanned Progress")
            if not homeward and self._another_crew(following):
                continue  # (not those a return brings home: "A will return with B and C, the current Mir crew")
            # (a station's resident comes home with a crew: "returned with station resident X")
            crew += [p.kb_id_ for p in people if following.start <= p.start < following.end and
                     self._flies(doc, p, names) and not self._has_host_word(
                         [t.lower_ for t in doc[p.sent.start:p.start]], residents=not homeward) and
                     not flies_another(doc, p, crafts, key) and not self._looks_on(doc, p, statements) and
                     p.kb_id_ not in crew]
            if len(crew) >= count:
                break
        return crew if len(crew) == count else found

    def _class_of(self, craft: str, flight: str) -> bool:
        """`craft` is the class of `flight`'s family: "Crew Dragon" of "Ax-2"."""
        return normalize_name(craft) == (self.families.family(flight) or "")

    def crew_so_far_over(self, doc: Doc, statement: "Statement", earlier: list["Statement"],
                         names: list[str]) -> list[str]:
        """"The crew launched on Oct. 17" after "A and B returned home": the crew so far, where the
        sentences after it name only some of them (a caption's "commander A")."""
        if not names or not self._crew_subject(doc, statement):
            return names
        known = self._crew_so_far(doc, statement, earlier)
        return known if set(names) < set(known) else names

    def complete_counted(self, doc: Doc, statements: list["Statement"]) -> None:
        """"The four-member team led by A launched" where a later paragraph names the four
        who came home in that craft: a counted crew short of its count is the craft's crew of just
        that many that holds those it names (by its class too: "The Dragon spacecraft landed"), where
        the article has one such crew."""
        for statement in statements:
            count = self._counted_crew_noun(doc, statement.trigger.span)
            taken = self._counted_object(doc, statement.trigger.span) if count is None else None
            count = count or taken
            if count is None or not (statement.people or taken) or len(statement.people) >= count:
                continue
            told = {tuple(s.people) for s in statements if s is not statement and s.kind == statement.kind
                    and len(s.people) == count and set(statement.people) <= set(s.people)}
            if not told and (statement.people or statement.kind in CREWED):
                # "Chun is joined by A of Norway, ...; B, from Germany, ...; and C ... launched the quartet":
                # the one sentence that names just that many, those aboard among them
                # (none another craft's event has aboard: "Both cosmonauts came home", one from each Vostok)
                key = normalize_name(statement.craft)
                # (a statement that shares its people is of the same flight by another name: "Crew-2" and
                # "Crew Dragon Endeavour")
                elsewhere = {n for s in statements if not _one_craft(normalize_name(s.craft), key)
                             and not set(s.people) & set(statement.people) for n in s.people}
                told = {tuple(g) for g in self._named_groups(doc, count, key)
                        if set(statement.people) <= set(g) and not set(g) & elsewhere}
            if len({frozenset(t) for t in told}) == 1:
                statement.people = list(next(iter(told)))

    def _counted_object(self, doc: Doc, trigger: Span) -> int | None:
        """"launched the quartet", "carried the four astronauts": the count of a crew the trigger takes."""
        after = doc[trigger.end:min(trigger.sent.end, trigger.end + _COUNT_MODIFIERS + 1)]
        if len(after) < 2 or after[0].lower_ != "the" or after[1].lower_ not in self.crew_counts:
            return None
        counted = after[1].lower_ in _GROUPS or (len(after) > 2 and after[2].lower_ in self.crew_nouns)
        return self.crew_counts[after[1].lower_] if counted else None

    def _named_groups(self, doc: Doc, count: int, key: str) -> list[list[str]]:
        """The people of each sentence that names just `count` of them, none in a role no crew has,
        and no crewed craft but the one of `key` ("married A, a fellow cosmonaut who had flown Vostok 3")."""
        # (a class word of its name is no other craft: "designated Dragon commander" of Crew Dragon Resilience)
        other = {c.sent.start for c in doc.spans.get(SPACECRAFT_KEY, [])
                 if c.label_ in CREWED and not _one_craft(normalize_name(c.kb_id_), key)}
        groups = {}
        for person in doc.spans.get(PEOPLE_KEY, []):
            if normalize_name(person.label_) not in self.non_crew_roles and person.sent.start not in other:
                groups.setdefault(person.sent.start, []).append(person.kb_id_)
        for start in [s for s in groups if s > 0 and doc[s - 1].sent.start in groups]:  # "A and pilot B are
            opening = [t.lower_ for t in doc[start:start + 4]]  # employees. The other crew members are C and D"
            if opening[:2] == ["the", "other"] and self.crew_nouns & set(opening[2:]):
                groups[start] = groups[doc[start - 1].sent.start] + groups[start]
        return [names for names in (list(dict.fromkeys(g)) for g in groups.values()) if len(names) == count]

    def counted_companions(self, doc: Doc, statement: "Statement", people: list[Span], sentences: list[Span],
                           index: int, statements: list["Statement"]) -> list[str]:
        """"A rocket carrying billionaire X and two cosmonauts blasted off": the two are the first later
        list under that plural ("farewell to X and cosmonauts A and B") of just that many names."""
        trigger = statement.trigger.span
        # ("X and three American astronauts": a nationality between the count and its noun, which may
        # name them later: "The three Americans are A, B and C")
        counted = next(((self.crew_counts[t.lower_], {doc[t.i + 1 + skip].lower_} | nationality, t.i)
                        for t in trigger.sent
                        for nationality in [{doc[t.i + 1].lower_ + "s"} if t.i + 2 < len(doc) and
                                            doc[t.i + 1].ent_type_ == "NORP" else set()]
                        for skip in [int(t.i + 1 < len(doc) and (doc[t.i + 1].lower_ in _OTHERS or bool(nationality)))]
                        if t.lower_ in self.crew_counts and t.i + 1 + skip < trigger.sent.end and t.i > trigger.sent.start
                        and doc[t.i - 1].lower_ == "and" and doc[t.i + 1 + skip].lower_ in self.crew_nouns
                        and (t.i + 2 + skip >= len(doc) or doc[t.i + 2 + skip].ent_type_ != "PERSON")), None)
        if counted is None:
            return []
        count, nouns, at = counted
        # "bringing X and two other astronauts ... X, A and B opened the hatch": a list that opens a later
        # sentence with the ones named before the count and just that many more
        named = {p.kb_id_ for p in people if trigger.sent.start <= p.start < at}
        key = normalize_name(statement.craft)
        for following in sentences[index + 1:index + 1 + _NAMED_LATER_SENTENCES]:
            if after_a_heading(doc, following) or any(following.start <= s.trigger.span.start < following.end
                                                      and not same_or_class(normalize_name(s.craft), key)
                                                      for s in statements):
                break
            if any(t.lower_ in self.onlooker_verbs for t in following):
                continue  # "two astronauts, A and B, watched the docking from the control centre"
            for title in (t for t in following if t.lower_ in nouns):
                listed, at = [], title.i + 1
                while at < following.end and doc[at].lower_ in _LIST_COPULAS:
                    at += 1  # "The three Americans are A, B and C"
                for person in sorted((p for p in people if p.start >= at and p.sent == following), key=lambda p: p.start):
                    if any(t.lower_ not in {",", "and"} for t in doc[at:person.start]):
                        break
                    listed.append(person.kb_id_)
                    at = person.end
                if len(listed) == count:
                    return listed
            leading = chain(doc, [p for p in people if p.sent == following], following.start, set(), forward=True,
                            titled=True)  # "X, Russian A and American B entered the station"
            others = list(dict.fromkeys(p.kb_id_ for p in leading if p.kb_id_ not in named))
            if named and named <= {p.kb_id_ for p in leading} and len(others) == count:
                return others
        return []

    @staticmethod
    def _whole_crew(statement: "Statement", names_aboard: list[str], earlier: list["Statement"],
                    left_out: set[str] = frozenset()) -> list[str]:
        """"Malyshev ... flew his Soyuz T-2 capsule the last few hundred metres himself, completing
        the docking": a docking or landing that names some of the crew its craft launched with
        brings the whole crew (a crew that changed names someone new, or is not named at all), but
        for those `left_out`, whom its sentence names and does not put aboard ("Whilst Collins stayed
        in lunar orbit, Armstrong and Aldrin landed")."""
        if statement.trigger.event not in ("docking", "landing") or not names_aboard:
            return names_aboard
        key = normalize_name(statement.craft)
        launch = next((s for s in reversed(earlier) if s.trigger.event == "launch" and s.people
                       and normalize_name(s.craft) == key), None)
        if launch is None or not set(names_aboard) < set(launch.people):
            return names_aboard
        return list(dict.fromkeys([*(n for n in launch.people if n not in left_out), *names_aboard]))

    def _antecedent(self, doc: Doc, sentences: list[Span], index: int, people: list[Span],
                    names: dict) -> list[Span]:
        """Who "he" is: the one person a sentence just before has as its subject ("On his second
        flight Malyshev was joined by ..."), else the person the article names most (an obituary's)."""
        if index > 0:
            # "Sharman's tasks included medical tests. She landed ...": the one person the sentence before names
            previous = sentences[index - 1]
            named = {p.kb_id_: p for p in people if previous.start <= p.start < previous.end}
            # (an owner there too: "Sharman's tasks"; not a speaker or an official)
            if len(named) == 1 and first_verb_subject(doc, previous, people) == [] and \
                    not self._roles(next(iter(named.values())), names) & self.non_crew_roles:
                return list(named.values())
        for sent in reversed(sentences[max(0, index - _ANTECEDENT_REACH):index]):
            subject = first_verb_subject(doc, sent, people)
            if subject:
                return subject[:1] if len(subject) == 1 and self._flies(doc, subject[0], names) else []
        main = most_named(people, lambda p: p.kb_id_)
        return [main] if main is not None and self._flies(doc, main, names) else []

    def _crew_so_far(self, doc: Doc, statement: "Statement", earlier: list["Statement"]) -> list[str]:
        """"They docked": the people the craft's earlier statements put aboard, all of them ("A and
        B are back on solid ground ... The commander, C, was helped out first ... The trio had
        launched"), or only the latest's where the subject's count says that one is the crew."""
        key = normalize_name(statement.craft)
        own = [other for other in earlier if normalize_name(other.craft) == key and other.people]
        if not own:
            return []
        count = self._subject_count(doc, statement.trigger.span)
        crew = list(dict.fromkeys(name for other in own for name in other.people))
        if count is None or len(crew) == count:
            return crew
        latest = list(own[-1].people)
        return latest if len(latest) == count else []

    def _subject_count(self, doc: Doc, trigger: Span) -> int | None:
        """The number a crew subject gives before the trigger: "the trio", "the four astronauts"."""
        return next((self.crew_counts[t.lower_] for t in doc[trigger.sent.start:trigger.start]
                     if t.lower_ in self.crew_counts), None)

    def _counted_crew(self, doc: Doc, statement: "Statement", earlier: list["Statement"],
                      sentence_of: dict[int, int], names: dict) -> list[str]:
        """"A, B and C launched aboard Soyuz T-11 ... The three came home in Soyuz T-10": a crew
        counted as the latest crew of that size, whatever craft brings them back."""
        trigger = statement.trigger.span
        count = self._subject_count(doc, trigger)
        index = sentence_of[trigger.start]
        where = next((t.i for t in doc[trigger.sent.start:trigger.start] if t.lower_ in self.crew_counts), None)
        key = normalize_name(statement.craft)
        if where is not None and any(where < c.start < trigger.start and normalize_name(c.kb_id_) == key and
                                     doc[word_before_phrase(doc, c)].lower_ in OWNING_PREPOSITIONS
                                     for c in doc.spans.get(SPACECRAFT_KEY, [])):
            # "relieve three colleagues from the Shenzhou-15 flight, who ... will return": that flight's crew
            return next((list(o.people) for o in reversed(earlier) if normalize_name(o.craft) == key and o.people), [])
        crew = self._latest_crew(earlier, sentence_of, index)
        # "... join Kondratyev and his remaining crew of Coleman and Nespoli. The trio launched on
        # Soyuz TMA-20": the group of that size the sentence right before names is nearer than a
        # crew stated further back
        previous = doc[trigger.sent.start - 1].sent if trigger.sent.start > 0 else None
        before = [p for p in doc.spans.get(PEOPLE_KEY, []) if previous is not None and
                  previous.start <= p.start < previous.end and not self._roles(p, names) & self.non_crew_roles]
        named = list(dict.fromkeys(p.kb_id_ for p in before))
        stated_before = any(sentence_of[o.trigger.span.start] == index - 1 for o in earlier if o.people)
        if count is not None and len(named) == count and not stated_before:
            return named
        if len(crew) == count:
            return crew
        # "A, B and C landed ... Kotov was at the controls as it undocked ... The trio launched": the
        # latest crew of that size, past a statement that names one of them
        sized = self._latest_crew(earlier, sentence_of, index, size=count)
        if crew and set(crew) < set(sized):
            return sized
        return self._listed_before(doc, statement, count, names) \
            if count is not None and not any(o.people for o in earlier) else []

    def _listed_before(self, doc: Doc, statement: "Statement", count: int, names: dict) -> list[str]:
        """"The crew is: Commander A, Pilot B, ... The four will launch": a counted crew before any
        statement has put people aboard is the group the text has named before it, where it names just that many
        flyers (not a host or an official: "NASA Administrator X, who introduced the four")."""
        before = [p for p in doc.spans.get(PEOPLE_KEY, []) if p.end <= statement.trigger.span.sent.start
                  and self._flies(doc, p, names) and self._is_flyer(doc, p, names) and not self._hosted(doc, p)
                  and not self._another_crew(p.sent)]
        group = list(dict.fromkeys(p.kb_id_ for p in before))
        return group if len(group) == count else []

    @staticmethod
    def _latest_crew(earlier: list["Statement"], sentence_of: dict[int, int], index: int,
                     size: int | None = None) -> list[str]:
        """The people of the latest earlier statement with people (`size`: that many), a few sentences
        back at most."""
        for other in reversed(earlier):
            if index - sentence_of[other.trigger.span.start] > _COUNTED_REACH:
                break
            if other.people and (size is None or len(other.people) == size):
                return list(other.people)
        return []

    def _leading_people(self, doc: Doc, sent: Span, people: list[Span], names: dict) -> list[str]:
        """The people a sentence opens with, as its subject: "Nick Hague and Aleksandr Gorbunov flew"."""
        here = [p for p in people if sent.start <= p.start < sent.end]
        found = chain(doc, here, sent.start, set(), forward=True) or fronted_for(doc, sent, here)
        return list(dict.fromkeys(p.kb_id_ for p in found if self._flies(doc, p, names)))

    def _crew_before(self, doc: Doc, statement: "Statement", before: Span, people: list[Span], names: dict,
                     earlier: list["Statement"]) -> list[str]:
        """"Nick Hague and Aleksandr Gorbunov flew up ... They were launched on Crew-9", "The astronauts,
        A, B and C, are on a carrier. The men of Apollo 14 returned today": the people the sentence
        before opens with, else lists under a crew noun; not for a crew noun where the sentence speaks of
        another craft's crew too ("A, B, C, D, E and F share the station. The Shenzhou-17 crew is to land
        on Tuesday, and the Shenzhou-18 crew in October")."""
        sent, key = statement.trigger.span.sent, normalize_name(statement.craft)
        if self.crew_noun_opens(doc, statement) and any(
                sent.start <= c.start < sent.end and c.label_ in CREWED and normalize_name(c.kb_id_) != key
                for c in doc.spans.get(SPACECRAFT_KEY, [])):
            return []
        leading = self._leading_people(doc, before, people, names)
        # "A lifted off with B and C ... They came home in Soyuz T-10": the crew that sentence put aboard
        stated = [o.people for o in earlier if o.people and before.start <= o.trigger.span.start < before.end]
        if leading and stated and set(leading) <= set(stated[-1]):
            return list(stated[-1])
        return leading or self._listed_crew(doc, before, people, names)

    def _labelled_crew(self, doc: Doc, statement: "Statement", people: list[Span], names: dict) -> list[str]:
        """"prime crew: A, B and C; backup crew: D ... The prime crew is set for launch": the people an
        earlier label of the same crew words lists, up to its clause's end."""
        sent, trigger = statement.trigger.span.sent, statement.trigger.span
        words = [t for t in doc[sent.start:trigger.start] if t.lower_ not in {"the", "its", "their"}]
        if len(words) < 2 or words[1].lower_ not in self.crew_nouns or not words[0].is_lower:
            return []
        label = (words[0].lower_, words[1].lower_)
        for i in range(sent.start - 2, 0, -1):
            if doc[i + 1].text == ":" and (doc[i - 1].lower_, doc[i].lower_) == label:
                end = next((t.i for t in doc[i + 2:sent.start] if t.text in {";", ":"} or t.is_sent_start), sent.start)
                return list(dict.fromkeys(p.kb_id_ for p in people if i + 1 < p.start and p.end <= end
                                          and self._flies(doc, p, names)))
        return []

    def _listed_crew(self, doc: Doc, sent: Span, people: list[Span], names: dict) -> list[str]:
        """The people a sentence lists under a crew noun: "three new crew members - A, B and C"."""
        return list(dict.fromkeys(p.kb_id_ for p in people if sent.start <= p.start < sent.end
                                  and self.listed_as_crew(doc, p) and self._flies(doc, p, names)))

    def _subject_of(self, doc: Doc, sent: Span, people: list[Span], names: dict) -> list[str]:
        """The people a sentence's first verb has as its subject: "Four years later Leonov and
        Kubasov flew together"."""
        return list(dict.fromkeys(p.kb_id_ for p in first_verb_subject(doc, sent, people) if self._flies(doc, p, names)))


def _one_craft(one: str, other: str) -> bool:
    """Two craft keys name one craft, or one names the other's class, whole or by its words ("crew dragon",
    "dragon" of "crew dragon resilience")."""
    return same_or_class(one, other) or set(one.split()) <= set(other.split()) or set(other.split()) <= set(one.split())
