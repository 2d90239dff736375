"""Casualty counts of attacks, thirty-first session (zc): people admitted or treated with or for wounds are the
wounded, as those treated in hospital are ("six police officers were admitted with gunshot wounds" = 6
wounded); short sentences written for the tests, after train pages."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-12-14")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_people_cared_for_with_or_for_wounds_are_the_wounded(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen stormed a prison in Khujand on Wednesday. A hospital source said six police officers "
                      "were admitted with gunshot wounds.") == [(None, 6)]
    assert tolls(nlp, "Gunmen attacked a market in Kabul on Friday, killing three people. Twelve people were "
                      "treated for injuries.") == [(3, 12)]


def test_care_without_a_wound_or_a_hospital_is_no_wounding(nlp: Language) -> None:
    # "for questioning" is no wound: the people taken are no casualties
    assert tolls(nlp, "Gunmen attacked a market in Kabul on Friday, killing three people. Twelve people were "
                      "taken for questioning.") == [(3, None)]
