"""Invariants of every row of every table on the shipped corpus, and
"outputs/ is up to date" (the committed tables are what the code produces)."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import re

import pytest

from pipeline.io.corpus import iter_corpus
from pipeline.errors import ArticleError
from pipeline.run.runner import run_corpus

from spec_contract import SPEC_COLUMNS, TABLES
POSITION = {"people": "first_start", "spacecraft": "first_start", "dates": "start", "ages": "start",
            "events": "start"}
KINDS = {"crew vehicle", "cargo vehicle", "space station", "launch vehicle", "spaceplane", "space probe",
         "satellite", "lander", "rover"}
# SPEC §2 value forms: YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM-DD, decade YYY.
# (SPEC §2 writes the unknown year as XXXX: a month of an undated article with no year to give, "in
# January of this year", is XXXX-01, as the annotation of real articles has it)
VALUE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?"
                   r"|XXXX-(?P<xmonth>\d{2})(?:-(?P<xday>\d{2}))?"
                   r"|(?P<decade>\d{3})")
# SPEC §3: the text excludes a leading preposition.
LEADING_PREPOSITION = re.compile(r"(?i)(on|in|at|by|during|since|until|till|from|of)\s")
COMMITTED = ("people", "spacecraft", "dates", "ages", "errors")


@pytest.fixture(scope="module")
def bodies(repo_root) -> dict[str, str]:
    items = list(iter_corpus(repo_root / "corpus"))
    failed = [i.message for i in items if isinstance(i, ArticleError)]
    assert not failed, failed
    return {a.id: a.body for a in items}


@pytest.fixture(scope="module")
def produced(repo_root, nlp, tmp_path_factory):
    """The shipped corpus run once into a temporary directory."""
    out = tmp_path_factory.mktemp("corpus-outputs")
    summary = run_corpus(repo_root / "corpus", out, nlp=nlp, report=lambda message: None)
    return out, summary


def _rows(out, table) -> list[dict]:
    with open(out / f"{table}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_run_has_rows_and_no_failures(produced, bodies):
    out, summary = produced
    assert not summary.failed
    assert summary.articles == len(bodies)
    for table in TABLES:
        assert len(_rows(out, table)) == summary.rows[table] > 0, table


@pytest.mark.parametrize("table", TABLES)
def test_headers(produced, table):
    out, _ = produced
    with open(out / f"{table}.csv", newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert header[: len(SPEC_COLUMNS[table])] == SPEC_COLUMNS[table]


@pytest.mark.parametrize("table", TABLES)
def test_rows_ordered_by_article_then_position(produced, bodies, table):
    out, _ = produced
    rows = _rows(out, table)
    assert {r["article"] for r in rows} <= set(bodies)
    keys = [(r["article"], int(r[POSITION[table]])) for r in rows]
    bad = [(a, b) for a, b in zip(keys, keys[1:]) if b < a]
    assert not bad, f"{table}: rows out of order, e.g. {bad[:3]}"


def test_date_offsets(produced, bodies):
    out, _ = produced
    bad = [r for r in _rows(out, "dates")
           if not r["text"] or bodies[r["article"]][int(r["start"]):int(r["end"])] != r["text"]]
    assert not bad, bad[:5]


def test_event_rows_link_the_other_tables(produced, bodies):
    """SPEC §6: the craft is a row of spacecraft.csv, the value one of dates.csv, the people
    rows of people.csv, the trigger a word of the body; one row per event and craft."""
    out, _ = produced
    rows = _rows(out, "events")
    assert rows
    crafts = {(r["article"], r["name"]) for r in _rows(out, "spacecraft")}
    values = {(r["article"], r["value"]) for r in _rows(out, "dates")}
    people = {(r["article"], r["name"]) for r in _rows(out, "people")}
    for r in rows:
        assert r["event"] in {"launch", "docking", "undocking", "landing"}, r
        assert (r["article"], r["spacecraft"]) in crafts, r
        assert not r["value"] or (r["article"], r["value"]) in values, r
        names = [n.strip() for n in r["people"].split(";") if n.strip()]
        assert all((r["article"], n) for n in names) and {(r["article"], n) for n in names} <= people, r
        trigger = bodies[r["article"]][int(r["start"]):int(r["end"])]
        assert trigger and trigger.strip() == trigger and trigger in r["sentence"], r
    keys = [(r["article"], r["event"], r["spacecraft"]) for r in rows]
    assert len(keys) == len(set(keys))


def test_mentions_name_their_rows_and_stand_in_the_text(produced, bodies):
    """mentions.csv: every mention is its text in the body and names a row of its table;
    every person, craft, date, age and event row has at least one mention, its first one among them."""
    out, _ = produced
    mentions = _rows(out, "mentions")
    assert [c for c in mentions[0]] == ["article", "table", "entity", "text", "start", "end"]
    for m in mentions:
        assert bodies[m["article"]][int(m["start"]):int(m["end"])] == m["text"], m
    keys = {(m["article"], m["table"], m["entity"]) for m in mentions}
    starts = {(m["article"], m["table"], m["start"]) for m in mentions}
    row_keys = {
        "people": lambda r: (r["name"], r["first_start"]), "spacecraft": lambda r: (r["name"], r["first_start"]),
        "dates": lambda r: (r["value"], r["start"]), "ages": lambda r: (r["person"], r["start"]),
        "events": lambda r: (f"{r['event']} {r['spacecraft']}", r["start"]),
    }
    for table, key in row_keys.items():
        rows = _rows(out, table)
        assert rows
        for row in rows:
            entity, start = key(row)
            assert (row["article"], table, entity) in keys, (table, row)
            assert (row["article"], table, start) in starts, (table, row)
    by_table = {t: sum(m["table"] == t for m in mentions) for t in row_keys}
    assert by_table["people"] > len(_rows(out, "people"))  # later mentions ("Shkaplerov") are there too
    assert {m["entity"] for m in mentions if m["table"] not in row_keys} == set()


def test_age_offsets(produced, bodies):
    out, _ = produced
    bad = [r for r in _rows(out, "ages")
           if not r["text"] or bodies[r["article"]][int(r["start"]):int(r["start"]) + len(r["text"])] != r["text"]]
    assert not bad, bad[:5]


@pytest.mark.parametrize("table", ["people", "spacecraft"])
def test_first_start_inside_body(produced, bodies, table):
    out, _ = produced
    bad = [r for r in _rows(out, table) if not 0 <= int(r["first_start"]) < len(bodies[r["article"]])]
    assert not bad, bad[:5]


@pytest.mark.parametrize("table, column", [("dates", "text"), ("ages", "text")])
def test_sentence_contains_mention(produced, table, column):
    out, _ = produced
    bad = [r for r in _rows(out, table) if " ".join(r[column].split()) not in r["sentence"]]
    assert not bad, bad[:5]


def _valid_value(value: str) -> bool:
    match = VALUE.fullmatch(value)
    if not match:
        return False
    month = match["month"] or match["xmonth"]
    day = match["day"] or match["xday"]
    if month and not 1 <= int(month) <= 12:
        return False
    if day:  # a real calendar day (XXXX checked against a leap year)
        try:
            dt.date(int(match["year"] or 2000), int(month), int(day))
        except ValueError:
            return False
    return True


def test_valid_value_helper():
    for good in ("1961", "2021-10", "2021-10-05", "XXXX-02-29", "XXXX-10", "199"):
        assert _valid_value(good), good
    for bad in ("2021-13", "2021-02-30", "XXXX-13", "XXXX", "2021-10-5", "1990s", "2021-W40", "19", ""):
        assert not _valid_value(bad), bad


def test_date_values_have_spec_forms(produced):
    out, _ = produced
    bad = [(r["article"], r["text"], r["value"]) for r in _rows(out, "dates") if not _valid_value(r["value"])]
    assert not bad, bad[:10]


def test_date_text_has_no_leading_preposition(produced):
    out, _ = produced
    bad = [(r["article"], r["text"]) for r in _rows(out, "dates") if LEADING_PREPOSITION.match(r["text"])]
    assert not bad, bad[:10]


def test_spacecraft_kinds(produced):
    out, _ = produced
    bad = [(r["article"], r["name"], r["kind"]) for r in _rows(out, "spacecraft") if r["kind"] not in KINDS]
    assert not bad, bad[:10]


def test_ages_are_integers(produced):
    out, _ = produced
    bad = [r for r in _rows(out, "ages") if not re.fullmatch(r"\d+", r["age"]) or not 0 < int(r["age"]) < 130]
    assert not bad, bad[:5]


def test_roles_are_lower_case(produced):
    out, _ = produced
    bad = [(r["article"], r["name"], r["role"]) for r in _rows(out, "people") if r["role"] != r["role"].lower()]
    assert not bad, bad[:10]


@pytest.mark.parametrize("table, key", [("people", ("article", "name")), ("spacecraft", ("article", "name")),
                                        ("ages", ("article", "person", "age"))])
def test_one_row_per_distinct_item(produced, table, key):
    out, _ = produced
    keys = [tuple(r[k] for k in key) for r in _rows(out, table)]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert not duplicates, duplicates[:10]
    if table != "ages":
        assert all(int(r["mentions"]) >= 1 for r in _rows(out, table))


@pytest.mark.parametrize("name", COMMITTED)
def test_outputs_are_up_to_date(produced, repo_root, name):
    out, _ = produced
    committed = repo_root / "outputs" / f"{name}.csv"
    fresh = out / f"{name}.csv"
    hint = f"outputs/{name}.csv is not what the code produces from corpus/: run `make run` and commit outputs/"
    assert committed.is_file(), hint
    old, new = committed.read_bytes(), fresh.read_bytes()
    if old != new:
        diff = list(difflib.unified_diff(old.decode("utf-8", "replace").splitlines(),
                                         new.decode("utf-8", "replace").splitlines(),
                                         "committed", "produced", lineterm="", n=0))
        pytest.fail(hint + "\n" + "\n".join(diff[:12]) + ("\n..." if len(diff) > 12 else ""))
