"""Actors, twenty-eighth session (short sentences written for the tests): a ministry written without its owner is
the ministry of the one country its sentence names, by name, people or towns."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions


def ministries(nlp: Language, text: str) -> dict[str, set[str]]:
    doc = nlp(text)
    out: dict[str, set[str]] = {}
    for m in [*doc._.entity_mentions, *doc._.entity_aliases]:
        if "ministry" in m.text.lower():
            out.setdefault(m.text, set()).add(m.canonical)
    return out


@pytest.mark.model
@pytest.mark.parametrize(("text", "form", "canonical"), [
    # the towns of the sentence, though the page names another country more
    ("Police arrested three men in the cities of Tangier and Meknes, according to the interior ministry. "
     "Pakistan has also arrested people. Pakistan said so.", "interior ministry", "Moroccan Ministry of Interior"),
    # the people's adjective in the sentence
    ("Russia said a lot. Russia agreed. Tunisian security forces have killed three suspected militants, the "
     "interior ministry said on Sunday.", "interior ministry", "Tunisian Ministry of Interior"),
])
def test_actors_a_ministry_is_the_state_its_sentence_names(
        ents_nlp: Language, text: str, form: str, canonical: str) -> None:
    assert ministries(ents_nlp, text).get(form) == {canonical}


@pytest.mark.model
def test_actors_a_sentence_naming_several_states_leaves_the_ministry_to_the_page(ents_nlp: Language) -> None:
    text = ("Niger mourned the victims in Niamey on Friday. Niger closed its border. The defense ministry said "
            "the force of soldiers from Niger, Nigeria, Chad and Cameroon swept the Lake Chad basin.")
    assert ministries(ents_nlp, text).get("defense ministry") == {"Nigerien Ministry of Defence"}


@pytest.mark.model
def test_actors_the_same_ministry_again_keeps_the_state_its_first_sentence_gave(ents_nlp: Language) -> None:
    text = ("A cell operating in Fez was dismantled, according to the interior ministry. Syria and Syria again. "
            "Syria, Syria. The interior ministry reported that one member was convicted.")
    assert ministries(ents_nlp, text).get("interior ministry") == {"Moroccan Ministry of Interior"}


@pytest.mark.model
def test_actors_a_neighbour_named_by_its_name_alone_does_not_own_the_ministry(ents_nlp: Language) -> None:
    text = ("Niger mourned the victims in Niamey. Niger closed its schools. Hundreds of jihadists attacked the camp "
            "near the border with Mali on Tuesday, according to the defence ministry.")
    assert ministries(ents_nlp, text).get("defence ministry") == {"Nigerien Ministry of Defence"}


@pytest.mark.model
def test_actors_a_bracketed_acronym_spelling_the_words_before_it_names_a_body(ents_nlp: Language) -> None:
    text = ("The field teams of the Displacement Tracking Matrix (DTM) recorded the arrival of 1,593 people. "
            "The DTM said more would come.")
    found = {m.text: m.canonical for m in entity_mentions(ents_nlp, text)}
    assert found.get("Displacement Tracking Matrix") == "Displacement Tracking Matrix"
    assert found.get("DTM") == "Displacement Tracking Matrix"


@pytest.mark.model
def test_actors_letters_in_brackets_that_spell_no_name_make_no_body(ents_nlp: Language) -> None:
    text = "The field teams of the Displacement Tracking Matrix (IOM) recorded the arrival of 1,593 people."
    assert "Displacement Tracking Matrix" not in {m.canonical for m in entity_mentions(ents_nlp, text)}
