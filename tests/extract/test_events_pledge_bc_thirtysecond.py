"""Pledge events, thirty-second session (bc): "swore allegiance" with the irregular past the parser takes for a noun
or an adjective, a group's name the parser split into several subjects, and a group's pledge sworn where it is based
(short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


def _pledges(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date, e.country, e.actor) for e in events(nlp, text) if e.type == "pledge"]


@pytest.mark.model
def test_swore_allegiance_is_an_oath_however_the_parser_tags_swore(nlp: Language) -> None:
    # "swore" parsed as a compound noun of "allegiance" after "after its leader"
    found = _pledges(nlp, "The ADF suffered a split in 2019 after its leader swore allegiance to the Islamic State.")
    assert [(country, actor) for _date, country, actor in found] == [("CD", "Allied Democratic Forces")]
    # ... and as an adjective in a relative clause's second verb
    relative = "Police hunted Santoso, who leads a militant group and swore allegiance to ISIS in July."
    assert _pledges(nlp, relative) != []
    # swearing anything else is no oath
    assert _pledges(nlp, "The ADF commander swore revenge on the army in 2019.") == []


@pytest.mark.model
def test_a_name_split_into_several_subjects_is_the_pledger(nlp: Language) -> None:
    assert _pledges(nlp, "Jund al-Khilafa pledged allegiance to IS in 2014.") == [("2014", "DZ", "Jund al-Khilafa")]
    assert _pledges(nlp, "Jund al-Khilafa (Soldiers of the Caliphate) declared allegiance to IS in 2014.") == [
        ("2014", "DZ", "Jund al-Khilafa")
    ]
    # a pledger named with no group stays without one
    assert [actor for _d, _c, actor in _pledges(nlp, "Dozens of residents pledged allegiance to IS in 2014.")] != [
        "Jund al-Khilafa"
    ]
