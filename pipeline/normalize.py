"""Text normalisation shared by extraction and scoring (SPEC §5)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_NON_ALNUM = re.compile(r"[\W_]+")
_WHITESPACE = re.compile(r"\s+")


@lru_cache(maxsize=65536)  # the same craft and person names are normalised over and over
def normalize_name(text: str) -> str:
    """NFKD without accents, case folded, non-alphanumeric runs to one space, trimmed."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    folded = stripped.casefold()
    return _NON_ALNUM.sub(" ", folded).strip()


def sentence_text(span) -> str:
    """The sentence a span stands in, on one line for review (kept per Doc: every row and
    mention of a sentence asks for it)."""
    sent = span.sent
    texts = span.doc.user_data.setdefault("sentence_texts", {})
    text = texts.get((sent.start, sent.end))
    if text is None:
        text = texts[(sent.start, sent.end)] = _WHITESPACE.sub(" ", sent.text).strip()
    return text


def doc_text(doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins the tokens on every access."""
    text = doc.user_data.get("doc_text")
    if text is None:
        text = doc.user_data["doc_text"] = doc.text
    return text
