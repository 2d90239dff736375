"""Operations, forty-fifth session (short sentences written for the tests): an operation is a force's; a raid, a clash
or an offensive credited to an armed group outside the campaign that rules no state is the groups' own fighting, no
operation, where the ruling group's raid on the campaign's group stays one."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-10-28")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Factions of the Somali militant group al-Shabaab clashed in Puntland state on Sunday.",
    "JAS fighters mounted a sweeping offensive on ISWAP camps near Lake Chad on Saturday.",
    "Boko Haram fighters raided an ISWAP hideout in Borno State on Saturday.",
])
def test_a_rival_groups_fighting_is_no_operation(nlp: Language, text: str) -> None:
    assert [e for e in events(nlp, text) if e.type == "operation"] == []


@pytest.mark.model
def test_the_ruling_groups_raid_stays_an_operation(nlp: Language) -> None:
    found = [e for e in events(nlp, "Taliban forces raided an ISKP hideout in Kabul on Saturday.")]
    assert [(e.type, e.actor) for e in found] == [("operation", "Taliban")]
