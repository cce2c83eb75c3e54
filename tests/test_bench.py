"""Issue 5: `python -m pipeline bench` measures (never asserts) speed and memory.
Here it runs on a tiny corpus, and the report must hold every figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from pipeline.run.bench import run_memory_bench, synthetic_corpus
from pipeline.io.corpus import list_article_paths, read_article


def test_synthetic_corpus_repeats_articles_under_new_ids(repo_root, tmp_path):
    sources = list_article_paths(repo_root / "corpus")
    words = synthetic_corpus(repo_root / "corpus", tmp_path / "c", len(sources) + 3)
    made = list_article_paths(tmp_path / "c")
    assert len(made) == len({p.stem for p in made}) == len(sources) + 3
    assert made[-1].read_bytes() == sources[2].read_bytes(), "round robin over the sources"
    assert words == sum(len(read_article(p).body.split()) for p in made)


def test_bench_reports_every_figure(repo_root, tmp_path):
    report_path = tmp_path / "bench.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(repo_root), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-m", "pipeline", "bench", "--articles", "10", "--json", str(report_path)],
                          cwd=repo_root, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    for words in ("words/s", "pipeline / reference", "second run", "--jobs 2", "--engine dask", "peak memory"):
        assert words in done.stdout, words
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["articles"] == 10 and report["words"] > 1000
    assert report["machine"]["cpus"] >= 1
    for phase in ("reference", "pipeline", "cached", "jobs", "dask"):
        for figure in ("seconds", "peak_rss_mb", "wall_seconds"):
            assert report[phase][figure] > 0, (phase, figure)
    for phase in ("reference", "pipeline", "jobs", "dask"):
        assert report[phase]["words_per_second"] > 0, phase
    assert report["dask"]["articles"] == 10 and report["dask"]["vs_jobs"] > 0
    assert report["dask"]["worker_peak_rss_mb"] > 0, "the dask run had a local cluster"
    assert report["pipeline_vs_reference"] > 0
    assert report["pipeline"]["load_seconds"] > 0
    assert report["pipeline"]["articles"] == report["jobs"]["articles"] == report["cached"]["articles"] == 10
    assert report["pipeline"]["cached"] == 0 and report["cached"]["cached"] == 10, "the second run hit the cache"
    assert report["cached"]["speedup"] > 0 and report["jobs"]["speedup"] > 0
    assert report["jobs"]["worker_peak_rss_mb"] > 0, "the --jobs run had worker processes"
    assert report["identical_outputs"] is True


def test_memory_bench_measures_n_and_ten_n_articles(repo_root):
    report = run_memory_bench(repo_root / "corpus", 1, log=lambda message: None)
    assert sorted(report["runs"]) == [1, 10]
    for n, run in report["runs"].items():
        assert run["articles"] == n and run["cached"] == 0, "no cache in the memory runs"
        assert run["peak_rss_mb"] > 0 and run["words_per_second"] > 0
    assert report["peak_ratio"] > 0


def test_bench_alternates_rounds_and_takes_the_median_ratio(repo_root, tmp_path):
    report_path = tmp_path / "bench.json"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(repo_root), os.environ.get("PYTHONPATH")]))}
    done = subprocess.run([sys.executable, "-m", "pipeline", "bench", "--articles", "6", "--rounds", "3", "--json",
                           str(report_path)], cwd=repo_root, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    assert "median of 3 alternated rounds" in done.stdout
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert len(report["rounds"]) == 3 and all(r > 0 for r in report["rounds"])
    assert report["pipeline_vs_reference"] == sorted(report["rounds"])[1]
    assert report["pipeline_vs_reference"] == report["reference"]["seconds"] / report["pipeline"]["seconds"]
    assert report["identical_outputs"] is True
