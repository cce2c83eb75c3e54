"""Running the pipeline over a corpus directory into the output tables."""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .corpus import iter_corpus, list_article_paths
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
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(Errors.E003.format(path=out_dir, reason=exc.strerror)) from None
    if not os.access(out_dir, os.W_OK):
        raise UserError(Errors.E003.format(path=out_dir, reason="permission denied"))


def run_corpus(corpus_dir: Path | str, out_dir: Path | str, nlp=None,
               progress: Callable[[int, int, str], None] | None = None,
               report: Callable[[str], None] | None = None) -> RunSummary:
    """Extract every article of `corpus_dir` and write the tables to `out_dir`.

    Unreadable articles are reported (`report`, and errors.csv) and skipped;
    the tables are replaced only when the run completes.
    """
    from .extract import extract_articles
    from .nlp import shared_nlp

    started = time.perf_counter()
    corpus_dir, out_dir = Path(corpus_dir), Path(out_dir)
    total = len(list_article_paths(corpus_dir))
    _check_writable(out_dir)
    nlp = nlp or shared_nlp()
    summary = RunSummary()
    writer = TableWriter(out_dir)
    report = report or (lambda message: print(message, file=sys.stderr))

    def readable_articles():
        for item in iter_corpus(corpus_dir):
            if isinstance(item, ArticleError):
                summary.failed.append(item)
                writer.add_error(item.article, item.path, item.message)
                report(item.message)
                continue
            yield item

    try:
        done = 0
        for article, extraction in extract_articles(readable_articles(), nlp):
            writer.add(article.id, extraction)
            summary.articles += 1
            done += 1
            if progress:
                progress(done + len(summary.failed), total, article.id)
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    summary.rows = dict(writer.counts)
    summary.seconds = time.perf_counter() - started
    return summary

