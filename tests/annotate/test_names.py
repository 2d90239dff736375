"""A weekday inside a person's name is a given name; a weekday after a preposition or a day word stays a date."""

from __future__ import annotations

import pytest
from spacy.attrs import ORTH
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.annotate.names import _WEEKDAY_KEYS, WEEKDAYS

pytestmark = pytest.mark.model


def _ents(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(make_doc(nlp, text, "t", "2025-03-05"))
    return [(e.text, e.label_) for e in doc.ents]


def test_names_a_weekday_between_a_rank_and_a_name_is_a_given_name(nlp: Language) -> None:
    found = _ents(nlp, "Commenting on the operation, Air Marshal Sunday Aneke said the strikes hit the camp.")
    assert ("Sunday Aneke", "PERSON") in found and not any(label == "DATE" for _, label in found)


def test_names_a_weekday_after_a_preposition_or_a_day_word_is_a_day(nlp: Language) -> None:
    found = _ents(nlp, "Jets struck on Sunday. Christians gathered on Easter Sunday Mass in Lahore.")
    assert ("Sunday", "DATE") in found
    assert not any(text.startswith("Sunday ") and label == "PERSON" for text, label in found)


# The weekday words found by the key of their text (annotate/names): the same words as their texts.

@pytest.mark.model
def test_weekday_keys_are_the_keys_any_string_store_gives_the_weekday_texts(nlp: Language) -> None:
    assert {nlp.vocab.strings[day] for day in WEEKDAYS} == _WEEKDAY_KEYS
    doc = nlp.make_doc("Air Marshal Sunday Aneke, not SUNDAY nor sunday nor Sundays, spoke on Monday.")
    found = [doc[i].text for i, key in enumerate(doc.to_array(ORTH).tolist()) if key in _WEEKDAY_KEYS]
    assert found == ["Sunday", "Monday"]


@pytest.mark.model
def test_a_weekday_given_name_after_a_rank_is_still_joined_to_the_surname(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Air Marshal Sunday Aneke said the jets hit the camp on Friday.", "t", "2025-03-05"))
    assert ("Sunday Aneke", "PERSON") in [(e.text, e.label_) for e in doc.ents]
