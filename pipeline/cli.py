"""Command line: each command parses its options and calls one plain function.

Heavy modules (spaCy, pandas) are imported inside the commands so that
`--help` stays fast.
"""

from __future__ import annotations

import sys
from contextlib import nullcontext
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .errors import UserError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Extract people, spacecraft, dates and ages from spaceflight articles.")


def _fail(error: UserError) -> None:
    typer.echo(str(error), err=True)
    raise typer.Exit(error.exit_code)


def _progress_bar(console=None, get_time=None) -> RunProgress | None:
    """The run's progress display on stderr; None (silence) when stderr is not a terminal."""
    if console is None:
        if not sys.stderr.isatty():
            return None
        from rich.console import Console

        console = Console(stderr=True)
    return RunProgress(console, get_time)


class RunProgress:
    """A long run's progress on a terminal (rich), one line per phase:

    - starting: until the runner reports its first articles (reading the
      corpus, planning what comes from the cache, loading the model or
      starting the workers, extracting the first shard: the runner reports
      articles a shard at a time);
    - extracting: articles done of all (extracted, read from the cache or
      failed), articles per second (of the last 30 s while running; of the
      whole run, start-up included, when done), time elapsed and left, the
      last article;
    - writing: after the last article, until the run returns (the tables
      renamed into place, or uploaded to an --out URL; the cache pruned).

    Use it as a context manager around `run_corpus`, which calls it as its
    `progress(done, total, article)` callback. Messages printed on stderr
    meanwhile appear above the lines.
    """

    def __init__(self, console, get_time=None):
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn
        from rich.table import Column

        # A line holds the phase and its figures; a terminal wide enough also
        # gets a bar and, wider still, the last article (rich would squeeze
        # every column into a narrow one instead).
        width = console.width
        columns = [SpinnerColumn(finished_text="[green]✓"),
                   TextColumn("{task.description:<10}", table_column=Column(no_wrap=True))]
        if width >= 110:
            columns.append(BarColumn(bar_width=30 if width >= 140 else 20))
        columns.append(_figures_column())
        if width >= 140:
            columns.append(TextColumn("{task.fields[article]}", style="dim", markup=False,
                                      table_column=Column(no_wrap=True, overflow="ellipsis", max_width=30)))
        self.progress = Progress(*columns, console=console, get_time=get_time, refresh_per_second=4)
        self.current = None  # the task (line) of the phase under way
        self.extracting = None

    def __enter__(self) -> RunProgress:
        self.progress.start()
        self.started = self.progress.get_time()
        self.current = self.progress.add_task("starting", total=None, article="")
        return self

    def __call__(self, done: int, total: int, article: str) -> None:
        if self.extracting is None:
            self._finish(self.current)
            self.extracting = self.current = self.progress.add_task(
                "extracting", total=max(total, 1), completed=done, article="", run_started=self.started)
        self.progress.update(self.extracting, completed=done, article=article[:40])
        if done >= total and self.current == self.extracting:
            self.current = self.progress.add_task("writing", total=None, article="")

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self._finish(self.current)
        elif self.extracting is None:  # failed before any article (a usage error): nothing worth keeping
            for task in self.progress.task_ids:
                self.progress.update(task, visible=False)
        self.progress.stop()

    def _finish(self, task_id) -> None:
        task = next(t for t in self.progress.tasks if t.id == task_id)
        if not task.finished:
            self.progress.update(task_id, total=task.total or 1, completed=task.total or 1)


def _figures_column():
    """rich column: "12/40 articles  3.4 articles/s  0:00:03 elapsed  0:00:08 left" (elapsed alone for
    a phase without a count)."""
    from datetime import timedelta

    from rich.progress import ProgressColumn
    from rich.table import Column
    from rich.text import Text

    def clock(seconds: float | None) -> str:
        return "-:--:--" if seconds is None else str(timedelta(seconds=max(0, int(seconds))))

    class Figures(ProgressColumn):
        max_refresh = 0.5  # as rich's own time columns: no jitter

        def get_table_column(self):
            return Column(no_wrap=True)

        def render(self, task) -> Text:
            elapsed = clock(task.finished_time if task.finished else task.elapsed)
            if "run_started" not in task.fields:
                return Text(f"{elapsed} elapsed")
            rate = task.speed  # over rich's last 30 s
            if task.finished:  # the whole run's, to the last article
                seconds = task.start_time + task.finished_time - task.fields["run_started"]
                rate = task.completed / seconds if seconds > 0 else None
            rate_text = "?" if rate is None else f"{rate:,.1f}"
            left = "" if task.finished else f"  {clock(task.time_remaining)} left"
            return Text(f"{int(task.completed)}/{int(task.total)} articles  {rate_text} articles/s  "
                        f"{elapsed} elapsed{left}")

    return Figures()


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def run(
    corpus: str = typer.Argument("corpus", help="Directory of *.txt / *.md articles: a path, or any fsspec "
                                                "URL (s3://bucket/corpus) the workers can read."),
    out: str = typer.Option("outputs", "--out", help="Directory for the CSV tables: a path, or an fsspec URL."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes extracting in parallel."),
    no_cache: bool = typer.Option(False, "--no-cache",
                                  help="Extract every article again, ignoring and keeping OUT/.cache as it is."),
    engine: Engine = typer.Option(Engine.local, "--engine",
                                  help="local: processes on this machine (--jobs); dask: a Dask cluster."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="With --engine dask: address of a running scheduler (tcp://host:8786); "
                                  "default: start a local cluster."),
    workers: Optional[int] = typer.Option(
        None, "--workers", min=1, show_default=False,
        help="With --engine dask: worker processes of the local cluster (default: 2)."),
) -> None:
    """Extract the four tables from every article of CORPUS.

    Articles unchanged since the last run into OUT (same bytes, same pipeline)
    are read from OUT/.cache instead of extracted again.

    Exit status: 0 all articles extracted; 1 some articles could not be (each
    named on stderr and in OUT/errors.csv; the others are written); 2 usage
    errors (no corpus directory, no articles, output not writable).
    """
    from .run.cache import CACHE_DIR
    from .run.runner import run_corpus
    from .io.storage import as_path, is_url, staging_directory

    _check_engine_options(engine, jobs, scheduler, workers)
    try:
        if engine is Engine.dask:
            from .run.distributed import DEFAULT_WORKERS, DaskEngine

            with DaskEngine(scheduler, workers or DEFAULT_WORKERS) as cluster:
                progress = _progress_bar()
                with progress or nullcontext():
                    summary = run_corpus(corpus, out, progress=progress, use_cache=not no_cache, engine=cluster)
        else:
            progress = _progress_bar()
            with progress or nullcontext():
                summary = run_corpus(corpus, out, progress=progress, jobs=jobs, use_cache=not no_cache)
    except UserError as error:
        _fail(error)
    except KeyboardInterrupt:
        typer.echo(f"\nInterrupted: the previous tables in {out} are unchanged.", err=True)
        raise typer.Exit(130)
    if summary.failed:
        typer.echo(f"{len(summary.failed)} article(s) not extracted, listed in {as_path(out) / 'errors.csv'}",
                   err=True)
    if summary.cached:
        local_out = staging_directory(out) if is_url(out) else Path(out)
        typer.echo(f"{summary.cached} unchanged article(s) read from {local_out / CACHE_DIR}", err=True)
    typer.echo(summary.line(), err=True)
    if summary.failed:
        raise typer.Exit(1)


def _check_engine_options(engine: Engine, jobs: int, scheduler: str | None, workers: int | None) -> None:
    """Options of one engine given to the other are mistakes, not silently ignored."""
    if engine is Engine.local and (scheduler is not None or workers is not None):
        raise typer.BadParameter("--scheduler and --workers need --engine dask", param_hint="--engine")
    if engine is Engine.dask and jobs != 1:
        raise typer.BadParameter("--jobs is for --engine local; a Dask cluster has --workers",
                                 param_hint="--jobs")
    if scheduler is not None and workers is not None:
        raise typer.BadParameter("--workers sizes the local cluster; a running scheduler has its own workers",
                                 param_hint="--workers")


@app.command()
def evaluate(
    gold: Path = typer.Option(Path("corpus/gold.json"), "--gold", help="Gold annotations (SPEC §4)."),
    out: Path = typer.Option(Path("outputs"), "--out", help="Directory holding the tables."),
    errors: bool = typer.Option(False, "--errors", help="List every false positive, false negative and wrong attribute."),
    min_f1: Optional[float] = typer.Option(None, "--min-f1", help="Exit 1 when any table's F1 is below this."),
    corpus: Optional[Path] = typer.Option(
        None, "--corpus", show_default=False,
        help="Corpus whose article ids the gold file must use (default: the gold file's directory, "
             "corpus/ for corpus/gold.json, checked when it holds articles)."),
) -> None:
    """Score the tables in --out against the gold file; write accuracy.csv.

    Exit status: 0 scored; 1 an F1 below --min-f1; 2 usage errors (a missing or
    invalid gold file, naming the article and item; missing tables).
    """
    from .io.corpus import article_ids
    from .judge.evaluation import evaluate_outputs
    from .judge.scoring import load_gold

    try:
        known = None
        if corpus is not None:
            known = article_ids(corpus)
        elif gold.parent.is_dir():
            try:
                known = article_ids(gold.parent)
            except UserError:  # no articles beside the gold file: nothing to check against
                known = None
        load_gold(gold, known)  # validate first: errors name the article and the item
        report, failed = evaluate_outputs(gold, out, show_errors=errors, min_f1=min_f1)
    except UserError as error:
        _fail(error)
    except KeyboardInterrupt:
        typer.echo(f"\nInterrupted: {out / 'accuracy.csv'} is unchanged.", err=True)
        raise typer.Exit(130)
    typer.echo(report)
    if failed:
        raise typer.Exit(1)


@app.command()
def review(
    out: Path = typer.Option(Path("outputs"), "--out", help="Directory holding the tables; review.html goes there."),
    gold: Optional[Path] = typer.Option(None, "--gold", help="Gold annotations (SPEC §4): adds accuracy and errors."),
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="Directory of the articles the tables came from."),
) -> None:
    """Write review.html: every article with its mentions highlighted, and its tables."""
    from .judge.review import write_review

    try:
        path = write_review(out, gold_path=gold, corpus_dir=corpus)
    except UserError as error:
        _fail(error)
    typer.echo(f"Review page: {path}", err=True)


@app.command()
def bench(
    articles: Optional[int] = typer.Option(
        None, "--articles", min=1, show_default=False,
        help="Articles in the synthetic corpus [default: 2000; 1000 with --memory]."),
    jobs: int = typer.Option(2, "--jobs", "-j", min=2,
                             help="Worker processes for the parallel runs (--jobs, and the Dask local cluster)."),
    memory: bool = typer.Option(False, "--memory", help="Measure peak memory over N and 10 N articles instead "
                                                          "(slow: 10,000 articles take a while)."),
    corpus: Path = typer.Option(Path("corpus"), "--corpus", help="Articles to repeat into the synthetic corpus."),
    json_out: Optional[Path] = typer.Option(None, "--json", help="Also write the measurements to this JSON file."),
    rounds: int = typer.Option(1, "--rounds", min=1,
                               help="Alternate the bare model and the pipeline this many times; the ratio is "
                                    "the median of the rounds' (the machine's speed drifts between minutes)."),
) -> None:
    """Measure speed: bare model vs. the pipeline, a cached second run, --jobs, a local Dask cluster; or peak memory.

    Builds a synthetic corpus in a temporary directory and runs each phase in
    its own process; prints words per second, ratios and peak memory.
    Nothing is asserted: these are measurements.
    """
    import json

    from .run.bench import format_report, run_bench, run_memory_bench

    try:
        if memory:
            report = run_memory_bench(corpus, articles or 1000)
        else:
            report = run_bench(corpus, articles or 2000, jobs=jobs, rounds=rounds)
    except UserError as error:
        _fail(error)
    except KeyboardInterrupt:
        typer.echo("\nInterrupted.", err=True)
        raise typer.Exit(130)
    typer.echo(format_report(report))
    if json_out is not None:
        json_out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    app()
