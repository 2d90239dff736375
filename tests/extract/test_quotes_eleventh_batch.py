"""Attribution habits of the eleventh batch of unseen pages (short real sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2024-06-01")


@pytest.mark.parametrize(("text", "speaker"), [
    # the parser hangs "stating" under a small clause whose subject is "the operation"
    ("Iraqi Prime Minister Mohammed Shia al-Sudani declared the operation a testament to Iraq’s ongoing "
     "commitment to combating terrorism, stating, “The Iraqis continue their impressive victories over the forces "
     "of darkness and terrorism.”", "Mohammed Shia al-Sudani"),
    # the sentence's own subject is a thing; who threatened is who said it
    ("The air strike came one day after President Biden threatened the perpetrators of the deadly attack saying, "
     "“We will hunt you down and make you pay.”", "Biden"),
])
def test_a_participle_of_saying_quotes_the_nearest_subject_that_can_speak(
    nlp: Language, text: str, speaker: str
) -> None:
    found = direct(nlp, text)
    assert len(found) == 1 and speaker in (found[0].speaker or "")
