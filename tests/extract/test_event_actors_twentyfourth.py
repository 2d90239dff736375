"""Who did each event: actors of the twenty-fourth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-01-10")


def test_a_state_s_police_by_its_demonym_is_its_national_police(nlp: Language) -> None:
    # a demonym form of a state's force takes the force's full name (the conventions), the police too
    found = events(nlp, "Turkish police detained 15 Islamic State suspects in Ankara on Monday.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "TR", "Turkish National Police")]
    # the police named by its kind alone, in a page about Turkey ([national_police])
    found = events(nlp, "In Turkey's southeastern province of Bingol, police detained seven Daesh suspects on Monday.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "TR", "Turkish National Police")]


def test_a_state_credited_with_its_operations_keeps_them_unless_its_police_acts(nlp: Language) -> None:
    # [places] state_credit: Turkey's security forces and Turkey itself are Turkey
    found = events(nlp, "Turkish security forces detained 125 ISIS suspects across Istanbul on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Turkey")]
    # the police named in passing, not as the one acting
    found = events(nlp, "Turkey detained 40 ISIL suspects in Adana on Monday in operations conducted under the "
                        "guidance of prosecutors and anti-terrorism police.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Turkey")]
