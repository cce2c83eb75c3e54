"""pipeline.read_tables: a run's CSV tables as typed DataFrames (issue 12), on CSVs written by hand."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

import pipeline
from pipeline.errors import UserError
from pipeline.io.tables import COLUMNS, MENTION_COLUMNS

INT = pd.Int64Dtype()
STRING = pd.StringDtype()

PEOPLE = (
    "article,name,role,mentions,first_start,sentence\n"
    "007,Anton Shkaplerov,cosmonaut,3,29,\"On 5 October, cosmonaut Anton Shkaplerov lifted off.\"\n"
    "007,Klim Shipenko,,1,80,\"A line,\nwith a comma and a break\"\n"
    "NA,None,null,1,0,\n"
)
SPACECRAFT = "article,name,kind,mentions,first_start,sentence\n007,Soyuz MS-19,crew vehicle,2,64,x\n"
DATES = "article,text,value,start,end,sentence\n007,5 October,2021-10-05,3,12,x\n1.0,1961,1961,0,4,\n"
AGES = "article,person,age,text,start,sentence\n007,Anton Shkaplerov,49,49,42,x\n"
EVENTS = ("article,event,spacecraft,value,people,start,end,sentence\n"
          "007,launch,Soyuz MS-19,2021-10-05,Anton Shkaplerov; Klim Shipenko,46,56,x\n"
          "007,docking,Soyuz MS-19,,,87,93,x\n")
MENTIONS = "article,table,entity,text,start,end\n007,people,Anton Shkaplerov,Shkaplerov,29,39\n"
ERRORS = "article,path,error\n0042,corpus/0042.txt,[E103] corpus/0042.txt: empty article (no text)\n"


def _write(directory, **tables):
    directory.mkdir(exist_ok=True)
    for name, text in tables.items():
        (directory / f"{name}.csv").write_text(text, encoding="utf-8")
    return directory


@pytest.fixture
def out(tmp_path):
    return _write(tmp_path / "out", people=PEOPLE, spacecraft=SPACECRAFT, dates=DATES, ages=AGES, events=EVENTS,
                  mentions=MENTIONS, errors=ERRORS)


def test_reads_every_table_with_its_columns(out):
    frames = pipeline.read_tables(out)
    assert list(frames) == [*COLUMNS, "mentions", "errors"]
    for table, columns in COLUMNS.items():
        assert tuple(frames[table].columns) == columns, table
    assert tuple(frames["mentions"].columns) == MENTION_COLUMNS
    assert tuple(frames["errors"].columns) == ("article", "path", "error")
    assert len(frames["people"]) == 3 and len(frames["events"]) == 2


def test_integer_columns_are_nullable_ints_and_the_rest_strings(out):
    frames = pipeline.read_tables(out)
    integers = {"mentions", "first_start", "start", "end", "age"}
    for table, frame in frames.items():
        for column in frame.columns:
            expected = INT if column in integers else STRING
            assert frame[column].dtype == expected, (table, column, frame[column].dtype)
    people = frames["people"]
    assert people["mentions"].tolist() == [3, 1, 1]
    assert people["first_start"].tolist() == [29, 80, 0]
    assert frames["ages"]["age"].tolist() == [49]
    assert frames["dates"][["start", "end"]].values.tolist() == [[3, 12], [0, 4]]
    assert frames["mentions"].iloc[0].to_dict() == {
        "article": "007", "table": "people", "entity": "Anton Shkaplerov", "text": "Shkaplerov", "start": 29, "end": 39}


def test_text_is_kept_as_written(out):
    frames = pipeline.read_tables(out)
    people = frames["people"]
    # ids that look like numbers or missing values stay as they are
    assert people["article"].tolist() == ["007", "007", "NA"]
    assert frames["dates"]["article"].tolist() == ["007", "1.0"]
    assert frames["dates"]["value"].tolist() == ["2021-10-05", "1961"]
    assert frames["errors"]["article"].tolist() == ["0042"]
    # empty cells are "", never NaN / <NA>
    assert people["role"].tolist() == ["cosmonaut", "", "null"]
    assert people["name"].tolist()[2] == "None"
    assert people["sentence"].tolist()[1:] == ["A line,\nwith a comma and a break", ""]
    assert frames["events"]["value"].tolist() == ["2021-10-05", ""]
    assert frames["events"]["people"].tolist() == ["Anton Shkaplerov; Klim Shipenko", ""]
    for frame in frames.values():
        assert not frame.select_dtypes("string").isna().any().any()


def test_header_only_tables_are_empty_frames_of_the_same_types(tmp_path):
    header_only = {table: ",".join(columns) + "\n" for table, columns in COLUMNS.items()}
    frames = pipeline.read_tables(_write(tmp_path / "out", **header_only, errors="article,path,error\n"))
    assert list(frames) == [*COLUMNS, "errors"]  # no mentions.csv: left out
    assert frames["people"].empty and frames["people"]["mentions"].dtype == INT
    assert frames["errors"]["article"].dtype == STRING


def test_an_empty_integer_cell_is_missing(tmp_path):
    frames = pipeline.read_tables(_write(tmp_path / "out", ages="article,person,age,text,start,sentence\n"
                                                                  "a,Yuri Gagarin,,27,5,x\n"))
    assert list(frames) == ["ages"]
    assert frames["ages"]["age"].isna().tolist() == [True]
    assert frames["ages"]["start"].tolist() == [5]


def test_extra_columns_are_kept_as_text(tmp_path):
    frames = pipeline.read_tables(_write(tmp_path / "out", spacecraft=SPACECRAFT.replace("sentence\n", "sentence,note\n")
                                         .replace(",x\n", ",x,12\n")))
    assert frames["spacecraft"]["note"].tolist() == ["12"]
    assert frames["spacecraft"]["note"].dtype == STRING


def test_a_missing_directory_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match=r"^\[E017\] .*directory not found"):
        pipeline.read_tables(tmp_path / "nowhere")
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    with pytest.raises(UserError, match=r"^\[E017\] .*not a directory"):
        pipeline.read_tables(tmp_path / "a-file")


def test_a_directory_without_tables_is_a_user_error(tmp_path):
    with pytest.raises(UserError, match=r"^\[E017\] No tables to read in .*people\.csv"):
        pipeline.read_tables(tmp_path)
    _write(tmp_path, errors=ERRORS, notes="article\n")  # errors.csv alone is no extraction
    with pytest.raises(UserError, match=r"^\[E017\]"):
        pipeline.read_tables(str(tmp_path))


def test_a_table_lacking_columns_is_a_user_error(tmp_path):
    _write(tmp_path, people="article,name,mentions\n007,A,1\n")
    with pytest.raises(UserError, match=r"^\[E009\] .*people\.csv lacks columns role, first_start, sentence"):
        pipeline.read_tables(tmp_path)
    _write(tmp_path, people="")
    with pytest.raises(UserError, match=r"^\[E009\]"):
        pipeline.read_tables(tmp_path)


def test_importing_the_package_stays_light():
    done = subprocess.run([sys.executable, "-c", "import sys, pipeline; pipeline.read_tables; "
                                                 "print(sorted({'pandas', 'spacy'} & set(sys.modules)))"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
