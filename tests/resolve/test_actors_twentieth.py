"""Session 20 entity-name rules: a body's generic last words in lower case; bodies the knowledge base lacked."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention

mentions = entity_mentions


def canonicals(ms: list[EntityMention], text: str) -> set[str]:
    return {m.canonical for m in ms if m.text == text}


def test_a_name_with_its_generic_last_words_in_lower_case_is_the_body(ents_nlp: Language) -> None:
    text = "Troops of the Pakistan army and Popular Mobilization forces fought Boko haram and Islamic State."
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Pakistan army") == {"Pakistan Army"}
    assert canonicals(ms, "Popular Mobilization forces") == {"Popular Mobilization Forces"}
    assert canonicals(ms, "Boko haram") == {"Boko Haram"}


def test_an_ordinary_phrase_in_lower_case_stays_no_body(ents_nlp: Language) -> None:
    # after "an" the phrase is the idea, not the group; a name's first word in lower case names nothing
    ms = mentions(ents_nlp, "The preacher called for an Islamic state in the region, not for a pakistan army.")
    assert not any(m.canonical == "Islamic State" for m in ms)
    assert not any(m.canonical == "Pakistan Army" for m in ms)


def test_bodies_of_the_campaigns_areas_are_known(ents_nlp: Language) -> None:
    text = ("The Puntland Security Forces (PSF) raided a base, while Puntland security forces held Bosaso. "
            "The LNA and the Wagner Group met MUJAO envoys; Doctors Without Borders and UNICEF sent aid.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Puntland Security Forces") == {"Puntland Security Force"}
    assert canonicals(ms, "PSF") == {"Puntland Security Force"}
    assert canonicals(ms, "Puntland security forces") == {"Puntland Defence Forces"}
    assert canonicals(ms, "LNA") == {"Libyan National Army"}
    assert canonicals(ms, "Wagner Group") == {"Wagner Group"}
    assert canonicals(ms, "MUJAO") == {"Movement for Oneness and Jihad in West Africa"}
    assert canonicals(ms, "Doctors Without Borders") == {"Doctors Without Borders"}
    assert canonicals(ms, "UNICEF") == {"UNICEF"}
