"""Session 37 canonical names: "Sheikh" is a title the conventions drop, an opening "y" is a consonant when a name
is matched to a known person's spelling, and an army camp of a dateline is a place."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.resolve.persons import _known_spelling


def _canonicals(nlp: Language, text: str, written: str) -> set[str]:
    return {m.canonical for m in entity_mentions(nlp, text) if m.text == written}


@pytest.mark.model
def test_sheikh_before_a_name_is_no_part_of_it(ents_nlp: Language) -> None:
    text = ("Sheikh Hassan Dirie Warsame was arrested in Mogadishu on Monday. Police said Warsame had recruited "
            "fighters for the group.")
    assert _canonicals(ents_nlp, text, "Hassan Dirie Warsame") == {"Hassan Dirie Warsame"}
    assert _canonicals(ents_nlp, text, "Warsame") == {"Hassan Dirie Warsame"}


@pytest.mark.model
def test_a_name_that_opens_with_sheikh_keeps_it(ents_nlp: Language) -> None:
    # Bangladesh's former prime minister: her name, not a title (data/known_persons.toml)
    text = "Prime Minister Sheikh Hasina condemned the attack in Dhaka. Hasina said the attackers would be punished."
    assert _canonicals(ents_nlp, text, "Hasina") == {"Sheikh Hasina"}


def test_an_opening_y_is_no_vowel_when_spellings_are_matched() -> None:
    # Boko Haram's founder is not Niger's former president, whose spellings still meet
    assert _known_spelling("Mohammed Yusuf") is None
    assert _known_spelling("Muhammad Yousef") is None
    assert _known_spelling("Mahamadou Issoufu") == "Mahamadou Issoufou"


@pytest.mark.model
def test_an_army_camp_dateline_is_a_place(places_nlp: Language) -> None:
    doc = places_nlp("CAMP SIONGCO, Maguindanao - Two soldiers were wounded when a roadside bomb exploded on Monday.")
    assert {(m.text, m.place.name) for m in doc._.place_mentions} >= {("CAMP SIONGCO", "Camp Siongco")}
