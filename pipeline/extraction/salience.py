"""Which person or craft an article is about: the one it names most, where one
stands out. Read where the text points at its subject without naming it ("The
pioneer, who turned 86", a fact box's "Landing: 2003-10-16")."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Span


def most_named(spans: list[Span], key: Callable[[Span], str], lead: int = 1) -> Span | None:
    """The first mention of the entity named most often, when it is named more often than the
    next and at least `lead` times as often; None otherwise."""
    counts: dict[str, list[Span]] = {}
    for span in spans:
        counts.setdefault(key(span), []).append(span)
    ranked = sorted(counts.values(), key=len, reverse=True)
    if not ranked:
        return None
    if len(ranked) > 1 and (len(ranked[0]) <= len(ranked[1]) or len(ranked[0]) < lead * len(ranked[1])):
        return None
    return ranked[0][0]
