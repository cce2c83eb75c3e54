"""Reading the corpus: article files, front matter, publication dates (SPEC §1).

The article body is the file's text decoded as UTF-8, without a byte order mark,
with Windows (CRLF) and old Mac (CR) line endings turned into LF, and without
its front matter. Every offset in the output tables refers to this body.
A saved web page (`*.html`, `*.htm`) is an article too: its body is the main
text extracted from it (html.py). A corpus directory (and an article) may also
be an fsspec URL: see storage.py.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from ..errors import ArticleError, Errors, UserError
from .storage import as_path

HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = (".md", ".txt", *HTML_SUFFIXES)
SIDECAR_SUFFIX = ".front"  # front matter for a page, beside it: x.front for x.html
_FENCE = "---"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Resolving "next year" or "5 October" may move a year forward or back; within
# these publication years every resolved value keeps four digits (SPEC §2).
FIRST_PUBLISHED_YEAR = 1001
LAST_PUBLISHED_YEAR = 9998
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Article:
    id: str
    body: str
    path: str = ""
    title: str = ""
    published: dt.date | None = None
    meta: dict[str, str] = field(default_factory=dict)


def check_published(published: dt.date, path: str = "<text>") -> dt.date:
    """`published` itself if its year is supported, else ValueError (E109)."""
    if not FIRST_PUBLISHED_YEAR <= published.year <= LAST_PUBLISHED_YEAR:
        raise ValueError(Errors.E109.format(path=path, value=published.isoformat(),
                                            first=FIRST_PUBLISHED_YEAR, last=LAST_PUBLISHED_YEAR))
    return published


def parse_published(value: str | None, path: str = "<text>") -> dt.date | None:
    if value is None or not value.strip():
        return None
    value = value.strip().strip("'\"")
    if not _ISO_DATE.fullmatch(value):
        raise ValueError(Errors.E105.format(path=path, value=value))
    try:
        published = dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(Errors.E105.format(path=path, value=value)) from None
    return check_published(published, path)


def split_front_matter(text: str, path: str = "<text>") -> tuple[dict[str, str], str]:
    """Return (front matter, body). Body offsets are what every table refers to.

    Front matter starts with a first line `---` and ends with the next line
    `---`; between them `key: value` lines (surrounding quotes are dropped,
    other lines ignored). Text whose first line is not `---` has none.
    """
    first_line, sep, rest = text.partition("\n")
    if first_line.rstrip() != _FENCE:
        return {}, text
    if not sep:
        raise ValueError(Errors.E104.format(path=path))
    meta: dict[str, str] = {}
    pos = 0
    while True:
        nl = rest.find("\n", pos)
        line = rest[pos:] if nl == -1 else rest[pos:nl]
        if line.rstrip() == _FENCE:
            body = "" if nl == -1 else rest[nl + 1 :]
            return meta, body
        if nl == -1:
            raise ValueError(Errors.E104.format(path=path))
        key, colon, value = line.partition(":")
        if colon and key.strip():
            meta[key.strip()] = value.strip().strip("'\"")
        pos = nl + 1


def join_front_matter(meta: dict[str, str], body: str) -> str:
    """The inverse of `split_front_matter`: `---`, `key: value` lines, `---`, body."""
    lines = [_FENCE, *(f"{key}: {value}" for key, value in meta.items()), _FENCE]
    return "\n".join(lines) + "\n" + body


def _blank(text: str) -> bool:
    """Nothing but whitespace and invisible format characters (zero-width space, BOM)."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def article_from_text(article_id: str, text: str, path: str = "<text>") -> Article:
    """Build an Article from decoded text; raises ValueError with an E1xx message."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if _blank(text):
        raise ValueError(Errors.E103.format(path=path, reason="no text" if not text else "only whitespace"))
    meta, body = split_front_matter(text, path)
    if _blank(body):
        raise ValueError(Errors.E103.format(path=path, reason="no text after the front matter"))
    published = parse_published(meta.get("published"), path)
    return Article(
        id=article_id, body=body, path=path, title=meta.get("title", ""),
        published=published, meta=meta,
    )


def _decode(raw: bytes, path: Path) -> str:
    """UTF-8 text, or ValueError naming where the bytes stop being UTF-8 text."""
    if raw.startswith(_UTF16_BOMS):
        raise ValueError(Errors.E101.format(path=path, reason="it starts with a UTF-16 or UTF-32 byte order mark; save it as UTF-8"))
    if b"\x00" in raw:
        raise ValueError(Errors.E102.format(path=path))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        reason = (f"invalid byte 0x{raw[exc.start]:02x} at line {line}, column {column} "
                  f"(byte offset {exc.start}); is it Latin-1 or Windows-1252? Save it as UTF-8")
        raise ValueError(Errors.E101.format(path=path, reason=reason)) from None


def read_article(path: Path) -> Article:
    """Read one article file; raises ArticleError naming the file and the problem."""
    path = as_path(path)  # a local Path, or a RemotePath for an fsspec URL
    article_id = path.stem
    try:
        raw = path.read_bytes()
    except OSError as exc:
        reason = exc.strerror or exc.__class__.__name__
        raise ArticleError(article_id, str(path), Errors.E107.format(path=path, reason=reason)) from None
    try:
        if path.suffix.lower() in HTML_SUFFIXES:
            from .html import article_from_html, read_sidecar  # loads trafilatura: only for a corpus with pages

            return article_from_html(article_id, raw, str(path), read_sidecar(path))
        return article_from_text(article_id, _decode(raw, path), str(path))
    except ValueError as exc:
        raise ArticleError(article_id, str(path), str(exc)) from None


def sidecar_path(page: Path) -> Path:
    """`x.front` beside the page `x.html` (a local Path, or a RemotePath)."""
    name = page.stem + SIDECAR_SUFFIX
    return page.with_name(name) if isinstance(page, Path) else as_path(str(page)[: -len(page.name)] + name)


def source_bytes(path: Path) -> bytes:
    """Every byte an article is read from: the file's, and a page's sidecar's too
    (what the cache keys an extraction by). OSError if the file cannot be read."""
    raw = path.read_bytes()
    if path.suffix.lower() in HTML_SUFFIXES:
        try:
            raw += b"\0" + sidecar_path(path).read_bytes()
        except OSError:  # no sidecar; an unreadable one is reported when the page is read
            pass
    return raw


def is_article_path(path: Path) -> bool:
    """A `*.txt`, `*.md`, `*.html` or `*.htm` file that is not hidden (editors'
    `.#x.md`, macOS `._x.md`). A page's sidecar `x.front` is not an article."""
    return path.suffix.lower() in ARTICLE_SUFFIXES and not path.name.startswith(".") and path.is_file()


def list_article_paths(corpus_dir: Path) -> list[Path]:
    corpus_dir = as_path(corpus_dir)
    if not corpus_dir.is_dir():
        raise UserError(Errors.E001.format(path=corpus_dir))
    try:
        paths = sorted(p for p in corpus_dir.iterdir() if is_article_path(p))
    except OSError as exc:
        raise UserError(Errors.E012.format(path=corpus_dir, reason=exc.strerror)) from None
    if not paths:
        raise UserError(Errors.E002.format(path=corpus_dir))
    return paths


def article_ids(corpus_dir: Path) -> set[str]:
    """The ids of the corpus's articles, from file names only (nothing is read)."""
    return {p.stem for p in list_article_paths(corpus_dir)}


def iter_corpus(corpus_dir: Path) -> Iterator[Article | ArticleError]:
    """Every article of the corpus in id order; unreadable ones as ArticleError.

    Two files with the same id (`a.txt`, `a.md`) are one ArticleError: which of
    them is the article cannot be known, so neither is processed.
    """
    by_id: dict[str, list[Path]] = {}
    for path in list_article_paths(corpus_dir):
        by_id.setdefault(path.stem, []).append(path)
    for article_id in sorted(by_id):
        paths = sorted(by_id[article_id], key=lambda p: (p.suffix, p.name))
        if len(paths) > 1:
            others = " and ".join(str(p) for p in paths)
            yield ArticleError(article_id, str(paths[0]),
                               Errors.E106.format(path=paths[0], others=others, article=article_id))
            continue
        try:
            yield read_article(paths[0])
        except ArticleError as err:
            yield err
