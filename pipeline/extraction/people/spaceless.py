"""The copy of a Doc the people finder's rules read: masked Markdown ("**Jim Lovell**") leaves
runs of spaces that spaCy keeps as tokens between neighbouring words; the copy drops them (line
breaks stay: they still part names) and maps each of its tokens back."""

from __future__ import annotations

from spacy.attrs import IS_SPACE
from spacy.tokens import Doc

from ..glued_names import GLUED_KEY
from ..sentence_index import index_sentences


def without_space_tokens(doc: Doc) -> tuple[Doc, list[int]]:
    """A copy of `doc` without whitespace tokens (words, tags, entities and
    sentence starts kept) and, per token of the copy, its index in `doc`."""
    spaces = doc.to_array(IS_SPACE).nonzero()[0]  # (few tokens are: a scan of every token costs more)
    if all("\n" in doc[int(i)].text for i in spaces):  # line breaks still part names
        return doc, list(range(len(doc)))
    kept = [t for t in doc if not t.is_space or "\n" in t.text]
    iob, sent_starts, pending_start = [], [], False
    previous = None
    for token in kept:
        label = token.ent_type_
        if not label:
            iob.append("O")
        elif token.ent_iob_ == "B" or previous is None or previous.ent_type_ != label or previous.ent_iob_ == "O":
            iob.append(f"B-{label}")
        else:
            iob.append(f"I-{label}")
        previous = token
    kept_ids = {t.i for t in kept}
    for token in doc:
        if token.i not in kept_ids:
            pending_start |= bool(token.is_sent_start)
            continue
        sent_starts.append(bool(token.is_sent_start) or pending_start or not sent_starts)
        pending_start = False
    spaces = [bool(t.whitespace_) or (t.i + 1 < len(doc) and doc[t.i + 1].i not in kept_ids) for t in kept]
    work = Doc(doc.vocab, words=[t.text for t in kept], spaces=spaces, tags=[t.tag_ for t in kept],
               pos=[t.pos_ for t in kept], ents=iob, sent_starts=sent_starts)
    index_sentences(work)
    position = {t.i: w for w, t in enumerate(kept)}
    work.user_data[GLUED_KEY] = frozenset(position[i] for i in doc.user_data.get(GLUED_KEY, ()) if i in position)
    return work, [t.i for t in kept]
