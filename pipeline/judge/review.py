"""The review page: one self-contained HTML file to check the extraction at a glance.

The page is built only from the CSV tables in the output directory and the
article bodies, never by re-running extraction, so it shows exactly what was
written: every mention highlighted in its article's text (highlight.py), each
row checked against the gold file (checks.py), each article's events as a
timeline.

Articles are untrusted input: everything taken from articles, tables and gold
is escaped, and the page also carries a Content-Security-Policy that forbids
scripts and network loads, so a missed escape still could not run anything or
phone home. The filters are plain CSS (checkboxes and `:has()`), no JavaScript.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd

from ..errors import ArticleError
from ..io.corpus import Article, iter_corpus
from ..io.frames import read_text_table
from ..io.tables import COLUMNS, TABLES
from .checks import ATTRIBUTE, ArticleView, accepted_values, article_views, describe_crew
from .highlight import article_mentions, as_offset, esc, highlight, mark_id
from .scoring import gold_tables, load_gold, load_predictions, per_article_f1, score

PAGE_TITLE = "Extraction review"
TABLE_COLOURS = {"people": "#ffd166", "spacecraft": "#8ecae6", "dates": "#95d5b2", "ages": "#d7b5f5",
                 "events": "#f4a3a3"}
# `article` is the section the table stands in and `sentence` is the highlighted text above it.
SHOWN_COLUMNS = {t: tuple(c for c in COLUMNS[t] if c not in ("article", "sentence")) for t in TABLES}
MATCHED = "\u2713"


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
    frame = read_text_table(path)
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
