"""Sentence starts the lean pipeline adds to the senter's (extraction/annotators.py)."""

from __future__ import annotations

import pytest

from pipeline import extract


@pytest.mark.parametrize(
    "text, first",
    [
        # regression: a text with one paragraph per line ran its headline into the first sentence
        ("Russian Soyuz spacecraft lands in Kazakhstan as scheduled\n"
         "The descent capsule of Soyuz TMA-30M has landed southeast of Zhezkazgan.\n"
         "The returnees spent 170 days in space.\n"
         "The next crew launches on 26 September.\n",
         "Russian Soyuz spacecraft lands in Kazakhstan as scheduled"),
        # ... while prose wrapped at a width runs on across its line breaks
        ("The descent capsule of Soyuz TMA-30M has landed southeast of\n"
         "Zhezkazgan in Kazakhstan, the Mission Control Center told RIA\n"
         "Novosti on Thursday, after a flight of 170 days in\n"
         "space.\n",
         "The descent capsule of Soyuz TMA-30M has landed southeast of\nZhezkazgan in Kazakhstan, the Mission "
         "Control Center told RIA\nNovosti on Thursday, after a flight of 170 days in\nspace."),
    ],
)
def test_a_line_is_a_paragraph_where_the_text_puts_paragraphs_on_lines(nlp, text, first):
    assert next(nlp(text).sents).text.strip() == first


def test_a_headline_line_keeps_its_event_apart_from_the_first_sentences(nlp):
    # regression: the headline ran into the first sentence, whose landing then took the craft of the
    # sentence after it
    text = ("Russian Soyuz spacecraft with international crew lands in Kazakhstan\n"
            "The descent capsule of Russia's Soyuz TMA-30M spacecraft has landed on 11 September.\n"
            "Soyuz TMA-31M will launch on 26 September.\n"
            "The returnees, cosmonauts Ivan Petrov and Oleg Sidorov and NASA astronaut Ann Reed, spent 170 days "
            "in space.\n")
    rows = {(e.event, e.spacecraft, e.people) for e in extract(text, "2030-09-11", nlp=nlp).events}
    assert rows == {("landing", "Soyuz TMA-30M", ("Ivan Petrov", "Oleg Sidorov", "Ann Reed")),
                    ("launch", "Soyuz TMA-31M", ())}


def test_a_releases_contact_lines_stand_apart_from_its_headline_and_crew(nlp):
    # regression (check G, after its scoring): a short line is a line of its own, so a press officer on the
    # release's contact block was read into the headline's launch
    text = ("Media contacts\nLee Park\nJohnson Space Center, Houston\nJune 2, 2031\n"
            "New Crew Launches on Soyuz\n"
            "HOUSTON -- Cosmonaut Ivan Petrov and astronauts Ann Reed and Ida Vale launched aboard a Soyuz "
            "spacecraft Wednesday morning.\n")
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents][:4] == ["Media contacts", "Lee Park", "Johnson Space Center, Houston",
                                                        "June 2, 2031"]
    rows = {(e.event, e.spacecraft, e.people) for e in extract(text, "2031-06-02", nlp=nlp).events}
    assert rows == {("launch", "Soyuz", ("Ivan Petrov", "Ann Reed", "Ida Vale"))}


@pytest.mark.parametrize("text", ["1965: Gemini V returns to Earth\n\nThe crew splashed down.",
                                  "July 4, 1997: Sojourner arrives on Mars\n\nThe rover rolled off."])
def test_a_dated_label_before_a_colon_opens_its_sentence(nlp, text):
    # regression: "1965:" was a sentence of its own, so the headline's event lost its year
    assert next(nlp(text).sents).text.startswith(text.split("\n")[0])


@pytest.mark.parametrize("text, expected", [
    # regression: the senter ended the sentence at the time before the date, so the undocking had no date
    ("The Dragon undocked at 9:40 a.m. EDT (13:40 UTC) May 28, 2023, from its port. It drifted off.",
     {("undocking", "2023-05-28")}),
    ("Axiom-9 docked on May 22 after launching at 5:37 pm. EDT (21:37 UTC) May 21 from Florida.",
     {("docking", "2023-05-22"), ("launch", "2023-05-21")}),
    # regression (dev BM): "arrived at the ISS just before 0800 | GMT on Monday": the senter split at the
    # clock time, so the day was another sentence's
    ("The Soyuz flight arrived at the International Space Station (ISS) just before 0800 GMT on Monday.",
     {("docking", "2023-05-29")}),
])
def test_a_time_of_day_runs_on_into_the_date_after_it(nlp, text, expected):
    assert {(e.event, e.value) for e in extract(text, "2023-06-01", nlp=nlp).events} == expected


@pytest.mark.parametrize("text, first", [
    # regression (dev CP): copy that lost the space after a full stop ran two sentences into one, and
    # the crew on board in the second was kept from the launch as another clause's
    ("The rocket blasted off from Baikonur in Kazakhstan.A live broadcast showed the Soyuz TM-40, with Ivan "
     "Petrov on board.", "The rocket blasted off from Baikonur in Kazakhstan."),
    ("He flew in 1980.In his message he spoke of it.", "He flew in 1980."),
    # ... but not after an initial's or an abbreviation's letters
    ("Yu.V. Malyshev flew twice.", "Yu.V. Malyshev flew twice."),
])
def test_a_full_stop_glued_to_the_next_word_ends_its_sentence(nlp, text, first):
    assert next(nlp(text).sents).text == first
