"""Which toll an attack keeps (eighteenth session, task go; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-06-01")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_the_story_count_beats_the_headline_count(nlp: Language) -> None:
    # a title rounds or sums up ("100" for two villages); the story's own count of the attack stands
    assert tolls(nlp, "Jihadists kill 100 in Tchombangou village attack\nJihadists attacked the village of "
                      "Tchombangou in Niger on Saturday. The prime minister said on Sunday that 70 people were killed "
                      "in the attack on Tchombangou.") == [(70, None)]
    # without a headline, the first count told stands
    assert tolls(nlp, "Jihadists attacked the village of Tchombangou in Niger on Saturday, killing 100 people. The "
                      "prime minister said on Sunday that 70 people were killed in the attack on Tchombangou.") == [
        (100, None)]


def test_a_story_count_far_from_the_headline_count_is_another_attacks(nlp: Language) -> None:
    assert tolls(nlp, "Jihadists kill 100 in Tchombangou village attack\nJihadists attacked the village of "
                      "Tchombangou in Niger on Saturday. The prime minister said on Sunday that 30 people were killed "
                      "in the attack on Tchombangou.")[0] == (100, None)


def test_a_photo_caption_or_a_footnoted_sentence_is_no_headline(nlp: Language) -> None:
    assert tolls(nlp, "A car bomb attack in Qayyarah on Tuesday killed six people and wounded 26 (AFP photo)\nPolice "
                      "said 30 people were wounded in the car bomb attack in Qayyarah.") == [(6, 26)]
    assert tolls(nlp, "Gunmen attacked the village of Tchombangou in Niger on Saturday, killing 100 people.[4]\nThe "
                      "prime minister said on Sunday that 70 people were killed in the attack on Tchombangou.") == [
        (100, None)]


def test_a_scale_word_multiplies_the_number_before_it(nlp: Language) -> None:
    assert tolls(nlp, "The suicide blast at the mosque in Islamabad on Friday has killed three dozen people and "
                      "injured 169.") == [(36, 169)]
    assert tolls(nlp, "Gunmen killed two hundred villagers in Tchombangou on Saturday.") == [(200, None)]
    # a scale word alone keeps its own value
    assert tolls(nlp, "Gunmen killed a dozen villagers and wounded a hundred in Tchombangou on Saturday.") == [
        (12, 100)]


def test_injuries_measured_by_degree_are_wounded(nlp: Language) -> None:
    assert tolls(nlp, "ISWAP fighters attacked Kuje on Tuesday, killing four inmates, while 16 others sustained "
                      "varying degrees of injuries.") == [(4, 16)]
    # what the object measures must be an injury
    assert tolls(nlp, "ISWAP fighters attacked Kuje on Tuesday, killing four inmates, while 16 others sustained a "
                      "loss of property.") == [(4, None)]
