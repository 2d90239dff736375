"""Tolls, thirty-ninth session (pa): the dead of the happening a strike answers ("in response to the killing of three
Americans") are that happening's, not the strike's (short texts written for the tests, with a case where the strike's
own toll stands)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-11-08")


@pytest.mark.model
def test_a_toll_in_the_phrase_of_a_response_is_not_the_strikes(nlp: Language) -> None:
    text = ("The United States carried out airstrikes on ISIS positions in Syria in response to the killing of three "
            "Americans earlier this month.")
    assert [e.killed for e in events(nlp, text) if e.type == "strike"] == [None]
    text = ("Airstrikes on ISIS positions near Raqqa killed 12 militants on Monday in response to an attack that "
            "killed three soldiers.")
    assert [e.killed for e in events(nlp, text) if e.type == "strike"] == [12]
