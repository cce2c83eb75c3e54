"""Each token's sentence, worked out once per Doc.

spaCy's `Span.sent` and `Token.sent` walk the tokens back to the sentence's
start and on to its end on every call, and the rules ask for a sentence a few
thousand times per article (about 143,000 times in one pass over the 49
corpus articles). The `sentence_index` component, placed after the last one
that sets sentence starts, lists the sentences once and answers `.sent` from
that list through spaCy's user hooks, with the same spans spaCy would give.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token


@Language.component("sentence_index")
def sentence_index(doc: Doc) -> Doc:
    index_sentences(doc)
    return doc


def index_sentences(doc: Doc) -> None:
    """Answer `span.sent` and `token.sent` from one pass over the sentences; the sentence
    starts must not change afterwards."""
    if not len(doc):
        return
    sentences = Sentences(doc)
    doc.user_span_hooks["sent"] = sentences.of_span
    doc.user_token_hooks["sent"] = sentences.of_token


class Sentences:
    """A Doc's sentences as offsets, each Span made once. Only the offsets are pickled, so a Doc
    with these hooks still pickles (a Span cannot be)."""

    def __init__(self, doc: Doc):
        self.bounds = [(sentence.start, sentence.end) for sentence in doc.sents]
        self.numbers = [0] * len(doc)
        for number, (start, end) in enumerate(self.bounds):
            self.numbers[start:end] = [number] * (end - start)
        self._spans: list[Span | None] = [None] * len(self.bounds)

    def __getstate__(self) -> dict:
        return {"bounds": self.bounds, "numbers": self.numbers}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._spans = [None] * len(self.bounds)

    def of_span(self, span: Span) -> Span:
        # (spaCy gives the first sentence of a span that crosses a boundary, and an empty
        # span at the Doc's end the last sentence)
        number = self.numbers[min(span.start, len(self.numbers) - 1)]
        return self._spans[number] or self._make(span.doc, number)

    def of_token(self, token: Token) -> Span:
        number = self.numbers[token.i]
        return self._spans[number] or self._make(token.doc, number)

    def _make(self, doc: Doc, number: int) -> Span:
        start, end = self.bounds[number]
        span = self._spans[number] = doc[start:end]
        return span
