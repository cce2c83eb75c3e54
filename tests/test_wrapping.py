"""Hard-wrapped text: its lines joined without moving an offset (pipeline/io/wrapping.py)."""

from __future__ import annotations

from pipeline import extract
from pipeline.io.wrapping import unwrap_hard_breaks

# wire copy broken at about 70 characters, mid-sentence and mid-name (written for this test)
WRAPPED = """MOSCOW (AP)
A Texas software developer lifted off Monday aboard a Russian rocket
bound for the space station, carrying his dream of a private trip to
orbit.
Joe Brown was accompanied by a Russian crew on the Soyuz MS-30 capsule,
which reached orbit about nine minutes after liftoff from the steppe.
On board with Brown were Russian cosmonaut Ivan Petrov and American
astronaut Ann Reed, who were to join German astronaut Karl
Weber on the station two days later.
"I'm just so happy to be here," Brown said as he boarded the capsule.
"""


def test_a_hard_wrapped_text_reads_as_its_paragraphs():
    joined = unwrap_hard_breaks(WRAPPED)
    assert len(joined) == len(WRAPPED)
    assert "Karl Weber on the station" in joined  # a name broken across two lines
    assert "MOSCOW (AP)\nA Texas" in joined  # a dateline's short line stays
    assert "trip to orbit.\nJoe Brown" in joined  # a paragraph's short last line ends it
    assert "the capsule.\n" in joined


def test_text_that_is_not_hard_wrapped_is_left_alone():
    one_per_line = ("Soyuz MS-30 lifted off on Monday with three aboard, and it docked six hours later at the "
                    "station's Rassvet module.\n") * 8
    assert unwrap_hard_breaks(one_per_line) == one_per_line
    short = "Heading\n\nA line.\nAnother line.\n"
    assert unwrap_hard_breaks(short) == short


def test_a_name_and_a_crew_broken_across_lines_are_read_whole(nlp):
    # regression (real text): "Thomas\nReiter" was no person, and the crew list cut mid-sentence was lost
    extraction = extract(WRAPPED, "2030-03-18", nlp=nlp)
    assert "Karl Weber" in {p.name for p in extraction.people}
    launch = next(e for e in extraction.events if e.event == "launch")
    assert (launch.spacecraft, launch.people) == ("Soyuz MS-30", ("Joe Brown", "Ivan Petrov", "Ann Reed"))
    # offsets still index the text as written
    for date in extraction.dates:
        assert WRAPPED[date.start:date.end] == date.text
