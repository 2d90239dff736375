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


def test_an_uncredited_strike_in_an_mnjtf_release_is_the_task_force_s(nlp: Language) -> None:
    # a bloc's force whose area holds the country counts as the article's force there, as a state's does
    found = events(nlp, "The Multinational Joint Task Force (MNJTF) has killed 40 ISWAP fighters in Borno. The MNJTF "
                        "said the operation would continue. Moreover, an air interdiction mission was conducted on "
                        "9 December 2018 at Kollaram in Borno, the statement read.")
    assert [(e.type, e.actor) for e in found if e.type == "strike"] == [("strike", "Multinational Joint Task Force")]


def test_the_mnjtf_is_no_force_of_mozambique(nlp: Language) -> None:
    found = events(nlp, "The Multinational Joint Task Force (MNJTF) has fought ISWAP in Borno. The MNJTF said the "
                        "operation would continue. An air strike was conducted on Friday near Mocimboa da Praia in "
                        "Mozambique.")
    assert all(e.actor != "Multinational Joint Task Force" for e in found if e.type == "strike")


def test_iraq_s_anti_terrorism_units_are_the_counter_terrorism_service(nlp: Language) -> None:
    found = events(nlp, "Iraq's anti-terrorism units raided an ISIS hideout in Rutba on Monday, killing ten militants.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Counter-Terrorism Service")]


def test_puntland_security_forces_are_the_psf_on_a_page_naming_it(nlp: Language) -> None:
    # the lower-case plural is the state's forces elsewhere; a page naming the unit means the unit by it
    found = events(nlp, "The PSF is a unit trained by the United States. Puntland security forces arrested five "
                        "ISIS suspects in Bosaso on Wednesday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Puntland Security Force")]


def test_puntland_security_forces_are_the_state_s_forces_on_other_pages(nlp: Language) -> None:
    found = events(nlp, "Puntland security forces arrested five ISIS suspects in Bosaso on Wednesday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Puntland Defence Forces")]
