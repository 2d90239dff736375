"""The Rwandan contingent in Cabo Delgado by its own names, session 52 (actor): "Rwanda Security Force(s)" in the
singular or plural is the Rwanda Defence Force, as the annotated pages name it; its letters "RSF" mean it on a page
about Mozambique (``local_names`` in data/actors.toml) and never on one about Sudan, where they are the Rapid Support
Forces. Short sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc

_RDF = "Rwanda Defence Force"


def _canonical_of(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(make_doc(nlp, text, "t", "2023-08-02"))
    return {m.text: m.canonical for m in doc._.entity_mentions or []}


@pytest.mark.model
@pytest.mark.parametrize("form", ["Rwanda Security Force", "Rwandan Security Forces"])
def test_the_contingent_s_name_is_the_defence_force(nlp: Language, form: str) -> None:
    text = f"The {form} killed 12 insurgents in Macomia district of Cabo Delgado, Mozambique, on Monday.\n"
    assert _canonical_of(nlp, text).get(form) == _RDF


@pytest.mark.model
def test_the_letters_on_a_page_about_mozambique_are_the_defence_force(nlp: Language) -> None:
    text = ("The RSF began patrols along the coast of Macomia district in Cabo Delgado, Mozambique, on Monday. "
            "Mozambican officials said the RSF had retaken Mocimboa da Praia in Mozambique.\n")
    assert _canonical_of(nlp, text).get("RSF") == _RDF


@pytest.mark.model
def test_the_same_letters_on_a_page_about_sudan_are_not_rwanda_s(nlp: Language) -> None:
    text = "The RSF attacked El Fasher in Sudan on Monday, killing 20 civilians, Sudanese officials said.\n"
    assert _RDF not in _canonical_of(nlp, text).values()
