"""The Kurdish-led administration of north-east Syria as wire copy names it ("Kurdish authorities", "the Kurdish
administration"): the body that runs the camps and hands people over (gold/real README, repatriation)."""

from __future__ import annotations

import pytest
from spacy.language import Language

AANES = "Autonomous Administration of North and East Syria"


def _canonicals(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.canonical for m in nlp(text)._.entity_mentions}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("Kurdish authorities in northeast Syria on Monday handed over 20 children to a delegation.\n",
         "Kurdish authorities"),
        ("The transfer follows an agreement brokered by the Kurdish administration and tribal leaders.\n",
         "Kurdish administration"),
        ("Some 2,000 people left al-Hol, said an official of the Kurdish-led administration.\n",
         "Kurdish-led administration"),
    ],
)
def test_the_kurdish_administration_is_the_autonomous_administration(nlp: Language, text: str, form: str) -> None:
    names = _canonicals(nlp, text)
    assert any(form in mention and canonical == AANES for mention, canonical in names.items())


@pytest.mark.model
def test_the_iraqi_regions_government_keeps_its_own_name(nlp: Language) -> None:
    names = _canonicals(nlp, "The Kurdistan Regional Government said Peshmerga forces repelled the attack.\n")
    assert "Kurdistan Regional Government" in names.values()
    assert AANES not in names.values()
