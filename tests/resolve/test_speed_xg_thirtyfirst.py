"""Speed pass of the thirty-first session on the actor and place stages: answers kept per name, per country or per
text, and a pattern compiled once, give the answers the uncached readings gave (short texts written for the
tests)."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from sitroom.resolve.actor_kb import load_actor_kb
from sitroom.resolve.actors import (
    _MINISTRY,
    _MINISTRY_WORD,
    _bare_bodies_of,
    _demonym_countries,
    _main_country,
    _named_as_site,
)
from sitroom.resolve.gazetteer import norm_name
from sitroom.resolve.places import country_of, demonyms, facility_words


def _named_as_site_by_one_pattern(name: str, text: str) -> bool:
    """The reading before the pass: the name and the site words in one pattern, compiled per name."""
    words = "|".join(re.escape(w) for w in sorted(facility_words()))
    return re.search(re.escape(name) + r"\s+(?:" + words + r")\b", text, re.IGNORECASE) is not None


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    ("Women were moved from the al-Hol camp last week. Al-Hol is overcrowded.", "Al-Hol"),
    ("Fighters attacked the Ngite  Camp at dawn; Ngite residents fled.", "Ngite"),
    ("Musa spoke to reporters in Maiduguri.", "Musa"),
    ("The AAAA camp and the AAA camp were raided.", "AAA"),  # an overlapping writing of the name
])
def test_a_name_written_before_a_site_word_is_found_as_one_pattern_found_it(
        nlp: Language, text: str, name: str) -> None:
    doc = nlp.make_doc(text)
    at = text.index(name)
    span = doc.char_span(at, at + len(name), alignment_mode="expand")
    assert span is not None
    assert _named_as_site(span, text) == _named_as_site_by_one_pattern(span.text, text)


def test_the_site_word_must_follow_the_name() -> None:
    assert _named_as_site_by_one_pattern("Al-Hol", "the al-Hol camp")
    assert not _named_as_site_by_one_pattern("Musa", "Musa spoke in Maiduguri")


def test_the_countries_of_a_text_are_read_once_in_text_order() -> None:
    text = "Nigerian troops and Chadian forces met in Nigeria. Nigerians welcomed them."
    table = demonyms()
    expected = tuple(table[w] for w in re.findall(r"\b[A-Z][a-z]+(?:s)?\b", text) if w in table)
    assert _demonym_countries(text) == expected
    assert expected == ("NG", "TD", "NG")  # "Nigerian", "Chadian", "Nigerians": the country's name is no demonym


def test_the_main_country_is_the_one_the_text_names_most() -> None:
    kb = load_actor_kb()
    text = "Nigerian troops and Chadian forces met in Nigeria."
    first = _main_country([], kb, text)
    assert first is not None and first.id == "country:NG"
    assert _main_country([], kb, text) is first  # asked again of the same text: the same answer


def test_a_country_s_bare_bodies_are_read_once_per_knowledge_base() -> None:
    kb = load_actor_kb()
    indonesia = kb.actors["country:ID"]
    bodies, pattern = _bare_bodies_of(kb, indonesia)
    again = _bare_bodies_of(kb, indonesia)
    assert again[0] is bodies and again[1] is pattern
    assert "National Police" in bodies and pattern is not None
    assert pattern.search("The National Police said") is not None


def test_kept_look_ups_answer_as_before() -> None:
    assert country_of("Iraq") == country_of("Iraq") == "IQ"
    assert country_of("Mosul") is None
    assert norm_name("Al-Hōl") == norm_name("Al-Hōl") == norm_name("al hol")


@pytest.mark.parametrize("text", [
    "The Interior Ministry said on Monday ...",
    "a statement from the Ministry of Defence",
    "Nigeria's MINISTRY OF INFORMATION",
    "the country's foreign ministry",
])
def test_every_ministry_the_pattern_finds_writes_the_word(text: str) -> None:
    found = list(_MINISTRY.finditer(text))
    assert found
    assert all(_MINISTRY_WORD.search(m.group()) for m in found)
    assert _MINISTRY_WORD.search("Troops attacked the camp on Monday.") is None

