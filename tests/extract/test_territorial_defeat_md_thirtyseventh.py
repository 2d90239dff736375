"""Recaptures, thirty-seventh session (md): a village no gazetteer knows, named before a settlement noun in
apposition ("Tasjiic and Xabley, two villages"), is the place taken, in the country a demonym on that noun says;
a town name the parser reads as an adverb of the verb is its object; a recapture told in a clause of its own after
another event is reported too (short sentences written for the tests, each with a case where the rule must not
fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-04-02")


def _recaptures(nlp: Language, text: str, reference: str = "2025-04-02") -> list[tuple[str | None, str | None]]:
    return [(e.country, e.place) for e in events(nlp, text, reference) if e.type == "territorial_defeat"]


@pytest.mark.model
def test_villages_named_in_apposition_are_the_places_taken(nlp: Language) -> None:
    text = ("In March, Puntland forces achieved significant victories by reclaiming Tasjiic and Xabley, two villages "
            "that had long served as ISIS hideouts.")
    places = [p for _, p in _recaptures(nlp, text)]
    assert "Tasjiic" in places and "Xabley" in places
    # no settlement noun in apposition: the name stays no place of its own
    text = "In March, Puntland forces reclaimed Tasjiic, a stronghold that had long served as an ISIS hideout."
    assert all(p != "Tasjiic" for _, p in _recaptures(nlp, text))


@pytest.mark.model
def test_the_demonym_on_the_settlement_noun_gives_the_country(nlp: Language) -> None:
    text = ("On Tuesday, ISWAP fighters attacked the army camp in Woulgo, a Nigerian locality opposite Soueram, "
            "Fotokol commune.")
    assert [(e.country, e.place) for e in events(nlp, text) if e.type == "attack"] == [("NG", "Woulgo")]


@pytest.mark.model
def test_a_town_read_as_an_adverb_is_what_was_retaken(nlp: Language) -> None:
    # "Mosul" right after the verb, which the parser hangs on it as an adverb
    text = "Iraqi forces recaptured Mosul from the terrorist group last year."
    assert _recaptures(nlp, text, "2018-05-01") == [("IQ", "Mosul")]


@pytest.mark.model
def test_a_recapture_in_a_clause_of_its_own_after_another_event(nlp: Language) -> None:
    text = ("Iraqi forces have already arrested thousands of suspected Daesh fighters after they recaptured Mosul "
            "from the terrorist group last year.")
    assert ("IQ", "Mosul") in _recaptures(nlp, text, "2018-05-01")


@pytest.mark.model
def test_a_taking_told_as_an_infinitive_is_an_aim_unless_done(nlp: Language) -> None:
    # vowed, sent to, paved the way for: no town taken yet
    for text in (
        "The government vowed on Monday to retake those parts of Sirte that the group has seized.",
        "In Zambezia province, the army deployed 300 special forces to regain control of Sabe town on Monday.",
    ):
        assert _recaptures(nlp, text, "2025-05-06") == []
    # managed to, were able to: done
    text = "The Kurdish troops were able on Thursday to retake the town of Koudellah after expelling ISIS from it."
    assert [p for _, p in _recaptures(nlp, text)] == ["Koudellah"]
    text = "Tribal fighters managed to clear the village of Shiala from Daesh terrorists on Monday."
    assert [p for _, p in _recaptures(nlp, text)] == ["Shiala"]


@pytest.mark.model
def test_an_operation_completed_to_retake_a_town_took_it(nlp: Language) -> None:
    # the infinitive hangs on a light verb of the operation ("completed"), which tells it done
    text = "The Iraqi Security Forces completed the operation to recapture Fallujah on June 26."
    assert ("IQ", "Fallujah") in _recaptures(nlp, text, "2016-07-14")
