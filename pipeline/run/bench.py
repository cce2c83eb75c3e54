"""`python -m pipeline bench`: how fast and how big a run is, measured, never asserted.

One bench invocation builds a synthetic corpus (the corpus's articles repeated
under new ids, in a temporary directory) and measures, each phase in its own
process one after the other (so each has its own peak memory and the phases
never share the two cores):

- reference: the bare model, `spacy.load(MODEL)` with all its default
  components, `nlp.pipe()` over the article bodies;
- pipeline: `run_corpus` as `run` calls it, one process, into an empty output
  directory (all five tables and mentions.csv, the cache written);
- cached: the same `run_corpus` again over the unchanged corpus and output;
- jobs: `run_corpus(jobs=N)` into another empty output directory;
- dask: `run_corpus` on a Dask LocalCluster of N worker processes
  (`run --engine dask --workers N`) into another empty output directory.

Throughput is words (whitespace-separated, of the article bodies) per second.
The reference and pipeline rates exclude loading the model; the cache, --jobs
and dask speed-ups compare whole runs as `run` does them, model loading and
worker (or cluster) start-up included. `--memory` instead measures the peak
memory of one process running the pipeline over N and 10 N articles.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from ..io.corpus import list_article_paths, read_article
from ..errors import ArticleError, Errors, UserError
from ..io.tables import OUTPUT_TABLES

_OUTPUT_FILES = (*(f"{t}.csv" for t in OUTPUT_TABLES), "errors.csv")


def synthetic_corpus(source_dir: Path, target_dir: Path, articles: int) -> int:
    """Copy the readable articles of `source_dir` round-robin into `target_dir`
    as `articles` files with new ids; the number of words of their bodies."""
    sources = []
    for path in list_article_paths(source_dir):
        try:
            sources.append((path, len(read_article(path).body.split())))
        except ArticleError:
            continue
    if not sources:
        raise UserError(Errors.E013.format(path=source_dir))
    target_dir.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(articles):
        path, n = sources[i % len(sources)]
        (target_dir / f"bench-{i:06d}-{path.stem}{path.suffix}").write_bytes(path.read_bytes())
        words += n
    return words


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident memory (of this process, or of the largest waited-for child)."""
    peak = resource.getrusage(who).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10  # bytes on macOS, KiB elsewhere


# ------------------------------------------------------------------ phases (each in its own process)
def _phase_reference(corpus: Path) -> dict:
    import spacy

    from ..extraction.nlp import MODEL

    texts = [read_article(p).body for p in list_article_paths(corpus)]
    nlp = spacy.load(MODEL)
    nlp(texts[0])  # warm-up, as the pipeline phase has
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    return {"seconds": time.perf_counter() - started}


def _phase_run(corpus: Path, out: Path, jobs: int = 1, preload: bool = False, cache: bool = True,
               engine: str = "local") -> dict:
    from .runner import run_corpus

    if engine == "dask":
        return _phase_dask(corpus, out, jobs)

    load = 0.0
    if preload:
        from ..extraction.articles import extract
        from ..extraction.nlp import shared_nlp

        started = time.perf_counter()
        nlp = shared_nlp()
        load = time.perf_counter() - started
        extract(read_article(list_article_paths(corpus)[0]).body, nlp=nlp)  # warm-up
    started = time.perf_counter()
    summary = run_corpus(corpus, out, jobs=jobs, use_cache=cache, report=lambda message: None)
    seconds = time.perf_counter() - started
    result = {"seconds": seconds, "load_seconds": load, "articles": summary.articles,
              "failed": len(summary.failed), "cached": summary.cached}
    if jobs > 1:
        result["worker_peak_rss_mb"] = peak_rss_mb(resource.RUSAGE_CHILDREN)
    return result


def _phase_dask(corpus: Path, out: Path, workers: int) -> dict:
    from .distributed import DaskEngine
    from .runner import run_corpus

    started = time.perf_counter()
    with DaskEngine(workers=workers) as engine:
        summary = run_corpus(corpus, out, report=lambda message: None, engine=engine)
        seconds = time.perf_counter() - started
        # Worker processes are the cluster's (the nanny's children), not ours:
        # ask each for its own peak.
        worker_peaks = engine.client.run(peak_rss_mb) if engine.client is not None else {}
    return {"seconds": seconds, "load_seconds": 0.0, "articles": summary.articles,
            "failed": len(summary.failed), "cached": summary.cached,
            "worker_peak_rss_mb": max(worker_peaks.values(), default=0.0)}


def _phase_main(argv: list[str]) -> None:
    phase, corpus, *rest = argv
    if phase == "reference":
        result = _phase_reference(Path(corpus))
    elif phase == "run":
        out, jobs, preload, cache, *engine = rest
        result = _phase_run(Path(corpus), Path(out), int(jobs), preload == "preload", cache == "cache",
                            engine[0] if engine else "local")
    else:
        raise SystemExit(f"unknown bench phase {phase!r}")
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result))


def _machine_busy_seconds() -> float | None:
    """CPU time all processes of the machine have used since boot (Linux), else None."""
    try:
        with open("/proc/stat", encoding="ascii") as f:
            ticks = [int(n) for n in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
    return (sum(ticks[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def _children_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _in_process(*args: str) -> dict:
    """Run one phase in a fresh interpreter: its JSON result, its wall time, and
    `other_cpus`, the CPUs other processes of the machine kept busy meanwhile
    on average: the figures are only comparable when it is near 0."""
    env = dict(os.environ)
    package_parent = str(Path(__file__).resolve().parents[2])
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_parent, env.get("PYTHONPATH")]))
    busy, own = _machine_busy_seconds(), _children_cpu_seconds()
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pipeline.run.bench", *args], env=env,
                          stdout=subprocess.PIPE, text=True, check=True)
    wall = time.perf_counter() - started
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall_seconds"] = wall
    own = _children_cpu_seconds() - own
    result["cpus_used"] = own / wall
    if busy is not None:
        result["other_cpus"] = max(0.0, (_machine_busy_seconds() - busy - own) / wall)
    return result


def _outputs_digest(out: Path) -> str:
    digest = hashlib.sha256()
    for name in _OUTPUT_FILES:
        digest.update((out / name).read_bytes())
    return digest.hexdigest()


# ------------------------------------------------------------------ the bench command
def machine() -> dict:
    info = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            info["cpu"] = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), "")
        with open("/proc/meminfo", encoding="utf-8") as f:
            info["memory_gb"] = round(int(f.readline().split()[1]) / 2**20, 1)
    except (OSError, ValueError, IndexError):
        pass
    return info


def run_bench(corpus_dir: Path, articles: int, jobs: int = 2, rounds: int = 1,
              log=lambda message: print(message, file=sys.stderr)) -> dict:
    """The default bench: reference, pipeline, cached and --jobs phases. With `rounds` > 1 the
    reference and pipeline phases alternate that many times and the ratio is the median of the
    rounds' ratios: the machine's speed drifts between minutes (a fifth, seen here), and a pair of
    phases run back to back shares most of the drift."""
    with tempfile.TemporaryDirectory(prefix="pipeline-bench-") as tmp:
        tmp = Path(tmp)
        corpus = tmp / "corpus"
        words = synthetic_corpus(corpus_dir, corpus, articles)
        pairs = []
        for number in range(rounds):
            label = f" (round {number + 1} of {rounds})" if rounds > 1 else ""
            log(f"bench: {articles} articles, {words:,} words; reference (bare model){label} ...")
            reference = _in_process("reference", str(corpus))
            log(f"bench: pipeline, one process{label} ...")
            single = _in_process("run", str(corpus), str(tmp / f"out-1-{number}"), "1", "preload", "cache")
            pairs.append((reference, single))
        ratios = [r["seconds"] / s["seconds"] for r, s in pairs]
        # (the figures of the round whose ratio is the median, the lower one of an even count)
        reference, single = pairs[sorted(range(rounds), key=lambda k: ratios[k])[(rounds - 1) // 2]]
        shutil.copytree(tmp / "out-1-0", tmp / "out-1")
        first_digest = _outputs_digest(tmp / "out-1")
        log("bench: pipeline again over the unchanged corpus (cache) ...")
        cached = _in_process("run", str(corpus), str(tmp / "out-1"), "1", "no-preload", "cache")
        cached_digest = _outputs_digest(tmp / "out-1")
        log(f"bench: pipeline, --jobs {jobs} ...")
        parallel = _in_process("run", str(corpus), str(tmp / f"out-{jobs}"), str(jobs), "no-preload", "cache")
        parallel_digest = _outputs_digest(tmp / f"out-{jobs}")
        log(f"bench: pipeline, --engine dask, local cluster of {jobs} workers ...")
        dask = _in_process("run", str(corpus), str(tmp / "out-dask"), str(jobs), "no-preload", "cache", "dask")
        dask_digest = _outputs_digest(tmp / "out-dask")
    first_run = single["load_seconds"] + single["seconds"]
    return {
        "articles": articles,
        "words": words,
        "machine": machine(),
        "reference": {"words_per_second": words / reference["seconds"], **reference},
        "pipeline": {"words_per_second": words / single["seconds"], **single},
        "pipeline_vs_reference": reference["seconds"] / single["seconds"],
        "rounds": ratios,
        "cached": {**cached, "speedup": first_run / cached["seconds"],
                   "wall_speedup": single["wall_seconds"] / cached["wall_seconds"]},
        "jobs": {"jobs": jobs, "words_per_second": words / parallel["seconds"], **parallel,
                 "speedup": first_run / parallel["seconds"]},
        "dask": {"workers": jobs, "words_per_second": words / dask["seconds"], **dask,
                 "speedup": first_run / dask["seconds"], "vs_jobs": parallel["seconds"] / dask["seconds"]},
        "identical_outputs": first_digest == cached_digest == parallel_digest == dask_digest,
    }


def run_memory_bench(corpus_dir: Path, articles: int,
                     log=lambda message: print(message, file=sys.stderr)) -> dict:
    """Peak memory of one process running the pipeline over N and 10 N articles."""
    sizes = {}
    for n in (articles, 10 * articles):
        with tempfile.TemporaryDirectory(prefix="pipeline-bench-") as tmp:
            corpus = Path(tmp) / "corpus"
            words = synthetic_corpus(corpus_dir, corpus, n)
            log(f"bench --memory: pipeline over {n} articles ({words:,} words) ...")
            result = _in_process("run", str(corpus), str(Path(tmp) / "out"), "1", "no-preload", "no-cache")
            sizes[n] = {"words": words, "words_per_second": words / result["seconds"], **result}
    small, large = sizes[articles], sizes[10 * articles]
    return {"machine": machine(), "runs": sizes, "peak_ratio": large["peak_rss_mb"] / small["peak_rss_mb"]}


def format_report(report: dict) -> str:
    m = report["machine"]
    lines = [f"machine: {m.get('cpus')} CPUs, {m.get('cpu', '?')}, {m.get('memory_gb', '?')} GB, "
             f"Python {m.get('python')}"]
    if "runs" in report:
        for n, r in report["runs"].items():
            lines.append(f"pipeline, {n} articles ({r['words']:,} words): {r['words_per_second']:,.0f} words/s, "
                         f"peak memory {r['peak_rss_mb']:,.0f} MB")
        lines.append(f"peak memory ratio, 10x the articles: {report['peak_ratio']:.2f}")
        lines.append(_contention({f"{n} articles": r for n, r in report["runs"].items()}))
        return "\n".join(lines)
    ref, pipe, cached, jobs = report["reference"], report["pipeline"], report["cached"], report["jobs"]
    dask = report["dask"]
    lines += [
        f"corpus: {report['articles']} articles, {report['words']:,} words",
        f"reference, bare model nlp.pipe: {ref['words_per_second']:,.0f} words/s, "
        f"peak memory {ref['peak_rss_mb']:,.0f} MB",
        f"pipeline, all five tables:      {pipe['words_per_second']:,.0f} words/s, "
        f"peak memory {pipe['peak_rss_mb']:,.0f} MB (model loaded in {pipe['load_seconds']:.1f} s)",
        f"pipeline / reference:           {report['pipeline_vs_reference']:.2f}x" +
        (f" (median of {len(report['rounds'])} alternated rounds: "
         f"{', '.join(f'{r:.2f}x' for r in report['rounds'])})" if len(report.get("rounds", ())) > 1 else ""),
        f"second run, unchanged corpus:   {cached['seconds']:.2f} s vs {pipe['load_seconds'] + pipe['seconds']:.1f} s "
        f"= {cached['speedup']:.1f}x faster ({cached['wall_speedup']:.1f}x counting interpreter start-up), "
        f"peak memory {cached['peak_rss_mb']:,.0f} MB",
        f"run --jobs {jobs['jobs']}:                   {jobs['words_per_second']:,.0f} words/s = "
        f"{jobs['speedup']:.2f}x one process, peak memory {jobs['peak_rss_mb']:,.0f} MB parent, "
        f"{jobs['worker_peak_rss_mb']:,.0f} MB largest worker",
        f"run --engine dask, {dask['workers']} workers: {dask['words_per_second']:,.0f} words/s = "
        f"{dask['speedup']:.2f}x one process, {dask['vs_jobs']:.2f}x --jobs {jobs['jobs']} "
        f"(local cluster started in the run), {dask['worker_peak_rss_mb']:,.0f} MB largest worker",
        f"outputs identical (first run, cached run, --jobs, dask): {report['identical_outputs']}",
        _contention({name: report[name] for name in ("reference", "pipeline", "cached", "jobs", "dask")}),
    ]
    return "\n".join(lines)


def _contention(phases: dict) -> str:
    others = ", ".join(f"{name} {phase['other_cpus']:.2f}" for name, phase in phases.items() if "other_cpus" in phase)
    used = ", ".join(f"{name} {phase['cpus_used']:.2f}" for name, phase in phases.items())
    return f"CPUs used by each phase: {used}" + (f"; by other processes meanwhile: {others}" if others else "")


if __name__ == "__main__":
    _phase_main(sys.argv[1:])
