"""Article -> Doc -> records: the library entry points.

Two things happen here around the spaCy pipeline, both keeping every offset
exact (`body[start:end] == text` for every date and age row):

- the text spaCy sees (`reading_text`) is the body with Markdown markup masked
  (`markup.mask_markup`) and a few characters mapped one to one (`spacy_text`):
  no-break and other Unicode spaces to a plain space, Unicode line and
  paragraph separators to a newline. The length never changes, so the offsets
  are the body's; row texts are taken back from the body itself. Zero-width
  characters at a word's edge become spaces too; inside a word they are left
  in place (offsets stay exact, nothing crashes) and are only removed from the
  `name` / `person` columns.
- a long body (more than `PIECE_CHARS` characters; spaCy refuses texts over
  `nlp.max_length`) is processed in pieces cut at paragraph, else line, else
  sentence, else word boundaries; the pieces' records are shifted back to body
  offsets and merged by `merge_extractions`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from collections import deque
from typing import Callable, Iterable, Iterator, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from ..io.corpus import Article, check_published
from ..io.markup import mask_markup
from ..normalize import normalize_name
from ..records import AgeRecord, DateRecord, EventRecord, Extraction, MentionRecord, PersonRecord, SpacecraftRecord
from .events import date_rank, event_entity
from .mentions import mentions_from_doc

# Bodies longer than this are processed in pieces. Well above a real article
# (a few thousand characters), far below spaCy's max_length (1,000,000), and
# small enough to bound the memory and time one Doc takes: some extractor steps
# grow with the square of a Doc's length, so 20,000-character pieces are about
# twice as fast per character as 50,000-character ones.
PIECE_CHARS = 20_000

_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_LINE_BREAKS = "\u0085\u2028\u2029\u000b\u000c"
_SPACY_TEXT = str.maketrans({**{c: " " for c in _SPACES}, **{c: "\n" for c in _LINE_BREAKS}})

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u00ad"
_ZERO_WIDTH_CHARS = re.compile(f"[{_ZERO_WIDTH}]")
_ZERO_WIDTH_AT_EDGE = re.compile(f"(?<!\\w)[{_ZERO_WIDTH}]+|[{_ZERO_WIDTH}]+(?!\\w)")

_SENTENCE_END = re.compile(r"[.!?][\"')\]\u2019\u201d]*\s+")
_LAST_WHITESPACE = re.compile(r".*\s", re.DOTALL)


def spacy_text(text: str) -> str:
    """`text` with Unicode spaces and line separators mapped one to one; same length.

    Zero-width characters (zero-width space, joiners, word joiner, soft hyphen,
    direction marks) at a word's edge become spaces; inside a word they are
    left alone: a space there would split the word.
    """
    text = text.translate(_SPACY_TEXT)
    if _ZERO_WIDTH_CHARS.search(text) is None:
        return text
    return _ZERO_WIDTH_AT_EDGE.sub(lambda m: " " * len(m.group()), text)


def clean_name(name: str) -> str:
    """A name without zero-width and other format characters, spaces collapsed."""
    cleaned = " ".join("".join(ch for ch in name if unicodedata.category(ch) != "Cf").split())
    return cleaned or name


# ------------------------------------------------------------------ pieces
def split_pieces(text: str, limit: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans that tile `text` in order, each at most `limit` long.

    Each cut is made in the second half of the window, at the last paragraph
    break, else line break, else sentence end, else whitespace found there;
    only a run of `limit // 2` characters without any of them is cut hard.
    """
    if limit < 2:
        raise ValueError(f"piece limit must be at least 2, got {limit}")
    spans = []
    start, n = 0, len(text)
    while n - start > limit:
        cut = _cut(text, start + limit // 2, start + limit)
        spans.append((start, cut))
        start = cut
    spans.append((start, n))
    return spans


def _cut(text: str, lo: int, hi: int) -> int:
    """Where to end a piece: a position in (lo, hi]."""
    for separator in ("\n\n", "\n"):
        i = text.rfind(separator, lo, hi)
        if i != -1:
            return i + len(separator)
    last = None
    for last in _SENTENCE_END.finditer(text, lo, hi):
        pass
    if last is not None and last.end() > lo:
        return last.end()
    m = _LAST_WHITESPACE.match(text, lo, hi)
    if m is not None and m.end() > lo:
        return m.end()
    return hi


class _Piece(NamedTuple):
    key: int  # which article (its position in the stream)
    start: int
    end: int


def _pieces(body: str, key: int, limit: int) -> list[_Piece]:
    """The pieces of one body worth processing (whitespace-only ones are skipped)."""
    if len(body) <= limit:
        spans = [(0, len(body))]
    else:
        spans = split_pieces(body, limit)
    return [_Piece(key, s, e) for s, e in spans if body[s:e].strip()]


def reading_text(body: str) -> str:
    """The body as the pipeline reads it, same length: Markdown masked, spaces mapped."""
    return spacy_text(mask_markup(body))


def make_doc(nlp: Language, article: Article, start: int = 0, end: int | None = None,
             text: str | None = None) -> Doc:
    """The Doc of `article.body[start:end]` as the pipeline reads it (`reading_text`);
    `text` is the article's reading text if already computed."""
    text = reading_text(article.body) if text is None else text
    doc = nlp.make_doc(text[start:end])
    doc._.published = article.published
    return doc


def extraction_from_doc(doc: Doc) -> Extraction:
    return Extraction(people=doc._.people, spacecraft=doc._.spacecraft,
                      dates=doc._.dates, ages=doc._.ages, events=doc._.events, mentions=mentions_from_doc(doc))


# ------------------------------------------------------------------ merging
def merge_extractions(body: str, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One article's Extraction from the Extractions of its pieces.

    `parts` holds (offset of the piece in `body`, the piece's Extraction), in
    text order; one part (the whole body at offset 0) is the usual case. Offsets
    are shifted to body offsets and row texts re-read from `body`. Across pieces,
    a person or spacecraft is one row: the same normalised name, or for people a
    surname that fits exactly one fuller name of another piece ("Shkaplerov",
    "Anton Shkaplerov"), with mentions summed, the first mention's offset and
    sentence, the first role given and the fullest name; ages follow the merged
    names and keep the first statement per person and age; an event of one
    craft is one row, with its first trigger, the most specific date and
    everyone aboard.
    """
    dates: list[DateRecord] = []
    events: list[EventRecord] = []
    mentions: list[MentionRecord] = []
    ages: list[AgeRecord] = []
    people_parts: list[list[PersonRecord]] = []
    spacecraft_parts: list[list[SpacecraftRecord]] = []
    for offset, extraction in parts:
        for r in extraction.dates:
            start, end = r.start + offset, r.end + offset
            dates.append(dataclasses.replace(r, start=start, end=end, text=body[start:end]))
        for r in extraction.ages:
            start = r.start + offset
            ages.append(dataclasses.replace(r, start=start, text=body[start:start + len(r.text)],
                                            person=clean_name(r.person)))
        for r in extraction.mentions:
            start, end = r.start + offset, r.end + offset
            mentions.append(dataclasses.replace(r, start=start, end=end, text=body[start:end]))
        for r in extraction.events:
            start, end = r.start + offset, r.end + offset
            events.append(dataclasses.replace(r, start=start, end=end,
                                              people=tuple(clean_name(n) for n in r.people)))
        people_parts.append([dataclasses.replace(r, first_start=r.first_start + offset, name=clean_name(r.name))
                             for r in extraction.people])
        spacecraft_parts.append([dataclasses.replace(r, first_start=r.first_start + offset,
                                                     name=clean_name(r.name))
                                 for r in extraction.spacecraft])
    if len(parts) == 1:
        people, spacecraft, rename = people_parts[0], spacecraft_parts[0], {}
    else:
        people, rename = _merge_people(people_parts)
        spacecraft = _merge_spacecraft(spacecraft_parts)
    merged_ages, seen = [], set()
    for r in sorted(ages, key=lambda r: r.start):
        r = dataclasses.replace(r, person=rename.get(r.person, r.person))
        if (r.person, r.age) not in seen:
            seen.add((r.person, r.age))
            merged_ages.append(r)
    return Extraction(
        people=tuple(sorted(people, key=lambda r: r.first_start)),
        spacecraft=tuple(sorted(spacecraft, key=lambda r: r.first_start)),
        dates=tuple(sorted(dates, key=lambda r: r.start)),
        ages=tuple(merged_ages),
        events=tuple(_merge_events(events, rename)) if len(parts) > 1 else tuple(events),
        mentions=tuple(_rename_mentions(mentions, rename)),
    )


def _rename_mentions(mentions: list[MentionRecord], rename: dict[str, str]) -> list[MentionRecord]:
    """Mentions naming their rows as the merged tables do (a person's fullest name)."""
    renamed = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.table in ("people", "ages"):
            m = dataclasses.replace(m, entity=rename.get(clean_name(m.entity), clean_name(m.entity)))
        elif m.table == "spacecraft":
            m = dataclasses.replace(m, entity=clean_name(m.entity))
        elif m.table == "events":
            event, _, craft = m.entity.partition(" ")
            m = dataclasses.replace(m, entity=event_entity(event, clean_name(craft)))
        renamed.append(m)
    return renamed


def _merge_events(events: list[EventRecord], rename: dict[str, str]) -> list[EventRecord]:
    groups: dict[tuple[str, str], list[EventRecord]] = {}
    for r in sorted(events, key=lambda r: r.start):
        groups.setdefault((r.event, normalize_name(r.spacecraft)), []).append(r)
    merged = []
    for members in groups.values():
        dated = [r for r in members if r.value]
        value = max(dated, key=lambda r: date_rank(r.value)).value if dated else ""
        people = tuple(dict.fromkeys(rename.get(n, n) for r in members for n in r.people))
        merged.append(dataclasses.replace(members[0], value=value, people=people))
    return merged


def _merge_spacecraft(parts: list[list[SpacecraftRecord]]) -> list[SpacecraftRecord]:
    groups: dict[str, list[SpacecraftRecord]] = {}
    for records in parts:
        for r in records:
            groups.setdefault(normalize_name(r.name), []).append(r)
    merged = []
    for members in groups.values():
        first = min(members, key=lambda r: r.first_start)
        merged.append(dataclasses.replace(first, mentions=sum(r.mentions for r in members)))
    return merged


class _PersonGroup:
    """One person of the merged article: records of several pieces."""

    def __init__(self) -> None:
        self.members: list[PersonRecord] = []
        self.keys: set[str] = set()  # normalised names

    def add(self, record: PersonRecord) -> None:
        self.members.append(record)
        self.keys.add(normalize_name(record.name))

    @property
    def single_word(self) -> bool:
        return all(len(k.split()) == 1 for k in self.keys)


def _merge_people(parts: list[list[PersonRecord]]) -> tuple[list[PersonRecord], dict[str, str]]:
    """People of all pieces; and each piece's name -> the merged person's name."""
    groups: list[_PersonGroup] = []
    by_key: dict[str, _PersonGroup] = {}  # normalised name -> first group with it
    by_word: dict[str, set[int]] = {}  # word of a several-word name -> groups (by index)
    for records in parts:
        # Records of one piece never merge with each other (the piece's own
        # extraction has kept them apart): look them up among earlier pieces only.
        found = [(r, _find_person(groups, by_key, by_word, r.name)) for r in records]
        for record, group in found:
            if group is None:
                group = _PersonGroup()
                groups.append(group)
            group.add(record)
        for index, group in enumerate(groups):
            for key in group.keys:
                by_key.setdefault(key, group)
                words = key.split()
                if len(words) > 1:
                    for word in words:
                        by_word.setdefault(word, set()).add(index)
    merged, rename = [], {}
    for group in groups:
        members = sorted(group.members, key=lambda r: r.first_start)
        name = max((r.name for r in members), key=lambda n: (len(n.split()), len(n)))
        role = next((r.role for r in members if r.role), "")
        first = members[0]
        merged.append(PersonRecord(name=name, role=role, mentions=sum(r.mentions for r in members),
                                   first_start=first.first_start, sentence=first.sentence))
        for r in members:
            rename[r.name] = name
    return merged, rename


def _find_person(groups: list[_PersonGroup], by_key: dict[str, _PersonGroup], by_word: dict[str, set[int]],
                 name: str) -> _PersonGroup | None:
    key = normalize_name(name)
    if key in by_key:
        return by_key[key]
    words = key.split()
    if len(words) == 1:  # a surname alone: the one person whose fuller name has it
        fits = by_word.get(key, set())
        return groups[next(iter(fits))] if len(fits) == 1 else None
    # a full name: the one person known so far only by one of its words alone
    fits = {id(by_key[w]): by_key[w] for w in words if w in by_key and by_key[w].single_word}
    return next(iter(fits.values())) if len(fits) == 1 else None


# ------------------------------------------------------------------ entry points
def _published(published: dt.date | str | None) -> dt.date | None:
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    if isinstance(published, dt.datetime):
        published = published.date()
    return None if published is None else check_published(published)


def extract(text: str, published: dt.date | str | None = None, nlp: Language | None = None,
            piece_chars: int = PIECE_CHARS) -> Extraction:
    """The four kinds of records for one article body (of any length).

    Raises ValueError if `published` is not a date or its year is unsupported.
    """
    from .nlp import shared_nlp

    nlp = nlp or shared_nlp()
    article = Article(id="<text>", body=text, published=_published(published))
    for _, extraction in extract_articles([article], nlp, piece_chars=piece_chars):
        return extraction
    raise AssertionError("extract_articles yielded nothing")  # pragma: no cover


def extract_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 16,
                     on_error: Callable[[Article, Exception], None] | None = None,
                     piece_chars: int = PIECE_CHARS) -> Iterator[tuple[Article, Extraction]]:
    """Extractions in article order, streamed through `nlp.pipe`.

    Long bodies go through in pieces (see `split_pieces`). If the pipeline
    raises on an article and `on_error` is given, that article is passed to
    `on_error` with the exception and left out; every other article is still
    extracted. Without `on_error` the exception propagates. Exceptions raised by
    the `articles` iterable itself always propagate.
    """
    limit = min(piece_chars, nlp.max_length)
    source = enumerate(articles)
    in_flight: dict[int, tuple[Article, int, list[tuple[int, Extraction]]]] = {}
    # Pieces handed to nlp.pipe whose Doc has not come back yet, in order.
    queue: deque[_Piece] = deque()
    source_failed: list[BaseException] = []

    def docs() -> Iterator[Doc]:
        while True:
            try:
                key, article = next(source)
            except StopIteration:
                return
            except BaseException as exc:
                source_failed.append(exc)
                raise
            pieces = _pieces(article.body, key, limit)
            in_flight[key] = (article, len(pieces), [])
            queue.extend(pieces)
            if not pieces:  # nothing but whitespace: nothing to find
                queue.append(_Piece(key, -1, -1))
                yield nlp.make_doc("")
            text = reading_text(article.body) if pieces else ""
            for piece in pieces:
                yield make_doc(nlp, article, piece.start, piece.end, text)

    def collect(piece: _Piece, extraction: Extraction | None) -> Iterator[tuple[Article, Extraction]]:
        article, expected, parts = in_flight[piece.key]
        if piece.start >= 0:
            parts.append((piece.start, extraction))
        if len(parts) == expected:
            del in_flight[piece.key]
            yield article, merge_extractions(article.body, parts)

    while True:
        try:
            for doc in nlp.pipe(docs(), batch_size=batch_size):
                piece = queue.popleft()
                yield from collect(piece, extraction_from_doc(doc) if piece.start >= 0 else None)
            return
        except Exception:
            if source_failed or on_error is None:
                raise
        # Some piece in the queue made the pipeline fail, and nlp.pipe is gone
        # with its batch: redo the queued pieces one by one to find the culprit,
        # then go on with a fresh nlp.pipe over the rest.
        failed: set[int] = set()
        while queue:
            piece = queue.popleft()
            if piece.key in failed:
                continue
            article = in_flight[piece.key][0]
            if piece.start < 0:
                yield from collect(piece, None)
                continue
            try:
                extraction = extraction_from_doc(nlp(make_doc(nlp, article, piece.start, piece.end)))
            except Exception as exc:
                failed.add(piece.key)
                del in_flight[piece.key]
                on_error(article, exc)
                continue
            yield from collect(piece, extraction)
