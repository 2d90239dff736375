"""Quotes, twenty-sixth session (short sentences written for the tests): "the defense ministry said" on a page
about one state is that state's ministry, which the entity stage keeps for the records only (never an event's
actor); the quote takes the body's name, not the bare words."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model

direct = direct_quotes_dated("2019-06-04")


def test_a_lower_case_ministry_speaks_as_the_state_s_ministry(nlp: Language) -> None:
    found = direct(nlp, "Security forces in Niger foiled three attacks in Niamey and Diffa over the weekend.\n\n"
                        "\u201cThe suicide bomber and his guide were arrested outside the church,\u201d the defense "
                        "ministry said.\n")
    assert [q.speaker for q in found] == ["Nigerien Ministry of Defence"]


def test_a_ministry_in_neither_spelling_keeps_one_name(nlp: Language) -> None:
    # the knowledge base lists Niger's ministry under both spellings: one canonical name
    found = direct(nlp, "\u201cThe attackers were neutralised near the border post in the morning,\u201d the "
                        "Nigerien Ministry of Defense said in a statement on Niger state television.\n")
    assert [q.speaker for q in found] == ["Nigerien Ministry of Defence"]
