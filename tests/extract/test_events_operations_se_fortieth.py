"""Operations, fortieth session (se; short sentences written for the tests): a force reporting its own killing of the
group's people as a gerund ("the army reported killing several fighters", "troops have announced killing militants")
made that killing, as "said it killed" tells; the group reporting its own killing stays its attack."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2024-03-10")


@pytest.mark.parametrize("told", ["reported killing", "have announced killing"])
def test_a_force_reporting_its_killing_as_a_gerund_makes_its_operation(nlp: Language, told: str) -> None:
    found = events(nlp, f"Government troops {told} several ISWAP fighters in Bama on Monday.")
    assert [(e.type, e.date, e.place) for e in found] == [("operation", "2024-03-04", "Bama")]


def test_the_group_reporting_its_killing_stays_its_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters reported killing three soldiers in Bama on Monday.")
    assert [e.type for e in found] == ["attack"]


def test_a_force_denying_a_killing_makes_no_operation(nlp: Language) -> None:
    found = events(nlp, "Government troops denied killing ISWAP fighters in Bama on Monday.")
    assert [e.type for e in found if e.type == "operation"] == []
