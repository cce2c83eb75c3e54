"""Names listed next to a person: "Mike Hopkins, Victor Glover, Shannon Walker and
Soichi Noguchi". The model files some of a list's names as organisations or misses
them; a capitalised run of two or three words next to a person, with only list
punctuation, an age or a country's possessive between, is a name, and so is the
subject that flew "with" a listed person (`people/finder.py` then checks it looks like one)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...normalize import doc_text

APOSTROPHES = {"'s", "’s", "'", "’"}
_OWNERS = {"GPE", "NORP", "ORG"}  # "Japan's Chiaki Mukai", "NASA's Mark Vande Hei"
# "Komarov, Feoktistov and Yegorov": three or more capitalised words, commas and a last "and"
_CAPITALISED = re.compile(r"[^\W\d_a-z][^\W\d_]+")  # (a word whose first letter is no small Latin one)
_SURNAME_RUN = re.compile(rf"(?<![\w'’-]){_CAPITALISED.pattern}(?:,[ \t]+{_CAPITALISED.pattern})+,?[ \t]+and[ \t]+"
                          rf"{_CAPITALISED.pattern}(?![\w'’-])")
_NOT_PEOPLE = {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "EVENT", "PRODUCT"}  # "Moscow, Kiev and Minsk"
_TITLE_WORDS = 3  # "with Soviet cosmonauts A"
_VERB_WORDS = 3  # "lifted off with", "had flown with"
_SEAT_WORDS = 3  # "Mission Specialist (Poland)"
_COUNTRY_WORDS = 3
_VERB_TAGS = {"VBD", "VBN", "VBZ", "VBP", "RP", "RB"}
# a list's item on a line of its own: "  • Jane Roe", "- Jane Roe, pilot", "2. Jane Roe"
_ITEM = re.compile(r"(?m)^[ \t]*(?:[•·▪◦‣*–-]|\d{1,2}[.)])[ \t]+(?P<item>[^\n]*\S)[ \t]*$")
# a surname with an apostrophe: an elided particle ("O’Hara", "D'Souza", "d’Escatha") or a transliterated
# soft sign ("Sevast’ianov", "Vasil'yev"); the NER stops before the apostrophe it rarely saw in a name
ELIDED_SURNAME = re.compile(r"(?:[A-Z]|[dl])[’'][A-Z][a-z]+|[A-Z][a-z]+[’'][a-z]{2,}")
_ITEM_NAME = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}(?=$|,| [-–—(])")


def _name_run(doc: Doc, start: int, taken: set[int], particles: set[str], weekdays: set[str]) -> int:
    end = start
    while end < len(doc) and end - start < 3 and end not in taken and doc[end].text not in weekdays and (
            (doc[end].is_title and doc[end].is_alpha) or (end > start and doc[end].text in particles)
            or (end > start and ELIDED_SURNAME.fullmatch(doc[end].text))):
        end += 1
    return end


def _past_seat_and_country(doc: Doc, i: int) -> int:
    """Past "(,) Mission Specialist (Poland)" from token `i`: a seat in title case and a bracketed
    country; else `i`."""
    j = i + 1 if i < len(doc) and doc[i].text == "," else i
    k = j
    while k < len(doc) and k - j < _SEAT_WORDS and doc[k].is_title and doc[k].is_alpha:
        k += 1
    if k == j or k >= len(doc) or doc[k].text != "(":
        return i
    close = next((m for m in range(k + 1, min(len(doc), k + _COUNTRY_WORDS + 2)) if doc[m].text == ")"), None)
    if close is None or not all(doc[m].ent_type_ in _OWNERS or doc[m].is_upper or doc[m].is_title
                                for m in range(k + 1, close)):
        return i
    return close + 1


def listed_after(doc: Doc, end: int, taken: set[int], particles: set[str], weekdays: set[str]) -> tuple[int, int]:
    """The name run after a listed name (`A, B`, `A and B`, `A, 46, B`, `A, Japan's B`,
    `A of NASA and Italian B`, `A from Poland and B`), else (0, 0)."""
    i = end
    # "Karen Nyberg of NASA and ...", "A from Poland and ...": the listed name's agency or country
    if i + 1 < len(doc) and doc[i].lower_ in {"of", "from"} and doc[i + 1].ent_type_ in _OWNERS:
        i += 2
        while i < len(doc) and doc[i].ent_iob_ == "I":
            i += 1
    # "Keisha Schahaff, 46, Anastatia Mayers, 18,": a listed name's age
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].like_num and doc[i + 2].text == ",":
        i += 2
    # "A, Mission Specialist (Poland) & B", "A Commander (US), B": a listed name's seat and country
    i = _past_seat_and_country(doc, i)
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i < len(doc) and doc[i].lower_ in {"and", "&"}:
        i += 1
    if i == end:
        return 0, 0
    # "Japan's Chiaki Mukai"
    if i + 1 < len(doc) and doc[i + 1].text in APOSTROPHES and doc[i].ent_type_ in _OWNERS:
        i += 2
    # "and Italian Luca Parmitano": a demonym before the name
    elif i + 1 < len(doc) and doc[i].ent_type_ == "NORP" and doc[i + 1].ent_iob_ != "I" and doc[i + 1].is_title:
        i += 1
    run_end = _name_run(doc, i, taken, particles, weekdays)
    return i, run_end


_MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def listed_before(doc: Doc, start: int, taken: set[int]) -> tuple[int, int]:
    """The name run before a listed name (`A, B`, `A and B`, `A, and NASA's B`), else (0, 0)."""
    i = start - 1
    # "Russia's A, and NASA's Mark Vande Hei"
    if i >= 1 and doc[i].text in APOSTROPHES and doc[i - 1].ent_type_ in _OWNERS:
        i -= 2
    if i >= 0 and doc[i].lower_ == "and":
        i -= 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    if i == start - 1:
        return 0, 0
    run_start = i + 1
    # (a middle initial inside the run: "NASA designated Vance D. Brand, William B. Lenoir")
    while run_start - 1 >= 0 and i - run_start < 2 and run_start - 1 not in taken and \
            ((doc[run_start - 1].is_title and doc[run_start - 1].is_alpha) or
             (run_start - 1 < i and _MIDDLE_INITIAL.fullmatch(doc[run_start - 1].text))):
        run_start -= 1
    if run_start <= i and _MIDDLE_INITIAL.fullmatch(doc[run_start].text):
        return 0, 0
    before = doc[run_start - 1] if run_start > 0 else None
    if before is None or not before.is_title:
        return run_start, i + 1
    return 0, 0


def companion_before(doc: Doc, start: int, taken: set[int]) -> tuple[int, int]:
    """The name run that flew with a listed name: "Rakesh Sharma lifted off with Soviet
    cosmonauts Yuri Malyshev" (a subject opening its sentence or clause, a verb of at most
    three words, "with", a title of at most three words), else (0, 0)."""
    i = start - 1
    while i >= 0 and start - i <= _TITLE_WORDS and doc[i].lower_ != "with" and doc[i].is_alpha and \
            (doc[i].is_lower or doc[i].ent_type_ in _OWNERS):
        i -= 1
    if i < 1 or doc[i].lower_ != "with":
        return 0, 0
    verb_end = i
    while i - 1 >= 0 and verb_end - i < _VERB_WORDS and doc[i - 1].tag_ in _VERB_TAGS:
        i -= 1
    if i == verb_end or not doc[i].tag_.startswith("VB"):
        return 0, 0
    run_end, run_start = i, i
    while run_start - 1 >= 0 and run_end - run_start < 3 and run_start - 1 not in taken and \
            doc[run_start - 1].is_title and doc[run_start - 1].is_alpha:
        run_start -= 1
    opens = run_start == doc[run_start].sent.start or doc[run_start - 1].text in {",", ";"} or \
        doc[run_start - 1].lower_ == "and"
    return (run_start, run_end) if run_end - run_start >= 2 and opens else (0, 0)


def itemised_names(doc: Doc) -> list[list[tuple[int, int]]]:
    """The names a bulleted or numbered list gives one per line ("NS-19 crew members:" and "• A B",
    "• C D" under it), as groups of token spans, one group per list of two items or more: items of
    one list are alike, so one of them read as a person makes them all people (`people/finder.py` asks)."""
    groups: list[list[tuple[int, int]]] = []
    last_end = -1
    for item in _ITEM.finditer(doc_text(doc)):
        name = _ITEM_NAME.match(item.group("item"))
        span = doc.char_span(item.start("item"), item.start("item") + name.end(), alignment_mode="expand") \
            if name else None
        gap = doc_text(doc)[last_end:item.start()] if last_end >= 0 else None
        if not groups or gap is None or gap.strip():
            groups.append([])
        if span is not None:
            groups[-1].append((span.start, span.end))
        last_end = item.end()
    return [g for g in groups if len(g) >= 2]


def surname_lists(doc: Doc) -> list[list[tuple[int, int]]]:
    """Runs of three or more single capitalised words joined by commas and a last "and" ("Komarov,
    Feoktistov and Yegorov conducted"), as groups of one-token spans: old copy names a crew by
    surname alone, and one of them read as a person makes them all people (`people/finder.py` asks)."""
    def single(i: int) -> bool:
        return doc[i].is_title and doc[i].is_alpha and doc[i].ent_type_ not in _NOT_PEOPLE \
            and not (i + 1 < len(doc) and doc[i + 1].is_title) and not (i > 0 and doc[i - 1].is_title)

    groups = []
    for run in _SURNAME_RUN.finditer(doc_text(doc)):  # (the text first: a token per word costs)
        items = []  # (the run's end past any word that is no surname: "On 9 March, A, B and C")
        for word in _CAPITALISED.finditer(run.group()):
            span = doc.char_span(run.start() + word.start(), run.start() + word.end())
            ok = span is not None and len(span) == 1 and single(span.start)
            items = [*items, (span.start, span.end)] if ok else []
        if len(items) >= 3:
            groups.append(items)
    return groups


def list_heading(doc: Doc, start: int) -> Span | None:
    """The line a bulleted or numbered list stands under ("NS-19 crew members:"), without its colon,
    where the token at `start` opens one of the list's items; else None."""
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, doc[start].idx) + 1
    item = _ITEM.match(text, line_start)
    if item is None or item.start("item") != doc[start].idx:
        return None
    while True:  # up past the list's other items to the line over them
        previous_end = text.rfind("\n", 0, line_start)
        if previous_end < 0:
            return None
        previous_start = text.rfind("\n", 0, previous_end) + 1
        line = text[previous_start:previous_end]
        if line.strip() and not _ITEM.fullmatch(line):
            break
        line_start = previous_start
    if not line.rstrip().endswith(":"):
        return None
    return doc.char_span(previous_start, previous_start + len(line.rstrip()) - 1, alignment_mode="contract")
