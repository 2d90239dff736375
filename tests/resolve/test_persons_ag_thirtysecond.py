"""Person names on real-page habits (short sentences written for the tests): a name written surname first
elsewhere on the page is one person."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.model
def test_a_name_written_surname_first_is_the_same_person(nlp: Language) -> None:
    text = ("The suspects who include Siraje Ssenkungu were arrested on Sunday in Mpigi.\n"
            "\"Our teams searched the homes of Ssenkungu Siraje in the presence of local leaders,\" the police "
            "said.\n")
    doc = nlp(text)
    persons = {m.canonical for m in doc._.entity_mentions if m.type == "person"}
    assert persons == {"Siraje Ssenkungu"}


@pytest.mark.model
def test_spellings_of_state_forces_without_apostrophe_or_space_are_the_force(nlp: Language) -> None:
    doc = nlp("The Uganda Peoples Defense Force and the Nigerian Airforce struck the camps on Monday.\n")
    canon = {m.canonical for m in doc._.entity_mentions}
    assert {"Uganda People's Defence Force", "Nigerian Air Force"} <= canon
