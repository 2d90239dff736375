"""Event actors, thirty-fifth session (hf): an administration's army credited from the article (short sentences
written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2018-12-15")


def test_a_town_retaken_with_no_credit_is_the_sdf_s_on_a_page_about_it(nlp: Language) -> None:
    # the Kurdish-led administration belongs to no state in the knowledge base; its army is still the force
    # that fights in Syria when the article names it
    found = events(nlp, "The Syrian Democratic Forces have fought the Islamic State in Deir ez-Zor since September. "
                        "The SDF lost dozens of fighters. The capture of Hajin on Friday does not mark the end of "
                        "the group.")
    assert [(e.type, e.actor) for e in found if e.type == "territorial_defeat"] == [
        ("territorial_defeat", "Syrian Democratic Forces")]


def test_the_sdf_is_no_force_of_iraq(nlp: Language) -> None:
    # based in Syria: a recapture across the border that no sentence credits is not the SDF's
    found = events(nlp, "The Syrian Democratic Forces have fought the Islamic State in Deir ez-Zor since September. "
                        "The SDF lost dozens of fighters. The capture of Qaim in Iraq on Friday does not mark the "
                        "end of the group.")
    assert all(e.actor != "Syrian Democratic Forces" for e in found if e.type == "territorial_defeat")
