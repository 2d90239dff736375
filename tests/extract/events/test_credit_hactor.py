"""Who an event is credited to across the document (events/credit.py): a force's command credited as the force."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2017_08_27 = events_dated("2017-08-27")


# France's Operation Barkhane is a command of the French Armed Forces: the strikes and raids told as the operation's
# are the armed forces' ([unit_credit] of events.toml).

@pytest.mark.model
def test_a_strike_told_as_operation_barkhane_is_the_french_armed_forces(nlp: Language) -> None:
    found = events_on_2017_08_27(
        nlp, "Operation Barkhane carried out an airstrike near Menaka in Mali on Saturday, killing two militants.")
    assert [e.actor for e in found if e.type == "strike"] == ["French Armed Forces"]

