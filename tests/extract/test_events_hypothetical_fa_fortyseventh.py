"""Hypotheticals, forty-seventh session: what an alert or a warning is for, an attack that was impeded and what
recruits were enlisted to do never happened; an attack told beside an alert or a warning, or by someone who once
enlisted, still did (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-07")


def kinds(found: list) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in found]


@pytest.mark.model
def test_an_alert_for_an_attack_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "The provincial police have issued a threat alert for a suicide attack on security forces in "
                        "Quetta, local media reported.")
    assert kinds(found) == []


@pytest.mark.model
def test_a_warning_of_an_attack_is_no_attack(nlp: Language) -> None:
    assert kinds(events(nlp, "The police issued a warning of a suicide attack on security forces in Quetta on "
                             "Monday.")) == []


@pytest.mark.model
def test_an_impeded_attack_did_not_happen(nlp: Language) -> None:
    assert kinds(events(nlp, "Meanwhile, the army managed to impede an attack on a military base in Ghazni.")) == []


@pytest.mark.model
def test_what_recruits_were_enlisted_to_do_is_an_aim(nlp: Language) -> None:
    found = events(nlp, "Police identified the recruiter as having enlisted several citizens to launch an attack in "
                        "the archipelago.")
    assert kinds(found) == []


@pytest.mark.model
def test_an_attack_after_which_an_alert_was_raised_stays(nlp: Language) -> None:
    found = events(nlp, "Security forces were put on high alert after the bombing at a mosque in Peshawar on Monday "
                        "killed 20 people.")
    assert kinds(found) == [("attack", "2024-05-06")]


@pytest.mark.model
def test_an_attack_made_despite_a_warning_stays(nlp: Language) -> None:
    found = events(nlp, "Despite the warnings, gunmen attacked a church in Kaduna on Sunday, killing five people.")
    assert kinds(found) == [("attack", "2024-05-05")]


@pytest.mark.model
def test_an_ambush_on_a_man_who_once_enlisted_stays(nlp: Language) -> None:
    found = events(nlp, "The man, who had enlisted in the army in 2010, was killed in an ambush near Diffa on Monday.")
    assert kinds(found) == [("attack", "2024-05-06")]
