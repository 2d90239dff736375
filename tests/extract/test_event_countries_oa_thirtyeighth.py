"""Event countries, thirty-eighth session (short sentences written for the tests): a country that names a state's
mission abroad ("Pakistan's embassy", "the Russian embassy") says whose mission it is, not where the event was."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-09-25")


@pytest.mark.model
def test_the_country_whose_embassy_was_attacked_is_not_where(nlp: Language) -> None:
    found = events(nlp, "Islamic State has attacked several targets in Afghanistan this year. On Monday, gunmen "
                        "opened fire at Pakistan's embassy, killing two guards.")
    assert found and all(e.country != "PK" for e in found)


@pytest.mark.model
def test_a_town_still_locates_the_attack_on_an_embassy(nlp: Language) -> None:
    found = events(nlp, "Gunmen opened fire on the Pakistan embassy in Kabul on Monday, killing two guards.")
    assert [(e.country, e.place) for e in found] == [("AF", "Kabul")]


@pytest.mark.model
def test_an_abduction_told_after_the_release_keeps_its_own_place(nlp: Language) -> None:
    found = events(nlp, "Police said the two men were found in Jolo on Friday, a week after they were kidnapped in "
                        "Sandakan.")
    assert [(e.country, e.place) for e in found] == [("MY", "Sandakan")]


@pytest.mark.model
def test_a_clause_with_no_place_of_its_own_is_located_by_the_main_one(nlp: Language) -> None:
    found = events(nlp, "Troops killed five militants in Baga after they attacked a checkpoint.")
    assert [(e.country, e.place) for e in found if e.type == "attack"] == [("NG", "Baga")]
