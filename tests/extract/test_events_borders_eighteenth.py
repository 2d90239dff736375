"""The country next door ("the border with Mali", "neighbouring Mali") is not where an event happened nor what the
article is about: the eighteenth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2021-03-22")


def test_an_unlisted_village_near_the_border_is_in_the_articles_country(nlp: Language) -> None:
    found = events(nlp, "Gunmen killed nine civilians in Niger on Sunday, officials in Niamey said. On Monday, "
                        "gunmen raided the village of Kandoyi, about 30 kilometres from the border with Mali, and "
                        "killed four herders. The attackers then fled to neighbouring Mali. Mali has been hit by "
                        "similar attacks.")
    assert found and {e.country for e in found} == {"NE"}


def test_a_village_of_the_country_the_sentence_names_keeps_it(nlp: Language) -> None:
    # the negative case: the sentence's own country, not the one across the border, places the village
    found = events(nlp, "Gunmen killed four herders in the village of Kandoyi in Mali's Menaka region, near the "
                        "border with Niger, on Sunday.")
    assert found and {e.country for e in found} == {"ML"}


def test_an_attack_in_the_neighbouring_country_is_still_there(nlp: Language) -> None:
    found = events(nlp, "Gunmen killed ten worshippers in an attack on a church in neighbouring Burkina Faso on "
                        "Sunday.")
    assert [e.country for e in found] == ["BF"]
