"""Who did each event: actors of the twenty-first session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-01-10")


def test_attackers_only_tied_to_the_group_are_the_local_group_the_article_names(nlp: Language) -> None:
    # in the Congo the branch's local face, named later in the article, is the perpetrator
    found = events(nlp, "Rebels affiliated with the Islamic State group killed at least nine civilians in an attack "
                        "in Beni, local officials said on Monday. The Allied Democratic Forces have killed thousands "
                        "of civilians in the region since 2014.")
    assert [(e.type, e.actor) for e in found if e.type == "attack"] == [("attack", "Allied Democratic Forces")]


def test_without_the_local_group_named_tied_attackers_stay_the_branch(nlp: Language) -> None:
    found = events(nlp, "Rebels affiliated with the Islamic State group killed at least nine civilians in an attack "
                        "in Beni, local officials said on Monday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Central Africa Province")]


def test_a_faction_that_leaves_another_group_to_pledge_founds_the_branch(nlp: Language) -> None:
    # the part that goes over is the Islamic State's Somali branch, not the group it left
    found = events(nlp, "A faction of al-Shabaab in Somalia defected and pledged allegiance to the Islamic State "
                        "in 2015.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Islamic State Somalia Province")]
    found = events(nlp, "The branch in Somalia was founded in 2015 by former al-Shabaab commander Abdulkadir Mumin, "
                        "who pledged allegiance to the Islamic State.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Islamic State Somalia Province")]


def test_pro_group_militants_who_pledge_are_their_home_branch(nlp: Language) -> None:
    found = events(nlp, "Pro-ISIS militants in Somalia who pledged allegiance in August are led by Abdulkadir Mumin.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Islamic State Somalia Province")]


def test_a_group_that_pledges_whole_keeps_its_name(nlp: Language) -> None:
    # no defector word: the group itself pledges, and the conventions keep it separate from the branch
    found = events(nlp, "Boko Haram pledged allegiance to the Islamic State in March 2015.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Boko Haram")]
    # (a pledge after the campaign began: one of 2012 is another conflict's background, see [link]
    # campaign_start_year)
    found = events(nlp, "In Somalia, al-Shabaab pledged allegiance to al-Qaeda's new leader in 2022.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "al-Shabaab")]
