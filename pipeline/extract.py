"""Article -> Doc -> records: the library entry points."""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .corpus import Article
from .markup import mask_markup
from .records import Extraction


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(mask_markup(article.body))
    doc._.published = article.published
    return doc


def extraction_from_doc(doc: Doc) -> Extraction:
    return Extraction(people=doc._.people, spacecraft=doc._.spacecraft,
                      dates=doc._.dates, ages=doc._.ages)


def extract(text: str, published: dt.date | str | None = None, nlp: Language | None = None) -> Extraction:
    """The four kinds of records for one article body."""
    from .nlp import shared_nlp

    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    nlp = nlp or shared_nlp()
    return extraction_from_doc(nlp(make_doc(nlp, Article(id="<text>", body=text, published=published))))


def extract_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 16
                     ) -> Iterator[tuple[Article, Extraction]]:
    """Extractions in article order, streamed through `nlp.pipe`."""
    articles = iter(articles)
    pending: list[Article] = []

    def docs():
        for article in articles:
            pending.append(article)
            yield make_doc(nlp, article)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield pending.pop(0), extraction_from_doc(doc)
