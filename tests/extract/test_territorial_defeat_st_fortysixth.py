"""Recaptures, forty-sixth session (st): a village or quarter no gazetteer knows, taken by a state's force, is taken
back as a known town is (short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-12-20")


def _typed(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.country, e.place) for e in events(nlp, text)]


@pytest.mark.model
def test_a_quarter_no_gazetteer_knows_is_taken_back(nlp: Language) -> None:
    assert _typed(nlp, "Iraqi forces seized the al-Mashahda quarter on Tuesday.") == [
        ("territorial_defeat", "IQ", "al-Mashahda")]


@pytest.mark.model
def test_a_man_a_force_captures_is_no_town(nlp: Language) -> None:
    assert all(t != "territorial_defeat" for t, _, _ in _typed(nlp, "Iraqi troops captured Abu Bakr on Monday."))
    assert all(t != "territorial_defeat" for t, _, _ in _typed(
        nlp, "Iraqi troops seized the weapons of the militants on Monday."))


@pytest.mark.model
def test_a_village_named_as_one_is_taken_back_by_the_force_that_took_it(nlp: Language) -> None:
    # the taker of a by-gerund is the subject of the verb whose means it tells
    assert _typed(nlp, "In November, Puntland forces made a decisive move by capturing Turmasaale, a strategically "
                       "important village.") == [("territorial_defeat", "SO", "Turmasaale")]
    assert _typed(nlp, "In November, Iraqi forces ended the siege by retaking Rawa from IS.") == [
        ("territorial_defeat", "IQ", "Rawah")]
    assert all(t != "territorial_defeat" for t, _, _ in _typed(
        nlp, "In November, Iraqi forces made a decisive move by capturing Abu Bakr."))


@pytest.mark.model
def test_the_place_the_group_was_put_out_of(nlp: Language) -> None:
    # a fortress is a place a side holds, as a stronghold is
    assert _typed(nlp, "The Islamic State emerged in Libya in 2014. IS was removed from its fortress in the city of "
                       "Sirte in 2016.") == [("territorial_defeat", "LY", "Sirte")]
    # the relative pronoun of "from which" stands for the town its clause qualifies
    assert _typed(nlp, "The Islamic State emerged in Libya in 2014. Derna, from which the group was driven out in "
                       "2018, is quiet.") == [("territorial_defeat", "LY", "Darnah")]
    # a fortress the group was not put out of is no recapture
    assert all(t != "territorial_defeat" for t, _, _ in _typed(
        nlp, "The Islamic State emerged in Libya in 2014. Tourists were removed from the fortress in Sirte in 2016."))
