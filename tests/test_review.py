"""The review page: one highlight per CSV row, escaped article text, gold errors marked,
and the same in a real browser (headless Chromium) when one is installed."""

from __future__ import annotations

import csv
import json
import re
import os
import shutil
import signal
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.judge.checks import RowCheck
from pipeline.judge.highlight import Mention, highlight, mention_span
from pipeline.judge.review import write_review
from pipeline.run.runner import run_corpus
from pipeline.judge.scoring import load_gold, load_predictions, score

from spec_contract import TABLES

PAYLOADS = (
    "<script>document.title='pwned'</script>",
    "<img src=x onerror=\"document.title='pwned'\">",
    "</textarea>",
)
ARTICLES = {
    "gagarin.txt": (
        "---\ntitle: Gagarin orbits the Earth\npublished: 1961-04-13\n---\n"
        "Yuri Gagarin, 27, orbited the Earth aboard Vostok 1 yesterday. Gagarin landed safely near "
        "Saratov. The chief designer Sergei Korolev watched the launch on 12 April 1961.\n"
    ),
    # Every payload in the body, one in the title: all must show as text and run nothing.
    "payload.md": (
        f"---\ntitle: {PAYLOADS[0]} Crew news\npublished: 2021-10-17\n---\n"
        f"Cosmonaut Anton Shkaplerov, 49, will command Soyuz MS-19 on 5 October. {PAYLOADS[0]}\n"
        f"The actress Yulia Peresild (37 years old) joins him. {PAYLOADS[1]} "
        f"The film director Klim Shipenko flies too. {PAYLOADS[2]}\n"
        "The crew docked with the ISS on Tuesday.\n"
    ),
    "plain.txt": "Valentina Tereshkova flew Vostok 6 in June 1963. Tereshkova, 26, spent almost three days in orbit.\n",
}
# Built to give at least one of each error whatever the extractor's details: a wrong kind
# (Vostok 1 is no rover), spurious rows (payload's spacecraft: gold says none) and a missed
# person whose name is itself a payload. "plain" is not in the gold file: not scored.
GOLD = {
    "gagarin": {
        "people": [{"name": "Yuri Gagarin", "role": "cosmonaut"},
                   {"name": "Sergei Korolev", "role": "chief designer"}],
        "spacecraft": [{"name": "Vostok 1", "kind": "rover"}],
        "dates": [{"text": "12 April 1961", "value": "1961-04-12"}],
        "ages": [{"person": "Yuri Gagarin", "age": 27}],
    },
    "payload": {
        "people": [{"name": "Anton Shkaplerov", "role": "cosmonaut"},
                   {"name": PAYLOADS[1], "role": PAYLOADS[0]}],
        "spacecraft": [],
    },
}
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync")


class PageParser(HTMLParser):
    """What the tests look at: highlights (with their text), scripts, tags, title, error marks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []  # {"table", "text", "attrs"}
        self.open_marks: list[dict] = []
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.in_script = self.in_title = self.in_missed_list = False
        self.titles: list[str] = []  # the document's, then the SVG charts' tooltips
        self.text = ""
        self.row_classes: list[str] = []
        self.missed_items = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "mark":
            mark = {"table": attrs.get("data-table"), "text": "", "attrs": attrs}
            self.open_marks.append(mark)
            if mark["table"] is not None:
                self.marks.append(mark)
        self.in_script |= tag == "script"
        self.in_title |= tag == "title"
        if tag == "script":
            self.scripts.append("")
        if tag == "title":
            self.titles.append("")
        if tag == "tr":
            self.row_classes.append(attrs.get("class") or "")
        if tag == "ul" and "missed" in (attrs.get("class") or "").split():
            self.in_missed_list = True
        if tag == "li" and self.in_missed_list:
            self.missed_items += 1

    def handle_endtag(self, tag):
        if tag == "mark" and self.open_marks:
            self.open_marks.pop()
        self.in_script &= tag != "script"
        self.in_title &= tag != "title"
        if tag == "ul":
            self.in_missed_list = False

    def handle_data(self, data):
        self.text += data
        for mark in self.open_marks:
            mark["text"] += data
        if self.in_script:
            self.scripts[-1] += data
        if self.in_title:
            self.titles[-1] += data

    @property
    def title(self) -> str:
        return self.titles[0] if self.titles else ""

    def marks_per_table(self) -> dict[str, int]:
        return {t: sum(m["table"] == t for m in self.marks) for t in TABLES}


def parse(page: str) -> PageParser:
    parser = PageParser()
    parser.feed(page)
    parser.close()
    return parser


def csv_rows(out: Path) -> dict[str, list[dict]]:
    rows = {}
    for table in (*TABLES, "mentions"):
        with open(out / f"{table}.csv", encoding="utf-8", newline="") as file:
            rows[table] = list(csv.DictReader(file))
    return rows


def mentions_per_table(rows: dict[str, list[dict]]) -> dict[str, int]:
    return {t: sum(m["table"] == t for m in rows["mentions"]) for t in TABLES}


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory, nlp):
    """A three-article corpus run through the pipeline, its gold file and its review page."""
    root = tmp_path_factory.mktemp("review")
    corpus, out = root / "corpus", root / "out"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    gold = root / "gold.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    run_corpus(corpus, out, nlp=nlp, report=lambda message: None)
    page = write_review(out, gold_path=gold, corpus_dir=corpus)
    return {"corpus": corpus, "out": out, "gold": gold, "page": page, "rows": csv_rows(out)}


# ------------------------------------------------------------- the HTML
def test_one_highlight_per_mention(reviewed):
    page = parse(reviewed["page"].read_text(encoding="utf-8"))
    rows = reviewed["rows"]
    assert all(len(rows[t]) > 0 for t in TABLES), f"the test corpus should fill every table: {rows.keys()}"
    assert page.marks_per_table() == mentions_per_table(rows)
    # more mentions than rows: later mentions ("Shkaplerov") are shown too
    assert len(rows["mentions"]) > sum(len(rows[t]) for t in TABLES)


def test_every_row_has_one_anchored_highlight_with_its_entity(reviewed):
    page = parse(reviewed["page"].read_text(encoding="utf-8"))
    anchored = [m for m in page.marks if m["attrs"].get("id")]
    assert {t: sum(m["table"] == t for m in anchored) for t in TABLES} == \
        {t: len(rows) for t, rows in reviewed["rows"].items() if t in TABLES}
    people = {row["name"] for row in reviewed["rows"]["people"]}
    for mark in page.marks:
        if mark["table"] == "people":  # every mention, the first or a later one, names its person
            assert mark["attrs"]["data-label"].split(" \u00b7 ")[0] in people


def test_highlights_cover_the_csv_text(reviewed):
    """Dates and ages give their text: the highlight must be exactly that text."""
    marks = parse(reviewed["page"].read_text(encoding="utf-8")).marks
    for table in ("dates", "ages"):
        shown = sorted(m["text"] for m in marks if m["table"] == table)
        assert shown == sorted(row["text"] for row in reviewed["rows"][table])


def test_payloads_are_shown_as_text_and_never_run(reviewed):
    raw = reviewed["page"].read_text(encoding="utf-8")
    page = parse(raw)
    assert page.title == "Extraction review"
    assert not any("pwned" in script for script in page.scripts)
    assert not [attrs for tag, attrs in page.tags if tag == "img" or "onerror" in attrs]
    assert not [tag for tag, _ in page.tags if tag == "textarea"]
    for payload in PAYLOADS:
        assert payload in page.text, "the payload must be visible as text"
        assert payload not in raw, "the payload must never reach the page unescaped"
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in raw
    assert "&lt;/textarea&gt;" in raw


def test_gold_errors_are_marked(reviewed):
    page = parse(reviewed["page"].read_text(encoding="utf-8"))
    scores = score(load_gold(reviewed["gold"]), load_predictions(reviewed["out"]))
    spurious = sum(s.fp for s in scores.values())
    wrong = sum(len(s.wrong_attributes) for s in scores.values())
    missed = sum(s.fn for s in scores.values())
    assert spurious and wrong and missed, "the gold file is built to give every kind of error"
    assert page.row_classes.count("spurious") == spurious
    assert page.row_classes.count("wrong-attribute") == wrong
    assert page.missed_items == missed
    mark_classes = [m["attrs"].get("class", "").split() for m in page.marks if m["attrs"].get("id")]
    assert sum("spurious" in c for c in mark_classes) == spurious
    assert sum("wrong-attribute" in c for c in mark_classes) == wrong


def test_without_gold_counts_rows(reviewed, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(reviewed["out"], out)
    page = parse(write_review(out, corpus_dir=reviewed["corpus"]).read_text(encoding="utf-8"))
    assert "Rows per table" in page.text and "Accuracy" not in page.text
    assert page.marks_per_table() == mentions_per_table(reviewed["rows"])
    assert not [c for c in page.row_classes if c in ("spurious", "wrong-attribute")]


def test_review_command(reviewed, tmp_path):
    out = tmp_path / "out"
    shutil.copytree(reviewed["out"], out)
    (out / "review.html").unlink()
    result = CliRunner().invoke(app, ["review", "--out", str(out), "--gold", str(reviewed["gold"]),
                                      "--corpus", str(reviewed["corpus"])])
    assert result.exit_code == 0, result.output
    assert (out / "review.html").stat().st_size > 0

    missing = CliRunner().invoke(app, ["review", "--out", str(tmp_path / "nothing"),
                                       "--corpus", str(reviewed["corpus"])])
    assert missing.exit_code == 2
    assert "[E008]" in missing.output


# ------------------------------------------------------ locating mentions
@pytest.mark.parametrize("name, body, shown", [
    ("Anton Shkaplerov", "Anton Shkaplerov, 49, will", "Anton Shkaplerov"),
    ("Space Shuttle Columbia", "Columbia. This year's observance", "Columbia"),
    ("Eagle", "lunar module Eagle from the command module", "lunar module Eagle"),
    ("International Space Station", "ISS on Tuesday.", "ISS"),
    ("Doug Hurley", "Hurley and Behnken reach", "Hurley"),
    ("Vostok 1", "(Vostok 1)", ""),
])
def test_first_mention_span(name, body, shown):
    start, end = mention_span("people", {"name": name, "first_start": "0"}, body)
    assert body[start:end] == shown


def test_overlapping_mentions_nest_one_element_each():
    body = "aboard Soyuz MS-19 on 5 October 2021"
    def mention(table, row, start, end):
        return Mention(table, row, start, end, "label", RowCheck())
    mentions = [mention("spacecraft", 0, 7, 24),  # both dates start inside it and run past its end
                mention("dates", 0, 22, 36), mention("dates", 1, 22, 31),
                mention("ages", 0, len(body), len(body))]  # empty: still one element
    page = parse(f"<div>{highlight(body, mentions)}</div>")
    assert page.text == body
    assert page.marks_per_table() == {"people": 0, "spacecraft": 1, "dates": 2, "ages": 1, "events": 0}
    assert not page.open_marks


# --------------------------------------------------------- in a browser
def chromium_or_skip() -> str:
    found = shutil.which("chromium") or ("/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail("Chromium is required under CI (.ci/run installs Debian's chromium)")
    pytest.skip("Chromium is not installed (apt-get install chromium); skipping the browser test")


def run_chromium(chromium: str, profile: Path, *args: str) -> str:
    """Run headless Chromium in its own process group, so a hang can be ended whole."""
    command = [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    try:
        stdout, stderr = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"Chromium did not finish in 60 s: {' '.join(command)}")
    assert process.returncode == 0, stderr[-2000:]
    return stdout


def test_page_in_headless_chromium(reviewed, tmp_path):
    chromium = chromium_or_skip()
    url = reviewed["page"].resolve().as_uri()

    dom = parse(run_chromium(chromium, tmp_path / "profile-dom", "--dump-dom", url))
    assert dom.title == "Extraction review", "a payload ran and changed the title"
    assert not [attrs for tag, attrs in dom.tags if tag == "img" or "onerror" in attrs]
    assert dom.marks_per_table() == mentions_per_table(reviewed["rows"])

    shot = tmp_path / "shot.png"
    run_chromium(chromium, tmp_path / "profile-shot", f"--screenshot={shot}", "--window-size=1280,2000", url)
    assert shot.stat().st_size > 0
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_each_article_shows_its_events_as_a_timeline(reviewed):
    raw = reviewed["page"].read_text(encoding="utf-8")
    timelines = re.findall(r'<ol class="timeline"[^>]*>(.*?)</ol>', raw, re.S)
    items = [re.findall(r"<time>(.*?)</time>", t) for t in timelines]
    assert sum(len(i) for i in items) == len(reviewed["rows"]["events"]) > 0
    for dates in items:  # in date order, undated last
        dated = [d for d in dates if d != "undated"]
        assert dated == sorted(dated) and dates[:len(dated)] == dated
