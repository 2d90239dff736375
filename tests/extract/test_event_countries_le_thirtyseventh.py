"""Event places, thirty-seventh session (short sentences written for the tests): the place a group or a person is
told to come from ("an Islamist group originally from Uganda", "a group originating in Uganda") is not where the
event was, neither for the country of a village no gazetteer knows nor for an event the sentence places nowhere."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-09-25")


@pytest.mark.model
def test_the_doers_home_country_does_not_place_an_unlisted_village(nlp: Language) -> None:
    found = events(nlp, "Militants killed five people in Beni, in Congo, on Monday. Rebels from the group, an Islamist "
                        "group originally from Uganda that has operated in the border region since the 1990s, carried "
                        "out the killings in the village of Mamabio, 50 km north of Beni, on Tuesday, he said.")
    assert [(e.country, e.place) for e in found if e.date == "2025-09-23"] == [("CD", "Mamabio")]


@pytest.mark.model
def test_the_doers_home_country_does_not_place_the_event(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a church in Beni, Congo, on Monday. The attacks on May 31 were carried out "
                        "by the ADF, an extremist group originating in Uganda with ties to Islamic State.")
    assert {e.country for e in found} == {"CD"}
