"""Operations whose object the parser misreads: a cell followed by a participle read as a reported clause's subject."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2018_12_30 = events_dated("2018-12-30")


@pytest.mark.model
def test_a_cell_dismantled_and_described_by_a_participle_is_still_what_the_police_acted_on(nlp: Language) -> None:
    found = events_on_2018_12_30(
        nlp, "Moroccan police on Friday dismantled a terror cell linked to the Islamic State.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2018-12-28", "MA")]


@pytest.mark.model
def test_a_participle_clause_with_its_own_auxiliary_names_no_object(nlp: Language) -> None:
    found = events_on_2018_12_30(nlp, "Moroccan police on Friday dismantled claims the cell had been linked to IS.")
    assert not [e for e in found if e.type == "operation"]
