"""Event modality, fifty-third session (trig): one event named as the example ("including") or the newest ("the latest")
of a habit the clause tells happened; a plural example, or one left out ("not including"), stays the habit (short
sentences written for the tests, after dev pages' phrasing)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2022-10-05")


def test_an_example_of_a_habit_happened(nlp: Language) -> None:
    found = events(nlp, "Daesh still continues to remain active through violent attacks in Iraq and Syria, including a "
                        "large-scale attack against the Al-Sinaa detention facility in January 2022 in Syria.")
    assert [(e.type, e.date, e.country) for e in found] == [("attack", "2022-01", "SY")]


def test_the_latest_of_a_habit_happened(nlp: Language) -> None:
    found = events(nlp, "The SDF noted an increase in ISIS activity, with the latest attack on 26 September resulting "
                        "in the deaths of three SDF members in Hasakah.")
    assert [(e.type, e.date, e.killed) for e in found] == [("attack", "2022-09-26", 3)]


def test_a_plural_example_stays_the_habit(nlp: Language) -> None:
    assert events(nlp, "The group continues to launch attacks in Borno, including attacks on villages.") == []


def test_an_example_left_out_is_no_report(nlp: Language) -> None:
    assert events(nlp, "Extremists frequently launch attacks on local villages and, not including the victims of this "
                       "week's attack, have killed more than 530 people in southwest Niger this year alone.") == []
