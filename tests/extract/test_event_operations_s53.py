"""Operations, session 53: an arrest that stopped a plot, written on short sentences of our own, each with a case
where the rule must not fire."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-03-29")


@pytest.mark.model
def test_an_arrest_told_as_what_stopped_a_plot_is_made(nlp: Language) -> None:
    text = ("The plot was foiled as Indonesia's counter-terrorism squad Densus 88 arrested two of the would-be "
            "attackers in Jakarta on Sunday morning.")
    assert ("operation", "ID") in {(e.type, e.country) for e in events(nlp, text)}
    # a stop that may only come stays a potential: nothing was made
    text = "The plot could be foiled if police arrest the suspects in Jakarta."
    assert "operation" not in {e.type for e in events(nlp, text)}
