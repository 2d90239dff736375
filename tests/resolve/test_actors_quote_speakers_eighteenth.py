"""Actor names behind quote speakers (sentences written for the tests): north-east Syria's Internal Security Forces
are the Asayish."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

mentions = entity_mentions

pytestmark = pytest.mark.model


def test_the_internal_security_forces_are_the_asayish(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "The Internal Security Forces arrested an ISIS leader in al-Hol camp on Sunday.")
    assert {m.canonical for m in ms if "Internal Security" in m.text} == {"Asayish"}


def test_another_security_force_is_not_the_asayish(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "The Iraqi Security Forces arrested an ISIS leader near Mosul on Sunday.")
    assert "Asayish" not in {m.canonical for m in ms}
