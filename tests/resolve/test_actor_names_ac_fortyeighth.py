"""Forms of group names in Nigeria, session 48 (ac): the press names the Sahel Province's fighters by the
plural of their Hausa name ("the Lakurawas") and spells it loosely ("Lukurawa", "Lakuwaras"); every form is the
province, as the bare name is; the military's releases write "BHT" (Boko Haram Terrorists) for Boko Haram. Short
sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

_ISSP = "Islamic State Sahel Province"


@pytest.mark.parametrize("form", ["Lakurawas", "Lukurawa", "Lakuwaras"])
def test_a_plural_or_loose_spelling_of_lakurawa_is_the_province(ents_nlp: Language, form: str) -> None:
    text = f"Troops killed 12 {form} in Tangaza, Sokoto State, on Monday, the army said."
    found = {m.text: m.canonical for m in entity_mentions(ents_nlp, text)}
    assert found.get(form) == _ISSP


def test_the_plural_is_one_entity_with_the_bare_name(ents_nlp: Language) -> None:
    text = ("Lakurawa fighters attacked Kebbi State villages on Friday. Troops later killed 12 Lakurawas near the "
            "border, the army said.")
    ms = [m for m in entity_mentions(ents_nlp, text) if m.text.startswith("Lakurawa")]
    assert {m.text for m in ms} == {"Lakurawa", "Lakurawas"}
    assert {m.entity_id for m in ms} == {ms[0].entity_id}


def test_the_military_s_letters_for_boko_haram_terrorists_are_boko_haram(ents_nlp: Language) -> None:
    text = ("Troops on patrol in Borno State came in contact with suspected BHT/ISWAP terrorists on Monday. "
            "Guards also repelled an attempt to reach the surrendered BHT members, the army said.")
    found = {(m.text, m.canonical) for m in entity_mentions(ents_nlp, text)}
    assert ("BHT", "Boko Haram") in found
    assert not any(m == "BHT" and c != "Boko Haram" for m, c in found)


@pytest.mark.parametrize("form", ["Special Deterrent Force", "Radaa (Deterrence) Force", "Special Deterrence Force"])
def test_tripoli_s_deterrence_force_by_its_english_names(ents_nlp: Language, form: str) -> None:
    text = f"The {form} arrested two Islamic State suspects in Tripoli, Libya, on Monday."
    found = {m.text: m.canonical for m in entity_mentions(ents_nlp, text)}
    assert found.get(form) == "Special Deterrence Force"


def test_the_bangsamoro_police_regional_office_by_its_full_name_and_letters(ents_nlp: Language) -> None:
    text = ("Operatives of the Police Regional Office-Bangsamoro Autonomous Region (PRO-BAR) arrested a Dawlah "
            "Islamiya member in Maguindanao del Sur on Monday, the PRO-BAR said.")
    found = {m.text: m.canonical for m in entity_mentions(ents_nlp, text)}
    assert found.get("PRO-BAR") == "Police Regional Office-Bangsamoro Autonomous Region"
    assert "Police Regional Office-Bangsamoro Autonomous Region" in found.values()


def test_the_region_s_older_long_form_stays_its_own_name(ents_nlp: Language) -> None:
    text = ("The Police Regional Office-Bangsamoro Autonomous Region in Muslim Mindanao said two Abu Sayyaf members "
            "were arrested in Basilan.")
    found = {m.canonical for m in entity_mentions(ents_nlp, text)}
    assert "Police Regional Office-Bangsamoro Autonomous Region in Muslim Mindanao" in found


@pytest.mark.parametrize("form", ["G5 Sahel Joint Force", "G5 Sahel", "G-5"])
def test_the_sahel_states_alliance_by_any_of_its_forms(ents_nlp: Language, form: str) -> None:
    text = f"The {form} has struggled to contain the Islamic State in the Greater Sahara in Mali and Niger."
    found = {m.text: m.canonical for m in entity_mentions(ents_nlp, text)}
    assert found.get(form) == "G5 Sahel"
