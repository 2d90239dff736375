"""Quote speakers (session 50, fix-sp), on short sentences written for the tests: an office set off by a comma right
before a name ("the media information officer of the task force, Lt Col Musa Bello") is that person's, so that a
later "the task force media information officer said" is that person even when the role kept only the rank."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.model
def test_an_office_set_off_before_the_name_is_the_holders(nlp: Language) -> None:
    text = ("Troops of the Joint Task Force North (JTFN) repelled attacks on three bases in Borno State on Sunday.\n\n"
            "A statement issued by the media information officer JTFN, Lt Col Musa Bello, in Maiduguri said the "
            "failed assaults showed the desperation of the terrorists.\n\n"
            "The JTFN media information officer said, \"On Sunday, the base came under heavy attack by a large number "
            "of terrorists.\"\n")
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == ["Musa Bello"]


@pytest.mark.model
def test_an_office_of_another_word_does_not_name_the_holder(nlp: Language) -> None:
    # the office before the name is a commander's; "the spokesman" is someone else, unnamed
    text = ("The commander of the task force, Brig Gen Musa Bello, visited the troops in Maiduguri on Sunday.\n\n"
            "\"The base came under heavy attack by a large number of terrorists,\" a JTFN spokesman said.\n")
    assert "Musa Bello" not in [q.speaker for q in nlp(text)._.quotes if q.direct]

