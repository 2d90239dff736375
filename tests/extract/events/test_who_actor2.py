"""Who did an event (events/who.py): names in the doers' place phrases."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2025_02_01 = events_dated("2025-02-01")


@pytest.mark.model
def test_a_place_the_ner_took_for_a_body_beside_the_soldiers_is_not_the_doer(nlp: Language) -> None:
    # "around Iknewane, Tilia Department" tells where the soldiers were; the NER reads the name as a body
    found = events_on_2025_02_01(
        nlp, "As gathered, the clashes occurred between the gunmen and the soldiers around Iknewane, Tilia "
             "Department, near the Mali border in Niger's Tahoua Region.")
    assert [e.actor for e in found if e.type == "operation"] == ["Nigerien Armed Forces"]


@pytest.mark.model
def test_a_known_force_named_with_the_soldiers_stays_the_doer(nlp: Language) -> None:
    found = events_on_2025_02_01(
        nlp, "Soldiers of the Nigerien Armed Forces around Iknewane killed 20 militants on Friday.")
    assert "Nigerien Armed Forces" in [e.actor for e in found]
