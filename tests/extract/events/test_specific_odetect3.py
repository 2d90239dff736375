"""Operations told without a light verb: a force fighting the group's people ("battling militants", "confronted IS
fighters"), and an operation noun whose "by" phrase names the force that makes it ("an offensive by Mozambican
forces")."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2024_03_10 = events_dated("2024-03-10")


def _operations(found: list) -> list[tuple[str | None, str | None]]:
    return [(e.country, e.actor) for e in found if e.type == "operation"]


# [types.operation] fight_verbs: a force battling, confronting or fighting the group's fighters is its operation


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Security forces in Iraq are battling militants from the Islamic State in Ramadi and Fallujah.",
    "The forces of Puntland confronted IS fighters in the mountainous area of Bari region on Sunday.",
    "Soldiers fought ISIS militants near Hajin on Monday.",
])
def test_a_force_fighting_the_groups_fighters_is_its_operation(nlp: Language, text: str) -> None:
    assert len(_operations(events_on_2024_03_10(nlp, text))) == 1


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Firefighters battled the flames in Mosul on Sunday.",
    "Residents confronted the governor in Ramadi on Sunday.",
    # a state at war, and the perfect of a long war, sum up a record
    "Nigeria is already battling several armed groups, including Boko Haram.",
    "Security forces have been battling IS-led militants in Sinai for years.",
])
def test_fighting_what_is_not_the_group_is_no_operation(nlp: Language, text: str) -> None:
    assert _operations(events_on_2024_03_10(nlp, text)) == []


# [casualties] operation_outcomes: taking back the group's captives during an operation reports it as a real one


@pytest.mark.model
def test_captives_recovered_during_an_operation_report_it(nlp: Language) -> None:
    text = ("Soldiers of the Army's 501st Brigade recovered two kidnap victims of the Abu Sayyaf Group during an "
            "operation in Patikul, Sulu.")
    assert _operations(events_on_2024_03_10(nlp, text)) == [("PH", "Armed Forces of the Philippines")]


@pytest.mark.model
def test_weapons_recovered_during_an_ambush_leave_the_ambush_the_troops_operation(nlp: Language) -> None:
    text = ("Troops of Operation Hadin Kai have killed 10 fighters of the Islamic State of West Africa Province "
            "(ISWAP) and recovered several weapons during a night ambush near Dikwa.")
    assert [e.type for e in events_on_2024_03_10(nlp, text)] == ["operation"]
