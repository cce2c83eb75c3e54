"""Reading the corpus: article files, front matter, publication dates (SPEC §1)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .errors import ArticleError, Errors, UserError

ARTICLE_SUFFIXES = (".md", ".txt")
_FENCE = "---"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Article:
    id: str
    body: str
    path: str = ""
    title: str = ""
    published: dt.date | None = None
    meta: dict[str, str] = field(default_factory=dict)


def parse_published(value: str | None, path: str = "<text>") -> dt.date | None:
    if value is None or not value.strip():
        return None
    value = value.strip().strip("'\"")
    if not _ISO_DATE.fullmatch(value):
        raise ValueError(Errors.E105.format(path=path, value=value))
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(Errors.E105.format(path=path, value=value)) from None


def split_front_matter(text: str, path: str = "<text>") -> tuple[dict[str, str], str]:
    """Return (front matter, body). Body offsets are what every table refers to."""
    first_line, sep, rest = text.partition("\n")
    if first_line.rstrip() != _FENCE or not sep:
        if first_line.rstrip() == _FENCE:
            raise ValueError(Errors.E104.format(path=path))
        return {}, text
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


def article_from_text(article_id: str, text: str, path: str = "<text>") -> Article:
    """Build an Article from decoded text; raises ValueError with an E1xx message."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ValueError(Errors.E103.format(path=path))
    meta, body = split_front_matter(text, path)
    if not body.strip():
        raise ValueError(Errors.E103.format(path=path))
    published = parse_published(meta.get("published"), path)
    return Article(
        id=article_id, body=body, path=path, title=meta.get("title", ""),
        published=published, meta=meta,
    )


def read_article(path: Path) -> Article:
    """Read one article file; raises ArticleError naming the file and the problem."""
    article_id = path.stem
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(article_id, str(path), Errors.E107.format(path=path, reason=exc.strerror))
    if b"\x00" in raw:
        raise ArticleError(article_id, str(path), Errors.E102.format(path=path))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        reason = f"invalid byte 0x{raw[exc.start]:02x} at offset {exc.start}"
        raise ArticleError(article_id, str(path), Errors.E101.format(path=path, reason=reason))
    try:
        return article_from_text(article_id, text, str(path))
    except ValueError as exc:
        raise ArticleError(article_id, str(path), str(exc)) from None


def list_article_paths(corpus_dir: Path) -> list[Path]:
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        raise UserError(Errors.E001.format(path=corpus_dir))
    paths = sorted(
        p for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
    )
    if not paths:
        raise UserError(Errors.E002.format(path=corpus_dir))
    return paths


def iter_corpus(corpus_dir: Path) -> Iterator[Article | ArticleError]:
    """Every article of the corpus in id order; unreadable ones as ArticleError."""
    paths = list_article_paths(corpus_dir)
    seen: dict[str, Path] = {}
    for path in sorted(paths, key=lambda p: (p.stem, p.suffix)):
        if path.stem in seen:
            yield ArticleError(
                path.stem, str(path),
                Errors.E106.format(path=path, article=path.stem, other=seen[path.stem]),
            )
            continue
        seen[path.stem] = path
        try:
            yield read_article(path)
        except ArticleError as err:
            yield err
