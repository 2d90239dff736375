"""Operations, forty-seventh session (wv; short sentences written for the tests): a force that "engaged in" a
firefight with the group fought it, its operation as if it had launched one; a force engaged by the group's
fighters "in a gun battle" is the side attacked, no operation of its own by that reading."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2025-01-20")


def test_a_force_that_engaged_in_a_gunbattle_made_an_operation(nlp: Language) -> None:
    found = events(nlp, "Philippine Army soldiers engaged in a firefight with Abu Sayyaf militants in Sulu on "
                        "Sunday.")
    assert [(e.type, e.actor) for e in found if e.type == "operation"] == [
        ("operation", "Armed Forces of the Philippines")]


def test_troops_that_engaged_in_a_fierce_gun_battle_made_an_operation(nlp: Language) -> None:
    found = events(nlp, "Nigerian troops engaged in a fierce gun battle with ISWAP terrorists in Borno State on "
                        "Monday.")
    assert [e.type for e in found if e.type == "operation"] == ["operation"]


def test_fighters_that_engaged_troops_in_a_gun_battle_made_no_operation_of_the_newspapers(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters returned on Thursday in nine trucks and engaged troops in a gun battle in "
                        "Borno State, Agence France-Presse reported.")
    assert all(e.actor != "Agence France-Presse" for e in found if e.type == "operation")
