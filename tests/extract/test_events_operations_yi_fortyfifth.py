"""Operations, forty-fifth session, second batch (short sentences written for the tests): a force taking or overrunning
where the group lives and fights from (its camp, base, hideout or stronghold) is its raid on it, told
without an operation word; the group taking a base is its attack, and a named town taken stays a recapture."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-10-28")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Puntland forces captured an ISIS base in the Bari region on Sunday.",
    "Soldiers seized an ISIS camp in Lanao del Sur on Friday.",
    "Government troops overran an Abu Sayyaf hideout in Sulu province on Friday.",
])
def test_a_force_taking_the_groups_site_is_its_operation(nlp: Language, text: str) -> None:
    assert "operation" in [e.type for e in events(nlp, text)]


@pytest.mark.model
def test_the_group_overrunning_a_base_stays_its_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters overran a military base in Borno on Sunday night.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_captured_town_stays_a_recapture(nlp: Language) -> None:
    found = events(nlp, "Troops captured the town of Bama from ISWAP on Sunday.")
    assert [e.type for e in found] == ["territorial_defeat"]

