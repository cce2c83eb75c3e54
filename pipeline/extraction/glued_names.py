"""Names a scraped page ran together where a line break or a tag stood between them: "Gerald P.
CarrEdward G. Gibson", "KimiyaYui". The component splits such a word into its two names before the
model reads it, where one half is a common given name (data: given_names.json), so that the NER and
the finders see two words; character offsets are unchanged.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import load_json

# a capitalised word of three letters or more run into a capitalised word ("Carr" + "Edward"); not
# "McCandless", "MacLeod", "DeWitt", whose first part is shorter or no name of its own (data:
# surname_prefixes, "MacArthur")
_GLUED = re.compile(r"\b([A-Z][a-z]{2,})([A-Z][a-z]{2,})\b")
GLUED_KEY = "glued_names"  # doc.user_data: the indices of the tokens split off a glued word's end


class GluedNames:
    def __init__(self, names: str = "given_names.json"):
        data = load_json(names)
        self.given_names = set(data["names"])
        self.surname_prefixes = set(data["surname_prefixes"])

    def __call__(self, doc: Doc) -> Doc:
        if _GLUED.search(doc.text) is None:  # (most articles: no token to look at)
            return doc
        glued = []
        for token in doc:
            found = _GLUED.fullmatch(token.text)
            if found is None or found.group(1) in self.surname_prefixes:
                continue
            if found.group(1) in self.given_names or found.group(2) in self.given_names:
                glued.append((token, found.group(1), found.group(2)))
        starts = [token.i + k + 1 for k, (token, _, _) in enumerate(glued)]
        with doc.retokenize() as retokenizer:
            for token, first, second in glued:
                retokenizer.split(token, [first, second], heads=[(token, 1), (token, 1)])
        doc.user_data[GLUED_KEY] = frozenset(starts)
        return doc


def spaced_text(doc: Doc, start: int, end: int) -> str:
    """The text of tokens `start` to `end` with a space where a glued word was split ("Kimiya Yui")."""
    glued = doc.user_data.get(GLUED_KEY, ())
    if not any(start < i < end for i in glued):
        return doc[start:end].text
    return "".join(t.text + (t.whitespace_ or (" " if t.i + 1 in glued and t.i + 1 < end else ""))
                   for t in doc[start:end]).strip()


@Language.factory("glued_names")
def make_glued_names(nlp: Language, name: str) -> GluedNames:
    return GluedNames()
