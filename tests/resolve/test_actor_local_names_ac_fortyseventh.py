"""Letters that mean an actor only in one country (``local_names`` in data/actors.toml), session 47 (ac): "ISS" is the
Islamic State Somalia Province on a page about Somalia; on a page about West Africa it is the Institute for Security
Studies, never the province. Short sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc

_ISS = "Islamic State Somalia Province"


def _canonical_of(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(make_doc(nlp, text, "t", "2024-05-02"))
    return {m.text: m.canonical for m in doc._.entity_mentions or []}


@pytest.mark.model
def test_the_letters_on_a_page_about_somalia_are_the_province(nlp: Language) -> None:
    text = ("Fighters of ISS stormed a base near Bosaso in Somalia on Monday. Somali officials said Puntland forces "
            "repelled the attack in Somalia.\n")
    assert _canonical_of(nlp, text).get("ISS") == _ISS


@pytest.mark.model
def test_the_same_letters_on_a_page_about_nigeria_are_not_the_province(nlp: Language) -> None:
    text = ("Research by the Institute for Security Studies (ISS) shows that ISWAP attacks in Borno State, Nigeria, "
            "rose in May. Nigerian officials told ISS that the group was recruiting in Nigeria.\n")
    assert _ISS not in _canonical_of(nlp, text).values()
