"""Forms of the Derna Mujahideen Shura Council's name, session 52 (actor): the Islamist militias' coalition that
drove the Islamic State out of Derna (2015-2016), named by the city and the council in either order, in English or
by the Arabic "Majlis"; the bare "Shura Council" is no form of it (Benghazi and Ajdabiya had councils of their own).
And the Misrata-led force that retook Sirte (Al-Bunyan Al-Marsous) by other transliterations of its name, and the
Islamic State's Tripolitania Province (Wilayat Tarabulus) by its names. Short sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

_DMSC = "Shura Council of Mujahideen in Derna"


@pytest.mark.parametrize("form", ["Shura Council of Derna", "Derna Shura Council", "Derna Mujahideen Shura Council",
                                  "Majlis Mujahedeen Derna", "Shura Council of Mujahideen in Derna"])
def test_a_form_naming_derna_is_the_council(ents_nlp: Language, form: str) -> None:
    text = f"Fighters of the {form} clashed with Islamic State militants in Derna on Monday."
    found = {m.text: m.canonical for m in entity_mentions(ents_nlp, text)}
    assert found.get(form) == _DMSC


def test_the_bare_shura_council_is_not_derna_s(ents_nlp: Language) -> None:
    text = "The Shura Council of Benghazi Revolutionaries clashed with Islamic State militants in Benghazi."
    assert _DMSC not in {m.canonical for m in entity_mentions(ents_nlp, text)}


_BAM = "Al-Bunyan Al-Marsous"


@pytest.mark.parametrize("form", ["Al-Bunyan Al-Marsoos", "Banyan al-Marsous", "Bonyan Al-Marsous"])
def test_a_transliteration_of_the_solid_structure_is_the_force(ents_nlp: Language, form: str) -> None:
    # (the Misrata-led forces that retook Sirte, by the "oo" spelling of the long vowel or another first vowel)
    text = f"On December 6, 2016, {form} forces declared the liberation of Sirte from ISIS."
    found = {m.text: m.canonical for m in entity_mentions(ents_nlp, text)}
    assert found.get(form) == _BAM


_TRIPOLI = "Islamic State Tripolitania Province"


@pytest.mark.parametrize("form", ["Islamic State in Tripoli Province", "IS Tripolitania Province", "Wilayat Tarabulus"])
def test_the_western_libya_province_is_its_own_branch(ents_nlp: Language, form: str) -> None:
    # (the province the group declared around Tripoli, which the pages credit with its attacks there)
    text = f"The group called {form} said it carried out the attack on the hotel in Tripoli."
    found = {m.text: m.canonical for m in entity_mentions(ents_nlp, text)}
    assert found.get(form) == _TRIPOLI
