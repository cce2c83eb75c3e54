"""Writing tables: records -> CSV rows, in one place, replaced atomically (SPEC §2)."""

from __future__ import annotations

import csv
import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from ..errors import Errors, UserError
from ..records import Extraction, record_fields

COLUMNS: dict[str, tuple[str, ...]] = {
    "people": ("article", "name", "role", "mentions", "first_start", "sentence"),
    "spacecraft": ("article", "name", "kind", "mentions", "first_start", "sentence"),
    "dates": ("article", "text", "value", "start", "end", "sentence"),
    "ages": ("article", "person", "age", "text", "start", "sentence"),
    "events": ("article", "event", "spacecraft", "value", "people", "start", "end", "sentence"),
}
TABLES = tuple(COLUMNS)  # the scored tables (SPEC §2, §6)
# Every mention of a row of the tables above, for review (issue 12); not scored.
MENTION_COLUMNS = ("article", "table", "entity", "text", "start", "end")
OUTPUT_COLUMNS = {**COLUMNS, "mentions": MENTION_COLUMNS}
OUTPUT_TABLES = tuple(OUTPUT_COLUMNS)  # what a run writes, besides errors.csv
ERRORS_COLUMNS = ("article", "path", "error")
_POSITION = {"people": "first_start", "spacecraft": "first_start", "dates": "start", "ages": "start",
             "events": "start", "mentions": "start"}
PEOPLE_SEPARATOR = "; "  # joins the names of an event's people in one cell (SPEC §6)


def table_rows(article_id: str, extraction: Extraction) -> dict[str, list[dict]]:
    """The CSV rows of one article, per table, in text order."""
    rows = {}
    for table in OUTPUT_TABLES:
        records = [record_fields(r) for r in getattr(extraction, table)]
        for r in records:
            if isinstance(r.get("people"), tuple):
                r["people"] = PEOPLE_SEPARATOR.join(r["people"])
        records.sort(key=lambda r: r[_POSITION[table]])
        rows[table] = [{"article": article_id, **r} for r in records]
    return rows


class AtomicCsv:
    """A CSV written to a temporary file beside its target and renamed into place
    on commit, so a reader never sees a half-written table.

    The temporary file is `.<name>.<pid>.<random>.tmp` in the target's directory
    (a rename is atomic only within one file system); a run killed at any moment
    leaves the target as it was. Failures to write are UserErrors (E010).
    """

    def __init__(self, path: Path, columns: tuple[str, ...]):
        self.path = Path(path)
        self.tmp: Path | None = None
        self.file: IO[str] | None = None
        with _write_errors(self.path):
            fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.{os.getpid()}.", suffix=".tmp",
                                       dir=self.path.parent)
            self.tmp = Path(tmp)
            self.file = os.fdopen(fd, "w", encoding="utf-8", newline="")
            # mkstemp makes the file private (0600); a table is as readable as
            # any file the user writes (0666 minus the umask).
            os.chmod(fd, 0o666 & ~_current_umask())
            self.writer = csv.DictWriter(self.file, fieldnames=list(columns), extrasaction="ignore")
            self.writer.writeheader()

    def write(self, rows: list[dict]) -> None:
        with _write_errors(self.path):
            self.writer.writerows(rows)

    def finish(self) -> None:
        """Flush the temporary file to disk (first half of commit)."""
        with _write_errors(self.path):
            if not self.file.closed:
                self.file.flush()
                os.fsync(self.file.fileno())
                self.file.close()

    def publish(self) -> None:
        """Rename the finished temporary file onto the target (second half of commit)."""
        with _write_errors(self.path):
            os.replace(self.tmp, self.path)

    def commit(self) -> None:
        self.finish()
        self.publish()
        sync_directory(self.path.parent)

    def abort(self) -> None:
        if self.file is not None and not self.file.closed:
            try:
                self.file.close()
            except OSError:
                pass
        if self.tmp is not None:
            try:
                self.tmp.unlink(missing_ok=True)
            except OSError:
                pass


class TableWriter:
    """The tables, mentions.csv and errors.csv of one run, streamed row by row.

    Nothing in the output directory changes until `commit`, which first writes
    every table to disk and then renames them all into place, so the window in
    which a kill leaves some new and some old tables is a few renames long.
    """

    def __init__(self, out_dir: Path):
        self.out_dir = Path(out_dir)
        remove_stale_temporaries(self.out_dir)
        self.tables: dict[str, AtomicCsv] = {}
        self.errors: AtomicCsv | None = None
        try:
            for t in OUTPUT_TABLES:
                self.tables[t] = AtomicCsv(self.out_dir / f"{t}.csv", OUTPUT_COLUMNS[t])
            self.errors = AtomicCsv(self.out_dir / "errors.csv", ERRORS_COLUMNS)
        except BaseException:
            self.abort()
            raise
        self.counts = {t: 0 for t in OUTPUT_TABLES}

    def _files(self) -> list[AtomicCsv]:
        return [*self.tables.values(), *([self.errors] if self.errors is not None else [])]

    def add(self, article_id: str, extraction: Extraction) -> None:
        for table, rows in table_rows(article_id, extraction).items():
            self.tables[table].write(rows)
            self.counts[table] += len(rows)

    def add_error(self, article: str, path: str, message: str) -> None:
        self.errors.write([{"article": article, "path": path, "error": message}])

    def commit(self) -> None:
        files = self._files()
        for table in files:
            table.finish()
        for table in files:  # what would make a rename fail, before renaming anything
            if table.path.is_dir():
                raise UserError(Errors.E010.format(path=table.path, reason="a directory is in the way"))
        for table in files:
            table.publish()
        sync_directory(self.out_dir)

    def abort(self) -> None:
        for table in self._files():
            table.abort()


@contextmanager
def _write_errors(path: Path):
    """OSError (disk full, permission denied, a directory in the way) -> UserError E010."""
    try:
        yield
    except OSError as exc:
        raise UserError(Errors.E010.format(path=path, reason=exc.strerror or exc)) from None


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def sync_directory(directory: Path) -> None:
    """Make renames in `directory` durable (best effort: not every system can)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


_TEMPORARY = re.compile(r"\..+\.csv\.(?P<pid>\d+)\.[^.]+\.tmp")


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def remove_stale_temporaries(out_dir: Path) -> None:
    """Temporary files left by a run that was killed (never those of a live run)."""
    for path in Path(out_dir).glob(".*.csv.*.tmp"):
        match = _TEMPORARY.fullmatch(path.name)
        if match and _process_alive(int(match["pid"])):
            continue
        try:
            path.unlink(missing_ok=True)
        except OSError:
            pass
