"""Running the pipeline over a corpus directory into the output tables.

The unit of work is `process_shard`: a list of article paths in, their
extractions (or errors) out, in order. `run_corpus` plans the run: articles
whose bytes and pipeline are unchanged come from the cache (cache.py), the
others go through `process_shard` in shards, in this process or in `jobs`
worker processes, and every article's rows are written in id order as they
come, so memory does not grow with the corpus.
"""

from __future__ import annotations

import concurrent.futures
import multiprocessing
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, NamedTuple, Sequence

from .cache import CACHE_DIR, ArticleCache, pipeline_fingerprint
from ..io.corpus import list_article_paths, read_article, source_bytes
from ..errors import ArticleError, Errors, UserError
from ..records import Extraction
from ..io.storage import as_path, is_url, publish, staging_directory
from ..io.tables import OUTPUT_TABLES, TABLES, TableWriter

if TYPE_CHECKING:
    from spacy.language import Language

# Articles per shard: enough to keep nlp.pipe's batches full, few enough that
# two workers share a small corpus evenly and a shard's results stay small.
SHARD_ARTICLES = 32

Result = tuple[str, "Extraction | ArticleError"]


@dataclass
class RunSummary:
    articles: int = 0
    failed: list[ArticleError] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=lambda: {t: 0 for t in TABLES})
    seconds: float = 0.0
    cached: int = 0  # articles read back from the cache, not extracted

    def line(self) -> str:
        rows = ", ".join(f"{n} {t}" for t, n in self.rows.items())
        failed = f", {len(self.failed)} failed" if self.failed else ""
        return f"{self.articles} articles{failed}: {rows} rows in {self.seconds:.1f} s"


def process_shard(paths: Sequence[Path | str], nlp: Language | None = None) -> list[Result]:
    """(article id, Extraction or ArticleError) for each path, in order.

    Reads the files and nothing else; writes nothing. `nlp` defaults to this
    process's shared pipeline, loaded on first use, so a worker process loads
    the model once for all its shards. This is the function a scheduler (the
    --jobs worker processes, or a cluster) runs on each shard of a corpus.
    """
    from ..extraction.articles import extract_articles
    from ..extraction.nlp import shared_nlp

    results: list[Result | None] = [None] * len(paths)
    articles, position = [], {}
    for i, path in enumerate(paths):
        try:
            article = read_article(as_path(path))
        except ArticleError as error:
            results[i] = (error.article, error)
            continue
        position[id(article)] = i
        articles.append(article)

    def failed(article, exc: Exception) -> None:
        reason = " ".join(f"{type(exc).__name__}: {exc}".split()).rstrip(":")  # one line
        if len(reason) > 300:
            reason = reason[:297] + "..."
        message = Errors.E108.format(path=article.path, reason=reason)
        results[position[id(article)]] = (article.id, ArticleError(article.id, article.path, message))

    if articles:
        for article, extraction in extract_articles(articles, nlp or shared_nlp(), on_error=failed):
            results[position[id(article)]] = (article.id, extraction)
    return results


class _Planned(NamedTuple):
    """One article of the run, in id order, and where its result will come from."""
    article: str
    path: Path
    key: str | None  # cache key (None: no cache, or the file could not be read)
    cached: bool
    error: ArticleError | None = None  # known before extraction (two files, one id)


def _plan(corpus_dir: Path, cache: ArticleCache | None) -> list[_Planned]:
    by_id: dict[str, list[Path]] = {}
    for path in list_article_paths(corpus_dir):
        by_id.setdefault(path.stem, []).append(path)
    plan = []
    for article_id in sorted(by_id):
        paths = sorted(by_id[article_id], key=lambda p: (p.suffix, p.name))
        if len(paths) > 1:
            # Which of them is the article cannot be known, so neither is processed.
            others = " and ".join(str(p) for p in paths)
            error = ArticleError(article_id, str(paths[0]),
                                 Errors.E106.format(path=paths[0], others=others, article=article_id))
            plan.append(_Planned(article_id, paths[0], None, False, error))
            continue
        key = _file_key(cache, paths[0])
        plan.append(_Planned(article_id, paths[0], key, key is not None and cache.has(key)))
    return plan


def _file_key(cache: ArticleCache | None, path: Path) -> str | None:
    if cache is None:
        return None
    try:
        return cache.key(source_bytes(path))
    except OSError:  # process_shard reports it
        return None


def _shards(paths: list, jobs: int) -> list[list]:
    size = max(1, min(SHARD_ARTICLES, -(-len(paths) // jobs)))  # a small corpus: one shard per job
    return [paths[i:i + size] for i in range(0, len(paths), size)]


def process_shard_in_memory_zone(paths: Sequence[Path | str], nlp: Language | None = None) -> list[Result]:
    """`process_shard` inside a spaCy memory zone: the strings the shard's
    texts add to the vocabulary are freed after it, so a process that extracts
    shard after shard does not grow with the corpus. (Zones do not nest.)"""
    from ..extraction.nlp import shared_nlp

    nlp = nlp or shared_nlp()
    with nlp.memory_zone():
        return process_shard(paths, nlp)


class LocalEngine:
    """Shards through `process_shard` in this process (`jobs` = 1) or in `jobs`
    worker processes, each loading the pipeline once; results in shard order.

    `run_corpus` drives any engine through `shards`, `results`, `cancel` and
    `close` (distributed.DaskEngine is another).
    """

    def __init__(self, jobs: int = 1, nlp: Language | None = None):
        if jobs < 1:
            raise ValueError(f"jobs must be at least 1, got {jobs}")
        if jobs > 1 and nlp is not None:
            raise ValueError("an nlp object runs in this process only: pass jobs=1 with it")
        self.jobs, self.nlp = jobs, nlp
        self._executor: concurrent.futures.ProcessPoolExecutor | None = None

    def shards(self, paths: list) -> list[list]:
        return _shards(paths, self.jobs)

    def results(self, shards: list[list]) -> Iterator[list[Result]]:
        if self.jobs == 1 or len(shards) < 2:
            for shard in shards:
                yield process_shard_in_memory_zone(shard, self.nlp)
            return
        # spawn, not fork: a worker starts clean (no copy of a parent's threads
        # or loaded model) and loads the pipeline itself.
        self._executor = concurrent.futures.ProcessPoolExecutor(
            max_workers=min(self.jobs, len(shards)), mp_context=multiprocessing.get_context("spawn"),
            initializer=_ignore_interrupts)
        yield from self._executor.map(process_shard_in_memory_zone, shards)

    def cancel(self) -> None:
        """Stop the workers now: drop queued shards and end running ones."""
        if self._executor is None:
            return
        # ProcessPoolExecutor has no public way to end running work before
        # Python 3.14 (terminate_workers); without this each running shard
        # goes on to its end. (shutdown forgets the processes: take them first.)
        processes = list((getattr(self._executor, "_processes", None) or {}).values())
        self._executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown()
            self._executor = None


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group; the parent alone handles it and
    # stops the workers, so they print no tracebacks of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_corpus(corpus_dir: Path | str, out_dir: Path | str, nlp: Language | None = None,
               progress: Callable[[int, int, str], None] | None = None,
               report: Callable[[str], None] | None = None,
               jobs: int = 1, use_cache: bool = True, engine=None) -> RunSummary:
    """Extract every article of `corpus_dir` and write the tables to `out_dir`.

    Unreadable articles, and articles the pipeline fails on, are reported
    (`report`, and a row of errors.csv each) and skipped; every other article is
    still extracted. The tables are replaced only when the run completes: until
    then (and if it is killed) `out_dir` keeps the previous run's tables.
    `jobs` > 1 extracts in that many worker processes, each loading the
    pipeline once (`nlp` must then be None); `engine` replaces that with
    another engine (see LocalEngine), which the caller closes. With
    `use_cache`, articles whose bytes and pipeline are unchanged since a
    previous run into `out_dir` are read from `out_dir/.cache` instead of
    extracted; the tables are the same.
    `corpus_dir` and `out_dir` may be fsspec URLs (storage.py); the tables for
    an output URL are written in a local staging directory, then published.
    Raises UserError for a missing or empty corpus or an unwritable `out_dir`.
    """
    if is_url(out_dir):
        staging = staging_directory(out_dir)
        summary = run_corpus(corpus_dir, staging, nlp, progress, report, jobs, use_cache, engine)
        publish(staging, out_dir, (*(f"{t}.csv" for t in OUTPUT_TABLES), "errors.csv"))
        return summary
    started = time.perf_counter()
    own_engine = engine is None
    engine = engine or LocalEngine(jobs, nlp)
    corpus_dir, out_dir = as_path(corpus_dir), Path(out_dir)
    cache = None
    if use_cache:
        # A caller's own nlp may differ from the shipped one: its components are part of the key.
        extra = "" if nlp is None else ",".join(nlp.pipe_names)
        cache = ArticleCache(out_dir / CACHE_DIR, pipeline_fingerprint(extra))
    plan = _plan(corpus_dir, cache)  # raises the corpus's usage errors first
    _check_writable(out_dir)
    summary = RunSummary()
    report = report or (lambda message: print(message, file=sys.stderr))
    writer = TableWriter(out_dir)

    def write(planned: _Planned, result: Extraction | ArticleError) -> None:
        if isinstance(result, ArticleError):
            summary.failed.append(result)
            writer.add_error(result.article, result.path, result.message)
            report(result.message)
        else:
            writer.add(planned.article, result)
            summary.articles += 1
        if progress:
            progress(summary.articles + len(summary.failed), len(plan), planned.article)

    try:
        shards = engine.shards([p.path for p in plan if p.error is None and not p.cached])
        extracted = (result for results in engine.results(shards) for result in results)
        for planned in plan:
            if planned.error is not None:
                write(planned, planned.error)
                continue
            if planned.cached:
                extraction = cache.get(planned.key)
                if extraction is not None:
                    summary.cached += 1
                    write(planned, extraction)
                    continue
                # A damaged entry: extract the article here and now.
                article_id, result = process_shard_in_memory_zone([planned.path], nlp)[0]
            else:
                article_id, result = next(extracted)
            assert article_id == planned.article, (article_id, planned.article)
            if cache is not None and isinstance(result, Extraction) and \
                    _file_key(cache, planned.path) == planned.key:  # not edited during the run
                cache.put(planned.key, result)
            write(planned, result)
        writer.commit()
    except BaseException:
        writer.abort()
        engine.cancel()
        raise
    finally:
        if own_engine:
            engine.close()
    if cache is not None:
        cache.keep_only({p.key for p in plan if p.key is not None})
    summary.rows = {t: writer.counts[t] for t in TABLES}
    summary.seconds = time.perf_counter() - started
    return summary


def _check_writable(out_dir: Path) -> None:
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(Errors.E003.format(path=out_dir, reason="it is a file, not a directory"))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(Errors.E003.format(path=out_dir, reason=exc.strerror or exc)) from None
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise UserError(Errors.E003.format(path=out_dir, reason="permission denied"))
