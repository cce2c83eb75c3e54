"""Spaceflight article extraction: people, spacecraft, dates and ages as checked tables."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "read_tables", "__version__"]


def extract(text, published=None, nlp=None):
    """The four kinds of records (an Extraction) for one article body.

    `published` is the article's publication date (date or 'YYYY-MM-DD'), the
    reference for year-less and relative dates.
    """
    from .extraction.articles import extract as _extract

    return _extract(text, published, nlp)


def read_tables(out_dir):
    """The tables a run wrote into `out_dir` as typed pandas DataFrames, by table name.

    Offsets, counts and ages are integers ("Int64"); everything else is text
    ("string") as written: article id "007" stays "007", an empty cell is "".
    See pipeline/io/frames.py.
    """
    from .io.frames import read_tables as _read_tables

    return _read_tables(out_dir)
