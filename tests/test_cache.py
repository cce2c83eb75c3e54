"""Issue 5: incremental runs. Results are cached per article (bytes + pipeline
fingerprint) under OUT/.cache; a damaged entry is recomputed, never a crash;
the tables are the same with or without the cache, row for row."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spec_contract import OUTPUT_FILES
from typer.testing import CliRunner

import pipeline.run.cache
import pipeline.extraction.nlp
import pipeline.resources
import pipeline.run.runner
from pipeline.run.cache import CACHE_DIR, ArticleCache, code_fingerprint, pipeline_fingerprint
from pipeline.cli import app
from pipeline.records import AgeRecord, DateRecord, EventRecord, Extraction, PersonRecord, SpacecraftRecord
from pipeline.run.runner import run_corpus

ARTICLES = ("soyuz-ms-20-tourists.md", "vostok-1-gagarin.txt", "apollo-13-no-date.md")

EXTRACTION = Extraction(
    people=(PersonRecord("Yulia Peresild", "actress", 2, 10, 'She said "go" — "ça va"'),),
    spacecraft=(SpacecraftRecord("Soyuz MS-19", "crew vehicle", 3, 0, "Soyuz MS-19 flew."),),
    dates=(DateRecord("5 October", "2021-10-05", 40, 49, "On 5 October\u00a0it flew."),),
    ages=(AgeRecord("Yulia Peresild", 37, "37", 25, "Peresild, 37, flew."),),
    events=(EventRecord("launch", "Soyuz MS-19", "2021-10-05", ("Yulia Peresild", "Klim Shipenko"), 12, 17,
                        "Soyuz MS-19 flew."),),
)


@pytest.fixture
def corpus(repo_root, tmp_path) -> Path:
    """Three articles of the shipped corpus (rows in every table), plus a broken one."""
    directory = tmp_path / "corpus"
    directory.mkdir()
    for name in ARTICLES:
        shutil.copy(repo_root / "corpus" / name, directory / name)
    (directory / "broken.txt").write_bytes(b"caf\xe9 au lait\n")  # Latin-1: E101, never cached
    return directory


@pytest.fixture
def extracted(monkeypatch):
    """The article ids each run actually extracts (not read from the cache)."""
    seen: list[str] = []
    real = pipeline.run.runner.process_shard

    def spy(paths, nlp=None):
        seen.extend(Path(p).stem for p in paths)
        return real(paths, nlp)

    monkeypatch.setattr(pipeline.run.runner, "process_shard", spy)
    return seen


def run(corpus, out, nlp, **options):
    return run_corpus(corpus, out, nlp=nlp, report=lambda message: None, **options)


def tables(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUT_FILES}


def entries(out: Path) -> set[str]:
    return {p.name for p in (out / CACHE_DIR).iterdir()}


# ---------------------------------------------------------------- ArticleCache
def test_entry_round_trip(tmp_path):
    cache = ArticleCache(tmp_path / "c", "fp")
    key = cache.key(b"article bytes")
    assert cache.get(key) is None
    cache.put(key, EXTRACTION)
    assert cache.get(key) == EXTRACTION
    assert ArticleCache(tmp_path / "c", "fp").has(key)
    assert [p.name for p in (tmp_path / "c").iterdir()] == [f"{key}.json"], "no temporary file left"


def test_key_depends_on_bytes_and_fingerprint(tmp_path):
    a, b = ArticleCache(tmp_path, "fp-a"), ArticleCache(tmp_path, "fp-b")
    assert a.key(b"x") == a.key(b"x")
    assert len({a.key(b"x"), a.key(b"x "), b.key(b"x")}) == 3


@pytest.mark.parametrize("damage", [
    b"",
    b"\x00\xff\xfe garbage",
    b'{"key": "K", "people": [',  # cut short
    b"[1, 2, 3]",
    b"[" * 100_000 + b"]" * 100_000,  # nested deeper than the parser's recursion limit
    b'{"key": "K", "people": [], "spacecraft": [], "dates": [], "ages": [{"person": "A", "age": "37", '
    b'"text": "37", "start": 1, "sentence": "s"}]}',  # age as a string
    b'{"key": "K", "people": [], "spacecraft": [], "dates": [], "ages": [{"person": "A", "age": true, '
    b'"text": "37", "start": 1, "sentence": "s"}]}',  # a bool is not an age
    b'{"key": "K", "people": [], "spacecraft": [], "dates": []}',  # a table missing
    b'{"key": "K", "people": [{"name": "A"}], "spacecraft": [], "dates": [], "ages": []}',  # fields missing
    b'{"key": "other", "people": [], "spacecraft": [], "dates": [], "ages": []}',  # another entry's content
    b'{"key": "K", "people": [], "spacecraft": [], "dates": [], "ages": [], "events": [{"event": "launch", '
    b'"spacecraft": "S", "value": "", "people": [1], "start": 0, "end": 6, "sentence": "s"}]}',  # a crew name not a string
    b'{"key": "K", "people": [], "spacecraft": [], "dates": [], "ages": [], "events": [{"event": "launch", '
    b'"spacecraft": "S", "value": "", "people": "A", "start": 0, "end": 6, "sentence": "s"}]}',  # crew not a list
])
def test_damaged_entry_reads_as_missing(tmp_path, damage):
    cache = ArticleCache(tmp_path, "fp")
    key = cache.key(b"article")
    (tmp_path / f"{key}.json").write_bytes(damage.replace(b'"K"', f'"{key}"'.encode()))
    assert cache.get(key) is None


def test_entry_that_is_a_directory_reads_as_missing(tmp_path):
    cache = ArticleCache(tmp_path, "fp")
    key = cache.key(b"article")
    (tmp_path / f"{key}.json").mkdir()
    assert cache.get(key) is None
    cache.put(key, EXTRACTION)  # cannot replace a directory: skipped, no exception
    assert cache.get(key) is None
    assert not list(tmp_path.glob("*.tmp"))


def test_cache_that_cannot_be_written_is_skipped(tmp_path):
    (tmp_path / "file").write_text("in the way")
    cache = ArticleCache(tmp_path / "file", "fp")
    cache.put(cache.key(b"a"), EXTRACTION)  # no exception
    assert cache.get(cache.key(b"a")) is None


def test_keep_only_removes_other_entries_and_temporaries(tmp_path):
    cache = ArticleCache(tmp_path, "fp")
    keep, drop = cache.key(b"keep"), cache.key(b"drop")
    cache.put(keep, EXTRACTION)
    cache.put(drop, EXTRACTION)
    (tmp_path / f".{drop}.abc.tmp").write_text("left by a killed run")
    cache.keep_only({keep})
    assert [p.name for p in tmp_path.iterdir()] == [f"{keep}.json"]


# ---------------------------------------------------------------- fingerprint
def test_code_fingerprint_follows_extraction_modules_only(tmp_path, monkeypatch, repo_root):
    package = tmp_path / "pipeline"
    shutil.copytree(repo_root / "pipeline", package, ignore=shutil.ignore_patterns("__pycache__", "data"))
    monkeypatch.setattr(pipeline.run.cache, "_PACKAGE_DIR", package)
    original = code_fingerprint()
    with (package / "cli.py").open("a") as f:
        f.write("\n# the command line cannot change an extraction\n")
    assert code_fingerprint() == original
    with (package / "extraction" / "people" / "finder.py").open("a") as f:
        f.write("\n# an extractor can\n")
    assert code_fingerprint() != original


def test_pipeline_fingerprint_follows_rules_version_and_nlp(tmp_path, monkeypatch, repo_root):
    original = pipeline_fingerprint()
    assert pipeline_fingerprint() == original
    assert pipeline_fingerprint("tok2vec,ner") != original
    data = tmp_path / "data"
    shutil.copytree(repo_root / "pipeline" / "data", data)
    monkeypatch.setattr(pipeline.resources, "DATA_DIR", data)
    assert pipeline_fingerprint() == original
    roles = next(data.glob("roles*"))
    roles.write_text(roles.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert pipeline_fingerprint() != original
    monkeypatch.setattr(pipeline.resources, "DATA_DIR", repo_root / "pipeline" / "data")
    monkeypatch.setattr(pipeline.run.cache, "__version__", "0.0.0-other")
    assert pipeline_fingerprint() != original


# ---------------------------------------------------------------- runs
def test_second_run_reads_everything_from_the_cache_and_writes_the_same_tables(corpus, tmp_path, nlp, extracted):
    out = tmp_path / "out"
    first = run(corpus, out, nlp)
    assert sorted(extracted) == ["apollo-13-no-date", "broken", "soyuz-ms-20-tourists", "vostok-1-gagarin"]
    assert first.cached == 0 and len(entries(out)) == 3, "one entry per extracted article; errors not cached"
    produced = tables(out)
    extracted.clear()
    second = run(corpus, out, nlp)
    assert extracted == ["broken"], "only the unreadable article is read again"
    assert second.cached == 3 and second.articles == 3 and len(second.failed) == 1
    assert second.rows == first.rows
    assert tables(out) == produced


def test_tables_are_the_same_without_the_cache(corpus, tmp_path, nlp, extracted):
    run(corpus, tmp_path / "cached", nlp)
    run(corpus, tmp_path / "cached", nlp)
    extracted.clear()
    run(corpus, tmp_path / "plain", nlp, use_cache=False)
    assert len(extracted) == 4
    assert not (tmp_path / "plain" / CACHE_DIR).exists(), "--no-cache writes no cache"
    assert tables(tmp_path / "plain") == tables(tmp_path / "cached")


def test_no_cache_extracts_everything_and_leaves_the_cache_alone(corpus, tmp_path, nlp, extracted):
    out = tmp_path / "out"
    run(corpus, out, nlp)
    before = {p.name: p.read_bytes() for p in (out / CACHE_DIR).iterdir()}
    (corpus / "vostok-1-gagarin.txt").unlink()
    extracted.clear()
    summary = run(corpus, out, nlp, use_cache=False)
    assert sorted(extracted) == ["apollo-13-no-date", "broken", "soyuz-ms-20-tourists"]
    assert summary.cached == 0
    assert {p.name: p.read_bytes() for p in (out / CACHE_DIR).iterdir()} == before


def test_added_article_is_the_only_one_extracted(corpus, tmp_path, nlp, extracted, repo_root):
    out = tmp_path / "out"
    run(corpus, out, nlp)
    shutil.copy(repo_root / "corpus" / "vostok-6-tereshkova.md", corpus)
    extracted.clear()
    summary = run(corpus, out, nlp)
    assert sorted(extracted) == ["broken", "vostok-6-tereshkova"]
    assert summary.cached == 3 and summary.articles == 4
    run(corpus, tmp_path / "plain", nlp, use_cache=False)
    assert tables(out) == tables(tmp_path / "plain")


def test_deleted_article_rows_and_entry_disappear(corpus, tmp_path, nlp):
    out = tmp_path / "out"
    run(corpus, out, nlp)
    assert len(entries(out)) == 3
    (corpus / "vostok-1-gagarin.txt").unlink()
    run(corpus, out, nlp)
    for name in OUTPUT_FILES:
        assert b"vostok-1-gagarin" not in (out / name).read_bytes(), name
    assert len(entries(out)) == 2, "the deleted article's entry is pruned"


def test_edited_article_is_extracted_again(corpus, tmp_path, nlp, extracted):
    out = tmp_path / "out"
    run(corpus, out, nlp)
    path = corpus / "vostok-1-gagarin.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nSergei Korolev, 54, watched.\n", encoding="utf-8")
    extracted.clear()
    run(corpus, out, nlp)
    assert sorted(extracted) == ["broken", "vostok-1-gagarin"]
    assert b"Sergei Korolev" in (out / "people.csv").read_bytes()


def test_changed_pipeline_invalidates_every_entry(corpus, tmp_path, nlp, extracted, monkeypatch):
    out = tmp_path / "out"
    run(corpus, out, nlp)
    old_entries = entries(out)
    monkeypatch.setattr(pipeline.run.cache, "code_fingerprint", lambda: "an extractor was edited")
    extracted.clear()
    summary = run(corpus, out, nlp)
    assert summary.cached == 0 and len(extracted) == 4
    assert not entries(out) & old_entries, "stale entries are pruned"


def test_damaged_entries_are_recomputed_and_rewritten(corpus, tmp_path, nlp, extracted):
    out = tmp_path / "out"
    run(corpus, out, nlp)
    produced = tables(out)
    damaged = sorted((out / CACHE_DIR).iterdir())
    damaged[0].write_bytes(b"{not json")
    damaged[1].write_bytes(damaged[1].read_bytes()[:40])
    extracted.clear()
    summary = run(corpus, out, nlp)
    assert summary.cached == 1 and len(extracted) == 3  # two damaged + the unreadable one
    assert tables(out) == produced
    cache = ArticleCache(out / CACHE_DIR, "unused")
    assert all(cache.get(p.stem) is not None for p in damaged), "rewritten whole"


def test_another_nlp_does_not_reuse_entries(corpus, tmp_path, nlp, extracted):
    out = tmp_path / "out"
    run(corpus, out, nlp)
    nlp.add_pipe("sentencizer", name="test_cache_extra_component", first=True)
    try:
        extracted.clear()
        assert run(corpus, out, nlp).cached == 0
    finally:
        nlp.remove_pipe("test_cache_extra_component")


def test_cli_run_reports_the_cache_and_honours_no_cache(corpus, tmp_path, nlp, monkeypatch):
    monkeypatch.setattr(pipeline.extraction.nlp, "shared_nlp", lambda: nlp)
    out = tmp_path / "out"
    first = CliRunner().invoke(app, ["run", str(corpus), "--out", str(out)])
    assert first.exit_code == 1  # the broken article
    assert "unchanged" not in first.stderr
    second = CliRunner().invoke(app, ["run", str(corpus), "--out", str(out)])
    assert f"3 unchanged article(s) read from {out / CACHE_DIR}" in second.stderr
    third = CliRunner().invoke(app, ["run", str(corpus), "--out", str(out), "--no-cache"])
    assert "unchanged" not in third.stderr
    assert third.stderr.splitlines()[-1].startswith("3 articles, 1 failed:")
