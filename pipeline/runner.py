"""Running the pipeline over a corpus directory into the output tables."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .corpus import Article, iter_corpus, list_article_paths
from .errors import ArticleError, Errors, UserError
from .tables import TABLES, TableWriter


@dataclass
class RunSummary:
    articles: int = 0
    failed: list[ArticleError] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=lambda: {t: 0 for t in TABLES})
    seconds: float = 0.0

    def line(self) -> str:
        rows = ", ".join(f"{n} {t}" for t, n in self.rows.items())
        failed = f", {len(self.failed)} failed" if self.failed else ""
        return f"{self.articles} articles{failed}: {rows} rows in {self.seconds:.1f} s"


def _check_writable(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(Errors.E003.format(path=out_dir, reason="it is a file, not a directory"))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(Errors.E003.format(path=out_dir, reason=exc.strerror or exc)) from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise UserError(Errors.E003.format(path=out_dir, reason="permission denied"))


def run_corpus(corpus_dir: Path | str, out_dir: Path | str, nlp=None,
               progress: Callable[[int, int, str], None] | None = None,
               report: Callable[[str], None] | None = None) -> RunSummary:
    """Extract every article of `corpus_dir` and write the tables to `out_dir`.

    Unreadable articles, and articles the pipeline fails on, are reported
    (`report`, and a row of errors.csv each) and skipped; every other article is
    still extracted. The tables are replaced only when the run completes: until
    then (and if it is killed) `out_dir` keeps the previous run's tables.
    Raises UserError for a missing or empty corpus or an unwritable `out_dir`.
    """
    from .extraction import extract_articles
    from .nlp import shared_nlp

    started = time.perf_counter()
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    total = len({p.stem for p in list_article_paths(corpus_dir)})
    _check_writable(out_dir)
    nlp = nlp or shared_nlp()
    summary = RunSummary()
    report = report or (lambda message: print(message, file=sys.stderr))
    writer = TableWriter(out_dir)

    def fail(error: ArticleError) -> None:
        summary.failed.append(error)
        writer.add_error(error.article, error.path, error.message)
        report(error.message)
        if progress:
            progress(summary.articles + len(summary.failed), total, error.article)

    def readable_articles():
        for item in iter_corpus(corpus_dir):
            if isinstance(item, ArticleError):
                fail(item)
                continue
            yield item

    def extraction_failed(article: Article, exc: Exception) -> None:
        reason = " ".join(f"{type(exc).__name__}: {exc}".split()).rstrip(":")  # one line
        if len(reason) > 300:
            reason = reason[:297] + "..."
        fail(ArticleError(article.id, article.path, Errors.E108.format(path=article.path, reason=reason)))

    try:
        for article, extraction in extract_articles(readable_articles(), nlp, on_error=extraction_failed):
            writer.add(article.id, extraction)
            summary.articles += 1
            if progress:
                progress(summary.articles + len(summary.failed), total, article.id)
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    summary.rows = dict(writer.counts)
    summary.seconds = time.perf_counter() - started
    return summary
