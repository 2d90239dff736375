"""Events, thirty-second session (short sentences written for the tests): destroying the group's realm, or what
was left of it, is its territorial defeat as defeating it is; the one who did it by a by-gerund is the subject of
the clause the gerund hangs on."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2019-08-01")


def _defeats(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date, e.country, e.actor) for e in events(nlp, text) if e.type == "territorial_defeat"]


def test_destroying_the_remnants_of_the_caliphate_is_its_defeat_by_the_clause_subject(nlp: Language) -> None:
    found = _defeats(
        nlp,
        "The Global Coalition to Defeat ISIS achieved a victory by destroying the last remnants of the ISIS "
        "caliphate in Syria in March.",
    )
    assert found == [("2019-03", "SY", "Global Coalition to Defeat Daesh/ISIS")]


def test_the_destruction_of_the_caliphate_told_by_its_month(nlp: Language) -> None:
    found = _defeats(nlp, "ISIS remains a threat after the destruction of its caliphate in Syria in March 2019.")
    assert [(date, country) for date, country, _ in found] == [("2019-03", "SY")]


def test_destroying_the_group_s_positions_is_no_defeat(nlp: Language) -> None:
    assert _defeats(nlp, "Iraqi jets destroyed ISIS positions near Mosul in March 2019.") == []


def test_troops_destroying_the_group_s_hideouts_stay_an_operation(nlp: Language) -> None:
    found = events(nlp, "On Monday the troops destroyed two ISIS hideouts near Hawija.")
    assert [e.type for e in found] == ["operation"]


def test_the_caliphate_destroyed_in_the_passive(nlp: Language) -> None:
    found = _defeats(nlp, "The caliphate of the Islamic State was destroyed in Syria in March 2019.")
    assert [(date, country) for date, country, _ in found] == [("2019-03", "SY")]
