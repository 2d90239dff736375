"""An operation and a strike one sentence tells together (link.strikes_framed): one aircraft flew is a strike."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2017_12_02 = events_dated("2017-12-02")


@pytest.mark.model
def test_an_operation_word_framing_strikes_jets_flew_is_the_strike(nlp: Language) -> None:
    # the state's own jets at home: no air arm named and no state abroad, yet the aircraft flew it
    text = (
        "The Security Media Cell said, \u201cFollowing yesterday\u2019s operation on Nov. 29, Iraqi F-16 jets "
        "conducted precise airstrikes in the Hamrin mountain range.\u201d"
    )
    assert [e.type for e in events_on_2017_12_02(nlp, text)] == ["strike"]


@pytest.mark.model
def test_an_operation_that_included_an_airstrike_no_aircraft_flew_stays_the_operation(nlp: Language) -> None:
    text = (
        "In a statement, the CTS said the operations began in the Hamrin Mountains on Monday and included an airstrike "
        "that killed seven ISIS members."
    )
    assert [e.type for e in events_on_2017_12_02(nlp, text)] == ["operation"]
