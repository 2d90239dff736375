"""Events, twenty-sixth session (short sentences written for the tests): the group's fighters made to withdraw by
the troops ("forcing the terrorists to withdraw") are falling back, not a withdrawal of the campaign's forces."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2023-11-05")


def test_fighters_forced_to_withdraw_make_no_withdrawal(nlp: Language) -> None:
    found = events(nlp, "Troops repelled an attack by ISWAP terrorists on Geidam on Friday after a heavy gunbattle, "
                        "forcing the terrorists to withdraw into the bush.")
    assert "withdrawal" not in [e.type for e in found]


def test_a_state_forced_to_withdraw_its_troops_still_withdraws(nlp: Language) -> None:
    found = events(nlp, "The agreement forced the United States to withdraw its troops from Ain al-Asad air base "
                        "in January.")
    assert [e.type for e in found] == ["withdrawal"]
