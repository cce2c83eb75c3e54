"""The review page: one self-contained HTML file to check the extraction at a glance.

The page is built only from the CSV tables in the output directory and the
article bodies, never by re-running extraction, so it shows exactly what was
written. Every CSV row becomes exactly one highlighted `<mark data-table=...>`
in its article's text.

Articles are untrusted input: everything taken from articles, tables and gold
is escaped, and the page also carries a Content-Security-Policy that forbids
scripts and network loads, so a missed escape still could not run anything or
phone home. The filters are plain CSS (checkboxes and `:has()`), no JavaScript.
"""

from __future__ import annotations

import html
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..io.corpus import Article, iter_corpus
from ..errors import ArticleError
from ..normalize import normalize_name
from .scoring import TableScore, gold_tables, load_gold, load_predictions, per_article_f1, score
from ..io.tables import COLUMNS, TABLES

PAGE_TITLE = "Extraction review"
TABLE_COLOURS = {"people": "#ffd166", "spacecraft": "#8ecae6", "dates": "#95d5b2", "ages": "#d7b5f5",
                 "events": "#f4a3a3"}
ATTRIBUTE = {"people": "role", "spacecraft": "kind"}
# `article` is the section the table stands in and `sentence` is the highlighted text above it.
SHOWN_COLUMNS = {t: tuple(c for c in COLUMNS[t] if c not in ("article", "sentence")) for t in TABLES}
# People and spacecraft rows give only where the first mention starts. When the text there is not
# the row's name (a surname, an alias, "lunar module Eagle"), the mention is read from the token run
# there: letters, digits, spaces, hyphens, apostrophes and periods, up to the first other character.
# Such a run often goes on past the name into the sentence ("Columbia. This year's observance..."),
# so it is cut after its first word equal to the name's last word, else after its first word.
TOKEN_RUN = re.compile(r"(?:[^\W_]|[ \-'\u2019.])*")
RUN_WORD = re.compile(r"\S+")
MATCHED = "\u2713"


def esc(value) -> str:
    """Text or attribute value, escaped (quotes too, so it is safe inside attributes)."""
    return html.escape(str(value), quote=True)


# ------------------------------------------------------------------ data
@dataclass
class RowCheck:
    """What the gold file says about one CSV row."""

    status: str = "unscored"  # unscored | match | spurious | wrong-attribute
    note: str = ""


@dataclass
class Mention:
    """One CSV row located in its article's body."""

    table: str
    row: int
    start: int
    end: int
    label: str
    check: RowCheck


@dataclass
class ArticleView:
    id: str
    article: Article | None  # None: the tables name an article the corpus does not have
    rows: dict[str, list[dict]]
    checks: dict[str, list[RowCheck]]
    missed: list[tuple[str, dict]]
    mentions: list[dict] | None = None  # the article's rows of mentions.csv, when the run wrote one

    @property
    def has_errors(self) -> bool:
        return bool(self.missed) or any(
            c.status in ("spurious", "wrong-attribute") for checks in self.checks.values() for c in checks)


# --------------------------------------------------------------- entry point
def write_review(out_dir: Path | str, gold_path: Path | str | None = None,
                 corpus_dir: Path | str = "corpus") -> Path:
    """Write `out_dir/review.html` from the tables in `out_dir` and the articles of `corpus_dir`."""
    out_dir = Path(out_dir)
    gold = load_gold(gold_path) if gold_path is not None else None
    predictions = load_predictions(out_dir, gold_tables(gold) if gold is not None else TABLES)
    articles, unreadable = read_corpus(corpus_dir)
    views = article_views(articles, predictions, gold, read_mentions(out_dir))
    page = render_page(views, predictions, gold, unreadable)
    return write_atomically(out_dir / "review.html", page)


def read_mentions(out_dir: Path) -> dict[str, list[dict]] | None:
    """mentions.csv by article; None for outputs of a run that wrote none."""
    path = out_dir / "mentions.csv"
    if not path.is_file():
        return None
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    return {article: group.to_dict("records") for article, group in frame.groupby("article", sort=False)}


def read_corpus(corpus_dir: Path | str) -> tuple[dict[str, Article], list[ArticleError]]:
    articles, unreadable = {}, []
    for item in iter_corpus(Path(corpus_dir)):
        if isinstance(item, ArticleError):
            unreadable.append(item)
        else:
            articles[item.id] = item
    return articles, unreadable


def write_atomically(path: Path, text: str) -> Path:
    """Replace the page in one step so a browser never loads half of it."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# ------------------------------------------------------------ gold checks
def article_views(articles: dict[str, Article], predictions: dict[str, pd.DataFrame],
                  gold: dict | None, mentions: dict[str, list[dict]] | None = None) -> list[ArticleView]:
    """Corpus articles in id order, then any article only the tables or the gold file know."""
    rows = rows_by_article(predictions)
    ids = list(articles) + sorted((set(rows) | set(gold or {})) - set(articles))
    views = []
    for article_id in ids:
        article_rows = rows.get(article_id, {t: [] for t in TABLES})
        gold_tables = gold.get(article_id) if gold is not None else None
        checks, missed = check_rows(article_id, article_rows, predictions, gold_tables)
        views.append(ArticleView(article_id, articles.get(article_id), article_rows, checks, missed,
                                 None if mentions is None else mentions.get(article_id, [])))
    return views


def rows_by_article(predictions: dict[str, pd.DataFrame]) -> dict[str, dict[str, list[dict]]]:
    rows: dict[str, dict[str, list[dict]]] = {}
    for table, frame in predictions.items():
        for article, group in frame.groupby("article", sort=False):
            rows.setdefault(article, {t: [] for t in TABLES})[table] = group.to_dict("records")
    return rows


def check_rows(article_id: str, rows: dict[str, list[dict]], predictions: dict[str, pd.DataFrame],
               gold_tables: dict | None) -> tuple[dict[str, list[RowCheck]], list[tuple[str, dict]]]:
    """Per row: matched, spurious or wrong attribute; plus the gold items nobody found.

    Scores the article on its own with scoring.score, so the page agrees with `evaluate`.
    """
    checks = {t: [RowCheck("match" if gold_tables is not None and t in gold_tables else "unscored")
                  for _ in rows[t]] for t in TABLES}
    if gold_tables is None:
        return checks, []
    own_rows = {t: frame[frame["article"] == article_id] for t, frame in predictions.items()}
    missed = []
    for table, table_score in score({article_id: gold_tables}, own_rows).items():
        mark_errors(table, rows[table], checks[table], table_score)
        missed += [(table, item) for _, item in table_score.false_negatives]
    return checks, missed


def mark_errors(table: str, rows: list[dict], checks: list[RowCheck], table_score: TableScore) -> None:
    # The scorer hands back copies of the rows, so find each one by its values (first not yet marked).
    def index_of(pred: dict) -> int:
        return next(i for i, row in enumerate(rows) if row == pred and checks[i].status == "match")

    for _, pred in table_score.false_positives:
        checks[index_of(pred)] = RowCheck("spurious", "spurious: matches no gold item")
    for _, pred, gold_item in table_score.wrong_attributes:
        if table == "events":
            checks[index_of(pred)] = RowCheck(
                "wrong-attribute", f"wrong date: gold says {accepted_values(gold_item['value']) or 'none'}")
            continue
        attribute = ATTRIBUTE[table]
        checks[index_of(pred)] = RowCheck(
            "wrong-attribute", f"wrong {attribute}: gold says {accepted_values(gold_item[attribute])}")
    for _, pred, gold_item in table_score.wrong_crews:
        i = index_of_any(rows, pred)
        note = f"crew: gold says {describe_crew(gold_item['people']) or 'nobody'}"
        checks[i] = RowCheck("wrong-attribute", f"{checks[i].note}; {note}" if checks[i].note else note)


def index_of_any(rows: list[dict], pred: dict) -> int:
    return next(i for i, row in enumerate(rows) if row == pred)


def accepted_values(value) -> str:
    return " / ".join(value) if isinstance(value, list) else str(value)


def describe_crew(people: list) -> str:
    return "; ".join(accepted_values(p) for p in people)


# --------------------------------------------------------------- mentions
def as_offset(value) -> int:
    """A CSV offset; one that is not a number counts as 0 so its row still gets its highlight."""
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def mention_span(table: str, row: dict, body: str) -> tuple[int, int]:
    """Where a row's mention stands in the body, clamped to the body."""
    if table in ("dates", "events"):
        start, end = as_offset(row["start"]), as_offset(row["end"])
    elif table == "ages":
        start = as_offset(row["start"])
        end = start + len(row["text"])
    else:
        start = as_offset(row["first_start"])
        name = row["name"]
        if name and body.startswith(name, start):
            end = start + len(name)
        else:
            end = token_run_end(body, min(max(start, 0), len(body)), name)
    start = min(max(start, 0), len(body))
    return start, min(max(end, start), len(body))


def token_run_end(body: str, start: int, name: str) -> int:
    """End of a first mention that is not written as the row's name (see TOKEN_RUN)."""
    words = list(RUN_WORD.finditer(TOKEN_RUN.match(body, start).group()))
    if not words:
        return start
    name_words = normalize_name(name).split()
    last_name_word = name_words[-1] if name_words else None
    word = next((w for w in words if last_name_word in normalize_name(w.group()).split()), words[0])
    # A sentence's full stop is not part of the name.
    return start + word.start() + len(word.group().rstrip("."))


def mention_label(table: str, row: dict) -> str:
    """The normalised value, canonical name, role or kind a mention stands for."""
    if table in ATTRIBUTE:
        attribute = row[ATTRIBUTE[table]]
        return f"{row['name']} \u00b7 {attribute}" if attribute else row["name"]
    if table == "dates":
        return row["value"]
    if table == "events":
        return " \u00b7 ".join(v for v in (row["event"], row["spacecraft"], row["value"], row["people"]) if v)
    return f"{row['person']} \u00b7 {row['age']}"


def article_mentions(view: ArticleView) -> list[Mention]:
    """Every mention of mentions.csv, each tied to its row; without that file, each row's first mention."""
    body = view.article.body
    if view.mentions is not None:
        return [_located(view, m, len(body)) for m in view.mentions if m["table"] in TABLES]
    mentions = []
    for table in TABLES:
        for index, (row, check) in enumerate(zip(view.rows[table], view.checks[table])):
            start, end = mention_span(table, row, body)
            mentions.append(Mention(table, index, start, end, mention_label(table, row), check))
    return mentions


def row_key(table: str, row: dict) -> tuple:
    """What a mention's `entity` (and, for dates and ages, its offset) says of its row."""
    if table == "dates":
        return (row["start"],)
    if table == "events":
        return (f"{row['event']} {row['spacecraft']}",)
    if table == "ages":
        return (row["person"], row["start"])
    return (row["name"],)


def _located(view: ArticleView, mention: dict, length: int) -> Mention:
    table = mention["table"]
    key = {"dates": (mention["start"],), "ages": (mention["entity"], mention["start"])}.get(table, (mention["entity"],))
    index = next((i for i, row in enumerate(view.rows[table]) if row_key(table, row) == key), None)
    start = min(max(as_offset(mention["start"]), 0), length)
    end = min(max(as_offset(mention["end"]), start), length)
    if index is None:  # a mention whose row is not in the table (edited by hand): shown, not linked
        return Mention(table, -1, start, end, mention["entity"], RowCheck())
    row = view.rows[table][index]
    return Mention(table, index, start, end, mention_label(table, row), view.checks[table][index])


def mark_id(article_index: int, table: str, row: int) -> str:
    return f"a{article_index}-{table}-{row}"


def highlight(body: str, mentions: list[Mention], article_index: int = 0) -> str:
    """The escaped body with one <mark> per mention.

    Marks nest: a mention that starts inside another and runs past its end is
    cut at that end, so the HTML stays well formed and every mention keeps
    exactly one element; a row's first mention carries the row's anchor.
    """
    out: list[str] = []
    open_ends: list[int] = []
    pos = 0

    def text_until(until: int) -> None:
        nonlocal pos
        if until > pos:
            out.append(esc(body[pos:until]))
            pos = until

    def close_marks_ending_by(offset: int) -> None:
        while open_ends and open_ends[-1] <= offset:
            text_until(open_ends.pop())
            out.append("</mark>")

    order = sorted(mentions, key=lambda m: (m.start, -m.end, TABLES.index(m.table), m.row))
    anchored: set[tuple[str, int]] = set()  # a row's first mention carries the id its ↑ link points to
    for mention in order:
        close_marks_ending_by(mention.start)
        end = min(mention.end, open_ends[-1]) if open_ends else mention.end
        text_until(mention.start)
        first = mention.row >= 0 and (mention.table, mention.row) not in anchored
        anchored.add((mention.table, mention.row))
        out.append(mark_tag(mention, article_index, anchor=first))
        open_ends.append(end)
    close_marks_ending_by(len(body))
    text_until(len(body))
    return "".join(out)


def mark_tag(mention: Mention, article_index: int, anchor: bool = True) -> str:
    title = f"{mention.table}: {mention.label}"
    if mention.check.note:
        title += f" \u2014 {mention.check.note}"
    classes = f"m {mention.check.status}"
    ident = f'id="{esc(mark_id(article_index, mention.table, mention.row))}" ' if anchor else ""
    return (f'<mark class="{esc(classes)}" data-table="{esc(mention.table)}" {ident}'
            f'title="{esc(title)}" data-label="{esc(mention.label)}">')


# ------------------------------------------------------------------ page
CSS = """
:root { --people: %(people)s; --spacecraft: %(spacecraft)s; --dates: %(dates)s; --ages: %(ages)s;
        --events: %(events)s; }
body { font: 15px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 1100px; padding: 1rem 2rem; color: #222; }
h1 { margin-bottom: .2rem; } h2 { margin: 0; } .meta, .muted { color: #666; }
table { border-collapse: collapse; font-size: 13px; margin: .3rem 0 1rem; }
th, td { border: 1px solid #ddd; padding: 2px 6px; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } caption { text-align: left; font-weight: 600; }
.controls { position: sticky; top: 0; background: #fffe; padding: .4rem 0; border-bottom: 1px solid #ddd; z-index: 1; }
.controls label { margin-right: 1rem; white-space: nowrap; }
.swatch { padding: 0 .4rem; border-radius: 3px; }
.summary { display: flex; gap: 2.5rem; flex-wrap: wrap; align-items: flex-start; }
figure { margin: .5rem 0; } figcaption { font-weight: 600; margin-bottom: .3rem; }
nav.index a { display: inline-block; margin: 0 .8rem .2rem 0; }
nav.index a.has-errors::after { content: " \\25CF"; color: #d62828; }
section.article { border-top: 2px solid #ccc; margin-top: 1.5rem; padding-top: .8rem; }
.text { white-space: pre-wrap; font-family: Georgia, serif; font-size: 15px; background: #fcfcfa;
        border: 1px solid #eee; padding: .8rem 1rem; }
mark.m { border-radius: 3px; padding: 0 1px; }
mark.m mark.m { border-bottom: 2px solid #0006; }
mark.m:empty::before { content: "\\2205"; }
mark.spurious, .legend-mark.spurious { outline: 2px dashed #d62828; }
mark.wrong-attribute, .legend-mark.wrong-attribute { outline: 2px dotted #e76f00; }
.legend-mark { padding: 0 .3rem; border-radius: 3px; }
tr.spurious td { background: #ffe3e3; } tr.wrong-attribute td { background: #fff0d9; }
.tables { display: flex; gap: 1.5rem; flex-wrap: wrap; align-items: flex-start; }
.timeline { list-style: none; padding-left: 0; border-left: 3px solid var(--events); margin: .5em 0; }
.timeline li { padding: .1em .6em; } .timeline time { font-family: monospace; color: #555; margin-right: .4em; }
.timeline li.spurious, .timeline li.wrong-attribute { color: #a4161a; } .timeline .crew { color: #555; }
.missed li, .unreadable li { color: #a4161a; } .warning { color: #a4161a; font-weight: 600; }
body:has(#show-labels:checked) mark.m::after { content: " " attr(data-label); font-size: 11px; color: #333;
        background: #fff8; border-radius: 2px; padding: 0 2px; }
body:has(#only-errors:checked) section.article:not(.has-errors) { display: none; }
"""
CSS_PER_TABLE = """
mark[data-table="%(t)s"], .swatch-%(t)s { background: var(--%(t)s); }
body:has(#show-%(t)s:not(:checked)) mark[data-table="%(t)s"] { background: none; outline: none; }
body:has(#show-%(t)s:not(:checked)) mark[data-table="%(t)s"]::after { content: none; }
"""
# Nothing on the page may load or run: styles inline, no scripts, no network.
CSP = "default-src 'none'; style-src 'unsafe-inline'"


def render_page(views: list[ArticleView], predictions: dict[str, pd.DataFrame], gold: dict | None,
                unreadable: list[ArticleError]) -> str:
    counts = {t: len(predictions[t]) for t in TABLES}
    css = CSS % TABLE_COLOURS + "".join(CSS_PER_TABLE % {"t": t} for t in TABLES)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(PAGE_TITLE)}</title><style>{css}</style></head><body>",
        f"<h1>{esc(PAGE_TITLE)}</h1>",
        f'<p class="meta">{len(views)} articles; hover a highlight for its value, '
        "use the boxes to hide a table or show values inline.</p>",
        render_controls(counts, gold is not None),
        render_summary(views, predictions, gold) if gold is not None else render_counts(counts),
        render_unreadable(unreadable),
        render_index(views),
    ]
    parts += [render_article(view, index) for index, view in enumerate(views)]
    parts.append("</body></html>")
    return "\n".join(p for p in parts if p)


def render_controls(counts: dict[str, int], with_gold: bool) -> str:
    boxes = [f'<label><input type="checkbox" id="show-{t}" checked> '
             f'<span class="swatch swatch-{t}">{t}</span> {counts[t]}</label>' for t in TABLES]
    boxes.append('<label><input type="checkbox" id="show-labels"> values inline</label>')
    if with_gold:
        boxes.append('<label><input type="checkbox" id="only-errors"> only articles with errors</label>'
                     '<label><span class="legend-mark spurious">spurious</span></label>'
                     '<label><span class="legend-mark wrong-attribute">wrong role/kind</span></label>')
    return f'<div class="controls">{"".join(boxes)}</div>'


def render_counts(counts: dict[str, int]) -> str:
    cells = "".join(f"<tr><td>{t}</td><td>{counts[t]}</td></tr>" for t in TABLES)
    return (f"<h2>Rows per table</h2><p class=\"muted\">No gold file given: no accuracy.</p>"
            f"<table><tr><th>table</th><th>rows</th></tr>{cells}</table>")


def render_summary(views: list[ArticleView], predictions: dict[str, pd.DataFrame], gold: dict) -> str:
    scores = score(gold, predictions)
    header = "<tr><th>table</th><th>rows</th><th>P</th><th>R</th><th>F1</th><th>TP</th><th>FP</th><th>FN</th>" \
             "<th>attribute accuracy</th></tr>"
    lines = [header]
    for table in TABLES:
        s = scores[table]
        accuracy = "" if table not in ATTRIBUTE else (
            f"{ATTRIBUTE[table]} " + ("-" if s.attribute_accuracy is None else f"{s.attribute_accuracy:.3f}")
            + f" ({s.attribute_hits}/{s.attribute_total})")
        lines.append(f"<tr><td>{table}</td><td>{len(predictions[table])}</td><td>{s.precision:.3f}</td>"
                     f"<td>{s.recall:.3f}</td><td>{s.f1:.3f}</td><td>{s.tp}</td><td>{s.fp}</td><td>{s.fn}</td>"
                     f"<td>{esc(accuracy)}</td></tr>")
    anchors = {view.id: f"#article-{i}" for i, view in enumerate(views)}
    per_table = [(t, None, [(t, scores[t].f1)]) for t in TABLES]
    per_article = [(article, anchors.get(article), [(t, f1s[t]) for t in TABLES if t in f1s])
                   for article, f1s in sorted(per_article_f1(gold, predictions).items())]
    return (f'<div class="summary"><div><h2>Accuracy against the gold file</h2><table>{"".join(lines)}</table>'
            f"<figure><figcaption>F1 per table</figcaption>{bar_chart(per_table, bar_height=16)}</figure></div>"
            f"<figure><figcaption>F1 per article (bars: {', '.join(TABLES)})</figcaption>"
            f"{bar_chart(per_article, bar_height=6)}</figure></div>")


def bar_chart(groups: list[tuple[str, str | None, list[tuple[str, float]]]], bar_height: int) -> str:
    """A horizontal bar chart, one labelled group of table-coloured bars per entry; values 0..1."""
    label_width, bar_width, gap = 150, 220, 6
    svg, y = [], 0
    for label, href, bars in groups:
        group_height = max(len(bars), 1) * bar_height
        shown = label if len(label) <= 22 else label[:21] + "\u2026"
        text = f'<text x="0" y="{y + group_height / 2 + 4:.0f}" font-size="12">{esc(shown)}</text>'
        svg.append(f'<a href="{esc(href)}">{text}</a>' if href else text)
        for i, (table, value) in enumerate(bars):
            top = y + i * bar_height
            tooltip = esc(f"{label} {table} F1 {value:.3f}")
            svg.append(f'<rect x="{label_width}" y="{top}" width="{bar_width * value:.1f}" '
                       f'height="{bar_height - 1}" fill="{TABLE_COLOURS[table]}" stroke="#0003">'
                       f'<title>{tooltip}</title></rect>')
            if bar_height >= 9:  # thinner bars have no room for a legible number; their tooltip has it
                svg.append(f'<text x="{label_width + bar_width * value + 4:.1f}" y="{top + bar_height - 2}" '
                           f'font-size="{min(bar_height, 11)}" fill="#555">{value:.2f}</text>')
        y += group_height + gap
    width = label_width + bar_width + 40
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{y}" '
            f'viewBox="0 0 {width} {y}" role="img">{"".join(svg)}</svg>')


def render_unreadable(unreadable: list[ArticleError]) -> str:
    if not unreadable:
        return ""
    items = "".join(f"<li>{esc(error.message)}</li>" for error in unreadable)
    return f'<h2>Articles that could not be read</h2><ul class="unreadable">{items}</ul>'


def render_index(views: list[ArticleView]) -> str:
    links = "".join(f'<a href="#article-{i}" class="{"has-errors" if view.has_errors else ""}">{esc(view.id)}</a>'
                    for i, view in enumerate(views))
    return f'<h2>Articles</h2><nav class="index">{links}</nav>'


def render_article(view: ArticleView, index: int) -> str:
    classes = "article has-errors" if view.has_errors else "article"
    parts = [f'<section class="{classes}" id="article-{index}">']
    if view.article is None:
        parts.append(f"<h2>{esc(view.id)}</h2><p class=\"warning\">Not in the corpus: its text is missing, "
                     "so its rows are not highlighted.</p>")
    else:
        article = view.article
        published = article.published.isoformat() if article.published else "no publication date"
        parts.append(f"<h2>{esc(article.title or article.id)}</h2>"
                     f'<p class="meta">{esc(article.id)} \u00b7 published {esc(published)}</p>'
                     f'<div class="text">{highlight(article.body, article_mentions(view), index)}</div>')
    if view.missed:
        items = "".join(f'<li><span class="swatch swatch-{t}">{t}</span> {esc(describe_gold(t, item))}</li>'
                        for t, item in view.missed)
        parts.append(f'<p class="warning">Missed (in the gold file, not extracted):</p><ul class="missed">{items}</ul>')
    parts.append(render_timeline(view, index))
    tables = "".join(render_rows(view, table, index) for table in TABLES)
    parts.append(f'<div class="tables">{tables}</div></section>')
    return "".join(parts)


def render_timeline(view: ArticleView, article_index: int) -> str:
    """The article's events in date order (undated last): date, event, craft, crew."""
    rows = list(enumerate(view.rows["events"]))
    if not rows:
        return ""
    rows.sort(key=lambda pair: (pair[1]["value"] == "", pair[1]["value"], as_offset(pair[1]["start"])))
    items = []
    for index, row in rows:
        link = (f'<a href="#{esc(mark_id(article_index, "events", index))}" title="show in the text">\u2191</a> '
                if view.article is not None else "")
        crew = f' <span class="crew">with {esc(row["people"])}</span>' if row["people"] else ""
        items.append(f'<li class="{view.checks["events"][index].status}"><time>{esc(row["value"] or "undated")}</time> '
                     f'{link}<b>{esc(row["event"])}</b> {esc(row["spacecraft"])}{crew}</li>')
    return f'<ol class="timeline" aria-label="events">{"".join(items)}</ol>'


def render_rows(view: ArticleView, table: str, article_index: int) -> str:
    columns = SHOWN_COLUMNS[table]
    scored = any(c.status != "unscored" for c in view.checks[table])
    head = "<th></th>" + "".join(f"<th>{c}</th>" for c in columns) + ("<th>check</th>" if scored else "")
    body = []
    for index, (row, check) in enumerate(zip(view.rows[table], view.checks[table])):
        link = (f'<a href="#{esc(mark_id(article_index, table, index))}" title="show in the text">\u2191</a>'
                if view.article is not None else "")
        cells = "".join(f"<td>{esc(row[c])}</td>" for c in columns)
        verdict = f"<td>{esc(check.note or MATCHED)}</td>" if scored else ""
        body.append(f'<tr class="{check.status}" title="{esc(row["sentence"])}"><td>{link}</td>{cells}{verdict}</tr>')
    rows = "".join(body) or f'<tr><td colspan="{len(columns) + 1}" class="muted">none</td></tr>'
    return (f'<table class="rows"><caption><span class="swatch swatch-{table}">{table}</span> '
            f"{len(view.rows[table])}</caption><tr>{head}</tr>{rows}</table>")


def describe_gold(table: str, item: dict) -> str:
    if table in ATTRIBUTE:
        text = item["name"]
        if item.get("aliases"):
            text += f" (also {', '.join(item['aliases'])})"
        attribute = ATTRIBUTE[table]
        if item.get(attribute):
            text += f", {attribute} {accepted_values(item[attribute])}"
        return text
    if table == "dates":
        return f"\u201c{item['text']}\u201d = {item['value']}"
    if table == "events":
        names = accepted_values(item["spacecraft"])
        value = f" = {accepted_values(item['value']) or 'no date'}" if "value" in item else ""
        crew = f" with {describe_crew(item['people'])}" if item.get("people") else ""
        return f"{item['event']} {names}{value}{crew}"
    return f"{item['person']}, {item['age']}"
