"""Event actors, forty-fifth session (ya; short sentences written for the tests): a force that ended in a month
([successors] of events.toml) credits nothing after it: "Afghan forces" raiding an ISIS hideout in 2023 are the
Taliban, the republic's army having fallen in August 2021; the same words before then stay the republic's forces."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated


@pytest.mark.model
def test_afghan_forces_after_august_2021_are_the_taliban(nlp: Language) -> None:
    found = events_dated("2023-02-28")(nlp, "Afghan forces killed six ISIS members in a raid on their hideout in "
                                            "Kabul on Monday, a spokesman said.")
    assert [e.actor for e in found if e.type == "operation"] == ["Taliban"]


@pytest.mark.model
def test_afghan_forces_before_the_fall_of_kabul_stay_the_republics(nlp: Language) -> None:
    found = events_dated("2019-05-25")(nlp, "Afghan forces killed six ISIS members in a raid on their hideout in "
                                            "Nangarhar on Friday, a spokesman said.")
    assert [e.actor for e in found if e.type == "operation"] == ["Afghan forces"]
