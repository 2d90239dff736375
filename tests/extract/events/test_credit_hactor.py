"""Who an event is credited to across the document (events/credit.py): a force's command credited as the force, a
partner state's airstrike as the foreign command that flew it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2017_08_27 = events_dated("2017-08-27")
events_on_2025_04_02 = events_dated("2025-04-02")


# France's Operation Barkhane is a command of the French Armed Forces: the strikes and raids told as the operation's
# are the armed forces' ([unit_credit] of events.toml).

@pytest.mark.model
def test_a_strike_told_as_operation_barkhane_is_the_french_armed_forces(nlp: Language) -> None:
    found = events_on_2017_08_27(
        nlp, "Operation Barkhane carried out an airstrike near Menaka in Mali on Saturday, killing two militants.")
    assert [e.actor for e in found if e.type == "strike"] == ["French Armed Forces"]


# A partner state announces as its own the airstrike a foreign command flew ([unit_credit] flying_partners): the strike
# is the command's.

@pytest.mark.model
def test_a_states_airstrike_in_collaboration_with_africom_is_the_commands(nlp: Language) -> None:
    found = events_on_2025_04_02(
        nlp, "The Federal Government of Somalia, in collaboration with U.S. Africa Command (AFRICOM), has "
             "successfully executed an airstrike against ISIS militants near Bosaso.")
    assert [e.actor for e in found if e.type == "strike"] == ["U.S. Africa Command"]


@pytest.mark.model
def test_a_states_airstrike_naming_no_foreign_command_stays_the_states(nlp: Language) -> None:
    found = events_on_2025_04_02(
        nlp, "Puntland forces carried out a targeted airstrike that killed three ISIS fighters near Bosaso.")
    assert [e.actor for e in found if e.type == "strike"] == ["Puntland Defence Forces"]
