"""Shared fixtures of the resolve tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from sitroom.annotate import extensions
from sitroom.annotate.nlp import MODEL_PACKAGE
from sitroom.models import EntityMention


@pytest.fixture(scope="session")
def ents_nlp() -> Language:
    """The statistical model plus only the entity component, so the actor tests do not depend on the others."""
    import sitroom.resolve.actors  # noqa: F401  (registers the factory)

    extensions.register()
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("sitroom_entities")
    return nlp


@pytest.fixture(scope="session")
def places_nlp() -> Language:
    """The statistical model plus only the places component (one load for every places test)."""
    import sitroom.resolve.places  # noqa: F401  (registers the factory)

    extensions.register()
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("sitroom_places")
    return nlp


def entity_mentions(nlp: Language, text: str) -> list[EntityMention]:
    return list(nlp(text)._.entity_mentions)


def place_countries(nlp: Language, text: str, reference_date: str = "2024-05-15") -> dict[str, str | None]:
    """Each place mention's text and its place's country, the page dated ``reference_date``."""
    doc = nlp.make_doc(text)
    doc._.reference_date = reference_date
    return {m.text: m.place.country for m in nlp(doc)._.place_mentions}


def canonicals(ms: list[EntityMention], text: str) -> set[str]:
    """The canonical names of the mentions written ``text``."""
    return {m.canonical for m in ms if m.text == text}


def canonicals_of_form(nlp: Language, text: str, form: str) -> set[str]:
    """The canonical names of the entity mentions written ``form`` in ``text``."""
    return {m.canonical for m in entity_mentions(nlp, text) if m.text == form}


def named(ms: list[EntityMention], canonical: str) -> set[str]:
    """The texts of the mentions whose canonical name is ``canonical``."""
    return {m.text for m in ms if m.canonical == canonical}
