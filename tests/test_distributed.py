"""Issue 7: the same pipeline on a Dask cluster (`run --engine dask`).

The end-to-end tests run a real LocalCluster of two worker processes (one
thread each), shared by the module, and compare with the local engine byte for
byte. Every test is bounded by a watchdog so a stuck cluster fails the run
instead of hanging it, and the cluster is closed by the fixture's finalizer
whatever happens.
"""

from __future__ import annotations

import csv
import faulthandler
import random
import shutil
import string
from pathlib import Path

import pytest
from spec_contract import OUTPUT_FILES
from typer.testing import CliRunner

import pipeline.extraction.nlp
from pipeline.cli import app
from pipeline.run.distributed import (FAULT_ENV, MAX_SHARD, MIN_SHARD, DaskEngine, InjectedFault,
                                  _inject_test_fault, failed_shard, local_cluster, run_shard, shard_size)
from pipeline.errors import ArticleError, UserError
from pipeline.run.runner import run_corpus
from pipeline.io.storage import RemotePath, as_path, staging_directory

TABLE_FILES = OUTPUT_FILES[:4]
TEST_SECONDS = 180  # a generous bound for one test; a hang dumps the stacks and exits
# Article ids the module's cluster fails on (FAULT_ENV): always, and only once.
ALWAYS_FAILS = "zz-always-fails"
FAILS_ONCE = "zz-fails-once"
BAD_ARTICLES = {"latin1.txt": "Jos\u00e9 flew.".encode("latin-1"), "empty.md": b"  \n",
                "twin.txt": b"Twin one.\n", "twin.md": b"Twin two.\n"}
QUIET = {"report": lambda message: None}


@pytest.fixture(autouse=True)
def watchdog():
    faulthandler.dump_traceback_later(TEST_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(scope="module")
def fault_marker(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("faults") / "fired-once"


@pytest.fixture(scope="module")
def scheduler(fault_marker):
    """The address of a LocalCluster of 2 worker processes with the test faults armed."""
    with pytest.MonkeyPatch.context() as mp:
        # The worker processes inherit the environment they are started with.
        mp.setenv(FAULT_ENV, f"{ALWAYS_FAILS},{FAILS_ONCE}={fault_marker}")
        cluster = local_cluster(2)
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


@pytest.fixture
def engine(scheduler):
    with DaskEngine(scheduler=scheduler) as engine:
        yield engine


@pytest.fixture(scope="module")
def corpus(repo_root, tmp_path_factory) -> Path:
    """The shipped corpus and a few unreadable articles."""
    directory = tmp_path_factory.mktemp("corpus")
    for path in (repo_root / "corpus").iterdir():
        if path.suffix in (".txt", ".md"):
            shutil.copy(path, directory / path.name)
    for name, content in BAD_ARTICLES.items():
        (directory / name).write_bytes(content)
    return directory


@pytest.fixture(scope="module")
def local_outputs(corpus, nlp, tmp_path_factory) -> Path:
    """The local engine's outputs on `corpus`: what the dask engine must reproduce."""
    out = tmp_path_factory.mktemp("local")
    run_corpus(corpus, out, nlp=nlp, use_cache=False, **QUIET)
    return out


def small_corpus(corpus: Path, directory: Path, count: int, bad: tuple[str, ...] = ()) -> Path:
    """The first `count` readable articles of `corpus`, and the unreadable ones named in `bad`."""
    directory.mkdir()
    readable = [p for p in sorted(corpus.iterdir()) if p.name not in BAD_ARTICLES]
    for path in readable[:count] + [corpus / name for name in bad]:
        shutil.copy(path, directory / path.name)
    return directory


def same_files(a: Path, b: Path, names=OUTPUT_FILES) -> dict[str, bool]:
    return {name: (a / name).read_bytes() == (b / name).read_bytes() for name in names}


def shipped_articles(corpus: Path) -> int:
    """The articles of the test corpus that come from the shipped corpus (not BAD_ARTICLES)."""
    return sum(1 for p in corpus.iterdir() if p.name not in BAD_ARTICLES)


def rows_by_article(path: Path) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            rows.setdefault(row["article"], []).append(row)
    return rows


# ================================================================ end to end on a cluster
def test_dask_engine_writes_exactly_the_local_engine_outputs(corpus, local_outputs, engine, tmp_path):
    out = tmp_path / "out"
    summary = run_corpus(corpus, out, engine=engine, use_cache=False, **QUIET)
    assert same_files(local_outputs, out) == {name: True for name in OUTPUT_FILES}
    assert summary.articles == shipped_articles(corpus) and len(summary.failed) == 3  # latin1, empty, the twins
    assert not list(out.glob(".*.tmp")), "no temporaries left behind"


def test_cli_starts_its_own_local_cluster(corpus, local_outputs, tmp_path):
    small = small_corpus(corpus, tmp_path / "corpus", 6)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(small), "--out", str(out), "--engine", "dask", "--workers", "2"])
    assert result.exit_code == 0, result.output
    ids = {p.stem for p in small.iterdir()}
    for table in TABLE_FILES:
        expected = {a: rows for a, rows in rows_by_article(local_outputs / table).items() if a in ids}
        assert rows_by_article(out / table) == expected, table


def test_a_shard_that_always_fails_names_its_articles_and_the_rest_lands(corpus, local_outputs, engine, tmp_path):
    small = small_corpus(corpus, tmp_path / "corpus", 10)
    shutil.copy(corpus / "vostok-1-gagarin.txt", small / f"{ALWAYS_FAILS}.txt")
    out = tmp_path / "out"
    reports = []
    summary = run_corpus(small, out, engine=engine, report=reports.append)
    # Shards are cut in id order: the failing article is last, so its shard is the last one.
    ids = sorted(p.stem for p in small.iterdir())
    size = shard_size(len(ids), engine.workers)
    lost = ids[(len(ids) - 1) // size * size:]
    errors = rows_by_article(out / "errors.csv")
    assert sorted(errors) == lost
    for row, in errors.values():
        assert row["error"].startswith("[E110]"), row
        assert row["path"] in row["error"] and "also when retried" in row["error"]
        assert "InjectedFault" in row["error"]
    assert [e.article for e in summary.failed] == lost
    assert reports == [e.message for e in summary.failed]
    kept = set(ids) - set(lost)
    assert summary.articles == len(kept)
    for table in TABLE_FILES:
        expected = {a: rows for a, rows in rows_by_article(local_outputs / table).items() if a in kept}
        assert rows_by_article(out / table) == expected, table


def test_a_shard_that_fails_once_is_retried(corpus, local_outputs, engine, fault_marker, tmp_path):
    small = small_corpus(corpus, tmp_path / "corpus", 5)
    shutil.copy(corpus / "vostok-1-gagarin.txt", small / f"{FAILS_ONCE}.txt")
    out = tmp_path / "out"
    summary = run_corpus(small, out, engine=engine, use_cache=False, **QUIET)
    assert fault_marker.exists(), "the fault fired"
    assert summary.failed == [] and summary.articles == 6
    gagarin = rows_by_article(local_outputs / "people.csv")["vostok-1-gagarin"]
    people = rows_by_article(out / "people.csv")
    assert [{**row, "article": ""} for row in people[FAILS_ONCE]] == [{**row, "article": ""} for row in gagarin]


def test_the_cache_is_shared_and_reused(corpus, engine, tmp_path):
    small = small_corpus(corpus, tmp_path / "corpus", 6)
    out = tmp_path / "out"
    first = run_corpus(small, out, engine=engine, **QUIET)
    assert first.cached == 0 and first.articles == 6
    snapshot = {name: (out / name).read_bytes() for name in OUTPUT_FILES}
    # A second dask run extracts nothing: it does not even start a cluster.
    with DaskEngine() as idle:
        second = run_corpus(small, out, engine=idle, **QUIET)
        assert idle.client is None
    assert second.cached == 6
    assert {name: (out / name).read_bytes() for name in OUTPUT_FILES} == snapshot
    # One edited article: only that one goes to the cluster.
    edited = sorted(small.iterdir())[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nYuri Gagarin flew on 12 April 1961.\n",
                      encoding="utf-8")
    third = run_corpus(small, out, engine=engine, **QUIET)
    assert third.cached == 5 and third.articles == 6
    # ... and the local engine reads the same cache.
    local_out = tmp_path / "local"
    shutil.copytree(out, local_out)
    fourth = run_corpus(small, local_out, jobs=1, **QUIET)
    assert fourth.cached == 6
    assert same_files(out, local_out) == {name: True for name in OUTPUT_FILES}


def test_a_corpus_at_an_fsspec_url(corpus, local_outputs, engine, tmp_path):
    out = tmp_path / "out"
    url = corpus.resolve().as_uri()  # file:///..., read through fsspec on the workers
    summary = run_corpus(url, out, engine=engine, use_cache=False, **QUIET)
    assert summary.articles == shipped_articles(corpus)
    assert same_files(local_outputs, out, TABLE_FILES) == {name: True for name in TABLE_FILES}
    paths = [row["path"] for rows in rows_by_article(out / "errors.csv").values() for row in rows]
    assert paths and all(p.startswith(url + "/") for p in paths)


def test_outputs_at_an_fsspec_url(corpus, engine, monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    small = small_corpus(corpus, tmp_path / "corpus", 4, bad=("empty.md",))
    url = (tmp_path / "remote" / "out").as_uri()
    first = run_corpus(small, url, engine=engine, **QUIET)
    published = tmp_path / "remote" / "out"
    assert sorted(p.name for p in published.iterdir()) == sorted(OUTPUT_FILES), "no temporaries left"
    assert first.articles == 4 and len(first.failed) == 1
    staging = staging_directory(url)
    assert staging.is_relative_to(tmp_path / "xdg")
    assert same_files(staging, published) == {name: True for name in OUTPUT_FILES}
    # the cache lives in the staging directory: the next run into the URL is incremental
    second = run_corpus(small, url, engine=engine, **QUIET)
    assert second.cached == 4


def test_an_interrupted_run_keeps_the_previous_outputs_and_cancels_its_shards(corpus, engine, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "people.csv").write_text("previous\n", encoding="utf-8")

    def interrupt(done: int, total: int, article: str) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        run_corpus(corpus, out, engine=engine, progress=interrupt, use_cache=False, **QUIET)
    assert (out / "people.csv").read_text(encoding="utf-8") == "previous\n"
    assert not list(out.glob(".*.tmp"))
    assert not engine._futures, "the shards still queued were cancelled"
    # the cluster goes on serving runs
    assert run_corpus(small_corpus(corpus, tmp_path / "small", 2), tmp_path / "again", engine=engine,
                      use_cache=False, **QUIET).articles == 2


def test_unreachable_scheduler_is_a_usage_error(corpus, tmp_path):
    with DaskEngine(scheduler="tcp://127.0.0.1:9", connect_timeout="2s") as engine:
        with pytest.raises(UserError, match=r"\[E015\].*tcp://127.0.0.1:9"):
            run_corpus(corpus, tmp_path / "out", engine=engine, use_cache=False)
    assert not (tmp_path / "out" / "people.csv").exists()


@pytest.mark.parametrize("options, wrong", [
    (["--scheduler", "tcp://127.0.0.1:8786"], "--engine"),
    (["--workers", "2"], "--engine"),
    (["--engine", "dask", "--jobs", "2"], "--jobs"),
    (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:8786", "--workers", "2"], "--workers"),
])
def test_options_of_the_other_engine_are_usage_errors(options, wrong, tmp_path):
    result = CliRunner().invoke(app, ["run", "corpus", "--out", str(tmp_path / "out"), *options])
    assert result.exit_code == 2 and wrong in result.output
    assert not (tmp_path / "out").exists()


# ================================================================ the pieces
@pytest.mark.parametrize("articles, workers, size", [
    (1, 2, MIN_SHARD), (25, 2, MIN_SHARD), (100, 2, 7), (10_000, 2, MAX_SHARD), (100, 8, MIN_SHARD),
])
def test_shard_size(articles, workers, size):
    assert shard_size(articles, workers) == size


class KilledWorker(Exception):
    pass


def test_failed_shard_gives_one_error_per_article():
    results = failed_shard(["c/a.txt", RemotePath("s3://b/c/b.md")], KilledWorker("boom"))
    assert [article for article, _ in results] == ["a", "b"]
    for (_, error), path in zip(results, ["c/a.txt", "s3://b/c/b.md"]):
        assert isinstance(error, ArticleError) and error.path == path
        assert error.message.startswith(f"[E110] {path}: ") and "KilledWorker: boom" in error.message


def test_fault_injection_is_off_unless_asked(monkeypatch, tmp_path):
    monkeypatch.delenv(FAULT_ENV, raising=False)
    _inject_test_fault(["x/a.txt"])
    monkeypatch.setenv(FAULT_ENV, "a")
    with pytest.raises(InjectedFault):
        _inject_test_fault(["x/b.txt", "x/a.txt"])
    _inject_test_fault(["x/b.txt"])
    monkeypatch.setenv(FAULT_ENV, f"b={tmp_path / 'once'}")
    with pytest.raises(InjectedFault):
        _inject_test_fault(["x/b.txt"])
    _inject_test_fault(["x/b.txt"])  # the second attempt goes through


def test_run_shard_frees_the_strings_of_its_shard(nlp, monkeypatch, tmp_path):
    monkeypatch.setattr(pipeline.extraction.nlp, "shared_nlp", lambda: nlp)
    rng = random.Random(7)
    words = " ".join("".join(rng.choices(string.ascii_lowercase, k=9)) for _ in range(3000))
    article = tmp_path / "novel.txt"
    article.write_text(f"On 5 October 2021 Anton Shkaplerov flew Soyuz MS-19. {words}\n", encoding="utf-8")
    before = len(nlp.vocab.strings)
    ((article_id, extraction),) = run_shard([article])
    assert len(nlp.vocab.strings) == before, "the shard's new strings are freed"
    assert article_id == "novel" and [p.name for p in extraction.people] == ["Anton Shkaplerov"]
    assert [d.value for d in extraction.dates] == ["2021-10-05"]


def test_remote_path_names_and_reading(tmp_path):
    (tmp_path / "a.md").write_text("x", encoding="utf-8")
    url = tmp_path.as_uri()
    root = as_path(url)
    assert isinstance(root, RemotePath) and root.is_dir() and not root.is_file()
    (child,) = root.iterdir()
    assert (child.name, child.stem, child.suffix, str(child)) == ("a.md", "a", ".md", f"{url}/a.md")
    assert child.is_file() and child.read_bytes() == b"x"
    assert not (root / "missing.md").is_file()
    assert isinstance(as_path("corpus"), Path) and isinstance(as_path(tmp_path), Path)


def test_an_unknown_protocol_is_a_usage_error(tmp_path):
    with pytest.raises(UserError, match=r"\[E014\]"):
        run_corpus("nosuchprotocol://bucket/corpus", tmp_path / "out", use_cache=False)
