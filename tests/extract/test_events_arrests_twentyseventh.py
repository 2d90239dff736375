"""Arrests, twenty-seventh session (short sentences written for the tests, some shortened from train pages): a pledge
of allegiance sworn by a suspect, a detainee, a cell or someone told only as "he" is background of an arrest, not a
group's pledge; a group's pledge stays one; Western Sahara's towns, where Morocco's bureau breaks up cells, are in
Morocco as the annotated pages put them."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-05-07")


def _pledges(found: list) -> list:
    return [e for e in found if e.type == "pledge"]


@pytest.mark.model
def test_a_suspects_pledge_is_background_of_the_arrest(nlp: Language) -> None:
    assert _pledges(events(nlp, "According to preliminary investigations, the suspects, steeped in the extremist "
                                "ideology of Daesh and pledged their allegiance to the so-called emir of this "
                                "organization, were planning dangerous terrorist projects.")) == []
    assert _pledges(events(nlp, "Some of those arrested had pledged allegiance to ISIS in 2019, he added.")) == []
    assert _pledges(events(nlp, "Two men were detained in Singapore. He had pledged his allegiance to the ISIS's "
                                "caliph, Abu Bakr al-Baghdadi, as early as in July 2014.")) == []


@pytest.mark.model
def test_the_group_after_a_cell_is_the_cell(nlp: Language) -> None:
    found = events(nlp, "The BCIJ dismantled a four-member ISIS cell operating between Tetouan and Chefchaouen. "
                        "The group had pledged allegiance to ISIS' leader and was reportedly planning attacks.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_groups_pledge_stays_one(nlp: Language) -> None:
    found = _pledges(events(nlp, "In 2019, the ADF pledged allegiance to the Islamic State."))
    assert [(e.actor, e.date) for e in found] == [("Allied Democratic Forces", "2019")]
    # "the group" after a sentence on arrested suspects (no cell) is the group named
    found = _pledges(events(nlp, "Police arrested five suspects linked to the ADF. The group pledged allegiance to "
                                 "the Islamic State in 2019."))
    assert [e.actor for e in found] == ["Allied Democratic Forces"]
    found = _pledges(events(nlp, "Rustam Asildarov, an emir who swore allegiance to IS in 2014, was killed in a "
                                 "raid in Makhachkala."))
    assert [e.date for e in found] == ["2014"]


@pytest.mark.model
def test_a_cell_in_western_sahara_is_broken_up_in_morocco(nlp: Language) -> None:
    found = events(nlp, "Three members of a cell active in Laayoune, Salé and Marrakech were arrested today by the "
                        "BCIJ.")
    assert [(e.type, e.country, e.place) for e in found] == [("operation", "MA", "Laayoune")]


@pytest.mark.model
def test_where_the_people_arrested_were_headed_is_not_where_the_arrest_was(nlp: Language) -> None:
    found = events(nlp, "Kenyan police have arrested two Tanzanians and two Kenyans said to have been travelling to "
                        "Yemen to join the terror group ISIS.")
    assert [(e.type, e.country) for e in found] == [("operation", "KE")]
    found = events(nlp, "Police in Kenya detained a man who was trying to fly to Turkey to join ISIS.")
    assert [(e.type, e.country) for e in found] == [("operation", "KE")]
    # a place the arrest verb's own phrase names still locates it
    found = events(nlp, "Police arrested two men in Mombasa who were travelling to Somalia to join ISIS.")
    assert [(e.type, e.country, e.place) for e in found] == [("operation", "KE", "Mombasa")]


@pytest.mark.model
def test_an_airport_where_suspects_are_arrested_is_known(nlp: Language) -> None:
    found = events(nlp, "The suspects were arrested at JKIA on Tuesday by the Anti-Terror Police Unit.")
    assert [(e.type, e.country) for e in found] == [("operation", "KE")]


@pytest.mark.model
def test_one_bodys_arrest_of_as_many_people_told_twice_is_one(nlp: Language) -> None:
    # a page with no date: nothing but the count tells that the two are one
    text = ("Three members of a cell linked to Daesh were this morning arrested by the BCIJ.\n\nThe BCIJ strikes "
            "again! Three members of a cell active in Laayoune, Salé and Marrakech were arrested today by the BCIJ.")
    found = events(nlp, text, reference=None)
    assert [(e.type, e.country, e.place) for e in found] == [("operation", "MA", "Laayoune")]
    # two arrests of different counts stay two
    text = ("Three members of a cell linked to Daesh were this morning arrested by the BCIJ.\n\nThe BCIJ strikes "
            "again! Six members of a cell active in Laayoune, Salé and Marrakech were arrested today by the BCIJ.")
    assert len(events(nlp, text, reference=None)) == 2
