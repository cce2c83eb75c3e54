"""The Doc attributes the components read and write, registered once.

`doc._.published` (the article's publication date, read by `date_finder`),
`doc._.title` (its title, where the front matter gives one: a full date there dates an undated article),
one tuple of records per table (`doc._.people`, `doc._.spacecraft`, ...) and
`doc._.craft_names` (a craft's canonical name -> the name its rows carry, where
the two differ) and `doc._.told_on` (the day the article tells from: its own date line's, else
its publication date; written by `date_finder`).
Every component module imports this, so a spaCy pipeline that adds a
component by name through the `spacy_factories` entry point, without ever
importing nlp.py, has them too.
"""

from __future__ import annotations

from spacy.tokens import Doc

TABLES = ("people", "spacecraft", "dates", "ages", "events")


def register_extensions() -> None:
    for attr in ("published", "title", "craft_names", "told_on", *TABLES):
        if not Doc.has_extension(attr):
            Doc.set_extension(attr, default=None if attr in ("published", "title", "craft_names", "told_on") else ())


register_extensions()
