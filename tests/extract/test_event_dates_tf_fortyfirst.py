"""Event days, forty-first session (fix-tf): a day in a phrase after a report noun, or after the participle that
tells it came out ("According to a statement from Wednesday", "In a statement released on Tuesday"), is the
report's day, not the day of the attack it tells; the attack told again in it stays the one told before (short
sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-03-12")


@pytest.mark.model
def test_a_statement_from_a_later_day_does_not_date_the_attack_again(nlp: Language) -> None:
    found = events(nlp, "Islamic State militants attacked the village of Tamalat in Mali on Friday, killing dozens of "
                        "civilians. According to a statement from Wednesday, a horde of men from Islamic State had "
                        "staged an attack on Tamalat.")
    assert [(e.type, e.date) for e in found] == [("attack", "2022-03-11")]

