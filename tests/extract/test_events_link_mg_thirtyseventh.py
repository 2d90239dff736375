"""Event linking, thirty-seventh session: a unit the actor knowledge base does not know ("the group's Special
Forces"), told after an event of an actor it knows, does not set its mention apart from that event; an event told
at a province takes the town a later mention tells it at (a second town is then a second event), and a village no
gazetteer places may lie in the province (short sentences written for the tests, after real pages)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import compatible, merge
from sitroom.extract.events.records import EventMention
from sitroom.models import Event, Place

events = events_dated("2023-03-02")


def _operations(nlp: Language, text: str) -> list[Event]:
    return [e for e in events(nlp, text) if e.type == "operation"]


@pytest.mark.model
def test_an_unknown_unit_told_after_a_known_force_is_its_operation(nlp: Language) -> None:
    found = _operations(nlp, "Taliban fighters raided an ISKP hideout in Herat city, a spokesman said. The group's "
                             "Special Forces conducted an operation in Herat last night, killing six militants, the "
                             "agency reported.")
    assert len(found) == 1
    assert found[0].actor == "Taliban"  # the known actor stands


def _mention(start: int, place: Place, text: str = "Fighters attacked the town.") -> EventMention:
    return EventMention("attack", "attacked", start, start + 8, start, start + len(text), text, country="NG",
                        place=place)


KHAR = Place("gn:3", "Khar", "PK", 34.73, 71.52, admin1="PK.03", precision="point", feature="city")


def test_a_later_definite_mention_places_the_event_of_its_country() -> None:
    # "Police have confirmed that Daesh was responsible for the suicide bombing in Pakistan", then "The explosion took
    # place at 4 p.m. at a political rally in Khar"
    lede = "Police have confirmed that Daesh was responsible for the suicide bombing in Pakistan."
    event = replace(_mention(0, KHAR, lede), place=None, country="PK", definite=True)
    later = replace(_mention(90, KHAR, "The explosion took place at 4 p.m. at a political rally in Khar."),
                    country="PK", definite=True)
    assert compatible(event, later)
    # not one picked out of several ("the first explosion took place ... in Khar")
    assert not compatible(event, replace(later, ranked=True))


BORNO = Place("p:borno", "Borno State", "NG", 11.5, 13.0, admin1="NG-BO", precision="province", feature="province")
MONGUNO = Place("gn:1", "Monguno", "NG", 12.67, 13.61, admin1="NG.02", precision="point", feature="city")
GUBIO = Place("gn:2", "Gubio", "NG", 12.5, 12.78, admin1="NG.02", precision="point", feature="city")
VILLAGE = Place("p:v", "Kwatandashi", "NG", None, None, precision="point", feature="village")


def test_a_province_event_takes_the_town_it_is_told_at() -> None:
    # "ISWAP fighters attacked bases in Borno State", then "the insurgents stormed Monguno": the attack is at the
    # town, and a second town told after it ("militants attacked Gubio") is a second attack
    event = _mention(0, BORNO)
    merge(event, _mention(40, MONGUNO))
    assert event.place == MONGUNO
    assert not compatible(event, _mention(80, GUBIO))


def test_a_village_no_gazetteer_places_may_lie_in_the_province() -> None:
    assert compatible(_mention(0, BORNO), _mention(40, VILLAGE))
    assert not compatible(_mention(0, replace(BORNO, country="CM")), _mention(40, VILLAGE))
