"""Who did each event: actors of the twenty-first session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-01-10")


def test_attackers_only_tied_to_the_group_are_the_local_group_the_article_names(nlp: Language) -> None:
    # in the Congo the branch's local face, named later in the article, is the perpetrator
    found = events(nlp, "Rebels affiliated with the Islamic State group killed at least nine civilians in an attack "
                        "in Beni, local officials said on Monday. The Allied Democratic Forces have killed thousands "
                        "of civilians in the region since 2014.")
    assert [(e.type, e.actor) for e in found if e.type == "attack"] == [("attack", "Allied Democratic Forces")]


def test_without_the_local_group_named_tied_attackers_stay_the_branch(nlp: Language) -> None:
    found = events(nlp, "Rebels affiliated with the Islamic State group killed at least nine civilians in an attack "
                        "in Beni, local officials said on Monday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Central Africa Province")]
