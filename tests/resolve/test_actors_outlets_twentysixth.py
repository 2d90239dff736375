"""Session 26 actors: named military operations the knowledge base does not list."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _aliases(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.canonical for m in nlp(text)._.entity_aliases}


@pytest.mark.model
def test_a_named_operation_is_an_organisation_named_as_written(ents_nlp: Language) -> None:
    found = _aliases(ents_nlp, "Mr Uba said the offensive, carried out under Operation Desert Sanity V, was launched "
                               "on Monday. Troops of Operation LAKE SANITY 2 killed ten insurgents.")
    assert found["Operation Desert Sanity V"] == "Operation Desert Sanity V"
    assert found["Operation LAKE SANITY 2"] == "Operation Lake Sanity 2"  # one name however the page shouts it


@pytest.mark.model
def test_a_title_after_the_word_operation_is_no_operation(ents_nlp: Language) -> None:
    found = _aliases(ents_nlp, "The Operation Commander, Maj. Gen. Ali Musa, visited the troops on Monday.")
    assert not any(text.startswith("Operation") for text in found)


@pytest.mark.model
def test_a_known_operation_keeps_its_knowledge_base_entity(ents_nlp: Language) -> None:
    doc = ents_nlp("Troops of Operation Hadin Kai repelled the attack.")
    assert [m.canonical for m in doc._.entity_mentions if m.text == "Operation Hadin Kai"] == ["Operation Hadin Kai"]
    assert not any(m.text.startswith("Operation") for m in doc._.entity_aliases if m.kb_id is None)


@pytest.mark.model
def test_the_name_a_source_spoke_to_is_an_organisation(ents_nlp: Language) -> None:
    found = _aliases(ents_nlp, "Local sources told Cabo Ligado that insurgents opened fire on the troops. The "
                               "fighting was hard, according to WTVA.")
    assert found.get("Cabo Ligado") == "Cabo Ligado" and found.get("WTVA") == "WTVA"


@pytest.mark.model
def test_a_titled_person_or_the_press_spoken_to_is_no_outlet(ents_nlp: Language) -> None:
    found = _aliases(ents_nlp, "The governor told reporters on Monday that he had told Mr Musa about the attack.")
    assert not {"reporters", "Mr Musa", "Musa"} & set(found)


@pytest.mark.model
def test_an_outlet_spoken_to_is_the_outlet_the_page_names_so_elsewhere(ents_nlp: Language) -> None:
    doc = ents_nlp("CAGAYAN DE ORO (MindaNews) — Three soldiers were killed in an ambush on Thursday. “The group is "
                   "active again,” he told Mindanews by phone.")
    ids = {m.entity_id for m in [*doc._.entity_mentions, *doc._.entity_aliases] if m.text.casefold() == "mindanews"}
    assert len(ids) == 1

