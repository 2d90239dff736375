"""Event extraction through the whole pipeline (actors, places, dates resolved by the real components)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.models import Event

pytestmark = pytest.mark.model


def events(nlp: Language, text: str, reference: str | None = "2024-03-24") -> list[Event]:
    return list(nlp(make_doc(nlp, text, "t", reference))._.events)


def test_events_pipeline_pronoun_claimant_is_the_group_not_a_country(nlp: Language) -> None:
    found = events(nlp, "IS-K fighters crossed from Afghanistan. In February it claimed responsibility for a "
                        "bombing in Pakistan that killed nine people.")
    attack = next(e for e in found if e.type == "attack")
    assert attack.actor == "Islamic State Khorasan Province"
    assert attack.claimed is True and attack.country == "PK" and attack.killed == 9


def test_events_pipeline_country_adjective_is_actor_not_location(nlp: Language) -> None:
    found = events(nlp, "The US airstrikes hit militia depots at one location in Syria and two locations in Iraq.")
    strikes = sorted((e.country, e.actor) for e in found if e.type == "strike")
    assert strikes == [("IQ", "United States"), ("SY", "United States")]


def test_events_pipeline_date_from_another_clause_is_not_the_event_date(nlp: Language) -> None:
    found = events(nlp, "Ministers praised the Brussels meeting, saying donors expect to reach their target for "
                        "2025 within months.", reference="2024")
    meeting = next(e for e in found if e.type == "meeting")
    assert meeting.date is None
