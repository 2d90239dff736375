"""Events, twenty-seventh session (short sentences written for the tests, after army releases on train pages): a
state's force eliminating or capturing the group's fighters, told in the simple past and the active voice, is its
operation as a killing is; the group eliminating soldiers, an aim to eliminate, a passive with no force and a
summary in the present perfect are not."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2024-05-21")


def _operations(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.place, e.actor) for e in events(nlp, text) if e.type == "operation"]


def test_troops_eliminating_counted_fighters_is_their_operation(nlp: Language) -> None:
    assert _operations(nlp, "Troops eliminated five ISWAP terrorists in Gwoza on Monday.") == [
        ("Gwoza", "Nigerian Army")
    ]


def test_the_group_eliminating_soldiers_is_no_operation(nlp: Language) -> None:
    assert _operations(nlp, "ISWAP fighters eliminated five soldiers in Gwoza on Monday.") == []


def test_an_aim_to_eliminate_is_no_operation(nlp: Language) -> None:
    assert _operations(nlp, "The army vowed to eliminate the terrorists in Gwoza.") == []


def test_an_agentless_passive_elimination_is_no_operation(nlp: Language) -> None:
    assert _operations(nlp, "Five ISWAP terrorists were eliminated in Gwoza.") == []


def test_troops_capturing_a_named_member_is_their_operation(nlp: Language) -> None:
    found = _operations(nlp, "Troops of the MNJTF captured a high-ranking ISWAP member, Musa Mani, at Damasak.")
    assert [place for place, _actor in found] == ["Damasak"]


def test_a_present_perfect_summary_is_no_operation_of_its_own(nlp: Language) -> None:
    assert _operations(nlp, "The Nigerian military has eliminated several ISWAP terrorists.") == []
