"""Actors, forty-ninth session (short sentences written for the tests): a state's army named by the state's
adjective, its short name or its name before a force noun ("Congolese forces", "the DRC army", "Mozambique troops",
"Philippine government forces", "Niger's military") takes the force's full name, as the conventions say of
"Rwandan army"; the capitalised land service keeps its own name ("the Philippine Army")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

FARDC = "Armed Forces of the Democratic Republic of the Congo"


@pytest.mark.model
@pytest.mark.parametrize(("text", "form", "force"), [
    ("Congolese forces killed ten rebels near Beni on Monday.", "Congolese forces", FARDC),
    ("The DRC forces received the rebels at the border.", "DRC forces", FARDC),
    ("The DR Congo army is blaming the rebels for the raid.", "DR Congo army", FARDC),
    ("More than 1,000 Mozambique troops recaptured the village.", "Mozambique troops",
     "Armed Defence Forces of Mozambique"),
    ("Philippine government forces stormed a camp on the island.", "Philippine government forces",
     "Armed Forces of the Philippines"),
    ("Philippine forces in the province stormed a camp.", "Philippine forces", "Armed Forces of the Philippines"),
    ("Malian forces repelled the attack on the camp.", "Malian forces", "Malian Armed Forces"),
    ("Niger's military deployed aircraft after the ambush.", "Niger's military", "Nigerien Armed Forces"),
])
def test_a_state_named_before_a_force_noun_is_its_army(ents_nlp: Language, text: str, form: str, force: str) -> None:
    assert {m.canonical for m in entity_mentions(ents_nlp, text) if m.text == form} == {force}


@pytest.mark.model
def test_the_capitalised_land_service_keeps_its_name(ents_nlp: Language) -> None:
    text = "The Philippine Army said its troops killed three gunmen."
    assert {m.canonical for m in entity_mentions(ents_nlp, text) if m.text == "Philippine Army"} == {"Philippine Army"}
