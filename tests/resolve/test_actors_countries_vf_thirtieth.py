"""Actors, thirtieth session (short sentences written for the tests): a country a dateline or headline writes in
capitals is that country, and a country named only by its adjective ("Turkish warplanes") is a mention of it in
the entity records."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions


def canonicals(nlp: Language, text: str, form: str) -> set[str]:
    return {m.canonical for m in entity_mentions(nlp, text) if m.text == form}


def alias_canonicals(nlp: Language, text: str, form: str) -> set[str]:
    return {m.canonical for m in nlp(text)._.entity_aliases if m.text == form}


@pytest.mark.model
def test_a_country_in_capitals_is_the_country(ents_nlp: Language) -> None:
    text = ("KABUL, AFGHANISTAN – The regional affiliate of the Islamic State claimed the explosion. The group is "
            "active across Afghanistan.")
    assert canonicals(ents_nlp, text, "AFGHANISTAN") == {"Afghanistan"}
    assert canonicals(ents_nlp, text, "Afghanistan") == {"Afghanistan"}


@pytest.mark.model
def test_a_shouted_place_name_around_a_country_stays_the_place(ents_nlp: Language) -> None:
    text = "FIGHTING NEAR LAKE CHAD: soldiers repelled an attack on Monday."
    assert "Chad" not in {m.canonical for m in entity_mentions(ents_nlp, text)}


@pytest.mark.model
def test_a_country_adjective_is_a_mention_of_the_country(ents_nlp: Language) -> None:
    text = "Turkish warplanes struck positions near Raqqa on Sunday, the Russian embassy said."
    assert alias_canonicals(ents_nlp, text, "Turkish") == {"Turkey"}
    assert alias_canonicals(ents_nlp, text, "Russian") == {"Russia"}
    # an adjective is no actor: the extractors' mentions do not count it
    assert canonicals(ents_nlp, text, "Turkish") == set()


@pytest.mark.model
def test_an_adjective_inside_a_name_is_no_country_mention(ents_nlp: Language) -> None:
    text = "The Central African Republic sent troops, and South Africa's army joined them."
    assert alias_canonicals(ents_nlp, text, "Central African") == set()
    assert alias_canonicals(ents_nlp, text, "African") == set()


@pytest.mark.model
def test_an_adjective_before_a_name_the_ner_missed_is_no_country_mention(ents_nlp: Language) -> None:
    text = "Fighters crossed into Iraqi Kurdistan Region on Friday, officials said."
    assert alias_canonicals(ents_nlp, text, "Iraqi") == set()


@pytest.mark.model
def test_the_coalition_without_its_article_is_the_global_coalition(ents_nlp: Language) -> None:
    text = ("Iraqi forces received intelligence from international coalition forces. The caliphate fell after "
            "pressure from a US led coalition, and forces backed by the anti-IS international coalition advanced.")
    coalition = "Global Coalition to Defeat Daesh/ISIS"
    assert canonicals(ents_nlp, text, "international coalition") == {coalition}
    assert canonicals(ents_nlp, text, "US led coalition") == {coalition}
    assert canonicals(ents_nlp, text, "anti-IS international coalition") == {coalition}


@pytest.mark.model
def test_a_bare_national_body_the_ner_missed_is_the_main_countrys(ents_nlp: Language) -> None:
    text = ("Indonesian police arrested five suspects in Java, Indonesia. National Police Chief Gen. Listyo Sigit said "
            "the suspects were linked to JAD. The National Police's Special Detachment 88 led the raid.")
    assert alias_canonicals(ents_nlp, text, "National Police") == {"Indonesian National Police"}


@pytest.mark.model
def test_a_bare_body_name_inside_another_name_stays_out(ents_nlp: Language) -> None:
    text = ("Philippine troops clashed with militants in Sulu, the Philippines. A U.S. Army adviser watched, and the "
            "Moro Army was not involved.")
    assert alias_canonicals(ents_nlp, text, "Army") == set()


@pytest.mark.model
def test_puntlands_police_and_its_army_by_its_somali_name(ents_nlp: Language) -> None:
    text = "Puntland Police arrested two suspects in Bosaso. Darawiish forces later captured a base in the mountains."
    assert canonicals(ents_nlp, text, "Puntland Police") == {"Puntland Police Force"}
    assert canonicals(ents_nlp, text, "Darawiish forces") == {"Puntland Defence Forces"}
