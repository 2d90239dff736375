"""Event linking, forty-fifth session (zc): a count of attacks is summed up only by attacks of its month; an
indefinite mention in a sentence of its own, dated only by a year
before the article's, introduces another event; it does not join an event told before with its month (short
sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import summed_up
from sitroom.extract.events.records import EventMention

august_events = events_dated("2023-08-15")


@pytest.mark.model
def test_a_bombing_of_last_year_is_not_the_one_of_last_december(nlp: Language) -> None:
    found = august_events(nlp, "A car bombing in Herat last December killed a police chief. Last year, the group "
                               "carried out a suicide bombing outside an embassy.")
    assert sorted(e.date or "" for e in found if e.type == "attack") == ["2022", "2022-12"]


@pytest.mark.model
def test_the_bombing_told_again_with_its_year_is_one(nlp: Language) -> None:
    found = august_events(nlp, "A car bombing in Herat last December killed a police chief. The bombing last year "
                               "was claimed by the group.")
    assert [e.date for e in found if e.type == "attack"] == ["2022-12"]


def _attack(start: int, date: str | None, several: int = 0) -> EventMention:
    return EventMention(type="attack", trigger="attack", start=start, end=start + 6, sent_start=start,
                        sent_end=start + 50, sent_text="", date=date, country="MZ", several=several)


def test_attacks_of_another_month_do_not_sum_up_a_count_of_attacks() -> None:
    # "two insurgent attacks" this March, then the attacks of February the article recalls
    count = _attack(0, "2022-03", several=2)
    kept = summed_up([count, _attack(100, "2022-02-23"), _attack(200, "2022-02-24")])
    assert count in kept


def test_attacks_of_its_month_sum_up_a_count_of_attacks() -> None:
    count = _attack(0, "2022-03", several=2)
    kept = summed_up([count, _attack(100, "2022-03-07"), _attack(200, None)])
    assert count not in kept
