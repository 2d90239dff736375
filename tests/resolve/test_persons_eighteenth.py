"""Session 19 person-name rules: transliterations of a known figure, a surname spelt another way once."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention
from sitroom.resolve.persons import _respelt, sound_key, title_vocab

mentions = entity_mentions


def canonicals(ms: list[EntityMention], text: str) -> set[str]:
    return {m.canonical for m in ms if m.text == text}


def test_transliterations_share_a_sound_key() -> None:
    assert sound_key("Gadhafi") == sound_key("Qaddafi") == sound_key("Gaddafi")
    assert sound_key("al-Sahrawi") == sound_key("Sahraoui")
    assert sound_key("Sharaa") != sound_key("Sahrawi")


def test_a_known_figure_in_another_transliteration_is_that_figure(ents_nlp: Language) -> None:
    text = "Moammar Gadhafi ruled Libya until 2011. Later, forces loyal to Khalifa Hifter took Sirte."
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Moammar Gadhafi") == {"Muammar Gaddafi"}
    assert canonicals(ms, "Khalifa Hifter") == {"Khalifa Haftar"}


def test_a_relative_of_a_known_figure_keeps_his_own_name(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "Saif al-Islam Gaddafi, a son of the late ruler, spoke in Zintan on Monday.")
    assert canonicals(ms, "Saif al-Islam Gaddafi") == {"Saif al-Islam Gaddafi"}


def test_a_surname_spelt_another_way_once_joins_the_full_name(ents_nlp: Language) -> None:
    text = "Army spokesman Elias Ssegujja said the rebels fled. Sseguja added that two soldiers died."
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Sseguja") == {"Elias Ssegujja"}
    # a different surname stays its own person
    text = "Army spokesman Elias Ssegujja said the rebels fled. Kasozi added that two soldiers died."
    ms = mentions(ents_nlp, text)
    assert "Elias Ssegujja" not in canonicals(ms, "Kasozi")



def test_a_respelt_surname_keeps_its_first_letter_and_is_no_nisba() -> None:
    particles = title_vocab().particles
    assert _respelt("Sseguja", "Ssegujja", particles)
    assert not _respelt("Palawan", "Hapilon", particles)  # same consonants, another word
    assert not _respelt("Baghdad", "al-Baghdadi", particles)  # the city a nisba is formed from
