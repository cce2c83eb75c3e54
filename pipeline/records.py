"""Typed records the extractors produce; tables are built from them in tables.py."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class PersonRecord:
    name: str
    role: str
    mentions: int
    first_start: int
    sentence: str


@dataclass(frozen=True)
class SpacecraftRecord:
    name: str
    kind: str
    mentions: int
    first_start: int
    sentence: str


@dataclass(frozen=True)
class DateRecord:
    text: str
    value: str
    start: int
    end: int
    sentence: str


@dataclass(frozen=True)
class AgeRecord:
    person: str
    age: int
    text: str
    start: int
    sentence: str


@dataclass(frozen=True)
class EventRecord:
    """A launch, docking, undocking or landing of one craft (SPEC §6)."""

    event: str
    spacecraft: str
    value: str
    people: tuple[str, ...]
    start: int  # the trigger of the event's first statement
    end: int
    sentence: str


@dataclass(frozen=True)
class MentionRecord:
    """One mention in the text of a row of another table: `entity` names that row
    (a person's full name, a craft's canonical name, a date's value, the person
    of an age, "launch Soyuz MS-19" for an event)."""

    table: str
    entity: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    people: tuple[PersonRecord, ...] = ()
    spacecraft: tuple[SpacecraftRecord, ...] = ()
    dates: tuple[DateRecord, ...] = ()
    ages: tuple[AgeRecord, ...] = ()
    events: tuple[EventRecord, ...] = ()
    mentions: tuple[MentionRecord, ...] = ()


def record_fields(record) -> dict:
    """A record's fields by name (`dataclasses.asdict` without its deep copy: the records are flat,
    their one sequence a tuple of strings, and the copy cost a few percent of a run)."""
    return {field.name: getattr(record, field.name) for field in fields(record)}
