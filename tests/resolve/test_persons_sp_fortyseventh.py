"""Person names (names written for the tests): a known person's name spelt with its given names apart or run
together ("Abdul Hamid" / "Abdelhamid") is that person; a different given name with the same surname is not."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.resolve.persons import _known_spelling


@pytest.mark.parametrize("written", ["Abdul Hamid al-Dabaiba", "Abdul Hameed Dbeibah", "Abdul Hamid Dbeibé",
                                     "Abdulhamid Dbeibah"])
def test_given_names_written_apart_or_together_are_the_known_spelling(written: str) -> None:
    assert _known_spelling(written) == "Abdelhamid Dbeibah"


def test_another_given_name_with_a_known_surname_is_someone_else() -> None:
    assert _known_spelling("Khalid al-Barnawi") is None
    assert _known_spelling("Ahmed Mujahid") is None
    assert _known_spelling("Abu Mus’ab Al-Barnawi") == "Abu Musab al-Barnawi"


@pytest.mark.model
def test_a_known_spokesman_named_by_surname_alone_is_the_full_name(ents_nlp: Language) -> None:
    text = "Mujahid said in a post on X that the gunmen had been killed in Kabul."
    assert {m.canonical for m in entity_mentions(ents_nlp, text) if m.text == "Mujahid"} == {"Zabihullah Mujahid"}
