"""An operation noun set apart ("a separate operation", "another operation") is an operation of its own when its
clause tells a force's deed against the group's people; not when the deed is the group's own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2026_01_30 = events_dated("2026-01-30")
events_on_2025_04_20 = events_dated("2025-04-20")

FIRST = ("Troops of Operation Hadin Kai have neutralised four ISWAP terrorists in an ambush at Bula Dalo in Borno "
         "State on January 28, 2026. ")


@pytest.mark.model
def test_a_separate_operation_told_by_its_kills_is_an_operation_of_its_own(nlp: Language) -> None:
    found = events_on_2026_01_30(
        nlp, FIRST + "Lt. Col. Uba added that a separate, deliberate operation at Garno terrorist camp further "
                     "degraded terrorist capabilities by neutralising six more insurgents.")
    assert [e.type for e in found] == ["operation", "operation"]


@pytest.mark.model
def test_a_separate_operation_that_killed_militants_is_an_operation_of_its_own(nlp: Language) -> None:
    found = events_on_2026_01_30(
        nlp, FIRST + "This follows a separate anti-extremist operation on Thursday that reportedly killed nine "
                     "militants and captured 31 others.")
    assert [e.type for e in found] == ["operation", "operation"]


@pytest.mark.model
def test_another_operation_of_the_groups_own_is_no_forces_operation(nlp: Language) -> None:
    found = events_on_2025_04_20(
        nlp, "ISWAP fighters attacked a military base in Banga on April 15, 2025. In another operation, the group "
             "claimed to have captured and executed four members of pro-government militias.")
    assert "operation" not in [e.type for e in found]
