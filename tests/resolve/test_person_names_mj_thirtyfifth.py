"""A given name the NER left out between a title and the surname (short sentences written for the tests): the
title ends the run of capitalised words, so the word after it may be the name's first word, and a name word may
hold one inner apostrophe ("Ma’ruf", "Ja'far")."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _persons(nlp: Language, text: str) -> set[str]:
    return {m.canonical for m in nlp(text)._.entity_mentions if m.type == "person"}


@pytest.mark.model
def test_given_name_with_apostrophe_after_a_title_is_kept(nlp: Language) -> None:
    persons = _persons(nlp, "Vice President Ma’ruf Amin praised the police for arresting the suspect.")
    assert "Ma’ruf Amin" in persons
    assert "Amin" not in persons


@pytest.mark.model
def test_title_words_stay_out_of_the_name(nlp: Language) -> None:
    persons = _persons(nlp, "Defence Minister Richard Marles said the troops would stay.")
    assert persons == {"Richard Marles"}


@pytest.mark.model
def test_a_word_opening_with_an_apostrophe_is_no_name_word(nlp: Language) -> None:
    from sitroom.resolve.persons import _name_letters

    assert _name_letters("Ma’ruf") and _name_letters("O'Brien")
    assert not _name_letters("’Ruf") and not _name_letters("Amin’") and not _name_letters("Ma’ru’f")
