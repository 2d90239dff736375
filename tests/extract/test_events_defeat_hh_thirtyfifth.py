"""The group's defeat told by its realm's fall, by what its fighters are, or in a relative clause on the group
(short sentences written for the tests, after train wire copy)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2020-05-01")


def test_the_fall_of_the_groups_caliphate_by_its_year_is_its_defeat(nlp: Language) -> None:
    found = events(nlp, "The Islamic State group seized territory in 2014. Despite the fall of ISIS's \"caliphate\" in "
                        "2019, the group continues to launch attacks from hideouts in the desert.\n")
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", "2019")]


def test_the_fall_of_a_town_is_no_defeat_of_the_group(nlp: Language) -> None:
    found = events(nlp, "The fall of Mosul to ISIS in 2014 shocked the world.\n")
    assert "territorial_defeat" not in [e.type for e in found]


def test_the_extremists_defeated_by_a_year_after_the_group_is_named(nlp: Language) -> None:
    found = events(nlp, "Daesh captured a large number of Iraqis in 2014. The Iraqi government has announced that the "
                        "extremists were defeated in late 2017, although sleeper cells still attack.\n",
                   reference="2018-06-15")
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", "2017")]


def test_a_group_driven_out_in_a_relative_clause_loses_the_town(nlp: Language) -> None:
    found = events(nlp, "The attack was claimed by the Islamic State group, which was driven out of its Libyan "
                        "stronghold of Sirte earlier this month.\n", reference="2017-01-15")
    assert ("territorial_defeat", "Sirte") in [(e.type, e.place) for e in found]


def test_fighters_driven_out_in_a_relative_clause_lose_the_town(nlp: Language) -> None:
    found = events(nlp, "Dozens of ISWAP fighters, who were driven out of Bosso by troops on Monday, fled to the "
                        "islands.\n", reference="2017-01-15")
    assert [(e.type, e.place) for e in found] == [("territorial_defeat", "Bosso")]

