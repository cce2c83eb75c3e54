"""Merging name mentions into people: "Anton Shkaplerov", "Shkaplerov" and
"Shkaplerov's" are one person; so are "Oleg Novitskiy" / "Oleg Novitsky",
"Alexei" / "Aleksei Leonov", "Mark T. Vande Hei" / "Mark Vande Hei" and "Doug" /
"Douglas Hurley" (first-name nicknames from data/people_words.json). Finding
the mentions is people/finder.py's job; this module only groups them.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from ...normalize import normalize_name

_LISTED_GAP = 2  # tokens between two names of a list: ", " or " and "
_SURNAME_SIMILARITY = 0.8  # Novitskiy / Novitsky, Shkaplerov / Shkaplerow
# With the surname equal, transliterated first names differ more (Alexander / Aleksandr).
_FIRST_NAME_SIMILARITY = 0.75
# Two transliterations of one whole name ("Hazza Almansoori" / "Hazzaa al-Mansoori"): long names
# this alike are one person; short ones ("Liu Yang" / "Liu Wang") may be two.
_WHOLE_NAME_SIMILARITY, _WHOLE_NAME_LETTERS = 0.9, 12
_PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ichna")  # Russian: "Viktorovich", "Sergeyevna"

# (old wire copy: ``Hoot''; single quotes too: "Donald 'Deke' Slayton")
_QUOTED_NICKNAME = re.compile(r"\s+(?:[\"“‘']|``)[^\"”`'’‘\s]+(?:[\"”’']|'')\s+|\s+(?:[\"“]|``)[^\"”`']+(?:[\"”]|'')\s+")
_QUOTES = {'"', "“", "”", "'", "‘", "’"}  # the marks _QUOTED_NICKNAME reads


_GLUED_INITIALS = re.compile(r"(?<=[A-Z]\.)(?=[A-Z])")  # "V.M.Komarov"


def name_words(text: str) -> list[str]:
    """A name's words, initials run together into the surname split apart: "V.M.Komarov" is
    "V.", "M.", "Komarov"."""
    return [w for word in text.split() for w in _GLUED_INITIALS.split(word)]


@dataclass
class Mention:
    start: int  # token indices of the cleaned name
    end: int
    text: str
    evidence: bool
    role: str = ""
    cued: bool = False  # a title, descriptor or role stood next to it
    left_role: bool = False
    shared: bool = False  # the role is a singular title's the list before it opens with ("commander A, B")
    person: "Person | None" = None


@dataclass
class Person:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        multi = [m.text for m in self.mentions if len(name_words(m.text)) > 1] or [
            m.text for m in self.mentions
        ]
        # (the most words that are no initials: "Vladimir Komarov" over "V.M.Komarov")
        longest = max(multi, key=lambda t: (sum(not is_initial(w) for w in name_words(t)), len(name_words(t)),
                                            -multi.index(t)))
        # 'Barry "Butch" Wilmore' is Barry Wilmore: readers list the full name without the nickname
        return _QUOTED_NICKNAME.sub(" ", longest)

    def tokens(self) -> list[list[str]]:
        return [name_words(m.text) for m in self.mentions]


class NameMerger:
    def __init__(self, nicknames: dict[str, str], suffixes: list[str] = ()):
        self.nicknames = nicknames
        self.suffixes = set(suffixes)  # generational: "Jr", "II" (people_words.json name_suffixes)

    def merge(self, mentions: list[Mention], joiners: set[int] = frozenset()) -> list[Person]:
        """The people the mentions name; `joiners`: the token indices of "and" and "," that
        coordinate names."""
        people: list[Person] = []
        full = sorted((m for m in mentions if len(name_words(m.text)) > 1), key=lambda m: m.start)
        for mention in full:
            # (not a person one of whose full names has another given name: "Al Nasser" fits both
            # "Khalid Al Nasser" and "Rashid Omar Al Nasser", two people)
            person = next((p for p in people if self.same_full_name(p, mention.text) and
                           not any(self._other_given_name(m.text, mention.text) for m in p.mentions)), None)
            if person is None and not mention.evidence:
                continue
            if person is None:
                person = Person()
                people.append(person)
            person.mentions.append(mention)
            mention.person = person
        # Mentions without evidence that merged nowhere are dropped; now
        # single-token mentions attach to the most recent person they fit.
        previous: Mention | None = None
        for mention in sorted((m for m in mentions if len(name_words(m.text)) == 1), key=lambda m: m.start):
            fits = [p for p in people if self.single_fits(p, mention.text)]
            if not fits:
                # "shuttle veterans Mike and Piers" after "Michael Foale and Piers Sellers": a familiar form of
                # one person's given name
                fits = [p for p in people if any(len(t) > 1 and t[0] != mention.text and
                                                 self._formal(t[0]) == self._formal(mention.text) for t in p.tokens())]
                fits = fits if len(fits) == 1 else []
            if len(fits) > 1:
                # two people of one surname ("Richard Garriott ... his father Owen Garriott ... Garriott
                # will stay"): the bare surname is the article's first-named of them, its subject
                fits.sort(key=lambda p: min(m.start for m in p.mentions))
                if previous is not None and previous.text == mention.text and previous.person in fits and \
                        0 < mention.start - previous.end <= _LISTED_GAP:
                    # "Li, Li and Zhou blasted off": the namesake after the one just listed
                    fits = fits[fits.index(previous.person) + 1:] or fits
            if fits:
                fits[0].mentions.append(mention)
                mention.person = fits[0]
            elif mention.evidence and mention.cued:
                # A lone surname-like word is a person only with a title or role
                # beside it; the NER alone calls too many places and brands persons.
                person = Person([mention])
                mention.person = person
                people.append(person)
            previous = mention
        # "Remek and Gubarev returned": a lone word the NER calls a person, coordinated with a known
        # person's surname, is one too
        singles = [m for m in mentions if len(name_words(m.text)) == 1]
        for mention in singles:
            if mention.person is None and mention.evidence and any(
                    o.person is not None and ((o.end + 1 == mention.start and o.end in joiners) or
                                              (mention.end + 1 == o.start and mention.end in joiners))
                    for o in singles):
                person = Person([mention])
                mention.person = person
                people.append(person)
        for person in people:
            person.mentions.sort(key=lambda m: m.start)
        people.sort(key=lambda p: p.mentions[0].start)
        return people

    def _other_given_name(self, one: str, other: str) -> bool:
        """Two full names of one surname whose given names differ ("Khalid Al Nasser", "Rashid Omar
        Al Nasser"), neither the other's end ("Al Nasser") nor a nickname of it ("Tom", "Thomas")."""
        a = [w for w in one.split() if not is_initial(w)]
        b = [w for w in other.split() if not is_initial(w)]
        if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
            return False
        shorter, longer = sorted((a, b), key=len)
        if [w.lower() for w in longer[-len(shorter):]] == [w.lower() for w in shorter]:
            return False
        if _nicknamed_as(a, b[0]) or _nicknamed_as(b, a[0]):
            return False  # 'Charles "Pete" Conrad' / "Pete Conrad"
        return self._formal(a[0]) != self._formal(b[0]) and \
            not _similar(a[0], b[0], same_initial=False, threshold=_FIRST_NAME_SIMILARITY)

    def same_full_name(self, person: Person, text: str) -> bool:
        words = name_words(text)
        for other in person.tokens():
            if len(other) < 2:
                continue
            if [w.lower() for w in other] == [w.lower() for w in words]:
                return True
            # (a middle initial or patronymic says no more: "Alexey Arkhipovich Leonov" is "Alexei Leonov")
            a = [w for i, w in enumerate(other) if not is_initial(w) and not _patronymic(other, i)]
            b = [w for i, w in enumerate(words) if not is_initial(w) and not _patronymic(words, i)]
            if a == b and len(a) >= 2:
                return True  # "Mark T. Vande Hei" / "Mark Vande Hei"
            if len(a) == len(b) == 2 and a == b[::-1]:
                return True  # "Bandla Sirisha" / "Sirisha Bandla": a family name first or last
            if len(a) == len(b) >= 2 and a[1:] == b[1:] and \
                    _similar(a[0], b[0], same_initial=False, threshold=_FIRST_NAME_SIMILARITY):
                return True  # "Yury V. Lonchakov" / "Yuri Lonchakov"
            shorter, longer = sorted((words, other), key=len)
            if len(shorter) >= 2 and len(shorter) < len(longer) and \
                    [w.lower() for w in longer[-len(shorter):]] == [w.lower() for w in shorter]:
                return True  # "Vande Hei" / "Mark Vande Hei", "Von Tiesenhausen" opening a sentence
            if len(shorter) == 2 and len(longer) == 3 and longer[:2] == shorter and not self.is_suffix(longer[2]):
                return True  # "Laura Shepard" / "Laura Shepard Churchley": a married name after the family's
            if other[-1] == words[-1] and (is_initial(other[0]) or is_initial(words[0])) \
                    and other[0][0] == words[0][0]:
                return True  # "M. Vande Hei"
            if self.without_suffix(other)[-1] == self.without_suffix(words)[-1] and \
                    (_nicknamed_as(other, words[0]) or _nicknamed_as(words, other[0])):
                return True  # 'Edwin "Buzz" Aldrin' / "Buzz Aldrin", 'Charles "Pete" Conrad Jr.' / "Pete Conrad"
            if len(other) == len(words) and other[1:] == words[1:] and \
                    self._formal(other[0]) == self._formal(words[0]):
                return True  # "Doug Hurley" / "Douglas Hurley"
            if len(other) == len(words) and (
                (other[0] == words[0] and _similar(other[-1], words[-1]))  # Novitskiy / Novitsky
                or (other[-1] == words[-1] and _similar(other[0], words[0], same_initial=False,
                                                        threshold=_FIRST_NAME_SIMILARITY))  # Alexei / Aleksei
            ):
                return True
            plain, other_plain = self.without_suffix(words), self.without_suffix(other)
            if min(len(plain), len(other_plain)) >= 2 and plain[0] == other_plain[0] and plain[-1] == other_plain[-1] \
                    and (plain == other_plain or min(len(plain), len(other_plain)) == 2):
                return True  # "Karl Heinrich Weber III" / "Karl Weber": middle names and a suffix
            if len(words) == 2 and words[1].lower().endswith(_PATRONYMIC_ENDINGS) and other[0] == words[0]:
                return True  # "Valery Viktorovich", the polite first name and patronymic of Valery Ryumin
            if normalize_name(" ".join(other)).replace(" ", "") == normalize_name(text).replace(" ", "") \
                    or _ascii_fold(" ".join(other)) == _ascii_fold(text):
                return True  # "Sławosz Uznański-Wiśniewski" / "Slawosz Uznanski-Wisniewski"
            joined, other_joined = _ascii_fold(text).replace(" ", ""), _ascii_fold(" ".join(other)).replace(" ", "")
            if min(len(joined), len(other_joined)) >= _WHOLE_NAME_LETTERS and \
                    _similar(joined, other_joined, threshold=_WHOLE_NAME_SIMILARITY):
                return True  # "Hazza Almansoori" / "Hazzaa al-Mansoori"
        return False

    def is_suffix(self, word: str) -> bool:
        return word.rstrip(".") in self.suffixes

    def without_suffix(self, words: list[str]) -> list[str]:
        return words[:-1] if len(words) > 2 and self.is_suffix(words[-1]) else words

    def _formal(self, first_name: str) -> str:
        """A first name's formal form: "Doug" is "Douglas", "Bob" is "Robert"."""
        return self.nicknames.get(first_name.lower(), first_name.lower())

    @staticmethod
    def single_fits(person: Person, word: str) -> bool:
        for tokens in person.tokens():
            if len(tokens) < 2:
                if tokens == [word]:
                    return True
                continue
            if word in tokens or any(_similar(word, t) for t in tokens[1:]):
                return True
        return False


def _nicknamed_as(tokens: list[str], first: str) -> bool:
    """The name's quoted nickname is `first`: 'Edwin "Buzz" Aldrin' is nicknamed Buzz."""
    return any(t[:1] in _QUOTES and t[-1:] in _QUOTES and t.strip('"“”\'‘’') == first for t in tokens[1:-1])


def _patronymic(words: list[str], i: int) -> bool:
    """words[i] is a Russian middle name: "Arkhipovich" in "Alexey Arkhipovich Leonov"."""
    return 0 < i < len(words) - 1 and patronymic(words[i])


def patronymic(word: str) -> bool:
    """A Russian patronymic: "Arkhipovich", "Sergeyevna"."""
    return word[:1].isupper() and word.lower().endswith(_PATRONYMIC_ENDINGS)


def is_initial(word: str) -> bool:
    """"T", "T." or a run of them, "T.J." """
    return (len(word.rstrip(".")) == 1 and word[:1].isupper()) or _INITIALS.fullmatch(word) is not None


# Cyrillic letters English writes with two (Ю, Я, Ж, Х, Ц, Ш, Ч, Ё, Е): a Russian source's initials
# "Yu.V. Malyshev", "Zh.I. Alferov"
CYRILLIC_DIGRAPHS = ("Yu", "Ya", "Zh", "Kh", "Ts", "Sh", "Ch", "Yo", "Ye")
_INITIALS = re.compile(r"(?:(?:[A-Z]|" + "|".join(CYRILLIC_DIGRAPHS) + r")\.){2,3}")
_ASCII_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae"})


def _ascii_fold(text: str) -> str:
    return normalize_name(text.translate(_ASCII_FOLD))


def _similar(a: str, b: str, same_initial: bool = True, threshold: float = _SURNAME_SIMILARITY) -> bool:
    if len(a) < 4 or len(b) < 4 or (same_initial and a[0] != b[0]):
        return False
    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio() >= threshold


def short_forms(names: list[str], nicknames: dict[str, str]) -> list[str]:
    """Each name again under each short form of its given name ("Donald Pettit": "Don Pettit")."""
    shorts: dict[str, list[str]] = {}
    for short, full in nicknames.items():
        shorts.setdefault(full, []).append(short)
    return [f"{short.title()} {rest}" for name in names if " " in name
            for given, rest in [name.split(" ", 1)] for short in shorts.get(given.lower(), [])]

