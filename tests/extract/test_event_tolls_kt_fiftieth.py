"""Tolls, fiftieth session (kt; short sentences written for the tests): a name listed beside people told as "other"
is one more."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2025-01-20")


def _attacks(found: list) -> list[tuple[str, int | None, int | None]]:
    return [(e.type, e.killed, e.wounded) for e in found if e.type == "attack"]



def test_a_name_listed_with_six_other_people_is_one_more(nlp: Language) -> None:
    found = events(nlp, "Khalil Haqqani and six other people were killed in an explosion in Kabul on Wednesday.")
    assert _attacks(found) == [("attack", 7, None)]


def test_others_hung_on_an_apposition_are_listed_with_the_named_officer(nlp: Language) -> None:
    found = events(nlp, "Jihadists ambushed a convoy near Askira Uba on Monday. Brigadier General Dzarma Zirkushu, the "
                        "commander of the brigade and three other officers were killed.")
    assert _attacks(found) == [("attack", 4, None)]


def test_names_told_as_the_counted_people_are_no_more(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked the village on Monday, killing two traders, Kuljeet Singh and Ranjit Singh.")
    assert _attacks(found) == [("attack", 2, None)]
