"""Entity merging, thirty-seventh session (mf; short texts written for the tests): a country after a lower-case
word ("in northern Mali") is the country, and one name a page writes two ways is one entity."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention, Place, PlaceMention, stable_id
from sitroom.resolve.places import place_entity_mentions


@pytest.mark.model
def test_a_country_after_a_lower_case_compass_word_is_the_country(ents_nlp: Language) -> None:
    text = "The army said it killed a commander in northern Mali on Monday."
    assert {m.canonical for m in entity_mentions(ents_nlp, text) if m.text == "Mali"} == {"Mali"}


@pytest.mark.model
def test_a_capitalised_word_before_a_country_still_makes_another_place(ents_nlp: Language) -> None:
    text = "Fighters crossed Lake Chad on Monday."
    assert "Chad" not in {m.canonical for m in entity_mentions(ents_nlp, text)}


def _mention(text: str, start: int, etype: str = "location", kb_id: str | None = None) -> EntityMention:
    return EntityMention(text=text, start=start, end=start + len(text), canonical=text, type=etype,
                         entity_id=stable_id("entity", etype, text), kb_id=kb_id)


TOWN = Place(id="p:town", name="Peshawar", country="PK", lat=34.0, lon=71.6, precision="point", feature="city")
FAR = Place(id="p:far", name="Kalaat", country="TN", lat=35.8, lon=8.7, precision="point", feature="city")
NEAR_FAR = Place(id="p:far2", name="Kalaa", country="TN", lat=33.0, lon=10.0, precision="point", feature="city")


def test_a_place_misspelt_once_is_the_place_the_gazetteer_knows() -> None:
    found, kept = place_entity_mentions([PlaceMention("Peshawar", 0, 8, TOWN)], [_mention("Peshwar", 40)],
                                        [_mention("Peshwar", 40)])
    assert {m.canonical for m in [*found, *kept]} == {"Peshawar"}
    assert len({m.entity_id for m in [*found, *kept]}) == 1


def test_a_name_with_and_without_its_hyphen_or_capitals_is_one_entity() -> None:
    _, kept = place_entity_mentions([], [_mention("Tabqah Dam", 0, "facility"), _mention("Tabqah dam", 30, "facility"),
                                         _mention("Tabqah Dam", 60, "facility"),
                                         _mention("North Rhine-Westphalia", 90, "organization"),
                                         _mention("North Rhine Westphalia", 130, "organization")])
    assert [m.canonical for m in kept] == ["Tabqah Dam"] * 3 + ["North Rhine-Westphalia"] * 2


def test_a_misspelt_body_joins_the_known_one() -> None:
    _, kept = place_entity_mentions([], [_mention("Reuters", 0, "organization", kb_id="reuters"),
                                         _mention("Reuter", 30, "organization")])
    assert {(m.canonical, m.kb_id) for m in kept} == {("Reuters", "reuters")}


def test_names_a_letter_apart_stay_apart_when_short_placed_far_apart_or_acronyms() -> None:
    found, _ = place_entity_mentions([PlaceMention("Kalaat", 0, 6, FAR), PlaceMention("Kalaa", 20, 25, NEAR_FAR)], [])
    assert len({m.entity_id for m in found}) == 2
    _, kept = place_entity_mentions([], [_mention("Bama", 0), _mention("Gama", 10), _mention("ISWAP", 20,
                                         "organization"), _mention("ISWA", 30, "organization")])
    assert len({m.entity_id for m in kept}) == 4
