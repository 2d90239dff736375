"""Which mentions are one event: the eighteenth session's duplicate events (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2024-03-15")

LEDE = "Nigerian troops killed 25 ISWAP fighters in operations in Borno State, the army said. "


def test_a_village_of_the_province_is_where_the_provinces_operation_happened(nlp: Language) -> None:
    # the village is in no gazetteer (no coordinates): the province its sentence names puts it in the lede's
    found = events(nlp, LEDE + "On Sunday troops carried out operations in Limankara village in Borno State, the "
                               "army said.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]


def test_a_village_near_a_town_of_the_province_takes_the_provinces_code(nlp: Language) -> None:
    # Maiduguri's GeoNames code and Borno's ISO code are two codes of one province
    found = events(nlp, LEDE + "On Sunday troops carried out operations in Limankara village near Maiduguri, Borno "
                               "State, the army said.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]


def test_a_village_of_another_province_is_another_operation(nlp: Language) -> None:
    found = events(nlp, LEDE + "On Sunday troops carried out operations in Limankara village in Yobe State, the "
                               "army said.")
    assert [e.place for e in found] == ["Borno State", "Limankara"]


VICTORY = ("The area has been a hotbed of activity for militant cells years after Iraq declared victory over ISIS "
           "in 2017. ")


def test_one_years_recapture_told_twice_is_one_event(nlp: Language) -> None:
    found = events(nlp, VICTORY + "Iraqi forces, backed by a US-led international coalition, reclaimed all ISIS-held "
                                  "territory in Iraq in late 2017, after three years of fighting.")
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", "2017")]


def test_recaptures_of_two_years_stay_two(nlp: Language) -> None:
    found = events(nlp, VICTORY + "Iraqi forces, backed by a US-led international coalition, reclaimed all ISIS-held "
                                  "territory in Iraq in late 2019, after three years of fighting.")
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", "2017"), ("territorial_defeat", "2019")]


def test_a_meeting_on_a_country_was_not_held_there(nlp: Language) -> None:
    # what it focused on is no second meeting in Iraq: the one the Secretary led, in Washington
    found = events(nlp, "WASHINGTON - The Secretary led a ministerial meeting of the coalition on Monday. The meeting "
                        "focused on Iraq and how we work together to shape the peace there.")
    assert [(e.type, e.country) for e in found] == [("meeting", "US")]


def test_a_meeting_in_a_country_was_held_there(nlp: Language) -> None:
    found = events(nlp, "The coalition ministers held a meeting on Monday in Baghdad on the campaign against ISIS.")
    assert [(e.type, e.country) for e in found] == [("meeting", "IQ")]
