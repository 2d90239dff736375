"""Event country, fifty-second session: near misses, an event found but put in the wrong country (short sentences
written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-06-10")


@pytest.mark.model
def test_an_event_in_a_neighbouring_country_is_there(nlp: Language) -> None:
    # the parser reads "neighboring" as a verb with the country its object: the "in" phrase still says where
    text = ("Malaysian police raised alert levels in January following a Daesh-linked attack in neighboring "
            "Indonesia that killed eight people.")
    found = {(e.type, e.country) for e in events(nlp, text)}
    assert ("attack", "ID") in found and ("attack", "MY") not in found


@pytest.mark.model
def test_people_from_a_neighbouring_country_are_not_where(nlp: Language) -> None:
    text = ("Malaysia has arrested 15 people, mostly foreigners from neighbouring Indonesia, over suspected links "
            "to the Islamic State.")
    found = {(e.type, e.country) for e in events(nlp, text)}
    assert ("operation", "MY") in found and ("operation", "ID") not in found
    text = ("Islamic State militants fled to neighbouring Mali after they attacked a village in Tillaberi on Friday, "
            "killing 12 people.")
    found = {(e.type, e.country) for e in events(nlp, text)}
    assert ("attack", "NE") in found and ("attack", "ML") not in found


@pytest.mark.model
def test_a_village_lies_in_the_country_written_after_it(nlp: Language) -> None:
    # the dateline's city is in the sentence too, and as often named as the country after the village
    text = ("NEW YORK, (UrduPoint / Pakistan Point News / WAM - 29th Mar, 2025) Members of the United Nations "
            "Security Council have condemned in the strongest terms the terrorist attack by Islamic State in the "
            "Greater Sahara in Kokorou town, Niger, which resulted in the deaths of at least 44 civilians.")
    found = {(e.type, e.country, e.place) for e in events(nlp, text, "2025-03-29")}
    assert ("attack", "NE", "Kokorou") in found and not any(c == "US" for _t, c, _p in found)
    text = "Gunmen attacked Kokorou village, Tera and Dosso on Friday, killing 12 people, Niger's army said."
    assert ("attack", "NE", "Kokorou") in {(e.type, e.country, e.place) for e in events(nlp, text)}


@pytest.mark.model
def test_a_village_lies_in_the_province_written_after_it(nlp: Language) -> None:
    # Chad and Niger are named as often as the province's Nigeria: the province after the comma settles it
    text = ("Officials in Chad and Niger said gunmen killed 12 people in Banga village, Borno State, on Friday.")
    found = {(e.type, e.country) for e in events(nlp, text)}
    assert ("attack", "NG") in found and ("attack", "TD") not in found
