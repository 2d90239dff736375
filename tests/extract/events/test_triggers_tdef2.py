"""Recaptures of sites no gazetteer knows, listed by a held place (events/triggers.py)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2025_09_03 = events_dated("2025-09-03")


@pytest.mark.model
def test_capture_of_positions_including_an_unknown_site_is_its_recapture(nlp: Language) -> None:
    found = events_on_2025_09_03(
        nlp, "According to a statement released by Puntland security officials on Wednesday, the offensives resulted "
             "in the deaths of at least 15 ISIS fighters and the capture of key militant positions, including "
             "Ceelasha Burti-Cise and Af-ka Dharimood in the Baallade valley region.")
    assert [(e.type, e.country) for e in found] == [("territorial_defeat", "SO")]


@pytest.mark.model
def test_troops_seizing_positions_including_a_named_settlement_retake_it(nlp: Language) -> None:
    found = events_on_2025_09_03(
        nlp, "According to a statement by the Puntland army, troops have conducted targeted offensives over the past "
             "72 hours, killing numerous ISIS fighters and seizing strategic positions, including the vital "
             "settlement of Ceelka Idakacab in the Baallade Valley, Bari region.")
    assert [(e.type, e.place, e.country) for e in found if e.type == "territorial_defeat"] == [
        ("territorial_defeat", "Ceelka Idakacab", "SO")]


@pytest.mark.model
def test_capture_of_positions_including_a_known_group_takes_no_site(nlp: Language) -> None:
    found = events_on_2025_09_03(
        nlp, "Officials confirmed on Wednesday the capture of several positions, including Islamic State, in the "
             "operation.")
    assert all(e.type != "territorial_defeat" for e in found)
