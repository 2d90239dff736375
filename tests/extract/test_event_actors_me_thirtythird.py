"""A people's force named by its adjective ("Kurdish forces") is that people's force in the country the event
happened in (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2019-03-23")


def test_kurdish_forces_in_syria_are_the_sdf(nlp: Language) -> None:
    found = events(nlp, "Kurdish forces on Wednesday recaptured the town of Hajin in eastern Syria from the Islamic "
                        "State.\n")
    assert [(e.type, e.country, e.actor) for e in found] == [
        ("territorial_defeat", "SY", "Syrian Democratic Forces")]


def test_kurdish_forces_in_iraq_are_the_peshmerga_even_when_called_iraqi(nlp: Language) -> None:
    found = events(nlp, "Iraqi Kurdish forces on Thursday retook the town of Sinjar in northern Iraq from the "
                        "Islamic State.\n")
    assert [(e.type, e.country, e.actor) for e in found] == [("territorial_defeat", "IQ", "Peshmerga")]


def test_the_agent_of_an_operation_names_the_force(nlp: Language) -> None:
    found = events(nlp, "The operation in Sinjar on Thursday was carried out by Kurdish forces.\n")
    assert [(e.type, e.actor) for e in found] == [("operation", "Peshmerga")]


def test_iraqi_forces_stay_the_iraqi_security_forces(nlp: Language) -> None:
    found = events(nlp, "Iraqi forces on Thursday retook the town of Baiji from the Islamic State.\n")
    assert [e.actor for e in found] == ["Iraqi Security Forces"]
