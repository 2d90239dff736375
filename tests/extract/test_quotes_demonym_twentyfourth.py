"""Quotes, twenty-fourth session (short sentences written for the tests): a state's adjective left alone as a
speaker ("the Rwandan statement concluded") is the state's armed forces as the knowledge base names them."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model

direct = direct_quotes_dated("2023-01-10")


def test_a_demonym_statement_speaks_for_the_state_s_force(nlp: Language) -> None:
    found = direct(nlp, "The troops met the governor in Ancuabe district.\n\n\u201cThey received a briefing on the "
                        "ongoing operations and praised the work done on the ground so far,\u201d the Rwandan "
                        "statement concluded.\n")
    assert [q.speaker for q in found] == ["Rwanda Defence Force"]


def test_a_people_s_plural_is_left_as_it_is(nlp: Language) -> None:
    # "the Rwandans" are people, not the state's statement: no force is made of them
    found = direct(nlp, "\u201cWe want to go home to our villages before the rains come this year,\u201d the Rwandans "
                        "said.\n")
    assert [q.speaker for q in found] != ["Rwanda Defence Force"]
