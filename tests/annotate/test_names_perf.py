"""The weekday words found by the key of their text (annotate/names): the same words as their texts."""

from __future__ import annotations

import pytest
from spacy.attrs import ORTH
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.annotate.names import _WEEKDAY_KEYS, WEEKDAYS

pytestmark = pytest.mark.model


def test_weekday_keys_are_the_keys_any_string_store_gives_the_weekday_texts(nlp: Language) -> None:
    assert {nlp.vocab.strings[day] for day in WEEKDAYS} == _WEEKDAY_KEYS
    doc = nlp.make_doc("Air Marshal Sunday Aneke, not SUNDAY nor sunday nor Sundays, spoke on Monday.")
    found = [doc[i].text for i, key in enumerate(doc.to_array(ORTH).tolist()) if key in _WEEKDAY_KEYS]
    assert found == ["Sunday", "Monday"]


def test_a_weekday_given_name_after_a_rank_is_still_joined_to_the_surname(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Air Marshal Sunday Aneke said the jets hit the camp on Friday.", "t", "2025-03-05"))
    assert ("Sunday Aneke", "PERSON") in [(e.text, e.label_) for e in doc.ents]
