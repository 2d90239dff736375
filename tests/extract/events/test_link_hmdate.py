"""Which mentions are one event (events/link.py): the document-wide pass does not date the page's undated news by
a month already gone."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2017_12_19 = events_dated("2017-12-19")


@pytest.mark.model
def test_an_indefinite_attack_of_a_month_gone_is_not_the_undated_news(nlp: Language) -> None:
    # the undated attack is the page's news, dated by the page; "attacked several villages in October" is an earlier
    # happening the story recalls, not its month
    found = events_on_2017_12_19(
        nlp, "Islamic State militants attacked a Peshmerga post overnight, killing one soldier. Officials said the "
             "situation remained tense. Insurgents also attacked several villages in October, officials said.")
    attacks = sorted((e.date or "", e.killed) for e in found if e.type == "attack")
    assert attacks == [("2017-10", None), ("2017-12", 1)]
