"""Every mention of every row, for review: `doc -> MentionRecords` (issue 12).

The tables keep one row per person, craft, age or event, with its first
mention only; a reviewer also needs to see that "Shkaplerov" later in the text
was merged into "Anton Shkaplerov". Each finder already leaves its mentions on
the Doc (people, spacecraft and event-trigger spans with the row's name as
`kb_id`; date and age records with their offsets), so this module only reads
them back, in text order.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..normalize import doc_text
from ..records import MentionRecord
from .events.finder import SPAN_KEY as EVENTS_KEY, event_entity
from .people.finder import SPAN_KEY as PEOPLE_KEY
from .spacecraft.finder import SPAN_KEY as SPACECRAFT_KEY
from .spacecraft.written_names import table_name


def mentions_from_doc(doc: Doc) -> tuple[MentionRecord, ...]:
    text = doc_text(doc)
    found = [MentionRecord("people", s.kb_id_, s.text, s.start_char, s.end_char)
             for s in doc.spans.get(PEOPLE_KEY, [])]
    found += [MentionRecord("spacecraft", table_name(doc, s.kb_id_), s.text, s.start_char, s.end_char)
              for s in doc.spans.get(SPACECRAFT_KEY, [])]
    found += [MentionRecord("dates", r.value, r.text, r.start, r.end) for r in doc._.dates]
    found += [MentionRecord("ages", r.person, r.text, r.start, r.start + len(r.text)) for r in doc._.ages]
    found += [MentionRecord("events", event_entity(s.label_, table_name(doc, s.kb_id_)), s.text,
                            s.start_char, s.end_char)
              for s in doc.spans.get(EVENTS_KEY, [])]
    found = [m for m in found if text[m.start:m.end] == m.text]
    order = ("people", "spacecraft", "dates", "ages", "events")
    return tuple(sorted(found, key=lambda m: (m.start, order.index(m.table), m.end)))
