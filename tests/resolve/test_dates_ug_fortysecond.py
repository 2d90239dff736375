"""Dates, forty-second session (ug): a day and a named month that the model tags as a name ("9 September" as an
EVENT) is still a date after the words that open one ("took place on 9 September", "on the evening of 9 June"); a
name without them ("the September 11 attacks") is left to the model."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc


@pytest.mark.model
def test_a_day_tagged_as_an_event_after_on_is_a_date(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The group claimed the two vehicle explosions which took place on 9 September near the "
                            "government building in Tripoli.", "t", "2016-09-20"))
    assert [(t.text, t.value) for t in doc._.timexes] == [("9 September", "2016-09-09")]
    assert [(e.type, e.date) for e in doc._.events] == [("attack", "2016-09-09")]


@pytest.mark.model
def test_the_name_of_an_attack_is_no_date(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "He was jailed for his role in the September 11 attacks.", "t", "2016-09-20"))
    assert [t.value for t in doc._.timexes if t.value and t.value.startswith("2016-09")] == []
