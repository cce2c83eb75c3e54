"""Scoring output tables against a gold file (SPEC §4-5)."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..errors import Errors, UserError
from ..normalize import normalize_name
from ..io.frames import read_text_table
from ..io.tables import COLUMNS, TABLES

_REQUIRED_FIELDS = {"people": ("name",), "spacecraft": ("name",), "dates": ("text", "value"),
                    "ages": ("person", "age"), "events": ("event", "spacecraft")}
_ATTRIBUTE = {"people": "role", "spacecraft": "kind", "events": "value"}
EVENTS = ("launch", "docking", "undocking", "landing")


@dataclass
class TableScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    scored: bool = False  # some gold article has this table
    attribute_hits: int = 0
    attribute_total: int = 0
    crew_tp: int = 0  # events: people aboard, pooled over matched events (SPEC §6)
    crew_fp: int = 0
    crew_fn: int = 0
    false_positives: list[tuple[str, dict]] = field(default_factory=list)
    false_negatives: list[tuple[str, dict]] = field(default_factory=list)
    wrong_attributes: list[tuple[str, dict, dict]] = field(default_factory=list)
    wrong_crews: list[tuple[str, dict, dict]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def attribute_accuracy(self) -> float | None:
        return self.attribute_hits / self.attribute_total if self.attribute_total else None

    @property
    def crew(self) -> TableScore:
        """The crew counts as a score of their own (precision, recall, F1)."""
        return TableScore(tp=self.crew_tp, fp=self.crew_fp, fn=self.crew_fn)

    def as_dict(self, table: str) -> dict:
        result = {"tp": self.tp, "fp": self.fp, "fn": self.fn, "p": round(self.precision, 4),
                  "r": round(self.recall, 4), "f1": round(self.f1, 4)}
        if table == "events":
            acc, crew = self.attribute_accuracy, self.crew
            result.update({"date_accuracy": None if acc is None else round(acc, 4),
                           "crew_p": round(crew.precision, 4), "crew_r": round(crew.recall, 4),
                           "crew_f1": round(crew.f1, 4)})
        elif table in _ATTRIBUTE:
            acc = self.attribute_accuracy
            result["attribute_accuracy"] = None if acc is None else round(acc, 4)
        return result


# ------------------------------------------------------------------ gold
_ALLOWED_FIELDS = {"people": {"name", "aliases", "role"}, "spacecraft": {"name", "aliases", "kind"},
                   "dates": {"text", "value"}, "ages": {"person", "age", "aliases"},
                   "events": {"event", "spacecraft", "value", "people"}}
_COMMON_FIELDS = {"optional", "note", "comment"}
KINDS = ("crew vehicle", "cargo vehicle", "space station", "launch vehicle", "spaceplane",
         "space probe", "satellite", "lander", "rover")
DATE_VALUE = re.compile(r"(\d{4}|XXXX)(-\d{2}(-\d{2})?)?|\d{3}")


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _object_without_duplicates(pairs: list[tuple[str, object]]) -> dict:
    result = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def load_gold(path: Path | str, known_articles: set[str] | None = None) -> dict:
    """Read and validate a gold file; user errors name the article and the item."""
    path = Path(path)
    if not path.is_file():
        raise UserError(Errors.E005.format(path=path))
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise UserError(Errors.E011.format(path=path, reason=exc.strerror or exc)) from None
    except UnicodeDecodeError as exc:
        raise UserError(Errors.E006.format(path=path, reason=f"not UTF-8 (invalid byte at offset {exc.start})",
                                           line=1 + exc.object.count(b"\n", 0, exc.start),
                                           col=exc.start - exc.object.rfind(b"\n", 0, exc.start))) from None
    try:
        gold = json.loads(text, object_pairs_hook=_object_without_duplicates)
    except json.JSONDecodeError as exc:
        raise UserError(Errors.E006.format(path=path, reason=exc.msg, line=exc.lineno, col=exc.colno)) from None
    except _DuplicateKey as exc:
        raise UserError(Errors.E007.format(path=path, where=f"key {exc.key!r}",
                                           problem="appears twice in the same object")) from None
    except RecursionError:
        raise UserError(Errors.E006.format(path=path, reason="nested too deeply", line="?", col="?")) from None
    validate_gold(gold, path, known_articles)
    return gold


def _short(item) -> str:
    text = json.dumps(item, ensure_ascii=False)
    return text if len(text) <= 80 else text[:77] + "..."


def validate_gold(gold, path, known_articles: set[str] | None = None) -> None:
    def fail(where: str, problem: str):
        raise UserError(Errors.E007.format(path=path, where=where, problem=problem))

    if not isinstance(gold, dict):
        fail("top level", f"must be an object mapping article ids to tables, not {type(gold).__name__}")
    for article, tables in gold.items():
        if known_articles is not None and article not in known_articles:
            close = difflib.get_close_matches(article, sorted(known_articles), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            fail(f"article {article!r}", f"is not in the corpus{hint}")
        if not isinstance(tables, dict):
            fail(f"article {article!r}", "must be an object of tables")
        for table, items in tables.items():
            if table not in TABLES:
                fail(f"article {article!r}", f"unknown table {table!r} (expected one of {', '.join(TABLES)})")
            if not isinstance(items, list):
                fail(f"article {article!r}, table {table!r}", "must be a list of items")
            for index, item in enumerate(items):
                where = f"article {article!r}, {table}[{index}] {_short(item)}"
                if not isinstance(item, dict):
                    fail(where, "must be an object")
                for key in _REQUIRED_FIELDS[table]:
                    if key not in item:
                        fail(where, f"missing {key!r}")
                unknown = sorted(set(item) - _ALLOWED_FIELDS[table] - _COMMON_FIELDS)
                if unknown:
                    allowed = ", ".join(sorted(_ALLOWED_FIELDS[table] | {"optional"}))
                    fail(where, f"unknown field {unknown[0]!r} (a {table} item has {allowed})")
                if table == "ages":
                    if not isinstance(item["age"], int) or isinstance(item["age"], bool):
                        fail(where, f"'age' must be an integer, got {item['age']!r}")
                    if item["age"] < 0:
                        fail(where, f"'age' must not be negative, got {item['age']!r}")
                if table == "events":
                    _validate_event(item, lambda problem: fail(where, problem))
                    continue
                for key in ("name", "text", "value", "person"):
                    if key in item and not isinstance(item[key], str):
                        fail(where, f"{key!r} must be a string, got {item[key]!r}")
                    if key in item and not normalize_name(item[key]):
                        fail(where, f"{key!r} must contain letters or digits, got {item[key]!r}")
                if table == "dates" and not DATE_VALUE.fullmatch(item["value"]):
                    fail(where, f"'value' {item['value']!r} is not a SPEC date value "
                                "(YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM-DD or a decade YYY)")
                if "aliases" in item and not (isinstance(item["aliases"], list)
                                              and all(isinstance(a, str) for a in item["aliases"])):
                    fail(where, "'aliases' must be a list of strings")
                for key in ("role", "kind"):
                    if key in item and not (isinstance(item[key], str) or (
                            isinstance(item[key], list) and all(isinstance(v, str) for v in item[key]))):
                        fail(where, f"{key!r} must be a string or a list of strings")
                if "kind" in item:
                    kinds = item["kind"] if isinstance(item["kind"], list) else [item["kind"]]
                    for kind in kinds:
                        if kind and normalize_name(kind) not in {normalize_name(k) for k in KINDS}:
                            fail(where, f"unknown kind {kind!r} (expected one of {', '.join(KINDS)})")
                if "optional" in item and not isinstance(item["optional"], bool):
                    fail(where, "'optional' must be true or false")


def _strings(value) -> bool:
    return isinstance(value, str) or (isinstance(value, list) and bool(value)
                                      and all(isinstance(v, str) for v in value))


def _validate_event(item: dict, fail) -> None:
    if item["event"] not in EVENTS:
        fail(f"'event' must be one of {', '.join(EVENTS)}, got {item['event']!r}")
    if not _strings(item["spacecraft"]) or not all(normalize_name(n) for n in _as_list(item["spacecraft"])):
        fail("'spacecraft' must be a name or a list of names")
    if "value" in item:
        if not _strings(item["value"]):
            fail("'value' must be a date value, \"\" or a list of them")
        for value in _as_list(item["value"]):
            if value.strip() and not DATE_VALUE.fullmatch(value.strip()):
                fail(f"'value' {value!r} is not a SPEC date value (YYYY, YYYY-MM, YYYY-MM-DD, XXXX-MM-DD, YYY or \"\")")
    if "people" in item:
        if not isinstance(item["people"], list) or not all(_strings(p) for p in item["people"]):
            fail("'people' must be a list of names (each a name or a list of spellings)")
    if "optional" in item and not isinstance(item["optional"], bool):
        fail("'optional' must be true or false")


def _as_list(value) -> list:
    return value if isinstance(value, list) else [value]


# ----------------------------------------------------------- predictions
def load_predictions(out_dir: Path | str, required: tuple[str, ...] = TABLES) -> dict[str, pd.DataFrame]:
    """The output tables; a table not in `required` may be missing (read as empty)."""
    out_dir = Path(out_dir)
    frames = {}
    for table in TABLES:
        path = out_dir / f"{table}.csv"
        if not path.is_file() and table not in required:
            frames[table] = pd.DataFrame(columns=list(COLUMNS[table]), dtype=str)
            continue
        if not path.is_file():
            raise UserError(Errors.E008.format(path=path))
        frame = read_text_table(path)
        missing = [c for c in COLUMNS[table] if c not in frame.columns]
        if missing:
            raise UserError(Errors.E009.format(path=path, columns=", ".join(missing)))
        frames[table] = frame
    return frames


# --------------------------------------------------------------- matching
def _names(item: dict, key: str = "name") -> set[str]:
    return {normalize_name(n) for n in [item[key], *item.get("aliases", [])]}


def _matches(table: str, pred: dict, gold: dict, person_aliases: dict[str, set[str]]) -> bool:
    if table == "events":
        return pred["event"] == gold["event"] and \
            normalize_name(pred["spacecraft"]) in {normalize_name(n) for n in _as_list(gold["spacecraft"])}
    if table in ("people", "spacecraft"):
        return normalize_name(pred["name"]) in _names(gold)
    if table == "dates":
        if pred["value"] != gold["value"]:
            return False
        a, b = normalize_name(pred["text"]), normalize_name(gold["text"])
        return a in b or b in a
    if table == "ages":
        names = _names(gold, "person") | person_aliases.get(normalize_name(gold["person"]), set())
        try:
            age = int(pred["age"])
        except (TypeError, ValueError):
            return False
        return normalize_name(pred["person"]) in names and age == gold["age"]
    raise ValueError(table)


def _attribute_ok(pred_value: str, gold_value) -> bool:
    accepted = gold_value if isinstance(gold_value, list) else [gold_value]
    return normalize_name(pred_value) in {normalize_name(v) for v in accepted}


def score_article(table: str, preds: list[dict], gold_items: list[dict], score: TableScore,
                  article: str, person_aliases: dict[str, set[str]]) -> None:
    matched = [False] * len(gold_items)
    required = [i for i, g in enumerate(gold_items) if not g.get("optional")]
    optional = [i for i, g in enumerate(gold_items) if g.get("optional")]
    for pred in preds:
        hit = next((i for i in required if not matched[i] and _matches(table, pred, gold_items[i], person_aliases)), None)
        if hit is None:
            hit = next((i for i in optional if not matched[i] and _matches(table, pred, gold_items[i], person_aliases)), None)
            if hit is None:
                score.fp += 1
                score.false_positives.append((article, pred))
            else:
                matched[hit] = True
            continue
        matched[hit] = True
        score.tp += 1
        attribute = _ATTRIBUTE.get(table)
        gold = gold_items[hit]
        if table == "events":
            _score_event(pred, gold, score, article)
            continue
        if attribute and gold.get(attribute) not in (None, "", []):
            score.attribute_total += 1
            if _attribute_ok(pred.get(attribute, ""), gold[attribute]):
                score.attribute_hits += 1
            else:
                score.wrong_attributes.append((article, pred, gold))
    for i in required:
        if not matched[i]:
            score.fn += 1
            score.false_negatives.append((article, gold_items[i]))


def _score_event(pred: dict, gold: dict, score: TableScore, article: str) -> None:
    """Date accuracy and crew counts of a prediction matched to a required gold event."""
    if "value" in gold:
        score.attribute_total += 1
        if str(pred.get("value", "")).strip() in {v.strip() for v in _as_list(gold["value"])}:
            score.attribute_hits += 1
        else:
            score.wrong_attributes.append((article, pred, gold))
    if "people" in gold:
        entries = [{normalize_name(n) for n in _as_list(entry)} for entry in gold["people"]]
        taken = [False] * len(entries)
        names = [n.strip() for n in str(pred.get("people", "")).split(";") if n.strip()]
        for name in names:
            key = normalize_name(name)
            hit = next((i for i, e in enumerate(entries) if not taken[i] and key in e), None)
            if hit is None:
                score.crew_fp += 1
            else:
                taken[hit] = True
                score.crew_tp += 1
        score.crew_fn += taken.count(False)
        if taken.count(False) or len(names) > taken.count(True):
            score.wrong_crews.append((article, pred, gold))


def gold_tables(gold: dict) -> tuple[str, ...]:
    """The tables some gold article annotates, in table order."""
    present = {table for tables in gold.values() for table in tables}
    return tuple(t for t in TABLES if t in present)


def score(gold: dict, predictions: dict[str, pd.DataFrame]) -> dict[str, TableScore]:
    """Micro-averaged scores per table over the articles present in the gold file."""
    by_article = {t: {a: g.to_dict("records") for a, g in frame.groupby("article", sort=False)}
                  for t, frame in predictions.items()}
    scores = {t: TableScore() for t in TABLES}
    for article, tables in gold.items():
        person_aliases = {normalize_name(p["name"]): _names(p) for p in tables.get("people", [])}
        for table, gold_items in tables.items():
            preds = by_article[table].get(article, [])
            scores[table].scored = True
            score_article(table, preds, gold_items, scores[table], article, person_aliases)
    return scores


def per_article_f1(gold: dict, predictions: dict[str, pd.DataFrame]) -> dict[str, dict[str, float]]:
    """F1 per article and table, for review."""
    result = {}
    for article in gold:
        scores = score({article: gold[article]}, predictions)
        result[article] = {t: s.f1 for t, s in scores.items() if t in gold[article]}
    return result
