"""Running the pipeline on a Dask cluster (`run --engine dask`).

Only the extraction runs on the cluster. This process (the driver) plans the
run exactly as the local engine does (`runner.run_corpus`: which articles,
which come from the cache), hands the other articles to the cluster in shards,
and writes every row itself, in article order, with the same TableWriter and
cache. So both engines give the same tables, errors.csv and cache.

On the cluster each shard is one task, `run_shard`: `runner.process_shard`
over its article paths. Workers read the articles themselves (local paths on a
shared file system, or fsspec URLs: storage.py); nothing but paths goes out
and records come back. Each worker process loads the spaCy pipeline once (a
WorkerPlugin warms it when the worker joins) and never receives it pickled.
A shard that raises is retried; one that keeps failing, or keeps killing its
worker, becomes an E110 row in errors.csv for each of its articles, and the
rest of the run goes on.
"""

from __future__ import annotations

import asyncio
import logging
import math
import os
import threading
from collections import deque
from pathlib import Path
from typing import Iterator, Sequence

from distributed import WorkerPlugin

from ..errors import ArticleError, Errors, UserError

DEFAULT_WORKERS = 2
# A task is scheduled, its records pickled and sent back: shards of a few
# articles amortise that; several shards per worker balance the load (the last
# shards end together) and make a retry cheap (8 per worker measured a few
# percent faster than 4 on 2 cores); a cap keeps one result small on huge corpora.
SHARDS_PER_WORKER = 8
MIN_SHARD, MAX_SHARD = 4, 64
RETRIES = 2  # a failing shard runs 1 + RETRIES times before its articles are errors
# Shards submitted ahead of the one the driver waits for (per worker): keeps
# every worker busy while bounding the finished results held in memory.
IN_FLIGHT_PER_WORKER = 4
CONNECT_TIMEOUT = "30s"
WORKERS_TIMEOUT = 60  # seconds to wait for a worker to join a scheduler given by address

# TEST ONLY: fault injection, read on the worker for every shard. A comma list
# of article ids; a shard holding one of them raises instead of extracting.
# `id=PATH` raises only until PATH exists (the first attempt creates it), so a
# retry succeeds. Never set in normal use.
FAULT_ENV = "SPACEFLIGHT_TEST_FAIL_SHARD"


class InjectedFault(RuntimeError):
    """The failure FAULT_ENV asks for (tests only)."""


# ------------------------------------------------------------------ on the workers
# One shard at a time per process: the pipeline object is shared and
# memory_zone frees strings process-wide, so a worker started with several
# threads must not run two shards at once (they would not run faster anyway).
_SHARD_LOCK = threading.Lock()


def run_shard(paths: Sequence) -> list:
    """The task: `process_shard` over `paths` with this worker's pipeline.

    The spaCy string store grows with every new word it sees; the shard runs
    in a memory zone, which frees what it added once its records (plain Python
    objects) are built, so a long-lived worker's memory stays flat.
    """
    from .runner import process_shard_in_memory_zone

    with _SHARD_LOCK:
        _inject_test_fault(paths)
        return process_shard_in_memory_zone(paths)


def _inject_test_fault(paths: Sequence) -> None:
    spec = os.environ.get(FAULT_ENV)
    if not spec:
        return
    ids = {_article_id(p) for p in paths}
    for item in spec.split(","):
        article, _, marker = item.strip().partition("=")
        if article not in ids:
            continue
        if marker:
            try:  # the first attempt creates the marker; later ones succeed
                os.close(os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                continue
        raise InjectedFault(f"injected test fault for article {article!r} ({FAULT_ENV})")


def _load_pipeline() -> None:
    from ..extraction.nlp import shared_nlp

    shared_nlp()



class LoadPipeline(WorkerPlugin):
    """Loads the spaCy pipeline in each worker process as it joins the cluster.

    In a thread, so the worker keeps answering the scheduler's heartbeats
    during the seconds the model takes to load.
    """

    name = "spaceflight-pipeline-nlp"
    idempotent = True  # a second run on the same cluster does not load it again

    async def setup(self, worker) -> None:
        await asyncio.to_thread(_load_pipeline)


# ------------------------------------------------------------------ on the driver
def shard_size(articles: int, workers: int) -> int:
    """Articles per shard: about SHARDS_PER_WORKER shards per worker, within bounds."""
    size = math.ceil(articles / max(1, workers * SHARDS_PER_WORKER))
    return max(MIN_SHARD, min(MAX_SHARD, size))


def failed_shard(paths: Sequence, exc: BaseException) -> list:
    """An E110 ArticleError for every article of a shard the cluster could not process."""
    reason = " ".join(f"{type(exc).__name__}: {exc}".split()).rstrip(":")
    if len(reason) > 300:
        reason = reason[:297] + "..."
    results = []
    for path in paths:
        message = Errors.E110.format(path=path, reason=reason)
        results.append((_article_id(path), ArticleError(_article_id(path), str(path), message)))
    return results


def _article_id(path) -> str:
    from ..io.storage import as_path

    return as_path(path).stem


class DaskEngine:
    """Shards of article paths through `run_shard` on a Dask cluster, results in order.

    Without `scheduler` it starts a LocalCluster of `workers` processes with
    one thread each; with it, it connects to that running scheduler. The
    cluster is started only when there is something to extract (a fully
    cached run starts none) and closed by `close` (or leaving the `with`).
    """

    def __init__(self, scheduler: str | None = None, workers: int = DEFAULT_WORKERS,
                 connect_timeout: str = CONNECT_TIMEOUT):
        if workers < 1:
            raise ValueError(f"workers must be at least 1, got {workers}")
        self.scheduler = scheduler
        self.requested_workers = workers
        self.connect_timeout = connect_timeout
        self.cluster = None
        self.client = None
        self._futures: deque = deque()

    # -- the interface runner.run_corpus uses
    def shards(self, paths: list) -> list[list]:
        if not paths:
            return []
        self._connect()
        if self.scheduler is not None:
            # Workers started elsewhere have their own working directory.
            paths = [p.absolute() if isinstance(p, Path) else p for p in paths]
        size = shard_size(len(paths), self.workers)
        return [paths[i:i + size] for i in range(0, len(paths), size)]

    def results(self, shards: list[list]) -> Iterator[list]:
        """Each shard's results, in shard order, while later shards run.

        Waiting in order (not as_completed) is what the in-order writer needs
        anyway; the window of submitted shards keeps the workers busy.
        """
        window = max(2, self.workers * IN_FLIGHT_PER_WORKER)
        pending = iter(shards)
        for shard in _take(pending, window):
            self._submit(shard)
        while self._futures:
            shard, future = self._futures.popleft()
            try:
                results = future.result()
            except Exception as exc:  # raised RETRIES + 1 times, or killed its workers
                results = failed_shard(shard, exc)
            del future  # release it on the cluster
            for next_shard in _take(pending, 1):
                self._submit(next_shard)
            yield results

    def cancel(self) -> None:
        """Drop every submitted shard (an interrupted or failed run)."""
        if self.client is not None and self._futures:
            try:
                self.client.cancel([future for _, future in self._futures])
            except Exception:  # the cluster may already be gone
                pass
        self._futures.clear()

    # -- cluster life cycle
    @property
    def workers(self) -> int:
        return max(1, len(self.client.nthreads()))

    def _submit(self, shard: list) -> None:
        future = self.client.submit(run_shard, shard, retries=RETRIES, pure=False)
        self._futures.append((shard, future))

    def _connect(self) -> None:
        if self.client is not None:
            return
        from distributed import Client

        try:
            if self.scheduler is None:
                self.cluster = local_cluster(self.requested_workers)
                self.client = Client(self.cluster, set_as_default=False)
            else:
                self.client = Client(self.scheduler, timeout=self.connect_timeout, set_as_default=False)
                self.client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
        except (OSError, TimeoutError, asyncio.TimeoutError) as exc:
            self.close()
            raise UserError(Errors.E015.format(address=self.scheduler or "a local cluster", reason=exc)) from None
        try:
            self.client.register_plugin(LoadPipeline(), name=LoadPipeline.name)
        except UserError:  # raised on a worker: e.g. no spaCy model there (E004)
            self.close()
            raise
        except Exception as exc:  # the workers cannot import this package
            self.close()
            raise UserError(Errors.E016.format(address=self.scheduler or "local", reason=exc)) from None

    def close(self) -> None:
        self.cancel()
        for resource in (self.client, self.cluster):
            if resource is not None:
                try:
                    resource.close()
                except Exception:  # closing a half-started or lost cluster
                    pass
        self.client = self.cluster = None

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


def local_cluster(workers: int = DEFAULT_WORKERS):
    """A LocalCluster of `workers` processes with one thread each.

    Processes, not threads: spaCy holds the GIL. No dashboard, and the
    scheduler's HTTP endpoints on a free port, so several clusters (or a
    running `dask scheduler`) never compete for port 8787.
    """
    import dask
    from distributed import LocalCluster

    # Dask starts worker processes with MALLOC_TRIM_THRESHOLD_ set (it helps
    # large numpy arrays go back to the system). Any explicit value turns off
    # glibc's adaptive malloc thresholds, which costs spaCy's many small
    # allocations about 20% of its speed; memory_zone already bounds memory.
    environ = {name: value for name, value in dask.config.get("distributed.nanny.pre-spawn-environ").items()
               if name != "MALLOC_TRIM_THRESHOLD_"}
    with dask.config.set({"distributed.nanny.pre-spawn-environ": environ}):
        return LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                            dashboard_address=None, scheduler_kwargs={"dashboard_address": ":0"},
                            silence_logs=logging.ERROR)


def _take(iterator: Iterator, n: int) -> list:
    items = []
    for item in iterator:
        items.append(item)
        if len(items) == n:
            break
    return items
