"""Withdrawals end to end: a force leaving a country or a place."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# the reference days the tests' sentences are written around
events_on_2022_10_20 = events_dated("2022-10-20")
events_on_2023_11_05 = events_dated("2023-11-05")
events_on_2024_10_02 = events_dated("2024-10-02")


# Withdrawal events: a share of the attackers ("the majority of the IS contingent") withdrawing is attackers falling
# back.

def _countries_on_2022_10_20(nlp: Language, text: str) -> list[str | None]:
    return [e.country for e in events_on_2022_10_20(nlp, text) if e.type == "withdrawal"]


@pytest.mark.model
def test_a_share_of_the_attackers_falling_back_is_no_withdrawal(nlp: Language) -> None:
    text = "The majority of the Islamic State contingent in Palmyra had withdrawn or been routed, the Observatory said."
    assert _countries_on_2022_10_20(nlp, text) == []
    # a share of a state's troops withdrawing still is one
    assert _countries_on_2022_10_20(nlp,
                                    "The majority of the French troops had withdrawn from Mali in August.") == ["ML"]


# Events: the group's fighters made to withdraw by the troops ("forcing the terrorists to withdraw") are falling back,
# not a withdrawal of the campaign's forces.

@pytest.mark.model
def test_fighters_forced_to_withdraw_make_no_withdrawal(nlp: Language) -> None:
    found = events_on_2023_11_05(
        nlp, "Troops repelled an attack by ISWAP terrorists on Geidam on Friday after a heavy gunbattle, "
             "forcing the terrorists to withdraw into the bush.")
    assert "withdrawal" not in [e.type for e in found]


@pytest.mark.model
def test_a_state_forced_to_withdraw_its_troops_still_withdraws(nlp: Language) -> None:
    found = events_on_2023_11_05(
        nlp, "The agreement forced the United States to withdraw its troops from Ain al-Asad air base "
             "in January.")
    assert [e.type for e in found] == ["withdrawal"]


# Withdrawals: a drawdown named in a "since" phrase, a mission's withdrawal placed in the one country it serves.

@pytest.mark.model
def test_a_withdrawal_named_after_since_is_reported(nlp: Language) -> None:
    found = events_on_2024_10_02(
        nlp, "Since the withdrawal of the Southern African Development Community Mission in Mozambique "
             "(SAMIM), Rwanda has deployed more troops to Cabo Delgado.")
    assert [(e.type, e.actor) for e in found if e.type == "withdrawal"] == [
        ("withdrawal", "SADC Mission in Mozambique")]


@pytest.mark.model
def test_a_missions_withdrawal_is_from_the_country_it_serves(nlp: Language) -> None:
    # Rwanda is the subject of the main clause, not where the SADC mission leaves
    found = events_on_2024_10_02(
        nlp, "Since the withdrawal of the SADC Mission in Mozambique (SAMIM), Rwanda has deployed more "
             "troops to Cabo Delgado.")
    assert [e.country for e in found if e.type == "withdrawal"] == ["MZ"]


@pytest.mark.model
def test_an_attack_named_after_since_stays_a_time_reference(nlp: Language) -> None:
    found = events_on_2024_10_02(nlp, "Since the attack on the Palma hotel, Total has suspended its gas project.")
    assert [e for e in found if e.type == "attack"] == []
