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
  offsets and merged by `merge_extractions` (piece_merging.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import deque
from typing import Callable, Iterable, Iterator, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from ..io.corpus import Article, check_published
from ..io.markup import mask_markup
from ..io.wrapping import unwrap_hard_breaks
from ..records import Extraction
from .mentions import mentions_from_doc
from .piece_merging import merge_extractions

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
# a scraped page's escaped quote, "Denmark\’s Andreas Mogensen", "It\’s", ' \"Go"': the backslash glues the
# word to it (not inside a name: "O\’Hara")
_ESCAPED_QUOTE = re.compile(r"(?:(?<![A-Za-z])\\(?=[\"'\u2018\u2019\u201c\u201d])|"
                            r"\\(?=[\"'\u2018\u2019\u201c\u201d](?:[^A-Za-z]|s\b|$)))")

_SENTENCE_END = re.compile(r"[.!?][\"')\]\u2019\u201d]*\s+")
_LAST_WHITESPACE = re.compile(r".*\s", re.DOTALL)


def spacy_text(text: str) -> str:
    """`text` with Unicode spaces and line separators mapped one to one, and a backslash escaping a
    quote to a space; same length.

    Zero-width characters (zero-width space, joiners, word joiner, soft hyphen,
    direction marks) at a word's edge become spaces; inside a word they are
    left alone: a space there would split the word.
    """
    text = text.translate(_SPACY_TEXT)
    if "\\" in text:
        text = _ESCAPED_QUOTE.sub(" ", text)
    if _ZERO_WIDTH_CHARS.search(text) is None:
        return text
    return _ZERO_WIDTH_AT_EDGE.sub(lambda m: " " * len(m.group()), text)


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
    """The body as the pipeline reads it, same length: Markdown masked, spaces mapped, the lines
    of hard-wrapped text joined."""
    return unwrap_hard_breaks(spacy_text(mask_markup(body)))


def make_doc(nlp: Language, article: Article, start: int = 0, end: int | None = None,
             text: str | None = None) -> Doc:
    """The Doc of `article.body[start:end]` as the pipeline reads it (`reading_text`);
    `text` is the article's reading text if already computed."""
    text = reading_text(article.body) if text is None else text
    piece = text[start:end]
    doc = nlp.make_doc(piece)
    doc.user_data["doc_text"] = piece  # (what `doc_text` would join the tokens back into)
    doc._.published = article.published
    doc._.title = article.title or None
    return doc


def extraction_from_doc(doc: Doc) -> Extraction:
    return Extraction(people=doc._.people, spacecraft=doc._.spacecraft,
                      dates=doc._.dates, ages=doc._.ages, events=doc._.events, mentions=mentions_from_doc(doc))


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
