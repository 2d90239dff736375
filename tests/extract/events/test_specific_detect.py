"""Plural attack words (specific.kept_as_anchored): attacks troops beat back at a place were made, one per town."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2026_02_16 = events_dated("2026-02-16")


@pytest.mark.model
def test_assaults_troops_repelled_in_two_towns_are_two_attacks(nlp: Language) -> None:
    text = "Nigerian troops successfully repelled multi-pronged assaults in Damboa and Konduga."
    assert [(e.type, e.place) for e in events_on_2026_02_16(nlp, text)] == [
        ("attack", "Damboa"), ("attack", "Konduga")]


@pytest.mark.model
def test_attacks_repelled_for_years_are_a_record(nlp: Language) -> None:
    text = "Nigerian troops have repelled attacks in Damboa and Konduga for years."
    assert events_on_2026_02_16(nlp, text) == []


@pytest.mark.model
def test_attacks_foiled_may_be_plots_never_made(nlp: Language) -> None:
    text = "Nigerian troops foiled attacks in Damboa and Konduga."
    assert events_on_2026_02_16(nlp, text) == []
