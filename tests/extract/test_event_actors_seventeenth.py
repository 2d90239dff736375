"""Who did each event: actors of the seventeenth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-12-22")


def test_a_state_arresting_at_home_is_the_body_the_article_names(nlp: Language) -> None:
    # "Syria announced it had dismantled an ISIS cell": outlets write the state for its interior ministry
    found = events(nlp, "Syria announced on Sunday it had dismantled an ISIS cell in a Damascus suburb. The Syrian "
                        "Interior Ministry said seven people were arrested.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "SY", "Syrian Ministry of Interior")]


def test_a_state_arresting_at_home_is_its_national_force(nlp: Language) -> None:
    found = events(nlp, "Malaysia has arrested two men with links to the Islamic State in Kuala Lumpur on Sunday.",
                   "2018-01-10")
    assert [(e.type, e.actor) for e in found] == [("operation", "Royal Malaysia Police")]


def test_a_state_striking_abroad_stays_the_state(nlp: Language) -> None:
    # a strike is no operation at home: "the United States bombed" stays the state's, even beside a named body
    found = events(nlp, "The United States carried out airstrikes against the Islamic State in Syria on Sunday. "
                        "The Pentagon said three militants were killed.")
    assert [(e.type, e.actor) for e in found] == [("strike", "United States")]
