"""Mentions located in an article's body and highlighted, escaped, as nested marks.

Every mention of mentions.csv becomes exactly one `<mark data-table=...>`, tied
to the row it belongs to; outputs without mentions.csv give each row's first
mention. Everything taken from articles and tables is escaped.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..io.tables import TABLES
from ..normalize import normalize_name
from .checks import ATTRIBUTE, ArticleView, RowCheck

# People and spacecraft rows give only where the first mention starts. When the text there is not
# the row's name (a surname, an alias, "lunar module Eagle"), the mention is read from the token run
# there: letters, digits, spaces, hyphens, apostrophes and periods, up to the first other character.
# Such a run often goes on past the name into the sentence ("Columbia. This year's observance..."),
# so it is cut after its first word equal to the name's last word, else after its first word.
TOKEN_RUN = re.compile(r"(?:[^\W_]|[ \-'\u2019.])*")
RUN_WORD = re.compile(r"\S+")


def esc(value) -> str:
    """Text or attribute value, escaped (quotes too, so it is safe inside attributes)."""
    return html.escape(str(value), quote=True)


@dataclass
class Mention:
    """One CSV row located in its article's body."""

    table: str
    row: int
    start: int
    end: int
    label: str
    check: RowCheck


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
