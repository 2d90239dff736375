"""Arrests, thirty-second session (short sentences written for the tests, some shortened from train pages): an arrest
whose doer is a force a demonym names is one arrest by a known state, though nothing else anchors it; a bare force
anchors nothing; the "by" phrase of a verb of stopping told in the past is the means that was used, not a thing
that was only tried."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2020-10-03")


def _operations(found: list) -> list:
    return [e for e in found if e.type == "operation"]


@pytest.mark.model
def test_an_arrest_by_a_national_force_is_its_operation(nlp: Language) -> None:
    found = _operations(events(nlp, "German special forces arrested the suspected IS member in a raid."))
    assert [e.country for e in found] == ["DE"]
    found = _operations(events(nlp, "Iranian security forces announced last month that they had arrested a dozen "
                                    "Islamic State fighters."))
    assert [e.country for e in found] == ["IR"]


@pytest.mark.model
def test_an_arrest_by_a_bare_force_anchors_nothing(nlp: Language) -> None:
    assert _operations(events(nlp, "Police arrested two men.")) == []


@pytest.mark.model
def test_the_means_of_a_thwarting_told_in_the_past_happened(nlp: Language) -> None:
    found = _operations(events(nlp, "The FSB said it had thwarted the activities of the Islamic State on September 30, "
                                    "by detaining all members of a cell in the Moscow region."))
    assert [(e.country, e.date) for e in found] == [("RU", "2020-09-30")]
    # a potential stays one
    assert _operations(events(nlp, "Police could prevent an attack by arresting the Islamic State suspects in "
                                   "Moscow.")) == []


@pytest.mark.model
def test_a_dated_passive_arrest_under_a_law_is_the_states_operation(nlp: Language) -> None:
    found = _operations(events(nlp, "Singapore's Internal Security Department said on Monday it had dealt with two "
                                    "cases. A male 17-year-old student was detained in January 2020 under the "
                                    "Internal Security Act (ISA)."))
    assert [(e.country, e.date) for e in found] == [("SG", "2020-01")]
    # undated, it is who the person is
    assert _operations(events(nlp, "The youth is the youngest to ever have been detained under the Internal "
                                   "Security Act in Singapore.")) == []

