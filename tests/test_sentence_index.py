"""The sentence index answers `.sent` as spaCy's own walk over sentence starts does."""

from __future__ import annotations

import pytest

from pipeline.extraction.articles import make_doc
from pipeline.io.corpus import Article, iter_corpus

TEXTS = [
    "Soyuz MS-30 docked at 9:42 a.m. EDT. Its crew of three, led by Lt. Col. Ada Brenner, opened the hatch.\n\n"
    "## Next\n\nThe return is set for 12 April. Nobody else flew.",
    "A heading\n\n- Commander: Ida Vale\n- Pilot: Tom Orr (the rookie). He said: \"We go.\"",
    "One sentence only",
]


def _spacy_sentence(doc, start: int, end: int) -> tuple[int, int]:
    hook = doc.user_span_hooks.pop("sent")
    try:
        sent = doc[start:end].sent
    finally:
        doc.user_span_hooks["sent"] = hook
    return sent.start, sent.end


@pytest.mark.parametrize("text", TEXTS)
def test_every_span_gets_spacys_sentence(nlp, text):
    doc = nlp(text)
    assert "sent" in doc.user_span_hooks and "sent" in doc.user_token_hooks
    assert len(list(doc.sents)) > 1 or text == TEXTS[-1]
    for start in range(len(doc) + 1):
        # empty spans, one-token spans, spans crossing a boundary and spans to the end
        for end in {start, min(start + 1, len(doc)), min(start + 7, len(doc)), len(doc)}:
            if end < start:
                continue
            sent = doc[start:end].sent
            assert (sent.start, sent.end) == _spacy_sentence(doc, start, end), (start, end)
    for token in doc:
        assert (token.sent.start, token.sent.end) == _spacy_sentence(doc, token.i, token.i + 1)


def test_the_corpus_sentences_are_spacys(nlp, repo_root):
    articles = [a for a in iter_corpus(repo_root / "corpus") if isinstance(a, Article)][:10]
    for article in articles:
        doc = nlp(make_doc(nlp, article))
        for token in doc:
            assert (token.sent.start, token.sent.end) == _spacy_sentence(doc, token.i, token.i + 1)


def test_a_doc_of_the_pipeline_pickles_with_its_sentences(nlp):
    """Regression (this round): the index's Spans, and a crew noun's craft cached as a Span, made a Doc
    that names a crew unpicklable; only offsets are kept now."""
    import pickle

    doc = nlp("Soyuz MS-30 docked on 5 March with cosmonaut Ivan Petrov aboard. The Soyuz crew members Ann Reed "
              "and Bo Lind will return on 9 March.")
    assert doc._.events
    copy = pickle.loads(pickle.dumps(doc))
    assert [(s.start, s.end) for s in copy.sents] == [(s.start, s.end) for s in doc.sents]
    assert copy[len(copy) - 2].sent.doc is copy and copy[len(copy) - 2].sent.start == doc[len(doc) - 2].sent.start
