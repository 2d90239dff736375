"""Same-event linking (events/link.py): what tells a page's further attack apart from the one told before it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_undated = events_dated(None)


@pytest.mark.model
def test_an_attack_on_a_weekday_days_off_the_one_told_before_is_another_attack_on_an_undated_page(
    nlp: Language,
) -> None:
    # (no page date resolves the weekdays: only their distance tells the two attacks apart)
    found = events_undated(
        nlp, "Boko Haram fighters killed six Cameroonian soldiers in an attack in the far north of the country. "
             "The attack took place on Monday night near the border with Nigeria. "
             "Boko Haram fighters killed eight Cameroonian soldiers on Saturday in a village near the border.")
    assert sorted(e.killed for e in found if e.type == "attack") == [6, 8]


@pytest.mark.model
def test_an_attack_at_night_and_its_next_days_report_stay_one_attack_on_an_undated_page(nlp: Language) -> None:
    found = events_undated(
        nlp, "Boko Haram fighters killed six Cameroonian soldiers in an attack on Sunday night in the far north. "
             "The attack on Monday morning left six soldiers dead, the ministry said.")
    assert sum(e.type == "attack" for e in found) == 1


@pytest.mark.model
def test_a_past_attack_told_with_its_year_and_its_own_toll_is_not_folded_into_the_story_attack(nlp: Language) -> None:
    found = events_undated(
        nlp, "Six people were killed in an explosion in the capital Kabul. "
             "In 2023, IS claimed an attack outside the foreign ministry that killed at least five.")
    assert sorted(e.killed for e in found if e.type == "attack") == [5, 6]


@pytest.mark.model
def test_a_story_attack_told_again_with_its_month_and_its_toll_stays_one_attack(nlp: Language) -> None:
    found = events_undated(
        nlp, "Six people were killed in an explosion in the capital Kabul. "
             "The explosion in Kabul in March killed six people.")
    assert sum(e.type == "attack" for e in found) == 1
