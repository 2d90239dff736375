"""Event linking, thirty-seventh session: a unit the actor knowledge base does not know ("the group's Special
Forces"), told after an event of an actor it knows, does not set its mention apart from that event (short
sentences written for the tests, after real pages)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import compatible
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
