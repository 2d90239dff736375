"""Session 19 entity-name rules: the shorter forms inside a longer knowledge-base match, numbered military units,
bodies of the campaign's states."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention

mentions = entity_mentions


def canonicals(ms: list[EntityMention], text: str) -> set[str]:
    return {m.canonical for m in ms if m.text == text}


def test_a_shorter_form_inside_a_longer_one_is_a_mention_of_the_same_actor(ents_nlp: Language) -> None:
    text = "The Islamic State group claimed the attack through its Amaq news agency on Friday."
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Islamic State") == {"Islamic State"}
    assert canonicals(ms, "Islamic State group") == {"Islamic State"}
    assert canonicals(ms, "Amaq") == {"Amaq"}


def test_the_words_after_the_article_name_the_actor_too(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "Jets of the international coalition struck a hideout near Raqqa.")
    assert canonicals(ms, "international coalition") == {"Global Coalition to Defeat Daesh/ISIS"}
    # a shorter form of another actor inside a name stays no mention of that actor
    ms = mentions(ents_nlp, "The Islamic State West Africa Province claimed the raid.")
    assert "Islamic State" not in {m.text for m in ms}


def test_a_numbered_unit_keeps_its_number(ents_nlp: Language) -> None:
    text = ("Troops of the 45th Infantry Battalion and the 1st Scout Ranger Battalion clashed with gunmen, "
            "and soldiers of 222 Battalion repelled an attack, the 1st Brigade Combat Team said.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "45th Infantry Battalion") == {"45th Infantry Battalion"}
    assert canonicals(ms, "1st Scout Ranger Battalion") == {"1st Scout Ranger Battalion"}
    assert canonicals(ms, "222 Battalion") == {"222 Battalion"}
    assert canonicals(ms, "1st Brigade Combat Team") == {"1st Brigade Combat Team"}
    assert not any(m.canonical == "Scout Ranger Battalion" for m in ms)


def test_a_year_before_a_unit_word_is_no_unit(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "In 2017 Brigade commanders met in Marawi to plan the assault.")
    assert not any(m.text.startswith("2017") for m in ms)


def test_the_philippine_army_is_its_own_body_below_the_armed_forces(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "The Philippine Army said Philippine troops killed two militants in Lanao del Sur.")
    assert canonicals(ms, "Philippine Army") == {"Philippine Army"}
    assert canonicals(ms, "Philippine troops") == {"Armed Forces of the Philippines"}


def test_the_defence_and_security_forces_are_the_state_s_force(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "In Niger, the Defense and Security Forces killed 20 militants near Tillaberi, Niger said.")
    assert canonicals(ms, "Defense and Security Forces") == {"Nigerien Defense and Security Forces"}
    ms = mentions(ents_nlp, "In Mozambique, the Defence and Security Forces retook Mocimboa da Praia, Mozambique said.")
    assert canonicals(ms, "Defence and Security Forces") == {"Armed Defence Forces of Mozambique"}


def test_forms_of_the_campaign_s_bodies(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "Niger Republic troops fought Lakurawa fighters while Operation Shuja went on in Ituri.")
    assert canonicals(ms, "Niger Republic") == {"Niger"}
    assert canonicals(ms, "Lakurawa") == {"Islamic State Sahel Province"}
    assert canonicals(ms, "Operation Shuja") == {"Operation Shujaa"}

