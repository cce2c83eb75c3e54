"""Reading a run's tables back as pandas DataFrames, typed, for notebooks.

`pd.read_csv("outputs/people.csv")` guesses every column's type from its
values, and guesses wrong for these tables: an article id "007" becomes the
number 7, an id "NA" or "null" becomes a missing value, an empty `role` or
`kind` cell becomes NaN (a float) instead of "", and an integer column with
one empty cell turns into floats. `read_tables` gives every column the type
the table's contract says (SPEC §2): counts and offsets (`mentions`,
`first_start`, `start`, `end`) and `age` as pandas' nullable integers
("Int64"), everything else as text (pandas' "string" dtype) exactly as
written, empty cells as "". An event's `people` cell stays the "; "-joined
string of the CSV (`tables.PEOPLE_SEPARATOR`).
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pandas as pd

from ..errors import Errors, UserError
from .tables import ERRORS_COLUMNS, OUTPUT_COLUMNS

# Whole numbers in every table that has them; every other column is text.
INTEGER_COLUMNS = frozenset({"mentions", "first_start", "start", "end", "age"})
# The extracted tables (SPEC §2) and mentions.csv, then the run's errors.csv.
READ_COLUMNS: dict[str, tuple[str, ...]] = {**OUTPUT_COLUMNS, "errors": ERRORS_COLUMNS}


def read_tables(out_dir: str | os.PathLike) -> dict[str, pd.DataFrame]:
    """Every table a run wrote into `out_dir`, by name ("people", ..., "mentions", "errors").

    A table whose CSV is not there is left out. Raises UserError (E017) when
    `out_dir` is not a directory or holds none of the extracted tables, and
    (E009) when a table lacks one of its columns.
    """
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        reason = "not a directory" if out_dir.exists() else "directory not found"
        raise UserError(Errors.E017.format(path=out_dir, reason=reason))
    present = {table: out_dir / f"{table}.csv" for table in READ_COLUMNS}
    present = {table: path for table, path in present.items() if path.is_file()}
    if not any(table in OUTPUT_COLUMNS for table in present):
        names = ", ".join(f"{table}.csv" for table in OUTPUT_COLUMNS)
        raise UserError(Errors.E017.format(path=out_dir, reason=f"none of {names} is there"))
    return {table: read_table(path, READ_COLUMNS[table]) for table, path in present.items()}


def read_table(path: Path, columns: tuple[str, ...]) -> pd.DataFrame:
    """One CSV with at least `columns`, typed as `read_tables` says (extra columns are text)."""
    with open(path, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f), [])
    missing = [c for c in columns if c not in header]
    if missing:
        raise UserError(Errors.E009.format(path=path, columns=", ".join(missing)))
    integers = [c for c in header if c in INTEGER_COLUMNS]
    return pd.read_csv(
        path, encoding="utf-8",
        dtype={c: "Int64" if c in INTEGER_COLUMNS else "string" for c in header},
        # Nothing is a missing value but an empty cell of an integer column.
        keep_default_na=False, na_values={c: [""] for c in integers},
    )


def read_text_table(path: Path) -> pd.DataFrame:
    """One CSV with every cell read as text, as scoring and review compare them; raises UserError
    (E018) for a file that is empty, cut off or no CSV, not pandas' traceback."""
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (pd.errors.EmptyDataError, pd.errors.ParserError, UnicodeDecodeError) as error:
        reason = "empty file" if isinstance(error, pd.errors.EmptyDataError) else str(error).strip().splitlines()[0]
        raise UserError(Errors.E018.format(path=path, reason=reason)) from None
