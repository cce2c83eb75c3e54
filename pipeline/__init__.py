"""Spaceflight article extraction: people, spacecraft, dates and ages as checked tables."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "__version__"]


def extract(text, published=None, nlp=None):
    """The four kinds of records (an Extraction) for one article body.

    `published` is the article's publication date (date or 'YYYY-MM-DD'), the
    reference for year-less and relative dates.
    """
    from .extraction.articles import extract as _extract

    return _extract(text, published, nlp)
