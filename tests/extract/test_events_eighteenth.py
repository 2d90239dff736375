"""Event precision, eighteenth session: plots, and a province's report linked to its town's (short sentences
written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import consolidate
from sitroom.extract.events.records import EventMention
from sitroom.models import Place

events = events_dated("2021-06-01")

BORNO = Place(id="p:borno", name="Borno State", country="NG", lat=11.9, lon=13.1, admin1="NG-BO",
              precision="province", feature="province")
MAFA = Place(id="p:mafa", name="Mafa", country="NG", lat=11.924, lon=13.601, admin1="NG.27")
MARTE = Place(id="p:marte", name="Marte", country="NG", lat=12.37, lon=13.83, admin1="NG.27")
DAMATURU = Place(id="p:damaturu", name="Damaturu", country="NG", lat=11.747, lon=11.961, admin1="NG-YO")
KANO = Place(id="p:kano", name="Kano", country="NG", lat=12.0, lon=8.517, admin1="NG.23")


def _attack(start: int, place: Place) -> EventMention:
    return EventMention(type="attack", trigger="attack", start=start, end=start + 6, sent_start=start,
                        sent_end=start + 40, sent_text="...", place=place, country="NG", date="2021-03-11")


@pytest.mark.model
def test_a_plot_told_in_the_past_is_no_attack(nlp: Language) -> None:
    # "had planned to attack": what was meant, not what was done
    assert events(nlp, "Police said the two men had planned to attack a police station in Lahore.") == []
    assert events(nlp, "The suspect planned to launch an attack on a church in Jakarta soon.") == []


@pytest.mark.model
def test_who_planned_an_attack_still_reports_it(nlp: Language) -> None:
    found = events(nlp, "The militants who planned the attack on the church in Jakarta were arrested on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_province_and_a_town_near_its_centre_are_one_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters killed 15 soldiers in an attack in Borno State on Thursday. The convoy came "
                        "under heavy attack from the jihadists near Gudumbali on Thursday evening.")
    assert [(e.type, e.killed) for e in found] == [("attack", 15)]


@pytest.mark.model
def test_a_town_of_another_province_is_another_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters killed 15 soldiers in an attack in Yobe State on Thursday. Security sources "
                        "said a convoy came under heavy attack near Maiduguri on Thursday evening.")
    assert sorted(e.place or "" for e in found) == ["Maiduguri", "Yobe State"]


def test_consolidation_links_a_town_to_its_province() -> None:
    # the province carries its ISO code, the town GeoNames' own: only the distance tells; the one event then
    # sits at the town the later mention names, the finer place (link: a province's event takes its town)
    assert [e.place for e in consolidate([_attack(0, BORNO), _attack(100, MAFA)])] == [MAFA]


def test_consolidation_keeps_a_list_of_towns_apart_from_their_province() -> None:
    # "attacks in Borno ... in Mafa, Marte": one trigger split by place, each town an attack of its own
    found = consolidate([_attack(0, BORNO), _attack(100, MAFA), _attack(100, MARTE)])
    assert [e.place for e in found] == [BORNO, MAFA, MARTE]


def test_consolidation_keeps_a_town_of_another_province_apart() -> None:
    # Damaturu is within reach of Borno's centre, but its ISO code says Yobe; Kano is far
    found = consolidate([_attack(0, BORNO), _attack(100, DAMATURU), _attack(200, KANO)])
    assert [e.place for e in found] == [BORNO, DAMATURU, KANO]


@pytest.mark.model
def test_a_planned_attack_that_was_thwarted_never_happened(nlp: Language) -> None:
    assert events(nlp, "The strike also thwarted a planned suicide bombing targeting a military base in "
                       "Puntland.") == []


@pytest.mark.model
def test_a_planned_meeting_held_is_still_told(nlp: Language) -> None:
    # only a verb that stops the plan ("thwart", "foil") makes it hypothetical
    found = events(nlp, "The coalition held the planned meeting in Rome last week.")
    assert [e.type for e in found] == ["meeting"]
