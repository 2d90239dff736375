"""Where each event happened: the eighteenth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2018-02-13")


def test_a_placeless_meeting_is_held_where_the_page_was_issued(nlp: Language) -> None:
    # the cleaner turns "13 February 2018 / Kuwait" into this dateline above the lede
    found = events(nlp, "Ministerial Meeting of the Global Coalition to Defeat ISIS\n\nKUWAIT –\nThe coalition "
                        "was established in 2014 to defeat the group in Iraq and Syria.")
    assert [(e.type, e.country) for e in found] == [("meeting", "KW")]


def test_a_dateline_does_not_move_a_meeting_the_text_locates(nlp: Language) -> None:
    found = events(nlp, "KUWAIT –\nThe ministers of the coalition held a meeting in Baghdad on Monday.")
    assert [(e.type, e.country) for e in found] == [("meeting", "IQ")]


def test_an_article_its_places_do_not_settle_is_about_its_demonyms_country(nlp: Language) -> None:
    # an unlisted village, then three countries named once each: the soldiers' demonym tells which one
    found = events(nlp, "Gunmen killed five Cameroonian soldiers during a raid on an army post in Zigue village on "
                        "Monday. Cameroon, alongside neighbouring Nigeria and Chad, is battling Boko Haram.")
    assert [(e.type, e.country) for e in found] == [("attack", "CM")]


def test_demonyms_do_not_outvote_the_articles_places(nlp: Language) -> None:
    found = events(nlp, "Gunmen killed two American aid workers during a raid on a village on Monday, officials in "
                        "Niamey said. Niger's army has deployed troops to the Tillaberi region.")
    assert [(e.type, e.country) for e in found] == [("attack", "NE")]
