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
    sentences = list(doc.sents)
    of_token = [0] * len(doc)
    for number, sentence in enumerate(sentences):
        of_token[sentence.start:sentence.end] = [number] * len(sentence)
    last = len(doc) - 1

    def span_sentence(span: Span) -> Span:
        # (spaCy gives the first sentence of a span that crosses a boundary, and an empty
        # span at the Doc's end the last sentence)
        return sentences[of_token[min(span.start, last)]]

    def token_sentence(token: Token) -> Span:
        return sentences[of_token[token.i]]

    doc.user_span_hooks["sent"] = span_sentence
    doc.user_token_hooks["sent"] = token_sentence
