"""Writing tables: records -> CSV rows, in one place, replaced atomically (SPEC §2)."""

from __future__ import annotations

import csv
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import IO

from .records import Extraction

COLUMNS: dict[str, tuple[str, ...]] = {
    "people": ("article", "name", "role", "mentions", "first_start", "sentence"),
    "spacecraft": ("article", "name", "kind", "mentions", "first_start", "sentence"),
    "dates": ("article", "text", "value", "start", "end", "sentence"),
    "ages": ("article", "person", "age", "text", "start", "sentence"),
}
TABLES = tuple(COLUMNS)
ERRORS_COLUMNS = ("article", "path", "error")
_POSITION = {"people": "first_start", "spacecraft": "first_start", "dates": "start", "ages": "start"}


def table_rows(article_id: str, extraction: Extraction) -> dict[str, list[dict]]:
    """The CSV rows of one article, per table, in text order."""
    rows = {}
    for table in TABLES:
        records = [asdict(r) for r in getattr(extraction, table)]
        records.sort(key=lambda r: r[_POSITION[table]])
        rows[table] = [{"article": article_id, **r} for r in records]
    return rows


class AtomicCsv:
    """A CSV written to a temporary file beside its target and renamed into place
    on commit, so a reader never sees a half-written table."""

    def __init__(self, path: Path, columns: tuple[str, ...]):
        self.path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self.tmp = Path(tmp)
        self.file: IO[str] = os.fdopen(fd, "w", encoding="utf-8", newline="")
        self.writer = csv.DictWriter(self.file, fieldnames=list(columns), extrasaction="ignore")
        self.writer.writeheader()

    def write(self, rows: list[dict]) -> None:
        self.writer.writerows(rows)

    def commit(self) -> None:
        self.file.flush()
        os.fsync(self.file.fileno())
        # mkstemp makes the file private (0600); a table is as readable as any file the user writes
        os.chmod(self.tmp, 0o666 & ~_current_umask())
        self.file.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if not self.file.closed:
            self.file.close()
        self.tmp.unlink(missing_ok=True)


class TableWriter:
    """The four tables and errors.csv of one run, streamed row by row."""

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        remove_stale_temporaries(self.out_dir)
        self.tables = {t: AtomicCsv(self.out_dir / f"{t}.csv", COLUMNS[t]) for t in TABLES}
        self.errors = AtomicCsv(self.out_dir / "errors.csv", ERRORS_COLUMNS)
        self.counts = {t: 0 for t in TABLES}

    def add(self, article_id: str, extraction: Extraction) -> None:
        for table, rows in table_rows(article_id, extraction).items():
            self.tables[table].write(rows)
            self.counts[table] += len(rows)

    def add_error(self, article: str, path: str, message: str) -> None:
        self.errors.write([{"article": article, "path": path, "error": message}])

    def commit(self) -> None:
        for table in self.tables.values():
            table.commit()
        self.errors.commit()

    def abort(self) -> None:
        for table in (*self.tables.values(), self.errors):
            table.abort()


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary files left by a run that was killed."""
    for path in Path(out_dir).glob(".*.csv.*.tmp"):
        path.unlink(missing_ok=True)
