"""The name a craft's rows carry: its canonical name, or the article's own spelling where the article
never writes the canonical one ("Kounotori 8" stays "Kounotori 8", not "HTV-8").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ...normalize import normalize_name

_GENERIC_WORDS = {"rocket", "rockets", "spacecraft", "capsule", "launcher"}
# a name's word run into its number, as careless copy writes it: "Kounotori2" is "Kounotori 2" (not "HTV2")
_GLUED_NUMBER = re.compile(r"^([A-Z][a-z]{3,})(\d{1,2})$")


def table_name(doc: Doc, canonical: str) -> str:
    """The name a craft's rows carry: its canonical name (the spans' kb_id, which the
    components compare), or the article's own spelling where `names_as_written` chose it."""
    return (doc._.craft_names or {}).get(canonical, canonical)


def names_as_written(spans: list[Span], written: set[str]) -> dict[str, str]:
    """A craft of `written` that the article never calls by its canonical name is named by
    the article's first spelling: "Kounotori 8" stays "Kounotori 8", not "HTV-8"; a numbered
    flight is, even where the canonical spelling follows ("Kounotori 5 ... (HTV 5)")."""
    renamed = {}
    for name in sorted(written):
        forms = [_without_generic_word(s.text) for s in spans if s.kb_id_ == name]
        numbered = any(c.isdigit() for c in name)
        # (nor a name the first spelling holds whole: "The ATV Albert Einstein" is "Albert Einstein")
        whole = f" {normalize_name(name)} " in f" {normalize_name(forms[0])} " if forms else False
        written_forms = {normalize_name(f) for f in forms}
        # (but "HTV4 ... (HTV-4)": the first spelling, only run together, gives way to the canonical one
        # the article goes on to write)
        squeezed = normalize_name(name) in written_forms and _squeezed(forms[0]) == _squeezed(name) if forms else False
        if forms and normalize_name(name) != normalize_name(forms[0]) and not squeezed and \
                (numbered or (normalize_name(name) not in written_forms and not whole)):
            renamed[name] = _GLUED_NUMBER.sub(r"\1 \2", forms[0])
    return renamed


def _squeezed(name: str) -> str:
    return re.sub(r"[\s\-‐–]", "", name).lower()


def _without_generic_word(text: str) -> str:
    """"H-2B rocket" is named "H-2B": an alias's trailing generic word is no part of the name."""
    words = text.split()
    return " ".join(words[:-1] if len(words) > 1 and words[-1].lower() in _GENERIC_WORDS else words)
