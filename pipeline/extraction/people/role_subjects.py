"""Roles a sentence's subject gives the names its copula equates with it, however long the subject:
"Her crewmates on the mission in 1971 were A and B", "The three astronauts who went to the Moon
before him were A and B" (`role_copulas` reads the short ones: "The commander this time is A").
Only names with no role of their own take it, and the subject must agree with the copula in number.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .roles import RoleIndex

_PLURAL_COPULAS, _SINGULAR_COPULAS = {"were", "are"}, {"was", "is"}
# words that may open a subject before its noun: "The three", "Her", "Gagarin's", "the first Soviet"
_OPENING_TAGS = {"DT", "CD", "JJ", "JJS", "JJR", "PRP$", "POS", "NNP", "NNPS", "HYPH"}
_OPENING_REACH = 6  # tokens from the sentence start to the subject's noun
_SUBJECT_REACH = 20  # tokens from the subject's noun to the copula
_CLAUSE_BREAKS = {";", ":", "—", "–", "--"}


def subject_roles(groups: list[list], doc: Doc, roles_at: RoleIndex) -> None:
    for names in groups:
        copula = names[0].start - 1
        if copula < 2 or any(m.role for m in names):
            continue
        plural = doc[copula].lower_ in _PLURAL_COPULAS
        if not plural and (doc[copula].lower_ not in _SINGULAR_COPULAS or len(names) > 1):
            continue
        noun = _subject_noun(doc, copula, roles_at)
        if noun is not None and (doc[noun].tag_ == "NNS") == plural:
            for mention in names:
                mention.role = roles_at[noun][1]


def _subject_noun(doc: Doc, copula: int, roles_at: RoleIndex) -> int | None:
    """The role noun heading the subject that opens the copula's sentence, else None."""
    start = doc[copula].sent.start
    for k in range(start, min(start + _OPENING_REACH, copula)):
        if k in roles_at and doc[k + 1].tag_ not in {"NN", "NNS"}:
            between = doc[k + 1:copula]
            if copula - k > _SUBJECT_REACH or any(t.text in _CLAUSE_BREAKS or t.lower_ in _PLURAL_COPULAS |
                                                  _SINGULAR_COPULAS for t in between):
                return None
            return k
        if doc[k].tag_ not in _OPENING_TAGS and not (doc[k].tag_ in {"NN", "NNS"} and k + 1 in roles_at):
            return None
    return None
