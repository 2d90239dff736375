"""Same-event linking (events/link.py), false operations: an operation told again as the subject of a verb of
happening says where the one told before was, not that another one happened."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2023_12_10 = events_dated("2023-12-10")


@pytest.mark.model
def test_the_raids_told_again_where_they_took_place_are_the_raids_told_before(nlp: Language) -> None:
    found = events_on_2023_12_10(
        nlp, "The National Investigation Agency conducted simultaneous raids at 44 locations in Maharashtra on "
             "Saturday, arresting 15 ISIS operatives. The raids, carried out in Thane and Pune, took place early "
             "morning on Saturday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_another_operation_that_took_place_elsewhere_stays_apart(nlp: Language) -> None:
    found = events_on_2023_12_10(
        nlp, "The National Investigation Agency conducted raids in Maharashtra on Saturday, arresting 15 ISIS "
             "operatives. Another operation took place in Kerala on Friday, where police arrested two suspects.")
    assert [e.type for e in found] == ["operation", "operation"]


@pytest.mark.model
def test_the_operation_said_to_be_carried_out_in_towns_is_the_operation_told_before(nlp: Language) -> None:
    found = events_on_2023_12_10(
        nlp, "Puntland forces launched an operation against ISIS militants in the Bari region on Monday. A statement "
             "released by the military said that the operation was carried out in the Gaaca, Guban and Moqorse towns.")
    assert [e.type for e in found] == ["operation"]

