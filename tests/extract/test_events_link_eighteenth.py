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
