"""Writing tables (SPEC §2): row building, column order, atomic replacement."""

from __future__ import annotations

import csv
import os
import stat

import pytest

from pipeline.records import AgeRecord, DateRecord, EventRecord, Extraction, PersonRecord, SpacecraftRecord
from pipeline.io.tables import COLUMNS, ERRORS_COLUMNS, AtomicCsv, TableWriter, remove_stale_temporaries, table_rows

from spec_contract import SPEC_COLUMNS, TABLES


def _extraction() -> Extraction:
    """Records deliberately out of text order."""
    return Extraction(
        people=(PersonRecord("Mark Vande Hei", "astronaut", 2, 80, "s2"),
                PersonRecord("Anton Shkaplerov", "cosmonaut", 3, 10, "s1"),
                PersonRecord("Yulia Peresild", "actress", 1, 40, "s1")),
        spacecraft=(SpacecraftRecord("International Space Station", "space station", 2, 120, "s3"),
                    SpacecraftRecord("Soyuz MS-19", "crew vehicle", 1, 60, "s1")),
        dates=(DateRecord("late March 2022", "2022-03", 200, 215, "s4"),
               DateRecord("5 October", "2021-10-05", 3, 12, "s1"),
               DateRecord("17 October", "2021-10-17", 150, 160, "s3")),
        ages=(AgeRecord("Klim Shipenko", 38, "38", 100, "s2"),
              AgeRecord("Yulia Peresild", 37, "37", 55, "s1")),
        events=(EventRecord("landing", "Soyuz MS-18", "2021-10-17", ("Yulia Peresild", "Klim Shipenko"), 140, 146, "s3"),
                EventRecord("launch", "Soyuz MS-19", "2021-10-05", ("Anton Shkaplerov",), 20, 28, "s1")),
    )


def _read(path) -> list[list[str]]:
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def test_columns_constant_follows_spec():
    for table, columns in SPEC_COLUMNS.items():
        assert list(COLUMNS[table][: len(columns)]) == columns, table


@pytest.mark.parametrize("table", TABLES)
def test_table_rows_column_order(table):
    rows = table_rows("soyuz-ms-19", _extraction())[table]
    assert rows
    for row in rows:
        assert list(row)[: len(SPEC_COLUMNS[table])] == SPEC_COLUMNS[table]
        assert row["article"] == "soyuz-ms-19"


def test_table_rows_ordered_by_position():
    rows = table_rows("a", _extraction())
    assert [r["name"] for r in rows["people"]] == ["Anton Shkaplerov", "Yulia Peresild", "Mark Vande Hei"]
    assert [r["first_start"] for r in rows["people"]] == [10, 40, 80]
    assert [r["name"] for r in rows["spacecraft"]] == ["Soyuz MS-19", "International Space Station"]
    assert [r["start"] for r in rows["dates"]] == [3, 150, 200]
    assert [r["text"] for r in rows["dates"]] == ["5 October", "17 October", "late March 2022"]
    assert [(r["person"], r["age"]) for r in rows["ages"]] == [("Yulia Peresild", 37), ("Klim Shipenko", 38)]
    assert [(r["event"], r["people"]) for r in rows["events"]] == [
        ("launch", "Anton Shkaplerov"), ("landing", "Yulia Peresild; Klim Shipenko")]  # SPEC §6: joined by "; "


def test_table_rows_of_empty_extraction():
    assert table_rows("a", Extraction()) == {t: [] for t in (*TABLES, "mentions")}


def _temporaries(directory):
    return [p.name for p in directory.iterdir() if p.name.endswith(".tmp")]


def test_atomic_csv_replaces_target_on_commit(tmp_path):
    target = tmp_path / "people.csv"
    target.write_text("old content\n", encoding="utf-8")
    out = AtomicCsv(target, tuple(SPEC_COLUMNS["people"]))
    out.write([{"article": "a", "name": "Yuri Gagarin", "role": "cosmonaut", "mentions": 2,
                "first_start": 5, "sentence": "Yuri Gagarin, 27, flew."}])
    # Before commit a reader still sees the old table, the new one is a temporary beside it.
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert len(_temporaries(tmp_path)) == 1
    out.commit()
    assert _read(target) == [SPEC_COLUMNS["people"],
                             ["a", "Yuri Gagarin", "cosmonaut", "2", "5", "Yuri Gagarin, 27, flew."]]
    assert _temporaries(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["people.csv"]


def test_atomic_csv_abort_keeps_old_file(tmp_path):
    target = tmp_path / "dates.csv"
    target.write_text("article,text,value,start,end,sentence\nold,row,1961,0,4,s\n", encoding="utf-8")
    before = target.read_bytes()
    out = AtomicCsv(target, tuple(SPEC_COLUMNS["dates"]))
    out.write([{"article": "new", "text": "x", "value": "2021", "start": 0, "end": 1, "sentence": "x"}])
    out.abort()
    assert target.read_bytes() == before
    assert _temporaries(tmp_path) == []
    out.abort()  # a second abort is harmless


def test_atomic_csv_abort_without_old_file_creates_nothing(tmp_path):
    out = AtomicCsv(tmp_path / "ages.csv", tuple(SPEC_COLUMNS["ages"]))
    out.write([{"article": "a", "person": "p", "age": 1, "text": "1", "start": 0, "sentence": "s"}])
    out.abort()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_atomic_csv_file_is_readable_like_an_ordinary_file(tmp_path):
    # A committed table should get the permissions an ordinary write gives
    # (0o666 minus the umask), not mkstemp's private 0o600: outputs are shared
    # for review. (Bug: mkstemp creates 0o600 and os.replace keeps it.)
    umask = os.umask(0o022)
    try:
        ordinary = tmp_path / "ordinary.csv"
        ordinary.write_text("x\n", encoding="utf-8")
        out = AtomicCsv(tmp_path / "people.csv", tuple(SPEC_COLUMNS["people"]))
        out.commit()
    finally:
        os.umask(umask)
    mode = stat.S_IMODE((tmp_path / "people.csv").stat().st_mode)
    assert mode == stat.S_IMODE(ordinary.stat().st_mode) == 0o644, (
        f"committed table has mode {oct(mode)}: AtomicCsv should chmod the temporary to 0o666 & ~umask "
        "before os.replace")


def test_table_writer_writes_headers_and_rows(tmp_path):
    writer = TableWriter(tmp_path)
    writer.add("b-article", _extraction())
    writer.add_error("broken", "corpus/broken.txt", "[E103] corpus/broken.txt: empty article")
    writer.commit()
    for table in TABLES:
        rows = _read(tmp_path / f"{table}.csv")
        assert rows[0][: len(SPEC_COLUMNS[table])] == SPEC_COLUMNS[table]
        assert len(rows) - 1 == writer.counts[table] == len(getattr(_extraction(), table))
    assert _read(tmp_path / "dates.csv")[1][:5] == ["b-article", "5 October", "2021-10-05", "3", "12"]
    assert _read(tmp_path / "errors.csv") == [list(ERRORS_COLUMNS),
                                              ["broken", "corpus/broken.txt", "[E103] corpus/broken.txt: empty article"]]
    assert _temporaries(tmp_path) == []


def test_table_writer_abort_keeps_previous_tables(tmp_path):
    first = TableWriter(tmp_path)
    first.add("a", _extraction())
    first.commit()
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    second = TableWriter(tmp_path)
    second.add("z", Extraction(people=(PersonRecord("Z", "", 1, 0, "s"),)))
    second.abort()
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_remove_stale_temporaries_only_removes_temporaries(tmp_path):
    (tmp_path / ".people.csv.abc123.tmp").write_text("half", encoding="utf-8")
    (tmp_path / "people.csv").write_text("keep", encoding="utf-8")
    (tmp_path / "notes.tmp").write_text("keep", encoding="utf-8")
    remove_stale_temporaries(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.tmp", "people.csv"]
