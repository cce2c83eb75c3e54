"""The Doc attributes the components read and write, registered once.

`doc._.published` (the article's publication date, read by `date_finder`) and
one tuple of records per table (`doc._.people`, `doc._.spacecraft`, ...).
Every component module imports this, so a spaCy pipeline that adds a
component by name through the `spacy_factories` entry point, without ever
importing nlp.py, has them too.
"""

from __future__ import annotations

from spacy.tokens import Doc

TABLES = ("people", "spacecraft", "dates", "ages", "events")


def register_extensions() -> None:
    for attr in ("published", *TABLES):
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None if attr == "published" else ())


register_extensions()
