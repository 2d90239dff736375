"""Attacks missed on train pages, thirty-eighth session (short sentences written for the tests): verbs joined before
their shared object, a subject a modifier makes an attacker, and the place a "where" clause hangs on."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-06-20")


@pytest.mark.model
def test_verbs_joined_before_their_object_share_it(nlp: Language) -> None:
    # "kidnapped" has no object of its own in the parse: it is the one "killed" takes
    text = "Earlier this month, the militant group kidnapped and killed five shepherds near the village of Nukhayb."
    found = events(nlp, text)
    assert [(e.type, e.place, e.killed) for e in found] == [("attack", "Nukhayb", 5)]


@pytest.mark.model
def test_a_described_attacker_subject_is_no_figure_of_speech(nlp: Language) -> None:
    found = events(nlp, "On Monday, armed men attacked in the village of Nukhayb.")
    assert [(e.type, e.place) for e in found] == [("attack", "Nukhayb")]


@pytest.mark.model
def test_an_event_in_a_where_clause_happened_at_the_place_it_hangs_on(nlp: Language) -> None:
    text = "Displaced families fled to the town of Damboa, where gunmen killed seven farmers on Sunday."
    assert [(e.type, e.place, e.killed) for e in events(nlp, text)] == [("attack", "Damboa", 7)]
    # the last place of the phrase the clause qualifies, not the one the people came from
    text = "Displaced families fled from Damboa to Maiduguri, where gunmen killed seven farmers on Sunday."
    assert [(e.type, e.place) for e in events(nlp, text)] == [("attack", "Maiduguri")]


@pytest.mark.model
def test_attacks_that_took_place_at_named_towns_happened(nlp: Language) -> None:
    text = "Police said similar attacks had taken place in Lahore and Islamabad during the past week."
    assert [(e.type, e.place) for e in events(nlp, text)] == [("attack", "Lahore"), ("attack", "Islamabad")]
    # the present perfect over a span sums up a record
    assert not events(nlp, "Attacks have taken place in Lahore and Islamabad since 2014.")


@pytest.mark.model
def test_placed_bombings_with_a_month_on_their_verb_are_one_episode(nlp: Language) -> None:
    # the month hangs on the copula, one edge too far to count as the noun's own: its clause dates the bombings
    text = "Ugandan authorities say the group was behind suicide bombings in Kampala in November 2021."
    assert [(e.type, e.place, e.date) for e in events(nlp, text)] == [("attack", "Kampala", "2021-11")]
    # with no month, placed bombings stay a record
    assert not events(nlp, "Ugandan authorities say the group was behind suicide bombings in Kampala.")


@pytest.mark.model
def test_an_attack_given_as_evidence_happened(nlp: Language) -> None:
    # "as shown by": the evidence for a habit is a fact, outside the habit's mood
    text = ("The terrorist group continues to conduct attacks in Iraq and Syria, as shown by the large-scale attack "
            "against the Ghwayran prison in Hasakah in January 2022.")
    assert [(e.type, e.place, e.date) for e in events(nlp, text)] == [("attack", "Hasakah", "2022-01")]


@pytest.mark.model
def test_the_first_attacks_of_a_campaign_dated_by_a_month_are_one_episode(nlp: Language) -> None:
    text = "The port town, where the first Islamist attacks were staged in October 2017, is now calm."
    assert [(e.type, e.date) for e in events(nlp, text)] == [("attack", "2017-10")]
    # undated, the first attacks are no report
    assert not events(nlp, "The port town, where the first Islamist attacks were staged, is now calm.")
