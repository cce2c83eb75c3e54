"""Compare the pipeline with a bare baseline: spaCy NER + dateparser, no rules.

    python bench/baseline.py                      # shipped corpus and gold
    python bench/baseline.py --seed               # ../shared/seed/article.txt, published 2021-10-15

The baseline takes PERSON entities as people, PRODUCT/FAC/ORG entities naming
no agency as spacecraft, DATE entities that dateparser can read as dates (value
= the full date it returns), and "N years old" DATE entities as the age of the
PERSON entity just before. Both are scored with the project's scorer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import tempfile
from pathlib import Path

import dateparser
import pandas as pd
import spacy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.io.corpus import Article, iter_corpus  # noqa: E402
from pipeline.extraction.nlp import MODEL  # noqa: E402
from pipeline.run.runner import run_corpus  # noqa: E402
from pipeline.judge.scoring import load_gold, load_predictions, score  # noqa: E402
from pipeline.io.tables import COLUMNS, TABLES  # noqa: E402

SEED = ROOT.parent / "shared" / "seed" / "article.txt"
_AGE = re.compile(r"^(\d{1,3}) years? old$")


def baseline_rows(nlp, article: Article) -> dict[str, list[dict]]:
    doc = nlp(article.body)
    base = dt.datetime.combine(article.published or dt.date.today(), dt.time(12))
    rows = {t: [] for t in TABLES}
    people_seen, craft_seen, last_person = set(), set(), None
    for ent in doc.ents:
        sentence = ent.sent.text.strip()
        if ent.label_ == "PERSON":
            last_person = ent.text
            if ent.text not in people_seen:
                people_seen.add(ent.text)
                rows["people"].append({"article": article.id, "name": ent.text, "role": "", "mentions": 1,
                                       "first_start": ent.start_char, "sentence": sentence})
        elif ent.label_ in {"PRODUCT", "FAC"} and ent.text not in craft_seen:
            craft_seen.add(ent.text)
            rows["spacecraft"].append({"article": article.id, "name": ent.text, "kind": "", "mentions": 1,
                                       "first_start": ent.start_char, "sentence": sentence})
        elif ent.label_ == "DATE":
            age = _AGE.match(ent.text)
            if age and last_person:
                rows["ages"].append({"article": article.id, "person": last_person, "age": int(age.group(1)),
                                     "text": ent.text, "start": ent.start_char, "sentence": sentence})
                continue
            parsed = dateparser.parse(ent.text, settings={"RELATIVE_BASE": base})
            if parsed:
                rows["dates"].append({"article": article.id, "text": ent.text, "value": parsed.date().isoformat(),
                                      "start": ent.start_char, "end": ent.end_char, "sentence": sentence})
    return rows


def score_baseline(corpus: Path, gold_path: Path) -> dict:
    nlp = spacy.load(MODEL)
    rows = {t: [] for t in TABLES}
    for article in iter_corpus(corpus):
        if isinstance(article, Article):
            for table, table_rows in baseline_rows(nlp, article).items():
                rows[table].extend(table_rows)
    frames = {t: pd.DataFrame(rows[t], columns=list(COLUMNS[t])).astype(str) for t in TABLES}
    return score(load_gold(gold_path), frames)


def score_pipeline(corpus: Path, gold_path: Path) -> dict:
    with tempfile.TemporaryDirectory() as out:
        run_corpus(corpus, out, report=lambda message: None)
        return score(load_gold(gold_path), load_predictions(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--gold", type=Path, default=ROOT / "corpus" / "gold.json")
    parser.add_argument("--seed", action="store_true", help="score the seed article with bench/seed_gold.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, gold = args.corpus, args.gold
        if args.seed:
            corpus, gold = Path(tmp), ROOT / "bench" / "seed_gold.json"
            (corpus / "article.txt").write_text(
                "---\npublished: 2021-10-15\n---\n" + SEED.read_text(encoding="utf-8"), encoding="utf-8")
        ours, bare = score_pipeline(corpus, gold), score_baseline(corpus, gold)
    print(f"{'table':<11} {'pipeline F1':>12} {'baseline F1':>12}   attribute (pipeline)")
    for table in (t for t in TABLES if ours[t].scored):
        acc = ours[table].attribute_accuracy
        attr = "" if acc is None else f"{acc:.3f}"
        if table == "events":  # date accuracy, then the crews (a crew error shows nowhere else)
            attr += f"  crew F1 {ours[table].crew.f1:.3f}"
        print(f"{table:<11} {ours[table].f1:>12.3f} {bare[table].f1:>12.3f}   {attr}")


if __name__ == "__main__":
    main()
