"""Actors, forty-second session (ub; short sentences written for the tests): an operation credited to Operation Shujaa,
the joint offensive the UPDF leads against the ADF, is the UPDF's on a page that names the UPDF, as the annotated pages
credit it; with no UPDF named it keeps the operation's name."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2024-03-10")


def test_an_operation_by_operation_shujaa_is_the_updfs(nlp: Language) -> None:
    found = events(nlp, "The UPDF said on Monday that Operation Shujaa forces killed two ADF fighters near Kilunga in "
                        "Beni territory on Sunday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Uganda People's Defence Force")]


def test_with_no_updf_named_the_operation_keeps_its_name(nlp: Language) -> None:
    found = events(nlp, "Operation Shujaa troops killed two ADF fighters near Kilunga in Beni territory on Sunday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Operation Shujaa")]


def test_a_states_ground_operation_abroad_is_its_national_forces(nlp: Language) -> None:
    found = events(nlp, "Rwanda raided an insurgent base in Mocimboa da Praia on Monday.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "MZ", "Rwanda Defence Force")]
