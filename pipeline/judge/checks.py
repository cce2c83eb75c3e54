"""What the gold file says of each row of an article, for the review page.

Each article is scored on its own with scoring.score, so the page agrees with
`evaluate`: every row is matched, spurious or has a wrong attribute (role,
kind, an event's date or crew), and the gold items nobody found are listed.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..io.corpus import Article
from ..io.tables import TABLES
from .scoring import TableScore, score

ATTRIBUTE = {"people": "role", "spacecraft": "kind"}


@dataclass
class RowCheck:
    """What the gold file says about one CSV row."""

    status: str = "unscored"  # unscored | match | spurious | wrong-attribute
    note: str = ""


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
