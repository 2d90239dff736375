"""Strikes, thirty-seventh session (md): a state's plural strikes told in a past clause with a place are the episode
the sentence reports, not a record (short sentences written for the tests, each with a case where the rule must
not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-03-12")


def _strikes(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.country, e.actor) for e in events(nlp, text) if e.type == "strike"]


@pytest.mark.model
def test_a_states_strikes_in_a_past_clause_are_reported(nlp: Language) -> None:
    # the demonym's strikes as the subject of a past verb of striking, in a clause after another event
    text = ("Reports indicate that militants launched attacks on two villages in Borno State on Sunday, just two days "
            "after US airstrikes targeted their camps in Sokoto State.")
    assert ("NG", "United States") in _strikes(nlp, text)
    # a past perfect told after "said": the strikes done, not a record
    text = "The president said Ugandan forces had carried out air strikes against four ADF positions in Congo."
    assert [c for c, _ in _strikes(nlp, text)] == ["CD"]


@pytest.mark.model
def test_a_record_or_a_view_of_strikes_is_no_episode(nlp: Language) -> None:
    # a present perfect sums up a record; what others make of the strikes is no strike told
    assert _strikes(nlp, "US airstrikes in Syria have killed thousands of militants over the years.") == []
    assert _strikes(nlp, "Russian airstrikes in Syria were criticised by rights groups.") == []


@pytest.mark.model
def test_a_present_perfect_is_the_news_only_in_the_first_sentence(nlp: Language) -> None:
    lede = "Ugandan forces have carried out air strikes on ADF camps in eastern Congo, the army said.\n\n"
    assert [c for c, _ in _strikes(nlp, lede + "The camps were destroyed.")] == ["CD"]
    # further down, or with a word of a tally, the perfect sums up a record
    later = "The army spoke on Monday.\n\nUgandan forces have carried out air strikes on ADF camps in eastern Congo."
    assert _strikes(nlp, later) == []
    tally = "Ugandan forces have carried out air strikes on ADF camps in eastern Congo since 2021, the army said."
    assert _strikes(nlp, tally) == []


@pytest.mark.model
def test_strikes_a_lede_confirms_are_no_strike_of_their_own(nlp: Language) -> None:
    # a report of strikes the page tells on their own days, with a verb that neither strikes nor carries them out
    text = ("The Federal Government of Somalia has confirmed two targeted airstrikes against ISIS militants in the "
            "Puntland region.\n\nThe operations mark an escalation.")
    assert _strikes(nlp, text) == []


@pytest.mark.model
def test_a_strike_report_opening_with_near_is_placed_there(nlp: Language) -> None:
    # the parser reads the opening "Near" as part of the town's name
    text = "Near Raqqa, three strikes engaged three ISIS tactical units and destroyed a fighting position."
    assert [(e.country, e.place) for e in events(nlp, text) if e.type == "strike"] == [("SY", "Raqqa")]
