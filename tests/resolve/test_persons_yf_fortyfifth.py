"""A full name written once with its surname a letter off the spelling the page keeps for the surname alone takes
the page's spelling (resolve/persons)."""

from __future__ import annotations

import spacy

from sitroom.resolve.persons import PersonMention, _page_spelling


def test_the_surname_the_page_writes_most_spells_the_full_name() -> None:
    doc = spacy.blank("en")("General Peter Moralez spoke . Morales said . Morales added . Morales left .")
    mentions = [PersonMention(doc[1:3], "Peter Moralez")] + [
        PersonMention(doc[i:i + 1], "Peter Moralez") for i in (5, 8, 11)]
    _page_spelling(mentions)
    assert {m.canonical for m in mentions} == {"Peter Morales"}


def test_one_respelling_against_one_full_name_keeps_the_full_name() -> None:
    doc = spacy.blank("en")("General Peter Moralez spoke . Morales said .")
    mentions = [PersonMention(doc[1:3], "Peter Moralez"), PersonMention(doc[5:6], "Peter Moralez")]
    _page_spelling(mentions)
    assert {m.canonical for m in mentions} == {"Peter Moralez"}
