"""The shape of a name: whether a span of tokens can be a person's name, and the
name inside a span once titles, descriptors and possessives are stripped
("NASA astronaut Kate Rubins's" -> "Kate Rubins", role "astronaut").

`NameShape` holds the word lists of data/people_words.json these checks read;
the people finder asks it about every candidate it finds.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...normalize import doc_text, normalize_name
from ...resources import load_json
from .name_lists import APOSTROPHES, ELIDED_SURNAME

MAX_NAME_TOKENS = 5
# months that are no one's first name ("June Lockhart", "Jan Davis" are people; "9 June Lockhart" is not)
_NO_NAME_MONTHS = {"January", "February", "March", "July", "September", "October", "November", "December"}
# ... nor one a date's words lead to before a whole name: "by mid-May Bob Gilruth", "in June Ann Lee"
_BEFORE_A_MONTH = {"-", "in", "by", "since", "until", "mid", "early", "late", "of", "from", "through"}
QUOTES = {'"', "“", "”", "«", "»", "‘", "’", "'"}
_ROMAN_NUMERAL = re.compile(r"[IVX]+")  # "Curtis Lee White II"
_BARE_LETTER = re.compile(r"[A-HJ-UWYZ]")  # one capital, not a Roman numeral ("I", "V", "X")


_NO_NAME_POS = {"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "ADV"}  # no syllable of a name


_PLACES_KEY = "name_shape.places"  # doc.user_data: the one-word GPE and NORP entities' texts and starts

class NameShape:
    def __init__(self, vocab: dict, role_of_phrase: dict[str, str], weekdays: set[str], months: set[str] = frozenset()):
        self.role_of_phrase = role_of_phrase
        self.weekdays = weekdays  # a weekday ends a name: "NASA Administrator Bill Nelson Thursday said"
        self.months = months  # a month opens no name: "On 9 February Integrity swung behind the Moon"
        self.titles = set(vocab["titles"])
        self.flight_nouns = set(vocab["flight_nouns"])  # "the Marco Polo flight": a flight named after someone
        self.modifiers = set(vocab["modifiers"])
        self.page_stamps = set(vocab["page_stamps"])  # "Ann Reed Published June 06"
        self.imperatives = set(vocab["imperative_leads"])  # "Follow Paolo Nespoli during his Vita mission at ..."
        self.particles = set(vocab["particles"])
        # Arabic particles written capitalised inside a name: "Sultan Al Neyadi", "Hazza Al Mansouri"
        self.capitalised_particles = set(vocab["capitalised_particles"])
        self.organisations = {normalize_name(o) for o in vocab["organisations"]}
        self.news_agencies = {normalize_name(o) for o in vocab["news_agencies"]}
        self.outlet_heads = set(vocab["outlet_heads"])
        self.surname_titles = set(vocab["surname_titles"])
        self.hyphened_heads = set(vocab["hyphened_surname_heads"])
        self.demonym_phrases = {normalize_name(p) for p in vocab["demonym_phrases"]}
        self.units = set(vocab["units"])  # "minus-5 degrees Celsius": a scale, not its inventor
        self.programmes = set(vocab["programmes"])  # "a veteran Gemini and Apollo astronaut": no one named Gemini
        self.facility_heads = set(vocab["facility_heads"])
        self.given_name_heads = set(vocab["given_name_heads"])
        self.given_names = set(load_json("given_names.json")["names"])  # "George Abbey" is no abbey
        self.byline_non_names = set(vocab["byline_non_names"])  # "By Newser Editors and Wire Services"
        self.organisation_role_heads = set(vocab["organisation_role_heads"])
        self.ship_prefixes = set(vocab["ship_prefixes"])
        self.place_prefixes = set(vocab["place_prefixes"])
        self.model_words = set(vocab["model_words"])
        self.ship_nouns = set(vocab["ship_nouns"])
        self.thing_nouns = set(vocab["thing_nouns"])  # "non-profit entity Robin Hood", "callsign Golden Eagle"
        self.headline_words = set(vocab["headline_words"])
        self.number_abbreviations = set(vocab["number_abbreviations"])  # "No. 11", "Vol. 3" before a number
        self.leading_function_words = set(vocab["leading_function_words"])
        # ", Ohio." after a capitalised run: a town and its state
        self.region_after = re.compile(r",\s*(?:" + "|".join(re.escape(r) for r in sorted(
            vocab["region_names"], key=len, reverse=True)) + r")(?=[,;.]|[ \t]*(?:\n|$))")

    def _names_a_thing(self, doc: Doc, start: int) -> bool:
        return doc[start - 1].lower_ in self.thing_nouns or (
            start > 1 and doc[start - 2].lower_ == "call" and doc[start - 1].lower_ in {"sign", "name"})

    def things_named(self, doc: Doc) -> set[str]:
        """The capitalised names the text gives a thing ("operated under the call name Golden Eagle"):
        no person's, wherever else they stand ("'Golden Eagle, this is Falcon!'")."""
        found = set()
        for token in doc[1:]:
            if token.is_title and self._names_a_thing(doc, token.i):
                end = token.i
                while end < len(doc) and doc[end].is_title:
                    end += 1
                found.add(normalize_name(doc[token.i:end].text))
        # "the Marco Polo flight", "the Sultan mission": a flight named after someone, no person (a full name
        # of two words or more: not "the Glenn flight" for a John Glenn)
        for token in doc[2:]:
            if token.lower_ in self.flight_nouns and doc[token.i - 1].is_title:
                start = token.i - 1
                while start > 0 and doc[start - 1].is_title and doc[start - 1].lower_ != "the":
                    start -= 1
                if start > 0 and doc[start - 1].lower_ == "the" and token.i - start >= 2:
                    found.add(normalize_name(doc[start:token.i].text))
        return found

    def clean(self, doc: Doc, start: int, end: int, roles_at):
        """Strip titles, descriptors and possessives; return the name's token range."""
        stripped_role = ""
        stripped_descriptor = False
        while end > start and (doc[end - 1].text in APOSTROPHES or doc[end - 1].is_punct
                               or doc[end - 1].text in self.weekdays or _glued_credit(doc, end - 1)
                               or (end - start > 1 and doc[end - 1].text in self.page_stamps)
                               or (end - start > 2 and doc[end - 1].is_upper and
                                   normalize_name(doc[end - 1].text) in self.organisations)):
            end -= 1  # "NASA Administrator Bill Nelson Thursday said", a caption's "Lev OrlovAP", "Bill Nelson NASA
            # administrator"
        if end - start > 2 and doc[end - 2].text in {"-", "‐"} and doc[end - 1].is_lower and \
                doc[end - 1].pos_ in _NO_NAME_POS:
            end -= 2  # a hyphen for a dash: "Vitali Sevastyanov-found the return hard" (not "Yi So-yeon")
        while start < end:
            token = doc[start]
            role_here = self.role_starting_at(start, end, roles_at)
            if role_here is not None:
                role_end, role = role_here
                stripped_role, stripped_descriptor = role, True
                start = role_end + 1
            elif (token.text in self.titles and not self._double_surname_head(doc, token.i, end)) or \
                    token.text in self.modifiers or \
                    token.is_punct or (token.is_sent_start and token.lower_ in self.modifiers) or \
                    (token.text in self.months and end - start > 1 and
                     (token.i > 0 and doc[token.i - 1].like_num or token.text in _NO_NAME_MONTHS or
                      (end - start > 2 and token.i > 0 and doc[token.i - 1].lower_ in _BEFORE_A_MONTH))):
                stripped_descriptor |= token.text in self.modifiers and token.lower_ not in {"the", "a", "an"}
                start += 1
            elif end - start > 2 and token.text in self.imperatives and \
                    (token.is_sent_start or "\n" in doc[max(0, start - 1)].text_with_ws):
                start += 1  # a page's call to the reader: "Follow Paolo Nespoli during his mission"
            elif end - start > 2 and token.is_upper and token.is_alpha and len(token.text) >= 3 and \
                    doc[start + 1].is_title:
                start += 1  # a wire's slug glued to the name: "NEWSWIRE Khalid Al Nasser"
            elif without_place(doc, start, end, self.capitalised_particles) > start:
                # a place glued to the name: "two representatives of India Rakesh Sharma and B"
                start = without_place(doc, start, end, self.capitalised_particles)
            elif token.text in APOSTROPHES or (end - start > 1 and (
                    token.is_lower or token.pos_ in {"ADV", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "VERB", "AUX", "INTJ"})):
                # "fashion tycoon Yusaku Maezawa": lower-case words are descriptors
                stripped_descriptor |= token.is_alpha and token.lower_ not in {"the", "a", "an", "and"}
                start += 1
            else:
                break
        if start >= end:
            return None
        return start, end, stripped_role, stripped_descriptor

    def _double_surname_head(self, doc: Doc, i: int, end: int) -> bool:
        """A title a hyphen runs into the next word opens a double surname: "Saint-Jacques", "St-Pierre"."""
        return doc[i].text in self.hyphened_heads and i + 2 < end and not doc[i].whitespace_ and \
            doc[i + 1].text in {"-", "‐"} and not doc[i + 1].whitespace_

    @staticmethod
    def role_starting_at(start: int, limit: int, roles_at):
        best = None
        for role_end, (role_start, role) in roles_at.items():
            if role_start == start and role_end < limit - 1:
                if best is None or role_end > best[0]:
                    best = (role_end, role)
        return best

    def titled(self, doc: Doc, start: int) -> bool:
        """A capitalised title or role right before token `start`: "President" in "President Kennedy"."""
        return start > 0 and doc[start - 1].is_title and (doc[start - 1].text in self.titles or
                                                          doc[start - 1].lower_ in self.role_of_phrase)

    def ship_named(self, doc: Doc, start: int) -> bool:
        """A ship's prefix stands before the name: "USS Iwo Jima", "the 'SS Roger Chaffee' Cygnus"."""
        return start > 0 and doc[start - 1].text.replace(".", "") in self.ship_prefixes

    def looks_like_name(self, doc: Doc, start: int, end: int) -> bool:
        if end - start > MAX_NAME_TOKENS:
            return False
        tokens = doc[start:end]
        text = normalize_name(tokens.text)
        # (but a surname an organisation shares after a capitalised title: "President Kennedy's 1961 call")
        titled = self.titled(doc, start)
        if not text or (text in self.organisations and not (len(tokens) == 1 and titled)):
            return False  # "launched from Kennedy"
        if len(tokens) == 1 and (tokens[0].text in self.units or tokens[0].text in self.programmes):
            return False
        if text in self.demonym_phrases:
            return False  # "49-year-old New Yorker blasts off"
        if {normalize_name(tokens[0].text), normalize_name(tokens[-1].text)} & self.news_agencies:
            return False  # a dateline's or citation's agency: "Moscow Tass", "Beijing Xinhua", "Jiji Press"
        if len(tokens) > 1 and tokens[-1].text in self.outlet_heads:
            return False  # a newspaper under its reporter's byline: "Las Cruces Sun-News", "Houston Chronicle"
        if not any("a" <= ch.lower() <= "z" for ch in text) and start > 0 and doc[start - 1].text == "(":
            return False  # a gloss in another script: "Kazakhstan (Республика Казахстан)"
        if any(ch in t.text for t in tokens for ch in "()[]") or any("--" in t.text for t in tokens):
            return False  # a token the tokenizer glued across a bracket: "Press)--A"
        if tokens[0].text.replace(".", "") in self.ship_prefixes or self.ship_named(doc, start):
            return False  # "USS Iwo Jima", "U.S.S. Iwo Jima"
        if len(tokens) == 1 and tokens[0].lower_ in self.number_abbreviations and end + 1 < len(doc) and \
                doc[end].text == "." and doc[end + 1].like_num:
            return False  # an abbreviation before its number: "cosmonaut No. 11"
        if start > 0 and doc[start - 1].lower_ in {"dubbed", "christened"}:
            return False  # "Alexander's mission, dubbed Blue Dot": a name given to a thing
        if start > 0 and doc[start - 1].lower_ == "the":
            return False  # a ship, a place or a thing named for someone: "aboard the Iwo Jima", "the Van
            # Allen radiation belt" (a person's "the" has a word between: "the late John Glenn")
        if end < len(doc) and doc[end].is_lower and doc[end].pos_ == "NOUN" and _after_article(doc, start):
            return False  # "the dangerous Van Allen radiation belt": a name before its noun names the thing
        if len(tokens) > 1 and (text in self.role_of_phrase or _plural_role(tokens[-1].lower_, self.role_of_phrase) or
                                (tokens[0].text in self.programmes and tokens[-1].lower_ in self.role_of_phrase)):
            return False  # a role as a heading's words: "Spaceflight Participant", "Skylab Astronauts", "Apollo Moonwalker"
        if len(tokens) > 1 and self.region_after.match(doc_text(doc), tokens[-1].idx + len(tokens[-1].text)):
            return False  # a hometown in a roster: "Marine Lt. Col. A, 37, New Concord, Ohio."
        if tokens[0].text in self.place_prefixes and len(tokens) > 1:
            return False  # a feature of the Moon or Mars, "Mare Nectaris", or a place on Earth, "Cape Canaveral"
        if start > 0 and doc[start - 1].lower_ in self.ship_nouns and not (end < len(doc) and doc[end].pos_ == "VERB"):
            return False  # "the trading vessel Columbia Rediviva" (but "the ship James Cook commanded")
        if start > 0 and self._names_a_thing(doc, start):
            return False  # "the anti-poverty charity Robin Hood", "under the call sign Golden Eagle"
        text_before = doc[start - 1].text if start > 0 else ""
        text_after = doc[end].text if end < len(doc) else ""
        if text_before in QUOTES and (text_after in QUOTES or text_after == ":"):
            return False  # a quoted title: "Saare Jahan Se Achha", "Demon Slayer: Kimetsu no Yaiba"
        if len(tokens) > 1 and _BARE_LETTER.fullmatch(tokens[-1].text) and not (end < len(doc) and doc[end].text == ".") \
                and not (all(t.ent_type_ == "PERSON" for t in tokens) and start > 0 and doc[start - 1].is_lower
                         and doc[start - 1].lower_ in self.role_of_phrase):
            return False  # a lettered feature or unit, "a crater known as Malapert A", "Team B" (an initial has its
            # stop, or the NER's person, a role before it, ends on it: "scientist Sivan K", an Indian name's
            # initial after it)
        if len(tokens) == 2 and tokens[0].text in self.model_words and _ROMAN_NUMERAL.fullmatch(tokens[-1].text):
            return False  # a model, "Launch Vehicle Mark III" (not "Pope Leo IX")
        for i, token in enumerate(tokens):
            if (i > 0 and token.is_title and (tokens[i - 1].text in {"-", "‐"} or (
                    i + 1 < len(tokens) and tokens[i + 1].text in {"-", "‐"}))) or \
                    (i == 0 and self._double_surname_head(doc, start, end)):
                continue  # a half of a double surname: "Saint-Jacques", "Auñón-Chancellor"
            if i > 0 and i == len(tokens) - 1 and token.text in self.surname_titles and \
                    tokens[0].text not in self.titles and tokens[0].lower_ not in self.role_of_phrase and \
                    normalize_name(tokens[0].text) not in self.organisations:
                continue  # a title that is a surname too: "Gayle King", "John Major" (not "Flight Director")
            if token.text in self.titles or token.text in self.modifiers or (
                    i == 0 and token.lower_ in self.role_of_phrase):
                return False  # "Vice President", "Cosmonauts", "African American" (but "Rick Husband")
            if token.like_num or any(ch.isdigit() for ch in token.text):
                return False
            if token.text in self.facility_heads and not (i == 0 and len(tokens) > 1 and
                                                          token.text in self.given_name_heads) and \
                    not (i == len(tokens) - 1 == 1 and tokens[0].text in self.given_names):
                return False
            if token.text in self.particles and 0 < i < len(tokens) - 1:
                continue
            if token.text in {"-", "‐"}:
                continue
            if token.is_lower and hyphenated_part(doc, start + i):
                continue  # the second syllable of a Korean given name: "Yi So-yeon"
            if (len(tokens) == 1 or i == 0) and token.text in self.headline_words:
                return False  # a headline's verb left alone once its craft is taken: "Endeavour Returns After ...",
                # or opening what a role cue runs into: "Russian Cosmonaut Dies Aged 85"
            if i > 0 and (token.text in self.headline_words or token.tag_ in {"VBZ", "VBD"} or
                          (token.tag_ == "RB" and token.lower_.endswith("ly") and not _in_running_text(doc, start + i))):
                return False  # a headline in title case: "Crew Returns To Earth", "Astronauts Land Softly"
                # (not a surname the tagger reads as an adverb: "spokesman Josh Byerly said")
            if i == 0 and (token.text in self.leading_function_words or token.tag_ == "VBG"):
                return False  # "In Jakarta", "Joining Williams and Wilmore on the trip are ..."
            if len(tokens) > 1 and token.is_upper and token.is_alpha and len(token.text) >= 3 \
                    and not _ROMAN_NUMERAL.fullmatch(token.text):
                return False  # a wire slug in capitals: "RESEARCH ALERT - Lehman"
            if not token.text[:1].isupper() and not (i > 0 and ELIDED_SURNAME.fullmatch(token.text)):
                return False  # (but an elided particle: "Yannick d’Escatha")
            if len(tokens) == 1 and token.is_upper and len(token.text) > 1:
                return False
        following = doc[end] if end < len(doc) else None
        if following is not None and following.text in self.facility_heads and following.is_title:
            return False
        # "Cirque du Soleil co-founder Guy Laliberte": a name before an
        # organisation's role word is the organisation.
        if following is not None:
            joined = "".join(t.text for t in doc[end:end + 3])
            if any(joined.startswith(head) and not joined[len(head):len(head) + 1].isalpha()
                   for head in self.organisation_role_heads):
                return False
        return True


def _in_running_text(doc: Doc, i: int) -> bool:
    """A lower-case word follows token i in its line, as in prose (not "Astronauts Land Softly")."""
    return i + 1 < len(doc) and doc[i + 1].is_lower and "\n" not in doc[i].whitespace_


def _after_article(doc: Doc, start: int) -> bool:
    """An article or a count before the name with only lower-case adjectives between: "the dangerous",
    "two" ("two Astro Pi flight units")."""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "ADJ" and doc[i].is_lower:
        i -= 1
    return i >= 0 and (doc[i].lower_ in {"the", "a", "an"} or (doc[i].tag_ == "CD" and doc[i].is_lower))


def hyphenated_part(doc: Doc, i: int) -> bool:
    """doc[i] is a hyphen inside a name, or the lower-case part after it: "Yi So-yeon"."""
    if i < 1:
        return False
    if doc[i].text in {"-", "‐"}:
        return doc[i - 1].is_title and not doc[i - 1].whitespace_ and not doc[i].whitespace_
    return doc[i].is_lower and doc[i].is_alpha and doc[i - 1].text in {"-", "‐"} and not doc[i - 1].whitespace_ \
        and i > 1 and not doc[i - 2].whitespace_


def _plural_role(word: str, role_of_phrase: dict[str, str]) -> bool:
    """A role in the plural ("astronauts"): no surname."""
    return word.endswith("s") and word in role_of_phrase and word[:-1] in role_of_phrase


WIRE_CREDITS = ("AP", "AFP", "UPI", "EPA")  # the tokenizer parts them from a word glued before (nlp.py)


def _glued_credit(doc: Doc, i: int) -> bool:
    """A wire credit the page glued to the name before it: "OrlovAP" (the tokenizer parts them)."""
    return doc[i].text in WIRE_CREDITS and i > 0 and not doc[i - 1].whitespace_


def without_place(doc: Doc, start: int, end: int, particles: set[str] = frozenset()) -> int:
    """The name's start past a place of a word or two glued before it ("India Rakesh Sharma", "New
    Hampshire Christa McAuliffe"), where the NER names that place elsewhere in the Doc (not "Salem
    Al Kaabi", a given name it calls a place, nor a word before one of the surname `particles`:
    "Hazza Al Mansoori")."""
    for words in (2, 1):
        if end - start - words >= 2 and doc[start + words].text not in particles and any(
                not start <= i < end for i in _places_named(doc).get(doc[start:start + words].text, ())):
            return start + words
    return start


def _places_named(doc: Doc) -> dict[str, list[int]]:
    """Where the NER names a place or people of a word or two ("India", "Soviet", "New Hampshire"),
    read once per Doc."""
    found = doc.user_data.get(_PLACES_KEY)
    if found is None:
        found = doc.user_data[_PLACES_KEY] = {}
        for e in doc.ents:
            if len(e) <= 2 and e.label_ in {"GPE", "NORP"}:
                found.setdefault(e.text, []).append(e.start)
    return found

