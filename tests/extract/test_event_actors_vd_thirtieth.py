"""Event actors, thirtieth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-03-14")


def test_a_joint_operation_naming_the_updf_is_the_updf_s(nlp: Language) -> None:
    # Operation Shujaa: the annotated pages credit the UPDF whichever partner the sentence names first
    found = events(nlp, "On November 30, 2021, the Congolese army (FARDC) and the Ugandan military (UPDF) launched "
                        "joint operations in the Beni territory of the Democratic Republic of Congo against the ADF.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Uganda People's Defence Force")]


def test_the_congolese_army_alone_keeps_its_operation(nlp: Language) -> None:
    found = events(nlp, "The Armed Forces of the Democratic Republic of the Congo (FARDC) launched an operation "
                        "against the ADF in Beni on Tuesday.")
    assert [(e.type, e.actor) for e in found] == [
        ("operation", "Armed Forces of the Democratic Republic of the Congo")]
