"""Issue 5: the runner's unit of work (process_shard), --jobs, and the lighter
model set-up (senter instead of the parser, the attribute_ruler as a table)."""

from __future__ import annotations

import pickle
import re
import shutil
from pathlib import Path

import pytest
from spec_contract import OUTPUT_FILES
import spacy
from spacy.language import Language

from pipeline.extraction.annotators import AttributeTable
from pipeline.io.corpus import iter_corpus
from pipeline.errors import ArticleError
from pipeline.extraction.articles import reading_text
from pipeline.extraction.nlp import MODEL
from pipeline.records import Extraction
from pipeline.run.runner import SHARD_ARTICLES, _shards, process_shard, run_corpus



@pytest.fixture(scope="module")
def corpus_texts(repo_root) -> list[str]:
    return [reading_text(a.body) for a in iter_corpus(repo_root / "corpus") if not isinstance(a, ArticleError)]


# ---------------------------------------------------------------- process_shard
@Language.component("test_runner_exploder")
def _exploder(doc):
    if "Tereshkova" in doc.text:
        raise RuntimeError("boom")
    return doc


def test_process_shard_returns_each_article_in_order(repo_root, tmp_path, nlp):
    (tmp_path / "latin1.txt").write_bytes(b"caf\xe9\n")
    (tmp_path / "empty.md").write_text("   \n", encoding="utf-8")
    paths = [repo_root / "corpus" / "vostok-1-gagarin.txt", tmp_path / "latin1.txt",
             repo_root / "corpus" / "apollo-13-no-date.md", tmp_path / "empty.md"]
    results = process_shard(paths, nlp)
    assert [article for article, _ in results] == ["vostok-1-gagarin", "latin1", "apollo-13-no-date", "empty"]
    kinds = [type(result).__name__ for _, result in results]
    assert kinds == ["Extraction", "ArticleError", "Extraction", "ArticleError"]
    assert results[1][1].message.startswith("[E101]") and results[3][1].message.startswith("[E103]")
    assert any(p.name == "Yuri Gagarin" for p in results[0][1].people)
    assert process_shard([], nlp) == []


def test_process_shard_reports_an_article_the_pipeline_fails_on(repo_root, nlp):
    nlp.add_pipe("test_runner_exploder", last=True)
    try:
        results = process_shard([repo_root / "corpus" / name for name in
                                 ("vostok-1-gagarin.txt", "vostok-6-tereshkova.md", "apollo-13-no-date.md")], nlp)
    finally:
        nlp.remove_pipe("test_runner_exploder")
    error = results[1][1]
    assert isinstance(error, ArticleError) and error.article == "vostok-6-tereshkova"
    assert error.message.startswith("[E108]") and "RuntimeError: boom" in error.message
    assert isinstance(results[0][1], Extraction) and isinstance(results[2][1], Extraction)


def test_shard_results_survive_pickling(repo_root, tmp_path, nlp):
    # Worker processes (and any cluster running process_shard) send results back pickled.
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary")
    results = process_shard([repo_root / "corpus" / "vostok-1-gagarin.txt", tmp_path / "bad.txt"], nlp)
    copy = pickle.loads(pickle.dumps(results))
    assert copy[0] == results[0]
    error = copy[1][1]
    assert (error.article, error.path, error.message) == ("bad", results[1][1].path, results[1][1].message)


@pytest.mark.parametrize("articles, jobs, sizes", [
    (0, 1, []),
    (5, 1, [5]),
    (10, 2, [5, 5]),
    (11, 2, [6, 5]),
    (3, 4, [1, 1, 1]),
    (SHARD_ARTICLES * 3 + 1, 2, [SHARD_ARTICLES] * 3 + [1]),
])
def test_shards_split_in_order(articles, jobs, sizes):
    paths = [Path(f"a{i:03d}.txt") for i in range(articles)]
    shards = _shards(paths, jobs)
    assert [len(s) for s in shards] == sizes
    assert [p for s in shards for p in s] == paths


# ---------------------------------------------------------------- --jobs
def test_jobs_write_the_same_tables_as_one_process(repo_root, tmp_path, nlp):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("vostok-1-gagarin.txt", "apollo-13-no-date.md", "soyuz-ms-20-tourists.md", "mir-long-duration.md"):
        shutil.copy(repo_root / "corpus" / name, corpus)
    (corpus / "broken.txt").write_bytes(b"caf\xe9\n")
    one = run_corpus(corpus, tmp_path / "one", nlp=nlp, use_cache=False, report=lambda m: None)
    two = run_corpus(corpus, tmp_path / "two", jobs=2, report=lambda m: None)  # spawns two workers
    assert (two.articles, [e.article for e in two.failed], two.rows) == \
        (one.articles, [e.article for e in one.failed], one.rows)
    for name in OUTPUT_FILES:
        assert (tmp_path / "two" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name


def test_jobs_need_their_own_nlp(tmp_path, nlp):
    with pytest.raises(ValueError, match="jobs=1"):
        run_corpus(tmp_path, tmp_path / "out", nlp=nlp, jobs=2)
    with pytest.raises(ValueError, match="at least 1"):
        run_corpus(tmp_path, tmp_path / "out", jobs=0)


# ---------------------------------------------------------------- the model set-up
def test_pipeline_runs_the_senter_not_the_parser(nlp):
    assert "parser" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names
    assert "senter" in nlp.pipe_names and "attribute_table" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names


def test_no_extractor_reads_what_the_parser_or_lemmatizer_would_give(repo_root):
    # The pipeline has no parser and no lemmatizer: dependency labels, heads,
    # noun chunks, lemmas and morphology are empty. Reading them would silently
    # change the extraction, so this fails instead (put the parser back in
    # nlp.py, and measure with `python -m pipeline bench`, if a rule needs one).
    needs_parser = re.compile(r"\.(dep_?|head|children|subtree|lefts|rights|n_lefts|n_rights|ancestors|"
                              r"conjuncts|noun_chunks|lemma_?|morph)\b")
    found = [f"{path.name}:{n}: {line.strip()}"
             for path in sorted((repo_root / "pipeline").glob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if needs_parser.search(line.split("#")[0])]
    assert not found, found


def test_a_sentence_never_spans_a_blank_line_or_list_items(nlp, corpus_texts):
    doc = nlp("THE MISSION\n\nApollo 11 lifted off at 9:32 a.m. on July 16, 1969.\n \nCollins, 38, stayed in orbit.")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "THE MISSION", "Apollo 11 lifted off at 9:32 a.m. on July 16, 1969.", "Collins, 38, stayed in orbit."]
    doc = nlp("The crew is:\n- Commander: Reid Wiseman\n- Pilot: Victor Glover\n\nThe flight lasts ten\ndays.")
    assert [s.text.strip() for s in doc.sents if s.text.strip()] == [
        "The crew is:", "- Commander: Reid Wiseman", "- Pilot: Victor Glover",
        "The flight lasts ten\ndays."], "a line break alone is no boundary"
    doc = nlp("The mission specialists are\n1. Christina Koch\n2) Jeremy Hansen")
    assert [t.is_sent_start for t in doc if t.text in ("1", "2")] == [True, True]
    for doc in nlp.pipe(corpus_texts[:8]):
        for sentence in doc.sents:
            assert not re.search(r"\S\s*\n[^\S\n]*\n\s*\S", sentence.text), sentence.text


@pytest.mark.parametrize(
    "text, sentences",
    [
        # regression: the senter ended sentences at "a.m." before a time zone and at a title before a name
        ("Atlantis lifted off at 11:29 a.m. EDT on Friday, July 8, before a crowd.",
         ["Atlantis lifted off at 11:29 a.m. EDT on Friday, July 8, before a crowd."]),
        ("The 38-year-old Lt. Col. Yang Liwei flew. Then Sen. John Glenn spoke.",
         ["The 38-year-old Lt. Col. Yang Liwei flew.", "Then Sen. John Glenn spoke."]),
        # a time of day may still end a sentence
        ("It flew at 9 a.m. The crew slept.", ["It flew at 9 a.m.", "The crew slept."]),
        # regression: no sentence starts inside a short parenthesis
        ("It docked at 8:54 a.m. Beijing time (0054 GMT), the agency said on Tuesday. All went well.",
         ["It docked at 8:54 a.m. Beijing time (0054 GMT), the agency said on Tuesday.", "All went well."]),
    ],
)
def test_no_sentence_end_inside_a_title_or_a_time(nlp, text, sentences):
    assert [s.text for s in nlp(text).sents] == sentences


def test_attribute_table_gives_the_model_rulers_tags_and_pos(corpus_texts):
    # On every token of the corpus, the table sets TAG and POS exactly as the
    # model's own attribute_ruler does in a pipeline without a parser.
    model = spacy.load(MODEL, exclude=["parser", "lemmatizer", "ner"])
    ruler = model.get_pipe("attribute_ruler")
    table = AttributeTable(ruler.patterns)
    tagged = list(model.pipe(corpus_texts, disable=["attribute_ruler"]))
    differences = total = 0
    for doc in tagged:
        by_ruler = ruler(doc.copy())
        by_table = table(doc.copy())
        for a, b in zip(by_ruler, by_table):
            total += 1
            differences += (a.tag_, a.pos_) != (b.tag_, b.pos_)
    assert total > 10_000 and differences == 0
    assert {t.pos_ for t in by_table} >= {"PROPN", "VERB", "AUX", "NOUN", "SPACE"}


@pytest.mark.parametrize("pattern", [
    {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"POS": "VERB"}, "index": 0},
    {"patterns": [[{"LOWER": {"REGEX": "^x"}}]], "attrs": {"POS": "X"}, "index": 0},
    {"patterns": [[{"SHAPE": "Xxxx"}]], "attrs": {"TAG": "NNP"}, "index": 0},
])
def test_attribute_table_refuses_rules_it_cannot_express(pattern):
    with pytest.raises(ValueError, match="attribute rule"):
        AttributeTable([pattern])


def test_attribute_table_skips_rules_that_set_nothing_it_keeps_or_never_fire():
    table = AttributeTable([
        {"patterns": [[{"LOWER": "gon"}, {"LOWER": "na"}]], "attrs": {"LEMMA": "go"}, "index": 0},
        {"patterns": [[{"DEP": "expl"}, {"LOWER": "is"}]], "attrs": {"POS": "VERB"}, "index": 1},
        {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Sing"}, "index": 0},
        {"patterns": [[{"TAG": "NN", "LOWER": {"IN": ["nobody"]}}]], "attrs": {"POS": "PRON"}, "index": 0},
    ])
    assert len(table.rules) == 2
    assert table.changes("NN", "rocket", False) == (("pos_", "NOUN"),)
    assert table.changes("NN", "nobody", False) == (("pos_", "PRON"),), "a later rule overrides"
    assert table.changes("VBZ", "is", False) == ()
