"""The progress display of `run` (issue 12): rich lines per phase on a terminal, silence otherwise."""

from __future__ import annotations

import io
import re
import sys

import pytest
from rich.console import Console
from typer.testing import CliRunner

import pipeline.extraction.nlp
from pipeline.cli import RunProgress, _progress_bar, app
from pipeline.errors import Errors, UserError
from pipeline.run.runner import run_corpus

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
ARTICLES = {
    "gagarin.txt": "On 12 April 1961 the Soviet cosmonaut Yuri Gagarin flew around the Earth aboard Vostok 1.\n",
    "tereshkova.txt": "The cosmonaut Valentina Tereshkova, 26, flew Vostok 6 on 16 June 1963.\n",
    "[odd] name.md": "---\npublished: 2021-10-15\n---\nSoyuz MS-19 docked on 5 October.\n",
}


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _terminal() -> tuple[Console, io.StringIO]:
    screen = io.StringIO()
    return Console(force_terminal=True, file=screen, width=150, color_system=None), screen


def _text(screen: io.StringIO) -> str:
    """What the screen shows at the end: each line as its last redraw left it."""
    return "\n".join(line.rsplit("\r", 1)[-1] for line in ANSI.sub("", screen.getvalue()).split("\n"))


def test_a_terminal_shows_each_phase_with_counts_rate_and_times():
    console, screen = _terminal()
    clock = Clock()
    with _progress_bar(console, get_time=clock) as progress:
        assert isinstance(progress, RunProgress)
        clock.now += 2  # reading and planning
        for done in range(1, 11):
            clock.now += 0.5
            progress(done, 10, f"[b]article-{done}")  # an id is shown as it is, not as markup
            if done == 6:
                progress.progress.refresh()  # mid-run: a rate and the time left
                middle = _text(screen).rsplit("extracting", 1)[1].split("\n", 1)[0]
        clock.now += 2  # writing the tables
    assert re.search(r"6/10 articles  2\.0 articles/s  0:00:02 elapsed  0:00:02 left \[b\]article-6", middle), middle
    final = _text(screen).rstrip("\n").split("\n")[-3:]  # the last render: one line per phase
    assert [line.split()[1] for line in final] == ["starting", "extracting", "writing"], final
    assert "0:00:02 elapsed" in final[0]
    # at the end, the whole run's rate: 10 articles in 7 s
    assert re.search(r"10/10 articles  1\.4 articles/s  0:00:04 elapsed \[b\]article-10$", final[1].rstrip()), final[1]
    assert "left" not in final[1]
    assert "0:00:02 elapsed" in final[2]


def test_the_progress_callback_takes_what_the_runner_reports(nlp, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    console, screen = _terminal()
    with _progress_bar(console) as progress:
        summary = run_corpus(corpus, tmp_path / "out", nlp=nlp, progress=progress, use_cache=False,
                             report=lambda message: None)
    assert summary.articles == 3
    text = _text(screen)
    assert re.search(r"extracting .* 3/3 articles  [\d.,?]+ articles/s .* tereshkova\n", text), text


def test_a_usage_error_before_any_article_leaves_no_lines():
    console, screen = _terminal()
    with pytest.raises(UserError):
        with _progress_bar(console) as progress:
            raise UserError(Errors.E001.format(path="nowhere"))
    assert progress.progress.tasks and not any(task.visible for task in progress.progress.tasks)


def test_no_progress_when_stderr_is_not_a_terminal(monkeypatch):
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert _progress_bar() is None


def test_cli_run_prints_no_progress_when_stderr_is_not_a_terminal(nlp, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline.extraction.nlp, "shared_nlp", lambda: nlp)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() and len(result.stderr.splitlines()) == 1, result.stderr  # the summary alone
    assert "articles/s" not in result.output and "\r" not in result.output and "\x1b" not in result.output
