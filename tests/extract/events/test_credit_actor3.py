"""Who an event is credited to across the document (events/credit.py): an arrest lent another state's credit."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2016_01_20 = events_dated("2016-01-20")


@pytest.mark.model
def test_an_arrest_lent_a_foreign_states_credit_is_the_arresting_states(nlp: Language) -> None:
    # the state the article credits its other arrest to (Turkey) did not arrest the couple in Malaysia
    found = events_on_2016_01_20(
        nlp, "Three suspects were detained by the Turkish authorities in Istanbul on Nov 15 for trying to join the "
        "Islamic State. A married couple was deported to Malaysia last Monday and arrested upon arrival at the "
        "Kuala Lumpur International Airport.")
    in_malaysia = [e for e in found if e.type == "operation" and e.country == "MY"]
    assert [e.actor for e in in_malaysia] == ["Royal Malaysia Police"]


@pytest.mark.model
def test_an_arrest_abroad_by_a_force_its_sentence_names_keeps_it(nlp: Language) -> None:
    found = events_on_2016_01_20(nlp, "U.S. forces detained two Islamic State associates in Syria on Tuesday.")
    assert [e.actor for e in found if e.type == "operation"] != ["Syria"]
    assert all(e.actor is not None for e in found if e.type == "operation")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Iraq's Ministry of Immigration and Displacement has repatriated 150 Iraqi families from al-Hol camp in "
    "northeast Syria on Monday.",
    "The Finnish Foreign Ministry said on Monday it had repatriated two women and five children from the al-Hol "
    "camp in Syria.",
])
def test_a_ministrys_repatriation_is_its_states(nlp: Language, text: str) -> None:
    found = events_on_2016_01_20(nlp, text)
    assert [e.actor for e in found if e.type == "repatriation"] in (["Iraq"], ["Finland"])
