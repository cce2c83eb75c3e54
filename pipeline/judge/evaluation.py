"""The evaluate command's work: score, report, accuracy.csv."""

from __future__ import annotations

from pathlib import Path

from .scoring import TableScore, gold_tables, load_gold, load_predictions, score
from ..io.tables import AtomicCsv, TABLES

ACCURACY_COLUMNS = ("table", "tp", "fp", "fn", "precision", "recall", "f1", "attribute", "attribute_accuracy")
_ATTRIBUTE_NAME = {"people": "role", "spacecraft": "kind", "events": "date"}


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(scores: dict[str, TableScore]) -> str:
    lines = [f"{'table':<11} {'P':>6} {'R':>6} {'F1':>6} {'TP':>5} {'FP':>5} {'FN':>5}  attribute accuracy"]
    total = TableScore()
    for table in TABLES:
        s = scores[table]
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        if not s.scored:
            lines.append(f"{table:<11} {'-':>6} {'-':>6} {'-':>6} {'-':>5} {'-':>5} {'-':>5}  not in the gold file")
            continue
        attr = f"{_ATTRIBUTE_NAME[table]} {_fmt(s.attribute_accuracy)} ({s.attribute_hits}/{s.attribute_total})" \
            if table in _ATTRIBUTE_NAME else ""
        if table == "events":
            crew = s.crew
            attr += f"  crew P {crew.precision:.3f} R {crew.recall:.3f} F1 {crew.f1:.3f}"
        lines.append(f"{table:<11} {s.precision:>6.3f} {s.recall:>6.3f} {s.f1:>6.3f} {s.tp:>5} {s.fp:>5} {s.fn:>5}  {attr}")
    lines.append(f"{'all':<11} {total.precision:>6.3f} {total.recall:>6.3f} {total.f1:>6.3f} "
                 f"{total.tp:>5} {total.fp:>5} {total.fn:>5}")
    return "\n".join(lines)


def _describe(table: str, row: dict) -> str:
    if table in ("people", "spacecraft"):
        attr = _ATTRIBUTE_NAME[table]
        return f"{row.get('name')!r} ({attr}: {row.get(attr, '')!r})"
    if table == "dates":
        where = f" @{row['start']}" if "start" in row else ""
        return f"{row.get('text')!r} = {row.get('value')}{where}"
    if table == "events":
        people = row.get("people", "")
        people = "; ".join(p if isinstance(p, str) else "/".join(p) for p in people) \
            if isinstance(people, list) else people
        return f"{row.get('event')} {row.get('spacecraft')!r} = {row.get('value', '')!r} [{people}]"
    return f"{row.get('person')!r} age {row.get('age')}"


def format_errors(scores: dict[str, TableScore]) -> str:
    lines = []
    for table in TABLES:
        s = scores[table]
        for article, pred in s.false_positives:
            lines.append(f"FP  {table:<10} {article:<28} {_describe(table, pred)}")
        for article, gold in s.false_negatives:
            lines.append(f"FN  {table:<10} {article:<28} {_describe(table, gold)}")
        for article, pred, gold in s.wrong_attributes:
            if table == "events":
                lines.append(f"DATE events    {article:<28} {_describe(table, pred)}, gold value {gold.get('value')!r}")
                continue
            attr = _ATTRIBUTE_NAME[table]
            lines.append(f"ATTR {table:<9} {article:<28} {pred.get('name')!r}: {pred.get(attr)!r}, gold {gold.get(attr)!r}")
        for article, pred, gold in s.wrong_crews:
            lines.append(f"CREW events    {article:<28} {_describe(table, pred)}, gold {_describe(table, gold)}")
    return "\n".join(lines) if lines else "no errors"


def write_accuracy(scores: dict[str, TableScore], path: Path) -> None:
    out = AtomicCsv(path, ACCURACY_COLUMNS)
    try:
        for table in (t for t in TABLES if scores[t].scored):
            s = scores[table]
            out.write([{"table": table, "tp": s.tp, "fp": s.fp, "fn": s.fn,
                        "precision": round(s.precision, 4), "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                        "attribute": _ATTRIBUTE_NAME.get(table, ""),
                        "attribute_accuracy": "" if s.attribute_accuracy is None else round(s.attribute_accuracy, 4)}])
        out.commit()
    except BaseException:
        out.abort()
        raise


def evaluate_outputs(gold_path: Path | str, out_dir: Path | str, show_errors: bool = False,
                     min_f1: float | None = None) -> tuple[str, bool]:
    """Score, write accuracy.csv; return the printed report and whether --min-f1 failed."""
    out_dir = Path(out_dir)
    gold = load_gold(gold_path)
    scores = score(gold, load_predictions(out_dir, gold_tables(gold)))
    write_accuracy(scores, out_dir / "accuracy.csv")
    report = format_table(scores)
    if show_errors:
        report += "\n\n" + format_errors(scores)
    # a table no gold article annotates has no F1 to fall short
    below_min = [t for t in TABLES if min_f1 is not None and scores[t].scored and scores[t].f1 < min_f1]
    failed = bool(below_min)
    if failed:
        below = ", ".join(f"{t} {scores[t].f1:.3f}" for t in below_min)
        report += f"\n\nF1 below {min_f1}: {below}"
    return report, failed
