"""Who is aboard a craft for one statement of an event (SPEC §6 `people`).

The people named in the trigger's sentence are aboard unless the words around them say
otherwise (`crew/people.py` holds those tests on one person). The next sentences of the
paragraph add their people when they say who is aboard ("At the controls was cosmonaut X").
A trigger whose subject is "they", "the crew" or "the three" takes the crew that craft has
had (`crew/references.py` reads such words). A list under the craft's own crew noun is its crew
(`crew/owners.py`). Those who come with someone aboard, "was joined by A and B", are
`crew/companions.py`'s. Where the trigger's sentence names nobody, the article's roster and the flyers
named nearby are `crew/rosters.py`'s. Cargo ships, probes and rovers carry nobody, nor does a craft the
article says flies empty (`events/uncrewed.py`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ...normalize import doc_text, normalize_name
from ..events.craft_clauses import AUXILIARIES, SUBORDINATORS, opener, word_before
from ..events.craft_objects import CRAFT_NOUNS
from ..events.craft_references import seat_flight
from .context import (CREWED, aboard_another_craft, after_a_heading, dated_after_to_another_year,
                      flies_another, in_another_crafts_clause, line_break_between, next_craft, of_another_flight,
                      same_or_class, tells_an_earlier_month)
from .clauses import pictured_or_owning_another
from .companions import HOMEWARD, OUTWARD
from ..events.focus_cues import told_again
from .rosters import CrewRosters
from .subjects import (PERSONAL_PRONOUNS, SUBJECT_GAP, chain, gerund_clause_subjects, joined_pronoun, pronoun_subject,
                       relative_who, singular_subject)
from ..events.uncrewed import UNCREWED

if TYPE_CHECKING:
    from ..events.finder import Statement

_FOLLOWING_SENTENCES = 2
_PLANNED_GAP = SUBJECT_GAP | {"is", "are", "be", "been", "set", "to", "due", "scheduled", "expected", "slated", "planned"}
_APPOSITION_REACH = 14  # words of "chief executive of the Dallas company Quillfeather Systems" after a name
_LAUNCH_CREW_SENTENCES = 5  # how far on a launch that names nobody may find its crew listed
ALONE = {"alone", "solo"}  # "brought Soyuz 5 down alone": one flyer
_ALONE_REACH = 6  # tokens from a trigger to "alone": "brought Soyuz 5 down alone"
_AGENT_VERB_REACH = 5  # "launched in April 2017 by": words from a verb to its "by"
_ANOTHER_FLIGHT = re.compile(r"\W*(?:for|on|during|in)\s+(?:his|her|their|its)\s+(?:second|third|fourth|fifth|next|later|"
                             r"last|final|other)\b", re.IGNORECASE)
_RESIDENT_CLAUSES = {"where"}
_AT_THE_CONTROLS = re.compile(r"\s+at\s+the\s+(?:controls|helm|stick)\b", re.IGNORECASE)
_GROUP_ROLES = {"cosmonauts": "cosmonaut", "astronauts": "astronaut", "taikonauts": "taikonaut"}
_GROUP_SIZE = 3  # people a crew's role noun may stand for
_ABOARD = {"aboard", "onboard"}  # "will hook up with Salyut 7, where X and Y have been"
_SINGULAR_PRONOUNS = {"he", "she"}
_WITH_HIM_OR_HER = re.compile(r"\s+(?:\S+\s+){0,3}?with\s+(?:him|her)\b", re.IGNORECASE)


class CrewFinder(CrewRosters):
    def aboard(self, doc: Doc, statement: "Statement", people: list[Span], names: dict,
               sentences: list[Span], sentence_of: dict[int, int], earlier: list["Statement"],
               statements: list["Statement"], crafts: list[Span]) -> list[str]:
        trigger = statement.trigger.span
        if told_again(doc, statement.trigger) and not statement.names_its_craft and \
                any(s.trigger.event == statement.trigger.event for s in earlier):
            # "The launch, from the pad Yuri Gagarin used, was watched by ...": an event told again; its
            # crew is the one its first statement gives, not the people around this one
            return []
        if any(t.lower_ in ALONE for t in doc[trigger.end:min(trigger.sent.end, trigger.end + _ALONE_REACH)]):
            # "Volynov stayed aboard and brought Soyuz 5 down alone": the subject, and nobody else
            subject = [p for p in people if trigger.sent.start <= p.start and p.end <= trigger.start]
            if subject and not any(t.text in {",", ";"} for t in doc[subject[-1].end:trigger.start]):
                return [subject[-1].kb_id_]
        found = self._aboard(doc, statement, people, names, sentences, sentence_of, earlier, statements, crafts)
        sent, key = trigger.sent, normalize_name(statement.craft)
        others = {normalize_name(c.kb_id_) for c in crafts if sent.start <= c.start < sent.end
                  and not same_or_class(normalize_name(c.kb_id_), key)}
        outward = statement.trigger.event in OUTWARD
        # the crew the article lists under the craft's own crew noun or title
        own = self._crew_of_craft(doc, key, people, crafts, names) if found and (outward or others) else []
        if found and outward:
            # "The Ax-4 mission carrying A is set to dock ... the Ax-4 crew includes B, C and D": the rest of
            # that crew go up with A
            found = [*found, *(n for n in own if n not in found)]
        # "Crew-1 astronauts A and B, launched to the lab last November, and Soyuz MS-18 commander C, D and
        # E": beside the crew the sentence lists under the craft's own crew title, those under another's are
        # that craft's (not "Soyuz T-14 returns, carrying A, B and Soyuz T-13 crew member C")
        if not found or not others:
            return found
        if not any(sent.start <= p.start < sent.end and p.kb_id_ in own for p in people):
            return found
        theirs = {n for other in others for n in self._crew_of_craft(doc, other, people, crafts, names)}
        return [n for n in found if n not in theirs] if set(found) - theirs else found

    def _names_craft_again(self, doc: Doc, sentence: Span, crafts: list[Span], key: str) -> bool:
        """The sentence names the craft, or opens on a craft noun: "The spacecraft is described as ..."."""
        return any(sentence.start <= c.start < sentence.end and normalize_name(c.kb_id_) == key for c in crafts) or \
            (doc[sentence.start].lower_ == "the" and sentence.start + 1 < sentence.end and
             doc[sentence.start + 1].lower_ in CRAFT_NOUNS)

    def _aboard(self, doc: Doc, statement: "Statement", people: list[Span], names: dict,
                sentences: list[Span], sentence_of: dict[int, int], earlier: list["Statement"],
                statements: list["Statement"], crafts: list[Span]) -> list[str]:
        if statement.kind in UNCREWED:
            return []
        trigger = statement.trigger
        index = sentence_of[trigger.span.start]
        sent = sentences[index]
        key = normalize_name(statement.craft)
        # another craft's event in the same sentence keeps the people nearer to it
        # (not the craft's own class: "Two days after launch the Soyuz TMA-1 with A and B will dock")
        rivals = [s.trigger.span for s in statements if s is not statement
                  and not same_or_class(normalize_name(s.craft), key) and sent.start <= s.trigger.span.start < sent.end]
        # "Garriott traveled to Kazakhstan for his son's launch": the kin flies, not the sentence's people
        kin_owned = any(doc[i].lower_ in self.kinship and doc[i + 1].lower_ in {"'s", "’s"} and
                        any(i + 2 <= s.trigger.span.start <= i + 5 for s in statements)
                        for i in range(sent.start, sent.end - 1))
        # the trigger's own subject flies whatever else the article calls them ("CEO X was set to fly")
        before = [p for p in people if sent.start <= p.start and p.end <= trigger.span.start]
        # (and a gerund's, the main clause's: "A, B and C deployed a satellite ... before landing")
        gerund = gerund_clause_subjects(doc, trigger.span, before)
        subjects = {p.start for p in chain(doc, before, trigger.span.start, _PLANNED_GAP, forward=False)} | gerund
        if before and not subjects and _apposed_subject(doc, before[-1], trigger.span):
            subjects = {before[-1].start}  # "X, chief executive of a data company, was set to fly"
        crew = [p for p in people if not kin_owned and sent.start <= p.start < sent.end
                and self._flies(doc, p, names, by_role=p.start not in subjects, homeward=trigger.event in HOMEWARD)
                and (p.start in gerund or not self.only_timed_by(doc, p, trigger.span, crafts, names))
                and not self.in_station_crew(doc, p)
                and not self._nearer_to_rival(p, trigger.span, rivals)
                and not self._in_other_clause(doc, p, trigger.span)
                and not self._hosts_after(doc, p, trigger.span)
                and not self._flies_another_flight(doc, p, crafts, statement.craft)
                and not self._looks_on(doc, p, statements) and not in_another_crafts_clause(doc, p, crafts, key)
                and not aboard_another_craft(doc, p, crafts, key) and not pictured_or_owning_another(doc, p, crafts, key)
                and not self._awaits(doc, p, trigger) and not self.quotes_the_event(doc, p, trigger.span, names)]
        who = word_before(doc, trigger.span, AUXILIARIES)
        if who is not None and doc[who].lower_ == "who" and who > sent.start + 1 and \
                doc[who - 1 - (doc[who - 1].text == ",")].lower_ in self.crew_nouns:
            # "A, B and C were greeted by their Shenzhou-18 peers, who are to return next week": the group
            # the relative clause is about, not the main clause's people
            crew = [p for p in crew if p.start > who]
        seat = seat_flight(doc, trigger, crafts, self.crew_titles) if not crew else None
        if seat is not None and normalize_name(seat.kb_id_) == key:
            # "Young commanded Gemini 10; ... landed on the moon as commander of the Apollo 16 mission": the
            # sentence's subject, of the list of what it did; "He ... landed there as Commander of Apollo 16":
            # the one "he" is
            subject = [p for p in before if self._flies(doc, p, names)]
            pronoun = any(t.lower_ in _SINGULAR_PRONOUNS for t in doc[sent.start:trigger.span.start])
            crew = subject[-1:] or (self._antecedent(doc, sentences, index, people, names) if pronoun else [])
        if len(crew) == 1 and _AT_THE_CONTROLS.match(doc_text(doc), crew[0].end_char) and \
                any(t.tag_.startswith("VB") for t in doc[trigger.span.end:crew[0].start]):
            # "unhooking from Tiangong and then flying around the lab to re-attach with Nie at the controls":
            # who flies another verb's manoeuvre, of a crew named elsewhere (not "docked with X at the controls")
            crew = []
        owners = [p for p in crew if p.end + 1 < len(doc) and doc[p.end].lower_ in {"'s", "’s"}
                  and any(c.start == p.end + 1 for c in crafts)]
        if owners and any(p.start > trigger.span.end for p in crew if p not in owners):
            # "X's Crew Dragon capsule went flawlessly, launching NASA astronauts A and B": the craft's owner
            # where the sentence names who it carries
            crew = [p for p in crew if p not in owners]
        owner = next((p for p in people if p.end + 1 == trigger.span.start and doc[p.end].lower_ in {"'s", "’s"}), None)
        if owner is not None and not kin_owned:
            # "Former astronaut X on Y's return from the station": the event is its owner's
            crew = [owner, *(p for p in crew if p.start > trigger.span.start)]
        # the event's date, else the one its sentence gives another statement of it ("arrived on 8 June and docked")
        # (else the one an earlier statement of the event gives: "blasted off early Saturday ... Ten minutes later the
        # capsule was placed in orbit ... Two other tourists have preceded Olsen: A in 2001 and B in 2002")
        when = statement.value or next((s.value for s in statements if s.value and s.trigger.event == trigger.event
                                        and sentence_of[s.trigger.span.start] == index
                                        and normalize_name(s.craft) == key), "") or \
            next((s.value for s in earlier if s.value and s.trigger.event == trigger.event
                  and same_or_class(normalize_name(s.craft), key)), "")
        # (a paragraph is no bound: wire copy says who was aboard in the next one; a heading is)
        listing = None  # the last following sentence that said who is aboard
        unnamed = not crew  # "Discovery's liftoff Thursday with a crew of six": the crew comes after
        # "The Soyuz took off a day after the shuttle Atlantis pulled away. On board were A and B": the next
        # sentences tell of the main clause's craft, not of one a subordinate clause brings in
        subordinate = any(r.end <= trigger.span.start and any(t.lower_ in SUBORDINATORS for t in doc[r.end:trigger.span.start])
                          for r in rivals)
        told_at = 0  # the last following sentence that names the craft again
        # (whom the trigger's own sentence names but leaves off, a later one does not put aboard: "A went to space on
        # Shenzhou-14, while B and C are first-time travelers. B was an air force pilot")
        passed_over = {p.kb_id_ for p in people if sent.start <= p.start < sent.end} - {p.kb_id_ for p in crew}
        for offset, following in enumerate(sentences[index + 1:] if not subordinate else [], start=1):
            # (a launch that names nobody counts on from where the text names its craft again: "Voskhod radioed
            # ... The spacecraft is described as ... The commander was X")
            since = offset - told_at if unnamed and trigger.event == "launch" else offset
            if unnamed and self._names_craft_again(doc, following, crafts, key):
                told_at = offset
            # (wire copy lists a launch's crew a paragraph a sentence: the list goes on while each sentence adds to it)
            far = since > _FOLLOWING_SENTENCES and (listing is None or line_break_between(doc, listing, following)) \
                and not (unnamed and trigger.event == "launch" and listing is not None and listing.end == following.start
                         and offset <= _LAUNCH_CREW_SENTENCES)
            if far and not (trigger.event == "launch" and not crew and offset <= _LAUNCH_CREW_SENTENCES):
                break  # past the next two sentences only in the paragraph that lists the crew (or, for a
                # launch that names nobody, the section's next few: "Columbia lifted off on its final
                # mission on Jan. 16. ... Commander A led the crew, with pilot B and ...")
            if after_a_heading(doc, following) or _ANOTHER_FLIGHT.match(following.text) or \
                    tells_an_earlier_month(doc, following, when):
                break  # "## Who flew": another section; "For his second he flew with ...": another flight
            # "A, B and C were greeted at the station by their Shenzhou-18 peers, who ...": the newcomers
            # named before the greeting, whatever craft or event the greeters bring in after it
            greeted = next((t.i for t in following if t.lower_ in self.greeting_verbs
                            and any(following.start <= p.start < t.i for p in people)), None)
            following = doc[following.start:greeted] if greeted is not None else following
            if any(following.start <= s.trigger.span.start < following.end
                   and not same_or_class(normalize_name(s.craft), key) for s in statements):
                break  # the text has gone on to another craft's event
            if any(following.start <= s.trigger.span.start < following.end and
                   (s.trigger.event in OUTWARD if trigger.event in HOMEWARD else
                    s.trigger.event in HOMEWARD and normalize_name(s.craft) != key)
                   for s in statements):
                break  # "X will return to Earth with Endeavour. Commander Y guided the shuttle to a docking":
                # who went up is not who comes home (nor who comes home in another craft who went up: "they'll
                # come back to Earth on April 2 aboard a different Soyuz, along with X")
            # (not the craft's own class: "The full crew was Expedition 46 Soyuz Commander X, ...")
            # (nor its family: "Crew-3 launches Wednesday. A and B will fly aboard a SpaceX Crew Dragon")
            # (not one a person's relative clause flew: "alongside B, the commander, and C, who had flown
            # with B on Gemini 7")
            if any(following.start <= c.start < following.end and c.label_ in CREWED
                   and not self._own_class(normalize_name(c.kb_id_), statement.craft)
                   and not _in_relative_clause(doc, following.start, c) and not self._titles_a_flyer_aboard(doc, c, people)
                   for c in crafts):
                if listing is not None:
                    continue  # in the crew's list, a member's earlier flight: "His third was STS-133"
                break  # "Taylor Wang ... flew as a payload specialist aboard the Space Shuttle Challenger"
            # (or puts its people aboard the craft or its class: "A and B will fly to ISS aboard a SpaceX Crew Dragon")
            boards = any(following.start <= c.start < following.end and opener(doc, c) in _ABOARD
                         and self._own_class(normalize_name(c.kb_id_), statement.craft) for c in crafts)
            if (self._says_who_is_aboard(following) or boards) and not self._another_crew(following) and \
                    not of_another_flight(following, crafts, key):
                # not "Waiting to greet the newcomers were X, Y and Z"
                listed = [p for p in people if following.start <= p.start < following.end and p.kb_id_ not in passed_over
                          and self._flies(doc, p, names) and not self._hosted(doc, p, residents=False)
                          and not any(t.lower_ in _RESIDENT_CLAUSES for t in doc[following.start:p.start])
                          # (nor "Waiting aboard are A and B": those who stay aboard the station)
                          and not any(t.lower_ in self.staying and doc[t.i + 1].lower_ in _ABOARD
                                      for t in doc[following.start:p.start])
                          and not self._station_title(doc, p) and not self._looks_on(doc, p, statements)
                          and not self.leads_residents(doc, p)
                          and not dated_after_to_another_year(doc, p, when) and not self._agent(doc, p)
                          and not self.aboard_since(doc, p) and not pictured_or_owning_another(doc, p, crafts, key)]
                if far and len([p for p in listed if self._roles(p, names) & self.flyer_roles]) < 2:
                    continue  # (so far on, a crew by its roles, not one name or people who stayed long)
                crew += listed
                # "The crew was led by A with pilot B. Mission specialists C, D and E rounded out ..."
                listing = following if listed else listing
        if index > 0 and joined_pronoun(doc, sent, trigger.span):
            # "He and flight engineer X lifted off": he is the one the text has been speaking of
            crew = self._antecedent(doc, sentences, index, people, names) + crew
        names_aboard = list(dict.fromkeys(p.kb_id_ for p in crew))
        if names_aboard:  # "Tito and the cosmonauts blasted off": the cosmonauts the text named before
            names_aboard += [n for n in self._named_by_their_role(doc, trigger.span, people, names) if n not in names_aboard]
        relative = relative_who(doc, trigger.span)
        if not names_aboard and relative is not None:
            # "the four Crew-8 astronauts, A, B and C, who launched on 4 March"
            here = [p for p in people if sent.start <= p.start and p.end <= relative]
            listed = chain(doc, here, relative, {","}, forward=False, titled=True)
            names_aboard = list(dict.fromkeys(p.kb_id_ for p in reversed(listed) if self._flies(doc, p, names)))
        names_aboard = self.crew_so_far_over(doc, statement, earlier, names_aboard)
        if names_aboard and not any(sent.start <= p.start < sent.end for p in people) and \
                self._crew_subject(doc, statement):
            # "They docked with the Poisk module" after "A and B blasted off", the next sentence showing the pilot
            # C entering the station: they, and whom the next sentences add
            names_aboard = list(dict.fromkeys(self._crew_so_far(doc, statement, earlier) + names_aboard))
        if not names_aboard and self._crew_subject(doc, statement):
            known = self._labelled_crew(doc, statement, people, names) or \
                self._crew_named_after_label(doc, statement, people) or self._crew_so_far(doc, statement, earlier)
            if known and index > 0 and doc[sent.start].lower_ == "they" and _WITH_HIM_OR_HER.match(
                    doc_text(doc), trigger.span.end_char, sent.end_char):
                # "They will stay ten days and then return to Earth with her in Soyuz MS-42": they, whom the
                # sentence before names, and she, the craft's crew so far
                before = sentences[index - 1]
                they = self._crew_before(doc, statement, before, people, names, earlier) or next(
                    (list(s.people) for s in reversed(earlier) if before.start <= s.trigger.span.start < before.end
                     and s.people), [])  # (or the crew the sentence before flew: "A and B are to launch on ...")
                return [*they, *(n for n in known if n not in they)]
            if known:
                return known
            counted = self._counted_crew(doc, statement, earlier, sentence_of, names)
            if counted:
                return counted
            if index > 0 and (doc[sent.start].lower_ in PERSONAL_PRONOUNS or self.crew_noun_opens(doc, statement)):
                # "... for the arrival of three new crew members - A, B and C. They are scheduled for launch"
                names_aboard = self._crew_before(doc, statement, sentences[index - 1], people, names, earlier)
                if not names_aboard and doc[sent.start].lower_ in _SINGULAR_PRONOUNS:
                    # "Lt. Col. X became China's first astronaut in space. He took off from ...": the one
                    # the sentence before has as its subject
                    names_aboard = self._subject_of(doc, sentences[index - 1], people, names)[:1]
            elif index > 0 and pronoun_subject(doc, trigger.span):
                # "Four years later Leonov and Kubasov flew together. On 15 July they were launched"
                names_aboard = self._subject_of(doc, sentences[index - 1], people, names)
            elif index > 0 and singular_subject(doc, sent, trigger.span, people):
                # "It was Mogensen's second flight. In 2015 he became the first Dane in space, launching"
                before = [p for p in people if sentences[index - 1].start <= p.start < sent.start
                          and self._flies(doc, p, names)]
                names_aboard = [before[-1].kb_id_] if before else []
        elif names_aboard and index > 0 and doc[sent.start].lower_ == "they" and \
                not any(sent.start <= p.start < trigger.span.start and p.kb_id_ in names_aboard for p in people):
            # "They will ... return to Earth together with X": they, whom the sentence before names, and X
            they = self._crew_before(doc, statement, sentences[index - 1], people, names, earlier)
            names_aboard = [*they, *(n for n in names_aboard if n not in they)]
        if not names_aboard and index > 0 and trigger.span.end < len(doc) and doc[trigger.span.end].lower_ in {"him", "her"}:
            # "His first flight took him to Mir aboard Soyuz TM-6": the one the text speaks of
            names_aboard = [p.kb_id_ for p in self._antecedent(doc, sentences, index, people, names)]
        if not names_aboard and trigger.span.end < len(doc) and doc[trigger.span.end].lower_ == "them":
            # "Crew Dragon Endeavour brought them home": the crew the text spoke of last
            names_aboard = self._latest_crew(earlier, sentence_of, index)
        if not names_aboard and statement.trigger.event in ("launch", "landing"):
            # a list under the craft's own crew noun ("the Ax-4 crew comprises A, B and C") over the
            # flyers named nearby, who may be the station's crew watching it arrive
            names_aboard = self._crew_of_craft(doc, normalize_name(statement.craft), people, crafts, names) or \
                self._assigned_crew(doc, normalize_name(statement.craft), people, crafts, names) or \
                self.crew_lined_under(doc, statement, people) or \
                (self._flyers_nearby(doc, statement, people, names, sentences, index, statements, crafts)
                 if not kin_owned else [])
        names_aboard += [n for n in self.counted_companions(doc, statement, people, sentences, index, statements)
                         if n not in names_aboard]
        count = self._counted_crew_noun(doc, trigger.span)
        if count is not None and len(names_aboard) < count:
            # "The four-member team led by Isaacman launched Tuesday" after the splashdown named all four
            key = normalize_name(statement.craft)
            told = [s.people for s in earlier if normalize_name(s.craft) == key and len(s.people) == count
                    and set(names_aboard) <= set(s.people)]
            names_aboard = list(told[-1]) if told else names_aboard
        if count is not None and len(names_aboard) < count:
            # "The seven crew members had set out ...": read on until seven are named
            names_aboard = self._counted_on(doc, statement, names_aboard, count, people, names, sentences,
                                            index, statements, crafts)
        left_out = {p.kb_id_ for p in people if sent.start <= p.start < sent.end} - set(names_aboard)
        return self._whole_crew(statement, names_aboard, earlier, left_out)

    def _titles_a_flyer_aboard(self, doc: Doc, craft: Span, people: list[Span]) -> bool:
        """"On board were Vostok 3 Cosmonaut A, 40, and B": an earlier flight titling a flyer the sentence
        puts aboard."""
        return craft.end + 1 < len(doc) and doc[craft.end].is_alpha and \
            any(p.start == craft.end + 1 for p in people) and \
            any(cue in doc[craft.sent.start:craft.start].text.lower() for cue in self.aboard_cues)

    def _named_by_their_role(self, doc: Doc, trigger: Span, people: list[Span], names: dict) -> list[str]:
        """"A and the cosmonauts blasted off": the two or three people the text named before with that role
        ("cosmonauts B and C"), the subject's plural noun after "and the"."""
        sent = trigger.sent
        for t in doc[sent.start + 2:trigger.start]:
            role = _GROUP_ROLES.get(t.lower_)
            if role is None or doc[t.i - 1].lower_ != "the" or doc[t.i - 2].lower_ != "and":
                continue
            named = list(dict.fromkeys(p.kb_id_ for p in people if p.start < sent.start and role in self._roles(p, names)))
            return named if 2 <= len(named) <= _GROUP_SIZE else []
        return []

    def _agent(self, doc: Doc, person: Span) -> bool:
        """"the programme, launched in April 2017 by Sheikh X": the doer of another verb, not one named
        aboard ("flown by", "led by" name the crew)."""
        # (and those listed after them: "by Sheikh A, Vice President ..., and Sheikh B")
        by = next((t.i for t in reversed(doc[person.sent.start:person.start]) if t.lower_ == "by"), None)
        if by is None or any(t.tag_.startswith("VB") for t in doc[by + 1:person.start]):
            return False
        # the verb "by" follows, past a time phrase: "launched in April 2017 by"
        verb = next((t for t in reversed(doc[max(person.sent.start, by - _AGENT_VERB_REACH):by]) if t.tag_.startswith("VB")), None)
        return verb is not None and verb.tag_ == "VBN" and f"{verb.lower_} by" not in self.aboard_cues and \
            verb.lower_ not in self.leading_verbs

    def _awaits(self, doc: Doc, person: Span, trigger) -> bool:
        """"A, B and C, who are now manning the ISS, will be awaiting the moment when the Soyuz lands": a
        staying verb of the person's, the return in a clause of its own after it (not "X would remain in orbit
        and return to Earth aboard Soyuz MS-19"; not the noun: "had come only for a short stay")."""
        if trigger.event not in HOMEWARD or person.end > trigger.span.start:
            return False
        stay = next((t.i for t in doc[person.end:trigger.span.start]
                     if t.lower_ in self.staying and t.tag_.startswith("VB")), None)
        return stay is not None and any(t.lower_ in SUBORDINATORS for t in doc[stay + 1:trigger.span.start])

    def _flies_another_flight(self, doc: Doc, person: Span, crafts: list[Span], craft: str) -> bool:
        """`flies_another`, but not by the event's own class: "On STS-9 ... Young landed the space shuttle"."""
        if not flies_another(doc, person, crafts, normalize_name(craft)):
            return False
        following = next_craft(person, crafts)
        return following is None or not self._own_class(normalize_name(following.kb_id_), craft)

    def _own_class(self, name: str, craft: str) -> bool:
        """The craft named `name` is `craft`, its class or its family ("Crew Dragon" of "Crew-3")."""
        return same_or_class(name, normalize_name(craft)) or self.families.family(craft) == name

def _in_relative_clause(doc: Doc, start: int, craft: Span) -> bool:
    """The craft stands in a "who" clause not yet closed by a comma: "C, who had flown with B on Gemini 7"
    (not "A, a physicist who had emigrated, flew aboard Challenger")."""
    who = max((t.i for t in doc[start:craft.start] if t.lower_ == "who"), default=None)
    return who is not None and not any(t.text == "," for t in doc[who:craft.start])


def _apposed_subject(doc: Doc, person: Span, trigger: Span) -> bool:
    """The person, set off by an apposition in commas, is the trigger's subject: "X, chief executive of
    the company, was set to fly"."""
    between = doc[person.end:trigger.start]
    if len(between) < 3 or between[0].text != ",":
        return False
    close = next((t.i for t in between[1:_APPOSITION_REACH] if t.text == ","), None)
    return close is not None and all(t.lower_ in _PLANNED_GAP for t in doc[close + 1:trigger.start]) and \
        not any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in doc[person.end:close])
