"""The command line end to end: `run` and `evaluate` on a small corpus written here."""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import pipeline.extraction.nlp
from pipeline.cli import app

from spec_contract import SPEC_COLUMNS, TABLES

FRONT_MATTER = """---
title: Film crew launches to the station
published: 2021-10-15
source: Test Wire
---
"""
# article id -> (file name, file text, body = the text after the front matter)
SOYUZ_BODY = (
    "On 5 October the Russian cosmonaut Anton Shkaplerov launched aboard Soyuz MS-19 with the "
    "actress Yulia Peresild, 37, and the film director Klim Shipenko. The crew docked at the "
    "International Space Station later that day. Shkaplerov will return in late March 2022.\n"
)
GAGARIN_BODY = (
    "On 12 April 1961 the Soviet cosmonaut Yuri Gagarin flew around the Earth aboard Vostok 1. "
    "Gagarin, 27, landed in the Saratov region after 108 minutes.\n"
)
TERESHKOVA_BODY = (
    "The cosmonaut Valentina Tereshkova spoke to students on 3 March. "
    "Tereshkova, who flew Vostok 6, answered questions for an hour.\n"
)
ARTICLES = {
    "soyuz-film": ("soyuz-film.md", FRONT_MATTER + SOYUZ_BODY, SOYUZ_BODY),
    "gagarin": ("gagarin.txt", GAGARIN_BODY, GAGARIN_BODY),
    "tereshkova-visit": ("tereshkova-visit.txt", TERESHKOVA_BODY, TERESHKOVA_BODY),
}
SUMMARY = re.compile(r"^(\d+) articles(?:, (\d+) failed)?: (\d+) people, (\d+) spacecraft, (\d+) dates, "
                     r"(\d+) ages, (\d+) events rows in \d+\.\d s$")


def _read(path) -> list[dict]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _header(path) -> list[str]:
    with open(path, newline="", encoding="utf-8") as f:
        return next(csv.reader(f))


@pytest.fixture(scope="module")
def use_loaded_nlp(nlp):
    """The CLI loads spaCy through shared_nlp(); hand it the session's pipeline instead."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline.extraction.nlp, "shared_nlp", lambda: nlp)
        yield


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for file_name, text, _ in ARTICLES.values():
        (corpus / file_name).write_text(text, encoding="utf-8")
    (corpus / "notes.json").write_text("{}", encoding="utf-8")  # not an article
    return corpus


@pytest.fixture(scope="module")
def run_result(use_loaded_nlp, corpus_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(app, ["run", str(corpus_dir), "--out", str(out)])
    return result, out


@pytest.fixture
def outputs_copy(run_result, tmp_path):
    """A private copy of the run's tables, for commands that write accuracy.csv."""
    _, out = run_result
    copy = tmp_path / "out"
    shutil.copytree(out, copy)
    return copy


# --------------------------------------------------------------------- run
def test_run_writes_four_tables_with_spec_headers(run_result):
    result, out = run_result
    assert result.exit_code == 0, result.output
    for table, columns in SPEC_COLUMNS.items():
        # SPEC §2: these columns in this order; more columns may follow.
        assert _header(out / f"{table}.csv")[: len(columns)] == columns, table
    assert _header(out / "errors.csv") == ["article", "path", "error"]
    assert _read(out / "errors.csv") == []
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_run_prints_summary_line_on_stderr(run_result):
    result, out = run_result
    line = result.stderr.strip().splitlines()[-1]
    match = SUMMARY.match(line)
    assert match, line
    assert int(match.group(1)) == len(ARTICLES) and match.group(2) is None
    counts = dict(zip(TABLES, map(int, match.group(3, 4, 5, 6, 7))))
    assert counts == {t: len(_read(out / f"{t}.csv")) for t in TABLES}
    assert all(counts.values()), f"the test corpus should give rows in every table: {counts}"
    assert line not in result.stdout


def test_run_rows_ordered_by_article_with_body_offsets(run_result):
    _, out = run_result
    for table in TABLES:
        rows = _read(out / f"{table}.csv")
        position = "first_start" if table in ("people", "spacecraft") else "start"
        keys = [(r["article"], int(r[position])) for r in rows]
        assert keys == sorted(keys), table
        assert {r["article"] for r in rows} <= set(ARTICLES)
    dates = _read(out / "dates.csv")
    assert {r["article"] for r in dates} == set(ARTICLES)
    for row in dates:
        body = ARTICLES[row["article"]][2]
        assert body[int(row["start"]):int(row["end"])] == row["text"], row
    # Offsets count from the body, after the front matter.
    first = next(r for r in dates if r["article"] == "soyuz-film")
    assert (first["text"], int(first["start"])) == ("5 October", SOYUZ_BODY.index("5 October"))


def test_run_resolves_dates_against_publication_date(run_result):
    _, out = run_result
    dates = {(r["article"], r["text"], r["value"]) for r in _read(out / "dates.csv")}
    # Year from the front matter's `published`; leading "On" not part of the text.
    assert ("soyuz-film", "5 October", "2021-10-05") in dates
    assert ("gagarin", "12 April 1961", "1961-04-12") in dates
    # No front matter and no year anywhere: the year is XXXX.
    assert ("tereshkova-visit", "3 March", "XXXX-03-03") in dates


def test_run_with_unreadable_article_exits_1_and_records_it(use_loaded_nlp, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gagarin.txt").write_text(GAGARIN_BODY, encoding="utf-8")
    (corpus / "empty.md").write_text("---\ntitle: nothing\n---\n\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["run", str(corpus), "--out", str(out)])
    assert result.exit_code == 1
    assert "[E103]" in result.stderr and "Traceback" not in result.output
    match = SUMMARY.match(result.stderr.strip().splitlines()[-1])
    assert match and match.group(1, 2) == ("1", "1")
    errors = _read(out / "errors.csv")
    assert [(e["article"], e["error"][:6]) for e in errors] == [("empty", "[E103]")]
    assert {r["article"] for r in _read(out / "dates.csv")} == {"gagarin"}


def test_run_missing_corpus_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "[E001]" in result.stderr and "Traceback" not in result.output


# ---------------------------------------------------------------- evaluate
def _gold_from_outputs(out) -> dict:
    """A gold file that says exactly what the tables say."""
    gold: dict = {article: {t: [] for t in TABLES} for article in ARTICLES}
    for row in _read(out / "people.csv"):
        gold[row["article"]]["people"].append({"name": row["name"], "role": row["role"]})
    for row in _read(out / "spacecraft.csv"):
        gold[row["article"]]["spacecraft"].append({"name": row["name"], "kind": row["kind"]})
    for row in _read(out / "dates.csv"):
        gold[row["article"]]["dates"].append({"text": row["text"], "value": row["value"]})
    for row in _read(out / "ages.csv"):
        gold[row["article"]]["ages"].append({"person": row["person"], "age": int(row["age"])})
    for row in _read(out / "events.csv"):
        people = [n.strip() for n in row["people"].split(";") if n.strip()]
        gold[row["article"]]["events"].append({"event": row["event"], "spacecraft": row["spacecraft"],
                                               "value": row["value"], "people": people})
    return gold


def test_evaluate_outputs_against_themselves_is_perfect(outputs_copy, tmp_path):
    out = outputs_copy
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(_gold_from_outputs(out)), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold_path), "--out", str(out),
                                      "--errors", "--min-f1", "1.0"])
    assert result.exit_code == 0, result.output
    lines = {line.split()[0]: line.split() for line in result.stdout.splitlines() if line.strip()}
    assert lines["table"][:4] == ["table", "P", "R", "F1"]
    for table in (*TABLES, "all"):
        assert lines[table][1:4] == ["1.000", "1.000", "1.000"], lines[table]
    assert "no errors" in result.stdout
    accuracy = _read(out / "accuracy.csv")
    assert [r["table"] for r in accuracy] == list(TABLES)
    for row in accuracy:
        rows = len(_read(out / f"{row['table']}.csv"))
        assert (int(row["tp"]), int(row["fp"]), int(row["fn"])) == (rows, 0, 0)
        assert float(row["f1"]) == 1.0


def test_evaluate_counts_errors(outputs_copy, tmp_path):
    out = outputs_copy
    gold = _gold_from_outputs(out)
    # Drop one gold person (its prediction becomes an FP) and add one nobody
    # predicted (an FN): people TP n-1, FP 1, FN 1.
    dropped = gold["soyuz-film"]["people"].pop(0)
    gold["soyuz-film"]["people"].append({"name": "Nobody Predicted"})
    n = len(_read(out / "people.csv"))
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold_path), "--out", str(out), "--errors",
                                      "--min-f1", "1.0"])
    assert result.exit_code == 1  # people F1 < 1.0
    people = next(r for r in _read(out / "accuracy.csv") if r["table"] == "people")
    assert (int(people["tp"]), int(people["fp"]), int(people["fn"])) == (n - 1, 1, 1)
    assert any(line.startswith("FP") and dropped["name"] in line for line in result.stdout.splitlines())
    assert any(line.startswith("FN") and "Nobody Predicted" in line for line in result.stdout.splitlines())


@pytest.mark.parametrize("command", ["evaluate", "review"])
def test_an_emptied_table_is_a_coded_error_not_a_traceback(outputs_copy, tmp_path, command):
    # regression: a people.csv cut to nothing gave pandas' EmptyDataError traceback
    out = outputs_copy
    gold_path = tmp_path / "gold.json"
    gold_path.write_text(json.dumps(_gold_from_outputs(out)), encoding="utf-8")
    (out / "people.csv").write_text("", encoding="utf-8")
    args = ["evaluate", "--gold", str(gold_path), "--out", str(out)] if command == "evaluate" else \
        ["review", "--out", str(out), "--gold", str(gold_path)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code != 0
    assert "[E018]" in result.output and "people.csv" in result.output and "empty file" in result.output
    assert "Traceback" not in result.output


# -------------------------------------------------------------------- help
@pytest.mark.parametrize("args, words", [
    (["--help"], ["run", "evaluate"]),
    (["run", "--help"], ["--out", "CORPUS"]),
    (["evaluate", "--help"], ["--gold", "--out", "--errors", "--min-f1"]),
])
def test_help(args, words):
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    for word in words:
        assert word in result.output, word


def _python(code: str, repo_root) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(repo_root), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-c", code], cwd=repo_root, env=env, capture_output=True,
                          text=True, timeout=120)


def test_python_m_pipeline_help(repo_root):
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(repo_root), os.environ.get("PYTHONPATH")]))}
    result = subprocess.run([sys.executable, "-m", "pipeline", "--help"], cwd=repo_root, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "Usage" in result.stdout and "evaluate" in result.stdout


def test_help_does_not_import_spacy_or_pandas(repo_root):
    # Run `python -m pipeline --help` in a fresh interpreter and look at
    # sys.modules afterwards; then import pipeline.extraction.nlp as a control, to show
    # the check can see spaCy when it is imported.
    code = (
        "import runpy, sys\n"
        "sys.argv = ['pipeline', '--help']\n"
        "try:\n"
        "    runpy.run_module('pipeline', run_name='__main__', alter_sys=True)\n"
        "except SystemExit as exit:\n"
        "    assert exit.code in (0, None), exit.code\n"
        "print('AFTER-HELP', 'spacy' in sys.modules, 'pandas' in sys.modules)\n"
        "import pipeline.extraction.nlp\n"
        "print('CONTROL', 'spacy' in sys.modules)\n"
    )
    result = _python(code, repo_root)
    assert result.returncode == 0, result.stderr
    assert "evaluate" in result.stdout  # the help was printed
    markers = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines()
               if line.startswith(("AFTER-HELP", "CONTROL"))}
    assert markers["CONTROL"] == ["True"]
    assert markers["AFTER-HELP"] == ["False", "False"], "`--help` imported spacy/pandas: " + str(markers)
