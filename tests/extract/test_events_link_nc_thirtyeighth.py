"""Attacks summed up on pages, thirty-eighth session (short sentences written for the tests, after train pages): a
count of attacks told before the article tells each of them ("Fourteen people were killed in two attacks near X",
then one attack in one village and another in a second) sums them up and is no attack of its own; told alone, the
count is still reported."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-06-20")

SUM = "Fourteen people were killed in two attacks near Beni that were blamed on the ADF, officials said on Sunday. "
PARTS = (
    "On Saturday night, eight people were killed in an attack on the village of Kisima. "
    "Six more people died in an attack on Oicha early on Sunday."
)


@pytest.mark.model
def test_a_count_of_attacks_told_one_by_one_is_no_attack_of_its_own(nlp: Language) -> None:
    found = [e for e in events(nlp, SUM + PARTS) if e.type == "attack"]
    assert sorted(e.place for e in found) == ["Kisima", "Oicha"]


@pytest.mark.model
def test_a_count_of_attacks_told_alone_stays(nlp: Language) -> None:
    found = [e for e in events(nlp, SUM) if e.type == "attack"]
    assert len(found) == 1


@pytest.mark.model
def test_the_attacks_beside_two_told_apart_are_no_attack_of_their_own(nlp: Language) -> None:
    text = ("The attacks, which took place in North Kivu province, were blamed on the ADF, officials said. "
            "The first attack occurred in the village of "
            "Kisima, where fighters killed eight men. The second attack took place in Oicha.")
    found = [e for e in events(nlp, text) if e.type == "attack"]
    assert sorted(e.place for e in found) == ["Kisima", "Oicha"]


@pytest.mark.model
def test_an_event_told_only_on_a_line_of_headlines_is_another_story(nlp: Language) -> None:
    text = ("ISWAP fighters attacked a military base in Borno State on Saturday, killing seven soldiers.\n\n"
            "Floods hit Lagos again • Roadside bomb kills 4 in Kandahar in 2013 • Markets rally in Asia\n\n"
            "Gunmen killed two farmers near Maiduguri on MondayGMT 05:37 2024 Monday ,17 June\n\n"
            "The army said the base had been retaken.")
    found = [e for e in events(nlp, text) if e.type == "attack"]
    assert [e.place for e in found] == ["Borno State"]
