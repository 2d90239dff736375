"""Operations, session 46: which bodies arrest at home (actors.toml ``domestic``), written on short sentences
of our own, each with a case where the rule must not fire."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.resolve.actor_kb import load_actor_kb

events = events_dated("2024-03-29")


def test_internal_security_and_investigation_services_are_domestic() -> None:
    kb = load_actor_kb()
    for body in ("tajik_gknb", "nia_india", "singapore_isd", "syrian_interior_ministry", "uganda_jatt"):
        assert kb.actors[body].domestic, body
    # armies still fight abroad
    assert not kb.actors["updf"].domestic and not kb.actors["nigerian_army"].domestic


@pytest.mark.model
def test_a_security_service_detains_at_home_on_a_page_about_an_attack_abroad(nlp: Language) -> None:
    text = ("Islamic State gunmen attacked a concert hall near Moscow on Friday, killing 40 people. Officers of "
            "Tajikistan's State Committee for National Security have detained nine people.")
    assert ("operation", "TJ") in {(e.type, e.country) for e in events(nlp, text)}


@pytest.mark.model
def test_an_operation_word_told_in_the_sentence_of_the_attack_is_the_attackers_raid(nlp: Language) -> None:
    text = ("The first operation took place on March 17 near the town of Dubalma, when about 50 Islamic State "
            "fighters on motorcycles attacked a military post, killing 12 soldiers.")
    found = events(nlp, text)
    assert [e.type for e in found] == ["attack"]
    # an operation answering the attack ("after") is the force's own
    text = ("The police cell was busted on March 20 after Islamic State fighters attacked a military post near "
            "Dubalma on March 17, killing 12 soldiers.")
    assert "operation" in {e.type for e in events(nlp, text)}
