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


# A definite raid (the noun attacks and operations share) told after the group's attack, with no force named doing it
# and no operation told before, is that attack told again; after a force's operation it stays the operation.

@pytest.mark.model
def test_the_raid_told_after_the_militants_raid_is_their_attack(nlp: Language) -> None:
    found = events_on_2023_12_10(
        nlp, "On December 4, suspected militants raided the town of Sakoira, looting two money transfer agencies. "
             "Four motorcycles were destroyed during the raid.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_the_raid_told_after_a_force_operation_stays_the_operation(nlp: Language) -> None:
    found = events_on_2023_12_10(
        nlp, "On December 4, soldiers raided an ISIS hideout near Sakoira, killing three militants. "
             "Four motorcycles were destroyed during the raid.")
    assert [e.type for e in found] == ["operation"]
