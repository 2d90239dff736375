"""Territorial defeats, thirty-fourth session (sentences written for the tests, some shortened from train pages): an
irregular past the tagger reads as a present ("Iraqi forces retook Ramadi": VBP) is still a past, not a habit."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.syntax import misread_present

events = events_dated("2017-07-01")


def _defeats(found: list) -> list:
    return [e for e in found if e.type == "territorial_defeat"]


@pytest.mark.model
def test_retook_read_as_a_present_is_still_a_recapture(nlp: Language) -> None:
    found = _defeats(events(nlp, "Iraqi forces retook Ramadi from ISIS in December 2015."))
    assert [(e.country, e.place, e.date) for e in found] == [("IQ", "Ramadi", "2015-12")]


@pytest.mark.model
def test_retook_with_a_year_first_is_a_recapture(nlp: Language) -> None:
    found = _defeats(events(nlp, "In December 2016 Puntland forces retook the town of Qandala from ISIS."))
    assert [(e.country, e.date, e.actor) for e in found] == [("SO", "2016-12", "Puntland Defence Forces")]


@pytest.mark.model
def test_the_misread_past_is_told_apart_from_a_true_present(nlp: Language) -> None:
    past = nlp("Iraqi forces retook Ramadi from ISIS in December 2015.")
    present = nlp("Iraqi forces patrol Ramadi every day.")
    assert misread_present(next(t for t in past if t.lower_ == "retook"))
    assert not misread_present(next(t for t in present if t.lower_ == "patrol"))
