"""One article's records from the records of its pieces (a long body is read in
pieces, see articles.py): offsets shifted back to the body, and a person, craft
or event named in several pieces merged into one row.
"""

from __future__ import annotations

import dataclasses
import unicodedata

from ..normalize import normalize_name
from ..records import AgeRecord, DateRecord, EventRecord, Extraction, MentionRecord, PersonRecord, SpacecraftRecord
from .events.date_carrying import date_rank
from .events.finder import event_entity


def clean_name(name: str) -> str:
    """A name without zero-width and other format characters, spaces collapsed."""
    cleaned = " ".join("".join(ch for ch in name if unicodedata.category(ch) != "Cf").split())
    return cleaned or name


def merge_extractions(body: str, parts: list[tuple[int, Extraction]]) -> Extraction:
    """One article's Extraction from the Extractions of its pieces.

    `parts` holds (offset of the piece in `body`, the piece's Extraction), in
    text order; one part (the whole body at offset 0) is the usual case. Offsets
    are shifted to body offsets and row texts re-read from `body`. Across pieces,
    a person or spacecraft is one row: the same normalised name, or for people a
    surname that fits exactly one fuller name of another piece ("Shkaplerov",
    "Anton Shkaplerov"), with mentions summed, the first mention's offset and
    sentence, the first role given and the fullest name; ages follow the merged
    names and keep the first statement per person and age; an event of one
    craft is one row, with its first trigger, the most specific date and
    everyone aboard.
    """
    dates: list[DateRecord] = []
    events: list[EventRecord] = []
    mentions: list[MentionRecord] = []
    ages: list[AgeRecord] = []
    people_parts: list[list[PersonRecord]] = []
    spacecraft_parts: list[list[SpacecraftRecord]] = []
    for offset, extraction in parts:
        for r in extraction.dates:
            start, end = r.start + offset, r.end + offset
            dates.append(dataclasses.replace(r, start=start, end=end, text=body[start:end]))
        for r in extraction.ages:
            start = r.start + offset
            ages.append(dataclasses.replace(r, start=start, text=body[start:start + len(r.text)],
                                            person=clean_name(r.person)))
        for r in extraction.mentions:
            start, end = r.start + offset, r.end + offset
            mentions.append(dataclasses.replace(r, start=start, end=end, text=body[start:end]))
        for r in extraction.events:
            start, end = r.start + offset, r.end + offset
            events.append(dataclasses.replace(r, start=start, end=end,
                                              people=tuple(clean_name(n) for n in r.people)))
        people_parts.append([dataclasses.replace(r, first_start=r.first_start + offset, name=clean_name(r.name))
                             for r in extraction.people])
        spacecraft_parts.append([dataclasses.replace(r, first_start=r.first_start + offset,
                                                     name=clean_name(r.name))
                                 for r in extraction.spacecraft])
    if len(parts) == 1:
        people, spacecraft, rename = people_parts[0], spacecraft_parts[0], {}
    else:
        people, rename = _merge_people(people_parts)
        spacecraft = _merge_spacecraft(spacecraft_parts)
    merged_ages, seen = [], set()
    for r in sorted(ages, key=lambda r: r.start):
        r = dataclasses.replace(r, person=rename.get(r.person, r.person))
        if (r.person, r.age) not in seen:
            seen.add((r.person, r.age))
            merged_ages.append(r)
    return Extraction(
        people=tuple(sorted(people, key=lambda r: r.first_start)),
        spacecraft=tuple(sorted(spacecraft, key=lambda r: r.first_start)),
        dates=tuple(sorted(dates, key=lambda r: r.start)),
        ages=tuple(merged_ages),
        events=tuple(_merge_events(events, rename)) if len(parts) > 1 else tuple(events),
        mentions=tuple(_rename_mentions(mentions, rename)),
    )


def _rename_mentions(mentions: list[MentionRecord], rename: dict[str, str]) -> list[MentionRecord]:
    """Mentions naming their rows as the merged tables do (a person's fullest name)."""
    renamed = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.table in ("people", "ages"):
            m = dataclasses.replace(m, entity=rename.get(clean_name(m.entity), clean_name(m.entity)))
        elif m.table == "spacecraft":
            m = dataclasses.replace(m, entity=clean_name(m.entity))
        elif m.table == "events":
            event, _, craft = m.entity.partition(" ")
            m = dataclasses.replace(m, entity=event_entity(event, clean_name(craft)))
        renamed.append(m)
    return renamed


def _merge_events(events: list[EventRecord], rename: dict[str, str]) -> list[EventRecord]:
    groups: dict[tuple[str, str], list[EventRecord]] = {}
    for r in sorted(events, key=lambda r: r.start):
        groups.setdefault((r.event, normalize_name(r.spacecraft)), []).append(r)
    merged = []
    for members in groups.values():
        dated = [r for r in members if r.value]
        value = max(dated, key=lambda r: date_rank(r.value)).value if dated else ""
        people = tuple(dict.fromkeys(rename.get(n, n) for r in members for n in r.people))
        merged.append(dataclasses.replace(members[0], value=value, people=people))
    return merged


def _merge_spacecraft(parts: list[list[SpacecraftRecord]]) -> list[SpacecraftRecord]:
    groups: dict[str, list[SpacecraftRecord]] = {}
    for records in parts:
        for r in records:
            groups.setdefault(normalize_name(r.name), []).append(r)
    merged = []
    for members in groups.values():
        first = min(members, key=lambda r: r.first_start)
        merged.append(dataclasses.replace(first, mentions=sum(r.mentions for r in members)))
    return merged


class _PersonGroup:
    """One person of the merged article: records of several pieces."""

    def __init__(self) -> None:
        self.members: list[PersonRecord] = []
        self.keys: set[str] = set()  # normalised names

    def add(self, record: PersonRecord) -> None:
        self.members.append(record)
        self.keys.add(normalize_name(record.name))

    @property
    def single_word(self) -> bool:
        return all(len(k.split()) == 1 for k in self.keys)


def _merge_people(parts: list[list[PersonRecord]]) -> tuple[list[PersonRecord], dict[str, str]]:
    """People of all pieces; and each piece's name -> the merged person's name."""
    groups: list[_PersonGroup] = []
    by_key: dict[str, _PersonGroup] = {}  # normalised name -> first group with it
    by_word: dict[str, set[int]] = {}  # word of a several-word name -> groups (by index)
    for records in parts:
        # Records of one piece never merge with each other (the piece's own
        # extraction has kept them apart): look them up among earlier pieces only.
        found = [(r, _find_person(groups, by_key, by_word, r.name)) for r in records]
        for record, group in found:
            if group is None:
                group = _PersonGroup()
                groups.append(group)
            group.add(record)
        for index, group in enumerate(groups):
            for key in group.keys:
                by_key.setdefault(key, group)
                words = key.split()
                if len(words) > 1:
                    for word in words:
                        by_word.setdefault(word, set()).add(index)
    merged, rename = [], {}
    for group in groups:
        members = sorted(group.members, key=lambda r: r.first_start)
        name = max((r.name for r in members), key=lambda n: (len(n.split()), len(n)))
        role = next((r.role for r in members if r.role), "")
        first = members[0]
        merged.append(PersonRecord(name=name, role=role, mentions=sum(r.mentions for r in members),
                                   first_start=first.first_start, sentence=first.sentence))
        for r in members:
            rename[r.name] = name
    return merged, rename


def _find_person(groups: list[_PersonGroup], by_key: dict[str, _PersonGroup], by_word: dict[str, set[int]],
                 name: str) -> _PersonGroup | None:
    key = normalize_name(name)
    if key in by_key:
        return by_key[key]
    words = key.split()
    if len(words) == 1:  # a surname alone: the one person whose fuller name has it
        fits = by_word.get(key, set())
        return groups[next(iter(fits))] if len(fits) == 1 else None
    # a full name: the one person known so far only by one of its words alone
    fits = {id(by_key[w]): by_key[w] for w in words if w in by_key and by_key[w].single_word}
    return next(iter(fits.values())) if len(fits) == 1 else None
