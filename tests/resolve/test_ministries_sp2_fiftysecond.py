"""Session 52 (fix-sp2): a ministry written with no owner after one of the same portfolio named with its owner
("Morocco's Ministry of Interior said ... The Interior Ministry further added") refers back to that one, not to
the theatre country the page names in passing; with none named so, the theatre rule still holds."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.models import EntityMention


def mentions(nlp: Language, text: str) -> list[EntityMention]:
    doc = nlp(text)
    return [*doc._.entity_mentions, *doc._.entity_aliases]


@pytest.mark.model
def test_a_bare_ministry_refers_back_to_the_one_named_with_its_owner(ents_nlp: Language) -> None:
    text = ("Morocco's Ministry of Interior said police dismantled a cell of seven men. The cell acted at the "
            "behest of Islamic State commanders in Syria, Iraq and Libya. The Interior Ministry further added "
            "that the cell planned to recruit more youth.")
    found = {m.text: m.canonical for m in mentions(ents_nlp, text)}
    assert found.get("The Interior Ministry", found.get("Interior Ministry")) == "Moroccan Ministry of Interior"


@pytest.mark.model
def test_a_bare_ministry_with_no_owner_named_before_is_still_the_theatres(ents_nlp: Language) -> None:
    # the page names the US more, but no ministry with its owner written: the home-front ministry is Syria's
    text = ("The US struck targets. US officials and the US envoy spoke. Police in Syria raided a hideout near "
            "Daraya. The Interior Ministry said the cell was dismantled.")
    found = {m.text: m.canonical for m in mentions(ents_nlp, text)}
    assert found.get("Interior Ministry") == "Syrian Ministry of Interior"


@pytest.mark.model
def test_an_owner_of_another_portfolio_does_not_decide(ents_nlp: Language) -> None:
    # "Morocco's foreign ministry" says nothing of whose interior ministry a page about Syria names
    text = ("Morocco's Foreign Ministry condemned the attack. Police in Syria raided a hideout near Daraya, in "
            "Syria. The Interior Ministry said the cell was dismantled in Syria.")
    found = {m.text: m.canonical for m in mentions(ents_nlp, text)}
    assert found.get("Interior Ministry") == "Syrian Ministry of Interior"
