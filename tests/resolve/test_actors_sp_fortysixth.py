"""Entity names (sentences written for the tests): the bare "Internal Security Forces" on a page that names the
Asayish are the Asayish; on a page that never does, another state's police keep the name of their own."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention

mentions = entity_mentions


def canonicals(ms: list[EntityMention], text: str) -> set[str]:
    return {m.canonical for m in ms if m.text == text}


def test_the_internal_security_forces_of_a_page_naming_the_asayish_are_the_asayish(ents_nlp: Language) -> None:
    text = ("The Internal Security Forces (Asayish) launched a sweep of the camp in Hasakah on Friday. "
            "The Asayish said nine suspects were detained.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Internal Security Forces") == {"Asayish"}


def test_the_internal_security_forces_of_a_page_without_the_asayish_keep_their_name(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "The Internal Security Forces arrested two suspects in Aleppo province on Friday.")
    assert "Asayish" not in canonicals(ms, "Internal Security Forces")


def test_the_justice_department_is_the_us_department_of_justice(ents_nlp: Language) -> None:
    text = ("The man was arrested at the airport on Friday, the Department of Justice (DOJ) said. The Justice "
            "Department charged him with attempting to support the Islamic State.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Department of Justice") == {"U.S. Department of Justice"}
    assert canonicals(ms, "DOJ") == {"U.S. Department of Justice"}
    assert canonicals(ms, "Justice Department") == {"U.S. Department of Justice"}
