"""The actor knowledge base, thirty-fourth session (fb): the forces that made operations the annotated pages credit to
them by name (Poso's task forces, Sirte's Al-Bunyan Al-Marsous, the Kurdistan Region Security Council, Ethiopia's
intelligence service), which the extractor credited to their parent or to no one."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.resolve.actor_kb import load_actor_kb


@pytest.mark.parametrize(("name", "canonical", "parent"), [
    ("Operation Tinombala", "Tinombala Operations Task Force", "indonesian_national_police"),
    ("Tinombala Task Force", "Tinombala Operations Task Force", "indonesian_national_police"),
    ("Madago Raya Task Force", "Madago Raya Task Force", "indonesian_national_police"),
    ("Bunyan Marsus", "Al-Bunyan Al-Marsous", "government_of_national_accord"),
    ("Al-Bonyan Al-Marsous", "Al-Bunyan Al-Marsous", "government_of_national_accord"),
    ("KRSC", "Kurdistan Region Security Council", "kurdistan_regional_government"),
    ("NISS", "National Intelligence and Security Service", "country:ET"),
])
def test_named_forces_are_known(name: str, canonical: str, parent: str) -> None:
    actor = load_actor_kb().lookup(name)
    assert actor is not None and actor.canonical == canonical and actor.parent == parent


events = events_dated("2016-08-20")


@pytest.mark.model
def test_the_task_force_s_shootout_is_its_operation(nlp: Language) -> None:
    found = events(nlp, "The Tinombala Operations Task Force killed two Mujahidin Indonesia Timur militants in a "
                        "shootout in Poso on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Tinombala Operations Task Force")]
