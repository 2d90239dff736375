"""Operations, session 53: an arrest that stopped a plot, and a capture of the group's people announced by the body
that made it, written on short sentences of our own, each with a case where the rule must not fire."""

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


@pytest.mark.model
def test_the_announced_capture_of_a_leader_of_the_group_is_an_operation(nlp: Language) -> None:
    text = ("Iraq's National Security Service announced on Tuesday the capture of a senior Islamic State leader "
            "in Kirkuk.")
    assert ("operation", "IQ") in {(e.type, e.country) for e in events(nlp, text)}
    # the group announcing the capture of soldiers reports its own deed, no force's operation
    text = ("Islamic State fighters attacked a military post near Deou on Monday. The terrorist group also announced "
            "the capture of five soldiers.")
    assert "operation" not in {e.type for e in events(nlp, text)}
    # a town's capture stays its recapture, not an arrest
    text = "The Syrian Democratic Forces announced the capture of Hajin on Tuesday."
    assert "operation" not in {e.type for e in events(nlp, text)}
