"""Event actors, thirty-eighth session (nf): the pledges of fighters a group's phrase names, and the English names of
the Mujahidin Indonesia Timur (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2016-05-10")


def test_the_one_sworn_to_in_the_oath_clause_is_no_pledger(nlp: Language) -> None:
    # al-Baghdadi, in the clause that swears the oath, does not stand for the fighters
    found = events(nlp, "The dead gunmen belonged to Abu Sayyaf, a small armed group with about 40 fighters who "
                        "pledged their allegiance to Islamic State leader Abu Bakr al-Baghdadi in 2014.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Abu Sayyaf Group")]
