"""Force verbs, twenty-fifth session (short sentences written for the tests, some shortened from train pages): a
force neutralising the group's people told with a gerund under "by" or "in" has the verb's subject as doer; a
leader named with his title, or a man named with a relative clause as the group's member, killed by a force is an
operation, and so is a force freeing the group's captives; the same words with no force doing them, or aimed at
something else, are none."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-05-07")


@pytest.mark.model
def test_a_gerund_under_by_or_in_has_the_verb_s_subject_as_doer(nlp: Language) -> None:
    found = events(nlp, "Puntland forces responded by neutralizing eight Daesh fighters near the Cal Miskat "
                        "mountains on Monday.")
    assert [e.type for e in found] == ["operation"]
    found = events(nlp, "On Monday, residents responded by neutralizing eight Daesh fighters near Bosaso.")
    assert found == []


@pytest.mark.model
def test_a_leader_named_with_his_title_killed_by_a_force_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Abu Sayyaf leader Isnilon Hapilon was killed by Philippine troops in Marawi on Monday.")
    assert [(e.type, e.place, e.actor) for e in found] == [
        ("operation", "Marawi", "Armed Forces of the Philippines")
    ]
    assert events(nlp, "Village leader Musa Ali was killed by a falling tree in Marawi on Monday.") == []


@pytest.mark.model
def test_a_force_freeing_the_group_s_captives_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "On Monday, marines rescued them from Abu Sayyaf militants in waters near Jolo.")
    assert [e.type for e in found] == ["operation"]
    found = events(nlp, "Our army also freed 83 hostages and seized sixteen war weapons on Monday in Irumu.")
    assert [(e.type, e.place) for e in found] == [("operation", "Irumu")]


@pytest.mark.model
def test_freeing_people_from_something_else_or_by_no_force_is_no_operation(nlp: Language) -> None:
    assert events(nlp, "On Monday rescuers freed 12 people from the rubble of the market in Maiduguri.") == []
    assert events(nlp, "On Monday, troops rescued 20 women from the floods in Maiduguri.") == []
    found = events(nlp, "On Monday, ISWAP fighters freed 12 prisoners from the jail in Kuje.")
    assert "operation" not in [e.type for e in found]
    # an aim, not a report
    assert events(nlp, "On Monday the army said it is on the trail of the militiamen near Beni to rescue the "
                       "hostages.") == []


@pytest.mark.model
def test_a_member_named_by_a_relative_clause_shot_dead_by_a_force_is_an_operation(nlp: Language) -> None:
    # the parser hangs the object of "shot dead" on "dead"; a relative clause tells whose member he was
    found = events(nlp, "Police personnel shot dead a Chinese Uighur who was a member of the East Indonesia "
                        "Mujahidin (MIT) terrorist group in Poso on Wednesday.")
    assert [e.type for e in found] == ["operation"]
