"""One row per (event, craft): statements of a flight's designation and of its vehicle merged
(pipeline/extraction/event_merging.py; SPEC §6)."""

from __future__ import annotations

import pytest

from pipeline import extract

PUBLISHED = "2030-03-20"


def rows(nlp, text: str, published: str = PUBLISHED) -> set[tuple[str, str, str]]:
    return {(e.event, e.spacecraft, e.value) for e in extract(text, published, nlp=nlp).events}


def test_a_shuttle_flights_designation_and_its_orbiter_are_one_landing(nlp):
    # regression: "Space shuttle Atlantis rolled to a stop ..., bringing mission STS-135 to a close" and the
    # headline's "Atlantis Comes Home" were two landings, one of "STS-135"
    text = ("# Atlantis Comes Home\n\nSpace shuttle Atlantis rolled to a stop on the runway at 5:57 a.m. on "
            "19 March, bringing mission STS-335 to a close.")
    assert rows(nlp, text) == {("landing", "Space Shuttle Atlantis", "2030-03-19")}


def test_another_orbiters_flight_named_with_it_leaves_the_designation_and_orbiter_one_landing(nlp):
    # regression (dev CP): "Endeavour, which returned from its final flight, STS-134" is Endeavour's landing,
    # and Atlantis's landing (its headline's and its flight's "STS-135") stays one row
    text = ("# Atlantis Comes Home\n\nSpace shuttle Atlantis rolled to a stop on the runway at 5:57 a.m. on "
            "19 March, bringing mission STS-335 to a close.\n\nEndeavour, which returned from its final flight, "
            "STS-334, last month, will go to a museum.")
    assert rows(nlp, text) == {("landing", "Space Shuttle Atlantis", "2030-03-19"), ("landing", "Space Shuttle Endeavour", "2030-02")}


def test_an_orbiter_tied_to_several_of_its_flights_names_none_of_them(nlp):
    # regression: an orbiter's history ("On STS-382, launched on ...") named one flight of many by the orbiter
    text = ("Discovery flew 39 missions. On STS-382, launched on 11 February 2027, Discovery serviced a "
            "telescope. On STS-395, launched on 29 October 2028, Discovery carried a senator.")
    assert rows(nlp, text) == {("launch", "STS-382", "2027-02-11"), ("launch", "STS-395", "2028-10-29")}


def test_a_flight_whose_orbiter_has_its_own_row_keeps_its_designation_on_every_row(nlp):
    # regression: an orbiter's history named STS-82's launch "Discovery" beside Discovery's own later
    # landing, and gave the article two "Discovery" landings
    text = ("On STS-382, launched on 11 February 2027, payload commander Ivan Petrov and his crewmates serviced "
            "a telescope from Discovery, which landed on 21 February. Discovery landed for the last time on "
            "9 March 2031.")
    found = {(e.event, e.spacecraft, e.value) for e in extract(text, PUBLISHED, nlp=nlp).events}
    assert ("launch", "STS-382", "2027-02-11") in found
    assert [e for e, craft, _ in found if craft == "Discovery"].count("landing") <= 1


def test_an_apollo_flight_and_its_command_module_are_one_landing(nlp):
    # regression: "The three Apollo 13 astronauts splashed down ... rode the command module Odyssey to a
    # pinpoint landing" made two landings
    text = ("The three Apollo 13 astronauts splashed down in the Pacific on 17 April 1970. They rode the "
            "command module Odyssey to a pinpoint landing near the recovery ship.")
    assert len([r for r in rows(nlp, text) if r[0] == "landing"]) == 1


def test_no_craft_docks_or_lands_before_its_launch(nlp):
    # regression (dev 9): "The crew on Thursday will dock" after a sentence on a May flight went to the May
    # flight, and so did "return to Earth on April 17 on another Soyuz": each is the Soyuz launched Thursday's
    text = ("Astronaut Joe Brown will launch to the station early Thursday morning with cosmonauts Ivan Petrov "
            "and Oleg Sidorov. Liftoff of the Soyuz rocket is set for 4:05 a.m.\n\n"
            "Anne Smith and Mary Jones are to arrive on the Crew-31 flight, targeted to launch in late May.\n\n"
            "The crew on Thursday will dock with the station at 10:16 a.m.")
    # ("are to arrive on the Crew-31 flight" stays Crew-31's: its own sentence names the craft)
    assert rows(nlp, text, "2030-04-08") == {("launch", "Soyuz", "2030-04-11"), ("launch", "Crew-31", "2030-05"),
                                             ("docking", "Soyuz", "2030-04-11"), ("docking", "Crew-31", "")}
    crews = {(e.event, e.spacecraft): e.people for e in extract(text, "2030-04-08", nlp=nlp).events}
    assert crews[("docking", "Soyuz")] == ("Joe Brown", "Ivan Petrov", "Oleg Sidorov")


def test_a_headlines_class_is_the_flight_the_text_names_first(nlp):
    # regression (dev 9): "Russia knocks back Soyuz launch" stayed a row of its own beside Soyuz TMA-41's
    text = ("Russia knocks back Soyuz launch\n\nRoscosmos has postponed the launch of its Soyuz TMA-41. "
            "The crew of Soyuz TMA-40 launched on 15 December last year.")
    assert rows(nlp, text) == {("launch", "Soyuz TMA-41", ""), ("launch", "Soyuz TMA-40", "2029-12-15")}


def test_who_leaves_the_station_in_a_craft_lands_in_it(nlp):
    # regression (dev 9): "Grace undocked with A, B, C and D ... Grace will reenter for a splashdown on Tuesday"
    # named no one aboard the landing; "took off for a 22.5-hour return journey" was a launch
    text = ("Monday marked the end of the mission for Joe Brown, who took off for a 22.5-hour return journey to "
            "Earth. At 4.45pm, the Dragon Grace spacecraft with commander Anne Smith, pilot Joe Brown and "
            "specialists Ivan Petrov and Paul Martin undocked from the station. Grace will reenter the "
            "atmosphere for a splashdown off California on Tuesday.")
    found = {(e.event, e.spacecraft): e.people for e in extract(text, "2030-03-18", nlp=nlp).events}
    assert set(found) == {("undocking", "Crew Dragon Grace"), ("landing", "Crew Dragon Grace")}
    assert set(found[("landing", "Crew Dragon Grace")]) == {"Anne Smith", "Joe Brown", "Ivan Petrov", "Paul Martin"}


def test_a_bare_class_is_the_articles_one_narrower_class(nlp):
    # regression (dev 25): "the Dragon" stayed a row of its own beside the article's "Cargo Dragon"
    # (dev W: blind gold names the cargo Dragon "Dragon", "Cargo Dragon" its alias)
    text = ("An uncrewed Cargo Dragon docked with the station on 2 March. "
            "On 29 March the Dragon will undock and head for a splashdown off Florida.")
    assert rows(nlp, text) == {("docking", "Dragon", "2030-03-02"), ("undocking", "Dragon", "2030-03-29"),
                               ("landing", "Dragon", "2030-03-29")}


def test_a_landing_that_names_some_of_the_launch_crew_brings_them_all():
    # regression (corpus): a landing stated of an orbiter's flight designation named only its commander,
    # and the merged row kept him alone where the orbiter's launch had all three
    from pipeline.extraction.events.merging import _landed_with_their_launch_crew
    from pipeline.records import EventRecord

    def row(event: str, people: tuple[str, ...]) -> EventRecord:
        return EventRecord(event=event, spacecraft="Endeavour", value="", people=people, start=0, end=1, sentence="")
    crew = ("Joe Brown", "Ken Mori", "Anne Reed")
    landed = _landed_with_their_launch_crew([row("launch", crew), row("landing", ("Joe Brown",))])
    assert landed[1].people == crew
    # not another crew, nor a landing that names one the launch did not
    assert _landed_with_their_launch_crew([row("launch", crew), row("landing", ("Ed Kerr",))])[1].people == ("Ed Kerr",)
    assert _landed_with_their_launch_crew([row("launch", crew), row("landing", ("Joe Brown", "Ed Kerr"))])[1].people \
        == ("Joe Brown", "Ed Kerr")


def test_a_docking_told_in_the_sentence_of_its_launch_carries_that_launchs_crew():
    # regression (check set CW, after its scoring): "A Soyuz rocket carrying two cosmonauts and an astronaut
    # blasted off ... and docked": the launch row took the names a later paragraph gave, its docking none
    from pipeline.extraction.events.merging import _docked_with_their_launch_crew
    from pipeline.records import EventRecord

    def row(event: str, people: tuple[str, ...], sentence: str) -> EventRecord:
        return EventRecord(event=event, spacecraft="Soyuz MS-95", value="", people=people, start=0, end=1,
                           sentence=sentence)
    crew = ("Ivan Petrov", "Oleg Sidorov", "Anne Smith")
    both = "The Soyuz with its crew of three lifted off and docked six hours later."
    assert _docked_with_their_launch_crew([row("launch", crew, both), row("docking", (), both)])[1].people == crew
    # (not a docking told apart: the article need not say they were still aboard)
    assert _docked_with_their_launch_crew(
        [row("launch", crew, both), row("docking", (), "The Soyuz docked at the Poisk module in June.")]
    )[1].people == ()


def test_a_class_after_a_is_the_flight_launched_just_before_not_the_named_vehicle(nlp):
    # regression (real text): "will fly ... aboard a SpaceX Crew Dragon" after "SpaceX will launch the Crew-9
    # mission" folded into the article's named Dragon, which had just landed, taking the new crew with it
    text = ("The Crew-8 astronauts splashed down aboard the Crew Dragon Endeavour on Monday night.\n\n"
            "SpaceX will launch the Crew-9 mission on Wednesday from Florida. NASA astronauts Joe Brown, Ann Reed "
            "and Ed Kerr will fly to the station aboard a SpaceX Crew Dragon. The launch is set for 9:03 p.m.")
    events = {(e.event, e.spacecraft): e.people for e in extract(text, "2030-03-20", nlp=nlp).events}
    assert events == {("landing", "Crew Dragon Endeavour"): (),
                      ("launch", "Crew-9"): ("Joe Brown", "Ann Reed", "Ed Kerr")}


def test_an_event_takes_the_day_most_of_its_statements_give(nlp):
    # regression (dev L): an archive page's headline carries its own date before the landing it heads
    text = ("March 19, 2030: Landing the Shuttle\n\nOn March 18, 2030, the space shuttle Atlantis landed at "
            "Edwards Air Force Base. Atlantis glided safely to earth here yesterday after ten days in orbit.")
    assert rows(nlp, text, published="2030-03-19") == {("landing", "Space Shuttle Atlantis", "2030-03-18")}


def test_a_designation_dated_by_its_year_and_its_orbiter_dated_by_the_day_are_one_launch(nlp):
    # regression (dev S): a post's "STS-95 (Discovery) launched ... (1998)!" stood apart from "On October 29th,
    # 1998 the Space Shuttle Discovery launched": the year was read as another date, not the same one
    text = ("On October 29th, 2027 the Space Shuttle Discovery launched from Pad 39A for a ten-day mission.\n\n"
            "STS-395 (Discovery) launched ten years ago today (2027)! It was a great day.")
    assert rows(nlp, text, "2037-10-29") == {("launch", "Space Shuttle Discovery", "2027-10-29")}


def test_a_class_stands_for_the_one_flight_of_it_the_article_names_without_an_event(nlp):
    # regression (check set AX, now tuning material): "The SpaceX Dragon spacecraft, carrying the Axiom Mission 4
    # crew, has docked" was a docking of "Dragon", the flight Ax-4 named nowhere as the subject of an event
    text = ("The SpaceX Dragon spacecraft, carrying the Axiom Mission 14 crew, has docked at the International "
            "Space Station on 19 March, a day after it lifted off.")
    assert {(event, craft) for event, craft, _ in rows(nlp, text)} == {("docking", "Ax-14"), ("launch", "Ax-14")}


def test_a_command_module_named_beside_its_lander_does_not_rename_the_flight(nlp):
    # (a guard for the gazetteer's Apollo 15 "Endeavour", added with it: on dev BB "Apollo 15 launched" became
    # a launch of the command module, the article's one named craft of the family, though the sentence naming
    # it names the lunar module too: the flight has two craft and keeps its designation; and "Apollo 15 lands
    # near Hadley Rille" is the flight's landing on the Moon, not the command module's)
    text = ("Apollo 15 launched on July 26, 1971. Scott and Irwin landed their lunar module Falcon near Hadley "
            "Rille, as Worden orbited the Moon in the command module Endeavor.")
    assert ("launch", "Apollo 15", "1971-07-26") in rows(nlp, text, "2021-07-26")
    text = "# Apollo 15 lands near Hadley Rille\n\nWorden put the command module Endeavour into a circular orbit."
    assert {(e, c) for e, c, _ in rows(nlp, text, "2021-07-26")} == {("landing", "Apollo 15")}
    # regression (dev CU): the same where one sentence names the flight, its lander and its command module
    # (a radio message: "This is the crew of Apollo 13 ... inspection of Aquarius ... in Odyssey")
    text = ("Apollo 13 blasted into space on April 11, 1970. \"This is the crew of Apollo 13, ready to close out our "
            "inspection of Aquarius and get back for a pleasant evening in Odyssey,\" Lovell said.")
    assert ("launch", "Apollo 13", "1970-04-11") in rows(nlp, text, "2013-04-17")


def test_an_orbiter_flown_on_several_flights_is_not_one_of_them_by_a_sentence_naming_both(nlp):
    # regression (dev BQ): "Discovery was the first shuttle to dock to a station when it docked to Mir on STS-91
    # on June 4, 1998" merged the STS-91 docking into the story's undated docking of Discovery
    text = ("Space shuttle Discovery docked with the International Space Station for the last time, with Commander "
            "Steve Lind at the controls. Discovery was the first shuttle to dock to a space station when it docked to Mir on mission "
            "STS-91 on June 4, 1998. Discovery also docked to the station on STS-96 on May 29, 1999.")
    found = rows(nlp, text)
    assert ("docking", "STS-91", "1998-06-04") in found
    assert ("docking", "Space Shuttle Discovery", "") in found


@pytest.mark.parametrize("text, expected", [
    # regression (dev CQ): "The Soyuz lifts off Saturday" took the Soyuz 19 an anniversary's aside launched "On
    # July 15, 1975", and the two launches became one row of the wrong year
    ("The Soyuz lifts off Saturday in this NASA image\n\nThree crew members bound for the space station lifted "
     "off Saturday, aboard a Russian Soyuz rocket.\n\nThe TMA-40M rocket cleared the skies above Baikonur. The crew "
     "included astronaut Jane Roe and cosmonaut Ivan Petrov.\n\nOn July 15, 1975, NASA launched the Apollo capsule "
     "and the Soviet Union launched a Soyuz 19.",
     {("launch", "Soyuz TMA-40M"), ("launch", "Apollo", "1975-07-15"), ("launch", "Soyuz 19", "1975-07-15")}),
    ("The Soyuz lifted off on Saturday with astronaut Jane Roe and cosmonaut Ivan Petrov aboard.\n\n"
     "On July 15, 1975, the Soviet Union launched Soyuz 19, and NASA launched the Apollo capsule.",
     {("launch", "Soyuz"), ("launch", "Apollo", "1975-07-15"), ("launch", "Soyuz 19", "1975-07-15")}),
])
def test_a_class_named_bare_is_no_flight_of_a_look_back_on_history(nlp, text, expected):
    found = extract(text, "2030-07-14", nlp=nlp).events
    assert {(e.event, e.spacecraft) if e.value.startswith("2030") else (e.event, e.spacecraft, e.value)
            for e in found} == expected


def test_a_class_named_bare_is_no_craft_launched_on_another_day(nlp):
    # regression (dev CP): the next crew's launch "on June 15" aboard "their Soyuz" folded into the Soyuz that
    # had launched the landing crew on Dec. 21, and both of its rows took the next crew aboard
    text = ("Commander Lev Orlov and flight engineers Anna Kim and Petr Volk landed in Kazakhstan on Tuesday, June 1, "
            "ending a five-month stay on the station.\n\nThe trio launched aboard the Soyuz TMA-50 spacecraft on Dec. "
            "21, 2029.\n\nA new trio of flight engineers, Jane Roe, Ivan Petrov and Mark Dunn, will launch from "
            "Baikonur on June 15. They will join the crew when hatches between their Soyuz and the station are "
            "opened on June 17.")
    found = {(e.event, e.spacecraft, e.value): e.people for e in extract(text, "2030-06-02", nlp=nlp).events}
    assert found[("launch", "Soyuz TMA-50", "2029-12-21")] == ("Lev Orlov", "Anna Kim", "Petr Volk")
    assert found[("landing", "Soyuz TMA-50", "2030-06-01")] == ("Lev Orlov", "Anna Kim", "Petr Volk")
