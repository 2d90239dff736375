"""Forty-fifth session (ya) entity-name rules: a reporter's name printed alone on a line of the page's header (a
byline without "By") is a person of the page; the page furniture's capitalised headings are no person, nor is a
known body's name set alone on its line."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

mentions = entity_mentions

STORY = ("Troops of the army killed twelve militants in a raid on a camp near the town on Monday, the military said "
         "in a statement issued to reporters in the state capital on Tuesday evening.")


def persons(ents_nlp: Language, text: str) -> set[str]:
    return {m.canonical for m in mentions(ents_nlp, text) if m.type == "person"}


def test_a_name_alone_on_a_header_line_is_a_person(ents_nlp: Language) -> None:
    assert "Amina Garba" in persons(ents_nlp, f"Army kills twelve militants\n\nAmina Garba\n\n{STORY}")


def test_a_name_before_the_outlet_on_a_header_line_is_a_person(ents_nlp: Language) -> None:
    assert "Amina Garba" in persons(ents_nlp, f"Army kills twelve militants\nAmina Garba - Daily Courier\n{STORY}")


def test_page_headings_are_no_person(ents_nlp: Language) -> None:
    found = persons(ents_nlp, f"Related Articles\nPress Release\nLatest News\n\n{STORY}")
    assert not found & {"Related Articles", "Press Release", "Latest News"}


def test_a_known_body_alone_on_a_header_line_stays_the_body(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, f"Army kills twelve militants\n\nBoko Haram\n\n{STORY}")
    assert {m.type for m in ms if m.text == "Boko Haram"} == {"armed_group"}
