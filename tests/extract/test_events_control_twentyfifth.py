"""Change of territorial control, twenty-fifth session (short sentences written for the tests): the group taking a
named town told in a relative clause ("Mosul, which it overran in mid-2014") or a part of one ("one-third of the city
of Kobani") is its attack; a force taking or regaining a named town is its recapture; a town the group has
held since a date ("under IS control since June 2014", "held by the group since 2014") is the group's taking of it,
dated then; "the capture of Hajin" by a force (or no one named) is its recapture. Taking hostages, a town held with no
date, a town under a force's control and the capture of a person are none of these."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2017-06-03")


def _typed(found: list, etype: str) -> list:
    return [e for e in found if e.type == etype]


@pytest.mark.model
def test_taking_hostages_or_responsibility_takes_no_town(nlp: Language) -> None:
    assert not _typed(events(nlp, "The Islamic State took hostages in Mosul in 2015."), "attack")
    assert not _typed(events(nlp, "ISIS took responsibility in 2015."), "attack")
    assert not _typed(events(nlp, "On Tuesday federal police took the suspects to Baghdad."), "territorial_defeat")


@pytest.mark.model
def test_a_relative_pronoun_stands_for_the_town_or_the_taker(nlp: Language) -> None:
    found = _typed(events(nlp, "Daesh remains in control of Mosul, which it overran in mid-2014."), "attack")
    assert [(e.date, e.place, e.actor) for e in found] == [("2014", "Mosul", "Islamic State")]


@pytest.mark.model
def test_a_force_taking_or_regaining_a_named_town_retakes_it(nlp: Language) -> None:
    found = _typed(events(nlp, "In June 2015, Kurdish forces of the YPG regained the city of Tel Abyad after months "
                               "of fighting against ISIS."), "territorial_defeat")
    assert [(e.date, e.place) for e in found] == [("2015-06", "Tal Abyad")]
    found = _typed(events(nlp, "On Tuesday federal police took Sinjar from the Islamic State."), "territorial_defeat")
    assert [(e.date, e.place) for e in found] == [("2017-05-30", "Sinjar")]


@pytest.mark.model
def test_a_town_held_by_the_group_since_a_date_was_taken_then(nlp: Language) -> None:
    found = _typed(events(nlp, "The Islamic State attacked a checkpoint on Monday. Rutba has been held by the "
                               "extremist group since 2014."), "attack")
    assert ("2014", "Rutba") in [(e.date, e.place) for e in found]
    found = _typed(events(nlp, "ISIS fighters attacked a checkpoint on Monday. The harbor town of Mocimboa da Praia "
                               "has been under militant control since August 12, 2020."), "attack")
    assert ("2020-08-12", "Mocimboa da Praia") in [(e.date, e.place) for e in found]


@pytest.mark.model
def test_holding_with_no_date_or_by_a_force_is_no_taking(nlp: Language) -> None:
    found = events(nlp, "The Islamic State attacked a checkpoint on Monday. Rutba is still held by the group.")
    assert "Rutba" not in [e.place for e in _typed(found, "attack")]
    found = events(nlp, "The Islamic State attacked a checkpoint on Monday. Mosul has been under government "
                        "control since July 2017.")
    assert "Mosul" not in [e.place for e in _typed(found, "attack")]


@pytest.mark.model
def test_the_capture_of_a_town_is_its_recapture_not_the_capture_of_a_person(nlp: Language) -> None:
    found = _typed(events(nlp, "The Syrian Democratic Forces announced the capture of Hajin on Friday."),
                   "territorial_defeat")
    assert [(e.date, e.place, e.actor) for e in found] == [("2017-06-02", "Hajin", "Syrian Democratic Forces")]
    found = events(nlp, "Iraqi forces announced on Tuesday the capture of a senior Islamic State leader in Mosul.")
    assert not _typed(found, "territorial_defeat")


@pytest.mark.model
def test_whoever_takes_a_town_from_the_group_retakes_it(nlp: Language) -> None:
    found = events(nlp, "Turkish-backed rebels on Sunday captured the northern Syrian town of Dabiq from the Islamic "
                        "State group.")
    assert [(e.type, e.date, e.place) for e in found] == [("territorial_defeat", "2017-05-28", "Dabiq")]
    # the group taking a town from others is its attack, never a recapture
    found = events(nlp, "On Sunday the Islamic State captured the town of Dabiq from the rebels.")
    assert [(e.type, e.place) for e in found] == [("attack", "Dabiq")]


@pytest.mark.model
def test_a_part_of_a_town_is_taken_as_the_town(nlp: Language) -> None:
    found = _typed(events(nlp, "Islamic State militants captured part of the town of Kobani on Monday."), "attack")
    assert [(e.date, e.place) for e in found] == [("2017-05-29", "Kobani")]
    found = _typed(events(nlp, "Islamic State militants have captured about one-third of the city of Kobani on "
                               "Monday."), "attack")
    assert [e.place for e in found] == ["Kobani"]


@pytest.mark.model
def test_the_aim_of_an_operation_takes_no_town(nlp: Language) -> None:
    found = events(nlp, "Government forces launched an operation in May to re-take Sirte from the Islamic State.")
    assert not _typed(found, "territorial_defeat")
    found = events(nlp, "Government forces managed to take Sirte from the Islamic State in May.")
    assert [(e.type, e.date, e.place) for e in found] == [("territorial_defeat", "2017-05", "Sirte")]
